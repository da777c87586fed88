"""The first stage: a question is tokenised once per answer, and only the sentences that ask are read."""

from __future__ import annotations

import pytest

from bot.core import Conversation
from bot.core.sentences import Signals, chosen, split
from bot.core.tokens import Tokeniser, described_part, pick_span
from tests.scoring import answer_after


def test_a_question_is_tokenised_once_per_answer(engine, monkeypatch):
    calls: list[str] = []
    tokenise = Tokeniser.tokenise

    def counted(self, question):
        calls.append(question)
        return tokenise(self, question)

    monkeypatch.setattr(Tokeniser, "tokenise", counted)
    thread = Conversation()
    questions = [
        "who is boris",
        "which scene does he fight with her in",  # "he" read as Boris: the tokens are substituted, not re-read
        "what happens two scenes after the audition",  # the anchor is cut from the tokens
        "anyway, the dream scene: what follows it?",  # the anchor is a clause of its own
        "what year is it from, and what happens in the audition?",  # a compound answers a part
        "nah i meant the one after the first of those",  # a correction, then a pick inside an anchor
    ]
    for question in questions:
        engine.answer(question, thread)
    assert calls == questions


def test_only_the_sentences_that_ask_are_read(engine):
    tokens = engine.read("We had pizza and too much cake. What happens after the audition? My friend says a fight.")
    assert tokens.corrected == "what happens after the audition"


def test_the_sentence_before_joins_when_the_question_points_back_at_its_name(engine):
    tokens = engine.read("Someone kept talking about Lermontov. Who is he exactly?")
    assert "lermontov" in tokens.words and "who" in tokens.words


def test_a_message_with_no_question_is_read_from_its_first_sentence_that_says_something():
    sentences = split("Thank you! And the one before that, because I slept. My friend says it matters.")
    signals = Signals(names=[False] * 3, bare=[False] * 3, chat=[True, False, False])
    assert chosen(sentences, signals) == [(1, True)]


def test_clauses_are_marked_and_greetings_dropped(engine):
    tokens = engine.read("gm all, the dream one: what comes after it?")
    assert tokens.words[0] == "the"  # "gm all" said nothing
    assert tokens.clauses == (3,)  # "what comes after it" starts a clause
    assert engine.read("hey, scenes pls").words == ("scenes", "pls")


def test_good_evening_is_a_greeting_even_in_a_pack_that_uses_good(engine):
    """ "Good evening! I have a question about the scene where ...": the greeting is not what the message says,
    whatever "good" means in the pack ("good-hearted")."""
    tokens = engine.read("Good evening! I have a question about the scene where she wakes from the dream.")
    assert tokens.words[0] == "i" and "evening" not in tokens.words
    assert engine.read("good evening").words == ("good", "evening")  # alone it is all there is


def test_plus_and_ampersand_read_as_and(engine):
    assert engine.read("boris + his age?").words == ("boris", "and", "his", "age")


def test_a_part_is_cut_from_the_tokens(engine):
    tokens = engine.read("what comes after the auditon")
    part = engine.tokeniser.cut(tokens, "the audition")
    assert part.words == ("the", "audition") and part.named  # the typo was corrected once, and kept
    assert engine.tokeniser.span(tokens, 3, 5).words == ("the", "audition")


def test_the_sentence_before_lends_only_the_name_its_pronoun_means(engine):
    tokens = engine.read("Someone at the library kept going on about Lermontov all night. Who is he exactly?")
    assert tokens.words == ("lermontov", "who", "is", "he", "exactly")
    described = engine.read("There's a part where Vicky and Boris argue about the shoes. Which scene is that?")
    assert "argue" in described.words  # the question points at the description, not at a name: read whole


