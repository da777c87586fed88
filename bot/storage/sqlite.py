"""The SQLite backend (the default): one file, nothing to install or start; aiosqlite keeps it off the loop."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from .base import CALL_SECONDS, Row, Store, StoreError, StoreUnavailable, Transaction

_OPEN_ATTEMPTS = 20  # about 10 s in all


async def _run(connection: aiosqlite.Connection, sql: str, args: Sequence[Any] = ()) -> None:
    # The cursor must be closed: an open one (even of a PRAGMA's answer) makes COMMIT fail.
    async with connection.execute(sql, args):
        pass


def _prepare(path: Path) -> None:
    """Create the file if needed and switch it to WAL, which lets readers work while one process writes (the
    mode is kept in the file itself)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=5)
    try:
        connection.execute("PRAGMA journal_mode=WAL").close()
    finally:
        connection.close()


class _SqliteTransaction:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, *args: Any) -> None:
        await _run(self._connection, sql, args)

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        async with self._connection.executemany(sql, rows):
            pass

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        async with self._connection.execute(sql, args) as cursor:
            names = [column[0] for column in cursor.description]
            return [dict(zip(names, row, strict=True)) for row in await cursor.fetchall()]


class SqliteStore(Store):
    """A connection per transaction, one transaction at a time in this process.

    The bot writes rarely and reads everything once at start, so opening the file each time (well under a
    millisecond) costs nothing, and no connection or worker thread outlives the work it did.
    """

    tables_with_column_sql = (
        "SELECT m.name AS name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c"
        " WHERE m.type = 'table' AND c.name = ?"
    )
    # No schema lock: BEGIN IMMEDIATE already holds the database's write lock.

    def __init__(self, path: Path, timeout: float = CALL_SECONDS) -> None:
        self.path = path
        self._lock = asyncio.Lock()
        self.display_url = f"sqlite:///{path}"
        self.timeout = timeout

    @classmethod
    async def open(cls, path: str, timeout: float = CALL_SECONDS) -> SqliteStore:
        store = cls(Path(path), timeout)
        for attempt in range(_OPEN_ATTEMPTS):
            try:
                # Plain sqlite3 in a worker thread: a file that cannot be opened fails here, cleanly, before any
                # aiosqlite connection (whose worker thread would outlive a failed connect) is made.
                await asyncio.to_thread(_prepare, store.path)
                return store
            except sqlite3.OperationalError as error:
                # Switching the mode needs the file to itself: another process starting at the same moment
                # can hold it, and SQLite answers "locked" at once rather than wait. Try again shortly.
                if "locked" not in str(error) or attempt == _OPEN_ATTEMPTS - 1:
                    raise StoreError(f"cannot open the SQLite database {path}: {error}") from error
                await asyncio.sleep(0.05 * (attempt + 1))
            except (OSError, sqlite3.Error) as error:
                raise StoreError(f"cannot open the SQLite database {path}: {error}") from error
        raise AssertionError("unreachable")

    def as_store_error(self, error: BaseException) -> StoreError | None:
        if not isinstance(error, sqlite3.Error | OSError):
            return None
        line = f"the SQLite database {self.path}: {' '.join(str(error).split())}"
        # Another process holds the write lock longer than busy_timeout: trying again later can work.
        busy = isinstance(error, sqlite3.OperationalError) and "locked" in str(error)
        return StoreUnavailable(line) if busy else StoreError(line)

    @asynccontextmanager
    async def begin(self, readonly: bool) -> AsyncIterator[Transaction]:
        # A lock held by another process is waited for in SQLite's own thread, so it must give up before the
        # transaction's timeout, or the thread would outlive it.
        busy_ms = int(self.timeout * 800)
        async with self._lock, aiosqlite.connect(self.path, isolation_level=None) as connection:
            # synchronous=FULL: a change confirmed to an admin survives a crash or a power cut.
            for pragma in ("synchronous=FULL", f"busy_timeout={busy_ms}"):
                await _run(connection, f"PRAGMA {pragma}")
            # IMMEDIATE takes the write lock now, so two processes on one file queue instead of deadlocking.
            await _run(connection, "BEGIN IMMEDIATE")
            try:
                yield _SqliteTransaction(connection)
            except BaseException:
                await _run(connection, "ROLLBACK")
                raise
            await _run(connection, "COMMIT")

    async def close(self) -> None:
        """Nothing stays open between transactions."""
