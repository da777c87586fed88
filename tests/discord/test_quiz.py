"""/quiz through the real bot: rounds, answers, timing on the virtual clock, stopping, spoilers, forged buttons."""

from __future__ import annotations

import discord
import pytest

from bot.cogs.quiz.game import BREAK_SECONDS, ROUND_SECONDS
from bot.cogs.quiz.views import QuizAnswerButton

# Settling waits out timers due within its timeout; below the break, every quiz timer waits for advance_time.
pytestmark = pytest.mark.simcord(settle_timeout=min(BREAK_SECONDS, ROUND_SECONDS) / 2)


def game_in(env, channel):
    return env.bot.get_cog("Quiz").games.get(channel.id)


def buttons(message) -> list[dict]:
    return [c.to_dict() for row in message.components for c in row.children]


def wrong_choice(round_) -> str:
    return next(c for c in round_.choices if c != round_.answer)


@pytest.fixture
def bob(simcord_env, guild):
    return guild.add_member(simcord_env.create_user("bob"))


@pytest.fixture
def carol(simcord_env, guild):
    return guild.add_member(simcord_env.create_user("carol"))


async def test_a_full_game_with_three_members(simcord_env, channel, alice, bob, carol):
    started = await alice.slash(channel, "quiz start", rounds=3)
    assert not started.ephemeral and "3 rounds, 20 seconds each" in started.response.content
    game = game_in(simcord_env, channel)

    # Round 1: bob is wrong and locked out, his second click is refused, alice is right.
    first, clue = game.rounds[0], channel.last_message
    assert clue.embeds[0].title == f"Round 1 of 3: {first.clue.question}"
    assert clue.embeds[0].description == first.clue.text
    assert [b["label"] for b in buttons(clue)] == list(first.choices)
    wrong = await bob.click(clue, label=wrong_choice(first))
    assert wrong.ephemeral and wrong.response.content == "Not that one: you're out of this round."
    again = await bob.click(clue, label=first.answer)
    assert again.ephemeral and again.response.content == "You have already answered this round."
    right = await alice.click(clue, label=first.answer)
    assert right.ephemeral and right.response.content.startswith("Right!")
    assert (
        channel.last_message.content == f"✅ The answer: **{discord.utils.escape_markdown(first.answer)}**. "
        "alice got it first and scores a point."
    )
    closed = buttons(channel.history()[-2])
    assert all(b["disabled"] for b in closed)
    assert [b["style"] for b in closed if b["label"] == first.answer] == [discord.ButtonStyle.success.value]

    # Round 2 comes after the break; nobody answers and it times out on the virtual clock.
    await simcord_env.advance_time(BREAK_SECONDS)
    second = game.rounds[1]
    assert channel.last_message.embeds[0].title.startswith("Round 2 of 3")
    await simcord_env.advance_time(ROUND_SECONDS - 1)
    assert channel.last_message.embeds[0].title.startswith("Round 2 of 3")  # still open a second before the end
    await simcord_env.advance_time(1)
    assert channel.last_message.content.startswith("⏱️ Nobody got it.")
    assert discord.utils.escape_markdown(second.answer) in channel.last_message.content

    # Round 3: two wrong answers, then bob is right.
    await simcord_env.advance_time(BREAK_SECONDS)
    third, clue = game.rounds[2], channel.last_message
    await carol.click(clue, label=wrong_choice(third))
    await alice.click(clue, label=wrong_choice(third))
    await bob.click(clue, label=third.answer)
    final = channel.last_message.embeds[0]
    assert final.title == "Quiz over"
    assert final.description.splitlines()[0] == "3 of 3 rounds played."
    assert set(final.description.splitlines()[2:]) == {"1. alice: 1 point", "2. bob: 1 point"}
    assert game_in(simcord_env, channel) is None


async def test_a_second_start_in_the_same_channel_says_where_the_game_is(simcord_env, channel, alice, bob):
    await alice.slash(channel, "quiz start")
    clue = channel.last_message
    refused = await bob.slash(channel, "quiz start", rounds=3)
    assert refused.ephemeral
    assert refused.response.content.startswith("A quiz is already running in this channel")
    assert clue.jump_url in refused.response.content and "round 1 of 5" in refused.response.content


