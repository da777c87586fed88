"""Hostile settings: strict parsing, messages that name the variable and never show a secret, a token that
never renders, and offline commands that read only what they use."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, Secret, Settings

ROOT = Path(__file__).parent.parent
TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.secret-part-of-the-token"


@pytest.mark.parametrize(
    "env, variable",
    [
        ({"SHARD_COUNT": "٣"}, "SHARD_COUNT"),  # Arabic-Indic three: str.isdigit() says yes, int() reads 3
        ({"SHARD_COUNT": "²"}, "SHARD_COUNT"),  # isdigit() but int() fails: was an uncaught ValueError
        ({"DEV_GUILD_ID": "１２３"}, "DEV_GUILD_ID"),  # fullwidth digits
        ({"DEV_GUILD_ID": "9" * 5000}, "DEV_GUILD_ID"),  # past int()'s digit limit: was a ValueError traceback
        ({"SHARD_COUNT": "4", "SHARD_IDS": "0,¹"}, "SHARD_IDS"),
        ({"ANSWER_CHANNEL_IDS": "12,٣٤"}, "ANSWER_CHANNEL_IDS"),
        ({"ANSWER_CHANNEL_IDS": ","}, "ANSWER_CHANNEL_IDS"),
        ({"FREE_TEXT_COOLDOWN": "3/nan"}, "FREE_TEXT_COOLDOWN"),
        ({"FREE_TEXT_COOLDOWN": "3/inf"}, "FREE_TEXT_COOLDOWN"),
        ({"FREE_TEXT_COOLDOWN": "3/1e400"}, "FREE_TEXT_COOLDOWN"),
        ({"FREE_TEXT_COOLDOWN": "٣/30"}, "FREE_TEXT_COOLDOWN"),
        ({"FREE_TEXT_COOLDOWN": "3/-5"}, "FREE_TEXT_COOLDOWN"),
        ({"FREE_TEXT_COOLDOWN": "0/30"}, "FREE_TEXT_COOLDOWN"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "0,0"}, "SHARD_IDS lists a shard twice"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "1,2"}, "SHARD_IDS must be below SHARD_COUNT=2"),
    ],
)
def test_bad_values_are_refused_naming_the_variable(env, variable):
    with pytest.raises(ConfigError, match=variable):
        Settings.from_env(env)


def test_good_values_with_spaces_and_decimals_still_parse():
    settings = Settings.from_env({"FREE_TEXT_COOLDOWN": "5 / 2.5", "SHARD_COUNT": "4", "SHARD_IDS": "3, 1"})
    assert (settings.cooldown_rate, settings.cooldown_seconds) == (5, 2.5) and settings.shard_ids == (3, 1)


@pytest.mark.parametrize(
    "variable", ["SHARD_COUNT", "DEV_GUILD_ID", "ANSWER_CHANNEL_IDS", "FREE_TEXT_COOLDOWN", "LOG_LEVEL", "SHARD_IDS"]
)
def test_a_token_pasted_into_the_wrong_variable_is_never_echoed(variable):
    env = {variable: TOKEN, "SHARD_COUNT": "2"} if variable == "SHARD_IDS" else {variable: TOKEN}
    with pytest.raises(ConfigError) as error:
        Settings.from_env(env)
    assert variable in str(error.value)
    assert "secret" not in str(error.value) and "GaBcDe" not in str(error.value)


def test_a_short_word_that_cannot_be_a_secret_is_shown():
    with pytest.raises(ConfigError, match="not 'LOUD'"):
        Settings.from_env({"LOG_LEVEL": "loud"})


def test_the_token_never_renders_but_can_be_revealed(caplog):
    token = Secret(TOKEN)
    for shown in (
        str(token),
        repr(token),
        f"{token}",
        f"{token!s}",
        f"{token:>80}",
        format(token, "<80"),
        repr(Settings(token=TOKEN)),
        str(Settings.from_env({"DISCORD_TOKEN": TOKEN})),
    ):
        assert "secret" not in shown and "GaBcDe" not in shown
    with caplog.at_level(logging.INFO):
        logging.getLogger("test").info("token %s in %r", token, Settings(token=TOKEN))
    assert "secret" not in caplog.text
    assert token.reveal() == TOKEN and Settings(token=TOKEN).token == token and bool(token) and not Secret("")


@pytest.mark.parametrize("command", [["validate"], ["ask", "audition"]])
def test_offline_commands_ignore_bad_bot_only_settings(tmp_path, command):
    env = {
        "PYTHONPATH": str(ROOT),
        "FREE_TEXT_COOLDOWN": "5",
        "LOG_LEVEL": "verbose",
        "SHARD_IDS": "0,0",
        "DEV_GUILD_ID": "guild",
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", *command], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "configuration error" not in result.stderr


def test_offline_commands_still_read_pack_path(tmp_path):
    missing = tmp_path / "nowhere.yaml"
    result = subprocess.run(
        [sys.executable, "-m", "bot", "validate"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PACK_PATH": str(missing)},
        timeout=60,
    )
    assert result.returncode == 1 and str(missing) in result.stderr
