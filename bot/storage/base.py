"""The storage interface: a Store whose SQL is written once, over a SQLite or a PostgreSQL connection."""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Iterable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import UTC, datetime
from typing import Any

from .guild_settings import GuildOverrides
from .migrations import LATEST_VERSION, MIGRATIONS, Migration, check_order
from .quiz_scores import QuizScores
from .transactions import Row, Transaction

_VERSION_TABLE = """CREATE TABLE IF NOT EXISTS schema_version (
    version INTEGER PRIMARY KEY,
    applied_at TEXT NOT NULL
)"""
_SETTINGS_TABLES = ("guild_settings", "answer_channels")

#: the most one transaction may take, from waiting for a connection to its commit: well under a quiz round
CALL_SECONDS = 5.0
#: the most closing the store may take, whatever the server does (shutdown has 5 s in all, the store 1 s of it)
CLOSE_SECONDS = 0.8


class StoreError(RuntimeError):
    """The database cannot be used as asked; the message says what to do."""


class StoreUnavailable(StoreError):
    """The database server could not be reached: it may be starting or the network down, so trying later can work."""


class StoreTimeout(StoreUnavailable):
    """The database did not answer in time. The outcome is unknown: a write may or may not have been committed, so
    read the data again before telling anyone what it holds."""


class Store(QuizScores, ABC):
    """Every table and query of the bot (the quiz's in quiz_scores.py). A backend supplies transactions and two
    dialect details (below)."""

    #: the URL with any password hidden, for logs
    display_url: str = ""
    #: seconds one transaction may take before StoreTimeout
    timeout: float = CALL_SECONDS

    # ------------------------------------------------------------------ what a backend provides

    @abstractmethod
    def begin(self, readonly: bool) -> AbstractAsyncContextManager[Transaction]:
        """A transaction: commits when the block ends, rolls back if it raises. Its waits need no bound of their own
        (transaction() gives one) but giving up must be quick: a cancelled transaction drops its connection."""

    @abstractmethod
    def as_store_error(self, error: BaseException) -> StoreError | None:
        """The driver's error as a StoreError (StoreUnavailable if a retry can work); None if not the driver's."""

    @abstractmethod
    async def close(self) -> None:
        """Release every connection within CLOSE_SECONDS, whatever the server does."""

    #: the dialect: a query naming (as `name`) the tables that have the column given as its one parameter
    tables_with_column_sql: str
    #: a statement serialising migrations between processes until its transaction ends, if the backend needs one
    schema_lock_sql: str | None = None

    @asynccontextmanager
    async def transaction(self, *, readonly: bool = False) -> AsyncIterator[Transaction]:
        """Commits when the block ends, rolls back if it raises; at most `timeout` seconds in all (StoreTimeout), and
        the driver's errors come out as StoreError. `readonly` transactions never wait for a writer."""
        try:
            async with asyncio.timeout(self.timeout), self.begin(readonly) as tx:
                yield tx
        except TimeoutError as error:
            raise StoreTimeout(
                f"the database {self.display_url} did not answer within {self.timeout:g} s (the change, if any, "
                "may or may not have been saved)"
            ) from error
        except StoreError:
            raise
        except Exception as error:
            wrapped = self.as_store_error(error)
            if wrapped is None:
                raise
            raise wrapped from error

    async def fetch(self, sql: str, *args: Any) -> list[Row]:
        async with self.transaction(readonly=True) as tx:
            return await tx.fetch(sql, *args)

    # ------------------------------------------------------------------ schema

    async def migrate(self, migrations: tuple[Migration, ...] = MIGRATIONS) -> int:
        """Create or upgrade the schema, one transaction per migration; returns the version reached."""
        check_order(migrations)
        newest = migrations[-1].version if migrations else 0
        async with self.transaction() as tx:
            await self._lock_schema(tx)
            await tx.execute(_VERSION_TABLE)
            current = await self._version(tx)
        if current > newest:
            raise StoreError(
                f"the database {self.display_url} has schema version {current}, newer than this "
                f"code knows ({newest}): run the newer bot, or restore a backup"
            )
        for migration in migrations:
            if migration.version <= current:
                continue
            async with self.transaction() as tx:
                await self._lock_schema(tx)
                current = await self._version(tx)
                if migration.version <= current:  # another process got there first
                    continue
                try:
                    for statement in migration.statements:
                        await tx.execute(statement)
                except Exception as error:
                    raise StoreError(
                        f"migration to schema version {migration.version} failed and was rolled "
                        f"back, the database is unchanged: {error}"
                    ) from error
                await tx.execute(
                    "INSERT INTO schema_version (version, applied_at) VALUES (?, ?)",
                    migration.version,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                )
                current = migration.version
        return current

    async def schema_version(self) -> int:
        async with self.transaction(readonly=True) as tx:
            return await self._version(tx)

    async def _lock_schema(self, tx: Transaction) -> None:
        if self.schema_lock_sql:
            await tx.execute(self.schema_lock_sql)

    async def _tables_with_column(self, tx: Transaction, column: str) -> list[str]:
        return [row["name"] for row in await tx.fetch(self.tables_with_column_sql, column)]

    @staticmethod
    async def _version(tx: Transaction) -> int:
        rows = await tx.fetch("SELECT MAX(version) AS version FROM schema_version")
        return int(rows[0]["version"] or 0)

    async def guild_tables(self) -> list[str]:
        """Every table that holds servers' rows (it has a guild_id column), found in the schema itself."""
        async with self.transaction(readonly=True) as tx:
            return sorted(await self._tables_with_column(tx, "guild_id"))

    # ------------------------------------------------------------------ per-server settings

    async def all_guild_overrides(self) -> dict[int, GuildOverrides]:
        """Every server's changes, in two queries (this runs once at start for all servers)."""
        async with self.transaction(readonly=True) as tx:
            settings = await tx.fetch("SELECT * FROM guild_settings")
            channels = await tx.fetch("SELECT guild_id, channel_id FROM answer_channels")
        return _overrides(settings, channels)

    async def guild_overrides(self, guild_id: int) -> GuildOverrides:
        async with self.transaction(readonly=True) as tx:
            settings = await tx.fetch("SELECT * FROM guild_settings WHERE guild_id = ?", guild_id)
            channels = await tx.fetch("SELECT guild_id, channel_id FROM answer_channels WHERE guild_id = ?", guild_id)
        return _overrides(settings, channels).get(guild_id, GuildOverrides())

    async def change_guild_settings(
        self,
        guild_id: int,
        values: dict[str, Any],
        *,
        add_channels: Iterable[int] = (),
        remove_channels: Iterable[int] = (),
        default_channels: frozenset[int] = frozenset(),
    ) -> GuildOverrides:
        """Change only what is given, in one transaction: each value (a GuildOverrides field; None = the default)
        by an upsert of its column, answer channels row by row. The server's first channel change starts its own
        list from `default_channels`. Returns the server's settings as committed, for the cache.

        Nothing is read first and written back, so two admins (or two processes) changing the same server at once
        both keep their change: different columns do not touch, two added channels are two rows."""
        async with self.transaction() as tx:
            for column, value in values.items():
                if column not in _SETTING_COLUMNS:  # the name goes into the SQL: only the table's own
                    raise ValueError(f"not a setting: {column!r}")
                await tx.execute(
                    f"INSERT INTO guild_settings (guild_id, {column}) VALUES (?, ?) "
                    f"ON CONFLICT (guild_id) DO UPDATE SET {column} = excluded.{column}",
                    guild_id,
                    _stored(value),
                )
            added, removed = sorted(set(add_channels)), sorted(set(remove_channels))
            if added or removed:
                await tx.execute(
                    "INSERT INTO guild_settings (guild_id) VALUES (?) ON CONFLICT (guild_id) DO NOTHING", guild_id
                )
                # The row lock this takes makes a concurrent first change wait, then find the flag already set.
                first = await tx.fetch(
                    "UPDATE guild_settings SET custom_channels = 1 WHERE guild_id = ? AND custom_channels = 0 "
                    "RETURNING guild_id",
                    guild_id,
                )
                insert = "INSERT INTO answer_channels (guild_id, channel_id) VALUES (?, ?) ON CONFLICT DO NOTHING"
                if first:
                    await tx.executemany(insert, [(guild_id, channel) for channel in sorted(default_channels)])
                await tx.executemany(insert, [(guild_id, channel) for channel in added])
                await tx.executemany(
                    "DELETE FROM answer_channels WHERE guild_id = ? AND channel_id = ?",
                    [(guild_id, channel) for channel in removed],
                )
            settings = await tx.fetch("SELECT * FROM guild_settings WHERE guild_id = ?", guild_id)
            channels = await tx.fetch("SELECT guild_id, channel_id FROM answer_channels WHERE guild_id = ?", guild_id)
        return _overrides(settings, channels).get(guild_id, GuildOverrides())

    async def save_guild_overrides(self, guild_id: int, overrides: GuildOverrides) -> None:
        """Replace a server's settings with these, all or nothing (a restore; the bot itself changes settings one
        at a time with change_guild_settings)."""
        async with self.transaction() as tx:
            await self._delete_settings(tx, guild_id)
            if overrides.is_empty():
                return
            await tx.execute(
                "INSERT INTO guild_settings (guild_id, hide_spoilers, free_text, cooldown_rate, cooldown_seconds,"
                " custom_channels) VALUES (?, ?, ?, ?, ?, ?)",
                guild_id,
                *(_stored(getattr(overrides, name)) for name in _SETTING_COLUMNS if name != "film"),
                int(overrides.answer_channel_ids is not None),
            )
            if overrides.film is not None:  # its own statement: a schema from before films (a test) has no column
                await tx.execute("UPDATE guild_settings SET film = ? WHERE guild_id = ?", overrides.film, guild_id)
            await tx.executemany(
                "INSERT INTO answer_channels (guild_id, channel_id) VALUES (?, ?)",
                [(guild_id, channel) for channel in sorted(overrides.answer_channel_ids or ())],
            )

    async def clear_guild_overrides(self, guild_id: int) -> None:
        """Back to the defaults (other data of the server, if any, stays)."""
        async with self.transaction() as tx:
            await self._delete_settings(tx, guild_id)

    @staticmethod
    async def _delete_settings(tx: Transaction, guild_id: int) -> None:
        for table in _SETTINGS_TABLES:
            await tx.execute(f"DELETE FROM {table} WHERE guild_id = ?", guild_id)

    # ------------------------------------------------------------------ a server's data as a whole

    async def export_guild(self, guild_id: int) -> dict[str, list[Row]]:
        """Every row held for a server, by table (tables without rows included, empty)."""
        async with self.transaction(readonly=True) as tx:
            tables = sorted(await self._tables_with_column(tx, "guild_id"))
            exported = {
                table: await tx.fetch(f'SELECT * FROM "{table}" WHERE guild_id = ?', guild_id) for table in tables
            }
        # A stable order whatever the backend returned, so two exports of the same data compare equal.
        return {table: sorted(rows, key=lambda row: tuple(map(repr, row.values()))) for table, rows in exported.items()}

    async def delete_guild(self, guild_id: int) -> int:
        """Delete every row held for a server, in one transaction; returns how many rows went."""
        async with self.transaction() as tx:
            deleted = 0
            for table in await self._tables_with_column(tx, "guild_id"):
                rows = await tx.fetch(f'SELECT COUNT(*) AS n FROM "{table}" WHERE guild_id = ?', guild_id)
                deleted += int(rows[0]["n"])
                await tx.execute(f'DELETE FROM "{table}" WHERE guild_id = ?', guild_id)
            return deleted


