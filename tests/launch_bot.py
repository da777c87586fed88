"""Test-only launcher: `python -m bot` with discord.py's REST base and gateway pointed at a fake Discord on loopback.

    python tests/launch_bot.py http://127.0.0.1:PORT/api/v10 [ARGS ...]

LAUNCH_EXTRA_EXTENSION=module adds an extension to load (the fault tests use a broken one)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path[0] = str(Path(__file__).resolve().parent.parent)  # the project, not tests/ (its discord/ would shadow)

import discord.gateway  # noqa: E402
import discord.http  # noqa: E402
import yarl  # noqa: E402

base = sys.argv[1]
if not base.startswith("http://127.0.0.1:"):
    sys.exit("launch_bot.py only talks to a fake Discord on loopback")
discord.http.Route.BASE = base
# discord.py connects to its built-in gateway address without asking REST first: point that at loopback too
discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(
    base.replace("http://", "ws://").split("/api/")[0] + "/gateway"
)

from bot import client  # noqa: E402
from bot.__main__ import main  # noqa: E402

if os.environ.get("LAUNCH_EXTRA_EXTENSION"):
    client.EXTENSIONS = (*client.EXTENSIONS, os.environ["LAUNCH_EXTRA_EXTENSION"])
sys.exit(main(sys.argv[2:]))
