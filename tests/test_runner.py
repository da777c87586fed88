"""Starting the bot for real: a broken pack or a rejected token ends with one clear message, no traceback."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import discord

from bot import runner
from bot.client import FilmBotBase
from bot.config import Settings

ROOT = Path(__file__).parent.parent


def test_a_broken_pack_is_refused_at_start_with_file_and_line(tmp_path):
    broken = tmp_path / "pack.yaml"
    broken.write_text("film:\n  title: X\n  genre: drama\n  synopsis: ok\n  cast: [someone]\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "bot"], capture_output=True, text=True, cwd=tmp_path, timeout=60,
                            env={"PYTHONPATH": str(ROOT), "DISCORD_TOKEN": "not-a-real-token",
                                 "PACK_PATH": str(broken)})
    assert result.returncode == 1
    assert f"{broken}:5: unknown key 'cast' in pack.film" in result.stderr
    assert f"{broken}:1: pack is missing required key 'characters'" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_rejected_token_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys):
    async def rejected(self, token):  # Discord's answer to a bad token, without the network
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(FilmBotBase, "login", rejected)
    status = runner.run(Settings(token="tok-SECRET-123", command_state_path=tmp_path / "state.json"))
    assert status == 2
    captured = capsys.readouterr()
    assert "Discord rejected DISCORD_TOKEN" in captured.err
    assert "SECRET" not in captured.err + captured.out
