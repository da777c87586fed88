"""Settings from the environment and `.env`: one place, validated, the token never printed."""

from __future__ import annotations

import math
import os
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from .core.conversation import IDLE_SECONDS


def shipped_library() -> Path:
    """The folder of packs that ships with the bot: package data once installed (bot/packs/), the repository's
    data/ folder when run from a checkout or an editable install."""
    for folder in (Path(str(resources.files("bot") / "packs")), Path(__file__).parent.parent / "data"):
        if any(folder.glob("*.yaml")):
            return folder.resolve()
    return Path(__file__).parent.parent / "data"  # nothing shipped: the library says no film loads


def shipped_pack() -> Path:
    """The first shipped pack by name (The Red Shoes): what the tests and benchmarks measure against."""
    packs = sorted(shipped_library().glob("*.yaml"))
    return packs[0] if packs else shipped_library() / "pack.yaml"  # nothing shipped: the loader says "not found"


DEFAULT_LIBRARY = shipped_library()
DEFAULT_PACK = shipped_pack()
DEFAULT_STATE = Path(".state") / "commands.json"
MAX_ID = 2**64 - 1  # Discord ids (snowflakes) are unsigned 64-bit numbers
MAX_SHARDS = 100_000  # far above any real bot; keeps a typo from asking Discord for millions of shards
MAX_IDLE = 7 * 24 * 3600  # a conversation remembered for a week is already far past any real exchange


def token_help(folder: Path | None = None, program: str = "python -m bot") -> str:
    """What to do when DISCORD_TOKEN is not set; `.env.example` is mentioned only where there is one (a checkout,
    not a wheel)."""
    example = " (copy .env.example)" if ((folder or Path.cwd()) / ".env.example").is_file() else ""
    return (
        "DISCORD_TOKEN is not set. Create an application at https://discord.com/developers/applications, "
        f"open Bot > Reset Token, and put the token in a .env file in the working directory{example} as "
        "DISCORD_TOKEN=your-token, or export DISCORD_TOKEN in your shell. Meanwhile you can try the answers "
        f"offline, no token needed: {program} chat"
    )


class ConfigError(ValueError):
    """A setting has a value the bot cannot use; the message names the variable."""


class Secret:
    """A string that never shows itself: not in a repr, str(), a format or a log line. `reveal()` gives it."""

    __slots__ = ("_value",)

    def __init__(self, value: str = "") -> None:
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __repr__(self) -> str:
        return "Secret('********')" if self._value else "Secret('')"

    __str__ = __repr__

    def __format__(self, spec: str) -> str:
        return repr(self)


@dataclass(frozen=True, slots=True)
class Settings:
    token: Secret = field(default=Secret(""), repr=False)
    pack_path: Path = DEFAULT_LIBRARY  # one pack file, or a folder of them
    default_film: str = ""  # DEFAULT_FILM: a key or title; empty: the only film, else the first by key
    dev_guild_id: int | None = None
    answer_channel_ids: frozenset[int] = frozenset()
    cooldown_rate: int = 3
    cooldown_seconds: float = 30.0
    log_level: str = "INFO"
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    command_state_path: Path = DEFAULT_STATE
    conversation_idle_seconds: float = IDLE_SECONDS
    database_url: str = field(default="", repr=False)  # may hold a password
    message_content: bool | None = None

    @property
    def message_content_intent(self) -> bool:
        """MESSAGE_CONTENT if set, else on exactly when ANSWER_CHANNEL_IDS needs it."""
        return bool(self.answer_channel_ids) if self.message_content is None else self.message_content

    @property
    def database_target(self) -> str:
        """DATABASE_URL, or by default a SQLite file beside the command-sync state (`.state/bot.sqlite3`)."""
        return self.database_url or f"sqlite:///{self.command_state_path.parent / 'bot.sqlite3'}"

    def __post_init__(self) -> None:
        if isinstance(self.token, str):  # Settings(token="...") in code and tests: wrap it all the same
            object.__setattr__(self, "token", Secret(self.token))

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None, *, dotenv: bool = True, offline: bool = False) -> Settings:
        """Read settings from `env` (default: os.environ, after loading `.env` if present).

        `offline`: only what the offline commands use (PACK_PATH, DEFAULT_FILM); bot-only settings are checked
        when it starts."""
        if env is None:
            if dotenv:
                from dotenv import load_dotenv

                load_dotenv(Path.cwd() / ".env", override=False)  # the working directory's, not this file's
            env = dict(os.environ)
        get = lambda name: (env.get(name) or "").strip()  # noqa: E731
        if offline:
            return cls(
                pack_path=Path(get("PACK_PATH")) if get("PACK_PATH") else DEFAULT_LIBRARY,
                default_film=get("DEFAULT_FILM"),
            )
        rate, per = _cooldown(get("FREE_TEXT_COOLDOWN") or "3/30")
        shard_count = _int(get, "SHARD_COUNT", minimum=1, maximum=MAX_SHARDS)
        shard_ids = _ints(get("SHARD_IDS"), "SHARD_IDS")
        if shard_ids and shard_count is None:
            raise ConfigError("SHARD_IDS needs SHARD_COUNT: set both, e.g. SHARD_COUNT=4 SHARD_IDS=0,1")
        if shard_ids and shard_count is not None and max(shard_ids) >= shard_count:
            raise ConfigError(f"SHARD_IDS must be below SHARD_COUNT={shard_count}")
        if shard_ids and len(set(shard_ids)) != len(shard_ids):
            raise ConfigError("SHARD_IDS lists a shard twice: give each shard id once, e.g. SHARD_IDS=0,1")
        level = (get("LOG_LEVEL") or "INFO").upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ConfigError(f"LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL{_shown(level)}")
        database_url = get("DATABASE_URL")
        if database_url and not database_url.startswith(("sqlite:///", "postgresql://", "postgres://")):
            raise ConfigError(
                "DATABASE_URL must look like sqlite:///path/to/file.sqlite3 or "
                "postgresql://user:password@host/dbname (the value is not shown: it may hold a password)"
            )
        return cls(
            token=Secret(_token(get("DISCORD_TOKEN"))),
            pack_path=Path(get("PACK_PATH")) if get("PACK_PATH") else DEFAULT_LIBRARY,
            default_film=get("DEFAULT_FILM"),
            dev_guild_id=_int(get, "DEV_GUILD_ID", minimum=1, maximum=MAX_ID),
            answer_channel_ids=frozenset(_ints(get("ANSWER_CHANNEL_IDS"), "ANSWER_CHANNEL_IDS") or ()),
            cooldown_rate=rate,
            cooldown_seconds=per,
            log_level=level,
            shard_count=shard_count,
            shard_ids=shard_ids,
            command_state_path=Path(get("COMMAND_STATE_PATH")) if get("COMMAND_STATE_PATH") else DEFAULT_STATE,
            conversation_idle_seconds=_int(get, "CONVERSATION_IDLE_SECONDS", minimum=1, maximum=MAX_IDLE)
            or IDLE_SECONDS,
            database_url=database_url,
            message_content=_flag(get("MESSAGE_CONTENT"), "MESSAGE_CONTENT"),
        )


