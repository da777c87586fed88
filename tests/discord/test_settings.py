"""/settings through the real bot: admins change each setting and the bot follows; nobody else can."""

from __future__ import annotations

import logging

import discord
import pytest
from simcord import SetupError

from bot import create_bot
from bot.config import Settings
from bot.storage import GuildOverrides


@pytest.fixture
def settings(tmp_path):
    return Settings(
        command_state_path=tmp_path / "commands.json", cooldown_rate=3, cooldown_seconds=30.0, message_content=True
    )


@pytest.fixture
def admin(simcord_env, guild):
    role = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    return guild.add_member(simcord_env.create_user("ada"), roles=[role])


@pytest.fixture
def spoiler(pack):
    return next(scene for scene in pack.scenes if scene.spoiler)


def stored(env, guild) -> GuildOverrides:
    return env.bot.guild_settings.overrides(guild.id)


async def change(admin, where, command: str, **options) -> str:
    result = await admin.slash(where, f"settings {command}", **options)
    assert result.ephemeral
    return result.response.content


async def test_spoilers_shown_then_hidden_again(simcord_env, channel, admin, alice, bot_mention, pack, spoiler):
    assert (await alice.slash(channel, "scene", name=spoiler.title)).response.embeds[0].description.startswith("||")
    assert "||" in str((await alice.slash(channel, "scenes")).response.embeds[0].to_dict())
    assert await change(admin, channel, "spoilers", mode="show") == "Spoilers are now shown."
    assert (await alice.slash(channel, "scene", name=spoiler.title)).response.embeds[0].description == spoiler.summary
    await alice.send(channel, f"{bot_mention} {spoiler.title}")
    assert channel.last_message.embeds[0].description == spoiler.summary
    assert "||" not in str((await alice.slash(channel, "scenes")).response.embeds[0].to_dict())
    before = await alice.slash(channel, "scene", name=pack.scenes[spoiler.number - 2].title)
    clicked = await alice.click(before.response.message, label="Next ▶")  # the buttons follow the setting too
    assert clicked.response.embeds[0].description == spoiler.summary
    await change(admin, channel, "spoilers", mode="hide")
    assert (await alice.slash(channel, "scene", name=spoiler.title)).response.embeds[0].description.startswith("||")


async def test_an_answer_channel_is_answered_without_a_mention(simcord_env, guild, channel, admin, alice):
    await alice.send(channel, "what happens in the audition")
    assert channel.last_message.author.id == alice.id
    confirmation = await change(admin, channel, "channel add", channel=channel)
    assert confirmation == f"I now answer every message in <#{channel.id}>."
    await alice.send(channel, "what happens in the audition")
    assert channel.last_message.embeds[0].title == "The Audition"
    elsewhere = guild.create_text_channel("general")
    await alice.send(elsewhere, "what happens in the audition")
    assert elsewhere.last_message.author.id == alice.id
    await change(admin, channel, "channel remove", channel=channel)
    await alice.send(channel, "what happens in the audition")
    assert channel.last_message.author.id == alice.id
    assert stored(simcord_env, guild).answer_channel_ids == frozenset()


async def test_free_text_off_ignores_mentions_but_slash_commands_work(channel, admin, alice, bot_mention):
    await change(admin, channel, "free-text", state="off")
    await alice.send(channel, f"{bot_mention} what happens in the audition")
    assert channel.last_message.author.id == alice.id
    assert (await alice.slash(channel, "ask", question="the audition")).response.embeds[0].title == "The Audition"
    await change(admin, channel, "free-text", state="on")
    await alice.send(channel, f"{bot_mention} what happens in the audition")
    assert channel.last_message.embeds[0].title == "The Audition"


async def test_a_servers_cooldown_applies(simcord_env, channel, admin, alice, bot_mention):
    confirmation = await change(admin, channel, "cooldown", answers=1, seconds=60)
    assert confirmation == "Cooldown is now 1 answer per 60 s per member."
    await alice.send(channel, f"{bot_mention} audition")
    assert channel.last_message.embeds
    await alice.send(channel, f"{bot_mention} audition")
    assert "I'll answer again in 60 s" in channel.last_message.content
    await simcord_env.advance_time(61)
    await alice.send(channel, f"{bot_mention} audition")
    assert channel.last_message.embeds[0].title == "The Audition"


