"""The film: option and its autocomplete, buttons that carry their film, and free text that moves to a film."""

from __future__ import annotations

import discord
import pytest

from .films import buttons_of, library_folder, start_library_bot


@pytest.fixture
async def bot(simcord_env, settings, tmp_path):
    return await start_library_bot(simcord_env, settings, library_folder(tmp_path / "films"))


async def test_film_option_picks_the_film_by_key_or_title(bot, channel, alice):
    by_key = await alice.slash(channel, "scene", name="The Empty House", film="overture")
    assert by_key.response.embeds[0].footer.text == "Scene 1 of 8 · The Silent Overture"
    by_title = await alice.slash(channel, "film", film="the cormorant ledger")
    assert by_title.response.embeds[0].title == "The Cormorant Ledger"
    plain = await alice.slash(channel, "scene", name="The Audition")
    assert plain.response.embeds[0].footer.text == "Scene 1 of 9 · The Red Shoes"


async def test_every_reference_command_takes_the_film(bot, channel, alice):
    scenes = await alice.slash(channel, "scenes", film="ledger")
    assert "The Stolen Ledger" in scenes.response.embeds[0].description
    track = await alice.slash(channel, "soundtrack", track="Curtain Call", film="overture")
    assert track.response.embeds[0].title == "Curtain Call"
    who = await alice.slash(channel, "character", name="Nora Vance", film="overture")
    assert who.response.embeds[0].footer.text == "Character · The Silent Overture"
    asked = await alice.slash(channel, "ask", question="what happens in the empty house", film="overture")
    assert asked.response.embeds[0].footer.text.endswith("· The Silent Overture")


async def test_an_unknown_film_is_an_ephemeral_did_you_mean(bot, channel, alice):
    result = await alice.slash(channel, "scene", name="The Audition", film="Silent Overtur")
    assert result.ephemeral
    assert result.response.content == "No film called “Silent Overtur”. Did you mean The Silent Overture?"


async def test_film_autocomplete_offers_titles_and_sends_keys(bot, channel, alice):
    everything = await alice.autocomplete(channel, "scene", "film", "")
    assert {(c["name"], c["value"]) for c in everything} == {
        ("The Red Shoes", "the-red-shoes"),
        ("The Silent Overture", "overture"),
        ("The Cormorant Ledger", "ledger"),
    }
    assert [c["value"] for c in await alice.autocomplete(channel, "ask", "film", "cormo")] == ["ledger"]


async def test_names_autocomplete_follows_the_chosen_film(bot, channel, alice):
    overture = await alice.autocomplete(channel, "scene", "name", "", film="overture")
    assert overture[0]["name"] == "The Empty House" and len(overture) == 8
    default = await alice.autocomplete(channel, "scene", "name", "")
    assert default[0]["name"] == "The Audition"
    tracks = await alice.autocomplete(channel, "soundtrack", "track", "", film="overture")
    assert [c["name"] for c in tracks][:2] == ["Overture in Grey", "The Lost Voice"]
    people = await alice.autocomplete(channel, "character", "name", "", film="The Silent Overture")
    assert "Nora Vance" in [c["name"] for c in people]


async def test_buttons_carry_their_film_across_a_restart(simcord_env, settings, bot, channel, alice, tmp_path):
    shown = await alice.slash(channel, "scene", name="The Empty House", film="overture")
    ids = buttons_of(shown.response.message)
    assert ids["Next ▶"].endswith(":f:overture") and all(len(i) <= 100 for i in ids.values())
    await start_library_bot(simcord_env, settings, tmp_path / "films")
    clicked = await alice.click(shown.response.message, label="Next ▶")
    assert clicked.response.embeds[0].footer.text == "Scene 2 of 8 · The Silent Overture"


async def test_did_you_mean_buttons_open_the_chosen_films_entry(bot, channel, alice):
    result = await alice.slash(channel, "scene", name="night house", film="overture")
    assert result.ephemeral and "Did you mean" in result.response.content
    assert all(i.endswith(":f:overture") for i in buttons_of(result.response.message).values())
    opened = await alice.click(result.response.message, label="The Empty House")
    assert opened.response.embeds[0].footer.text == "Scene 1 of 8 · The Silent Overture"


def old_view(custom_id: str) -> discord.ui.View:
    """A button as the bot made it before films had keys."""
    view = discord.ui.View(timeout=None)
    view.add_item(discord.ui.Button(label="old", custom_id=custom_id))
    return view


@pytest.mark.parametrize(
    ("custom_id", "title"), [("rs:nav:2:next", "The First Rehearsal"), ("rs:open:scene:2", "The Dancer's Choice")]
)
async def test_a_button_from_before_films_opens_the_default_film(simcord_env, bot, channel, alice, custom_id, title):
    old = await simcord_env.bot.get_channel(channel.id).send(view=old_view(custom_id))
    clicked = await alice.click(old, label="old")
    assert clicked.response.embeds[0].title == title
    assert clicked.response.embeds[0].footer.text.endswith("· The Red Shoes")


async def test_a_button_of_a_film_gone_from_the_library_says_so(simcord_env, settings, bot, channel, alice, tmp_path):
    shown = await alice.slash(channel, "scene", name="The Empty House", film="overture")
    (tmp_path / "films" / "overture.yaml").unlink()
    await start_library_bot(simcord_env, settings, tmp_path / "films")
    clicked = await alice.click(shown.response.message, label="Next ▶")
    assert clicked.ephemeral and clicked.response.content == "That film is not in the library any more."


async def test_free_text_naming_a_film_moves_the_conversation_to_it(bot, channel, alice, bot_mention):
    await alice.send(channel, f"{bot_mention} in The Silent Overture, what happens in the empty house?")
    assert channel.last_message.embeds[0].footer.text == "Scene 1 of 8 · The Silent Overture"
    await alice.send(channel, f"{bot_mention} what happens in the final bow?")  # no film named: still that one
    assert channel.last_message.embeds[0].footer.text.endswith("· The Silent Overture")
    asked = await alice.slash(channel, "ask", question="what happens at the audition?", film="the-red-shoes")
    assert asked.response.embeds[0].footer.text == "Scene 1 of 9 · The Red Shoes"


async def test_a_dm_uses_the_film_its_conversation_is_on(simcord_env, bot):
    bob = simcord_env.create_user("bob")
    first = await bob.slash("scene", name="The Audition")
    assert first.response.embeds[0].footer.text.endswith("· The Red Shoes")
    await bob.send_dm("in The Cormorant Ledger, what happens in the lighthouse vault?")
    assert bob.dm_channel.last_message.embeds[0].footer.text.endswith("· The Cormorant Ledger")
    names = await bob.autocomplete("scene", "name", "")
    assert names[0]["name"] == "The Stolen Ledger"
