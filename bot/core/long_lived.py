"""Keep the cyclic garbage collector off long-lived data: a film's pack and engine live for hours, yet every
full collection walks all of them again. With a thousand films that walk takes 100-200 ms, landing on whichever
question or event-loop turn triggered it. Freezing after building long-lived objects takes them out of those
walks; every `every` freezes, one explicit collection lets the collector see everything again, so garbage frozen
by accident is freed within a bounded time (benchmarks/run.py measures the pauses with and without)."""

from __future__ import annotations

import gc


class LongLived:
    """Counts builds of long-lived objects; `settled()` after each one."""

    def __init__(self, every: int) -> None:
        self.every = max(1, every)
        self.count = 0

    def settled(self) -> None:
        self.count += 1
        if self.count % self.every == 0:
            gc.unfreeze()
            gc.collect()
        gc.freeze()