async def test_show_lists_each_setting_beside_its_default(channel, admin):
    await change(admin, channel, "spoilers", mode="show")
    await change(admin, channel, "channel add", channel=channel)
    shown = await change(admin, channel, "show")
    assert "Spoilers: shown (hidden)" in shown
    assert f"Answer channels: <#{channel.id}> (none)" in shown
    assert "Free text (mentions and answer channels): on (on)" in shown
    assert "Cooldown: 3 answers per 30 s per member (3 answers per 30 s per member)" in shown


async def test_reset_puts_every_setting_back(simcord_env, guild, channel, admin, alice, spoiler):
    await change(admin, channel, "spoilers", mode="show")
    await change(admin, channel, "free-text", state="off")
    assert "back to its default" in await change(admin, channel, "reset")
    assert stored(simcord_env, guild) == GuildOverrides()
    assert await simcord_env.bot.guild_settings.store.export_guild(guild.id) == {
        "answer_channels": [],
        "guild_settings": [],
        "quiz_games": [],
        "quiz_scores": [],
    }
    assert (await alice.slash(channel, "scene", name=spoiler.title)).response.embeds[0].description.startswith("||")


async def test_members_without_manage_server_do_not_get_the_commands(channel, alice):
    with pytest.raises(SetupError, match="default-member-permissions"):
        await alice.slash(channel, "settings spoilers", mode="show")


@pytest.mark.expected_errors
async def test_manage_server_is_checked_again_when_the_command_runs(simcord_env, guild, channel, alice):
    # An admin opened /settings to everyone in the server's integration settings: the bot still refuses.
    command = next(c for c in await simcord_env.bot.tree.fetch_commands() if c.name == "settings")
    guild.set_command_permissions(command, {alice: True})
    result = await alice.slash(channel, "settings spoilers", mode="show")
    assert result.ephemeral
    assert result.response.content == "You are missing Manage Server permission(s) to run this command."
    assert [type(e).__name__ for e in simcord_env.errors] == ["MissingPermissions"]
    assert stored(simcord_env, guild) == GuildOverrides()


async def test_settings_survive_a_restart(simcord_env, settings, engine, guild, channel, admin, alice, spoiler):
    await change(admin, channel, "spoilers", mode="show")
    await change(admin, channel, "channel add", channel=channel)
    await simcord_env.restart_bot(create_bot(settings, engine=engine))
    assert (await alice.slash(channel, "scene", name=spoiler.title)).response.embeds[0].description == spoiler.summary
    await alice.send(channel, "what happens in the audition")
    assert channel.last_message.embeds[0].title == "The Audition"


async def test_two_servers_keep_their_own_settings(simcord_env, guild, channel, admin, bot_mention, spoiler):
    other = simcord_env.create_guild(name="Other Club")
    there = other.create_text_channel("films")
    fan = other.add_member(simcord_env.create_user("fan"))
    await change(admin, channel, "spoilers", mode="show")
    await change(admin, channel, "free-text", state="off")
    assert (await fan.slash(there, "scene", name=spoiler.title)).response.embeds[0].description.startswith("||")
    await fan.send(there, f"{bot_mention} the audition")
    assert there.last_message.embeds[0].title == "The Audition"
    assert stored(simcord_env, other) == GuildOverrides()


async def test_leaving_a_server_deletes_its_rows(simcord_env, guild, channel, admin, caplog):
    other = simcord_env.create_guild(name="Other Club")
    other_admin = other.add_member(
        simcord_env.create_user("otto"),
        roles=[other.create_role("Admins", permissions=discord.Permissions(manage_guild=True))],
    )
    await change(other_admin, other.create_text_channel("films"), "free-text", state="off")
    await change(admin, channel, "spoilers", mode="show")
    await change(admin, channel, "channel add", channel=channel)
    store = simcord_env.bot.guild_settings.store
    with caplog.at_level(logging.INFO, logger="bot"):
        await simcord_env.bot.get_guild(guild.id).leave()
        await simcord_env.settle()
    assert simcord_env.bot.get_guild(guild.id) is None
    assert await store.export_guild(guild.id) == {
        "answer_channels": [],
        "guild_settings": [],
        "quiz_games": [],
        "quiz_scores": [],
    }
    assert (await store.guild_overrides(other.id)).free_text is False
    assert f"left guild={guild.id}: deleted its 2 stored rows" in caplog.text