def test_a_bare_question_reads_the_sentence_before_it(engine):
    story = "At film night everyone argued about the scene where Vicky collapses on stage. Remind me what happens?"
    assert engine.answer(story).title == "The Tragic Fall"
    film = "A friend says it's about a dancer torn between art and love. What's the film actually about?"
    assert engine.answer(film).kind == "film"  # names its subject: the sentence before is only a story
    assert engine.answer("remind me what happens in the audition").title == "The Audition"
    assert engine.answer("remind me to buy popcorn").kind == "none"


def test_a_hollow_question_reads_the_sentence_that_describes_most_before_it(engine):
    story = (
        "There's a bit I half remember where she's surrounded by other dancers, learning new techniques, and "
        "then pulls off something complex and everyone cheers. My friend and I can't agree on it. Could you tell me?"
    )
    assert engine.answer(story).title == "The First Rehearsal"
    named = "Someone at the library kept referring to Lermontov over the shortbread. Who is he exactly?"
    assert engine.answer(named).title == "Boris Lermontov"  # his name is read, not the story around it
    fact = "There's a bit where she dances alone on a stage, then everyone cheers. Any awards?"
    assert engine.answer(fact).kind == "none"  # asks something of its own: not about the story before it


def test_the_description_is_the_first_scene_where_and_not_what_someone_thinks_of_it(engine):
    """ "arguing about the scene where she can't stop dancing, because she thinks it's the most terrifying
    moment in the film": the scene described, not "moment in the film" (a later noun) nor the opinion."""
    story = engine.read(
        "we argued about the scene where she cant stop dancing, because she thinks its the most terrifying moment "
        "in the film and i think its sad"
    )
    kept = [part.text for clause in described_part([list(c) for c in _clauses(story)]) for part in clause]
    assert kept[:2] == ["scene", "where"] and "dancing" in kept
    assert "terrifying" not in kept and "sad" not in kept


def _clauses(tokens):
    starts = (0, *tokens.clauses, len(tokens.parts))
    return [tokens.parts[a:b] for a, b in zip(starts, starts[1:], strict=False)]


def test_of_a_story_lent_to_a_hollow_question_only_the_description_is_read(engine):
    story = engine.read("we had a watch party and my cousin missed the part where the family searches the inn")
    kept = described_part([list(story.parts)])
    assert [part.text for clause in kept for part in clause][:3] == ["part", "where", "the"]
    plain = engine.read("we had a watch party and my cousin missed it")
    assert described_part([list(plain.parts)]) == [list(plain.parts)]  # no "the part where": all of it
    hedged = (
        "I mixed two up. It was the heated argument where she needs freedom from the shoes. "
        "Sorry about that, could you tell me about that one instead?"
    )
    assert engine.answer(hedged).title == "The Confrontation"  # "sorry", "instead": nothing asked of its own


def test_a_pick_said_before_a_hollow_question_is_read_alone(engine):
    thread = Conversation()
    engine.answer("which scenes is boris in", thread)
    said = "The last of those sounds like a lot, judging by its name alone. What happens there?"
    assert engine.answer(said, thread).title == "The Tragic Fall"
    assert pick_span(list(engine.read("the first one on that list is probably it").parts)) == (0, 6)
    assert pick_span(list(engine.read("the first time i saw it").parts)) == (0, 0)  # no list in it
    # said inside a sentence, as a pick: "the second one you listed", "number four"
    assert pick_span(list(engine.read("tell me about the second one you listed").parts)) == (3, 8)
    assert pick_span(list(engine.read("i'd like to highlight number four in particular").parts)) == (4, 6)
    # a place in the film, said as one ("we're on scene number four"), not as the edge or the place of another
    assert pick_span(list(engine.read("the scene number four").parts)) == (1, 4)
    assert pick_span(list(engine.read("we stopped at the second to last scene").parts)) == (3, 8)
    assert pick_span(list(engine.read("between that collapse and the final scene").parts)) == (0, 0)
    assert pick_span(list(engine.read("where she collapses is the very last scene").parts)) == (0, 0)


