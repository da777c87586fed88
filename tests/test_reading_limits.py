"""Where the newer reading rules must stop: questions an independent review found those rules catching wrongly.

Each rule lends, cuts or sets aside words of a message ("we're on scene three. What happens in it?" lends the
place; "this isn't about the film, but ..." sets the film aside). These are the ordinary questions that look
like their cases but are not: the place said before a question about a person or a track, a chain of relations
that is really a list, the bot's own summary asked for, a "because" that is the description itself.
"""

from __future__ import annotations

import pytest

from bot.core import Conversation
from bot.core.answers import Reason
from tests.scoring import answer_after, page_engine


@pytest.mark.parametrize(
    ("question", "kind", "title"),
    [
        ("The first scene is amazing. What is the name of the composer she falls for?", "character", "Julian Craster"),
        (
            "The final scene is so sad. What is that track they play at the climax called?",
            "track",
            "The Red Shoes Ballet",
        ),
        # (the premiere is the climactic ballet performance the track's description names)
        ("I just watched scene number five. Which track is played there?", "track", "The Red Shoes Ballet"),
    ],
)
def test_a_place_said_before_a_question_about_a_person_or_a_track_is_not_the_answer(engine, question, kind, title):
    answer = engine.answer(question, Conversation())
    assert answer.kind == kind and (title is None or answer.title == title)


@pytest.mark.parametrize(
    ("question", "title"),
    [("who are her mentors and teachers?", "Boris Lermontov"), ("who are her friends and lovers?", "Julian Craster")],
)
def test_two_relations_joined_by_and_are_no_chain(engine, question, title):
    assert answer_after(engine, "who is vicky", question).title == title


def test_a_chain_through_someone_the_pack_lacks_says_so(engine):
    answer = answer_after(engine, "who is vicky", "who is her brother's teacher?")
    assert answer.kind == "none" and answer.reason == Reason.MISSING_FACT


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("I know you're here for a particular film, so what's the plot?", "film"),
        ("I know you are made for one movie, which is fine. Who composed the score?", "soundtrack"),
        ("I know you're here for a particular film: who is the main character?", "character"),
        ("It's not about movies exactly, but what is the film about?", "film"),
        ("In the movie, what happens?", "film"),
        ("For this movie, what happens?", "film"),
        ("what's in your summary?", "film"),
    ],
)
def test_a_question_about_the_film_is_answered_however_it_opens(engine, question, kind):
    assert engine.answer(question, Conversation()).kind == kind


def test_the_summary_asked_again_is_the_film(engine):
    assert answer_after(engine, "what is the film about", "can you repeat what was in that summary?").kind == "film"


@pytest.mark.parametrize(
    ("question", "said"),
    [
        ("who is the author of this film?", "production"),
        ("was it filmed in colour?", "colour"),
        ("was the film shot in black and white?", "colour"),
    ],
)
def test_facts_the_pack_lacks_keep_their_own_topic(engine, question, said):
    answer = engine.answer(question, Conversation())
    assert answer.reason == Reason.MISSING_FACT and said in answer.text.lower()


@pytest.mark.parametrize("question", ["ok who is boris honestly", "ok who is boris tho", "so who is boris really"])
def test_a_word_after_a_name_that_says_nothing_is_no_surname(engine, question):
    assert engine.answer(question, Conversation()).title == "Boris Lermontov"


def test_a_track_asked_after_a_title_in_the_story_is_the_track(engine):
    said = "Don't ask me why, but I love the dream sequence. Which track plays there?"
    assert engine.answer(said, Conversation()).kind == "track"


def test_a_because_inside_the_description_is_part_of_it(engine):
    said = (
        "My friend and I rewatched it last night. Which scene is it where the room is quiet because she wanders "
        "alone with old photos?"
    )
    assert engine.answer(said, Conversation()).title == "The Isolation"


def test_who_is_she_after_a_story_about_a_role_no_one_has_is_no_scene(engine):
    answer = engine.answer("My friend and I talked about the rival all night. Who is she?", Conversation())
    assert answer.kind == "none"


