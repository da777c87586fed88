"""The quiz and /settings with the database down or hung: every interaction that waits on it defers first and
then says clearly what happened; a point is announced only once it is stored; rounds keep their time; a change
whose outcome is unknown leaves the bot's copy as the database has it."""

from __future__ import annotations

import discord
import pytest

from bot.cogs.quiz.game import BREAK_SECONDS, ROUND_SECONDS
from bot.storage import GuildOverrides

from .test_quiz import buttons, game_in

pytestmark = pytest.mark.simcord(settle_timeout=min(BREAK_SECONDS, ROUND_SECONDS) / 2)

STORE_WAIT = 5.0  # the most the bot waits on one database call (bot.utils.store_calls)
RIGHT = "Right! That's a point for you."
RIGHT_UNSAVED = "Right, you were first! But your point couldn't be saved: the scores database isn't answering."
RIGHT_UNKNOWN = "Right, you were first! But the scores database didn't answer in time: your point may not be saved."
RIGHT_NOT_KEPT = "Right, you were first! (Scores aren't kept in this game.)"
NOT_KEPT = "Scores won't be kept this game: the scores database isn't answering."
LEADERBOARD_DOWN = "I can't read the leaderboard right now: the scores database isn't answering. Try again in a minute."
NOT_CHANGED = "Not changed: the settings database isn't answering. Try again in a minute."
UNKNOWN = (
    "The settings database didn't answer in time, so I can't tell whether that was saved: "
    "/settings show has what it holds now."
)


@pytest.fixture
def admin(simcord_env, guild):
    role = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    return guild.add_member(simcord_env.create_user("ada"), roles=[role])


def was_deferred(env, result) -> bool:
    """Whether the interaction's first response was a deferral ("thinking...", type 5), whatever came after."""
    first = next(
        e.json["type"] for e in env.http_requests if e.path.startswith(f"/interactions/{result._interaction.id}/")
    )
    return first == 5


def deferred_then(env, result, content: str, *, ephemeral: bool) -> None:
    assert was_deferred(env, result), "an answer that waits on the database defers first"
    assert result.response.content == content
    assert result.response.ephemeral is ephemeral


# ------------------------------------------------------------------------------------------------ points


async def test_right_is_said_only_once_the_point_is_stored(simcord_env, guild, channel, alice, gated_store):
    await alice.slash(channel, "quiz start", rounds=2)
    game = game_in(simcord_env, channel)
    gated_store.state = "hung"
    clicked = await alice.click(channel.last_message, label=game.rounds[0].answer)
    assert (
        was_deferred(simcord_env, clicked) and clicked.response.content != RIGHT
    )  # thinking, while the point is being written
    gated_store.release()
    await simcord_env.settle()
    deferred_then(simcord_env, clicked, RIGHT, ephemeral=True)
    assert await gated_store.inner.top_scores(guild.id, 10, film="the-red-shoes") == [(alice.id, 1)]


@pytest.mark.parametrize("state", ["down", "hung", "lost"])
async def test_a_point_that_cannot_be_stored_is_not_announced_and_the_game_goes_on(
    simcord_env, guild, channel, alice, gated_store, state
):
    await alice.slash(channel, "quiz start", rounds=2)
    game = game_in(simcord_env, channel)
    clue = channel.last_message
    gated_store.state = state
    clicked = await alice.click(clue, label=game.rounds[0].answer)
    await simcord_env.advance_time(STORE_WAIT)
    deferred_then(simcord_env, clicked, RIGHT_UNSAVED if state == "down" else RIGHT_UNKNOWN, ephemeral=True)
    closed = next(m for m in channel.history() if m.id == clue.id)
    reveal = next(m for m in reversed(channel.history()) if m.content.startswith("✅"))
    assert all(b["disabled"] for b in buttons(closed))
    assert reveal.content.endswith("couldn't be saved." if state == "down" else "may not have been saved.")
    await simcord_env.advance_time(BREAK_SECONDS)
    assert channel.last_message.embeds[0].title.startswith("Round 2 of 2")


async def test_rounds_keep_their_time_with_a_hung_database(simcord_env, channel, alice, gated_store):
    await alice.slash(channel, "quiz start", rounds=3)
    game = game_in(simcord_env, channel)
    started = simcord_env.now()
    gated_store.state = "hung"
    await alice.click(channel.last_message, label=game.rounds[0].answer)
    await simcord_env.advance_time(BREAK_SECONDS)
    second = channel.last_message
    assert second.embeds[0].title.startswith("Round 2 of 3")
    assert (second.created_at - started).total_seconds() <= BREAK_SECONDS
    await simcord_env.advance_time(ROUND_SECONDS + BREAK_SECONDS)
    assert channel.last_message.embeds[0].title.startswith("Round 3 of 3")
    gated_store.release()