def test_a_pick_said_inside_a_long_message_picks_from_the_list(engine):
    thread = Conversation()
    engine.answer("could you list the scenes for me?", thread)
    said = (
        "Wonderful, thank you. I'd like to highlight number four in particular, since my friend swears it's the "
        "most stunning stretch of the film. What happens in that one?"
    )
    assert engine.answer(said, thread).title == "The Dream Sequence"
    thread = Conversation()
    engine.answer("what tracks are on the soundtrack?", thread)
    said = "Tell me a bit more about the second one you listed. What is it exactly, and who is it credited to?"
    assert engine.answer(said, thread).title == "Entr'acte"


def test_choosing_sentences_without_word_counts_does_not_fail():
    """Signals built without their optional lists (content, hollow, ...) still choose sentences."""
    found = split("There is a scene with the captain and the key. Which scene is that?")
    signals = Signals(names=[True, False], bare=[False, True], chat=[False, False])
    assert chosen(found, signals) == [(0, False), (1, True)]


def test_a_message_that_asks_nothing_is_read_from_what_the_asker_meant(engine):
    sentences = split("Ah, there are two of those, aren't there. I mean the later one, where she collapses on stage.")
    signals = Signals(names=[False, False], bare=[True, False], chat=[False, False])
    assert sentences[1].means and not sentences[0].means
    assert chosen(sentences, signals) == [(1, True)]


def test_a_long_message_whose_story_drowns_its_question_is_read_again_from_the_asking_sentence(engine):
    said = "My cousin loves the music and hums it at every single picnic we have in the park. Could you tell me?"
    tokens = engine.read(said)
    narrow = engine.tokeniser.narrower(said, tokens)
    assert "picnic" in tokens.words  # the first reading lends the hollow question the sentence before it
    assert narrow is not None and "picnic" not in narrow.words and "tell" in narrow.words
    assert engine.tokeniser.narrower("who composed the score?", engine.read("who composed the score?")) is None
    said = (
        "My cousin has seen it twice and still calls the music the best thing since sliced bread. "
        "I need something to say back at the picnic tomorrow. Who composed the score?"
    )
    assert engine.answer(said).kind == "soundtrack"


def test_the_films_title_written_as_a_title_is_the_setting_not_the_subject(engine):
    assert engine.read("could you tell me about Vicky Page from The Red Shoes?").corrected == (
        "could you tell me about vicky page"
    )
    assert engine.read("What is The Red Shoes about?").corrected == "what is the film about"
    assert engine.answer("What is The Red Shoes about?").kind == "film"
    # a longer name holding the title (misspelt or not) and the title in lower case stay as typed
    assert "red shoes ballet" in engine.read("What is the track Red Shoes Ballet?").corrected
    assert "red shoes" in engine.read("What is the track Red Shoes Balet?").corrected
    assert "red shoes" in engine.read("what happens when the red shoes take over").corrected


def test_a_long_sentence_is_read_again_from_its_asking_clause(engine):
    said = (
        "I have been reading about famous dream sequences in old cinema all week and this one came up a lot, "
        "so I am curious: what actually happens in the dream one?"
    )
    assert engine.answer(said).title == "The Dream Sequence"
    # a bare asking clause keeps the description before it
    bare = "I keep thinking about the one where she sits alone with her old clippings, which one is that?"
    assert engine.tokeniser.narrower(bare, engine.read(bare)) is None and "clippings" in engine.read(bare).words


def test_a_story_lent_for_a_name_keeps_only_its_scene_where(engine):
    said = (
        "My flatmate and I argued all night about the scene where Vicky has to make a choice. "
        "What happens in that scene?"
    )
    assert "flatmate" not in engine.read(said).words
    assert engine.answer(said).reason == "clarify"  # two scenes are her choice


def test_a_message_that_asks_nothing_is_read_from_the_sentence_naming_something():
    sentences = split("We picked this film for the book club. I would love a refresher on the audition scene.")
    signals = Signals(names=[False, True], bare=[True, False], chat=[False, False])
    assert chosen(sentences, signals) == [(1, True)]


