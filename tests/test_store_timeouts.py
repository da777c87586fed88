"""Bounded waits: a database that hangs (accepts and never answers) gives a typed error promptly, never a hang,
and closing the store finishes within a bounded time whatever the server does. Real sockets, no mocks."""

from __future__ import annotations

import asyncio
import sqlite3
import time

import pytest

from bot.storage import GuildSettings, StoreError, StoreTimeout, StoreUnavailable, open_store
from bot.storage.service import SettingsService

from .hung_server import HungServer

TIMEOUT = 0.5  # each call's limit in these tests (the bot's own is longer)
PROMPTLY = 2.0  # what "promptly" means here: the limit plus the time to give up cleanly


@pytest.fixture
def proxied(postgres_url):
    """A proxy in front of the test PostgreSQL, and the URL through it."""
    proxy, url = HungServer.in_front_of(postgres_url)
    yield proxy, url
    proxy.close()


def test_a_timeout_means_unavailable_with_an_unknown_outcome():
    assert issubclass(StoreTimeout, StoreUnavailable) and issubclass(StoreUnavailable, StoreError)
    assert "unknown" in (StoreTimeout.__doc__ or "")


async def test_a_server_that_never_answers_is_refused_promptly():
    hung = HungServer()
    port = hung.port
    started = time.monotonic()
    try:
        with pytest.raises(StoreTimeout) as caught:
            await open_store(f"postgresql://bot:SECRET@127.0.0.1:{port}/bot", timeout=TIMEOUT)
    finally:
        hung.close()
    assert time.monotonic() - started < PROMPTLY
    message = str(caught.value)
    assert f"127.0.0.1:{port}" in message and "did not answer" in message and "SECRET" not in message


async def test_a_server_that_hangs_mid_session_gives_timeouts_and_closes_in_bounded_time(proxied):
    proxy, url = proxied
    store = await open_store(url, timeout=TIMEOUT)
    assert await store.add_score(1, 2, 1, film="f") == 1
    proxy.freeze()
    for call in (store.add_score(1, 2, 1, film="f"), store.top_scores(1, 10, film="f"), store.guild_overrides(1)):
        started = time.monotonic()
        with pytest.raises(StoreTimeout):
            await call
        assert time.monotonic() - started < PROMPTLY
    started = time.monotonic()
    await store.close()
    assert time.monotonic() - started < PROMPTLY


async def test_a_sqlite_file_locked_by_another_process_is_an_error_not_a_hang(tmp_path):
    path = tmp_path / "bot.sqlite3"
    store = await open_store(f"sqlite:///{path}", timeout=TIMEOUT)
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process holds the write lock and never lets go
    try:
        started = time.monotonic()
        with pytest.raises(StoreUnavailable):
            await store.add_score(1, 2, 1, film="f")
        assert time.monotonic() - started < PROMPTLY
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert await store.add_score(1, 2, 1, film="f") == 1  # usable again once the lock is gone
    await store.close()


async def test_closing_a_store_whose_server_hangs_does_not_wait_for_it(proxied):
    proxy, url = proxied
    store = await open_store(url, timeout=TIMEOUT)
    proxy.freeze()
    pending = asyncio.create_task(store.top_scores(1, 10, film="f"))  # a call in flight while the bot shuts down
    await asyncio.sleep(0.05)
    started = time.monotonic()
    await store.close()
    assert time.monotonic() - started < PROMPTLY
    with pytest.raises(StoreError):
        await pending


async def test_a_settings_change_that_timed_out_leaves_the_cache_as_the_database_has_it(proxied):
    proxy, url = proxied
    store = await open_store(url, timeout=TIMEOUT)
    service = SettingsService(store, GuildSettings())
    await service.change(1, free_text=False)
    proxy.hold_next_commit(TIMEOUT * 3)
    with pytest.raises(StoreTimeout):
        await service.change(1, hide_spoilers=False)  # saved, but the answer came too late
    assert not service.get(1).hide_spoilers  # read again: the cache holds what was committed
    proxy.hold_next_commit(TIMEOUT * 3)
    with pytest.raises(StoreTimeout):
        await service.reset(1)
    assert service.get(1) == service.defaults
    await store.close()
