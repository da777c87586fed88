"""`python -m bot.health`: the container health check, from the heartbeat file's age alone."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from bot import health

ROOT = Path(__file__).parent.parent


def check(state: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot.health"],
        capture_output=True,
        text=True,
        cwd=state.parent,
        env={"PYTHONPATH": str(ROOT), "COMMAND_STATE_PATH": str(state / "commands.json")},
        timeout=60,
    )


def test_no_heartbeat_is_unhealthy(tmp_path):
    result = check(tmp_path)
    assert result.returncode == 1 and result.stdout.startswith(f"unhealthy: no heartbeat at {tmp_path}")


def test_a_recent_heartbeat_is_healthy(tmp_path):
    health.beat(health.heartbeat_path(tmp_path / "commands.json"))
    result = check(tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("healthy")


def test_a_stale_heartbeat_is_unhealthy(tmp_path):
    path = health.heartbeat_path(tmp_path / "commands.json")
    health.beat(path)
    stale = time.time() - health.STALE_SECONDS - 30
    os.utime(path, (stale, stale))
    result = check(tmp_path)
    assert result.returncode == 1 and "unhealthy: last heartbeat" in result.stdout


def test_the_check_never_imports_discord(tmp_path):
    health.beat(health.heartbeat_path(tmp_path / "commands.json"))
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "bot.health"],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(ROOT), "COMMAND_STATE_PATH": str(tmp_path / "commands.json")},
        timeout=60,
    )
    imported = {line.split("|")[-1].strip().split(".")[0] for line in result.stderr.splitlines() if "|" in line}
    assert result.returncode == 0 and "discord" not in imported and "aiohttp" not in imported
