"""/films: the library a page at a time, the server's film marked, the pages turned by buttons."""

from __future__ import annotations

from tests.test_library import retitled

from .films import buttons_of, library_folder, start_library_bot


async def test_films_lists_the_library_with_the_servers_film_marked(simcord_env, settings, tmp_path, channel, alice):
    await start_library_bot(simcord_env, settings, library_folder(tmp_path / "films"))
    result = await alice.slash(channel, "films")
    lines = result.response.embeds[0].description.splitlines()
    assert lines == [
        "**The Cormorant Ledger** · Crime adventure · 8 scenes · `ledger`",
        "**The Silent Overture** · Musical drama · 8 scenes · `overture`",
        "**The Red Shoes** · classic drama · 9 scenes · `the-red-shoes` ← this server's film",
    ]
    assert result.response.components == []  # one page: nothing to turn


async def test_films_pages_turn_with_buttons(simcord_env, settings, tmp_path, channel, alice):
    folder = library_folder(tmp_path / "films")
    for number in range(1, 11):
        (folder / f"extra-{number:02}.yaml").write_text(retitled("overture", f"Extra Film {number:02}"), "utf-8")
    await start_library_bot(simcord_env, settings, folder)
    result = await alice.slash(channel, "films")
    first = result.response.embeds[0]
    assert first.footer.text.startswith("Page 1 of 2 · 13 films")
    assert len(first.description.splitlines()) == 10
    assert all(len(custom_id) <= 100 for custom_id in buttons_of(result.response.message).values())
    turned = await alice.click(result.response.message, label="Next ▶")
    second = turned.response.embeds[0]
    assert second.footer.text.startswith("Page 2 of 2")
    assert second.description.splitlines()[-1].endswith("`the-red-shoes` ← this server's film")
    back = await alice.click(channel.last_message, label="◀ Previous")
    assert back.response.embeds[0].footer.text.startswith("Page 1 of 2")