async def test_bad_values_change_nothing(simcord_env, guild, channel, admin):
    await change(admin, channel, "cooldown", answers=2, seconds=20)
    before = stored(simcord_env, guild)
    assert "Not changed: 10 answers per 5 s is more than one a second" in await change(
        admin, channel, "cooldown", answers=10, seconds=5
    )
    with pytest.raises(Exception, match="must be ≥ 1"):  # Discord itself refuses values out of bounds
        await admin.slash(channel, "settings cooldown", answers=0, seconds=30)
    assert "Not changed:" in await change(admin, channel, "channel remove", channel=channel)
    assert stored(simcord_env, guild) == before
    assert await simcord_env.bot.guild_settings.store.guild_overrides(guild.id) == before


async def test_a_channel_the_bot_cannot_read_is_refused(simcord_env, guild, channel, admin):
    hidden = guild.create_text_channel(
        "staff",
        overwrites={
            guild.default_role: discord.PermissionOverwrite(view_channel=False),
            admin: discord.PermissionOverwrite(view_channel=True),
        },
    )
    reply = await change(admin, channel, "channel add", channel=hidden)
    assert reply.startswith("Not changed: I can't read and send messages in")
    assert stored(simcord_env, guild) == GuildOverrides()


async def test_every_change_is_logged_with_who_and_where(guild, channel, admin, caplog):
    with caplog.at_level(logging.INFO, logger="bot"):
        await change(admin, channel, "cooldown", answers=2, seconds=20)
    assert f"settings: guild={guild.id} cooldown_rate=2 cooldown_seconds=20.0 by user={admin.id}" in caplog.text


async def test_the_hosts_answer_channels_are_a_default_a_server_can_change(
    simcord_env, settings, engine, guild, channel, admin, alice
):
    from dataclasses import replace

    host = replace(settings, answer_channel_ids=frozenset({channel.id}))
    await simcord_env.restart_bot(create_bot(host, engine=engine))
    await alice.send(channel, "the audition")
    assert channel.last_message.embeds[0].title == "The Audition"
    assert f"Answer channels: <#{channel.id}> (<#{channel.id}>)" in await change(admin, channel, "show")
    await change(admin, channel, "channel remove", channel=channel)
    await alice.send(channel, "the audition")
    assert channel.last_message.author.id == alice.id


class TestWithoutMessageContent:
    @pytest.fixture
    def settings(self, tmp_path):
        return Settings(command_state_path=tmp_path / "commands.json", message_content=False)

    async def test_channel_add_says_it_cannot_work_instead_of_pretending(self, simcord_env, guild, channel, admin):
        assert not simcord_env.bot.intents.message_content
        reply = await change(admin, channel, "channel add", channel=channel)
        assert reply.startswith("Not changed: I run without the Message Content intent")
        assert stored(simcord_env, guild) == GuildOverrides()
        assert "Answer channels stay silent" in await change(admin, channel, "show")


async def test_the_group_is_for_servers_only_and_manage_server_by_default(simcord_env):
    synced = next(e.json for e in simcord_env.http_requests if e.method == "PUT" and e.path.endswith("/commands"))
    group = next(command for command in synced if command["name"] == "settings")
    assert int(group["default_member_permissions"]) == discord.Permissions(manage_guild=True).value
    assert group["contexts"] == [0] and group["dm_permission"] is False  # 0: in servers only
    with pytest.raises(SetupError, match="context"):
        await simcord_env.create_user("dora").slash("settings show")


