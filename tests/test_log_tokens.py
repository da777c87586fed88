"""LOG_LEVEL=DEBUG shows discord.py's requests and gateway events: the interaction tokens in them stay masked."""

from __future__ import annotations

import logging

import discord
import pytest

from bot import runner
from bot.client import FilmBotBase
from bot.config import Settings
from bot.exit_codes import ExitCode

TOKEN = "aW50ZXJhY3Rpb246MTQ1NjA3NDQ0Mzk4MDgwMDAxNzpTRUNSRVQtdG9rZW4tcGFydA"
APP_ID = "1456074443980800000"


def discord_debug_lines() -> None:
    """What discord.py logs at DEBUG while it answers an interaction (its own message formats)."""
    logging.getLogger("discord.webhook.async_").debug(
        "Webhook ID %s with %s %s has returned status code %s",
        APP_ID,
        "POST",
        f"https://discord.com/api/v10/interactions/1456074443980800017/{TOKEN}/callback",
        204,
    )
    logging.getLogger("discord.webhook.async_").debug(
        "Webhook ID %s with %s %s has returned status code %s",
        APP_ID,
        "PATCH",
        f"https://discord.com/api/v10/webhooks/{APP_ID}/{TOKEN}/messages/@original",
        200,
    )
    logging.getLogger("discord.http").debug(
        "%s %s with %s has returned %s", "POST", f"https://discord.com/api/v10/webhooks/{APP_ID}/{TOKEN}", None, 200
    )
    logging.getLogger("discord.gateway").debug(
        "For Shard ID %s: WebSocket Event: %s",
        None,
        {"t": "INTERACTION_CREATE", "d": {"id": "1456074443980800017", "token": TOKEN, "type": 2}},
    )


@pytest.mark.parametrize("level", ["DEBUG", "INFO"])
def test_interaction_tokens_are_masked_in_the_log(tmp_path, monkeypatch, capsys, level):
    async def logs_then_fails(self, token):
        discord_debug_lines()
        raise discord.LoginFailure("Improper token has been passed.")

    monkeypatch.setattr(FilmBotBase, "login", logs_then_fails)
    settings = Settings(token="tok", command_state_path=tmp_path / "state.json", log_level=level)
    assert runner.run(settings) == ExitCode.TOKEN_REJECTED
    err = capsys.readouterr().err
    assert TOKEN not in err and TOKEN[:20] not in err
    if level == "DEBUG":  # the lines are still there, only the token is hidden
        assert "/interactions/1456074443980800017/***/callback" in err
        assert f"/webhooks/{APP_ID}/***/messages/@original" in err
        assert "'token': '***'" in err
