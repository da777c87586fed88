"""Conversations in the core: follow-ups read against the thread, clarifying questions, and the bounded store."""

from __future__ import annotations

import pytest

from bot.core import Conversation, Conversations
from tests.scoring import answer_after


def turns(engine, *questions: str) -> list[tuple[str, str]]:
    thread = Conversation()
    return [(a.kind, a.title or a.reason) for a in (engine.answer(q, thread) for q in questions)]


def test_next_and_before_follow_the_scene_talked_about(engine):
    assert turns(engine, "what happens in the audition?", "what happens next?", "and after that?", "before that?") == [
        ("scene", "The Audition"),
        ("scene", "The First Rehearsal"),
        ("scene", "The Dancer's Choice"),
        ("scene", "The First Rehearsal"),
    ]


def test_tell_me_more_stays_on_the_same_entry(engine):
    assert turns(engine, "the confrontation", "tell me more")[1] == ("scene", "The Confrontation")


def test_who_composed_it_after_a_track_is_that_tracks_credit(engine):
    assert turns(engine, "the entracte", "who composed it?")[1] == ("track", "Entr'acte")


def test_who_composed_it_after_a_scene_answers_from_the_thread(engine):
    assert turns(engine, "the audition", "who composed it?")[1] == ("soundtrack", "The Red Shoes")


def test_the_other_track(engine):
    assert turns(engine, "entr'acte", "and the other one?")[1] == ("track", "The Red Shoes Ballet")


def test_her_and_him_after_a_scene_are_the_people_it_names(engine):
    assert turns(engine, "the confrontation", "who is he?")[1] == ("character", "Boris Lermontov")
    assert turns(engine, "the confrontation", "who is she?")[1] == ("character", "Vicky Page")


def test_a_pronoun_after_a_character_is_read_as_that_person(engine):
    assert turns(engine, "who is boris", "which scene does he have the big fight with her in")[1] == (
        "scene",
        "The Confrontation",
    )


def test_a_standalone_question_is_answered_alone(engine):
    assert turns(engine, "the audition", "what happens in the isolation?")[1] == ("scene", "The Isolation")


def test_a_follow_up_with_nothing_before_says_so(engine):
    [(kind, reason)] = turns(engine, "what happens next?")
    assert (kind, reason) == ("none", "no_thread")


def test_a_decline_leaves_the_thread_where_it_was(engine):
    assert turns(engine, "the audition", "who directed it?", "and what happens next?")[1:] == [
        ("none", "missing_fact"),
        ("scene", "The First Rehearsal"),
    ]


def test_a_side_question_and_a_greeting_keep_the_subject(engine):
    asked = turns(engine, "tell me about the audition", "hello!", "who played vicky?", "what comes after that one?")
    assert asked[1:] == [("none", "small_talk"), ("none", "missing_fact"), ("scene", "The First Rehearsal")]


def test_a_missing_fact_about_her_is_declined_like_any_missing_fact(engine):
    assert turns(engine, "who is vicky", "who plays her?")[1] == ("none", "missing_fact")


def test_past_either_end_is_a_clear_none_not_a_wrap_around(engine):
    thread = Conversation()
    engine.answer("the final decision", thread)
    answer = engine.answer("what happens next?", thread)
    assert answer.kind == "none" and answer.reason == "out_of_range" and "last" in answer.text


def test_clarifying_question_then_a_number(engine):
    thread = Conversation()
    asked = engine.answer("the last one", thread)
    assert asked.reason == "clarify" and "1." in asked.text and "2." in asked.text
    assert [a.title for a in asked.alternatives] == ["The Final Decision", "Entr'acte"]
    picked = engine.answer("2", thread)
    assert (picked.kind, picked.title) == ("track", "Entr'acte")


@pytest.mark.parametrize(
    "reply, title",
    [("the first one", "The Final Decision"), ("the track", "Entr'acte"), ("the final decision", "The Final Decision")],
)
def test_clarification_answered_by_position_kind_or_name(engine, reply, title):
    assert turns(engine, "the last one", reply)[1][1] == title


def test_a_number_after_a_list_picks_from_it(engine):
    assert turns(engine, "list the scenes", "the 3rd one")[1] == ("scene", "The Dancer's Choice")


def test_a_conversation_survives_a_pack_reload_by_title(pack):
    from bot.core import Engine

    thread = Conversation()
    Engine(pack).answer("the audition", thread)
    assert Engine(pack).answer("what happens next?", thread).title == "The First Rehearsal"


def test_the_store_is_bounded_and_forgets_the_least_recently_used():
    store = Conversations(capacity=3, idle=100.0)
    for user in range(5):
        store.get(("channel", user), now=float(user)).focus_on("scene", f"s{user}")
    assert len(store) == 3
    assert store.get(("channel", 0), now=5.0).focus is None  # forgotten: a fresh conversation
    assert store.get(("channel", 4), now=5.0).focus is not None


