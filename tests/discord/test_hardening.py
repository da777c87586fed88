"""Hostile input and awkward setups through the real bot: echoed text is inert, buttons on someone else's message
don't change it, answer-every-message channels ignore chatter, an unwritable state file doesn't force syncs."""

from __future__ import annotations

import logging
from dataclasses import replace

import pytest

from bot import create_bot
from bot.config import Settings

HOSTILE_NAME = "<t:0:R> https://evil.example @everyone <#1> </help:1> <@&2> \u202eevil\u202c \x07"


async def test_did_you_mean_echoes_the_name_inert(channel, alice):
    result = await alice.slash(channel, "scene", name=HOSTILE_NAME)
    content = result.response.content
    assert result.ephemeral and content.startswith("No scene called")
    for active in ("<t:", "https://", "<#", "</", "<@", "\u202e", "\x07"):
        assert active not in content
    assert "@everyone" not in content.replace("@\u200beveryone", "")
    message = result.response.message
    assert not message.mention_everyone and message.role_mentions == [] and message.channel_mentions == []


async def test_someone_else_pressing_next_gets_the_page_to_themselves(simcord_env, guild, channel, alice):
    shown = await alice.slash(channel, "scene", name="The Audition")
    bob = guild.add_member(simcord_env.create_user("bob"))
    pressed = await bob.click(shown.response.message, label="Next ▶")
    assert pressed.ephemeral and pressed.response.embeds[0].footer.text.startswith("Scene 2 of")
    assert channel.last_message.embeds[0].title == "The Audition"  # alice's message is unchanged
    again = await bob.click(pressed.response.message, label="Next ▶")  # bob's own copy moves for bob
    assert again.response.embeds[0].footer.text.startswith("Scene 3 of")
    mine = await alice.click(shown.response.message, label="Next ▶")
    assert not mine.ephemeral and channel.last_message.embeds[0].footer.text.startswith("Scene 2 of")


async def test_buttons_from_before_the_owner_was_recorded_still_work(simcord_env, channel, alice, engine):
    from bot.utils.embeds import subject_embed
    from bot.utils.views import entry_view

    scene = engine.pack.scenes[0]
    bot_channel = simcord_env.bot.get_channel(channel.id)
    old = await bot_channel.send(
        embed=subject_embed(scene, engine.pack, hide_spoilers=True), view=entry_view(scene, len(engine.pack.scenes))
    )  # no owner in the custom ids
    pressed = await alice.click(old, label="Next ▶")
    assert not pressed.ephemeral and channel.last_message.embeds[0].footer.text.startswith("Scene 2 of")


class TestAnswerChannels:
    @pytest.fixture
    def settings(self, tmp_path):
        return Settings(
            command_state_path=tmp_path / "commands.json", answer_channel_ids=frozenset({1}), cooldown_rate=2
        )

    @pytest.fixture
    async def answering(self, simcord_env, settings, engine, channel):
        # The host's channel list is read at start (it is every server's default): start again with this channel.
        await simcord_env.restart_bot(
            create_bot(replace(settings, answer_channel_ids=frozenset({channel.id})), engine=engine)
        )
        return channel

    @pytest.mark.parametrize(
        "chatter", ["lol", "good morning everyone!", "who's bringing snacks tonight", "what's the weather like"]
    )
    async def test_small_talk_and_chatter_get_no_reply(self, answering, alice, chatter):
        await alice.send(answering, chatter)
        assert answering.last_message.author.id == alice.id

    async def test_questions_about_the_film_are_answered(self, answering, alice):
        await alice.send(answering, "what happens in the audition")
        assert answering.last_message.embeds[0].title == "The Audition"

    async def test_chatter_does_not_use_up_the_quota(self, answering, alice):
        for chatter in ("lol", "haha", "ok", "brb"):
            await alice.send(answering, chatter)
        for question in ("what happens in the audition", "who composed the soundtrack"):
            await alice.send(answering, question)
            assert answering.last_message.embeds, answering.last_message.content

    async def test_a_mention_still_gets_the_helpful_decline(self, answering, alice, bot_mention):
        await alice.send(answering, f"{bot_mention} lol")
        assert answering.last_message.author.bot and "memorable scenes" in answering.last_message.content


class TestUnwritableState:
    @pytest.fixture
    def settings(self, tmp_path):
        (tmp_path / "not-a-folder").write_text("a file where a folder should be")
        # The settings database has a place of its own here (by default it sits beside the state file).
        return Settings(
            command_state_path=tmp_path / "not-a-folder" / "commands.json",
            database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        )

    async def test_synced_once_warned_once_and_not_again_while_unchanged(self, simcord_env, settings, engine, caplog):
        puts = lambda: [e for e in simcord_env.http_requests if e.method == "PUT"]  # noqa: E731
        assert len(puts()) == 1
        with caplog.at_level(logging.WARNING, logger="bot"):
            for _ in range(2):
                await simcord_env.restart_bot(create_bot(settings, engine=engine))
        assert len(puts()) == 1
        await simcord_env.restart_bot(create_bot(settings, engine=engine, force_sync=True))
        assert len(puts()) == 2
        records = caplog.get_records("setup") + caplog.records
        assert len([r for r in records if "could not record it" in r.getMessage()]) == 1  # the first start only
        assert not [r for r in records if r.levelno >= logging.ERROR]  # the heartbeat says so once too, no traceback
