"""The bot's real store behind a gate the test controls, for a database that is down or hung under simcord.

A hung database here is a connection that blocks: the transaction waits for a connection that never comes (as a
pool with a hung server does), or commits and then never answers. The wait is declared to simcord as external
input, so the virtual clock, not the wall clock, decides when the bot's own timeouts fire. A database that is
down raises what a store raises when its server refuses connections."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from bot.storage import Store, StoreUnavailable


class GatedStore(Store):
    """Every call of the real store passes the gate: "open", "down", "hung" (before any work) or "lost" (the
    work is committed, then the answer never comes). `state` applies to every call; `next_states` to the next
    calls, one each, first."""

    def __init__(self, inner: Store, env) -> None:
        self.inner = inner
        self.env = env
        self.display_url = inner.display_url
        self.tables_with_column_sql = inner.tables_with_column_sql
        self.schema_lock_sql = inner.schema_lock_sql
        self.state = "open"
        self.next_states: list[str] = []
        self.released = asyncio.Event()
        self.calls = 0

    def release(self) -> None:
        """The hung database answers again: every waiting call goes on."""
        self.state = "open"
        self.released.set()

    async def _hang(self) -> None:
        await self.env.external_wait(self.released.wait(), reason="a database that never answers")

    @asynccontextmanager
    async def transaction(self, *, readonly: bool = False) -> AsyncIterator:
        self.calls += 1
        state = self.next_states.pop(0) if self.next_states else self.state
        if state == "down":
            raise StoreUnavailable("cannot connect to the database: connection refused")
        if state == "hung":
            await self._hang()
        async with self.inner.transaction(readonly=readonly) as tx:
            yield tx
        if state == "lost":
            await self._hang()

    def begin(self, readonly: bool):  # the gate is in transaction(): these go straight to the real store
        return self.inner.begin(readonly)

    def as_store_error(self, error: BaseException):
        return self.inner.as_store_error(error)

    async def close(self) -> None:
        await self.inner.close()


@pytest.fixture
def gated_store(simcord_env) -> GatedStore:
    """The running bot's store, gated (the quiz and /settings read it from the settings service)."""
    service = simcord_env.bot.guild_settings
    gated = GatedStore(service.store, simcord_env)
    service.store = gated
    return gated