def test_who_is_he_with_no_name_leans_on_the_description_before_it(engine):
    said = (
        "There's that imperious teacher who keeps telling the heroine to forget everything but ballet. "
        "Who is he, according to the story?"
    )
    assert engine.answer(said).title == "Boris Lermontov"
    # "who is she arguing with" asks more than who she is: nothing is lent
    assert "imperious" not in engine.read("There's that imperious teacher. Who is she arguing with?").words


def test_a_request_to_be_reminded_adds_nothing_to_the_question(engine):
    assert engine.answer("the scene where she has to make her big choice, could you remind me what happens there")
    said = "the scene where she has to make her big choice, could you remind me what happens there"
    assert engine.answer(said).reason == "clarify"  # as without "could you remind me"


def test_several_pointed_back_at_lend_the_list_named_before(engine):
    said = "I need the full rundown of scenes, in order, for a quiz. Would you mind listing them for me?"
    assert engine.answer(said).kind == "scenes"


def test_a_clause_of_its_own_giving_the_askers_purpose_is_not_read(engine):
    said = "what can you tell me about the story, then, so that I at least have something to say at the club?"
    assert "club" not in engine.read(said).words
    assert engine.answer(said).kind == "film"


def test_whats_it_about_asks_the_plot_and_borrows_no_story(engine):
    said = "I've been told it is a must-see for anyone who loves dance. What's it about, roughly?"
    assert engine.read(said).corrected == "what is it about roughly"


def test_before_a_where_clause_the_askers_own_story_is_no_part_of_the_description(engine):
    said = (
        "There's this part I remember from seeing it as a teenager, where she's dancing in a dreamy otherworldly "
        "place. Which scene is that?"
    )
    assert "teenager" not in engine.read(said).words and "dreamy" in engine.read(said).words
    clauses = ["I mean the later one", "on the night of the show", "where she sits alone"]
    sentence = [list(engine.read(clause).parts) for clause in clauses]
    assert described_part(sentence) == sentence  # what the asker meant is the description


def test_the_title_stays_where_it_is_the_subject_or_the_story_s_own_words(engine):
    assert engine.answer("What happens in The Red Shoes?").kind == "film"  # nothing else asked
    assert "red shoes" in engine.read("Why does Vicky wear the Red Shoes?").corrected  # the shoes she wears
    assert "red shoes" in engine.read("The Red Shoes take over in the dream, which scene?").corrected  # opens it
    assert engine.answer("tell me about Ballet of the Red Shoes").title == "The Red Shoes Ballet"  # a longer name


def test_a_message_disowning_the_film_is_not_read_again(engine):
    said = (
        "This isn't about the film, but my sister is a dancer and she wants to know, who is the greatest ballet "
        "teacher ever?"
    )
    assert engine.answer(said).kind == "none"


def test_a_person_of_the_story_is_a_person_not_the_film(engine):
    assert engine.read("tell me about the main heroine of the story").corrected == "tell me about the main heroine"
    assert engine.answer("tell me about the main heroine of the story").title == "Vicky Page"
    assert engine.answer("And the ballerina, what is her name and her story?").title == "Vicky Page"
    assert engine.answer("who are the characters in the film").kind == "film"  # the list is the film's card


def test_a_name_said_in_a_story_is_what_that_scene_points_at(engine):
    """ "... it was called The Confrontation, I think, with a lot of shouting. What happens in that scene?": the
    scene named, not every word of the story around it."""
    said = (
        "My drama teacher showed us a clip from this film in class today, and it was called The Confrontation, I "
        "think, with a lot of shouting and desperation. Could you tell me what happens in that scene?"
    )
    assert engine.read(said).words[0] == "confrontation"
    assert engine.answer(said).title == "The Confrontation"