async def test_a_deleted_answer_channel_leaves_the_list(simcord_env, guild, channel, admin):
    kept = guild.create_text_channel("films")
    await change(admin, channel, "channel add", channel=channel)
    await change(admin, channel, "channel add", channel=kept)
    simcord_env.backend.delete_channel(channel.id)  # an admin deletes it in Discord
    await simcord_env.settle()
    assert stored(simcord_env, guild).answer_channel_ids == {kept.id}
    assert (await simcord_env.bot.guild_settings.store.guild_overrides(guild.id)).answer_channel_ids == {kept.id}


class TestOnEachBackend:
    @pytest.fixture
    def settings(self, tmp_path, database_url):
        return Settings(command_state_path=tmp_path / "commands.json", message_content=True, database_url=database_url)

    async def test_the_bot_keeps_its_settings_across_a_restart(
        self, simcord_env, settings, engine, guild, channel, admin, alice, spoiler
    ):
        await change(admin, channel, "spoilers", mode="show")
        await change(admin, channel, "channel add", channel=channel)
        await simcord_env.bot.guild_settings.store.close()  # simcord does not close the bot it restarts
        await simcord_env.restart_bot(create_bot(settings, engine=engine))
        shown = await alice.slash(channel, "scene", name=spoiler.title)
        assert shown.response.embeds[0].description == spoiler.summary
        await alice.send(channel, "what happens in the audition")
        assert channel.last_message.embeds[0].title == "The Audition"
        await simcord_env.bot.guild_settings.store.close()


@pytest.mark.parametrize(
    "command, options, refusal",
    [
        ("spoilers", {"mode": "HIDE"}, "Not changed: mode must be hide or show."),
        ("spoilers", {"mode": ""}, "Not changed: mode must be hide or show."),
        ("spoilers", {"mode": True}, "Not changed: mode must be hide or show."),
        ("free-text", {"state": "maybe"}, "Not changed: state must be on or off."),
        ("cooldown", {"answers": 1.5, "seconds": 30}, "Not changed: answers must be a whole number from 1 to 20."),
        ("cooldown", {"answers": True, "seconds": 30}, "Not changed: answers must be a whole number from 1 to 20."),
        ("cooldown", {"answers": "3", "seconds": 30}, "Not changed: answers must be a whole number from 1 to 20."),
        ("cooldown", {"answers": 0, "seconds": 30}, "Not changed: answers must be a whole number from 1 to 20."),
        ("cooldown", {"answers": 2, "seconds": 2.5}, "Not changed: seconds must be a whole number from 1 to 3600."),
        ("cooldown", {"answers": 2, "seconds": 10**6}, "Not changed: seconds must be a whole number from 1 to 3600."),
    ],
)
async def test_forged_option_values_are_refused_and_change_nothing(
    simcord_env, guild, channel, admin, forged, command, options, refusal
):
    forged(**options)
    assert await change(admin, channel, command) == refusal
    assert stored(simcord_env, guild) == GuildOverrides()
    assert await simcord_env.bot.guild_settings.store.guild_overrides(guild.id) == GuildOverrides()


@pytest.mark.parametrize("command", ["channel add", "channel remove"])
@pytest.mark.parametrize("kind", ["an unknown id", "a voice channel", "a category"])
async def test_a_forged_channel_is_refused_clearly(simcord_env, guild, channel, admin, forged, command, kind):
    value = {
        "an unknown id": lambda: "123",
        "a voice channel": lambda: guild.create_voice_channel("Lounge"),
        "a category": lambda: guild.create_category("Films"),
    }[kind]()
    forged(channel=value)
    reply = await change(admin, channel, command)
    assert reply == "Not changed: channel must be one of this server's text channels."
    assert stored(simcord_env, guild) == GuildOverrides()


@pytest.mark.parametrize("value", ["not-a-channel", "١٢٣", 5, None, "9" * 5000])
async def test_a_channel_option_that_is_not_an_id_is_refused_before_parsing(
    simcord_env, guild, channel, admin, forged, value
):
    forged(channel=value)
    reply = await change(admin, channel, "channel add")
    assert reply == "That command carried an option value I can't read, so I did nothing."
    assert stored(simcord_env, guild) == GuildOverrides()
