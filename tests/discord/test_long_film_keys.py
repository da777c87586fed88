"""Buttons of a film whose key is too long for a custom id (100 characters) carry a digest of the key instead, read
back through the library: they open that film, across a restart; a digest two films share is refused, never
guessed; a key that fits rides as it always did."""

from __future__ import annotations

import pytest

from bot.utils import films as film_parts
from bot.utils.films import MAX_FILM_KEY, ButtonFilm, button_films
from tests.test_library import retitled

from .films import buttons_of, library_folder, start_library_bot

LONG = "the-" + "very-" * 10 + "long-opera-night"  # a file name a host may well choose, too long for a button
LONGER = LONG + "-the-directors-cut"
HUGE = "the-" + "longest-" * 15 + "night"  # too long even for an option's value (100 characters)


@pytest.fixture
def folder(tmp_path):
    folder = library_folder(tmp_path / "films")
    (folder / f"{LONG}.yaml").write_text(retitled("overture", "The Long Overture"), encoding="utf-8")
    (folder / f"{LONGER}.yaml").write_text(retitled("overture", "The Longer Overture"), encoding="utf-8")
    (folder / f"{HUGE}.yaml").write_text(retitled("overture", "The Huge Overture"), encoding="utf-8")
    return folder


@pytest.fixture
async def bot(simcord_env, settings, folder):
    return await start_library_bot(simcord_env, settings, folder)


def test_a_key_that_fits_rides_whole_and_a_longer_one_as_a_digest():
    fits = "k" * MAX_FILM_KEY
    assert ButtonFilm.of(fits).part == f":f:{fits}"
    part = ButtonFilm.of(LONG).part
    assert part.startswith(":d:") and LONG not in part and part == ButtonFilm.of(LONG).part
    assert ButtonFilm.of(LONGER).part != part
    assert ButtonFilm.of(None).part == ""


def test_button_films_reads_keys_and_digests_and_skips_other_buttons():
    digest = ButtonFilm.of(LONG).digest
    ids = ["rs:nav:2:next:42:f:overture", f"rs:open:scene:3:d:{digest}", "rs:nav:2:next", "rs:films:1:next", None]
    assert button_films(ids) == [ButtonFilm(key="overture"), ButtonFilm(digest=digest)]


async def test_navigation_keeps_a_long_keyed_film_across_a_restart(simcord_env, settings, folder, bot, channel, alice):
    shown = await alice.slash(channel, "scene", name="The Empty House", film=LONG)
    assert shown.response.embeds[0].footer.text == "Scene 1 of 8 · The Long Overture"
    ids = buttons_of(shown.response.message)
    assert all(len(i) <= 100 for i in ids.values()) and ":d:" in ids["Next ▶"]
    clicked = await alice.click(shown.response.message, label="Next ▶")
    assert clicked.response.embeds[0].footer.text == "Scene 2 of 8 · The Long Overture"
    await start_library_bot(simcord_env, settings, folder)
    clicked = await alice.click(clicked.response.message, label="Next ▶")
    assert clicked.response.embeds[0].footer.text == "Scene 3 of 8 · The Long Overture"


async def test_did_you_mean_buttons_keep_a_long_keyed_film(bot, channel, alice):
    result = await alice.slash(channel, "scene", name="night house", film=LONGER)
    assert result.ephemeral and "Did you mean" in result.response.content
    opened = await alice.click(result.response.message, label="The Empty House")
    assert opened.response.embeds[0].footer.text == "Scene 1 of 8 · The Longer Overture"


async def test_a_reply_moves_to_a_long_keyed_film(simcord_env, settings, folder, bot, channel, alice, bot_mention):
    shown = await alice.slash(channel, "scene", name="The Empty House", film=LONG)
    await start_library_bot(simcord_env, settings, folder)
    await alice.send(channel, f"{bot_mention} what happens next?", reply_to=shown.response.message)
    assert channel.last_message.embeds[0].footer.text == "Scene 2 of 8 · The Long Overture"


async def test_a_key_too_long_for_an_option_is_offered_by_its_title(bot, channel, alice):
    assert len(HUGE) > 100
    (choice,) = await alice.autocomplete(channel, "scene", "film", "the huge")
    assert choice == {"name": "The Huge Overture", "value": "The Huge Overture"}
    shown = await alice.slash(channel, "scene", name="The Empty House", film=choice["value"])
    clicked = await alice.click(shown.response.message, label="Next ▶")
    assert clicked.response.embeds[0].footer.text == "Scene 2 of 8 · The Huge Overture"


async def test_a_button_of_a_long_keyed_film_gone_from_the_library_says_so(
    simcord_env, settings, folder, bot, channel, alice
):
    shown = await alice.slash(channel, "scene", name="The Empty House", film=LONG)
    (folder / f"{LONG}.yaml").unlink()
    await start_library_bot(simcord_env, settings, folder)
    clicked = await alice.click(shown.response.message, label="Next ▶")
    assert clicked.ephemeral and clicked.response.content == "That film is not in the library any more."


async def test_a_digest_two_films_share_is_refused_not_guessed(monkeypatch, bot, channel, alice, bot_mention):
    monkeypatch.setattr(film_parts, "key_digest", lambda key: "0" * film_parts.DIGEST_CHARS)
    shown = await alice.slash(channel, "scene", name="The Empty House", film=LONGER)
    clicked = await alice.click(shown.response.message, label="Next ▶")
    assert clicked.ephemeral and "can't tell which film" in clicked.response.content
    # A reply to it still finds its film, by the title its embed shows.
    await alice.slash(channel, "scene", name="The Audition", film="the-red-shoes")
    await alice.send(channel, f"{bot_mention} what happens next?", reply_to=shown.response.message)
    assert channel.last_message.embeds[0].footer.text == "Scene 2 of 8 · The Longer Overture"
