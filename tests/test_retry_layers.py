"""The two retry layers together, through discord.py's real HTTP client against a fake Discord on loopback:
discord.py retries a 500 itself (sleeping 1, 3, 5, 7 s) and sleeps out a 429's Retry-After; bot/utils/replies.py
runs each of its attempts inside one deadline, so the waits never multiply (alone, discord.py would take 25 s
and our three attempts 75 s). Real time, kept short by a small budget."""

from __future__ import annotations

import json
import time

import discord
import pytest
from aiohttp import web

from bot.utils import replies

from .fake_discord import USER, FakeDiscord

CHANNEL = 123
MESSAGE = {
    "id": "1",
    "channel_id": str(CHANNEL),
    "author": USER,
    "content": "hello",
    "timestamp": "2026-01-01T00:00:00+00:00",
    "edited_timestamp": None,
    "tts": False,
    "mention_everyone": False,
    "mentions": [],
    "mention_roles": [],
    "attachments": [],
    "embeds": [],
    "pinned": False,
    "type": 0,
}


@pytest.fixture
async def discord_at(monkeypatch):
    """`discord_at(answers)`: a client logged in to a fake Discord whose message posts get `answers` in turn
    (status, body, headers), the last one repeated; yields the client and the times of each post."""
    started: list[web.AppRunner] = []
    clients: list[discord.Client] = []

    async def make(answers):
        posts: list[float] = []

        async def post(request: web.Request) -> web.Response:
            posts.append(time.monotonic())
            status, body, headers = answers[min(len(posts), len(answers)) - 1]
            # discord.py reads a body as JSON only when its content type is exactly application/json
            return web.Response(
                body=json.dumps(body).encode(), status=status, headers={"Content-Type": "application/json", **headers}
            )

        app = FakeDiscord().app()  # the login's routes
        app.router.add_post(f"/api/v10/channels/{CHANNEL}/messages", post)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        started.append(runner)
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{port}/api/v10")
        client = discord.Client(intents=discord.Intents.default())
        await client.login("MTIz.tok.abc")
        clients.append(client)
        return client.get_partial_messageable(CHANNEL), posts

    yield make
    for client in clients:
        await client.close()
    for runner in started:
        await runner.cleanup()


async def test_a_persistent_server_error_gives_up_at_the_budget_not_at_discord_pys_25_s(discord_at, monkeypatch):
    monkeypatch.setattr(replies, "SEND_BUDGET", 1.5)
    channel, posts = await discord_at([(500, {"message": "500: Internal Server Error", "code": 0}, {})])
    began = time.monotonic()
    assert await replies.send(channel, content="hello") is None
    took = time.monotonic() - began
    assert took < 1.5 + 0.5, took
    assert len(posts) == 2  # discord.py's own retry after 1 s; its next, 3 s later, falls past the budget


async def test_retry_after_is_still_honoured_through_both_layers(discord_at):
    limited = (429, {"message": "rate limited", "retry_after": 0.4, "global": False}, {"Via": "1.1 google"})
    channel, posts = await discord_at([limited, (200, MESSAGE, {})])
    sent = await replies.send(channel, content="hello")
    assert sent is not None and len(posts) == 2
    assert posts[1] - posts[0] >= 0.4
