"""Discord failing under the bot: what is transient is retried in time (Retry-After honoured, never past an
interaction's 3 seconds), the rest is not retried, free text gets the same apology as commands, an unanswered
message gives its quota back, and a cog that fails to load stops the start before any sync."""

from __future__ import annotations

import logging

import pytest

from bot import client, create_bot
from bot.config import Settings
from bot.utils import replies
from bot.utils.replies import GENERIC_ERROR, RESPONSE_WINDOW

CALLBACK = "/interactions/*/callback"
FOLLOW_UP = "/webhooks/*/*"
MESSAGES = "/channels/*/messages"


@pytest.fixture
def settings(tmp_path):
    return Settings(command_state_path=tmp_path / "commands.json", cooldown_rate=2, cooldown_seconds=30.0)


@pytest.fixture
def retry_after(monkeypatch):
    """Injected 429s carry a Retry-After header, as Discord's do (simcord's fake response has no headers)."""
    from simcord.http import client as transport

    seconds: dict[str, float] = {}
    plain = transport._FakeResponse.__init__

    def with_header(self, status):
        plain(self, status)
        if status == 429 and "value" in seconds:
            self.headers = {"Retry-After": str(seconds["value"])}

    monkeypatch.setattr(transport._FakeResponse, "__init__", with_header)
    return lambda value: seconds.__setitem__("value", value)


def elapsed(env, since) -> float:
    return (env.now() - since).total_seconds()


def callback_types(env) -> list[int]:
    """The interaction response types the bot sent: 4 a message, 5 a deferral ("thinking...")."""
    return [e.json["type"] for e in env.http_requests if e.path.endswith("/callback")]


def posts(env, pattern: str) -> int:
    import fnmatch

    return sum(1 for e in env.http_requests if e.method == "POST" and fnmatch.fnmatch(e.path, pattern))


# ------------------------------------------------------------------------------------------------ callbacks


@pytest.mark.parametrize("status", [500, 502, 503, 429])
async def test_a_transient_callback_failure_is_retried_after_a_pause(simcord_env, channel, alice, status):
    start = simcord_env.now()
    simcord_env.inject_error("POST", CALLBACK, status=status, times=1)
    result = await alice.slash(channel, "scene", name="The Audition")
    assert result.acknowledged and result.response.embeds[0].title == "The Audition"
    assert replies.BACKOFF[0] <= elapsed(simcord_env, start) < RESPONSE_WINDOW
    assert posts(simcord_env, CALLBACK) == 2


async def test_retry_after_is_honoured_within_the_window(simcord_env, channel, alice, retry_after):
    retry_after(1.2)
    start = simcord_env.now()
    simcord_env.inject_error("POST", CALLBACK, status=429, times=1)
    result = await alice.slash(channel, "scene", name="The Audition")
    assert result.acknowledged and 1.2 <= elapsed(simcord_env, start) < RESPONSE_WINDOW


async def test_a_retry_after_past_the_deadline_is_not_waited_out(simcord_env, channel, alice, retry_after, caplog):
    retry_after(60)
    start = simcord_env.now()
    simcord_env.inject_error("POST", CALLBACK, status=429, times=1)
    with caplog.at_level(logging.WARNING, logger="bot"):
        result = await alice.slash(channel, "scene", name="The Audition")
    assert not result.acknowledged and elapsed(simcord_env, start) < RESPONSE_WINDOW
    assert posts(simcord_env, CALLBACK) == 1 and "would be too late" in caplog.text
    assert (await alice.slash(channel, "film")).response.embeds


@pytest.mark.parametrize("status", [400, 403])
async def test_what_discord_refuses_is_not_retried(simcord_env, channel, alice, status):
    simcord_env.inject_error("POST", CALLBACK, status=status, times=1)
    result = await alice.slash(channel, "scene", name="The Audition")
    assert not result.acknowledged and posts(simcord_env, CALLBACK) == 1


async def test_a_persistent_server_error_gives_up_inside_the_window(simcord_env, channel, alice):
    start = simcord_env.now()
    simcord_env.inject_error("POST", CALLBACK, status=503, times=None)
    result = await alice.slash(channel, "scene", name="The Audition")
    assert not result.acknowledged and elapsed(simcord_env, start) < RESPONSE_WINDOW
    simcord_env.backend.faults.clear()
    assert (await alice.slash(channel, "scene", name="The Isolation")).response.embeds[0].title == "The Isolation"


# ------------------------------------------------------------------------------------------------ follow-ups


@pytest.fixture
def slow_engine(simcord_env, monkeypatch):
    """An engine that takes 2.5 s of the 3-second window (the virtual clock moves while it thinks)."""
    engine = simcord_env.bot.engine
    answer = engine.answer

    def slow(question: str, *args, **kwargs):
        simcord_env.backend.advance_clock(2.5)
        return answer(question, *args, **kwargs)

    monkeypatch.setattr(engine, "answer", slow)


