"""The recognisers, one by one: each reads its kind of question (its trigger) and leaves others alone (its
refusal). Called directly, not through `read`, so a recogniser earlier in the priority can't hide a fault."""

from __future__ import annotations

import pytest

from bot.core import Conversation
from bot.core.answers import Reason
from bot.core.recognisers import RECOGNISERS, hear, read
from tests.scoring import answer_after

# recogniser: (question that triggers it, the slots it must fill, a question it must refuse, pending)
CASES: dict[str, tuple[str, dict[str, object], str, bool]] = {
    "empty": ("?!", {"asks": "empty"}, "the audition", False),
    "compound": (
        "what year is it from, and what happens in the audition?",
        {"asks": "compound", "topic": "the release year", "quote": "what year is it from"},
        "what year is it from?",
        False,
    ),
    "missing_fact": ("who directed it", {"asks": "missing", "topic": "the director"}, "who is boris", False),
    "small_talk": ("hello there", {"asks": "small_talk"}, "hello, who is boris", False),
    "request": ("can you play the music", {"asks": "request"}, "who played the music", False),
    "correction": ("nah i meant the dream one", {"asks": "correction", "corrects": True}, "the dream one", True),
    "pick": ("and 7?", {"asks": "pick", "pick": 7}, "scene 7", True),
    "anchored": (
        "anyway, the dream scene: what follows it?",
        {"asks": "order", "relation": "next", "anchors": ("dream scene",)},
        "what follows it?",
        False,
    ),
    "mentions": ("which scenes is julian in?", {"asks": "mentions"}, "which scenes are there?", False),
    "relation_of_person": (
        "what about her instructor?",
        {"asks": "relation", "referent": "she", "link": "instructor"},
        "who is she?",
        False,
    ),
    "credit": ("by who?", {"asks": "credit"}, "who is it", False),
    "listing": ("list the scenes", {"asks": "list", "kind": "scene"}, "list the scenes with boris", False),
    "count_of_the_list": ("how many total", {"asks": "list", "kind": None}, "how many scenes is boris in", True),
    "more": ("tell me more", {"asks": "more"}, "tell me about the audition", False),
    "other": ("and the other one?", {"asks": "other"}, "the one with the others", False),
    "elliptic": ("and after that?", {"asks": "order", "relation": "next", "anchors": ()}, "after the audition", False),
    "between": (
        "what comes between the audition and the dream sequence",
        {"asks": "order", "relation": "between"},
        "the fight between boris and vicky",
        False,
    ),
    "relation": (
        "what happens after the audition",
        {"asks": "order", "relation": "next", "anchors": ("the audition",)},
        "why does she cry after the audition",
        False,
    ),
    "neighbour": (
        "can you tell me what the next scene is about",
        {"asks": "order", "relation": "next", "kind": "scene", "anchors": ()},
        "the next one after the audition",
        True,
    ),
    "appears": ("when does boris first appear", {"asks": "appears", "position": 1}, "does boris appear", False),
    "nth": ("the third scene", {"asks": "nth", "kind": "scene", "position": 3}, "a scene", False),
    "bare_ordinal": ("and the fifth?", {"asks": "nth", "position": 5}, "the fifth of november party", False),
    "number_asked": (
        "what is the number of this scene?",
        {"asks": "describe", "refers_back": True, "demonstrative": "scene"},
        "scene number 5",
        True,
    ),
    "numbered": ("which scene is the number 5", {"asks": "nth", "kind": "scene", "position": 5}, "the scene", False),
    "opens_closes": ("how does it start", {"asks": "nth", "position": 1}, "how does the dream start", False),
    "middle": ("what happens in the middle", {"asks": "nth", "position": 0}, "the middle track", False),
    "ends": ("the ending", {"asks": "nth", "position": -1}, "the end of the audition", False),
    "film": ("what is the plot", {"asks": "film"}, "the plot of the confrontation scene", False),
}


BY_NAME = {recognise.__name__: recognise for recognise in RECOGNISERS}


def heard(engine, question: str, pending: bool):
    tokens = engine.read(question)
    return hear(tokens, 0, len(tokens.words), pending, engine.index.knows, engine.facts, engine.names_word)


def test_every_recogniser_has_a_trigger_and_a_refusal():
    assert sorted(CASES) == sorted(r.__name__ for r in RECOGNISERS)


@pytest.mark.parametrize("name", sorted(CASES))
def test_trigger(engine, name):
    question, slots, _, pending = CASES[name]
    reading = BY_NAME[name](heard(engine, question, pending))
    assert reading is not None, question
    for slot, value in slots.items():
        assert getattr(reading, slot) == value, (question, slot)