async def test_two_channels_play_two_games_at_once(simcord_env, guild, channel, alice, bob):
    other = guild.create_text_channel("film-night")
    await alice.slash(channel, "quiz start", rounds=1)
    await bob.slash(other, "quiz start", rounds=1)
    here, there = game_in(simcord_env, channel), game_in(simcord_env, other)
    assert here is not there and here.id != there.id
    await bob.click(other.last_message, label=there.rounds[0].answer)
    assert other.last_message.embeds[0].title == "Quiz over"
    assert channel.last_message.embeds[0].title.startswith("Round 1 of 1")  # untouched by the other game
    await simcord_env.advance_time(ROUND_SECONDS)
    assert channel.last_message.embeds[0].description.endswith("Nobody scored this time.")


async def test_a_button_from_another_channels_game_is_refused(simcord_env, guild, channel, alice):
    other = guild.create_text_channel("film-night")
    await alice.slash(channel, "quiz start", rounds=1)
    game = game_in(simcord_env, channel)
    forged = await simcord_env.bot.get_channel(other.id).send(view=forged_view(f"quiz:{game.id}:1:0"))
    result = await alice.click(forged, label="forged")
    assert result.ephemeral and result.response.content == "That round is over."
    assert game.scores == {}


def forged_view(custom_id: str) -> discord.ui.View:
    """A message carrying an id the quiz never made, as a tampered client would send it."""
    view = discord.ui.View(timeout=None)
    view.add_item(discord.ui.Button(label="forged", custom_id=custom_id))
    return view


@pytest.mark.parametrize(
    "custom_id",
    ["quiz:", "quiz:zzzzzzzz:1:0", "quiz:{game}:1:9", "quiz:{game}:2:0", "quiz:{game}:1:0:extra", "quiz:00000000:1:0"],
)
async def test_tampered_ids_are_refused_cleanly(simcord_env, channel, alice, custom_id):
    await alice.slash(channel, "quiz start", rounds=2)
    game = game_in(simcord_env, channel)
    forged = await simcord_env.bot.get_channel(channel.id).send(view=forged_view(custom_id.format(game=game.id)))
    result = await alice.click(forged, label="forged")
    assert result.ephemeral and result.response.content == "That round is over."
    assert game.scores == {} and game.round_number == 1


async def test_the_starter_can_stop_the_game(simcord_env, channel, alice):
    await alice.slash(channel, "quiz start", rounds=5)
    stopped = await alice.slash(channel, "quiz stop")
    assert stopped.ephemeral
    final = channel.last_message.embeds[0]
    assert final.title == "Quiz over" and final.description.startswith("Stopped by alice after 1 of 5 rounds.")
    assert channel.history()[-2].content.startswith("⏱️ Nobody got it.")  # the stopped round is still revealed
    assert game_in(simcord_env, channel) is None
    restarted = await alice.slash(channel, "quiz start", rounds=1)
    assert not restarted.ephemeral


async def test_another_member_cannot_stop_it_but_a_moderator_can(simcord_env, guild, channel, alice, bob):
    moderators = guild.create_role("Moderators", permissions=discord.Permissions(manage_messages=True))
    mod = guild.add_member(simcord_env.create_user("mod"), roles=[moderators])
    await alice.slash(channel, "quiz start", rounds=5)
    refused = await bob.slash(channel, "quiz stop")
    assert refused.ephemeral and refused.response.content.startswith("Only the member who started this quiz")
    assert game_in(simcord_env, channel) is not None
    await mod.slash(channel, "quiz stop")
    assert channel.last_message.embeds[0].description.startswith("Stopped by mod")


async def test_stop_without_a_game_says_so(channel, alice):
    result = await alice.slash(channel, "quiz stop")
    assert result.ephemeral and result.response.content == "No quiz is running in this channel."


async def test_stopping_during_the_break_ends_before_the_next_round(simcord_env, channel, alice):
    await alice.slash(channel, "quiz start", rounds=3)
    game = game_in(simcord_env, channel)
    await alice.click(channel.last_message, label=game.rounds[0].answer)
    await alice.slash(channel, "quiz stop")
    final = channel.last_message.embeds[0]
    assert final.description.startswith("Stopped by alice after 1 of 3 rounds.")
    assert "1. alice: 1 point" in final.description


