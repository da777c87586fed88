"""A turn that opens by going back to an earlier subject is read as that subject, then the question asked of it."""

from __future__ import annotations

import pytest

from bot.core import Conversation
from bot.core.going_back import asked_of, going_back
from tests.scoring import answer_after


@pytest.mark.parametrize(
    ("message", "what", "kinds", "rest"),
    [
        ("ok back to that scene, what does she pick", "that scene", ("scene",), "what does she pick"),
        ("Back to that track - who plays it?", "that track", ("track",), "who plays it?"),
        ("going back to the scene we were on: who is in it", "the scene we were on", ("scene",), "who is in it"),
        ("back to #6 whats the scene after", "#6", None, "whats the scene after"),
        ("so back to scene 3 who is in it", "scene 3", None, "who is in it"),
        ("anyway back to the dream, how does it end?", "the dream", None, "how does it end?"),
    ],
)
def test_the_subject_gone_back_to_and_the_question(message, what, kinds, rest):
    found = going_back(message)
    assert found is not None
    assert (found.what, found.kinds, found.rest) == (what, kinds, rest)


@pytest.mark.parametrize(
    "message",
    [
        "back to it, what comes next",  # "it": read whole already
        "back to that scene. ok",  # nothing asked of it
        "what happens back to back in the audition?",  # no going back
        "tell me about the audition",
    ],
)
def test_no_going_back(message):
    assert going_back(message) is None


def test_its_it_is_the_subject_gone_back_to():
    assert asked_of("how does it finish?", "scene") == "how does that scene finish?"
    assert asked_of("who wrote it", "track") == "who wrote that track"
    assert asked_of("what does she want from it", "character") == "what does she want from it"


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        # the latest of the kind named, past the person asked about since
        (["what comes after the audition", "who is boris"], "ok back to that scene, what does she choose", None),
        (["the red shoes ballet track", "who did the score"], "back to that track, when is it playing?", None),
        # a place in the last list
        (["list the scenes", "6", "who is boris"], "ok back to #6 whats the scene after", "The Tragic Fall"),
        # a subject its words name, asked "how does it end" of it, not of the film
        (["tell me about the dream sequence", "who is vicky"], "ok back to the dream, how does it finish?", None),
        # a scene gone back to, its "she" only in it
        (["the audition", "who is julian"], "back to the first scene, how is she feeling afterwards?", None),
        # ... but "who" asks for someone in it
        (["the tragic fall", "who is julian"], "back to that scene, who rushes to her?", "Boris Lermontov"),
    ],
)
def test_the_question_is_asked_of_the_subject_gone_back_to(engine, before, question, title):
    subject = engine.answer(before[0], Conversation()).title if title is None else title
    assert answer_after(engine, before, question).title == subject


def test_a_question_that_finds_nothing_leaves_the_state_as_it_was(engine):
    thread = Conversation()
    engine.answer("tell me about the confrontation", thread)
    engine.answer("who is julian", thread)
    engine.answer("back to that track, what year was it recorded in?", thread)  # no track talked about
    assert thread.latest().title == "Julian Craster"
    assert engine.answer("what happens in the next scene?", thread).title == "The Tragic Fall"


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        # an end said of the scene gone back to is that scene's, not the film's
        (["tell me about the dream sequence"], "back to the audition, what happens at the end", "The Audition"),
        # a person named in the question is that person, whatever scene was gone back to
        (["the first rehearsal", "who is boris"], "back to that scene, what about julian", "Julian Craster"),
        # an order asked of it is another scene
        (["the audition", "who is boris"], "back to the audition, what comes after", "The First Rehearsal"),
    ],
)
def test_what_the_question_asks_of_the_scene_gone_back_to(engine, before, question, title):
    assert answer_after(engine, before, question).title == title


def test_someone_else_asked_of_a_person_gone_back_to_is_not_them(engine):
    answer = answer_after(engine, ["who is vicky", "the audition"], "back to vicky, who does she fall for?")
    assert answer.title == "Julian Craster"


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        # a place in the order asked of a scene gone back to is that place
        (["the confrontation"], "back to the confrontation, what is the first scene", "The Audition"),
        (["the audition"], "back to the audition, what's scene 5", "The Premiere Night"),
        # a relation of hers asked there is the person so related
        (["the premiere night"], "back to the premiere, tell me about her mentor", "Boris Lermontov"),
        # "the other track" is no latest track: read whole, as before
        (["the red shoes ballet", "entracte"], "back to the other track, who made it", "The Red Shoes Ballet"),
    ],
)
def test_review_of_going_back(engine, before, question, title):
    assert answer_after(engine, before, question).title == title


