"""Property tests: no input makes the answerer raise, and the work per question is bounded."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core import Answer
from bot.core.answers import KINDS
from bot.core.engine import MAX_CHOICES, QUESTION_CHARS

text = st.text(st.characters(codec="utf-8"), max_size=6000)
discordish = st.lists(
    st.sampled_from(
        [
            "<@123>",
            "<@!9>",
            "<@&5>",
            "@everyone",
            "@here",
            "||",
            "**",
            "\u200b",
            "\u202e",
            "👏",
            "audition",
            "shoes",
            "who",
            "the",
            "?",
            "\n",
            "ﷺ",
        ]
    ),
    max_size=200,
).map(" ".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(st.one_of(text, discordish))
def test_answer_never_raises_and_is_well_formed(engine, question):
    answer = engine.answer(question)
    assert isinstance(answer, Answer) and answer.kind in KINDS
    assert 0.0 <= answer.score <= 1.0 and answer.text
    assert (answer.title == "") == (answer.kind == "none")
    assert len(answer.alternatives) <= 3


@SETTINGS
@given(st.one_of(text, discordish))
def test_question_work_is_bounded_by_its_first_thousand_characters(engine, question):
    words = engine.read(question).words
    assert len(words) <= QUESTION_CHARS
    assert engine.read(question + " audition" * 600).words == words or len(question) < QUESTION_CHARS


@SETTINGS
@given(text)
def test_complete_and_resolve_never_raise(engine, typed):
    for kind in ("scene", "track", "character"):
        names = engine.complete(kind, typed)
        assert len(names) <= MAX_CHOICES
        assert len(set(names)) == len(names)
        found = engine.resolve(kind, typed)
        assert len(found.suggestions) <= 3
