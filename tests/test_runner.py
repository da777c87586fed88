"""Starting the bot for real: each way start-up can fail ends with one clear line and its own exit status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import discord
import pytest

from bot import runner
from bot.client import FilmBotBase
from bot.config import Settings
from bot.exit_codes import ExitCode

from .fake_discord import FakeDiscord, closed_port, serving

ROOT = Path(__file__).parent.parent
TOKEN = "MTIz.tok-SECRET-123.abc"


def test_a_broken_pack_is_refused_at_start_with_file_and_line(tmp_path):
    broken = tmp_path / "pack.yaml"
    broken.write_text("film:\n  title: X\n  genre: drama\n  synopsis: ok\n  cast: [someone]\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        env={"PYTHONPATH": str(ROOT), "DISCORD_TOKEN": "not-a-real-token", "PACK_PATH": str(broken)},
    )
    assert result.returncode == 1
    assert f"{broken}:5: unknown key 'cast' in pack.film" in result.stderr
    assert f"{broken}:1: pack is missing required key 'scenes'" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_rejected_token_is_one_line_and_its_own_exit_status(tmp_path, monkeypatch, capsys):
    async def rejected(self, token):  # Discord's answer to a bad token, without the network
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(FilmBotBase, "login", rejected)
    status = runner.run(Settings(token="tok-SECRET-123", command_state_path=tmp_path / "state.json"))
    assert status == ExitCode.TOKEN_REJECTED
    captured = capsys.readouterr()
    assert "Discord rejected DISCORD_TOKEN" in captured.err
    assert "SECRET" not in captured.err + captured.out


def launch(base: str, tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`python -m bot` in a fresh process, its REST (and so its gateway) pointed at `base` on loopback."""
    return subprocess.run(
        [sys.executable, str(ROOT / "tests" / "launch_bot.py"), base, *args],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
        env={"DISCORD_TOKEN": TOKEN, "COMMAND_STATE_PATH": str(tmp_path / "state.json"), **env},
    )


def last_line(result: subprocess.CompletedProcess[str]) -> str:
    return result.stderr.strip().splitlines()[-1]


def test_no_network_is_one_line_and_its_own_exit_status(tmp_path):
    result = launch(f"http://127.0.0.1:{closed_port()}/api/v10", tmp_path)
    assert result.returncode == ExitCode.NO_NETWORK
    assert last_line(result).startswith("Cannot reach Discord (")
    assert "Traceback" not in result.stderr and TOKEN not in result.stderr


def test_a_token_refused_by_discord_over_http(tmp_path):
    fake = FakeDiscord(token_ok=False)
    with serving(fake) as base:
        result = launch(base, tmp_path)
    assert result.returncode == ExitCode.TOKEN_REJECTED
    assert last_line(result).startswith("Discord rejected DISCORD_TOKEN")
    assert "Traceback" not in result.stderr and "tok-SECRET" not in result.stderr
    assert fake.requests == ["GET /users/@me"]


@pytest.mark.parametrize(
    "close_code, status, line",
    [
        (4004, ExitCode.GATEWAY_CLOSED, "Discord's gateway rejected DISCORD_TOKEN (close code 4004)"),
        (4014, ExitCode.INTENT_MISSING, "ANSWER_CHANNEL_IDS needs the Message Content intent"),
        (4013, ExitCode.GATEWAY_CLOSED, "Discord's gateway closed the connection for good (close code 4013)"),
    ],
)
def test_a_gateway_that_closes_for_good(tmp_path, close_code, status, line):
    fake = FakeDiscord(close_code=close_code)
    with serving(fake) as base:
        result = launch(base, tmp_path, ANSWER_CHANNEL_IDS="1")
    assert result.returncode == status, result.stderr
    assert last_line(result).startswith(line)
    assert "Traceback" not in result.stderr and "tok-SECRET" not in result.stderr
    assert fake.requests[-2:] == ["gateway", "IDENTIFY"]


def test_the_voice_library_warnings_are_silenced(tmp_path):
    with serving(FakeDiscord()) as base:
        result = launch(base, tmp_path)
    assert "logging in using static token" in result.stderr  # discord.py's log is shown, its voice warnings not
    assert "voice will NOT be supported" not in result.stderr


def test_a_failed_extension_stops_the_start_and_never_syncs(tmp_path):
    fake = FakeDiscord()
    with serving(fake) as base:
        result = launch(base, tmp_path, LAUNCH_EXTRA_EXTENSION="tests.discord.broken_extension")
    assert result.returncode == ExitCode.EXTENSION_FAILED
    assert last_line(result) == (
        "Stopped without syncing commands: could not load tests.discord.broken_extension (traceback above)."
    )
    assert "this extension is broken on purpose" in result.stderr  # the log keeps the traceback
    assert "PUT commands" not in fake.requests and not (tmp_path / "state.json").exists()


def test_a_bad_bot_setting_is_reported_when_the_bot_starts_without_its_value(tmp_path):
    result = launch("http://127.0.0.1:9/api/v10", tmp_path, SHARD_COUNT="2", SHARD_IDS="0,0", DEV_GUILD_ID=TOKEN)
    assert result.returncode == ExitCode.BAD_SETTINGS
    assert result.stderr.startswith("configuration error: ") and TOKEN not in result.stderr


def test_an_unreachable_database_is_one_line_and_exit_4_to_be_restarted(tmp_path, monkeypatch, capsys):
    async def login_then_setup(self, token):  # a successful login runs setup_hook, which opens the store
        await self.setup_hook()

    monkeypatch.setattr(FilmBotBase, "login", login_then_setup)
    settings = Settings(
        token="tok", command_state_path=tmp_path / "state.json", database_url="postgresql://bot:SECRET@127.0.0.1:9/bot"
    )
    assert runner.run(settings) == ExitCode.NO_NETWORK
    captured = capsys.readouterr()
    assert captured.err.startswith("cannot connect to postgresql://127.0.0.1:9/bot")
    assert "SECRET" not in captured.err + captured.out and "Traceback" not in captured.err


def test_an_unusable_database_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    async def login_then_setup(self, token):
        await self.setup_hook()

    monkeypatch.setattr(FilmBotBase, "login", login_then_setup)
    settings = Settings(token="tok", command_state_path=tmp_path / "state.json", database_url=f"sqlite:///{tmp_path}")
    assert runner.run(settings) == ExitCode.BAD_SETTINGS  # a folder, not a database file: a restart would not help
    captured = capsys.readouterr()
    assert captured.err.startswith(f"cannot open the SQLite database {tmp_path}") and "Traceback" not in captured.err


def test_logs_carry_no_colour_codes_where_discord_py_would_guess_a_terminal(tmp_path, monkeypatch, capsys):
    """discord.py colours its logs when it finds /.dockerenv; `docker logs` and journald then show raw escapes."""
    import logging

    monkeypatch.setattr(discord.utils, "stream_supports_colour", lambda stream: True)
    root = logging.getLogger()
    before = list(root.handlers)
    try:
        runner.setup_logging("INFO", stream=sys.stderr)
        logging.getLogger("bot").info("hello from the bot")
        assert "hello from the bot" in capsys.readouterr().err
        assert "\x1b[" not in "".join(h.format(logging.makeLogRecord({"msg": "x"})) for h in root.handlers)
    finally:
        root.handlers[:] = before
