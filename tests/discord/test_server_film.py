"""Each server picks its film with /settings film: two servers on different films, a member without Manage Server
refused, the choice kept across a restart, a film gone from the library falling back to the default, and buttons
made before a switch still opening the film they were made for."""

from __future__ import annotations

import pytest

from bot.storage import GuildOverrides

from .films import library_folder, manager, start_library_bot


@pytest.fixture
def folder(tmp_path):
    return library_folder(tmp_path / "films")


@pytest.fixture
async def bot(simcord_env, settings, folder):
    return await start_library_bot(simcord_env, settings, folder)


@pytest.fixture
def admin(simcord_env, guild):
    return manager(simcord_env, guild, "ada")


@pytest.fixture
def other_guild(simcord_env):
    return simcord_env.create_guild(name="Opera Society")


@pytest.fixture
def other_admin(simcord_env, other_guild):
    return manager(simcord_env, other_guild, "otto")


async def set_film(admin, channel, film: str) -> str:
    result = await admin.slash(channel, "settings film", film=film)
    assert result.ephemeral
    return result.response.content


async def test_two_servers_on_different_films(bot, guild, channel, admin, alice, other_guild, other_admin, bot_mention):
    lobby = other_guild.create_text_channel("lobby")
    confirmation = await set_film(other_admin, lobby, "overture")
    assert confirmation.startswith("This server's film is now The Silent Overture")
    here = await alice.slash(channel, "film")
    assert here.response.embeds[0].title == "The Red Shoes"
    there = await other_admin.slash(lobby, "film")
    assert there.response.embeds[0].title == "The Silent Overture"
    assert (await other_admin.autocomplete(lobby, "scene", "name", ""))[0]["name"] == "The Empty House"
    assert (await alice.autocomplete(channel, "scene", "name", ""))[0]["name"] == "The Audition"
    await other_admin.send(lobby, f"{bot_mention} what happens in the empty house?")
    assert lobby.last_message.embeds[0].footer.text == "Scene 1 of 8 · The Silent Overture"
    await admin.send(channel, f"{bot_mention} what happens at the audition?")
    assert channel.last_message.embeds[0].footer.text == "Scene 1 of 9 · The Red Shoes"


async def test_settings_film_takes_a_title_and_refuses_an_unknown_one(simcord_env, bot, guild, channel, admin):
    assert (await set_film(admin, channel, "the cormorant ledger")).startswith(
        "This server's film is now The Cormorant"
    )
    assert simcord_env.bot.guild_settings.overrides(guild.id).film == "ledger"
    refused = await set_film(admin, channel, "Silent Overtur")
    assert refused == "Not changed. No film called “Silent Overtur”. Did you mean The Silent Overture?"
    assert simcord_env.bot.guild_settings.overrides(guild.id).film == "ledger"
    choices = await admin.autocomplete(channel, "settings film", "film", "sil")
    assert [c["value"] for c in choices] == ["overture"]


async def test_settings_show_names_the_film(bot, channel, admin):
    await set_film(admin, channel, "overture")
    shown = (await admin.slash(channel, "settings show")).response.content.splitlines()
    assert "Film: The Silent Overture (The Red Shoes)" in shown


@pytest.mark.expected_errors
async def test_a_member_without_manage_server_is_refused(simcord_env, bot, guild, channel, alice):
    command = next(c for c in await simcord_env.bot.tree.fetch_commands() if c.name == "settings")
    guild.set_command_permissions(command, {alice: True})
    result = await alice.slash(channel, "settings film", film="overture")
    assert result.ephemeral
    assert result.response.content == "You are missing Manage Server permission(s) to run this command."
    assert [type(e).__name__ for e in simcord_env.errors] == ["MissingPermissions"]
    assert simcord_env.bot.guild_settings.overrides(guild.id) == GuildOverrides()
    assert (await alice.slash(channel, "film")).response.embeds[0].title == "The Red Shoes"


async def test_the_film_survives_a_restart(simcord_env, settings, folder, bot, channel, admin, alice):
    await set_film(admin, channel, "overture")
    await start_library_bot(simcord_env, settings, folder)
    assert (await alice.slash(channel, "film")).response.embeds[0].title == "The Silent Overture"


async def test_a_film_gone_from_the_library_falls_back_to_the_default(
    simcord_env, settings, folder, bot, channel, admin, alice
):
    await set_film(admin, channel, "overture")
    (folder / "overture.yaml").unlink()
    await start_library_bot(simcord_env, settings, folder)
    assert (await alice.slash(channel, "film")).response.embeds[0].title == "The Red Shoes"
    shown = (await admin.slash(channel, "settings show")).response.content.splitlines()
    assert "Film: The Red Shoes (The Red Shoes)" in shown
    assert any(line.startswith("The film chosen here (`overture`) is no longer in my library") for line in shown)


async def test_a_button_made_before_a_switch_keeps_its_film(bot, channel, admin, alice):
    shown = await alice.slash(channel, "scene", name="The Audition")
    await set_film(admin, channel, "overture")
    clicked = await alice.click(shown.response.message, label="Next ▶")
    assert clicked.response.embeds[0].footer.text == "Scene 2 of 9 · The Red Shoes"
    fresh = await alice.slash(channel, "scene", name="The Empty House")
    assert fresh.response.embeds[0].footer.text == "Scene 1 of 8 · The Silent Overture"