@pytest.mark.parametrize("name", sorted(CASES))
def test_refusal(engine, name):
    _, _, question, pending = CASES[name]
    assert BY_NAME[name](heard(engine, question, pending)) is None, question


def test_an_ordinal_asked_politely_with_what_happens_in_it_is_that_scene(engine):
    """The answer to "which scene is the fifth" says what happens in it: the tail asks nothing more."""
    reading = BY_NAME["bare_ordinal"](
        heard(engine, "could you tell me which scene is the fifth and what happens in it", False)
    )
    assert reading is not None and (reading.kind, reading.position) == ("scene", 5)
    assert (
        BY_NAME["bare_ordinal"](heard(engine, "could you tell me what happens on the fifth of november", False)) is None
    )


def test_the_priority_is_the_order_of_the_tuple(engine):
    """ "and 7?" with a list open is a pick, before any other reading of a number."""
    assert read(engine.read("and 7?"), pending=True).asks == "pick"
    assert read(engine.read("and 7?"), pending=False).asks != "pick"


def test_a_compound_reads_its_answerable_part(engine):
    tokens = engine.read("is it on netflix? also who is julian")
    reading = read(tokens, knows=engine.index.knows, facts=engine.facts)
    assert reading.asks == "compound" and reading.span is not None and reading.inner is not None
    assert tokens.words[reading.span[0] : reading.span[1]] == ("who", "is", "julian")
    assert "netflix" in reading.quote


def test_a_correction_reads_what_was_meant(engine):
    tokens = engine.read("no sorry, i meant scene 4")
    reading = read(tokens, pending=True, knows=engine.index.knows, facts=engine.facts)
    assert reading.corrects and reading.inner is not None
    assert (reading.inner.asks, reading.inner.position) == ("nth", 4)


@pytest.mark.parametrize(
    "question, other",
    [
        ("who's she arguing with", True),
        ("who is he talking to?", True),
        ("and who rushes to her side", True),
        ("who does she love", True),
        ("who is her teacher", True),
        ("who is she", False),
        ("who's she in the film", False),
        ("who is boris", False),
    ],
)
def test_who_with_a_pronoun_as_the_doer_or_done_to_asks_for_someone_else(engine, question, other):
    assert engine.turn(question).reading.someone_else is other


def test_an_anchor_before_a_question_word_needs_no_comma(engine):
    reading = engine.turn("the dream one whats after it").reading
    assert (reading.asks, reading.relation) == ("order", "next")
    assert engine.answer("the dream one whats after it").title == "The Premiere Night"


@pytest.mark.parametrize(
    "before, question, title, note",
    [
        (None, "awards, and boris?", "Boris Lermontov", "awards"),  # "awards" is no greeting to drop
        (None, "runtime, and plot?", "The Red Shoes", "running time"),
        ("the dream sequence", "before, and budget?", "The Dancer's Choice", "budget"),  # a follow-up is a part
        ("the dream sequence", "runtime? and next", "The Premiere Night", "running time"),  # joined on with "and"
        (None, "year? audition?", "The Audition", "release year"),  # two questions, nothing joining them
    ],
)
def test_terse_two_part_questions_answer_the_part_the_pack_covers(engine, before, question, title, note):
    answer = answer_after(engine, before, question)
    assert answer.title == title and note in answer.text, answer.text


def test_a_two_part_message_is_cut_where_the_answerable_part_asks_something(engine):
    message = (
        "She said the ballerina was played by a real ballerina, so what's the cast like? "
        "And what kind of genre would you call it?"
    )
    answer = engine.answer(message)
    assert answer.kind == "film" and "cast" in answer.text  # the genre part answered, the cast part noted
    actress = "Which actress played Vicky Page, and who is Vicky as a character, going by what you've got?"
    assert engine.answer(actress).title == "Vicky Page"


def test_an_adverb_after_film_names_no_other_work(engine):
    answer = engine.answer("who actually composed the score for the film overall?")
    assert (answer.kind, answer.title) == ("soundtrack", "The Red Shoes")


@pytest.mark.parametrize(
    "question, topic",
    [
        ("Where was it actually filmed?", "filming locations"),
        ("Next, the box office takings when it was first released, do you have those?", "box office and budget"),
        ("Is he married in real life?", "the cast"),  # the actor's life, not the character's
    ],
)
def test_a_missing_fact_asked_with_filler_around_it_is_declined_whole(engine, question, topic):
    thread = Conversation()
    engine.answer("the audition", thread)
    answer = engine.answer(question, thread)
    assert (answer.kind, answer.reason) == ("none", "missing_fact") and topic in answer.text, answer.text


