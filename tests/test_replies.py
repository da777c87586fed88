"""The retry policy of bot/utils/replies.py on its own: what counts as transient, Discord's Retry-After, and a
wait inside discord.py (its webhook client sleeps out any Retry-After) cut at the deadline."""

from __future__ import annotations

import asyncio
import time
from types import SimpleNamespace

import discord
import pytest

from bot.utils.replies import Undelivered, _attempts, retry_after, transient


def http_error(status: int, headers: dict[str, str] | None = None) -> discord.HTTPException:
    response = SimpleNamespace(status=status, reason="test", headers=headers or {})
    return discord.HTTPException(response, {"message": "test", "code": 0})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "status, expected",
    [(429, True), (500, True), (502, True), (503, True), (504, True), (400, False), (403, False), (404, False)],
)
def test_only_rate_limits_and_server_errors_are_transient(status, expected):
    assert transient(http_error(status)) is expected


def test_retry_after_comes_from_discords_headers():
    assert retry_after(http_error(429, {"Retry-After": "1.5"})) == 1.5
    assert retry_after(http_error(429, {"X-RateLimit-Reset-After": "0.25"})) == 0.25
    assert retry_after(http_error(503)) is None
    assert retry_after(http_error(429, {"Retry-After": "soon"})) is None


async def test_a_wait_inside_discord_py_is_cut_at_the_deadline():
    async def sleeps_out_a_long_retry_after() -> None:
        await asyncio.sleep(60)

    with pytest.raises(Undelivered):  # without the cut this would return after a minute
        await _attempts(sleeps_out_a_long_retry_after, time.monotonic() + 0.05, "test reply")


async def test_what_discord_refuses_is_raised_at_once():
    calls = []

    async def refused() -> None:
        calls.append(1)
        raise http_error(400)

    with pytest.raises(discord.HTTPException):
        await _attempts(refused, time.monotonic() + 10, "test reply")
    assert calls == [1]