# GuildOverrides fields stored in a column of guild_settings each, in the table's order (the channels have a table).
_SETTING_COLUMNS = ("hide_spoilers", "free_text", "cooldown_rate", "cooldown_seconds", "film")


def _stored(value: Any) -> Any:
    """A setting as both databases store it: flags as 0/1 (portable INTEGER), seconds as a float, None as NULL."""
    if isinstance(value, bool):
        return int(value)
    return float(value) if isinstance(value, float) else value


def _overrides(settings: list[Row], channels: list[Row]) -> dict[int, GuildOverrides]:
    by_guild: dict[int, set[int]] = {}
    for row in channels:
        by_guild.setdefault(int(row["guild_id"]), set()).add(int(row["channel_id"]))
    flag = lambda value: None if value is None else bool(value)  # noqa: E731
    result = {}
    for row in settings:
        guild_id = int(row["guild_id"])
        seconds = row["cooldown_seconds"]
        result[guild_id] = GuildOverrides(
            hide_spoilers=flag(row["hide_spoilers"]),
            answer_channel_ids=frozenset(by_guild.get(guild_id, ())) if row["custom_channels"] else None,
            free_text=flag(row["free_text"]),
            cooldown_rate=row["cooldown_rate"],
            cooldown_seconds=None if seconds is None else float(seconds),
            film=row.get("film") or None,
        )
    return result


__all__ = ["LATEST_VERSION", "Row", "Store", "StoreError", "StoreTimeout", "StoreUnavailable", "Transaction"]
