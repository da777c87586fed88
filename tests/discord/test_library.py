"""The bot over a folder of packs: the default film answers at once, the rest load in the background, a broken
pack beside good ones is left out at start and refused at reload while the others switch."""

from __future__ import annotations

from dataclasses import replace

import discord
import pytest

from bot import create_bot
from tests.test_library import copy_films, retitled


@pytest.fixture
def films(tmp_path):
    folder = copy_films(tmp_path / "films")
    (folder / "broken.yaml").write_text("film: [\n", encoding="utf-8")
    return folder


@pytest.fixture
def admin(simcord_env, guild):
    role = guild.create_role("Admins", permissions=discord.Permissions(administrator=True))
    return guild.add_member(simcord_env.create_user("ada"), roles=[role])


async def start(simcord_env, settings, films, default: str = "overture"):
    await simcord_env.restart_bot(create_bot(replace(settings, pack_path=films, default_film=default)))
    bot = simcord_env.bot
    if bot.loading is not None:
        await bot.loading  # the rest of the library, read off the event loop
    return bot


async def test_the_default_film_answers_and_a_broken_pack_is_left_out(simcord_env, settings, films, channel, alice):
    bot = await start(simcord_env, settings, films)
    assert [film.key for film in bot.library] == ["ledger", "overture", "salt-and-lantern"]
    assert films / "broken.yaml" in bot.library.problems
    embed = (await alice.slash(channel, "scene", name="The Empty House")).response.embeds[0]
    assert embed.footer.text.endswith("· The Silent Overture")


async def test_a_reload_switches_changed_films_and_refuses_a_broken_edit(simcord_env, settings, films, channel, admin):
    bot = await start(simcord_env, settings, films)
    bot.owner_id = admin.id
    owner = admin
    before = bot.engine
    (films / "overture.yaml").write_text(retitled("overture", "The Loud Overture"), encoding="utf-8")
    (films / "ledger.yaml").write_text("film: [\n", encoding="utf-8")
    (films / "salt-and-lantern.yaml").unlink()
    result = await owner.slash(channel, "reload")
    lines = result.response.content.splitlines()
    assert result.ephemeral
    refused = lines.index("ledger.yaml has 1 problem; still answering from the pack loaded before:")
    assert lines[refused + 1].startswith(f"{films / 'ledger.yaml'}:2: YAML syntax error")
    assert "Reloaded overture.yaml: 8 scenes, 4 tracks, 4 characters" in lines
    assert "Removed salt-and-lantern.yaml: the file is gone." in lines
    assert lines[-1].startswith("2 films now, in ")
    assert bot.engine is not before and bot.library.find("ledger").title == "The Cormorant Ledger"
    embed = (await owner.slash(channel, "scene", name="The Empty House")).response.embeds[0]
    assert embed.footer.text.endswith("· The Loud Overture")