def test_the_store_expires_idle_conversations():
    store = Conversations(capacity=10, idle=60.0)
    store.get("a", now=0.0).focus_on("scene", "x")
    assert store.get("a", now=30.0).focus is not None
    assert store.get("a", now=100.0).focus is None
    store.get("b", now=100.0)
    store.get("c", now=200.0)
    assert len(store) == 1  # "a" and "b" expired as the clock moved on


def test_a_mentee_is_who_a_mentor_teaches(engine):
    thread = Conversation()
    engine.answer("who is boris", thread)
    assert engine.answer("whos his mentee lol", thread).title == "Vicky Page"


def test_who_wrote_or_made_a_track_asks_its_credit_not_the_films(engine):
    assert engine.answer("who wrote entr acte").title == "Entr'acte"
    assert engine.answer("who wrote the film").kind == "none"  # the screenplay: a fact the pack lacks
    thread = Conversation()
    engine.answer("whats entracte", thread)
    assert engine.answer("who made that one", thread).title == "Entr'acte"
    whole = engine.answer("and the whole soundtrack whos it by", thread)
    assert whole.kind == "soundtrack"


def test_kin_the_page_never_gives_is_declined_not_guessed(engine):
    """ "his mum" after Boris: his card names Vicky, but not as his mother; the pack has no mother for him."""
    thread = Conversation()
    engine.answer("who is boris", thread)
    answer = engine.answer("his mum", thread)
    assert (answer.kind, answer.reason) == ("none", "missing_fact")
    assert "Boris Lermontov’s mother" in answer.text


def test_an_everyday_word_for_a_relation_reads_as_the_pages_word(engine):
    thread = Conversation()
    engine.answer("main character", thread)
    assert engine.answer("her fella", thread).title == "Julian Craster"


@pytest.mark.parametrize(
    "question, title",
    [
        ("the audition scene, what happens at the end?", "The Audition"),  # the end of that one
        ("in the dream sequence what is happening at the end", "The Dream Sequence"),
        ("hey!! quick q what happens at the very start", "The Audition"),  # the film's start
        ("which scene shows what ballet auditions are like in the real world", "The Audition"),
        ("do dancers in real life really train as hard as in the first rehearsal scene", "The First Rehearsal"),
        ("we turned it off after the rehearsal, so what happens at the end of the movie", "The Final Decision"),
        ("heated argument, boris won't let vicky quit, she's trapped", "The Confrontation"),  # a few-word retelling
    ],
)
def test_where_a_question_is_set_is_the_named_scenes_or_the_films(engine, question, title):
    assert engine.answer(question).title == title


@pytest.mark.parametrize(
    "question",
    [
        "how do i get over a breakup with a composer who left me for his music",
        "can you help me write a love letter to the composer i met at the audition last week",
        "Quick one: is it healthy to rehearse a dance routine for eight hours a day before a big audition?",
        "best ballet shoes for beginners",
    ],
)
def test_everyday_questions_sharing_a_few_words_with_the_film_are_declined(engine, question):
    assert engine.answer(question).kind == "none"


def test_a_number_beside_a_name_after_a_list_is_no_pick(engine):
    thread = Conversation()
    engine.answer("list the scenes", thread)
    assert engine.answer("ok my number one question now: who is julian", thread).title == "Julian Craster"


def test_who_is_he_after_a_tag_question_naming_him_is_him(engine):
    thread = Conversation()
    engine.answer("How is called the scene where she dance on the stage one last time and she fall down?", thread)
    assert engine.answer("Boris comes running to her after, no? Who is he?", thread).title == "Boris Lermontov"


def test_a_number_after_a_list_with_a_name_beside_it_is_still_a_pick(engine):
    thread = Conversation()
    engine.answer("list the scenes", thread)
    assert engine.answer("is vicky in number 2", thread).title == "The First Rehearsal"


def test_whether_someone_was_something_in_real_life_asks_about_the_cast(engine):
    assert engine.answer("was vicky a real dancer in real life").reason == "missing_fact"
    assert engine.answer("is the ending sad, asking because in real life i hate sad endings").kind == "scene"


def test_what_it_was_said_just_after_an_order_asked_of_nothing_is_counted_from(engine):
    """ "what comes after it?" with nothing talked about, then "the dream sequence i mean": after that one; said
    with a question of its own ("i mean the dream scene, whats it about") it is that one; a turn later, forgotten."""
    for said, title in (("the dream sequence i mean", "The Premiere Night"), ("sorry i meant the isolation", None)):
        thread = Conversation()
        engine.answer("wat comes after it" if title else "what comes before it", thread)
        assert engine.answer(said, thread).title == (title or "The Tragic Fall")
    for said in ("oh sry i mean the dream scene whats it about", "sorry i meant in the dream sequence scene"):
        thread = Conversation()
        engine.answer("and then what", thread)
        assert engine.answer(said, thread).title == "The Dream Sequence"
    thread = Conversation()
    engine.answer("what comes after it", thread)
    engine.answer("hello", thread)
    assert engine.answer("the dream sequence i mean", thread).title == "The Dream Sequence"


