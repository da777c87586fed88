"""/soundtrack, /film, /character and /help through the real bot."""

from __future__ import annotations


async def test_soundtrack_lists_composer_and_tracks(channel, alice, pack):
    result = await alice.slash(channel, "soundtrack")
    embed = result.response.embeds[0]
    assert embed.description == "Music by Brian Easdale."
    assert [f.name for f in embed.fields] == ["1. The Red Shoes Ballet", "2. Entr'acte"]
    assert "Credited to Walter Goehr." in embed.fields[1].value
    assert "Cinematography" not in str(embed.to_dict())


async def test_one_track_shows_its_credit_and_notes(channel, alice):
    result = await alice.slash(channel, "soundtrack", track="entracte")
    embed = result.response.embeds[0]
    assert embed.title == "Entr'acte" and embed.description == "Interlude during the film."
    assert [(f.name, f.value) for f in embed.fields] == [("Credit", "Walter Goehr")]


async def test_the_ballet_track_has_no_performer(channel, alice):
    result = await alice.slash(channel, "soundtrack", track="The Red Shoes Ballet")
    embed = result.response.embeds[0]
    assert embed.description == "The climactic ballet performance." and embed.fields == []
    assert "Cinematography" not in str(embed.to_dict())


async def test_track_autocomplete(channel, alice):
    assert [c["name"] for c in await alice.autocomplete(channel, "soundtrack", "track", "")] == [
        "The Red Shoes Ballet",
        "Entr'acte",
    ]
    assert (await alice.autocomplete(channel, "soundtrack", "track", "entr"))[0]["name"] == "Entr'acte"


async def test_unknown_track_suggests(channel, alice):
    result = await alice.slash(channel, "soundtrack", track="ballett music zz")
    assert result.ephemeral and result.response.content.startswith("No track called")


async def test_film_shows_synopsis_genre_and_characters(channel, alice, pack):
    embed = (await alice.slash(channel, "film")).response.embeds[0]
    assert embed.title == "The Red Shoes" and embed.description == pack.film.synopsis
    assert [f.name for f in embed.fields] == ["Genre", "Vicky Page", "Boris Lermontov", "Julian Craster"]
    assert embed.fields[0].value == "Classic drama"


async def test_character_by_partial_name(channel, alice, pack):
    embed = (await alice.slash(channel, "character", name="lermontov")).response.embeds[0]
    assert embed.title == "Boris Lermontov" and embed.description == pack.characters[1].description
    choices = await alice.autocomplete(channel, "character", "name", "jul")
    assert choices[0]["name"] == "Julian Craster"


async def test_unknown_character_is_ephemeral(channel, alice):
    result = await alice.slash(channel, "character", name="Moira")
    assert result.ephemeral and "No character called “Moira”" in result.response.content


async def test_help_is_ephemeral_and_lists_the_commands(channel, alice):
    result = await alice.slash(channel, "help")
    assert result.ephemeral
    text = str(result.response.embeds[0].to_dict())
    for command in ("/scene", "/scenes", "/soundtrack", "/film", "/character", "/ask"):
        assert command in text


async def test_every_command_is_registered_with_a_description(simcord_env, channel, alice):
    assert set(alice.available_commands(channel)) == {
        "scene",
        "scenes",
        "soundtrack",
        "film",
        "character",
        "films",
        "ask",
        "help",
        "quiz start",
        "quiz stop",
        "quiz leaderboard",
    }
    for command in simcord_env.bot.tree.get_commands():
        assert 1 <= len(command.description) <= 100
