"""/quiz when the connection to Discord resets (errno 104) at each step of a game: nothing is left half-started,
a registered game always has a task playing it, and a POST that may have landed is not sent again."""

from __future__ import annotations

import fnmatch

import pytest

from bot.cogs.quiz.game import BREAK_SECONDS, ROUND_SECONDS

from .test_quiz import buttons, game_in

pytestmark = pytest.mark.simcord(settle_timeout=min(BREAK_SECONDS, ROUND_SECONDS) / 2)

CALLBACK = "/interactions/*/callback"
ORIGINAL = "/webhooks/*/*/messages/@original"
MESSAGES = "/channels/*/messages"
ROUND_LOST = "The quiz stopped: I couldn't post the next round. Points scored so far are kept."


def requests(env, method: str, pattern: str) -> int:
    return sum(1 for e in env.http_requests if e.method == method and fnmatch.fnmatch(e.path, pattern))


def rounds_posted(channel) -> int:
    return sum(1 for m in channel.history() if m.embeds and m.embeds[0].title.startswith("Round "))


def assert_every_game_is_played(env) -> None:
    """The invariant: a game in the registry has a live task (else it blocks its channel until a restart)."""
    cog = env.bot.get_cog("Quiz")
    for channel_id in cog.games:
        task = cog.tasks.get(channel_id)
        assert task is not None and not task.done(), f"game in {channel_id} registered without a running task"


async def test_a_reset_on_every_reply_to_quiz_start_leaves_no_game(simcord_env, channel, alice, connection_reset):
    connection_reset("POST", CALLBACK, times=None)
    result = await alice.slash(channel, "quiz start", rounds=3)
    assert not result.acknowledged
    assert game_in(simcord_env, channel) is None and rounds_posted(channel) == 0
    assert_every_game_is_played(simcord_env)
    connection_reset.clear()
    again = await alice.slash(channel, "quiz start", rounds=1)
    assert not again.ephemeral and "starts a quiz" in again.response.content
    assert rounds_posted(channel) == 1


async def test_a_reset_after_discord_took_the_reply_still_starts_the_game_once(
    simcord_env, channel, alice, connection_reset
):
    connection_reset("POST", CALLBACK, delivered=True)
    result = await alice.slash(channel, "quiz start", rounds=2)
    assert result.acknowledged and "starts a quiz" in result.response.content
    assert game_in(simcord_env, channel) is not None and rounds_posted(channel) == 1
    assert_every_game_is_played(simcord_env)


async def test_a_reset_on_the_start_announcement_is_retried(simcord_env, channel, alice, connection_reset):
    connection_reset("PATCH", ORIGINAL)
    result = await alice.slash(channel, "quiz start", rounds=2)
    assert "starts a quiz" in result.response.content
    assert game_in(simcord_env, channel) is not None and rounds_posted(channel) == 1
    assert_every_game_is_played(simcord_env)


@pytest.mark.parametrize("delivered", [False, True])
async def test_a_round_that_cannot_be_posted_ends_the_game_with_a_notice(
    simcord_env, channel, alice, connection_reset, delivered
):
    connection_reset("POST", MESSAGES, delivered=delivered)
    await alice.slash(channel, "quiz start", rounds=3)
    assert game_in(simcord_env, channel) is None
    assert channel.last_message.content == ROUND_LOST
    assert rounds_posted(channel) == int(delivered)  # the round went out at most once: no blind second POST
    assert requests(simcord_env, "POST", MESSAGES) == 2  # the round, then the notice
    stopped = await alice.slash(channel, "quiz stop")
    assert stopped.response.content == "No quiz is running in this channel."
    again = await alice.slash(channel, "quiz start", rounds=1)
    assert "starts a quiz" in again.response.content


async def test_a_game_that_can_post_nothing_is_forgotten(simcord_env, channel, alice, connection_reset):
    connection_reset("POST", MESSAGES, times=None)
    await alice.slash(channel, "quiz start", rounds=3)
    assert game_in(simcord_env, channel) is None and not simcord_env.bot.get_cog("Quiz").tasks
    connection_reset.clear()
    assert "starts a quiz" in (await alice.slash(channel, "quiz start", rounds=1)).response.content


async def test_a_reset_later_in_the_game_ends_it_at_that_round(simcord_env, channel, alice, connection_reset):
    await alice.slash(channel, "quiz start", rounds=3)
    game = game_in(simcord_env, channel)
    await alice.click(channel.last_message, label=game.rounds[0].answer)
    connection_reset("POST", MESSAGES, times=None)
    await simcord_env.advance_time(BREAK_SECONDS)
    assert game_in(simcord_env, channel) is None and game.rounds_played == 1
    assert_every_game_is_played(simcord_env)


async def test_a_reset_on_closing_a_round_is_retried(simcord_env, channel, alice, connection_reset):
    await alice.slash(channel, "quiz start", rounds=2)
    game = game_in(simcord_env, channel)
    clue = channel.last_message
    connection_reset("PATCH", "/channels/*/messages/*")
    await alice.click(clue, label=game.rounds[0].answer)
    assert all(b["disabled"] for b in buttons(channel.history()[-2]))
    assert requests(simcord_env, "PATCH", "/channels/*/messages/*") == 2


async def test_stop_really_stops(simcord_env, channel, alice):
    await alice.slash(channel, "quiz start", rounds=5)
    task = simcord_env.bot.get_cog("Quiz").tasks[channel.id]
    await alice.slash(channel, "quiz stop")
    assert task.done() and game_in(simcord_env, channel) is None


async def test_a_connection_that_could_not_be_opened_is_retried_even_for_a_new_message(
    simcord_env, channel, alice, connection_reset
):
    connection_reset("POST", MESSAGES, refused=True)  # nothing was sent: sending again cannot post twice
    await alice.slash(channel, "quiz start", rounds=2)
    await simcord_env.advance_time(1)
    assert game_in(simcord_env, channel) is not None and rounds_posted(channel) == 1
