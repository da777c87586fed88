"""An extension that fails to load, for the fault tests (never part of the bot)."""

from __future__ import annotations


async def setup(bot: object) -> None:
    raise RuntimeError("this extension is broken on purpose")
