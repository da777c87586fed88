"""A pack without soundtrack, characters or genre through the real bot: /soundtrack, /film and /help cope."""

from __future__ import annotations

import pytest

from bot import create_bot
from bot.core import Engine, parse_pack

from ..test_optional_parts import BARE


@pytest.fixture
async def bare_bot(simcord_env, settings):
    await simcord_env.restart_bot(create_bot(settings, engine=Engine(parse_pack(BARE, "bare.yaml"))))


async def test_soundtrack_says_the_film_has_none_listed(bare_bot, channel, alice):
    embed = (await alice.slash(channel, "soundtrack")).response.embeds[0]
    assert "no soundtrack" in embed.description.lower() and "The Glass Orchard" in embed.description
    assert embed.fields == [] and "None" not in str(embed.to_dict())


async def test_film_shows_no_genre_field(bare_bot, channel, alice):
    embed = (await alice.slash(channel, "film")).response.embeds[0]
    assert embed.title == "The Glass Orchard" and [f.name for f in embed.fields] == []


async def test_help_lists_no_command_for_what_is_absent(bare_bot, channel, alice):
    embed = (await alice.slash(channel, "help")).response.embeds[0]
    text = " ".join([embed.description, *(f"{f.name} {f.value}" for f in embed.fields)])
    assert "/soundtrack" not in text and "/character" not in text and "music" not in text
    assert "/scene" in text and "First Frost" in text


async def test_looking_up_a_kind_the_film_lists_none_of_says_so(bare_bot, channel, alice):
    character = await alice.slash(channel, "character", name="Wren Alder")
    assert character.ephemeral and character.response.content == "The Glass Orchard lists no characters."
    track = await alice.slash(channel, "soundtrack", track="Frost Waltz")
    assert track.ephemeral and track.response.content == "The Glass Orchard lists no tracks."
    assert await alice.autocomplete(channel, "character", "name", "") == []


async def test_the_quiz_plays_the_kinds_a_bare_film_can_give(bare_bot, simcord_env, channel, alice):
    started = await alice.slash(channel, "quiz start", rounds=3)
    assert not started.ephemeral and "3 rounds" in started.response.content
    game = simcord_env.bot.get_cog("Quiz").games.get(channel.id)
    assert {r.clue.kind for r in game.rounds} <= {"scene", "next"}
    await alice.slash(channel, "quiz stop")
