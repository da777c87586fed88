"""A film companion: a Discord bot and an offline console over one answer engine.

`from bot import create_bot` imports discord.py on first use only, so the offline CLI starts fast.
"""

from __future__ import annotations

from typing import Any

__all__ = ["create_bot"]


def __getattr__(name: str) -> Any:
    if name == "create_bot":
        from .client import create_bot

        return create_bot
    raise AttributeError(f"module 'bot' has no attribute {name!r}")
