"""/quiz scores through the real bot: the leaderboard from the database, kept across restarts; interrupted games."""

from __future__ import annotations

import discord
import pytest
from simcord import SetupError

from bot import create_bot
from bot.cogs.quiz.game import BREAK_SECONDS, ROUND_SECONDS
from bot.storage import StoreUnavailable

from .test_quiz import game_in

pytestmark = pytest.mark.simcord(settle_timeout=min(BREAK_SECONDS, ROUND_SECONDS) / 2)


@pytest.fixture
def bob(simcord_env, guild):
    return guild.add_member(simcord_env.create_user("bob"))


async def play(env, channel, starter, winners) -> None:
    """A game of len(winners) rounds; each round won by that member (None: it times out)."""
    await starter.slash(channel, "quiz start", rounds=len(winners))
    game = game_in(env, channel)
    for number, winner in enumerate(winners):
        if winner is not None:
            await winner.click(channel.last_message, label=game.rounds[number].answer)
        else:
            await env.advance_time(ROUND_SECONDS)
        if number < len(winners) - 1:
            await env.advance_time(BREAK_SECONDS)
    assert channel.last_message.embeds[0].title == "Quiz over"


async def test_the_leaderboard_ranks_the_server_and_survives_a_restart(
    simcord_env, channel, alice, bob, settings, engine
):
    await play(simcord_env, channel, alice, [alice, None, bob, alice])
    await simcord_env.restart_bot(create_bot(settings, engine=engine))
    board = await bob.slash(channel, "quiz leaderboard")
    embed = board.response.embeds[0]
    assert embed.description.splitlines() == [f"1. <@{alice.id}>: 2 points", f"2. <@{bob.id}>: 1 point"]
    assert embed.fields[0].name == "You" and embed.fields[0].value == "#2 with 1 point"


async def test_points_add_up_across_games(simcord_env, channel, alice):
    await play(simcord_env, channel, alice, [alice])
    await play(simcord_env, channel, alice, [alice, alice])
    board = await alice.slash(channel, "quiz leaderboard")
    assert board.response.embeds[0].description == f"1. <@{alice.id}>: 3 points"
    assert board.response.embeds[0].fields[0].value == "#1 with 3 points"


async def test_an_empty_leaderboard_invites_a_game(simcord_env, channel, alice):
    board = await alice.slash(channel, "quiz leaderboard")
    assert "No points yet" in board.response.embeds[0].description
    assert board.response.embeds[0].fields[0].value == "No points yet."


async def test_servers_keep_separate_scores(simcord_env, guild, channel, alice):
    await play(simcord_env, channel, alice, [alice])
    other = simcord_env.create_guild(name="Other Club")
    there = other.create_text_channel("films")
    alice_there = other.add_member(simcord_env.create_user("alice2"))
    board = await alice_there.slash(there, "quiz leaderboard")
    assert "No points yet" in board.response.embeds[0].description


async def test_a_game_interrupted_by_a_restart_ends_with_a_message(simcord_env, channel, alice, settings, engine):
    await alice.slash(channel, "quiz start", rounds=3)
    game = game_in(simcord_env, channel)
    await alice.click(channel.last_message, label=game.rounds[0].answer)
    await simcord_env.advance_time(BREAK_SECONDS)
    clue = channel.last_message
    await simcord_env.restart_bot(create_bot(settings, engine=engine))
    notice = channel.last_message
    assert notice.content.startswith("The quiz in this channel was interrupted when I restarted.")
    late = await alice.click(clue, label=game.rounds[1].answer)  # a button of the game that no longer runs
    assert late.ephemeral and late.response.content == "That round is over."
    board = await alice.slash(channel, "quiz leaderboard")
    assert board.response.embeds[0].description == f"1. <@{alice.id}>: 1 point"
    started = await alice.slash(channel, "quiz start", rounds=1)
    assert not started.ephemeral
    await simcord_env.restart_bot(create_bot(settings, engine=engine))
    assert channel.last_message.content.startswith("The quiz in this channel was interrupted")
    await simcord_env.restart_bot(create_bot(settings, engine=engine))
    assert sum(m.content.startswith("The quiz in this channel was interrupted") for m in channel.history()) == 2


async def test_a_finished_game_leaves_nothing_to_report_after_a_restart(simcord_env, channel, alice, settings, engine):
    await play(simcord_env, channel, alice, [alice])
    await simcord_env.restart_bot(create_bot(settings, engine=engine))
    assert channel.last_message.embeds[0].title == "Quiz over"


