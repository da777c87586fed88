"""Questions said with less than the rules first knew: a bare "what happens?" after a scene, "who made that" with
no noun after "that", the noun before "next" ("the scene next"), a list's plural dropped ("list of all scene"),
"the story of <a person>", a second opener after a greeting ("hey!! quick q ..."). Each wording stands for a
class a writer of a blind set used; the tests hold the class, with a neighbour that must not change."""

from __future__ import annotations

import pytest

from bot.core import Conversation
from bot.core.answers import Reason
from tests.scoring import answer_after


@pytest.mark.parametrize("question", ["what happens", "and what happens?", "ok so what happened", "what goes on there"])
def test_a_bare_what_happens_describes_the_scene_talked_about(engine, question):
    answer = answer_after(engine, ["what scenes is boris in", "the last of those"], question)
    assert (answer.kind, answer.title) == ("scene", "The Tragic Fall")


def test_a_bare_what_happens_after_a_person_asks_for_a_scene_not_the_person(engine):
    answer = answer_after(engine, "who is vicky page", "what happens")
    assert answer.kind == "none" and answer.reason == Reason.NO_THREAD


def test_and_then_what_happens_still_asks_for_the_next_scene(engine):
    assert answer_after(engine, "tell me about the confrontation", "omg ok and then what happens").title == (
        "The Tragic Fall"
    )


def test_who_made_that_after_a_picked_track_is_its_credit(engine):
    answer = answer_after(engine, ["what tracks r in the soundtrack", "the last one"], "who made that")
    assert (answer.kind, answer.title) == ("track", "Entr'acte")


def test_who_made_that_after_a_scene_is_still_a_missing_fact(engine):
    answer = answer_after(engine, "tell me about the audition", "who made that")
    assert answer.kind == "none" and answer.reason == Reason.MISSING_FACT


@pytest.mark.parametrize("question", ["And what happen in the scene next?", "the scene previous?"])
def test_the_noun_before_next_or_previous(engine, question):
    want = "The Tragic Fall" if "next" in question else "The Premiere Night"
    assert answer_after(engine, "What happens in the confrontation scene?", question).title == want


@pytest.mark.parametrize("question", ["Please give me list of all scene.", "list of scene"])
def test_a_list_asked_with_its_plural_dropped(engine, question):
    answer = engine.answer(question, Conversation())
    assert answer.kind == "scenes"
    assert answer_after(engine, question, "Number 3 is about what?").title == "The Dancer's Choice"


def test_the_story_of_a_person_is_theirs_and_the_story_of_the_film_the_films(engine):
    assert engine.answer("What is the story of Vicky Page?", Conversation()).title == "Vicky Page"
    assert engine.answer("vicky s story please", Conversation()).title == "Vicky Page"
    assert engine.answer("what is the story of the film", Conversation()).kind == "film"


def test_a_second_opener_after_a_greeting_sentence_is_chatter_too(engine):
    answer = engine.answer("hey!! quick q whats the red shoes about lol", Conversation())
    assert answer.kind == "film"


def test_a_noun_opening_the_asking_clause_is_not_a_greeting(engine):
    said = (
        "I can't stop thinking about The Tragic Fall. Could you describe what happens in that scene?",
        "Yes, that's what I saw. The man who hurries over to her at the end of it, who is he?",
    )
    assert answer_after(engine, said[0], said[1]).title == "Boris Lermontov"