def test_based_on_what_you_have_is_no_question_about_a_source(engine):
    answer = engine.answer("what genre would you say it is, based on what you have?")
    assert answer.kind == "film" and not answer.note


@pytest.mark.parametrize(
    "question, title",
    [
        ("whos the actor for julian and whats his role", "Julian Craster"),  # "his": the one the other part names
        ("Which actor plays Boris, and what kind of man he is?", "Boris Lermontov"),
        ("the scene where shes wandering around all disheveled n sad", "The Isolation"),  # "all": no mention list
    ],
)
def test_a_pronoun_in_the_answerable_part_is_whom_the_other_part_names(engine, question, title):
    assert engine.answer(question).title == title


def test_a_relation_verb_in_ing_form(engine):
    assert answer_after(engine, "who is boris", "and the girl he is teaching?").title == "Vicky Page"


@pytest.mark.parametrize(
    "question",
    [
        "Sorry, this isn't about the film at all, but how do I get red wine out of a carpet?",
        "Not movie related, sorry. What's a good name for a cat?",
        "Before I ask about the movie, quick thing: what's the tallest mountain in Wales?",
    ],
)
def test_a_message_that_says_it_is_not_about_the_film_is_declined(engine, question):
    assert engine.answer(question).kind == "none", question


def test_saying_it_is_off_topic_does_not_hide_a_name(engine):
    answer = engine.answer("This one's a bit off topic, sorry. But who is Julian Craster?")
    assert answer.title == "Julian Craster"


@pytest.mark.parametrize(
    "question, kind",
    [
        ("Before I embarrass myself at film club, could you tell me how the film opens?", "scene"),
        ("After we finish dinner we're watching it. What is the genre of the film?", "film"),
    ],
)
def test_before_or_after_the_askers_own_doings_is_no_order_question(engine, question, kind):
    reading = read(engine.read(question), knows=engine.index.knows, facts=engine.facts)
    assert reading.asks != "order", question
    assert engine.answer(question).kind == kind, question


@pytest.mark.parametrize(
    "question",
    [
        "Do you know who played Boris, by any chance?",
        "My niece wants the name of the actress who played Vicky, for her school project; do you have that?",
    ],
)
def test_a_hedge_or_an_aside_after_a_missing_fact_is_no_second_question(engine, question):
    answer = engine.answer(question)
    assert (answer.kind, answer.reason) == ("none", "missing_fact"), question


@pytest.mark.parametrize("question", ["scene 3 + budget?", "runtime, and scene 2?"])
def test_a_number_is_still_a_second_question(engine, question):
    assert engine.answer(question).kind == "scene", question


@pytest.mark.parametrize(
    "question, title",
    [
        (
            "My aunt, who's a retired cellist, asked me two things over lunch and I couldn't answer either: who "
            "composed its score, and what's the runtime?",
            "The Red Shoes",
        ),
        (
            "My neighbour is writing a piece and asked me two things I couldn't answer: which actor plays Boris in "
            "the film, and what's his role in the story?",
            "Boris Lermontov",
        ),
    ],
)
def test_a_two_part_question_after_a_story_answers_the_part_the_pack_covers(engine, question, title):
    answer = engine.answer(question)
    assert answer.title == title and answer.note, question


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        ("the audition", "what's the next scene about?", "The First Rehearsal"),
        ("the dream sequence", "tell me about the previous one", "The Dancer's Choice"),
        ("the audition", "could you tell me what happens in the scene that comes next?", "The First Rehearsal"),
        ("the premiere night", "ok and the scene which came previously, what was that", "The Dream Sequence"),
    ],
)
def test_the_next_or_previous_one_said_inside_a_question_follows_the_thread(engine, before, question, title):
    assert answer_after(engine, before, question).title == title


def test_an_order_word_in_the_askers_own_clause_is_passed_over_for_the_one_that_asks(engine):
    """ "she wants to know what happens afterwards, since ...": that "afterwards" is hers; the question's is later."""
    question = "She wants to know what happens afterwards, since it gets sadder. What is the scene after that one?"
    reading = read(engine.read(question), pending=True)
    assert (reading.asks, reading.relation) == ("order", "next")
    assert answer_after(engine, "the tragic fall", question).title == "The Isolation"


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        ("the dream sequence", "what was 2 scenes before it", "The First Rehearsal"),
        ("the dream sequence", "ok leave it. what happens two scenes later after that?", "The Confrontation"),
        ("the confrontation", "what is her feeling in the scene before this?", "The Premiere Night"),
        ("the premiere night", "scene number?", "The Premiere Night"),
        (None, "which scene is the number 7", "The Tragic Fall"),
    ],
)
def test_steps_and_places_asked_inside_other_words(engine, before, question, title):
    """A count of steps is no list ("2 scenes before it"), "the scene before this" is the thread's neighbour
    whatever is asked of it, and "scene number?" asks the place of the one talked about, not a musical number."""
    assert answer_after(engine, before, question).title == title


