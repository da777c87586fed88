"""Command sync only when the commands changed; sharded start-up."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from bot import create_bot
from bot.client import FilmBot, ShardedFilmBot
from bot.config import Settings


def command_puts(env) -> list[str]:
    return [e.path for e in env.http_requests if e.method == "PUT" and e.path.endswith("/commands")]


async def test_first_start_syncs_and_records_the_hash(simcord_env, settings):
    assert len(command_puts(simcord_env)) == 1
    state = json.loads(settings.command_state_path.read_text())
    assert list(state) == [f"{simcord_env.bot.application_id}:global"]
    assert not list(settings.command_state_path.parent.glob("*.tmp"))  # written aside, then renamed


async def test_a_restart_with_unchanged_commands_does_not_sync(simcord_env, settings, engine, channel, alice):
    await simcord_env.restart_bot(create_bot(settings, engine=engine))
    assert len(command_puts(simcord_env)) == 1
    assert (await alice.slash(channel, "scenes")).response.embeds


async def test_changed_commands_sync_again(simcord_env, settings, engine):
    path = settings.command_state_path
    state = json.loads(path.read_text())
    path.write_text(json.dumps({key: "an older tree" for key in state}))
    await simcord_env.restart_bot(create_bot(settings, engine=engine))
    assert len(command_puts(simcord_env)) == 2


async def test_forced_sync_and_guild_sync(simcord_env, settings, engine, guild):
    await simcord_env.restart_bot(create_bot(settings, engine=engine, force_sync=True))
    assert len(command_puts(simcord_env)) == 2
    dev = replace(settings, dev_guild_id=guild.id)
    await simcord_env.restart_bot(create_bot(dev, engine=engine))
    assert command_puts(simcord_env)[-1].endswith(f"/guilds/{guild.id}/commands")


def test_plain_bot_without_a_shard_count(settings, engine):
    assert type(create_bot(settings, engine=engine)) is FilmBot


@pytest.fixture
def settings(tmp_path):
    return Settings(command_state_path=tmp_path / "commands.json")


class TestSharded:
    @pytest.fixture
    def settings(self, tmp_path):
        return Settings(command_state_path=tmp_path / "commands.json", shard_count=2, shard_ids=(0, 1))

    async def test_sharded_bot_answers_on_every_shard(self, simcord_env, bot_mention):
        bot = simcord_env.bot
        assert isinstance(bot, ShardedFilmBot) and bot.shard_count == 2 and sorted(bot.shards) == [0, 1]
        for shard in (0, 1):
            guild = simcord_env.create_guild(name=f"shard {shard}", shard_id=shard)
            channel = guild.create_text_channel("films")
            member = guild.add_member(simcord_env.create_user(f"fan{shard}"))
            result = await member.slash(channel, "scene", name="The Audition")
            assert result.response.embeds[0].title == "The Audition"
            await member.send(channel, f"{bot_mention} the isolation")
            assert channel.last_message.embeds[0].title == "The Isolation"
            assert bot.get_guild(guild.id).shard_id == shard
