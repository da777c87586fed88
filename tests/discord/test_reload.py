"""Live reload through the real bot: /reload and SIGHUP check the new pack first, then switch all answers at once."""

from __future__ import annotations

import asyncio
import os
import signal
from dataclasses import replace
from pathlib import Path

import discord
import pytest

from bot import runner
from bot.cogs.admin import NOT_OWNER
from bot.config import DEFAULT_PACK
from bot.core import Pack, PackError, load_pack

NEW_SCENE = "The Encore Nobody Saw"


@pytest.fixture
def pack_file(tmp_path) -> Path:
    path = tmp_path / "pack.yaml"
    path.write_text(DEFAULT_PACK.read_text(encoding="utf-8"), encoding="utf-8")
    return path


@pytest.fixture
def settings(settings, pack_file):
    return replace(settings, pack_path=pack_file)


@pytest.fixture
def admin(simcord_env, guild):
    """A server administrator: /reload is visible to administrators only (its default permissions)."""
    role = guild.create_role("Admins", permissions=discord.Permissions(administrator=True))
    return guild.add_member(simcord_env.create_user("ada"), roles=[role])


@pytest.fixture
def owner(simcord_env, admin):
    simcord_env.bot.owner_id = admin.id  # discord.py's own override of the application's owner
    return admin


def revised(pack: Pack, path: Path) -> None:
    """Write a new version of the pack: the film renamed and a tenth scene, so every reply shows its pack."""
    text = path.read_text(encoding="utf-8")
    text = text.replace(f"  title: {pack.film.title}\n", f"  title: {pack.film.title} (restored)\n", 1)
    text += (
        f'  - title: "{NEW_SCENE}"\n    summary: An encore added by the reload test.\n'
        "    context: It exists only in the revised pack.\n"
    )
    path.write_text(text, encoding="utf-8")


