"""A per-user rate limit for free-text answers: answer, warn once, then stay quiet until it passes."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Hashable
from enum import Enum

# More distinct users free-texting within one cooldown window than this is far beyond one process; past it
# the least recently active user's window is forgotten (they may get one answer early), so memory stays flat.
MAX_TRACKED = 20_000
# Expired windows removed per check: several times the one a check can add, so the map drains soon after users
# go quiet, and few enough that a check never does noticeable work on the event loop (microseconds).
SWEEP = 8


class Verdict(Enum):
    ANSWER = "answer"
    WARN = "warn"
    SILENT = "silent"


class _Window:
    """One user's recent answers (oldest first), their window length, and whether they were warned."""

    __slots__ = ("stamps", "per", "seen", "warned")

    def __init__(self, per: float, now: float) -> None:
        self.stamps: list[float] = []
        self.per = per
        self.seen = now
        self.warned = False


class FreeTextLimiter:
    """`rate` answers per `per` seconds for each key (sliding window on the monotonic clock).

    Bounded and self-cleaning: windows are kept least recently seen first, each check drops a few that have
    expired from the front, and at most `max_tracked` are kept. No check ever scans the whole map.
    """

    def __init__(self, rate: int, per: float, *, max_tracked: int = MAX_TRACKED) -> None:
        self.rate = rate
        self.per = per
        self.max_tracked = max_tracked
        self._windows: OrderedDict[Hashable, _Window] = OrderedDict()

    def __len__(self) -> int:
        return len(self._windows)

    def check(self, key: Hashable, *, rate: int | None = None, per: float | None = None) -> tuple[Verdict, float]:
        """The verdict for one more message from `key`, and seconds until they may ask again.

        `rate`/`per` override the defaults for this check (a server's own cooldown)."""
        rate = rate or self.rate
        per = per or self.per
        now = time.monotonic()
        self._sweep(now)
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = _Window(per, now)
            if len(self._windows) > self.max_tracked:
                self._windows.popitem(last=False)
        else:
            self._windows.move_to_end(key)
        window.per, window.seen = per, now
        stamps = window.stamps
        while stamps and now - stamps[0] >= per:
            stamps.pop(0)  # at most `rate` items: cheaper than a deque per user
        if len(stamps) < rate:
            stamps.append(now)
            window.warned = False
            return Verdict.ANSWER, 0.0
        retry = per - (now - stamps[0])
        if window.warned:
            return Verdict.SILENT, retry
        window.warned = True
        return Verdict.WARN, retry

    def refund(self, key: Hashable) -> None:
        """Give back the slot of the last answer to `key` (it could not be sent)."""
        window = self._windows.get(key)
        if window is not None and window.stamps:
            window.stamps.pop()

    def _sweep(self, now: float) -> None:
        for _ in range(SWEEP):
            if not self._windows:
                return
            key, oldest = next(iter(self._windows.items()))
            if now - oldest.seen < oldest.per:
                return
            del self._windows[key]