def test_that_part_after_a_story_about_music_is_the_scene_talked_about(engine):
    said = "My brother hated the ballet music. Can you walk me through that part again?"
    assert answer_after(engine, "what happens in the dream sequence", said).title == "The Dream Sequence"


def test_the_composer_who_wrote_the_score_is_the_soundtracks(engine):
    answer = answer_after(engine, "who is vicky", "the composer who wrote the score, who is he?")
    assert answer.kind == "soundtrack"


def test_drawn_to_a_thing_is_no_love(engine):
    assert engine.answer("which scene shows why she is drawn to dancing?").kind == "scene"


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        (None, "the kids keep asking what happens after the audition", "The First Rehearsal"),
        (["who is vicky", "who is julian"], "what does she want?", "Vicky Page"),
    ],
)
def test_reported_questions_and_the_she_in_play(engine, before, question, title):
    assert answer_after(engine, before, question).title == title


def test_a_reported_question_after_an_order_word_keeps_it(engine):
    # "after it I wonder what happens": the words before "wonder" place the question, so nothing is cut
    assert engine.read("after it I wonder what happens").words[:2] == ("after", "it")
    assert engine.read("my cousin keeps wondering what happens after the audition").words[0] == "what"


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        # "damn" is no clause mark
        (None, "what happens after the damn audition", "The First Rehearsal"),
        # "his deal with the red shoes" is no "what's his deal"
        ("who is boris", "what's his deal with the red shoes?", "Boris Lermontov"),
        # "with his student" said later is not the person asked about
        ("who is boris", "which scenes is he in with his student?", "The Red Shoes"),
        ("who is boris", "who is his student's love interest?", "Julian Craster"),
        # the composer in the story who writes music, asked by role
        ("who is vicky", "the young composer who writes music for her ballet, who is he?", "Julian Craster"),
        # "what's it called when ..." names a scene
        (None, "what's it called when boris rushes to her side after she collapses?", "The Tragic Fall"),
        (None, "what's in your summary of julian?", "Julian Craster"),
        (
            None,
            "There's this haunting thing they play during the interval between acts. What's that track called?",
            "Entr'acte",
        ),
        ("tell me about the entr'acte track", "who is the author of this?", "Entr'acte"),
        ("who is vicky", "who are the ones who love vicky?", "Julian Craster"),
    ],
)
def test_second_review_counter_examples(engine, before, question, title):
    assert answer_after(engine, before, question).title == title


def test_scene_one_when_asked_which_is_the_first_choice(engine):
    answer = answer_after(engine, "what happens when the shoes take over", "scene one")
    assert answer.kind == "scene" and answer.title in ("The Audition", "The Premiere Night")


@pytest.mark.parametrize("question", ["tell me about boris johnson", "what's your deal?"])
def test_someone_else_and_the_bot_itself_are_not_the_pack(engine, question):
    assert engine.answer(question).title != "Boris Lermontov"


@pytest.mark.parametrize(
    ("before", "question"),
    [
        ("what happens in the audition", "the bit where she flips through old photos and clippings, what comes next?"),
    ],
)
def test_a_description_or_a_kind_before_whats_next_is_no_comment_on_the_thread(engine, before, question):
    # (what comes next from the thread alone would be an order relation with no anchor)
    thread = Conversation()
    for earlier in [before] if isinstance(before, str) else before:
        engine.answer(earlier, thread)
    reading = engine.turn(question, thread).reading
    assert not (reading.asks == "order" and not reading.anchors)