def test_a_story_then_two_questions_then_can_you_help_answers_the_part_the_pack_covers(engine):
    """ "...two things we couldn't settle: which actor played Boris, and what his character is like. Could you
    help with whichever you can?": the hollow last sentence reads the one before; the reply quotes only the
    question it can't answer, not the story around it."""
    answer = engine.answer(
        "My husband and I were debating this over dinner, and there are two things we couldn't settle: which actor "
        "played Boris Lermontov, and what his character is actually like in the story. Could you help with "
        "whichever you can?"
    )
    assert answer.title == "Boris Lermontov"
    assert "which actor played boris lermontov" in answer.text.lower() and "dinner" not in answer.text.lower()


def test_walk_me_through_how_the_film_starts_asks_for_the_first_scene(engine):
    reading = read(engine.read("can you walk me through how the film starts"))
    assert (reading.asks, reading.position) == ("nth", 1)
    assert read(engine.read("remind me how it ends")).position == -1


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        ("who is vicky page", "and whats her mentor's name", "Boris Lermontov"),  # folded: "mentors"
        (None, "Julian appear in which scene?", "The Red Shoes"),  # word order of another language
        ("the first rehearsal", "scene before the end", "The Isolation"),  # "the end" is the anchor, whole
        ("how many scenes", "no. 6", "The Confrontation"),  # "no." before a number is "number"
    ],
)
def test_small_forms_of_known_questions(engine, before, question, title):
    assert answer_after(engine, before, question).title == title


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        # the next scene of one named just before, not of the thread's
        ("the final decision", "the dream sequence, what's the next scene about?", "The Premiere Night"),
        ("the audition", "tell me about the premiere night and the scene after that", "The Confrontation"),
        # "next to" is a place, not the next scene
        ("the audition", "what's the scene that happens next to the stage door?", "The Audition"),
        # a list asked for outright, though it counts scenes before something
        (None, "list the 3 scenes before the end", "The Red Shoes"),
    ],
)
def test_review_cases_of_the_new_order_readings(engine, before, question, title):
    assert answer_after(engine, before, question).title == title


def test_a_pick_may_open_with_a_preposition(engine):
    assert answer_after(
        engine, "which scenes is boris in", "and in the last of these scenes, what happens between them?"
    ).title == ("The Tragic Fall")


def test_another_music_and_which_other_track_ask_for_the_other_one(engine):
    thread = Conversation()
    engine.answer("tell me about the entracte", thread)
    assert engine.answer("There is also another music? What is it?", thread).title == "The Red Shoes Ballet"
    assert answer_after(engine, "tell me about the entracte", "Which other track have?").title == "The Red Shoes Ballet"


def test_i_want_to_say_corrects_like_i_mean(engine):
    reading = read(engine.read("no, i want to say the audition"), pending=True, knows=engine.index.knows)
    assert reading.corrects and reading.inner is not None
    assert answer_after(engine, "tell me about the premiere", "No, I want to say the audition").title == "The Audition"


def test_the_relation_said_twice_leaves_the_anchor(engine):
    assert answer_after(
        engine, "tell me about the audition", "what's the scene that follows straight after that one?"
    ).title == ("The First Rehearsal")


def test_the_words_one_after_a_list_picks_from_that_list(engine):
    assert answer_after(engine, "who did the score", "the ballet one on it").title == "The Red Shoes Ballet"


def test_some_scene_where_someone_is_mentioned_asks_for_their_scenes(engine):
    assert engine.answer("Is there some scene where Julian is mentioned?").kind == "scenes"
    assert engine.answer("is there a scene where boris is in the audience?").kind == "scene"  # one, described


def test_her_love_said_with_who_that_is_is_the_one_she_loves(engine):
    assert answer_after(engine, "who is vicky", "and her love, the composer?").title == "Julian Craster"


def test_who_is_he_at_the_end_names_the_person_asked_whatever_pronoun_came_first(engine):
    reading = read(engine.read("and the composer she is falling for, who is he"), knows=engine.index.knows)
    assert reading.person == "he"
    assert read(engine.read("her love the ballet"), knows=engine.index.knows).asks != "relation"  # not a person