async def play_to_the_end(env, channel, rounds: int) -> list:
    """Let every round time out; the titles and labels the channel saw."""
    seen = []
    for _ in range(rounds):
        message = channel.last_message
        seen.append(message.embeds[0].description)
        seen.extend(b["label"] for b in buttons(message))
        await env.advance_time(ROUND_SECONDS + BREAK_SECONDS)
    return seen


async def test_without_spoilers_no_spoiler_scene_is_asked_or_offered(simcord_env, channel, alice, pack):
    simcord_env.bot.get_cog("Quiz").rng.seed(3)
    await alice.slash(channel, "quiz start", rounds=20)
    game = game_in(simcord_env, channel)
    seen = await play_to_the_end(simcord_env, channel, 20)
    hidden = {s.title for s in pack.scenes if s.spoiler}
    assert not hidden & set(seen)
    assert not any(r.clue.spoiler for r in game.rounds)


async def test_spoilers_true_includes_spoiler_scenes(simcord_env, channel, alice, pack):
    simcord_env.bot.get_cog("Quiz").rng.seed(3)
    started = await alice.slash(channel, "quiz start", rounds=20, spoilers=True)
    assert "Spoilers included." in started.response.content
    seen = await play_to_the_end(simcord_env, channel, 20)
    assert {s.title for s in pack.scenes if s.spoiler} & set(seen)


async def test_the_quiz_is_for_servers_only(simcord_env):
    user = simcord_env.create_user("dora")
    assert not any(name.startswith("quiz") for name in user.available_commands())


async def test_quiz_answer_button_ids_fit_discords_limit():
    button = QuizAnswerButton("ffffffff", 20, 3, "x" * 200)
    assert len(button.custom_id) <= 100 and len(button.item.label) <= 80


async def test_help_mentions_the_quiz(channel, alice):
    result = await alice.slash(channel, "help")
    quiz = next(f for f in result.response.embeds[0].fields if f.name == "Quiz")
    assert "/quiz start" in quiz.value and "/quiz leaderboard" in quiz.value


async def test_a_channel_the_bot_cannot_post_in_gets_no_game(simcord_env, guild, alice):
    me = guild.me
    quiet = guild.create_text_channel("quiet", overwrites={me: discord.PermissionOverwrite(send_messages=False)})
    result = await alice.slash(quiet, "quiz start")
    assert result.ephemeral and "I need Send Messages and Embed Links" in result.response.content
    assert game_in(simcord_env, quiet) is None


async def test_a_game_that_can_no_longer_post_ends_quietly(simcord_env, channel, alice):
    await alice.slash(channel, "quiz start", rounds=3)
    game = game_in(simcord_env, channel)
    simcord_env.inject_error(
        "POST", "/channels/*/messages", status=403, code=50013, message="Missing Permissions", times=None
    )
    await alice.click(channel.last_message, label=game.rounds[0].answer)  # the reveal cannot be posted
    await simcord_env.advance_time(BREAK_SECONDS)  # nor the next round: the game ends
    assert game_in(simcord_env, channel) is None
    assert game.rounds_played == 1 and game.scores == {alice.id: 1}


async def test_a_server_error_on_a_round_is_retried(simcord_env, channel, alice):
    simcord_env.inject_error("POST", "/channels/*/messages", status=500, times=1)
    await alice.slash(channel, "quiz start", rounds=1)
    await simcord_env.advance_time(1)  # the retry waits a moment on the loop
    assert channel.last_message.embeds[0].title.startswith("Round 1 of 1")


@pytest.mark.parametrize("rounds", [0, -1, 21, 10**9, True, 2.5, "3"])
async def test_a_forged_number_of_rounds_is_refused(simcord_env, channel, alice, forged, rounds):
    forged(rounds=rounds)
    refused = await alice.slash(channel, "quiz start")
    assert refused.ephemeral and refused.response.content == "Not started: rounds must be a whole number from 1 to 20."
    assert game_in(simcord_env, channel) is None and channel.last_message is None


@pytest.mark.parametrize("spoilers", ["yes", 1, None])
async def test_a_forged_spoilers_flag_is_refused(simcord_env, channel, alice, forged, spoilers):
    forged(spoilers=spoilers)
    refused = await alice.slash(channel, "quiz start", rounds=3)
    assert refused.ephemeral and refused.response.content == "Not started: spoilers must be true or false."
    assert game_in(simcord_env, channel) is None
