"""Shared fixtures: the shipped pack, its engine, and an empty database of each backend."""

from __future__ import annotations

import json
import os
import uuid
from pathlib import Path

import pytest

from bot.config import DEFAULT_PACK
from bot.core import Engine, load_pack

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def pack():
    return load_pack(DEFAULT_PACK)


@pytest.fixture(scope="session")
def engine(pack):
    return Engine(pack)


def load_questions(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


# ------------------------------------------------------------------ databases: every storage test runs on both

POSTGRES_MISSING = "PostgreSQL tests skipped: no server (start one: export TEST_DATABASE_URL=$(bash .ci/postgres))"


def pytest_terminal_summary(terminalreporter):
    """Say why the PostgreSQL half of the storage tests did not run (also under -q)."""
    skipped = terminalreporter.stats.get("skipped", [])
    if any(POSTGRES_MISSING in str(report.longrepr) for report in skipped):
        terminalreporter.write_line(POSTGRES_MISSING, yellow=True)


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(request, tmp_path):
    """An empty database of each backend: a SQLite file, or a fresh schema in TEST_DATABASE_URL's PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.sqlite3'}"
        return
    async for url in fresh_postgres_schema():
        yield url


@pytest.fixture
async def postgres_url():
    """A fresh schema in TEST_DATABASE_URL's PostgreSQL, for the tests that need a server."""
    async for url in fresh_postgres_schema():
        yield url


def postgres_server() -> str:
    """TEST_DATABASE_URL; without it the test is skipped, or fails under CI (which always starts a server)."""
    url = os.environ.get("TEST_DATABASE_URL")
    if not url:
        if os.environ.get("CI"):
            pytest.fail("CI must test PostgreSQL: TEST_DATABASE_URL is not set (.ci/run starts a server)")
        pytest.skip(POSTGRES_MISSING)
    return url


async def fresh_postgres_schema():
    import asyncpg

    url = postgres_server()
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(url)
    await admin.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{url}{'&' if '?' in url else '?'}search_path={schema}"
    finally:
        await admin.execute(f"DROP SCHEMA {schema} CASCADE")
        await admin.close()


@pytest.fixture
async def store(database_url):
    """The current schema opened on each backend's empty database."""
    from bot.storage import open_store

    opened = await open_store(database_url)
    yield opened
    await opened.close()
