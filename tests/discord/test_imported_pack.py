"""A pack fresh from `pack import`, unreviewed, through the real bot: every command works on it as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import create_bot
from bot.authoring.importer import import_page
from bot.core import Engine, parse_pack

PAGE = Path(__file__).parent.parent / "data" / "pages" / "film-1.txt"


@pytest.fixture
async def imported_bot(simcord_env, settings):
    await simcord_env.restart_bot(create_bot(settings, engine=Engine(parse_pack(import_page(PAGE)))))


async def test_the_soundtrack_shows_credits_but_not_the_department(imported_bot, channel, alice):
    embed = (await alice.slash(channel, "soundtrack")).response.embeds[0]
    assert embed.description == "Music by Henrik Østergaard."
    assert [f.name for f in embed.fields] == [
        "1. Last Tram to Vellmark",
        "2. Rain on the Quay",
        "3. Lullaby for the Drowned",
    ]
    assert "Sound Design" not in str(embed.to_dict())


async def test_scene_film_and_character_commands(imported_bot, channel, alice):
    scene = (await alice.slash(channel, "scene", name="tram depot")).response.embeds[0]
    assert scene.title == "The Tram Depot" and [f.name for f in scene.fields] == ["Context"]
    film = (await alice.slash(channel, "film")).response.embeds[0]
    assert [f.name for f in film.fields][:2] == ["Genre", "Søren Dahl"] and film.fields[0].value == "Film noir"
    character = (await alice.slash(channel, "character", name="Anaïs")).response.embeds[0]
    assert character.title == "Anaïs Brel"
