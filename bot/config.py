"""Settings from the environment and `.env`: one place, validated, the token never printed."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .core.conversation import IDLE_SECONDS


def shipped_pack() -> Path:
    """The pack that ships with the bot (the first .yaml by name): package data once installed (bot/packs/),
    the repository's data/ folder when run from a checkout or an editable install."""
    for folder in (Path(str(resources.files("bot") / "packs")), Path(__file__).parent.parent / "data"):
        packs = sorted(folder.glob("*.yaml"))
        if packs:
            return packs[0].resolve()
    return Path(__file__).parent.parent / "data" / "pack.yaml"  # nothing shipped: the loader says "not found"


DEFAULT_PACK = shipped_pack()
DEFAULT_STATE = Path(".state") / "commands.json"

TOKEN_HELP = (
    "DISCORD_TOKEN is not set. Create an application at https://discord.com/developers/applications, "
    "open Bot > Reset Token, and put the token in a .env file in the working directory (copy .env.example: "
    "DISCORD_TOKEN=your-token) or export DISCORD_TOKEN in your shell. Meanwhile you can try the answers "
    "offline, no token needed: python -m bot chat"
)


class ConfigError(ValueError):
    """A setting has a value the bot cannot use; the message names the variable."""


class Secret(str):
    """A string that never shows itself in a repr, a log line or an f-string debug."""

    def __repr__(self) -> str:
        return "Secret('********')" if self else "Secret('')"


@dataclass(frozen=True, slots=True)
class Settings:
    token: Secret = field(default=Secret(""), repr=False)
    pack_path: Path = DEFAULT_PACK
    dev_guild_id: int | None = None
    answer_channel_ids: frozenset[int] = frozenset()
    cooldown_rate: int = 3
    cooldown_seconds: float = 30.0
    log_level: str = "INFO"
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    command_state_path: Path = DEFAULT_STATE
    conversation_idle_seconds: float = IDLE_SECONDS

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, *, dotenv: bool = True) -> Settings:
        """Read settings from `env` (default: os.environ, after loading `.env` if present)."""
        if env is None:
            if dotenv:
                from dotenv import load_dotenv

                load_dotenv(Path.cwd() / ".env", override=False)  # the working directory's, not this file's
            env = dict(os.environ)
        get = lambda name: (env.get(name) or "").strip()  # noqa: E731
        rate, per = _cooldown(get("FREE_TEXT_COOLDOWN") or "3/30")
        shard_count = _int(get, "SHARD_COUNT", minimum=1)
        shard_ids = _ints(get("SHARD_IDS"), "SHARD_IDS")
        if shard_ids and shard_count is None:
            raise ConfigError("SHARD_IDS needs SHARD_COUNT: set both, e.g. SHARD_COUNT=4 SHARD_IDS=0,1")
        if shard_ids and shard_count is not None and max(shard_ids) >= shard_count:
            raise ConfigError(f"SHARD_IDS must be below SHARD_COUNT={shard_count}")
        level = (get("LOG_LEVEL") or "INFO").upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL, not {level!r}")
        return cls(
            token=Secret(get("DISCORD_TOKEN")),
            pack_path=Path(get("PACK_PATH")) if get("PACK_PATH") else DEFAULT_PACK,
            dev_guild_id=_int(get, "DEV_GUILD_ID", minimum=1),
            answer_channel_ids=frozenset(_ints(get("ANSWER_CHANNEL_IDS"), "ANSWER_CHANNEL_IDS") or ()),
            cooldown_rate=rate,
            cooldown_seconds=per,
            log_level=level,
            shard_count=shard_count,
            shard_ids=shard_ids,
            command_state_path=Path(get("COMMAND_STATE_PATH")) if get("COMMAND_STATE_PATH") else DEFAULT_STATE,
            conversation_idle_seconds=_int(get, "CONVERSATION_IDLE_SECONDS", minimum=1) or IDLE_SECONDS,
        )


def _int(get, name: str, *, minimum: int) -> int | None:  # type: ignore[no-untyped-def]
    raw = get(name)
    if not raw:
        return None
    if not raw.isdigit() or int(raw) < minimum:
        raise ConfigError(f"{name} must be a whole number of at least {minimum}, not {raw!r}")
    return int(raw)


def _ints(raw: str, name: str) -> tuple[int, ...] | None:
    if not raw:
        return None
    parts = [p.strip() for p in raw.replace(" ", ",").split(",") if p.strip()]
    if not all(p.isdigit() for p in parts):
        raise ConfigError(f"{name} must be comma-separated numbers, not {raw!r}")
    return tuple(int(p) for p in parts)


def _cooldown(raw: str) -> tuple[int, float]:
    rate, _, per = raw.partition("/")
    try:
        parsed = int(rate), float(per)
    except ValueError:
        parsed = (0, 0.0)
    if parsed[0] < 1 or parsed[1] <= 0:
        raise ConfigError(f"FREE_TEXT_COOLDOWN must look like 3/30 (3 answers per 30 seconds), not {raw!r}")
    return parsed
