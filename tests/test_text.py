"""Normalisation: what the answerer reads of a message."""

from bot.core.text import fold, normalise, stem, term, words


def test_discord_markup_is_removed():
    raw = "<@123> <@!456> <@&789> <#42> @everyone @here <:shoe:99> <a:spin:98> what?"
    assert normalise(raw) == "what"


def test_a_leading_plain_handle_is_removed():
    assert normalise("@RedShoesBot the audition") == "the audition"


def test_case_accents_apostrophes_and_punctuation_fold():
    assert fold("Entr’acte!!") == "entracte"
    assert fold("The DANCER'S Choice") == "the dancers choice"
    assert fold("Café Première") == "cafe premiere"


def test_emoji_zero_width_and_rtl_marks_disappear():
    assert normalise("the\u200b audition \u202e👏🏽\u200f") == "the audition"


def test_stemming_groups_word_forms():
    assert stem("collapses") == stem("collapsing") == stem("collapse")
    assert stem("isolated") == stem("isolation")
    assert stem("premise") != stem("premiere")


def test_snowball_stems_keep_different_words_apart_and_join_forms():
    assert stem("reality") != stem("really")
    assert stem("not") != stem("notes")
    assert stem("news") != stem("new")
    assert stem("shoes") == stem("shoe") and stem("movie") == stem("movies")
    assert stem("passion") == stem("passionate")


def test_spelling_needs_no_matching_first_letter(engine):
    assert engine.read("wicky").corrected == "vicky"
    assert engine.read("qudition").corrected == "audition"
    assert engine.read("hwo is vicky").corrected == "who is vicky"


def test_short_words_are_corrected_only_one_edit_away(engine):
    assert engine.read("the third scene").corrected == "the third scene"
    # a letter left out of a short word of the pack's own, not at its start
    assert engine.read("the red shoes balet").corrected == "the red shoes ballet"
    assert engine.read("his eleve").corrected == "his eleve"  # not "eleven": only the pack's words grow a letter


def test_real_words_the_pack_does_not_use_are_not_corrected(engine):
    for word in ("center", "routine", "closes", "tonight", "black"):
        assert engine.read(f"the {word} scene").corrected == f"the {word} scene"
    assert engine.read("the auditon").corrected == "the audition"  # a typo is still corrected


def test_a_dropped_g_on_filler_is_put_back():
    assert words("whats goin on there") == ["what", "is", "going", "on", "there"]
    assert "happening" in words("wats happenin")
    assert "violin" in words("the violin")  # a word of its own is left alone


def test_general_narrative_words_share_a_group_across_any_pack():
    """A page says "restoring", a member says "fixes up": any film's retelling, not one film's words."""
    assert term("fixes") == term("restoring") == term("repaired")
    assert term("stole") == term("robbed")
    assert term("capsized") == term("overturned")
    assert term("flipped") != term("capsized")  # "flipping through photos" is no boat turning over


def test_irregular_past_tenses_meet_their_verbs():
    """The stemmer leaves "sang" apart from "sing": a page's "she sang" answers "who sings"."""
    assert term("sang") == term("sings") == term("singing")
    assert term("swam") == term("swimming") and term("threw") == term("throws") and term("stood") == term("stands")
    assert term("kept") != term("keeps")  # "the kids kept talking": filler, not a deed to find
    assert term("fell") != term("falls")  # "The Tragic Fall" is no match for "everything fell apart"


def test_everyday_words_for_a_deed_or_a_person_share_a_group():
    """A retelling says "leaps the gap" where a member asks "who jumps"; "the cop" is the page's detective."""
    assert term("leaps") == term("jumps") and term("caught") == term("catches") and term("wept") == term("cries")
    assert term("cop") == term("detective") and term("enforcer") == term("bodyguard")
    assert term("police") != term("detective")  # "his years on the police force": no detective yet


def test_british_spellings_are_words_and_meet_the_packs_american_ones():
    """ "centre", "colour" are no typos; "harbour" is the pack's "harbor"."""
    from bot.core.english import american_spellings, is_common_word

    assert is_common_word("centre") and is_common_word("colour") and is_common_word("favourite")
    assert not is_common_word("centrre")
    assert "harbor" in american_spellings("harbour") and "theater" in american_spellings("theatre")


def test_a_kind_nouns_s_before_a_place_is_is_not_a_plural():
    assert words("what scene's first") == ["what", "scene", "is", "first"]
    assert words("which song’s last?") == ["which", "song", "is", "last"]
    assert words("the scene's mood") == ["the", "scenes", "mood"]  # a possessive folds as before


def test_a_kind_nouns_s_before_a_place_and_a_noun_is_a_possessive():
    assert words("what happens in the scene's last moment") == [
        "what",
        "happens",
        "in",
        "the",
        "scenes",
        "last",
        "moment",
    ]


def test_groups_that_would_clash_are_kept_apart():
    """ "in tears" is no "torn between"; "the pouring rain" no "pours her soul"."""
    assert term("tears") != term("torn") and term("pouring") != term("rain")


def test_everyday_words_for_one_idea_share_a_term_and_an_aside_of_the_askers_does_not():
    """General English a retelling uses: "nails it" is succeeds, "dreamy" a dream ("the coda" is a place, the last
    scene: tests/test_structure.py)."""
    assert term("nails") == term("succeeds") == term("aced")
    assert term("dreamy") == term("dreamlike") == term("dream")
    assert term("creepy") == term("ominous") == term("haunting")
    assert term("dreamt") != term("dream")  # "I can't tell whether I dreamt it myself": the asker's own


def test_a_plural_in_ves_is_its_singular_and_a_drum_is_percussion():
    """ "the song with the sound of knives" for a track of "percussion built from cleavers" (the stemmer alone
    keeps "knives" apart from "knife")."""
    assert term("knives") == term("knife") == term("knifes") == term("cleavers")
    assert term("wives") == term("wife") and term("wolves") == term("wolf")
    assert term("drums") == term("percussion")


def test_a_constable_is_a_cop_and_drunk_is_drinking_but_a_sheriff_is_his_own():
    """ "who was the cop in that one" for "the village constable"; "the one where he gets drunk" for "drinks far
    too much". A sheriff is not folded in: a page with a sheriff and a detective tells them apart."""
    assert term("cop") == term("constable") == term("constables")
    assert term("drunk") == term("drinks")
    assert term("sheriff") != term("cop") and term("police") != term("detective")
