"""/scene, /scenes, autocomplete, did-you-mean and previous/next, through the real bot."""

from __future__ import annotations

import pytest

from bot import create_bot

RED = 0xC41E3A


async def test_scene_shows_summary_context_footer_in_the_film_red(channel, alice, pack):
    result = await alice.slash(channel, "scene", name="The Audition")
    assert not result.ephemeral
    embed = result.response.embeds[0]
    scene = pack.scenes[0]
    assert embed.title == "The Audition" and embed.description == scene.summary
    assert embed.fields[0].name == "Context" and embed.fields[0].value == scene.context
    assert embed.footer.text == "Scene 1 of 9 · The Red Shoes"
    assert embed.colour.value == RED


async def test_scene_name_is_forgiving(channel, alice):
    for typed in ("dancers choice", "THE DANCER’S CHOICE", "dancer choise"):
        result = await alice.slash(channel, "scene", name=typed)
        assert result.response.embeds[0].title == "The Dancer's Choice"


async def test_unknown_scene_is_an_ephemeral_did_you_mean_with_buttons(channel, alice):
    result = await alice.slash(channel, "scene", name="night dream")
    assert result.ephemeral
    assert result.response.content.startswith("No scene called “night dream”. Did you mean")
    buttons = [c for row in result.response.components for c in row["components"]]
    assert 1 <= len(buttons) <= 3
    chosen = buttons[0]["label"]
    opened = await alice.click(result.response.message, label=chosen)
    assert opened.response.embeds[0].title == chosen
    assert not opened.ephemeral


async def test_unknown_scene_with_markdown_and_mentions_is_echoed_safely(channel, alice):
    result = await alice.slash(channel, "scene", name="**@everyone** <@1> zzqq")
    assert result.ephemeral
    assert "@everyone" not in result.response.content.replace("@\u200beveryone", "")
    assert "\\*\\*" in result.response.content


async def test_autocomplete_empty_is_film_order(channel, alice, pack):
    choices = await alice.autocomplete(channel, "scene", "name", "")
    assert [c["name"] for c in choices] == [s.title for s in pack.scenes]


async def test_autocomplete_is_typo_tolerant(channel, alice):
    choices = await alice.autocomplete(channel, "scene", "name", "confrntation")
    assert choices[0]["name"] == "The Confrontation"


async def test_autocomplete_with_over_long_input_stays_within_limits(channel, alice):
    choices = await alice.autocomplete(channel, "scene", "name", "the " * 30)
    assert len(choices) <= 25
    assert all(1 <= len(c["name"]) <= 100 for c in choices)


async def test_next_and_previous_walk_the_film_in_order(channel, alice):
    result = await alice.slash(channel, "scene", name="The Audition")
    message = result.response.message
    buttons = {b["label"]: b for row in result.response.components for b in row["components"]}
    assert buttons["◀ Previous"]["disabled"] and not buttons["Next ▶"].get("disabled")
    clicked = await alice.click(message, label="Next ▶")
    assert clicked.response.embeds[0].title == "The First Rehearsal"
    assert channel.last_message.embeds[0].footer.text == "Scene 2 of 9 · The Red Shoes"
    await alice.click(channel.last_message, label="◀ Previous")
    assert channel.last_message.embeds[0].title == "The Audition"


async def test_last_scene_has_no_next(channel, alice):
    result = await alice.slash(channel, "scene", name="The Final Decision", reveal=True)
    buttons = {b["label"]: b for row in result.response.components for b in row["components"]}
    assert buttons["Next ▶"]["disabled"] and not buttons["◀ Previous"].get("disabled")


async def test_buttons_keep_working_after_a_restart(simcord_env, channel, alice, settings, engine):
    result = await alice.slash(channel, "scene", name="The Premiere Night")
    await simcord_env.restart_bot(create_bot(settings, engine=engine))
    clicked = await alice.click(result.response.message, label="Next ▶")
    assert clicked.response.embeds[0].title == "The Confrontation"


@pytest.mark.parametrize("title", ["The Tragic Fall", "The Isolation", "The Final Decision"])
async def test_spoiler_scenes_are_hidden_in_servers(channel, alice, pack, title):
    result = await alice.slash(channel, "scene", name=title)
    embed = result.response.embeds[0]
    scene = next(s for s in pack.scenes if s.title == title)
    assert embed.description == f"||{scene.summary}||"
    assert embed.fields[0].value == f"||{scene.context}||"
    assert any(f.name == "Spoiler" for f in embed.fields)


async def test_reveal_shows_spoilers_openly(channel, alice, pack):
    result = await alice.slash(channel, "scene", name="The Tragic Fall", reveal=True)
    assert result.response.embeds[0].description == pack.scenes[6].summary


async def test_non_spoiler_scenes_are_never_hidden(channel, alice, pack):
    result = await alice.slash(channel, "scene", name="The Confrontation")
    assert result.response.embeds[0].description == pack.scenes[5].summary


async def test_navigating_onto_a_spoiler_hides_it(channel, alice):
    result = await alice.slash(channel, "scene", name="The Confrontation")
    await alice.click(result.response.message, label="Next ▶")
    assert channel.last_message.embeds[0].description.startswith("||")


async def test_scenes_lists_all_nine_with_spoiler_teasers_hidden(channel, alice, pack):
    result = await alice.slash(channel, "scenes")
    description = result.response.embeds[0].description
    lines = description.splitlines()
    assert len(lines) == 9
    for line, scene in zip(lines, pack.scenes, strict=True):
        assert line.startswith(f"**{scene.number}. {scene.title}**: ")
        assert ("||" in line) == scene.spoiler


async def test_scenes_in_a_dm_are_not_hidden(simcord_env):
    user = simcord_env.create_user("bob")
    result = await user.slash("scene", name="The Isolation")
    assert not result.response.embeds[0].description.startswith("||")
