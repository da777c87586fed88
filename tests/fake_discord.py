"""A tiny fake Discord on 127.0.0.1 (REST and gateway) for start-up tests of the real runner; never the internet."""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from aiohttp import WSMsgType, web

APPLICATION_ID = "4242"
USER = {"id": "4243", "username": "filmbot", "discriminator": "0", "global_name": None, "avatar": None, "bot": True}


def _json(data: object, status: int = 200) -> web.Response:
    # discord.py parses a body as JSON only when the content type is exactly application/json (no charset)
    return web.Response(body=json.dumps(data).encode(), status=status, headers={"Content-Type": "application/json"})


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class FakeDiscord:
    """REST answers for login, application info, command sync and the gateway URL; the gateway sends HELLO,
    reads IDENTIFY and closes with `close_code` (None: answers READY, with no servers, and stays connected).
    `token_ok=False` answers the login with 401."""

    def __init__(self, *, token_ok: bool = True, close_code: int | None = 4004) -> None:
        self.token_ok = token_ok
        self.close_code = close_code
        self.requests: list[str] = []
        self.port = 0

    def app(self) -> web.Application:
        app = web.Application()
        app.router.add_get("/api/v10/users/@me", self.me)
        app.router.add_get("/api/v10/oauth2/applications/@me", self.application)
        app.router.add_put("/api/v10/applications/{app}/commands", self.commands)
        app.router.add_put("/api/v10/applications/{app}/guilds/{guild}/commands", self.commands)
        app.router.add_get("/api/v10/gateway/bot", self.gateway_url)
        app.router.add_get("/api/v10/gateway", self.gateway_url)
        app.router.add_get("/gateway", self.gateway)
        return app

    async def me(self, request: web.Request) -> web.Response:
        self.requests.append("GET /users/@me")
        if not self.token_ok:
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        return _json(USER)

    async def application(self, request: web.Request) -> web.Response:
        self.requests.append("GET /oauth2/applications/@me")
        return _json(
            {
                "id": APPLICATION_ID,
                "name": "filmbot",
                "description": "",
                "icon": None,
                "bot_public": True,
                "bot_require_code_grant": False,
                "verify_key": "0" * 64,
                "owner": {**USER, "id": "1", "bot": False},
                "flags": 0,
                "team": None,
            }
        )

    async def commands(self, request: web.Request) -> web.Response:
        self.requests.append("PUT commands")
        body = await request.json()
        return _json(
            [
                {**command, "id": str(1000 + i), "application_id": APPLICATION_ID, "version": "1"}
                for i, command in enumerate(body)
            ]
        )

    async def gateway_url(self, request: web.Request) -> web.Response:
        self.requests.append("GET /gateway/bot")
        return _json(
            {
                "url": f"ws://127.0.0.1:{self.port}/gateway",
                "shards": 1,
                "session_start_limit": {"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1},
            }
        )

    async def gateway(self, request: web.Request) -> web.WebSocketResponse:
        self.requests.append("gateway")
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 45000}, "s": None, "t": None})
        async for message in ws:
            if message.type == WSMsgType.TEXT and '"op":2' in message.data.replace(" ", ""):
                self.requests.append("IDENTIFY")
                if self.close_code is not None:
                    await ws.close(code=self.close_code, message=b"closed by the fake Discord")
                    continue
                ready = {
                    "v": 10,
                    "user": USER,
                    "guilds": [],
                    "session_id": "fake-session",
                    "resume_gateway_url": f"ws://127.0.0.1:{self.port}/gateway",
                    "application": {"id": APPLICATION_ID, "flags": 0},
                }
                await ws.send_json({"op": 0, "t": "READY", "s": 1, "d": ready})
            elif message.type == WSMsgType.TEXT and '"op":1' in message.data.replace(" ", ""):
                await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
        return ws


@contextmanager
def serving(fake: FakeDiscord) -> Iterator[str]:
    """Run `fake` on 127.0.0.1 in a thread; yields the REST base URL to put in discord.http.Route.BASE."""
    loop = asyncio.new_event_loop()
    runner = web.AppRunner(fake.app())
    loop.run_until_complete(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", 0)
    loop.run_until_complete(site.start())
    fake.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{fake.port}/api/v10"
    finally:
        loop.call_soon_threadsafe(loop.stop)
        thread.join(5)
        loop.run_until_complete(runner.cleanup())
        loop.close()
