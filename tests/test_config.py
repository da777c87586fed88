"""Settings from the environment: parsed, validated, and the token kept out of sight."""

from __future__ import annotations

import logging

import pytest

from bot.config import DEFAULT_LIBRARY, DEFAULT_PACK, ConfigError, Secret, Settings


def test_defaults():
    settings = Settings.from_env({})
    assert not settings.token and settings.pack_path == DEFAULT_LIBRARY and settings.default_film == ""
    assert DEFAULT_PACK.parent == DEFAULT_LIBRARY and DEFAULT_PACK.suffix == ".yaml"  # the shipped folder holds it
    assert (settings.cooldown_rate, settings.cooldown_seconds) == (3, 30.0)
    assert settings.shard_count is None and settings.answer_channel_ids == frozenset()


def test_default_film_is_read_online_and_offline():
    env = {"DEFAULT_FILM": " The Red Shoes ", "PACK_PATH": "/films"}
    assert Settings.from_env(env).default_film == "The Red Shoes"
    assert Settings.from_env(env, offline=True).default_film == "The Red Shoes"


def test_every_setting_is_read():
    settings = Settings.from_env(
        {
            "DISCORD_TOKEN": "abc.def",
            "PACK_PATH": "/tmp/p.yaml",
            "DEV_GUILD_ID": "42",
            "ANSWER_CHANNEL_IDS": "1, 2,3",
            "FREE_TEXT_COOLDOWN": "5/60",
            "LOG_LEVEL": "debug",
            "SHARD_COUNT": "4",
            "SHARD_IDS": "2,3",
            "COMMAND_STATE_PATH": "/tmp/state.json",
        }
    )
    assert settings.token.reveal() == "abc.def" and str(settings.pack_path) == "/tmp/p.yaml"
    assert settings.dev_guild_id == 42 and settings.answer_channel_ids == {1, 2, 3}
    assert (settings.cooldown_rate, settings.cooldown_seconds) == (5, 60.0)
    assert settings.log_level == "DEBUG" and settings.shard_count == 4 and settings.shard_ids == (2, 3)
    assert str(settings.command_state_path) == "/tmp/state.json"


@pytest.mark.parametrize(
    "env, message",
    [
        ({"SHARD_COUNT": "0"}, "SHARD_COUNT must be a whole number of at least 1 and at most"),
        ({"SHARD_IDS": "0,1"}, "SHARD_IDS needs SHARD_COUNT"),
        ({"SHARD_COUNT": "2", "SHARD_IDS": "0,2"}, "SHARD_IDS must be below SHARD_COUNT=2"),
        ({"FREE_TEXT_COOLDOWN": "fast"}, "FREE_TEXT_COOLDOWN must look like 3/30"),
        ({"ANSWER_CHANNEL_IDS": "general"}, "ANSWER_CHANNEL_IDS must be comma-separated whole numbers"),
        ({"LOG_LEVEL": "loud"}, "LOG_LEVEL must be DEBUG"),
    ],
)
def test_bad_values_name_the_variable(env, message):
    with pytest.raises(ConfigError, match=message):
        Settings.from_env(env)


def test_the_token_never_shows(caplog):
    settings = Settings.from_env({"DISCORD_TOKEN": "MTIz.secret.token"})
    assert "secret" not in repr(settings) and "secret" not in repr(settings.token)
    assert repr(Secret("x")) == "Secret('********')"
    with caplog.at_level(logging.INFO):
        logging.getLogger("test").info("settings: %r", settings)
    assert "secret" not in caplog.text


def test_conversation_idle_time_is_whole_seconds_of_at_least_one():
    assert Settings.from_env({}).conversation_idle_seconds == 300
    assert Settings.from_env({"CONVERSATION_IDLE_SECONDS": "90"}).conversation_idle_seconds == 90
    for bad in ("0", "-5", "1.5", "five minutes"):
        with pytest.raises(ConfigError, match="CONVERSATION_IDLE_SECONDS must be a whole number of at least 1"):
            Settings.from_env({"CONVERSATION_IDLE_SECONDS": bad})