@pytest.mark.parametrize(
    "question",
    ["back to the premiere, what's the last thing vicky does", "back to the premiere, whats the ending like"],
)
def test_a_place_word_about_the_scene_gone_back_to_is_that_scenes_own(engine, question):
    before = ["tell me about the premiere", "then the confrontation"]
    assert answer_after(engine, before, question).title == "The Premiere Night"


@pytest.mark.parametrize(
    ("question", "what", "rest"),
    [
        ("back to track: performer?", "track", "performer?"),  # one word asked, no article
        ("ok back to the scene, next?", "the scene", "next?"),
    ],
)
def test_going_back_with_one_word_asked(question, what, rest):
    found = going_back(question)
    assert found is not None
    assert (found.what, found.rest) == (what, rest)


@pytest.mark.parametrize("question", ["back to that scene. ok", "back to vicky, scenes?", "back to it, thanks?"])
def test_one_word_that_asks_nothing_of_it_is_no_going_back(question):
    assert going_back(question) is None


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        (["the confrontation", "boris?"], "back to fight, next", "The Tragic Fall"),  # described in a word
        (["the premiere night", "who is julian"], "back to the audition, next", "The First Rehearsal"),
        (["scene 5", "who is vicky"], "back to 5, before", "The Dream Sequence"),
    ],
)
def test_a_terse_return_then_an_order_counts_from_the_scene_gone_back_to(engine, before, question, title):
    assert answer_after(engine, before, question).title == title


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        (["the confrontation", "boris?"], "back to fight. next", "The Tragic Fall"),
        (["the first rehearsal", "who is vicky"], "back to rehearsal. after?", "The Dancer's Choice"),
    ],
)
def test_a_terse_return_then_an_order_after_a_full_stop_is_one_question(engine, before, question, title):
    assert answer_after(engine, before, question).title == title


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        # a label told in the pack's words picks its scene, whatever was talked about last
        (["the audition"], "back to that solitary scene, what comes before it?", "The Tragic Fall"),
        (["the premiere night"], "back to that lonely scene, what comes after it?", "The Final Decision"),
        (["who is julian"], "ok that ballet dream scene, what's after it?", "The Premiere Night"),
        # ... but where the one talked about fits the label as well as any, it is that one
        (["the premiere night"], "back to that performance scene, what's the next one?", "The Confrontation"),
        # ... and a label said as someone's, in no words of the pack's, is the one in play
        (["the audition"], "back to my aunt's scene, what comes after it?", "The First Rehearsal"),
        (["the audition"], "back to the wedding scene, what comes after it?", None),  # no scene told so: not it
    ],
)
def test_a_scene_labelled_in_passing_is_the_anchor_of_the_order_asked(engine, before, question, title):
    answer = answer_after(engine, before, question)
    assert answer.title == title if title else answer.title != "The First Rehearsal"


@pytest.mark.parametrize(
    "question",
    ["back to number three again, what comes after it?", "back to 3 once more, what's before it?"],
)
def test_a_place_gone_back_to_again_is_an_order_from_it(engine, question):
    want = "The Dream Sequence" if "after" in question else "The First Rehearsal"
    assert answer_after(engine, ["list the scenes", "who is boris"], question).title == want


@pytest.mark.parametrize(
    "question",
    [
        "ok, going back to the film as a whole, what kind of film is it, genre-wise?",
        "back to the movie itself: what genre is it?",
    ],
)
def test_going_back_to_the_film_as_a_whole_asks_of_the_film(engine, question):
    assert answer_after(engine, ["who is julian", "the audition"], question).kind == "film"


def test_a_name_said_first_is_who_he_is_though_a_scene_is_pointed_at(engine):
    question = "And Julian, the one she's with in that scene, who is he exactly?"
    assert answer_after(engine, "the dancer's choice", question).title == "Julian Craster"
