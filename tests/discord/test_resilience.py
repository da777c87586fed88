"""Discord failing under the bot: it logs, answers when it can, and the next request works."""

from __future__ import annotations

import logging
from dataclasses import replace

import discord
import pytest

from bot import create_bot
from bot.config import Settings


async def test_a_500_on_the_interaction_callback_is_retried(simcord_env, channel, alice, caplog):
    simcord_env.inject_error("POST", "/interactions/*/callback", status=500, times=1)
    with caplog.at_level(logging.WARNING, logger="bot"):
        result = await alice.slash(channel, "scene", name="The Audition")
    assert result.acknowledged and result.response.embeds[0].title == "The Audition"
    assert "failed (attempt 1)" in caplog.text
    again = await alice.slash(channel, "film")
    assert again.response.embeds[0].title == "The Red Shoes"


async def test_a_callback_that_keeps_failing_is_logged_and_the_bot_stays_up(simcord_env, channel, alice, caplog):
    simcord_env.inject_error("POST", "/interactions/*/callback", status=500, times=3)
    with caplog.at_level(logging.WARNING, logger="bot"):
        first = await alice.slash(channel, "scene", name="The Audition")
    assert not first.acknowledged
    assert "failed (attempt 2)" in caplog.text and "giving up" in caplog.text
    second = await alice.slash(channel, "scene", name="The Isolation")
    assert second.response.embeds[0].title == "The Isolation"


async def test_a_500_on_channel_messages_is_retried(simcord_env, channel, alice, bot_mention, caplog):
    simcord_env.inject_error("POST", "/channels/*/messages", status=500, times=1)
    with caplog.at_level(logging.WARNING, logger="bot"):
        await alice.send(channel, f"{bot_mention} the audition")
    assert channel.last_message.embeds[0].title == "The Audition"
    assert "reply in channel" in caplog.text


async def test_channel_messages_failing_every_time_is_logged_then_the_next_works(
    simcord_env, channel, alice, bot_mention
):
    simcord_env.inject_error("POST", "/channels/*/messages", status=500, times=6)  # the answer and the apology
    await alice.send(channel, f"{bot_mention} the audition")
    assert channel.last_message.author.id == alice.id
    await alice.send(channel, f"{bot_mention} the isolation")
    assert channel.last_message.embeds[0].title == "The Isolation"


async def test_missing_permission_to_reply_is_not_an_error(simcord_env, guild, channel, alice, bot_mention):
    quiet = guild.create_text_channel(
        "quiet",
        overwrites={
            guild.default_role: discord.PermissionOverwrite(send_messages=False),
            alice: discord.PermissionOverwrite(send_messages=True),
        },
    )
    await alice.send(quiet, f"{bot_mention} the audition")
    assert quiet.last_message.author.id == alice.id
    await alice.send(channel, f"{bot_mention} the audition")
    assert channel.last_message.embeds[0].title == "The Audition"


@pytest.mark.expected_errors
async def test_an_unexpected_error_gets_an_ephemeral_apology_and_a_logged_traceback(
    simcord_env, channel, alice, caplog, monkeypatch
):
    def broken(question: str, conversation=None):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(simcord_env.bot.engine, "answer", broken)
    with caplog.at_level(logging.ERROR, logger="bot"):
        result = await alice.slash(channel, "ask", question="the audition")
    assert result.ephemeral and result.response.content.startswith("Something went wrong")
    assert "command /ask failed" in caplog.text and "engine exploded" in caplog.text
    assert [type(e).__name__ for e in simcord_env.errors] == ["CommandInvokeError"]
    monkeypatch.undo()
    after = await alice.slash(channel, "ask", question="the audition")
    assert after.response.embeds[0].title == "The Audition"


@pytest.fixture
def settings(tmp_path):
    return Settings(command_state_path=tmp_path / "commands.json", answer_channel_ids=frozenset({1}))


async def test_answer_channels_answer_every_message(simcord_env, channel, alice, settings, engine):
    assert simcord_env.bot.intents.message_content
    await simcord_env.restart_bot(
        create_bot(replace(settings, answer_channel_ids=frozenset({channel.id})), engine=engine)
    )
    await alice.send(channel, "what happens in the audition")
    assert channel.last_message.embeds[0].title == "The Audition"
