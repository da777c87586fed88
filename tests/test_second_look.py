"""A long message declined as off the film's topic is read again, one sentence at a time (the latest first), when
its question leans on the story around it ("I've chosen the fifth scene. Could you tell me what happens in it?").
A question with words of its own ("any stretches for tight calves?") keeps its decline, as does a message that
says it is off the topic or asks a fact the pack lacks."""

from __future__ import annotations

import pytest

from bot.core import Conversation
from bot.core.answers import Reason

LEANING_ON_THE_STORY = [
    (
        "We've started a scene-a-week habit at home where we rewatch one scene from an old film and talk about it "
        "over dinner. This time it's my pick, and I went with the fifth scene. Could you tell me what happens in it?",
        "The Premiere Night",
    ),
    (
        "Sorry, you wouldn't know what I was talking about, my fault entirely. To be clearer: I'd love to hear what "
        "happens in The Confrontation, since I think that's the one they kept describing.",
        "The Confrontation",
    ),
    (
        "My uncle read that there's a young composer she falls for later on, which has me curious. Could you tell me "
        "a little about him, without spoiling anything big?",
        "Julian Craster",
    ),
]


@pytest.mark.parametrize(("said", "title"), LEANING_ON_THE_STORY)
def test_a_question_leaning_on_the_story_is_read_from_the_sentence_that_tells_it(engine, said, title):
    assert engine.answer(said, Conversation()).title == title


OFF_TOPIC_OF_THEIR_OWN = [
    "That ending was a lot. Totally unrelated, and ignore me if you like, but do you know any good stretches for "
    "tight calves? My ballet class has been brutal since the premiere scene made me sign up.",
    "Lovely. Quick tangent: what wine goes well with a sad film night? The final decision scene always wrecks me.",
    "I loved the dream scene. Not really film related, but can you recommend a dance school for adults near Leeds?",
]


@pytest.mark.parametrize("said", OFF_TOPIC_OF_THEIR_OWN)
def test_a_question_of_its_own_off_the_topic_keeps_its_decline(engine, said):
    answer = engine.answer(said, Conversation())
    assert answer.kind == "none"


def test_a_missing_fact_asked_in_the_story_keeps_its_decline(engine):
    said = (
        "That explains why it hit my gran so hard. She also asked what year the film came out, because she thinks "
        "she saw it as a girl at the Odeon with the audition scene on the poster. Do you know?"
    )
    assert engine.answer(said, Conversation()).kind == "none"


def test_the_second_look_reads_each_sentence_alone_only_when_the_question_cannot_stand_alone(engine):
    tokeniser = engine.tokeniser
    leaning = "I went with the fifth scene this week. Could you tell me what happens in it?"
    assert [t.corrected for t in tokeniser.each_sentence(leaning)][-1].endswith("fifth scene this week")
    standing = "I went with the fifth scene this week. Do you know any good stretches for tight calves?"
    assert tokeniser.each_sentence(standing) == []
    assert tokeniser.each_sentence("what happens in it?") == []


def test_a_decline_the_second_look_cannot_mend_stays_a_decline(engine):
    said = "My cat knocked the remote off the sofa again. Could you tell me what happens in it?"
    answer = engine.answer(said, Conversation())
    assert answer.kind == "none"
    assert answer.reason in (Reason.OFF_TOPIC, Reason.NO_THREAD)


def test_a_message_asking_the_name_of_the_scene_it_told_is_that_scene(pack):
    """The story is the question's subject when the message asks what "that scene" is called: read alone, it need
    fit only as well as any question (`told_scene`), not as clearly as a second look otherwise asks."""
    from dataclasses import replace as changed

    from bot.core import Engine
    from bot.core.tuning import TUNING

    strict = Engine(pack, changed(TUNING, narrow_confident=0.99))
    story = (
        "Late in the film Vicky is totally by herself, worn out, leafing through old photographs and newspaper "
        "cuttings from when she was the toast of the town, and the whole thing is heavy with sadness."
    )
    answer = strict.answer(f"{story} I really cannot recall what that scene is called, can anyone help?")
    assert (answer.kind, answer.title) == ("scene", "The Isolation")
    assert strict.answer(f"{story} I really cannot recall, can anyone help?").kind == "none"
    assert strict.answer("My cat knocked my tea over twice tonight. What is that scene called?").kind == "none"
