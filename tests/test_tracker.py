"""The dialogue state: kept apart by kind, untouched by a decline, an open "which one?" with a lifespan, merged
from a reply, small, and kept by title across a pack reload."""

from __future__ import annotations

import gc
import tracemalloc

from bot.core import Answer, Conversation, Engine, Reason, load_pack
from bot.core.answers import Alternative
from bot.core.tracker import PENDING_TURNS, Focus
from tests.conftest import DATA

DECLINE = Answer("none", "", 0.0, "no", reason=Reason.OFF_TOPIC)
CLARIFY = Answer(
    "none",
    "",
    0.0,
    "which?",
    alternatives=(Alternative("scene", "A", 0.5), Alternative("track", "A", 0.5)),
    reason=Reason.CLARIFY,
)


def hit(kind, title, **more):
    return Answer(kind, title, 1.0, title, **more)


def test_the_latest_subject_of_each_kind_is_at_hand():
    state = Conversation()
    state.remember(hit("scene", "The Confrontation"))
    state.remember(hit("character", "Vicky Page"))
    assert state.latest(("scene",)) == Focus("scene", "The Confrontation")
    assert state.focus == Focus("character", "Vicky Page")


def test_a_decline_leaves_the_state_alone():
    state = Conversation()
    state.remember(hit("scene", "The Audition"))
    state.remember(DECLINE)
    assert state.focus == Focus("scene", "The Audition")


def test_an_open_question_lapses_after_two_turns_or_an_answer():
    state = Conversation()
    state.remember(CLARIFY)
    for _ in range(PENDING_TURNS - 1):
        state.remember(DECLINE)
        assert state.pending
    state.remember(DECLINE)
    assert not state.pending
    state.remember(CLARIFY)
    state.remember(hit("scene", "The Audition"))
    assert not state.pending


def test_a_subset_is_the_list_shown():
    state = Conversation()
    state.remember(hit("scenes", "The Red Shoes", entries=("The Dancer's Choice", "The Confrontation")))
    assert state.listed == ("The Dancer's Choice", "The Confrontation") and state.listed_kind == "scene"
    state.remember(hit("scene", "The Dancer's Choice"))  # picked from it: the list stays for "the second one on it"
    assert state.listed == ("The Dancer's Choice", "The Confrontation")
    state.remember(hit("scenes", "The Red Shoes"))  # a new list: every scene
    assert state.listed is None and state.listed_kind == "scene"


def test_a_reply_merges_its_subject_and_keeps_the_rest():
    state = Conversation()
    state.remember(hit("character", "Boris Lermontov"))
    state.merge("scene", "The Audition")
    assert state.focus == Focus("scene", "The Audition")
    assert state.latest(("character",)) == Focus("character", "Boris Lermontov")


def test_a_correction_forgets_the_subject_it_replaces():
    state = Conversation()
    state.remember(hit("scene", "The Audition"))
    state.remember(hit("scene", "The Tragic Fall"))
    state.forget_latest()
    assert state.focus == Focus("scene", "The Audition")


def test_the_people_in_play_by_pronoun():
    state = Conversation()
    state.meet("he", "Boris Lermontov")
    state.meet("she", "Vicky Page")
    assert (state.person("he"), state.person("she"), state.person("they")) == ("Boris Lermontov", "Vicky Page", None)


def test_a_conversation_is_under_a_kilobyte(engine):
    questions = ["who is vicky", "which scenes is boris in", "the second one", "what comes after it", "who is he"]
    for question in questions:  # the engine's own caches (spelling, stems) fill once, not per conversation
        engine.answer(question, Conversation())
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    states = [Conversation() for _ in range(200)]
    for state in states:
        for question in questions:
            engine.answer(question, state)
    gc.collect()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    grown = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    assert grown / len(states) <= 1024, grown / len(states)


def test_the_state_survives_a_pack_reload_by_title(engine):
    state = Conversation()
    engine.answer("the audition", state)
    reloaded = Engine(load_pack(DATA.parent.parent / "data" / "the-red-shoes.yaml"))
    assert reloaded.answer("what happens next?", state).title == "The First Rehearsal"
    other = Engine(load_pack(DATA / "packs" / "overture.yaml"))
    assert other.answer("what happens next?", state).reason == "no_thread"  # a title that pack lacks


def test_the_last_relation_asked_is_kept_for_the_next_turn(engine):
    state = Conversation()
    for question in ("who is julian", "who does he love?"):
        engine.answer(question, state)
    assert state.relation == "love"
    engine.answer("who directed it?", state)  # a decline keeps it
    assert engine.answer("and her?", state).title == "Julian Craster"


def test_the_last_question_about_someones_scenes_is_kept_for_and_x(engine):
    state = Conversation()
    engine.answer("when does julian first appear", state)  # out of range: no scene names him
    assert state.asked == ("appears", 1)
    assert engine.answer("and boris?", state).title == "The Dancer's Choice"


def test_a_settled_which_one_leaves_the_choice_not_taken_as_the_other_one():
    state = Conversation()
    state.remember(CLARIFY)
    state.remember(hit("scene", "A"))
    assert state.others == (Focus("track", "A"),)
    state.remember(hit("scene", "B"))
    assert state.others == ()  # an answer that settled nothing has no other one


def test_a_copy_is_tried_apart_and_kept_only_when_taken():
    state = Conversation()
    state.focus_on("scene", "The Audition")
    tried = state.copy()
    tried.focus_on("track", "Entr'acte")
    tried.meet("she", "Vicky Page")
    assert state.latest().title == "The Audition" and state.person("she") is None
    state.take(tried)
    assert state.latest().title == "Entr'acte" and state.person("she") == "Vicky Page"
