"""A thread helps the next question only when that question leans on it: a new question that happens to follow a
list or a track is answered as it would be alone (found by a new user, not in any blind set)."""

from __future__ import annotations

import pytest

from bot.core import Conversation


def after(engine, first: str, question: str):
    thread = Conversation()
    engine.answer(first, thread)
    return engine.answer(question, thread), engine.answer(question)


@pytest.mark.parametrize(
    "first, question",
    [
        ("which scenes is boris in", "what music plays during the ballet?"),
        ("which scenes is vicky in", "what happens when vicky collapses"),
        ("which scenes is vicky in", "how does vicky feel in the isolation scene?"),
    ],
)
def test_a_new_question_after_a_list_of_mentions_is_answered_as_alone(engine, first, question):
    in_thread, alone = after(engine, first, question)
    assert (in_thread.kind, in_thread.title) == (alone.kind, alone.title)
    assert alone.kind != "scenes"


@pytest.mark.parametrize("first", ["which scenes is julian in", "which scenes is vicky in"])
@pytest.mark.parametrize("again", ["and boris?", "what about boris?", "what about lermontov"])
def test_the_same_question_about_another_person_still_works(engine, first, again):
    in_thread, _ = after(engine, first, again)
    assert in_thread.kind == "scenes" and "The Confrontation" in (in_thread.entries or ())


@pytest.mark.parametrize("first", ["who wrote the music?", "tell me about entracte", "track 2"])
@pytest.mark.parametrize("question", ["who played vicky?", "who played julian?", "who plays lermontov"])
def test_asking_who_played_a_person_after_music_is_the_missing_cast(engine, first, question):
    in_thread, _ = after(engine, first, question)
    assert in_thread.kind == "none" and str(in_thread.reason) == "missing_fact"


@pytest.mark.parametrize("first", ["tell me about entracte", "track 2"])
def test_who_played_it_after_a_track_is_still_its_credit(engine, first):
    in_thread, _ = after(engine, first, "who played it?")
    assert (in_thread.kind, in_thread.title) == ("track", "Entr'acte")
