"""Database calls from Discord interactions and games: each waits STORE_WAIT at most, and any way it fails
arrives as a StoreError, so a command can say what happened instead of hanging or apologising vaguely.

A StoreTimeout's outcome is unknown (the work may have been committed with the answer lost): callers say so,
and read back what the database holds where the bot keeps a copy. This is a bound on one call, not a retry:
it never multiplies with a backend's own timeouts (the shorter one wins)."""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable
from typing import TypeVar

from ..storage.base import StoreError, StoreTimeout, StoreUnavailable

T = TypeVar("T")

STORE_WAIT = 5.0  # seconds: within a quiz break, and far inside an interaction's 15 minutes after deferring


async def within(call: Awaitable[T], what: str, seconds: float = STORE_WAIT) -> T:
    """`call`'s result, or a StoreError: StoreTimeout after `seconds`, StoreUnavailable for a connection that
    failed, StoreError for anything the database driver raised."""
    try:
        async with asyncio.timeout(seconds):
            return await call
    except TimeoutError:
        raise StoreTimeout(f"the database did not answer within {seconds:g} s ({what})") from None
    except StoreError:
        raise
    except OSError as error:
        raise StoreUnavailable(f"cannot reach the database ({what}): {error}") from error
    except Exception as error:
        if isinstance(error, sqlite3.Error) or type(error).__module__.split(".")[0] == "asyncpg":
            raise StoreError(f"the database failed ({what}): {error}") from error
        raise
