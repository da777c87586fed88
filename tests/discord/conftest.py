"""The unmodified bot, run by simcord against an offline Discord; every payload checked against Discord's limits."""

from __future__ import annotations

import pytest

from bot import create_bot
from bot.config import Settings
from bot.utils import replies

from .database import gated_store  # noqa: F401  (fixtures for every test here)
from .forged import forged  # noqa: F401
from .transport import connection_reset  # noqa: F401

LIMITS = {
    "content": 2000,
    "title": 256,
    "description": 4096,
    "field_name": 256,
    "field_value": 1024,
    "footer": 2048,
    "total": 6000,
    "fields": 25,
    "choices": 25,
    "choice_name": 100,
}


def pytest_configure(config):
    config.addinivalue_line("markers", "expected_errors: the test provokes bot errors on purpose and checks them")


@pytest.fixture(autouse=True)
def quick_backoff(monkeypatch):
    """simcord's clock virtualises the waits it recognises (views, tasks loops, timeouts), not a plain pause
    between retries, which it sleeps for real: a tenth of each pause keeps the fault tests fast, while every pause
    still happens and is still checked against Discord's response window."""
    monkeypatch.setattr(replies, "BACKOFF", tuple(seconds / 10 for seconds in replies.BACKOFF))


@pytest.fixture
def settings(tmp_path):
    return Settings(command_state_path=tmp_path / "commands.json", cooldown_rate=3, cooldown_seconds=30.0)


@pytest.fixture
def simcord_bot(settings, engine, stores_closed_after_the_test):
    return create_bot(settings, engine=engine)


@pytest.fixture
async def stores_closed_after_the_test(monkeypatch):
    """simcord detaches a bot without closing it: every store a bot of the test opened is closed here, as
    bot.close() would, so no SQLite connection outlives the test's event loop."""
    import bot.client

    opened = []
    real_open = bot.client.open_store

    async def open_store(*args, **kwargs):
        store = await real_open(*args, **kwargs)
        opened.append(store)
        return store

    monkeypatch.setattr(bot.client, "open_store", open_store)
    yield
    for store in opened:
        await store.close()


@pytest.fixture
def guild(simcord_env):
    return simcord_env.create_guild(name="Film Club")


@pytest.fixture
def channel(guild):
    return guild.create_text_channel("red-shoes")


@pytest.fixture
def alice(simcord_env, guild):
    return guild.add_member(simcord_env.create_user("alice"))


@pytest.fixture
def bot_mention(simcord_env):
    return f"<@{simcord_env.bot.user.id}>"


def embed_size(embed: dict) -> int:
    fields = embed.get("fields", [])
    return (
        len(embed.get("title", ""))
        + len(embed.get("description", ""))
        + len(embed.get("footer", {}).get("text", ""))
        + len(embed.get("author", {}).get("name", ""))
        + sum(len(f["name"]) + len(f["value"]) for f in fields)
    )


def check_message(data: dict) -> None:
    """One outgoing message body: sizes within Discord's limits and nobody pinged."""
    assert len(data.get("content") or "") <= LIMITS["content"]
    embeds = data.get("embeds") or []
    assert len(embeds) <= 10
    for embed in embeds:
        assert len(embed.get("title", "")) <= LIMITS["title"]
        assert len(embed.get("description", "")) <= LIMITS["description"]
        assert len(embed.get("footer", {}).get("text", "")) <= LIMITS["footer"]
        assert len(embed.get("fields", [])) <= LIMITS["fields"]
        for field in embed.get("fields", []):
            assert 1 <= len(field["name"]) <= LIMITS["field_name"] and 1 <= len(field["value"]) <= LIMITS["field_value"]
        assert embed_size(embed) <= LIMITS["total"]
    assert data.get("allowed_mentions", {}).get("parse") == [], f"message may ping: {data.get('allowed_mentions')}"
    assert not data.get("allowed_mentions", {}).get("replied_user")


def check_request(method: str, path: str, body) -> None:
    if not isinstance(body, dict):
        return
    if path.endswith("/callback"):
        data = body.get("data") or {}
        if body.get("type") == 8:  # autocomplete result
            choices = data.get("choices", [])
            assert len(choices) <= LIMITS["choices"]
            assert all(1 <= len(c["name"]) <= LIMITS["choice_name"] and len(str(c["value"])) <= 100 for c in choices)
        elif body.get("type") in (4, 7):
            check_message(data)
    elif (
        method in {"POST", "PATCH"}
        and ("/messages" in path or path.startswith("/webhooks/"))
        and ("content" in body or "embeds" in body)
    ):
        check_message(body)


@pytest.fixture(autouse=True)
def every_payload_is_valid_and_no_error_is_left(request, simcord_env):
    yield
    for entry in simcord_env.http_requests:
        check_request(entry.method, entry.path, entry.json)
    if request.node.get_closest_marker("expected_errors") is None:
        assert simcord_env.errors == []