def test_a_list_asked_for_is_read_from_the_clause_naming_it(engine):
    said = (
        "I'm hosting a little screening for my neighbours next Friday, nothing fancy, just some cheese and a "
        "projector on the living room wall, and I'd love to have a rundown of the memorable scenes to hand out "
        "beforehand. Could you list them for me in the order they appear?"
    )
    assert "friday" not in engine.read(said).words
    assert engine.answer(said).kind == "scenes"


def test_an_apology_for_asking_says_nothing_the_answer_needs(engine):
    said = "Sorry if this is a silly question, but could you tell me about the audition, what's going on there?"
    assert not {"silly", "question"} & set(engine.read(said).words)
    assert engine.answer(said).title == "The Audition"
    # not an apology: what the film is said to be ("the plot is silly") stays
    assert "plot" in engine.read("the plot is silly, but who is boris?").words


def test_a_names_last_word_cut_short_at_the_end_is_finished(engine):
    assert engine.read("vicky pag").words == ("vicky", "page")
    assert engine.answer("vicky pag").title == "Vicky Page"
    # not after "the" (many names go on so), nor shorter than three letters
    assert engine.read("what about the aud").words[-1] == "aud"
    assert engine.read("the red sh").words[-1] == "sh"


def test_a_title_placed_by_an_order_word_is_not_the_scene_pointed_at(engine):
    assert engine.answer("What comes after the audition? What is that scene called?").title == "The First Rehearsal"


def test_a_list_is_not_read_for_a_question_about_someone(engine):
    thread = Conversation()
    engine.answer("Which scenes actually mention Julian Craster by name?", thread)
    said = (
        "Ha, I knew it. But to be fair to her, who is he then, if he's not really named in the scenes themselves? "
        "What's his role in the story overall?"
    )
    assert engine.answer(said, thread).title == "Julian Craster"


@pytest.mark.parametrize(
    "said, clauses",
    [
        ("the one w boris not the ending", ("the one w boris", "not the ending")),
        ("is it not the ending", ("is it not the ending",)),  # a question, not what is ruled out
        ("nah not that the one where she rejects the shoes", ("nah not that the one where she rejects the shoes",)),
    ],
)
def test_what_is_not_meant_is_a_clause_of_its_own_even_without_a_comma(said, clauses):
    assert split(said)[0].clauses == clauses


def test_the_one_not_meant_is_not_read(engine):
    words = engine.read("the one w boris not the ending").words
    assert "boris" in words and "ending" not in words


@pytest.mark.parametrize(
    "said, disowned",
    [
        ("Completely unrelated, but since we're outdoors this time, what's the weather like in London?", True),
        ("Unrelated, but while I think of it: who wrote the score?", False),  # unrelated to the thread, not the film
    ],
)
def test_unrelated_said_first_disowns_a_message_barely_about_the_film(engine, said, disowned):
    assert engine.read(said).disowned is disowned, said


def test_who_is_she_leans_on_the_woman_described_before_it(engine):
    said = (
        "And the woman who falls for him, I'd like to describe her briefly as well, since the essay is about the "
        "pairing. Who is she, in a sentence or two?"
    )
    assert "woman" in engine.read(said).words
    assert answer_after(engine, "who is julian", said).title == "Vicky Page"


def test_who_is_he_with_a_longer_tail_still_leans_on_the_description(engine):
    said = (
        "There's that imperious teacher who keeps telling the heroine to forget everything but ballet. "
        "Who is he again in the bigger picture of the story?"
    )
    assert "imperious" in engine.read(said).words
    assert engine.answer(said).title == "Boris Lermontov"


def test_the_sentence_saying_what_was_meant_is_what_it_points_at(engine):
    said = (
        "Oh, wait, I've mixed up my notes. The scene I actually wanted was a quieter one, where she's alone and "
        "dishevelled, looking through old photos and articles. That's the one I need, could you describe it instead?"
    )
    assert answer_after(engine, "the premiere night", said).title == "The Isolation"