@pytest.fixture
def admin(simcord_env, guild):
    role = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    return guild.add_member(simcord_env.create_user("admin"), roles=[role])


async def test_an_admin_resets_the_servers_scores_and_only_this_servers(simcord_env, guild, channel, alice, admin):
    await play(simcord_env, channel, alice, [alice])
    other = simcord_env.create_guild(name="Other Club")
    there = other.create_text_channel("films")
    dora = other.add_member(simcord_env.create_user("dora"))
    await play(simcord_env, there, dora, [dora])
    reset = await admin.slash(channel, "settings quiz-reset-scores")
    assert reset.ephemeral and reset.response.content == "The quiz leaderboard is empty again (1 member had points)."
    board = await alice.slash(channel, "quiz leaderboard")
    assert "No points yet" in board.response.embeds[0].description
    elsewhere = await dora.slash(there, "quiz leaderboard")
    assert elsewhere.response.embeds[0].description == f"1. <@{dora.id}>: 1 point"


@pytest.mark.expected_errors
async def test_a_member_without_manage_server_cannot_reset_scores(simcord_env, guild, channel, alice):
    await play(simcord_env, channel, alice, [alice])
    with pytest.raises(SetupError, match="default-member-permissions"):
        await alice.slash(channel, "settings quiz-reset-scores")
    # Even when an admin opens /settings to everyone, the bot checks Manage Server when it runs.
    command = next(c for c in await simcord_env.bot.tree.fetch_commands() if c.name == "settings")
    guild.set_command_permissions(command, {alice: True})
    refused = await alice.slash(channel, "settings quiz-reset-scores")
    assert refused.ephemeral and "missing Manage Server" in refused.response.content
    assert [type(e).__name__ for e in simcord_env.errors] == ["MissingPermissions"]
    board = await alice.slash(channel, "quiz leaderboard")
    assert board.response.embeds[0].description == f"1. <@{alice.id}>: 1 point"


async def test_spoilers_shown_by_the_server_reach_the_quiz(simcord_env, channel, alice, admin, pack):
    await admin.slash(channel, "settings spoilers", mode="show")
    simcord_env.bot.get_cog("Quiz").rng.seed(3)
    started = await alice.slash(channel, "quiz start", rounds=20)
    assert "Spoilers included." in started.response.content
    game = game_in(simcord_env, channel)
    shown = {choice for r in game.rounds for choice in r.choices}
    assert {s.title for s in pack.scenes if s.spoiler} & shown


async def test_leaving_a_server_deletes_its_scores_and_games(simcord_env, guild, channel, alice):
    await play(simcord_env, channel, alice, [alice])
    await alice.slash(channel, "quiz start")
    store = simcord_env.bot.guild_settings.store
    assert await store.top_scores(guild.id, 10, film="the-red-shoes") == [(alice.id, 1)]
    assert [row["channel_id"] for row in await store.running_quiz_games()] == [channel.id]
    await simcord_env.bot.get_guild(guild.id).leave()
    await simcord_env.settle()
    assert game_in(simcord_env, channel) is None  # the game ended with the server, not at its next post
    await simcord_env.advance_time(ROUND_SECONDS + BREAK_SECONDS)
    assert await store.top_scores(guild.id, 10, film="the-red-shoes") == []
    assert await store.running_quiz_games() == []


async def test_a_game_that_ended_while_the_database_was_down_is_not_called_interrupted(
    simcord_env, channel, alice, monkeypatch
):
    await alice.slash(channel, "quiz start", rounds=1)
    store = simcord_env.bot.guild_settings.store

    def down(*args, **kwargs):
        raise StoreUnavailable("the database is down")

    monkeypatch.setattr(store, "transaction", down)  # from here every store call fails at once
    game = game_in(simcord_env, channel)
    await alice.click(channel.last_message, label=game.rounds[0].answer)
    assert channel.last_message.embeds[0].title == "Quiz over"  # the game ended normally; its end wasn't recorded
    monkeypatch.undo()  # the database is back
    # The gateway makes the bot identify again: discord.py dispatches "ready" once more. The listener is awaited
    # here, to its end, because its database calls run in SQLite's thread, which settling does not wait for.
    await simcord_env.bot.get_cog("Quiz").on_ready()
    assert not any(m.content.startswith("The quiz in this channel was interrupted") for m in channel.history())
    assert await store.running_quiz_games() == []  # the end is recorded now that it can be
