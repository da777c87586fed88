"""The heartbeat file a container health check reads: `python -m bot.health` exits 0 while the bot is connected.

The bot (cogs/heartbeat.py) touches the file every BEAT_SECONDS while its gateway connection is up; the check
needs neither Discord nor the network, only the file's age. Imports nothing from Discord.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from .config import DEFAULT_STATE

BEAT_SECONDS = 30.0
STALE_SECONDS = 90.0  # three missed beats: a reconnect takes seconds, a connection that is gone takes longer


def heartbeat_path(command_state_path: Path) -> Path:
    """Beside the other state (the command-sync hash), so one volume holds everything the bot writes."""
    return command_state_path.parent / "heartbeat"


def beat(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()


def age(path: Path, now: float | None = None) -> float | None:
    """Seconds since the last beat; None if there was none."""
    try:
        modified = path.stat().st_mtime
    except OSError:
        return None
    return (time.time() if now is None else now) - modified


def main() -> int:
    path = heartbeat_path(Path(os.environ.get("COMMAND_STATE_PATH") or DEFAULT_STATE))
    seconds = age(path)
    if seconds is None:
        print(f"unhealthy: no heartbeat at {path} (not connected yet, or the state directory is not shared)")
        return 1
    if seconds > STALE_SECONDS:
        print(f"unhealthy: last heartbeat {seconds:.0f} s ago (more than {STALE_SECONDS:.0f} s)")
        return 1
    print(f"healthy: last heartbeat {seconds:.0f} s ago")
    return 0


if __name__ == "__main__":
    sys.exit(main())
