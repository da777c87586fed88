"""A per-user rate limit for free-text answers: answer, warn once, then stay quiet until it passes."""

from __future__ import annotations

import time
from collections import deque
from enum import Enum


class Verdict(Enum):
    ANSWER = "answer"
    WARN = "warn"
    SILENT = "silent"


class FreeTextLimiter:
    """`rate` answers per `per` seconds for each user (sliding window on the monotonic clock)."""

    def __init__(self, rate: int, per: float) -> None:
        self.rate = rate
        self.per = per
        self._recent: dict[int, deque[float]] = {}
        self._warned: dict[int, float] = {}

    def check(self, user_id: int) -> tuple[Verdict, float]:
        """The verdict for one more message from this user, and seconds until they may ask again."""
        now = time.monotonic()
        recent = self._recent.setdefault(user_id, deque())
        while recent and now - recent[0] >= self.per:
            recent.popleft()
        if len(recent) < self.rate:
            recent.append(now)
            self._warned.pop(user_id, None)
            return Verdict.ANSWER, 0.0
        retry = self.per - (now - recent[0])
        if user_id in self._warned:
            return Verdict.SILENT, retry
        self._warned[user_id] = now
        if len(self._recent) > 10_000:
            self._forget(now)
        return Verdict.WARN, retry

    def _forget(self, now: float) -> None:
        for user_id in [u for u, r in self._recent.items() if not r or now - r[-1] >= self.per]:
            self._recent.pop(user_id, None)
            self._warned.pop(user_id, None)