@pytest.mark.parametrize("opener", ["lol mb", "whoops", "oof sorry"])
def test_a_correction_after_chat_openers_is_still_a_correction(engine, opener):
    """ "lol mb i meant after the premiere night" just after an order asked of nothing: the scene after that one."""
    answer = answer_after(engine, "and then what happens after that", f"{opener} i meant after the premiere night")
    assert (answer.kind, answer.title) == ("scene", "The Confrontation")


def test_a_correction_of_the_person_asked_about_asks_the_same_question_of_them(engine):
    """ "which scenes is julian in", then "oops no i meant vickys instructor": Boris's scenes, then a pick of them."""
    thread = Conversation()
    engine.answer("which scenes is julian in", thread)
    corrected = engine.answer("oops no i meant vickys instructor", thread)
    assert corrected.kind == "scenes"
    assert list(corrected.entries or ())[:1] == ["The Dancer's Choice"]
    assert engine.answer("ty and whats the first of those", thread).title == "The Dancer's Choice"
    plain = answer_after(engine, "the audition", "oops no i meant vickys instructor")
    assert (plain.kind, plain.title) == ("character", "Boris Lermontov")


def test_a_pick_said_in_passing_and_pointed_back_at_is_that_one_of_the_list(engine):
    """ "I'll do the second week from the fifth, what happens in that one?" just after the scenes: the fifth (not
    "the second week"); a scene said beside it ("the scene that theme goes with, the first one") is no pick."""
    question = "ok so we begin the second week at the fifth, what happens in that one?"
    assert answer_after(engine, "list the scenes", question).title == "The Premiere Night"
    other_kind = "and the scene that ballet goes with, the very first one, what happens in it?"
    assert answer_after(engine, "list the tracks", other_kind).kind != "track"


def test_a_correction_after_a_which_one_corrects_that_not_the_scenes_asked_before(engine):
    """ "which scenes is boris in", "who's the composer" (which one?), "no i meant the teacher": the teacher's card,
    no longer his scenes."""
    answer = answer_after(engine, ["which scenes is boris in", "who's the composer"], "no i meant the teacher")
    assert (answer.kind, answer.title) == ("character", "Boris Lermontov")


@pytest.mark.parametrize(
    "question", ["the scene where you can see her collapse on stage", "the part where you can see boris rush in"]
)
def test_a_scene_where_you_can_see_something_is_no_where_to_watch_question(engine, question):
    assert engine.answer(question).reason != "missing_fact"
    assert engine.answer("where can people watch it?").reason == "missing_fact"


def test_who_is_this_composer_after_a_track_is_the_music_not_a_character(engine):
    answer = answer_after(engine, "the entr'acte", "that track is so good, who is this composer")
    assert answer.kind != "character"


def test_the_main_theme_of_the_story_is_still_the_films_themes(engine):
    assert engine.answer("what is the main theme during the story, is it about love or art?").kind == "film"


@pytest.mark.parametrize(
    ("asked", "corrected", "title"),
    [
        ("what comes before the tragic fall", "mb i meant after", "The Isolation"),
        ("what comes after the dream sequence", "no, before it", "The Dancer's Choice"),
    ],
)
def test_a_corrected_order_counts_from_the_scene_the_question_named(engine, asked, corrected, title):
    """ "what comes before the tragic fall", then "mb i meant after": after the tragic fall, not after the answer;
    the answer stays what "it" means next ("and before it?")."""
    assert answer_after(engine, asked, corrected).title == title
    assert answer_after(engine, "what comes after the audition", "and before it?").title == "The Audition"


@pytest.mark.parametrize(
    ("before", "question", "title", "said"),
    [
        ("what happens in the confrontation", "is boris in that one", "The Confrontation", "Yes: "),
        (None, "is julian in the tragic fall", "The Tragic Fall", "No: "),
        ("tell me about the audition", "does he show up in it", "The Audition", "No: "),  # "he": Boris
        # a scene by place or description, not the one in play
        ("what happens in the dream sequence", "is boris in scene 7?", "The Tragic Fall", "Yes: "),
        ("what happens in the dream sequence", "is boris in the fight scene?", "The Confrontation", "Yes: "),
    ],
)
def test_is_someone_in_a_scene_answers_the_scene_saying_yes_or_no(engine, before, question, title, said):
    if before == "tell me about the audition":
        before = ["who is boris", before]
    answer = answer_after(engine, before, question)
    assert (answer.kind, answer.title) == ("scene", title)
    assert answer.text.startswith(said)


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        (["list the scenes"], "#3 whats that one about", "The Dancer's Choice"),
        (["list the scenes", "who is vicky page"], "ok back to the list, whats #6", "The Confrontation"),
        (["entr'acte?", "the audition?"], "back to track: artist?", "Entr'acte"),
        (["the red shoes ballet"], "performer?", "The Red Shoes Ballet"),
    ],
)
def test_terse_picks_and_credits(engine, before, question, title):
    assert answer_after(engine, before, question).title == title