def test_review_three_cases_stay_as_they_were(engine):
    """Questions a third review found changed mid-change, answered as before it."""
    thread = Conversation()
    engine.answer("what is the entracte", thread)
    assert engine.answer("who made this movie", thread).kind == "none"  # the film's maker: not in the pack
    assert answer_after(engine, "what tracks are on the soundtrack", "what scene is the ballet in").kind == "scene"


def test_followups_after_a_list_and_a_laugh(engine):
    thread = Conversation()
    engine.answer("what tracks are on the soundtrack", thread)
    assert engine.answer("the entracte one who made that", thread).title == "Entr'acte"  # the one named
    thread = Conversation()
    engine.answer("what music is in the film", thread)
    assert engine.answer("the ballet track whats that", thread).title == "The Red Shoes Ballet"
    assert (
        answer_after(engine, "whats the dream sequence like", "sounds trippy lol what comes right after").title
        == "The Premiere Night"
    )
    assert engine.answer("And the young composer, he appear also in some scene?").kind == "scenes"
    assert engine.answer("who auditions").title == "Vicky Page"  # the one the audition is about


def test_set_x_followups_next_scene_first_whos_she_fighting_the_ballet_one_her_romance(engine):
    thread = Conversation()
    engine.answer("scene 2", thread)
    assert engine.answer("Next scene what happen?", thread).title == "The Dancer's Choice"
    thread = Conversation()
    engine.answer("what is the scene where she looks at old photos of her glory", thread)
    assert engine.answer("Which scene comes as next?", thread).title == "The Final Decision"
    thread = Conversation()
    engine.answer("scene 6", thread)
    assert engine.answer("who's she fighting", thread).title == "Boris Lermontov"
    thread = Conversation()
    engine.answer("whats the interlude music called", thread)
    assert engine.answer("and the ballet one", thread).title == "The Red Shoes Ballet"
    assert answer_after(engine, "who is the main girl", "her romance").title == "Julian Craster"
    assert engine.answer("What are the musics in the film?").kind == "soundtrack"


def reading_of(engine, question: str, pending: bool = False):
    return read(
        engine.read(question), pending=pending, knows=engine.index.knows, facts=engine.facts, names=engine.names_word
    )


@pytest.mark.parametrize(
    "question, position",
    [
        ("I'm going scene by scene with my club, and we've reached the third scene. What happens in that one?", 3),
        ("I need a question about the order of scenes, so I chose the second scene. What happens in it?", 2),
    ],
)
def test_a_list_word_in_the_story_leaves_the_nth_scene_asked(engine, question, position):
    reading = reading_of(engine, question)
    assert (reading.asks, reading.position) == ("nth", position), question


def test_asking_what_the_scenes_are_called_is_a_list_in_a_pack_that_uses_the_word(engine):
    tokens = engine.read("so how many scenes are there and what are they called?")
    knows_every_word = hear(tokens, 0, len(tokens.words), False, lambda word: True, engine.facts, engine.names_word)
    reading = BY_NAME["listing"](knows_every_word)
    assert reading is not None and reading.asks == "list"


def test_a_pick_after_wait_what_was(engine):
    reading = reading_of(engine, "wait what was #2", pending=True)
    assert (reading.asks, reading.pick) == ("pick", 2)


def test_who_is_she_with_a_last_word_in_it_asks_for_a_person_not_a_pick(engine):
    question = "and who is she, the woman making that final choice?"
    assert reading_of(engine, question, pending=True).asks != "pick"
    assert answer_after(engine, "what's the last scene", question).title == "Vicky Page"


def test_before_the_askers_own_plans_leaves_a_question_about_scenes(engine):
    question = "I'll watch the scenes that feature her before the workshop on Monday: which scenes mention her?"
    assert reading_of(engine, question).asks == "mentions"
    assert reading_of(engine, "which scenes is he in before the confrontation").asks == "order"


@pytest.mark.parametrize(
    "before, question, title",
    [
        ([], "Confrontation scene, before it is which scene?", "The Premiere Night"),
        (
            ["list the scenes", "number four"],
            "could you tell me about the one right after it on your list as well?",
            "The Premiere Night",
        ),
        (
            "the dancer's choice",
            "we'll move on to the scene after the one we just discussed. What happens there?",
            "The Dream Sequence",
        ),
    ],
)
def test_an_anchor_that_only_points_back_is_the_thread(engine, before, question, title):
    assert answer_after(engine, before, question).title == title, question


def test_a_polite_lead_before_how_the_film_begins(engine):
    question = (
        "For my essay I'd love to know how the film begins, meaning what the very first of its scenes is and what "
        "happens in it."
    )
    assert (reading_of(engine, question).asks, engine.answer(question).title) == ("nth", "The Audition")