def _token(raw: str) -> str:
    """A token is printable ASCII with no spaces: a line break or a space (a paste that took two lines) would
    otherwise reach aiohttp's header check as a traceback."""
    if raw and not all(c.isascii() and c.isprintable() and not c.isspace() for c in raw):
        raise ConfigError(
            "DISCORD_TOKEN holds a space, a line break or another character no token has: copy it again from "
            "Bot > Reset Token in the developer portal (the value is not shown)"
        )
    return raw


def _shown(raw: str) -> str:
    """The value, for the message, only when it cannot be a secret (one short word); otherwise nothing."""
    return f", not {raw!r}" if raw.isascii() and raw.isalpha() and len(raw) <= 12 else ""


def _whole(raw: str) -> int | None:
    """ASCII digits only (int() also takes '٣', '3_000' and ' 3'), and short enough for a Discord id."""
    return int(raw) if re.fullmatch(r"[0-9]{1,20}", raw) else None


def _int(get, name: str, *, minimum: int, maximum: int) -> int | None:  # type: ignore[no-untyped-def]
    raw = get(name)
    if not raw:
        return None
    value = _whole(raw)
    if value is None or not minimum <= value <= maximum:
        raise ConfigError(
            f"{name} must be a whole number of at least {minimum} and at most {maximum}, in digits 0-9{_shown(raw)}"
        )
    return value


def _ints(raw: str, name: str) -> tuple[int, ...] | None:
    if not raw:
        return None
    parts = [_whole(p.strip()) for p in raw.replace(" ", ",").split(",") if p.strip()]
    if not parts or any(p is None or p > MAX_ID for p in parts):
        raise ConfigError(f"{name} must be comma-separated whole numbers in digits 0-9, e.g. 0,1{_shown(raw)}")
    return tuple(p for p in parts if p is not None)


def _flag(raw: str, name: str) -> bool | None:
    if not raw:
        return None
    if raw.lower() in {"1", "true", "yes", "on"}:
        return True
    if raw.lower() in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name} must be 1 or 0 (on or off){_shown(raw)}")


def _cooldown(raw: str) -> tuple[int, float]:
    match = re.fullmatch(r"([0-9]{1,6})/([0-9]{1,9}(?:\.[0-9]{1,6})?)", raw.replace(" ", ""))
    rate, per = (int(match[1]), float(match[2])) if match else (0, 0.0)
    if rate < 1 or not math.isfinite(per) or per <= 0:
        raise ConfigError(
            f"FREE_TEXT_COOLDOWN must look like 3/30 (3 answers per 30 seconds; both above 0, digits 0-9){_shown(raw)}"
        )
    return rate, per
