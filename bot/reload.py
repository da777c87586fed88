"""Live reload of the film pack: check the new one fully, then switch every answer to it at once."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from .core import Engine, PackError, load_pack

log = logging.getLogger(__name__)


class AnswersFromEngine(Protocol):
    """Whatever answers from an engine (the bot): every request reads `engine` once and keeps what it read."""

    engine: Engine


@dataclass(frozen=True, slots=True)
class Reload:
    """What one reload did: the new engine, or the problems that kept the old one."""

    path: Path
    milliseconds: float
    engine: Engine | None = None
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.engine is not None

    def summary(self) -> str:
        """One line for the owner: what is loaded now, or why nothing changed (the problems follow)."""
        if self.engine is not None:
            pack = self.engine.pack
            return (
                f"Reloaded {self.path.name}: {len(pack.scenes)} scenes, {len(pack.soundtrack.tracks)} tracks, "
                f"{len(pack.characters)} characters, in {self.milliseconds:.0f} ms."
            )
        count = len(self.problems)
        return (
            f"{self.path.name} has {count} problem{'s' if count != 1 else ''}; "
            "still answering from the pack loaded before:\n" + "\n".join(self.problems)
        )


class PackReloader:
    """Reloads one pack file into one holder, one reload at a time (a later reload never loses to an earlier)."""

    def __init__(self, holder: AnswersFromEngine, path: Path) -> None:
        self.holder = holder
        self.path = path
        self._lock = asyncio.Lock()

    async def reload(self) -> Reload:
        async with self._lock:
            started = time.perf_counter()
            try:
                # Built off the event loop: a large pack takes a second to index, and questions keep coming.
                engine = await asyncio.to_thread(_build, self.path)
            except PackError as error:
                result = Reload(self.path, _since(started), problems=tuple(str(p) for p in error.problems))
                log.error("pack reload refused, the previous pack stays:\n%s", "\n".join(result.problems))
                return result
            self.holder.engine = engine  # the one switch: a request sees the old engine or the new, never both
            result = Reload(self.path, _since(started), engine=engine)
            log.info("%s", result.summary())
            return result


def _build(path: Path) -> Engine:
    return Engine(load_pack(path))


def _since(started: float) -> float:
    return (time.perf_counter() - started) * 1000