async def test_a_late_reply_defers_first_then_follows_up(simcord_env, channel, alice, slow_engine):
    result = await alice.slash(channel, "ask", question="the audition")
    assert callback_types(simcord_env) == [5]
    assert result.response.embeds[0].title == "The Audition"


@pytest.mark.parametrize("times", [1, 2])
async def test_a_failing_follow_up_is_retried(simcord_env, channel, alice, slow_engine, times):
    simcord_env.inject_error("POST", FOLLOW_UP, status=503, times=times)
    result = await alice.slash(channel, "ask", question="the audition")
    assert callback_types(simcord_env) == [5] and result.response.embeds[0].title == "The Audition"
    assert posts(simcord_env, FOLLOW_UP) == times + 1


async def test_a_follow_up_that_keeps_failing_is_given_up(simcord_env, channel, alice, slow_engine, caplog):
    simcord_env.inject_error("POST", FOLLOW_UP, status=502, times=None)
    with caplog.at_level(logging.WARNING, logger="bot"):
        result = await alice.slash(channel, "ask", question="the audition")
    assert result.deferred and "giving up" in caplog.text  # Discord shows "thinking..." until it expires


# ------------------------------------------------------------------------------------------- channel messages


@pytest.mark.parametrize("status", [500, 502, 503, 429])
async def test_a_transient_failure_on_channel_messages_is_retried_after_a_pause(
    simcord_env, channel, alice, bot_mention, status
):
    start = simcord_env.now()
    simcord_env.inject_error("POST", MESSAGES, status=status, times=1)
    await alice.send(channel, f"{bot_mention} the audition")
    assert channel.last_message.embeds[0].title == "The Audition"
    assert elapsed(simcord_env, start) >= replies.BACKOFF[0]


async def test_retry_after_on_channel_messages_is_honoured(simcord_env, channel, alice, bot_mention, retry_after):
    retry_after(5)
    start = simcord_env.now()
    simcord_env.inject_error("POST", MESSAGES, status=429, times=1)
    await alice.send(channel, f"{bot_mention} the audition")
    assert channel.last_message.author.id == alice.id  # still waiting, as Discord asked
    await simcord_env.advance_time(5)
    reply = channel.last_message
    assert reply.embeds[0].title == "The Audition" and (reply.created_at - start).total_seconds() >= 5


async def test_an_unanswered_message_gives_its_quota_back(simcord_env, channel, alice, bot_mention):
    simcord_env.inject_error("POST", MESSAGES, status=503, times=None)
    for _ in range(2):
        await alice.send(channel, f"{bot_mention} the audition")
    assert channel.last_message.author.id == alice.id
    simcord_env.backend.faults.clear()
    for question in ("the audition", "the isolation"):  # the quota is 2: neither failed message counted
        await alice.send(channel, f"{bot_mention} {question}")
        assert channel.last_message.embeds, channel.last_message.content


async def test_a_refused_answer_gets_the_apology_instead(simcord_env, channel, alice, bot_mention):
    simcord_env.inject_error("POST", MESSAGES, status=400, times=1)
    await alice.send(channel, f"{bot_mention} the audition")
    assert channel.last_message.author.bot and channel.last_message.content == GENERIC_ERROR


async def test_a_failing_engine_on_free_text_gets_the_apology_and_a_logged_traceback(
    simcord_env, channel, alice, bot_mention, monkeypatch, caplog
):
    def broken(question: str, *args, **kwargs):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(simcord_env.bot.engine, "answer", broken)
    with caplog.at_level(logging.ERROR, logger="bot"):
        for _ in range(3):  # more than the quota: a failed answer doesn't use it up
            await alice.send(channel, f"{bot_mention} the audition")
            assert channel.last_message.author.bot and channel.last_message.content == GENERIC_ERROR
    assert "free-text answer in channel" in caplog.text and "engine exploded" in caplog.text
    monkeypatch.undo()
    await alice.send(channel, f"{bot_mention} the audition")
    assert channel.last_message.embeds[0].title == "The Audition"


# ------------------------------------------------------------------------------------------------ start-up


async def test_a_cog_that_fails_to_load_stops_the_start_before_any_sync(simcord_env, settings, engine, monkeypatch):
    settings.command_state_path.write_text('{"older": "state"}')
    monkeypatch.setattr(client, "EXTENSIONS", (*client.EXTENSIONS, "tests.discord.broken_extension"))
    with pytest.raises(client.ExtensionFailed, match="tests.discord.broken_extension"):
        await simcord_env.restart_bot(create_bot(settings, engine=engine, force_sync=True))
    assert [e.method for e in simcord_env.http_requests].count("PUT") == 1  # only the first, healthy start synced
    assert settings.command_state_path.read_text() == '{"older": "state"}'