@pytest.mark.parametrize(
    ("before", "question", "kind", "title"),
    [
        # "what number is it?" asks the place of what is talked about, of its own kind
        ("tell me about entr'acte", "what number is it?", "track", "Entr'acte"),
        ("who is vicky", "what number is it?", "character", "Vicky Page"),
        ("tell me about the dream sequence", "where does that fall in the order?", "scene", "The Dream Sequence"),
        # "I'll ask about the premiere night then": asked now
        (None, "I'll ask about the premiere night then: what happens in it?", "scene", "The Premiere Night"),
        (None, "I'll check the audition first, what happens in it?", "scene", "The Audition"),
        # a question reported, then another named: the other
        (
            None,
            "My friend asked what happens in the audition. But I'm more curious about the premiere night. Can "
            "you tell me?",
            "scene",
            "The Premiere Night",
        ),
        # "she" after Boris is not him
        ("who is boris", "what does she want?", "character", "Vicky Page"),
        # a comment on the scene talked about, then "what's next"
        ("tell me about the audition", "that was sad when she fell, what's next?", "scene", "The First Rehearsal"),
        ("tell me about the tragic fall", "the moment she jumps is brutal, what comes next?", "scene", "The Isolation"),
        # the mood of what is talked about
        ("tell me about the isolation", "what's the mood of it?", "scene", "The Isolation"),
        (None, "who is the composer who wrote the music for this film?", "soundtrack", "The Red Shoes"),
        ("tell me about the ballet", "oh the scene one", "scene", "The Dream Sequence"),
        ("tell me about entr'acte", "who is the author of this?", "track", "Entr'acte"),
        (None, "what does your description of boris say?", "character", "Boris Lermontov"),
        (None, "tell me about boris today", "character", "Boris Lermontov"),
        ("who is boris", "what is his inner conflict?", "character", "Boris Lermontov"),
    ],
)
def test_third_review_counter_examples(engine, before, question, kind, title):
    answer = answer_after(engine, before, question)
    assert (answer.kind, answer.title) == (kind, title)


@pytest.mark.parametrize("question", ["who is the author of this?", "I wonder when it was made, any idea?"])
def test_facts_the_pack_lacks_asked_in_passing(engine, question):
    answer = engine.answer(question, Conversation())
    assert answer.kind == "none" and answer.reason == Reason.MISSING_FACT


@pytest.mark.parametrize(
    ("before", "question", "kind", "title"),
    [
        # "the one after it" mid-sentence, when the question names a scene of its own
        (
            "tell me about the premiere night",
            "i saw the one after it so what happens in the dream sequence?",
            "scene",
            "The Dream Sequence",
        ),
        # a second question opening with "I" still asks
        (None, "who's the director? and i'm curious about julian", "character", "Julian Craster"),
        (None, "who directed it, and i need the list of scenes please", "scenes", "The Red Shoes"),
        # the relation said of someone is lent only when the pronoun fits no one named
        (None, "Boris is Vicky's instructor. Who is she?", "character", "Vicky Page"),
        # a possessive "her" is no one a deed is done to
        ("tell me about the final decision", "who rejects her shoes there?", "character", "Vicky Page"),
        # "story of" the film, with a person named beside it
        (None, "summarise the storyline of the film, how does boris fit in", "film", "The Red Shoes"),
        # "this piece of the score" is the piece's credit
        ("tell me about entr'acte", "who composed this piece of the score?", "track", "Entr'acte"),
        # "the film itself, who made that?" is no track's credit
        ("tell me about the red shoes ballet", "ok and the film itself, who made that?", "none", ""),
        # "for my friend, who is julian": a question, not a relative clause to drop
        (None, "quick question for my friend, who is julian, is he the composer?", "character", "Julian Craster"),
        # "as he follows her career" is no order
        (None, "which scenes show boris as he follows her career?", "scenes", "The Red Shoes"),
        # a sentence only naming someone lends nothing to a scene question
        (None, "Boris is such a tyrant. What's that track called?", "track", "The Red Shoes Ballet"),
        # "together" with names asks a second question
        (None, "what's the runtime? vicky and julian together at the end?", "scene", "The Final Decision"),
        # a bare "what happens?" after a person or a track: that one, never "nothing talked about"
        ("who is julian", "what happens?", "character", "Julian Craster"),
        ("tell me about the confrontation", "explain that scene, who is he?", "character", "Boris Lermontov"),
    ],
)
def test_fourth_review_counter_examples(engine, before, question, kind, title):
    answer = answer_after(engine, before, question)
    assert (answer.kind, answer.title) == (kind, title)


