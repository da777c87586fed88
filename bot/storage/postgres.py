"""The PostgreSQL backend, for deployments whose shards run in several processes or on several machines."""

from __future__ import annotations

import re
import zlib
from collections.abc import AsyncIterator, Iterable, Sequence
from contextlib import asynccontextmanager
from functools import lru_cache
from typing import Any

import asyncpg  # type: ignore[import-untyped]

from ..core.redaction import display_url
from .base import Row, Store, StoreUnavailable, Transaction

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


class PostgresStore(Store):
    """A small connection pool; each transaction takes one connection."""

    tables_with_column_sql = (
        "SELECT table_name AS name FROM information_schema.columns"
        " WHERE table_schema = current_schema() AND column_name = ?"
    )
    schema_lock_sql = f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})"

    def __init__(self, pool: asyncpg.Pool, display_url: str) -> None:
        self._pool = pool
        self.display_url = display_url

    @classmethod
    async def open(cls, url: str) -> PostgresStore:
        shown = display_url(url)
        try:
            pool = await asyncpg.create_pool(url, min_size=1, max_size=4, command_timeout=30)
        except (OSError, asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as error:
            raise StoreUnavailable(f"cannot connect to {shown}: {_without(url, str(error))}") from error
        return cls(pool, shown)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Transaction]:
        async with self._pool.acquire() as connection, connection.transaction():
            yield _PostgresTransaction(connection)

    async def close(self) -> None:
        await self._pool.close()


def _without(url: str, message: str) -> str:
    """A driver's error message with any part of the URL beyond its address taken out (a DSN parser may quote it)."""
    secrets = [url, *re.split(r"[/:@?&=]+", url.partition("://")[2])]
    shown = display_url(url)
    for secret in sorted(secrets, key=len, reverse=True):
        if len(secret) >= 3 and secret not in shown:
            message = message.replace(secret, "***")
    return message
