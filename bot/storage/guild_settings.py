"""One server's settings: the values in force, what the server changed, and the bounds on them."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from ..config import Settings

MAX_ANSWER_CHANNELS = 25
COOLDOWN_RATE_RANGE = (1, 20)
COOLDOWN_SECONDS_RANGE = (1, 3600)


@dataclass(frozen=True, slots=True)
class GuildSettings:
    """What the bot does in one server. The defaults come from the host's configuration."""

    hide_spoilers: bool = True
    answer_channel_ids: frozenset[int] = frozenset()
    free_text: bool = True
    cooldown_rate: int = 3
    cooldown_seconds: float = 30.0
    film: str = ""  # the film's key; "" (or a film no longer in the library): the library's default film

    @classmethod
    def defaults(cls, settings: Settings) -> GuildSettings:
        """The host's configuration: ANSWER_CHANNEL_IDS and FREE_TEXT_COOLDOWN apply to every server."""
        return cls(
            answer_channel_ids=settings.answer_channel_ids,
            cooldown_rate=settings.cooldown_rate,
            cooldown_seconds=settings.cooldown_seconds,
        )


@dataclass(frozen=True, slots=True)
class GuildOverrides:
    """What a server's admins changed; None keeps the default (so a host's new default reaches them)."""

    hide_spoilers: bool | None = None
    answer_channel_ids: frozenset[int] | None = None
    free_text: bool | None = None
    cooldown_rate: int | None = None
    cooldown_seconds: float | None = None
    film: str | None = None

    def over(self, defaults: GuildSettings) -> GuildSettings:
        changed = {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name) is not None}
        return replace(defaults, **changed) if changed else defaults

    def is_empty(self) -> bool:
        return all(getattr(self, f.name) is None for f in fields(self))


def cooldown_problem(rate: int, seconds: float) -> str | None:
    """Why this cooldown is refused, in words for the admin; None when it is fine."""
    low, high = COOLDOWN_RATE_RANGE
    if not low <= rate <= high:
        return f"The number of answers must be between {low} and {high}."
    low, high = COOLDOWN_SECONDS_RANGE
    if not low <= seconds <= high:
        return f"The period must be between {low} and {high} seconds."
    if rate > seconds:
        # More than one answer a second per member would run into Discord's own send rate limits.
        return f"{rate} answers per {seconds:g} s is more than one a second; use a longer period."
    return None