def test_a_credit_the_films_people_hold_is_still_missing_when_asked_of_the_film(tmp_path):
    engine = page_engine(tmp_path, "Test Reel", "In this comedy, veteran director Hal Brenner makes one last picture.")
    for question in ("who is the director of this movie?", "who was the film's director in real life?"):
        answer = engine.answer(question, Conversation())
        assert answer.kind == "none" and answer.reason == Reason.MISSING_FACT, question


def test_a_girlfriend_is_a_wife_before_a_police_partner(tmp_path):

    synopsis = (
        "In this crime thriller, detective Ray Cole and his partner, Sam Ortiz, hunt a killer. Ray's wife, Nora "
        "Cole, begs him to quit the force."
    )
    assert page_engine(tmp_path, "Test Reel", synopsis).answer("who is ray's girlfriend?").title == "Nora Cole"


def test_a_possessive_in_the_gap_starts_no_relation():
    from bot.authoring.people import about

    sentence = "Mara Tull returns to her island home with her partner, Jonas Reed, to help her father."
    assert about(sentence, "Jonas Reed", ["Mara Tull"]).startswith("Her partner, Jonas Reed")


@pytest.mark.parametrize(
    ("before", "question", "kind", "title"),
    [
        ("what is the dream sequence", "what's the budget and the overall theme?", "film", "The Red Shoes"),
        (None, "who directed it? btw does vicky die at the end of the film?", "scene", "The Final Decision"),
        (None, "tell me about boris, and since when is it on netflix?", "character", "Boris Lermontov"),
        (None, "who is julian's girlfriend's teacher?", "character", "Boris Lermontov"),
        (None, "hi friend, who composed the score, if you know?", "soundtrack", "The Red Shoes"),
        (None, "I liked the part before Vicky starts dancing. Who is she?", "character", "Vicky Page"),
        (None, "what's the runtime and two questions about the ending, does vicky die and why?", "scene", None),
        ("tell me about the dream sequence", "explain what it's really about", "scene", "The Dream Sequence"),
    ],
)
def test_fifth_review_counter_examples(engine, before, question, kind, title):
    answer = answer_after(engine, before, question)
    assert answer.kind == kind and (title is None or answer.title == title)


@pytest.mark.parametrize(
    ("synopsis", "question", "title"),
    [
        (
            "In this crime thriller, detective Ray Cole and his partner, Sam Ortiz, hunt a killer. Ray's wife, Nora "
            "Cole, waits at home, while Ray's girlfriend, Lily Dane, sings at the club.",
            "who is ray's girlfriend?",
            "Lily Dane",  # the page's own word before his wife
        ),
        (
            "In this crime thriller, detective Ray Cole hunts a killer. Ray's ex-wife, Nora Cole, runs the diner, and "
            "his girlfriend, Lily Dane, sings at the club.",
            "who is ray's girlfriend?",
            "Lily Dane",  # a former wife is no girlfriend
        ),
        (
            "In this drama, Mara Tull hires her lawyer, Ruth Kemp, a single mother raising her son, Leo Kemp, alone.",
            "who is leo's mother?",
            "Ruth Kemp",  # a "her" inside someone's appositive is theirs
        ),
    ],
)
def test_relations_read_from_an_imported_page(tmp_path, synopsis, question, title):
    assert page_engine(tmp_path, "Test Reel", synopsis).answer(question).title == title


def test_a_half_brother_shares_no_parent_and_a_name_after_a_preposition_is_no_insert(tmp_path):
    from bot.authoring.people import about

    synopsis = (
        "In this family drama, Sorcha Ardlaw returns to help her ageing father, Magnus Ardlaw. Her half-brother, "
        "Ewan Ardlaw, wants to leave."
    )
    answer = page_engine(tmp_path, "Test Reel", synopsis).answer("ewan's dad")
    assert answer.title != "Magnus Ardlaw"
    sentence = (
        "In this western, Mara Tull rides out after her husband, Cal Tull, shot dead by rustlers, to take the herd."
    )
    assert "shot dead" not in about(sentence, "Mara Tull", ["Cal Tull"])