def test_what_the_asker_actually_wanted_corrects_the_last_answer(engine):
    question = (
        "Hold on, sorry, I got my wires crossed. The one I actually wanted is earlier: where she dances for the "
        "company for the first time and everyone waits in silence before the applause. That one, please."
    )
    assert answer_after(engine, "the first rehearsal", question).title == "The Audition"


@pytest.mark.parametrize("question", ["Who play the role of Boris Lermontov?", "Who act as Vicky? Which actress?"])
def test_the_cast_asked_with_a_bare_verb_is_a_missing_fact(engine, question):
    assert engine.answer(question).reason == "missing_fact", question


def test_the_real_music_is_the_score_not_a_writer_of_the_film(engine):
    assert engine.answer("And who wrote the real music for the film?").kind == "soundtrack"


@pytest.mark.parametrize(
    "question, title",
    [
        ("what happens in the third scene, and who is she dancing with?", "The Dancer's Choice"),
        ("in the last scene who is she talking to?", "The Final Decision"),
        ("how does the film open, and who is she there?", "The Audition"),
    ],
)
def test_who_is_she_doing_something_in_a_scene_leaves_the_scene_asked(engine, question, title):
    assert engine.answer(question).title == title, question


@pytest.mark.parametrize(
    "question, kind",
    [
        ("I have not the faintest idea who Boris is", "character"),  # "not the" said, nothing ruled out
        ("what is said after the confrontation?", "scene"),  # said in the film, not by the asker
        ("I don't care who the lead is, just the storyline please", "film"),  # no name between who and is
        ("Where I can find the scene where she dances in red shoes?", "none"),  # which scene, not where to watch
    ],
)
def test_the_new_cues_leave_ordinary_english_alone(engine, question, kind):
    answer = engine.answer(question)
    assert answer.kind == kind and answer.reason != "missing_fact", question


@pytest.mark.parametrize(
    "before, question, kind, title",
    [
        ([], "the opening scene, who is she", "scene", "The Audition"),  # a scene asked by its place
        ([], "In the film, who is the rival of Vicky?", "scene", "The Dancer's Choice"),  # not Vicky
        ([], "My cousin Boris, who is a huge film nerd, wants to know the genre", "film", "The Red Shoes"),
        ([], "she is clearly not the same after the premiere, what happens next?", "scene", "The Confrontation"),
        ([], "unrelated, what's the genre?", "film", "The Red Shoes"),
        ("the confrontation", "not the confrontation, the other one", "none", ""),
        ([], "Boris scared me. Tell me a bit about him, then.", "character", "Boris Lermontov"),  # no "next"
        (
            ["boris", "julian"],
            "what about the other one again, the one who pushes her so hard",
            "character",
            "Boris Lermontov",
        ),
        (["boris", "vicky"], "the other one, whats his deal", "character", "Boris Lermontov"),
        # no one holds it, and a scene tells of "her rival" unnamed: the page doesn't say who (not Boris, not a scene)
        ("boris", "who's her rival", "none", ""),
    ],
)
def test_the_reviews_counter_examples(engine, before, question, kind, title):
    answer = answer_after(engine, before, question)
    assert (answer.kind, answer.title or "") == (kind, title), question


def test_who_made_it_beside_a_song_asks_the_songs_maker_not_the_films(engine):
    """ "the choir song at the end who made it": the song's credit; "who made it" alone is the film's maker."""
    assert engine.answer("who made it").reason == "missing_fact"
    assert engine.answer("who made this film").reason == "missing_fact"
    assert engine.answer("the ballet music, who made it").reason != "missing_fact"


def test_a_relation_of_hers_counts_from_her_not_from_the_one_talked_about(engine):
    """ "who is that instructor of hers?" just after Julian: Vicky's instructor, not Julian."""
    assert answer_after(engine, "who is julian craster", "Who is that instructor of hers?").title == "Boris Lermontov"


def test_main_theme_is_the_track_a_pack_calls_its_main_theme(tmp_path, engine):
    """ "main theme" on a page whose track is the "main title theme": that track; on one without: the film's themes."""
    light = _imported(
        tmp_path,
        "\nRock Light\nIn this mystery, Ada Vell keeps a light.\nSound Tracks from Rock Light by Ola Brand\n"
        "Harbour Lights\nHarbour Lights by Ola Brand, Main title theme over the opening storm\nFog Bell\n"
        "Fog Bell by Ola Brand, A slow bell under the night scenes\nMemorable Scenes from Movie Rock Light\n"
        "The Lamp\nAda lights the lamp.\nContext: The start.",
    )
    assert light.answer("main theme").title == "Harbour Lights"
    assert light.answer("what's the main theme called?").title == "Harbour Lights"
    assert light.answer("what is the main theme of the film").kind == "film"
    assert light.answer("and the main theme, the one over the opening storm?").title == "Harbour Lights"
    assert engine.answer("main theme").kind == "film"  # no track is a theme: the film's themes


