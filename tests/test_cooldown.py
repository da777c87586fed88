"""The free-text limiter: answer, warn once, stay quiet; bounded memory; refunds; per-check overrides."""

from __future__ import annotations

import pytest

from bot.utils import cooldown
from bot.utils.cooldown import FreeTextLimiter, Verdict


@pytest.fixture
def clock(monkeypatch):
    """The limiter reads time.monotonic(); this one moves only when told."""
    now = [1000.0]
    monkeypatch.setattr(cooldown.time, "monotonic", lambda: now[0])
    return now


def verdicts(limiter: FreeTextLimiter, key: object, times: int, **override: float) -> list[Verdict]:
    return [limiter.check(key, **override)[0] for _ in range(times)]  # type: ignore[arg-type]


def test_answer_then_warn_once_then_silent_until_the_window_passes(clock):
    limiter = FreeTextLimiter(2, 30.0)
    assert verdicts(limiter, 1, 4) == [Verdict.ANSWER, Verdict.ANSWER, Verdict.WARN, Verdict.SILENT]
    clock[0] += 10
    assert limiter.check(1) == (Verdict.SILENT, pytest.approx(20.0))
    clock[0] += 20
    assert limiter.check(1)[0] is Verdict.ANSWER


def test_memory_is_bounded_however_many_users_write(clock):
    limiter = FreeTextLimiter(3, 30.0, max_tracked=1000)
    for user in range(50_000):
        limiter.check(user)
    assert len(limiter) == 1000
    assert limiter.check(49_999)[0] is Verdict.ANSWER  # the most recent users are still tracked
    assert verdicts(limiter, 49_999, 2) == [Verdict.ANSWER, Verdict.WARN]


def test_windows_that_expired_are_dropped_as_others_keep_writing(clock):
    limiter = FreeTextLimiter(3, 30.0)
    for user in range(1000):
        limiter.check(user)
    clock[0] += 31
    for _ in range(600):  # one active user: each of their checks drops a couple of quiet users' windows
        limiter.check("active")
    assert len(limiter) == 1


def test_a_refund_gives_the_slot_back(clock):
    limiter = FreeTextLimiter(2, 30.0)
    limiter.check(1)
    limiter.check(1)
    limiter.refund(1)
    assert verdicts(limiter, 1, 2) == [Verdict.ANSWER, Verdict.WARN]
    limiter.refund("never seen")  # nothing to give back: no error, nothing tracked
    assert len(limiter) == 1


def test_rate_and_window_can_be_given_per_check(clock):
    limiter = FreeTextLimiter(3, 30.0)
    assert verdicts(limiter, ("guild", 1), 2, rate=1, per=60.0) == [Verdict.ANSWER, Verdict.WARN]
    clock[0] += 45
    assert limiter.check(("guild", 1), rate=1, per=60.0)[0] is Verdict.SILENT
    clock[0] += 15
    assert limiter.check(("guild", 1), rate=1, per=60.0)[0] is Verdict.ANSWER