# The sixth to eighth reviews (this round's second look, last question asked, anchors, relations, the asker's own
# clause, requests in a later clause, and the importer's changes): each case is an input where a new rule misfired;
# what must hold instead.
@pytest.mark.parametrize(
    ("before", "question", "kind", "title"),
    [
        (
            None,
            "There's a scene where she flips through old photos. The one right after that one, what is it?",
            "scene",
            "The Final Decision",
        ),
        (
            None,
            "I loved the scene where the curtain rises. The bit after that scene, what happens in it?",
            "scene",
            "The Confrontation",
        ),
        (
            None,
            "There's a scene where Boris rushes to her side. The ending of that scene, what happens?",
            "scene",
            "The Tragic Fall",
        ),
        (None, "who collapses at the end, is it vicky?", "scene", "The Tragic Fall"),
        (None, "who employs boris", "character", "Boris Lermontov"),
        (None, "who is the boss of the ballet company", "character", "Boris Lermontov"),
        (None, "who is the teacher of the young composer", "character", "Julian Craster"),
        (None, "Boris scares me, how does it end?", "scene", "The Final Decision"),
        (None, "ok boris, how does it start?", "scene", "The Audition"),
        (None, "we were talking about what the movie is about", "film", "The Red Shoes"),
        (
            None,
            "I watched the audition with my niece. She wants to audition for a dance school now. How can I help "
            "her prepare?",
            "none",
            None,
        ),
        (None, "The last scene was beautiful. My wife hated it. How do I convince her?", "none", None),
        ("tell me about the isolation", "whens it from?", "scene", "The Isolation"),
        (["which scenes is boris in", "the confrontation"], "and vicky?", "scenes", "The Red Shoes"),
        (None, "the main composer character, who is he?", "character", None),
        # the seventh review (asked-in-place relations, the asker's own clause, a role's adjective, "it breaks
        # down")
        (None, "vicky trains who?", "scene", None),  # not Boris: the relation would be read the wrong way round
        (None, "julian hires who?", "character", "Julian Craster"),
        (None, "I love the entr'acte: who performed the music?", "track", "Entr'acte"),
        (None, "I am rewatching the final decision: what does vicky choose?", "scene", "The Final Decision"),
        (None, "I got curious about the dream sequence, what song plays?", "scene", "The Dream Sequence"),
        (None, "the young teacher", "none", None),  # "young" is the page's word for Julian
        (None, "the female instructor", "none", None),
        (None, "the ballet begins beautifully, then where it breaks down?", "scene", "The Tragic Fall"),
        # the eighth review (a later clause's request, a jump from a named scene, a confirming tag, "fancy"
        # before a name, "her part")
        (None, "what happens in the premiere, could you remind me?", "scene", "The Premiere Night"),
        (None, "who is julian, could you remind me?", "character", "Julian Craster"),
        ("what happens in the premiere night?", "jump ahead two scenes from the audition", "scene", "The Audition"),
        (None, "vicky's teacher, he is the director, no?", "character", "Boris Lermontov"),
        (None, "who is the girl who might fancy julian?", "character", "Vicky Page"),
        ("tell me about vicky", "what's her part in the story, compared to her teacher?", "film", None),
    ],
)
def test_review_counter_examples_of_this_round(engine, before, question, kind, title):
    answer = answer_after(engine, before, question)
    assert answer.kind == kind and (title is None or answer.title == title)


REVIEWED_PAGE = (
    "In this costume drama, Matthias Voll, a gifted court painter, serves his demanding patron Leopold Arn, the vain "
    "Duke of Wessen. Matthias must compete with Cornelis Hage, a charming newcomer. Ada Grey, a young nurse, works for "
    "the surgeon Paul Remy, alongside his son Leo Remy. After a quarrel with her father, Mia Lund leaves the farm."
)