def broken(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8").replace("scenes:", "scenez:", 1), encoding="utf-8")


def footer_pack(embed: discord.Embed, old: Pack, new: Pack) -> Pack:
    """Which pack one /scene reply came from; fails if its parts come from different packs."""
    footer = embed.footer.text or ""
    for pack in (old, new):
        scene = next((s for s in pack.scenes if s.title == embed.title), None)
        if scene and footer == f"Scene {scene.number} of {len(pack.scenes)} · {pack.film.title}":
            return pack
    raise AssertionError(f"reply mixes packs or matches neither: {embed.title!r} / {footer!r}")


async def test_owner_reloads_and_answers_switch(simcord_env, channel, owner, pack, pack_file):
    revised(pack, pack_file)
    result = await owner.slash(channel, "reload")
    assert result.ephemeral
    assert result.response.content == (
        f"Reloaded {pack_file.name}: 10 scenes, {len(pack.soundtrack.tracks)} "
        f"tracks, {len(pack.characters)} characters, in "
        f"{result.response.content.rsplit(' in ', 1)[1]}"
    )
    embed = (await owner.slash(channel, "scene", name="encore")).response.embeds[0]
    assert embed.title == NEW_SCENE and embed.footer.text == f"Scene 10 of 10 · {pack.film.title} (restored)"
    assert [c["name"] for c in await owner.autocomplete(channel, "scene", "name", "encore")][0] == NEW_SCENE


async def test_a_broken_pack_is_refused_and_the_old_one_stays(simcord_env, channel, owner, pack, pack_file):
    before = simcord_env.bot.engine
    broken(pack_file)
    result = await owner.slash(channel, "reload")
    assert result.ephemeral
    lines = result.response.content.splitlines()
    assert lines[0] == f"{pack_file.name} has 2 problems; still answering from the pack loaded before:"
    renamed = pack_file.read_text(encoding="utf-8").splitlines().index("scenez:") + 1
    assert f"{pack_file}:{renamed}: unknown key 'scenez' in pack (did you mean 'scenes'?)" in lines
    assert any(line.startswith(f"{pack_file}:") and line.endswith("missing required key 'scenes'") for line in lines)
    assert simcord_env.bot.engine is before
    embed = (await owner.slash(channel, "scene", name="audition")).response.embeds[0]
    assert embed.footer.text == f"Scene 1 of 9 · {pack.film.title}"


async def test_a_huge_list_of_problems_still_fits_one_message(simcord_env, channel, owner, pack_file):
    pack_file.write_text("film:\n" + "".join(f"  extra{i}: x\n" for i in range(400)), encoding="utf-8")
    with pytest.raises(PackError) as refused:
        load_pack(pack_file)
    result = await owner.slash(channel, "reload")
    content = result.response.content
    assert result.ephemeral and f" has {len(refused.value.problems)} problems;" in content
    assert len(content) <= 2000 and content.endswith("…")


@pytest.mark.expected_errors
async def test_only_the_owner_may_reload(simcord_env, channel, admin, alice, pack_file, pack):
    # Nobody set an owner: discord.py asks the application, whose owner is not this administrator.
    before = simcord_env.bot.engine
    revised(pack, pack_file)
    result = await admin.slash(channel, "reload")
    assert result.ephemeral and result.response.content == NOT_OWNER
    assert [str(error) for error in simcord_env.errors] == [NOT_OWNER]  # a refused check, nothing else
    assert simcord_env.bot.engine is before
    assert "reload" not in alice.available_commands(channel)  # members without the permission don't see it


async def test_with_a_dev_guild_reload_exists_only_there(simcord_env, settings, engine, guild):
    from bot import create_bot

    await simcord_env.restart_bot(create_bot(replace(settings, dev_guild_id=guild.id), engine=engine))
    tree = simcord_env.bot.tree
    assert tree.get_command("reload") is None
    assert tree.get_command("reload", guild=discord.Object(guild.id)) is not None
    assert tree.get_command("scene") is not None  # the others stay global


async def ask_every_scene(member, channel, pack: Pack, rounds: int) -> list[discord.Embed]:
    # One simcord operation at a time (it refuses overlapping ones), so the questions run in one task.
    return [
        (await member.slash(channel, "scene", name=scene.title)).response.embeds[0]
        for _ in range(rounds)
        for scene in pack.scenes
    ]


async def test_answers_in_flight_come_whole_from_one_pack(simcord_env, channel, owner, bot_mention, pack, pack_file):
    bot = simcord_env.bot
    old = bot.engine.pack
    revised(pack, pack_file)
    embeds, reload = await asyncio.gather(ask_every_scene(owner, channel, pack, 3), bot.reloader.reload())
    assert reload.ok and bot.engine is reload.engine
    new = bot.engine.pack
    sources = [footer_pack(embed, old, new) for embed in embeds]
    assert len(sources) == 3 * len(pack.scenes)
    # The switch happens once: after the first answer from the new pack, none comes from the old one.
    switched = sources.index(new) if new in sources else len(sources)
    assert all(source is old for source in sources[:switched]) and all(s is new for s in sources[switched:])
    # ... and free text after the switch answers from the new pack
    await owner.send(channel, f"{bot_mention} what happens in the encore nobody saw?")
    assert channel.last_message.embeds[0].title == NEW_SCENE


async def test_a_refused_reload_in_flight_leaves_every_answer_on_the_old_pack(
    simcord_env, channel, owner, pack, pack_file
):
    bot = simcord_env.bot
    old = bot.engine.pack
    broken(pack_file)
    embeds, reload = await asyncio.gather(ask_every_scene(owner, channel, pack, 2), bot.reloader.reload())
    assert not reload.ok and reload.problems
    assert all(footer_pack(embed, old, old) is old for embed in embeds) and bot.engine.pack is old


async def test_buttons_from_before_the_reload_open_the_new_pack(simcord_env, channel, owner, pack, pack_file):
    shown = await owner.slash(channel, "scene", name=pack.scenes[0].title)
    revised(pack, pack_file)
    await owner.slash(channel, "reload")
    clicked = await owner.click(shown.response.message, label="Next ▶")
    assert clicked.response.embeds[0].title == pack.scenes[1].title
    assert channel.last_message.embeds[0].footer.text == f"Scene 2 of 10 · {pack.film.title} (restored)"


async def test_sighup_reloads_the_pack(simcord_env, pack, pack_file):
    bot = simcord_env.bot
    before = bot.engine
    revised(pack, pack_file)
    loop = asyncio.get_running_loop()
    runner.reload_on_hangup(loop, bot)
    try:
        os.kill(os.getpid(), signal.SIGHUP)
        for _ in range(500):  # the handler runs on the loop: give it turns until the reload lands
            if bot.engine is not before:
                break
            await asyncio.sleep(0.01)
    finally:
        loop.remove_signal_handler(signal.SIGHUP)
    assert bot.engine is not before and len(bot.engine.pack.scenes) == 10


async def test_a_conversation_carries_on_across_a_reload(simcord_env, channel, owner, bot_mention, pack, pack_file):
    await owner.send(channel, f"{bot_mention} what happens in {pack.scenes[0].title}?")
    assert channel.last_message.embeds[0].title == pack.scenes[0].title
    revised(pack, pack_file)
    await owner.slash(channel, "reload")
    await owner.send(channel, f"{bot_mention} what happens next?")
    embed = channel.last_message.embeds[0]
    assert embed.title == pack.scenes[1].title
    assert embed.footer.text == f"Scene 2 of 10 · {pack.film.title} (restored)"
