"""Live reload of the film library: read the changed files off the event loop, then switch in one step.

Only files whose modification time or size changed are read again. A broken edit keeps that film's previous
version; a deleted file removes its film (never the last one); a new file adds one. The files not read at
start (a large library loads its default film first) are read here too, in the background, a few at a time.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .core import Engine
from .core.library import FileRead, FilmChange, Library, read_pack_file

log = logging.getLogger(__name__)

BATCH = 8  # files read per trip to the worker thread while the rest of the library loads in the background
TURN_SECONDS = 0.001  # while a worker parses packs, the event loop gets the GIL back within this (Python: 5 ms)


@contextlib.contextmanager
def quick_turns() -> Iterator[None]:
    """A worker thread parsing YAML holds the GIL up to the switch interval at a time, twice per loop turn; a
    shorter interval while it works keeps the event loop's stalls under 20 ms (benchmarks/run.py measures)."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(TURN_SECONDS)
    try:
        yield
    finally:
        sys.setswitchinterval(before)


@dataclass(frozen=True, slots=True)
class Reload:
    """What one reload did, file by file; `engine` is the default film's engine after it."""

    milliseconds: float
    changes: tuple[FilmChange, ...]
    engine: Engine
    films: int

    @property
    def ok(self) -> bool:
        return all(change.ok for change in self.changes)

    @property
    def problems(self) -> tuple[str, ...]:
        return tuple(str(problem) for change in self.changes for problem in change.problems)

    def summary(self) -> str:
        """For the owner: what changed, or why a file was refused (its previous version still answering)."""
        lines = [change.summary() for change in self.changes]
        timing = f"in {self.milliseconds:.0f} ms."
        if not lines:
            return f"Nothing changed: {self.films} film{'s' if self.films != 1 else ''}, checked {timing}"
        if len(lines) == 1:
            return f"{lines[0]}, {timing}" if self.ok else lines[0]
        return "\n".join(lines) + f"\n{self.films} films now, {timing}"


class LibraryReloader:
    """Reloads one library, one reload at a time (a later reload never loses to an earlier one)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._lock = asyncio.Lock()

    async def reload(self) -> Reload:
        async with self._lock:
            started = time.perf_counter()
            library = self.library
            built = frozenset(library.built_keys())
            # Read (and index the films in use) off the event loop: questions keep coming meanwhile.
            with quick_turns():
                changes = await asyncio.to_thread(library.read_changes, built)
            done = library.apply(changes)  # the one switch, on the loop: a request sees the old or the new
            result = Reload(_since(started), tuple(done), library.engine(), len(library))
            if result.ok:
                log.info("%s", result.summary())
            else:
                log.error("pack reload: some files refused:\n%s", result.summary())
            return result

    async def load_rest(self) -> int:
        """Read the files left pending at start, a few per trip to a worker thread; returns how many loaded."""
        async with self._lock:
            library = self.library
            before = len(library)
            with quick_turns():
                while library.pending:
                    batch, library.pending = library.pending[:BATCH], library.pending[BATCH:]
                    library.add_reads(await asyncio.to_thread(_read_all, batch), names=False)
                library.use_names(await asyncio.to_thread(library.build_names))  # every film routable at once
            library.check_default()
            if len(library) > before:
                log.info("library: %d films loaded, %d files left out", len(library), len(library.problems))
            return len(library) - before


def _read_all(paths: list[Path]) -> list[FileRead]:
    return [read_pack_file(path) for path in paths]


def _since(started: float) -> float:
    return (time.perf_counter() - started) * 1000