@pytest.mark.parametrize("state", ["down", "hung"])
async def test_a_game_started_with_the_database_down_plays_and_says_scores_are_not_kept(
    simcord_env, guild, channel, alice, gated_store, state
):
    gated_store.state = state
    started = await alice.slash(channel, "quiz start", rounds=2)
    await simcord_env.advance_time(STORE_WAIT)
    assert (
        was_deferred(simcord_env, started) and NOT_KEPT in started.response.content and not started.response.ephemeral
    )
    game = game_in(simcord_env, channel)
    assert channel.last_message.embeds[0].title.startswith("Round 1 of 2")
    calls = gated_store.calls
    right = await alice.click(channel.last_message, label=game.rounds[0].answer)
    assert right.response.content == RIGHT_NOT_KEPT and gated_store.calls == calls  # nothing is tried
    await simcord_env.advance_time(BREAK_SECONDS)
    assert channel.last_message.embeds[0].title.startswith("Round 2 of 2")
    gated_store.release()


# ------------------------------------------------------------------------------------------------ leaderboard


@pytest.mark.parametrize("state", ["down", "hung"])
async def test_the_leaderboard_says_when_it_cannot_be_read(simcord_env, channel, alice, gated_store, state):
    gated_store.state = state
    board = await alice.slash(channel, "quiz leaderboard")
    await simcord_env.advance_time(STORE_WAIT)
    # Deferred publicly (a leaderboard is for everyone, and a deferral's visibility is chosen before the outcome
    # is known; a deferred answer can't turn private): the failure is said where the leaderboard would have been.
    deferred_then(simcord_env, board, LEADERBOARD_DOWN, ephemeral=False)
    gated_store.release()
    again = await alice.slash(channel, "quiz leaderboard")
    assert was_deferred(simcord_env, again) and "No points yet" in again.response.embeds[0].description


# ------------------------------------------------------------------------------------------------ /settings


@pytest.mark.parametrize("state", ["down", "hung"])
async def test_a_settings_change_that_fails_says_so_and_changes_nothing(
    simcord_env, guild, channel, admin, gated_store, state
):
    gated_store.state = state
    result = await admin.slash(channel, "settings spoilers", mode="show")
    await simcord_env.advance_time(STORE_WAIT)
    deferred_then(simcord_env, result, NOT_CHANGED if state == "down" else UNKNOWN, ephemeral=True)
    assert simcord_env.bot.guild_settings.overrides(guild.id) == GuildOverrides()
    gated_store.release()
    assert await gated_store.inner.guild_overrides(guild.id) == GuildOverrides()


async def test_a_change_whose_answer_is_lost_is_read_back(simcord_env, guild, channel, admin, gated_store):
    gated_store.next_states = ["lost"]  # committed, then no answer: the bot cannot know; it reads the row back
    result = await admin.slash(channel, "settings spoilers", mode="show")
    await simcord_env.advance_time(STORE_WAIT)
    deferred_then(simcord_env, result, UNKNOWN, ephemeral=True)
    gated_store.release()
    await simcord_env.settle()
    assert simcord_env.bot.guild_settings.overrides(guild.id) == await gated_store.inner.guild_overrides(guild.id)
    assert simcord_env.bot.guild_settings.get(guild.id).hide_spoilers is False


@pytest.mark.parametrize("state", ["down", "hung"])
async def test_resetting_scores_says_when_it_failed(simcord_env, channel, admin, gated_store, state):
    gated_store.state = state
    result = await admin.slash(channel, "settings quiz-reset-scores")
    await simcord_env.advance_time(STORE_WAIT)
    deferred_then(
        simcord_env,
        result,
        "The leaderboard was not reset: the scores database isn't answering. Try again in a minute."
        if state == "down"
        else "The scores database didn't answer in time, so I can't tell whether the leaderboard was reset: "
        "/quiz leaderboard shows it.",
        ephemeral=True,
    )
    gated_store.release()


async def test_settings_show_needs_no_database(simcord_env, channel, admin, gated_store):
    gated_store.state = "hung"
    result = await admin.slash(channel, "settings show")
    assert not was_deferred(simcord_env, result) and result.response.content.startswith("**Settings for this server**")
    gated_store.release()