def test_which_ones_got_someone_after_a_list_asks_the_scenes_naming_them(engine):
    answer = answer_after(engine, "list the scenes", "wait which ones got boris")
    assert answer.kind == "scenes" and answer.entries and len(answer.entries) < len(engine.index.by_kind["scene"])


def test_the_one_they_were_on_watch_with_is_their_partner(tmp_path):
    """ "the guy he was on night watch with": the partner the page gives him, not he himself."""
    from tests.scoring import page_engine

    synopsis = (
        "In this mystery, keeper Owen Tregar finds his colleague Jonah Pask gone. Owen's rival, Declan Moyle, who "
        "was Jonah's partner on the night watch, seems to know more than he admits."
    )
    lighthouse = page_engine(tmp_path, "Rock Light", synopsis)
    said = "and the guy he was on night watch with"
    assert answer_after(lighthouse, "who is declan moyle", said).title == "Jonah Pask"


def test_the_song_at_the_end_who_made_it_on_a_page_with_a_track_there(tmp_path):
    """ "the choir song at the end who made it", "how is called the song of the final?": the closing track (the
    film's own name reads "it" for the missing facts, so "who made it" beside a song is no question of the film)."""
    water = _imported(
        tmp_path,
        "\nDeep Water\nIn this rescue drama, Mira Kell pilots a small submarine.\nSound Tracks from Deep Water by Ola "
        "Brand\nDescent\nDescent by Ola Brand, Main theme as the submarine dives\nHymn for the Crew\nHymn for the "
        "Crew by Simeon Garrow, Choral lament over the closing reunion\nMemorable Scenes from Movie Deep Water\n"
        "The Dive\nMira dives.\nContext: The start.\nThe Surface\nThe crew is home.\nContext: The end.",
    )
    assert water.answer("the choir song at the end who made it").title == "Hymn for the Crew"
    assert water.answer("How is called the song of the final?").title == "Hymn for the Crew"
    assert water.answer("who made deep water").reason == "missing_fact"


def _imported(tmp_path, page_text: str):
    """An engine over a page in the seed's shape, imported as `pack import` would."""
    from bot.authoring.importer import import_page
    from bot.core import Engine, parse_pack

    page = tmp_path / "page.txt"
    page.write_text(page_text, encoding="utf-8")
    return Engine(parse_pack(import_page(page)))


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("who is the young ballerina that lermontov keeps training?", "Vicky Page"),
        ("who's the aspiring dancer whom boris trains", "Vicky Page"),
    ],
)
def test_the_one_that_someone_named_does_something_to_is_not_them(engine, question, title):
    reading = read(engine.read(question), names=engine.names_word)
    assert (reading.asks, reading.referent) == ("relation", None)
    assert engine.answer(question, Conversation()).title == title


def test_a_thing_that_someone_loves_is_no_person_they_love(engine):
    reading = read(engine.read("who wrote the music that julian loves"), names=engine.names_word)
    assert reading.asks != "relation"


@pytest.mark.parametrize(
    "question",
    [
        "ngl the final scene made me cry, was it based on a book?",
        "honestly the audition gave me chills. is there a sequel?",
        "the ballet in it is taken from an old fairy tale, right?",
    ],
)
def test_the_askers_reaction_beside_a_missing_fact_is_no_second_question(engine, question):
    """A part telling what something did to the asker asks nothing: the message is the missing fact alone."""
    answer = engine.answer(question, Conversation())
    assert (answer.kind, answer.reason) == ("none", Reason.MISSING_FACT)


def test_a_question_said_after_the_asker_still_counts(engine):
    question = "the charming one, could you tell me about him, and was the film based on a book?"
    assert read(engine.read(question), names=engine.names_word, facts=engine.facts).asks == "compound"


def test_a_scene_told_with_a_book_or_a_play_in_it_is_no_source_question(engine):
    answer = engine.answer("the scene where vicky comes from the play rehearsal, which one is it?", Conversation())
    assert answer.reason is not Reason.MISSING_FACT
    taken = engine.answer("is it taken from a hans christian andersen story?", Conversation())
    assert taken.reason is Reason.MISSING_FACT


