"""The quiz per film: a game plays the film it started with, scores and leaderboards are per film, and an admin
resets one film's scores or all of them."""

from __future__ import annotations

import pytest

from bot.cogs.quiz.game import BREAK_SECONDS, ROUND_SECONDS

from .films import library_folder, manager, start_library_bot
from .test_quiz import game_in

pytestmark = pytest.mark.simcord(settle_timeout=min(BREAK_SECONDS, ROUND_SECONDS) / 2)


@pytest.fixture
async def bot(simcord_env, settings, tmp_path):
    return await start_library_bot(simcord_env, settings, library_folder(tmp_path / "films"))


@pytest.fixture
def admin(simcord_env, guild):
    return manager(simcord_env, guild, "ada")


async def win_one_round(env, channel, member, **options) -> None:
    await member.slash(channel, "quiz start", rounds=1, **options)
    game = game_in(env, channel)
    await member.click(channel.last_message, label=game.rounds[0].answer)
    assert channel.last_message.embeds[0].title == "Quiz over"


async def test_a_game_plays_its_film_even_after_the_server_switches(simcord_env, bot, channel, admin, alice):
    started = await alice.slash(channel, "quiz start", rounds=2, film="overture")
    assert "starts a quiz on The Silent Overture" in started.response.content
    assert channel.last_message.embeds[0].footer.text.endswith("· The Silent Overture quiz")
    await admin.slash(channel, "settings film", film="ledger")
    await simcord_env.advance_time(ROUND_SECONDS)
    await simcord_env.advance_time(BREAK_SECONDS)
    assert channel.last_message.embeds[0].footer.text.endswith("· The Silent Overture quiz")
    assert game_in(simcord_env, channel).film == "overture"


async def test_leaderboards_are_per_film(simcord_env, bot, channel, admin, alice):
    await win_one_round(simcord_env, channel, alice)  # the server's film: The Red Shoes
    await win_one_round(simcord_env, channel, admin, film="overture")
    await win_one_round(simcord_env, channel, admin, film="overture")
    here = (await alice.slash(channel, "quiz leaderboard")).response.embeds[0]
    assert here.title == "The Red Shoes quiz: leaderboard"
    assert here.description.splitlines() == [f"1. <@{alice.id}>: 1 point"]
    there = (await alice.slash(channel, "quiz leaderboard", film="overture")).response.embeds[0]
    assert there.title == "The Silent Overture quiz: leaderboard"
    assert there.description.splitlines() == [f"1. <@{admin.id}>: 2 points"]
    assert there.fields[0].value == "No points yet."
    choices = await alice.autocomplete(channel, "quiz leaderboard", "film", "led")
    assert [c["value"] for c in choices] == ["ledger"]


async def test_scores_reset_for_one_film_or_all(simcord_env, bot, channel, admin, alice):
    await win_one_round(simcord_env, channel, alice)
    await win_one_round(simcord_env, channel, alice, film="overture")
    one = await admin.slash(channel, "settings quiz-reset-scores", film="overture")
    assert one.response.content == "The quiz leaderboard of The Silent Overture is empty again (1 member had points)."
    store = simcord_env.bot.guild_settings.store
    assert await store.top_scores(channel.guild.id, 10, film="the-red-shoes") == [(alice.id, 1)]
    assert await store.top_scores(channel.guild.id, 10, film="overture") == []
    await win_one_round(simcord_env, channel, alice, film="overture")
    every = await admin.slash(channel, "settings quiz-reset-scores")
    assert every.response.content == "Every film's quiz leaderboard is empty again (1 member had points)."
    assert await store.top_scores(channel.guild.id, 10, film="the-red-shoes") == []
