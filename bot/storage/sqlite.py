"""The SQLite backend (the default): one file, nothing to install or start; aiosqlite keeps it off the loop."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from .base import CALL_SECONDS, CLOSE_SECONDS, Row, Store, StoreError, StoreUnavailable, Transaction

_OPEN_ATTEMPTS = 20  # about 10 s in all


async def _run(connection: aiosqlite.Connection, sql: str, args: Sequence[Any] = ()) -> list[sqlite3.Row]:
    """One statement and all its rows in one trip to the connection's thread (the cursor is gone when it returns:
    an open one, even of a PRAGMA's answer, would make COMMIT fail)."""
    return list(await connection.execute_fetchall(sql, args))


async def _stop(connection: aiosqlite.Connection) -> None:
    """Close a connection, first stopping any statement still running in its thread (a slow query stops at once;
    only a disk that never answers can keep the thread)."""
    await connection.interrupt()  # sqlite3's interrupt, called from here: it is safe from any thread
    await connection.close()


class DamagedDatabase(sqlite3.DatabaseError):
    """PRAGMA quick_check found the file damaged."""


def _prepare(path: Path) -> None:
    """Create the file if needed, switch it to WAL, which lets readers work while one process writes (the mode is
    kept in the file itself), and check it: damage is refused here rather than met as "malformed" mid-game.
    quick_check reads every page once (about a second per GB), at start only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(path, timeout=5)
    try:
        connection.execute("PRAGMA journal_mode=WAL").close()
        problems = [row[0] for row in connection.execute("PRAGMA quick_check(3)")]
    finally:
        connection.close()
    if problems != ["ok"]:
        raise DamagedDatabase("; ".join(problems))


class _SqliteTransaction:
    def __init__(self, connection: aiosqlite.Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, *args: Any) -> None:
        await _run(self._connection, sql, args)

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        async with self._connection.executemany(sql, rows):
            pass

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        return [dict(row) for row in await _run(self._connection, sql, args)]


class SqliteStore(Store):
    """Two connections kept open for the store's life, both in WAL mode, each used by one transaction at a time:

    - the writer: BEGIN IMMEDIATE takes the file's write lock at once, so two processes on one file queue (for up
      to busy_timeout) instead of deadlocking;
    - the reader (query_only): a plain BEGIN reads a snapshot of the last commit and never takes the write lock, so
      300 leaderboards at once do not hold up a point being written, here or in another process.

    synchronous=FULL: a commit reaches the disk before it is confirmed (a point or a setting survives a power cut).
    That is one fsync per COMMIT, so writes arriving together share one (see _batch_to_join). Kept open, the
    connections leave the WAL in place; SQLite checkpoints it every 1,000 pages on its own, instead of after every
    write as when the last connection closes.
    """

    tables_with_column_sql = (
        "SELECT m.name AS name FROM sqlite_master AS m JOIN pragma_table_info(m.name) AS c"
        " WHERE m.type = 'table' AND c.name = ?"
    )
    # No schema lock: BEGIN IMMEDIATE already holds the database's write lock.

    def __init__(self, path: Path, timeout: float = CALL_SECONDS) -> None:
        self.path = path
        self.display_url = f"sqlite:///{path}"
        self.timeout = timeout
        self._connections: dict[bool, aiosqlite.Connection] = {}  # by readonly
        self._locks = {False: asyncio.Lock(), True: asyncio.Lock()}
        self._tasks: set[asyncio.Task[None]] = set()  # commits and closes under way
        self._batch: asyncio.Future[None] | None = None  # the writes waiting for the next COMMIT

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
                line = " ".join(str(error).split())
                if isinstance(error, DamagedDatabase) or "malformed" in line or "not a database" in line:
                    raise StoreError(
                        f"the SQLite database {path} is damaged ({line[:200]}): restore a backup, or move the file "
                        "aside to start with an empty one"
                    ) from error
                raise StoreError(f"cannot open the SQLite database {path}: {line}") from error
        raise AssertionError("unreachable")

    def as_store_error(self, error: BaseException) -> StoreError | None:
        if not isinstance(error, sqlite3.Error | OSError):
            return None
        line = f"the SQLite database {self.path}: {' '.join(str(error).split())}"
        # Another process holds the write lock longer than busy_timeout: trying again later can work.
        busy = isinstance(error, sqlite3.OperationalError) and "locked" in str(error)
        return StoreUnavailable(line) if busy else StoreError(line)

    async def _connection(self, readonly: bool) -> aiosqlite.Connection:
        connection = self._connections.get(readonly)
        if connection is None:
            connection = self._connections[readonly] = await aiosqlite.connect(self.path, isolation_level=None)
            connection.row_factory = sqlite3.Row  # rows by column name, read in the connection's thread
            # Another process's lock is waited for in SQLite's own thread: it must give up before the transaction's
            # timeout, or the thread would still be waiting after it.
            pragmas = ["synchronous=FULL", f"busy_timeout={int(self.timeout * 800)}"]
            try:
                for pragma in pragmas + (["query_only=ON"] if readonly else []):
                    await _run(connection, f"PRAGMA {pragma}")
            except BaseException:
                self._drop(readonly)
                raise
        return connection

    @asynccontextmanager
    async def begin(self, readonly: bool) -> AsyncIterator[Transaction]:
        batch = None
        async with self._locks[readonly]:
            connection = await self._connection(readonly)
            undone = False  # the block's own error, its work undone cleanly: the connection is fine
            try:
                if readonly:
                    await _run(connection, "BEGIN")
                else:
                    batch = await self._batch_to_join(connection)
                    await _run(connection, "SAVEPOINT change")
                try:
                    yield _SqliteTransaction(connection)
                except Exception:
                    await _run(connection, "COMMIT" if readonly else "ROLLBACK TO change")
                    if not readonly:
                        await _run(connection, "RELEASE change")
                    undone = True
                    raise
                await _run(connection, "COMMIT" if readonly else "RELEASE change")
            except BaseException:
                # Anything else leaves the connection in an unknown state: a statement that timed out may still be
                # running in its thread (a hung disk; nothing more is queued behind it, not even a ROLLBACK), a
                # failed COMMIT or RELEASE leaves the transaction open. It is closed once free (which rolls back
                # the open batch, whose writers are told) and the next transaction opens another.
                if not undone:
                    self._drop(readonly)
                raise
        if batch is not None:
            await asyncio.shield(batch)  # the commit this change shares with the ones queued beside it

    async def _batch_to_join(self, connection: aiosqlite.Connection) -> asyncio.Future[None]:
        """Group commit: changes queued together share one transaction and so one fsync, each in a savepoint of
        its own (a failing change undoes only itself) and each confirmed only once the COMMIT is on disk. The
        COMMIT is queued behind the changes waiting when the batch opens, so a lone change commits at once."""
        if self._batch is None:
            await _run(connection, "BEGIN IMMEDIATE")
            batch: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            batch.add_done_callback(lambda done: done.cancelled() or done.exception())  # told to every waiter
            self._batch = batch
            self._keep(asyncio.get_running_loop().create_task(self._commit(batch)))
        return self._batch

    async def _commit(self, batch: asyncio.Future[None]) -> None:
        async with self._locks[False]:
            connection = self._connections.get(False)
            if self._batch is not batch or connection is None:
                return  # the connection was dropped meanwhile, and the batch failed with it
            self._batch = None
            try:
                await _run(connection, "COMMIT")
            except Exception as error:  # told to the batch's writers, each of which raises it
                batch.set_exception(error)
                self._drop(False)  # closing rolls back whatever the failed COMMIT left
                return
            except asyncio.CancelledError:
                self._drop(False)
                raise
            batch.set_result(None)

    def _drop(self, readonly: bool) -> None:
        connection = self._connections.pop(readonly, None)
        if connection is not None:
            self._keep(asyncio.get_running_loop().create_task(_stop(connection)))
        if not readonly and self._batch is not None:
            if not self._batch.done():
                self._batch.set_exception(StoreError(f"the SQLite database {self.path}: the change was not saved"))
            self._batch = None

    def _keep(self, task: asyncio.Task[None]) -> None:
        """A task nobody awaits must be referenced until it ends, or it may be collected before it runs."""
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def close(self) -> None:
        """Commit what is queued, then close both connections (the last one to close checkpoints the WAL into the
        file), all within CLOSE_SECONDS."""
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=CLOSE_SECONDS / 2)
        for readonly in (True, False):
            self._drop(readonly)
        if self._tasks:
            await asyncio.wait(set(self._tasks), timeout=CLOSE_SECONDS / 2)
