"""Where the bot keeps per-server data: one Store interface over SQLite (default) or PostgreSQL.

Imports nothing from Discord, so `python -m bot data ...` starts fast and needs no token.
"""

from __future__ import annotations

from .base import CALL_SECONDS, LATEST_VERSION, Row, Store, StoreError, StoreTimeout, StoreUnavailable
from .guild_settings import GuildOverrides, GuildSettings
from .migrations import MIGRATIONS, Migration

__all__ = [
    "LATEST_VERSION",
    "MIGRATIONS",
    "GuildOverrides",
    "GuildSettings",
    "Migration",
    "Row",
    "Store",
    "StoreError",
    "StoreTimeout",
    "StoreUnavailable",
    "open_store",
    "sqlite_path",
]


def sqlite_path(url: str) -> str | None:
    """The file in a `sqlite:///relative` or `sqlite:////absolute` URL; None if the URL is not SQLite's."""
    if url.startswith("sqlite:///"):
        return url[len("sqlite:///") :] or None
    return None


async def open_store(
    url: str, *, migrations: tuple[Migration, ...] = MIGRATIONS, timeout: float = CALL_SECONDS
) -> Store:
    """Connect to `url` (`sqlite:///path` or `postgresql://...`) and bring its schema up to date. Every call on
    the store, opening it included, gives up after `timeout` seconds (StoreTimeout)."""
    path = sqlite_path(url)
    store: Store
    if path == ":memory:":
        raise StoreError(
            "DATABASE_URL sqlite:///:memory: would keep nothing once the bot stops: give a file, such as "
            "sqlite:///.state/bot.sqlite3"
        )
    if path is not None:
        from .sqlite import SqliteStore

        store = await SqliteStore.open(path, timeout)
    elif url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        store = await PostgresStore.open(url, timeout)
    else:
        raise StoreError(f"DATABASE_URL must start with sqlite:/// or postgresql://, not {url.split(':')[0]!r}")
    try:
        await store.migrate(migrations)
    except BaseException:
        await store.close()
        raise
    return store
