"""The PostgreSQL backend, for deployments whose shards run in several processes or on several machines."""

from __future__ import annotations

import asyncio
import re
import zlib
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Any
from urllib.parse import parse_qsl

import asyncpg  # type: ignore[import-untyped]

from ..core.redaction import display_url
from .base import CALL_SECONDS, CLOSE_SECONDS, Row, Store, StoreError, StoreTimeout, StoreUnavailable, Transaction

# Any fixed number shared by every process of the bot: migrations hold this advisory lock.
_MIGRATION_LOCK = zlib.crc32(b"red-shoes-bot schema")


@lru_cache(maxsize=256)
def numbered(sql: str) -> str:
    """`?` placeholders (the portable style our SQL is written in) as PostgreSQL's `$1, $2...`."""
    counter = iter(range(1, sql.count("?") + 1))
    return re.sub(r"\?", lambda _: f"${next(counter)}", sql)


class _PostgresTransaction:
    def __init__(self, connection: asyncpg.Connection) -> None:
        self._connection = connection

    async def execute(self, sql: str, *args: Any) -> None:
        await self._connection.execute(numbered(sql), *args)

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = list(rows)
        if rows:  # asyncpg prepares the statement even for no rows
            await self._connection.executemany(numbered(sql), rows)

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        return [dict(record) for record in await self._connection.fetch(numbered(sql), *args)]


# Errors after which trying again later can work: the server is down, starting, full, or the network is.
_TRANSIENT = (
    OSError,
    asyncpg.PostgresConnectionError,
    asyncpg.CannotConnectNowError,
    asyncpg.TooManyConnectionsError,
    asyncpg.AdminShutdownError,
    asyncpg.ConnectionDoesNotExistError,
)


def store_error(error: BaseException, shown: str, url: str = "") -> StoreError | None:
    """asyncpg's (or the socket's) error as one line: StoreUnavailable when a retry can work (refused, DNS, a
    server restarting), StoreError when it cannot (bad password 28P01, missing database 3D000, a bad URL). With
    the `url`, any part of it the message quotes is masked."""
    line = _without(url, " ".join(str(error).split())) or type(error).__name__
    if isinstance(error, _TRANSIENT) or (
        isinstance(error, asyncpg.InterfaceError) and not isinstance(error, asyncpg.ClientConfigurationError)
    ):
        return StoreUnavailable(f"cannot reach {shown}: {line}")
    if isinstance(error, asyncpg.PostgresError | ValueError | ArithmeticError | TypeError):
        code = getattr(error, "sqlstate", None)
        return StoreError(f"{shown} refused the bot: {line}" + (f" (SQLSTATE {code})" if code else ""))
    return None


class PostgresStore(Store):
    """Two small connection pools, so reads never hold up a write: 300 leaderboards at once queue for the readers'
    three connections while a point takes one of the writers' two. Each transaction takes one connection, and drops
    it if the server stops answering."""

    tables_with_column_sql = (
        "SELECT table_name AS name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND column_name = ?"
    )
    schema_lock_sql = f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})"

    def __init__(self, pools: dict[bool, asyncpg.Pool], display_url: str, timeout: float) -> None:
        self._pools = pools  # by readonly
        self.display_url = display_url
        self.timeout = timeout

    @classmethod
    async def open(cls, url: str, timeout: float = CALL_SECONDS) -> PostgresStore:
        shown = display_url(url)
        try:
            async with asyncio.timeout(timeout):
                pools: dict[bool, asyncpg.Pool] = {}
                try:
                    for readonly, size in ((False, 2), (True, 3)):
                        pools[readonly] = await asyncpg.create_pool(
                            url, min_size=1, max_size=size, timeout=timeout, command_timeout=timeout
                        )
                except BaseException:
                    for pool in pools.values():
                        pool.terminate()
                    raise
        except TimeoutError as error:
            raise StoreTimeout(f"cannot connect to {shown}: the server did not answer within {timeout:g} s") from error
        except Exception as error:
            wrapped = store_error(error, shown, url)
            if wrapped is None:
                raise
            if isinstance(wrapped, StoreUnavailable):
                line = _without(url, " ".join(str(error).split()))
                raise StoreUnavailable(f"cannot connect to {shown}: {line}") from error
            raise wrapped from error
        return cls(pools, shown, timeout)

    def as_store_error(self, error: BaseException) -> StoreError | None:
        return store_error(error, self.display_url)

    @asynccontextmanager
    async def begin(self, readonly: bool) -> AsyncIterator[Transaction]:
        pool = self._pools[readonly]
        connection = await pool.acquire()
        try:
            transaction = connection.transaction(readonly=readonly)
            await transaction.start()
            try:
                yield _PostgresTransaction(connection)
            except asyncio.CancelledError:
                raise
            except BaseException:
                await transaction.rollback()
                raise
            await transaction.commit()
        except asyncio.CancelledError:
            # Timed out or shutting down: the server may never answer a ROLLBACK, so the connection goes instead
            # (the server rolls back what it held when it notices).
            connection.terminate()
            raise
        finally:
            await pool.release(connection, timeout=CLOSE_SECONDS)

    async def close(self) -> None:
        """A clean close when the server answers; otherwise, after CLOSE_SECONDS, the sockets are just dropped."""
        closing = [asyncio.ensure_future(pool.close()) for pool in self._pools.values()]
        for task in closing:  # whatever a close ends with is read here, never logged as "never retrieved"
            task.add_done_callback(lambda done: done.cancelled() or done.exception())
        try:
            await asyncio.wait(closing, timeout=CLOSE_SECONDS)
        finally:  # also when the caller gives up first (cancelled): nothing is left waiting on the server
            if not all(task.done() and not task.cancelled() and task.exception() is None for task in closing):
                for pool in self._pools.values():
                    pool.terminate()
                for task in closing:
                    task.cancel()


def _without(url: str, message: str) -> str:
    """A driver's error message with any part of the URL beyond its address taken out (a DSN parser may quote it)."""
    address, _, query = url.partition("://")[2].partition("?")
    # Every part of the address, and the value (not the name: `sslmode` says what is wrong) of every option.
    secrets = [url, query, *re.split(r"[/:@]+", address), *(value for _, value in parse_qsl(query))]
    shown = display_url(url)
    for secret in sorted(secrets, key=len, reverse=True):
        if len(secret) >= 3 and secret not in shown:
            message = message.replace(secret, "***")
    return message
