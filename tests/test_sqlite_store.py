"""SQLite done well: one long-lived connection in WAL mode, durable commits, reads that never take the write lock,
and no checkpoint of the WAL after every write (speed itself is measured by benchmarks/run.py)."""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time

import pytest

from bot.storage import StoreTimeout, open_store


async def test_reads_do_not_wait_for_another_processs_writer(tmp_path):
    path = tmp_path / "bot.sqlite3"
    store = await open_store(f"sqlite:///{path}", timeout=0.5)
    await store.add_score(1, 7, 3, film="f")
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process is writing (and takes its time)
    other.execute("INSERT INTO quiz_scores (guild_id, film, user_id, points) VALUES (1, 'f', 8, 1)")
    try:
        started = time.monotonic()
        assert await store.top_scores(1, 10, film="f") == [(7, 3)]  # the last committed state, at once
        assert await store.rank_of(1, 7, film="f") == (1, 3)
        assert await store.running_quiz_games() == []
        assert time.monotonic() - started < 0.4
    finally:
        other.execute("COMMIT")
        other.close()
    assert await store.top_scores(1, 10, film="f") == [(7, 3), (8, 1)]
    await store.close()


async def test_a_write_leaves_the_wal_in_place_and_commits_durably(tmp_path):
    path = tmp_path / "bot.sqlite3"
    store = await open_store(f"sqlite:///{path}")
    await store.add_score(1, 7, 1, film="f")
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # not checkpointed and deleted after the write
    rows = await store.fetch("PRAGMA synchronous")
    assert rows[0]["synchronous"] == 2  # FULL: a confirmed point survives a power cut
    rows = await store.fetch("PRAGMA journal_mode")
    assert rows[0]["journal_mode"] == "wal"
    await store.close()


async def test_writes_arriving_together_each_stand_or_fall_alone(tmp_path):
    store = await open_store(f"sqlite:///{tmp_path / 'bot.sqlite3'}")

    async def failing() -> None:
        async with store.transaction() as tx:
            await tx.execute(
                "INSERT INTO quiz_scores (guild_id, film, user_id, points) VALUES (?, ?, ?, ?)", 1, "f", 999, 5
            )
            raise RuntimeError("this change fails half-way")

    results = await asyncio.gather(
        *(store.add_score(1, user, 1, film="f") for user in range(30)),
        failing(),
        *(store.add_score(2, 1, 1, film="f") for _ in range(5)),
        return_exceptions=True,
    )
    assert [r for r in results if isinstance(r, BaseException)] == [results[30]]
    assert await store.rank_of(1, 999, film="f") is None  # the failed change left nothing
    assert len(await store.top_scores(1, 100, film="f")) == 30 and await store.top_scores(2, 10, film="f") == [(1, 5)]
    await store.close()
    reopened = await open_store(f"sqlite:///{tmp_path / 'bot.sqlite3'}")  # all of it on disk
    assert len(await reopened.top_scores(1, 100, film="f")) == 30
    await reopened.close()


async def test_a_statement_that_runs_too_long_is_stopped_not_left_running(tmp_path):
    earlier = set(threading.enumerate())  # other tests' connections, if any, are not this one's business
    store = await open_store(f"sqlite:///{tmp_path / 'bot.sqlite3'}", timeout=0.3)
    long_query = (
        "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 20000000) SELECT COUNT(*) FROM c"
    )
    started = time.monotonic()
    with pytest.raises(StoreTimeout):
        await store.fetch(long_query)
    assert time.monotonic() - started < 1.5
    assert await store.top_scores(1, 10, film="f") == []  # the store goes on with a fresh connection
    await store.close()
    for thread in [t for t in set(threading.enumerate()) - earlier if "connection_worker" in t.name]:
        thread.join(timeout=1)  # a closed connection's thread ends at once (the query alone runs for seconds)
        assert not thread.is_alive(), thread.name
