"""A newcomer's first commands, from a wheel as much as from a checkout: help names the command they typed, the
missing-token advice fits where they are, and nothing is written just by looking."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def run_in(folder: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        cwd=folder,
        env={"PYTHONPATH": str(ROOT), **(env or {})},
        timeout=60,
    )


def test_help_names_the_console_script_when_run_as_it(tmp_path):
    script = "import sys; sys.argv[0] = '/usr/local/bin/red-shoes-bot'; from bot.__main__ import main; main()"
    result = run_in(tmp_path, "-c", script, "--help")
    assert result.returncode == 0
    assert result.stdout.startswith("usage: red-shoes-bot")


def test_help_names_python_m_bot_when_run_as_a_module(tmp_path):
    result = run_in(tmp_path, "-m", "bot", "--help")
    assert result.stdout.startswith("usage: python -m bot")


def test_the_missing_token_advice_does_not_send_a_wheel_user_to_a_file_they_do_not_have(tmp_path):
    result = run_in(tmp_path, "-m", "bot")
    assert result.returncode == 2
    assert "DISCORD_TOKEN" in result.stderr and ".env" in result.stderr
    assert ".env.example" not in result.stderr


def test_the_missing_token_advice_mentions_the_example_file_beside_it(tmp_path):
    (tmp_path / ".env.example").write_text("DISCORD_TOKEN=\n", encoding="utf-8")
    result = run_in(tmp_path, "-m", "bot")
    assert result.returncode == 2 and ".env.example" in result.stderr