def test_sixth_review_on_an_imported_page(tmp_path):
    from bot.core import Conversation

    scenes = [
        ("The Advance", "Leopold pays him in advance and warns him not to fail.", "Stakes."),
        ("The Farm", "Mia packs at dawn. She cries. She sings. She waits. She leaves.", "A start."),
    ]
    film = page_engine(tmp_path, "A Crown of Oils", REVIEWED_PAGE, scenes)
    assert film.answer("who pays leopold").title == "Leopold Arn"  # he pays; no one pays him
    thread = Conversation()
    film.answer("who competes with matthias", thread)
    assert film.answer("is he charming?", thread).title == "Cornelis Hage"  # his pronoun unstated: "he" may be him
    cards = {p.name: p for p in film.pack.characters}
    assert not cards["Leo Remy"].description.startswith("Ada")  # "his son" is Paul's, not the sentence's subject's
    assert cards["Mia Lund"].pronoun != "he"  # "her father, Mia": the noun before the comma is not hers


def test_eighth_review_importer_subjects():
    from bot.authoring.people import about

    sentence = (
        "In this family comedy, the eldest daughter of Walter Dunn, June Dunn, runs the family bakery with her younger "
        "brother Eddie Dunn."
    )
    assert about(sentence, "Eddie Dunn", ["Walter Dunn", "June Dunn"]).startswith("June Dunn runs")
    sentence = (
        "In this coastal drama, Tom Hale, a lonely lighthouse keeper, takes in a shipwrecked girl, Lily Quinn, and "
        "rumours say her mother Ada Quinn was a smuggler."
    )
    assert not about(sentence, "Ada Quinn", ["Tom Hale", "Lily Quinn"]).startswith("Tom Hale")


def test_review_counter_examples_of_round_au(engine):
    """An independent review of this round's rules (about 530 inputs) found these misfires; each is right again."""
    scenes_of = {name: answer_after(engine, None, f"which scenes name {name}").entries for name in ("boris", "julian")}
    for said in ("whats the main theme by the way", "what role does the main theme play in the story"):
        assert engine.answer(said).kind == "film", said  # no track is the main theme: the film's themes
    said = "not the teacher, rather the composer, which scenes is he in?"
    assert answer_after(engine, "tell me about julian", said).entries == scenes_of["julian"]
    said = "and the rather young composer, which scenes is he in"
    assert answer_after(engine, "tell me about boris", said).entries == scenes_of["julian"]
    said = "even though her teacher is so strict, what is his name?"
    assert answer_after(engine, "tell me about vicky", said).title == "Boris Lermontov"
    both = engine.answer("when did it come out? also is it the tragic fall where you said she collapses?")
    assert both.title == "The Tragic Fall" and both.note
    for said in ("who runs to the girl in the seventh scene", "who is the rival girl in the third scene"):
        assert engine.answer(said).title != "Vicky Page", said
    last = engine.answer("what happens in the last scene").title
    assert engine.answer("what happens in the last scene, but can you skip the first part of it").title == last
    assert answer_after(engine, "what songs are in it", "which ones got walter goehr").title == "Entr'acte"
    assert engine.answer("list all the music on the soundtrack besides the ballet").kind == "soundtrack"
    assert answer_after(engine, "whats the plot", "whos the other girl").title != "Vicky Page"
    assert engine.answer("the scene where she dances her solo for the director").title != "The Isolation"
    said = "one more on boris, which scenes is he in"
    assert answer_after(engine, "who is boris", said).entries == scenes_of["boris"]
    said = "the scene where she is nervous and the audience is waiting, by the end she panics"
    assert engine.answer(said).title == "The Premiere Night"


