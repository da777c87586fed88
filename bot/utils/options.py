"""Slash-command option values checked again in the bot, failing closed.

Discord checks a command's declared ranges, types and choices, but a forged or replayed payload skips those
checks and discord.py passes its values through as they came: each command re-checks what it uses here and
refuses anything else with a clear ephemeral line."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, TypeVar

import discord
from discord import app_commands

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


UNREADABLE = "That command carried an option value I can't read, so I did nothing."
_SNOWFLAKE_TYPES = {6, 7, 8, 9, 11}  # user, channel, role, mentionable, attachment: an id as a string of digits
SNOWFLAKE_DIGITS = 20  # an id below 2**64
_NUMBER_TYPE = 10
_NESTED_TYPES = {1, 2}  # a subcommand and a group carry options of their own


def unreadable(options: Any) -> bool:
    """Whether a command's options hold a value discord.py cannot even parse (a forged id like "abc", a number
    like "x"): it would fail before any command code runs, with a traceback and no answer to the member."""
    if not isinstance(options, list):
        return options is not None
    return any(not isinstance(option, dict) or _unreadable_value(option) for option in options)


def _unreadable_value(option: dict[str, Any]) -> bool:
    kind, value = option.get("type"), option.get("value")
    if kind in _NESTED_TYPES:
        return unreadable(option.get("options"))
    if kind in _SNOWFLAKE_TYPES:
        return not (isinstance(value, str) and value.isascii() and value.isdigit() and len(value) <= SNOWFLAKE_DIGITS)
    if kind == _NUMBER_TYPE and not option.get("focused"):
        return isinstance(value, bool) or not isinstance(value, (int, float))
    return False


class AnyChannel(app_commands.Transformer):
    """A text-channel option offered as `discord.TextChannel` is, whose value reaches the command as whatever
    channel it names, or None: the command then refuses anything but a text channel with its own clear line
    (discord.py's own transformer raises instead, and the tree can only apologise)."""

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.channel

    @property
    def channel_types(self) -> list[discord.ChannelType]:
        return [discord.ChannelType.text, discord.ChannelType.news]

    async def transform(self, interaction: discord.Interaction, value: Any, /) -> object | None:
        resolve = getattr(value, "resolve", None)
        return resolve() if callable(resolve) else None


def text_channel(value: object) -> discord.TextChannel | None:
    """`value` if it is a text channel of this server (what AnyChannel gave); None otherwise."""
    return value if isinstance(value, discord.TextChannel) else None
