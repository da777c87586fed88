"""What may be shown of a value that could hold a secret: a database URL's address, a path unless it looks like a
token. Log lines, error messages and start-up banners all go through here, so one rule covers them all."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# Discord bot tokens are three base64url parts joined by dots; other secrets (API keys, passwords pasted into the
# wrong variable) are long runs of letters and digits with no path separator.
_DISCORD_TOKEN = re.compile(r"[A-Za-z0-9_-]{20,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{20,}")
_KEY_LIKE = re.compile(r"[A-Za-z0-9_+=-]{32,}")


def looks_like_token(text: str) -> bool:
    """Whether `text` (a path, say) is shaped like a token or key rather than something a person would name: a
    long run mixing upper case, lower case and digits (people's file names don't: `test_a_long_name_150_0`)."""
    runs = [m[0] for m in _DISCORD_TOKEN.finditer(text)]
    for part in re.split(r"[/\\\s]+", text):
        stem = part.rsplit(".", 1)[0] if part.endswith((".yaml", ".yml")) else part
        runs += [stem] if _KEY_LIKE.fullmatch(stem) else []
    return any(_mixed(run) for run in runs)


def _mixed(run: str) -> bool:
    return any(c.isupper() for c in run) and any(c.islower() for c in run) and any(c.isdigit() for c in run)


def display_path(path: object, *, setting: str = "PACK_PATH") -> str:
    """A path as it may be printed: itself, or the setting's name when the value looks like a token."""
    text = str(path)
    return f"{setting} (not shown: it looks like a token)" if looks_like_token(text) else text


def display_url(url: str) -> str:
    """A database URL as scheme, host, port and database only: no user, password or query options.

    The host is taken after the last '@' of the address part, so a password with an unencoded '@' shows none of
    itself; a URL that doesn't parse shows only its scheme."""
    scheme, _, rest = url.partition("://")
    if not rest:
        return "(a database URL that does not parse)"
    if scheme == "sqlite":
        return f"sqlite://{rest.split('?', 1)[0]}"
    address, slash, tail = rest.split("?", 1)[0].partition("/")
    host = address.rsplit("@", 1)[-1]
    try:
        port = urlsplit(f"//{host}").port
    except ValueError:
        return f"{scheme}://(an address that does not parse)"
    hostname = host.rsplit(":", 1)[0] if port is not None or host.endswith(":") else host
    return f"{scheme}://{hostname}{f':{port}' if port is not None else ''}{slash}{tail}"
