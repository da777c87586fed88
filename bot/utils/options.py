"""Slash-command option values checked again in the bot, failing closed.

Discord checks a command's declared ranges, types and choices, but a forged or replayed payload skips those
checks and discord.py passes its values through as they came: each command re-checks what it uses here and
refuses anything else with a clear ephemeral line."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, TypeVar

T = TypeVar("T")


def whole_number(value: Any, low: int, high: int) -> int | None:
    """`value` if it is an int (not a bool, a float or a string) from `low` to `high`; None otherwise."""
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        return None
    return value


def flag(value: Any) -> bool | None:
    """`value` if it is a real boolean; None otherwise (a forged "yes" or 1 is not a yes)."""
    return value if isinstance(value, bool) else None


def one_of(value: Any, allowed: Collection[T]) -> T | None:
    """`value` if it is exactly one of `allowed` (same type too); None otherwise."""
    for candidate in allowed:
        if type(value) is type(candidate) and value == candidate:
            return candidate
    return None