@pytest.mark.parametrize(
    "question", ["tell me the scenes of this film", "can you tell us the scenes, please?", "the scenes of the movie?"]
)
def test_the_scenes_asked_with_tell_me_or_of_the_film_are_the_list(engine, question):
    reading = read(engine.read(question), names=engine.names_word)
    assert (reading.asks, reading.kind) == ("list", "scene")


def test_tell_me_about_the_scenes_someone_does_something_in_is_no_whole_list(engine):
    answer = engine.answer("tell me the scenes where julian appears")
    assert answer.kind == "scenes" and answer.entries is not None and len(answer.entries) < len(engine.pack.scenes)


@pytest.mark.parametrize(
    ("question", "position"),
    [("which scene is coming first in this film?", 1), ("what scene happens last", -1), ("which one came first", 1)],
)
def test_which_scene_comes_first_in_a_progressive_or_past_wording(engine, question, position):
    reading = read(engine.read(question), names=engine.names_word)
    assert (reading.asks, reading.position) == ("nth", position)


@pytest.mark.parametrize(
    ("question", "anchors"),
    [
        ("is boris in that one", ("that one",)),
        ("so is he even in the confrontation scene", ("the confrontation scene",)),
        ("does julian show up in the tragic fall", ("the tragic fall",)),
        ("is vicky in love", None),  # not a scene
        ("is boris in the film", None),  # the film, not one scene
        ("is she in every scene", ()),  # all of hers, asked of no one scene
    ],
)
def test_is_someone_in_one_scene_asks_their_scenes_of_that_scene(engine, question, anchors):
    reading = reading_of(engine, question, pending=True)
    if anchors is None:
        assert reading.asks != "mentions"
    else:
        assert (reading.asks, reading.anchors) == ("mentions", anchors)


@pytest.mark.parametrize("question", ["the actress of vicky, is she still alive?", "who played boris, is he dead now"])
def test_a_cast_question_then_the_actors_own_life_is_only_the_missing_fact(engine, question):
    """ "... is he still alive?" asks of the actor, not of the character: no second part the pack answers."""
    answer = engine.answer(question)
    assert (answer.kind, answer.reason) == ("none", "missing_fact")
    assert engine.answer("which actress plays vicky, and what is her story?").title == "Vicky Page"  # the character


@pytest.mark.parametrize("question", ["was that scene shot in a real opera house?", "this part is filmed on location?"])
def test_where_a_scene_was_filmed_is_a_fact_the_pack_lacks_not_the_scene(engine, question):
    answer = answer_after(engine, "the dream sequence", question)
    assert (answer.kind, answer.reason) == ("none", "missing_fact")


@pytest.mark.parametrize(
    "question", ["could you make for me a list of the tracks", "write for us a rundown of the scenes"]
)
def test_asking_to_be_made_a_list_is_the_list_not_a_task(engine, question):
    assert engine.answer(question).kind in ("scenes", "soundtrack")
    assert engine.answer("could you make for me a poem").reason == "off_topic"  # a task


@pytest.mark.parametrize("question", ["is this scene filmed in slow motion?", "was the dance shot in one take?"])
def test_how_a_scene_was_shot_is_no_filming_location(engine, question):
    """Review: a camera technique is not where it was filmed."""
    answer = answer_after(engine, "the premiere night", question)
    assert "filming locations" not in answer.text


@pytest.mark.parametrize("question", ["dance scene", "dance bit in the dream", "dance over love scene"])
def test_a_verb_before_a_scene_noun_names_a_scene_not_a_task(question):
    from bot.core.intents import is_request

    assert not is_request(question)
    assert is_request(question.split()[0] + " for me")  # the verb alone is still a task
    for task in ("dance one more time for me", "sing one song for me", "can you play part of the ballet"):
        assert is_request(task)


@pytest.mark.parametrize(
    "question", ["The composer Brian Easdale, he is still alive?", "is the director still living?"]
)
def test_a_makers_own_life_is_a_fact_the_pack_lacks(engine, question):
    answer = engine.answer(question)
    assert (answer.kind, answer.reason) == ("none", "missing_fact")
    assert engine.answer("is vicky still alive at the end?").kind == "scene"  # the story's, not a maker's


@pytest.mark.parametrize(
    ("track", "question"),
    [("entr'acte", "is it by walter goehr?"), ("the red shoes ballet", "It is by Brian Easdale or by someone other?")],
)
def test_whether_a_track_is_by_someone_asks_its_credit(engine, track, question):
    reading = read(engine.tokeniser.tokenise(question), pending=True)
    assert reading.asks == "credit"
    assert answer_after(engine, track, question).kind == "track"
