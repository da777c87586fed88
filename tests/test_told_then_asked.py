"""Splitting a message that tells of a scene and then asks of "it" (bot/core/told_then_asked.py)."""

from __future__ import annotations

import pytest

from bot.core.sentences import split
from bot.core.told_then_asked import told_then_asked


def test_the_told_sentence_is_the_one_just_before_the_question():
    found = told_then_asked(
        split("I watched it twice. There's the scene where the boat sinks. What comes after that one? Thanks!")
    )
    assert found is not None
    assert found.told == "There's the scene where the boat sinks."
    assert found.asked == "What comes after that one? Thanks!"


@pytest.mark.parametrize(
    "message",
    [
        "What comes after that one?",  # nothing told before it
        "There's the scene where the boat sinks. What comes after the storm?",  # no pointing back
        "Vicky is amazing in it. What is he doing there?",  # "he": a person the story leaves open
        "I loved all of them. What happens in those?",  # several
        "I mean the one where the boat sinks. What comes after it?",  # says what was meant: a correction
    ],
)
def test_no_split_when_the_question_points_at_no_thing_the_sentence_before_told(message):
    assert told_then_asked(split(message)) is None