def test_second_review_counter_examples_of_round_au(engine, tmp_path):
    """A second review of this round's rules (about 1,200 turns) found these misfires; each is right again."""
    for said, title in [
        ("what happens in the confrontation? intense", "The Confrontation"),  # a reaction, not a second question
        ("who is vicky? beautiful", "Vicky Page"),
        ("first the audition, then, which scene?", "The First Rehearsal"),  # "then" there is what comes next
        ("apart from the ballet, what's the music played between acts?", "Entr'acte"),
    ]:
        assert engine.answer(said).title == title, said
    assert engine.answer("who wrote the score? sad ending").kind == "soundtrack"
    assert answer_after(engine, ["who is boris", "which scenes"], "number 7").title == engine.answer("scene 7").title
    assert answer_after(engine, ["who is boris", "which scenes"], "no. 3").title == engine.answer("scene 3").title
    said = "besides that, how does that scene end?"
    assert answer_after(engine, "tell me about the premiere", said).title == "The Premiere Night"
    assert answer_after(engine, "who is vicky", "whats her birthday").reason == "missing_fact"
    said = "one more back to the dream: what does it mean?"
    assert answer_after(engine, "tell me about the premiere", said).title == "The Dream Sequence"
    synopsis = (
        "In this crime drama, detective Sam Price hunts a killer. When mob enforcer Victor Crane guns down Sam's "
        "partner, Joe Ruiz, Sam swears revenge."
    )
    city = page_engine(tmp_path, "Night City", synopsis)
    assert answer_after(city, None, "who is sam's partner").title != "Victor Crane"  # a deed done to him, no title


def test_review_counter_examples_of_round_ay(engine):
    """An independent review of this round's rules (about 1,000 turns on three packs) found these misfires; each is
    right again."""
    from pathlib import Path

    from bot.core import Engine, load_pack

    packs = Path(__file__).parent / "data" / "packs"
    ledger, overture = (Engine(load_pack(packs / f"{name}.yaml")) for name in ("ledger", "overture"))
    for said in (
        "who's the director in this one?",
        "who is the director there",
        "i love this film. who's the director in this one?",
    ):
        assert engine.answer(said).reason == Reason.MISSING_FACT, said  # the film's director, not Boris
    said = "who's the director, i keep watching her in everything"
    assert answer_after(engine, "the dream sequence", said).reason == Reason.MISSING_FACT
    assert overture.answer("what does the film open with musically").kind == "track"
    assert answer_after(engine, "the red shoes ballet track", "what does it open with").kind == "track"
    assert answer_after(engine, "the dream sequence", "what does it open with").title == "The Dream Sequence"
    assert engine.answer("what happens in the middle of the last three ones").title != "The Premiere Night"
    assert engine.answer("in the middle of the sad ones").title != "The Premiere Night"
    said = "which scenes is julian in with vicky's teacher"
    assert answer_after(engine, None, said).entries != ("The Dancer's Choice", "The Confrontation", "The Tragic Fall")
    said = "back to that scene, whats the next track"
    assert answer_after(engine, ["the dream sequence", "the red shoes ballet track"], said).kind == "track"
    said = "My mum loved The Dream Sequence. Which track comes after it, she asked?"
    assert engine.answer(said, Conversation()).kind != "scene"
    said = "My uncle dozed off during The Lighthouse Vault. What comes after that one, so I can tell him?"
    assert ledger.answer(said, Conversation()).kind != "track"  # a scene and a track share the title
    said = "back to number 6, what comes after it?"
    assert answer_after(engine, ["list the scenes", "number 6", "who is boris"], said).title == "The Tragic Fall"


def test_second_review_counter_examples_of_round_ay(engine):
    """A second review of this round's rules (about 550 turns) found these misfires; each is right again."""
    from pathlib import Path

    from bot.core import Engine, load_pack

    overture = Engine(load_pack(Path(__file__).parent / "data" / "packs" / "overture.yaml"))
    assert overture.answer("who sang the role of the lead in the new opera").title == "Nora Vance"
    for said in ("was she a real ballerina in the story", "who is in the scene with her rival", "name the rival scene"):
        assert engine.answer(said).kind != "none", said  # the story's, not the real world's; the rival is not asked
    assert engine.answer("how did they film vicky in the audition").title == "The Audition"
    said = "who's the director pushing them"
    assert answer_after(engine, "tell me about the first rehearsal", said).title == "Boris Lermontov"
    assert engine.answer("who is the composer of the music in the film?").kind == "soundtrack"
