"""Load through the real bot: a thousand interleaved events from 150 users (slash commands, autocomplete,
button clicks, mentions) with zero unanswered interactions, zero errors and state that stays bounded."""

from __future__ import annotations

import asyncio
import random

import pytest

from bot.config import Settings

USERS = 150
EVENTS = 1_000


@pytest.fixture
def settings(tmp_path):
    return Settings(command_state_path=tmp_path / "commands.json", cooldown_rate=3, cooldown_seconds=30.0)


def bot_state(bot) -> dict[str, int]:
    """What the bot keeps per user or per reply: tasks, the limiter, discord.py's view store and message cache."""
    store = bot._connection._view_store
    return {
        "tasks": len(asyncio.all_tasks()),
        "limiter": len(bot.limiter),
        "views": sum(len(v) for v in store._views.values()),
        "message views": len(store._synced_message_views),
        "cached messages": len(bot._connection._messages),
    }


async def test_a_thousand_interleaved_events_from_many_users(simcord_env, guild, channel, bot_mention, pack):
    rng = random.Random(1948)
    members = [guild.add_member(simcord_env.create_user(f"fan{i}")) for i in range(USERS)]
    titles = [scene.title for scene in pack.scenes]
    questions = [
        "what happens in the audition",
        "who composed the music",
        "who is vicky page",
        "lol",
        "the last scene",
        "tell me about the ballet",
        "<@&1> @everyone https://x.example",
    ]
    interactions = answered = clicks = autocompletes = 0
    shown = []
    halfway: dict[str, int] = {}
    for event in range(EVENTS):
        if event == EVENTS // 2:
            halfway = bot_state(simcord_env.bot)
        user = members[rng.randrange(USERS)]
        kind = rng.random()
        if kind < 0.3:
            result = await user.slash(channel, "scene", name=rng.choice(titles + ["zzqx", "audtion"]))
            shown.append(result)
        elif kind < 0.45:
            result = await user.slash(channel, "ask", question=rng.choice(questions))
        elif kind < 0.6:
            choices = await user.autocomplete(channel, "scene", "name", rng.choice(["", "the", "aud", "x" * 100]))
            assert len(choices) <= 25
            autocompletes += 1
            continue
        elif kind < 0.7 and shown and shown[-1].response and shown[-1].response.embeds:
            message = shown[-1].response
            enabled = [b["label"] for row in message.components for b in row["components"] if not b.get("disabled")]
            result = await user.click(message.message, label=rng.choice(enabled))
            clicks += 1
        elif kind < 0.75:
            result = await user.slash(channel, rng.choice(["film", "scenes", "soundtrack", "help"]))
        else:
            await user.send(channel, f"{bot_mention} {rng.choice(questions)}")
            continue
        interactions += 1
        answered += result.acknowledged
    assert answered == interactions and interactions > EVENTS // 2 and clicks > EVENTS // 30
    offered = [e for e in simcord_env.http_requests if e.path.endswith("/callback") and e.json["type"] == 8]
    assert len(offered) == autocompletes > EVENTS // 10
    assert simcord_env.errors == []
    final = bot_state(simcord_env.bot)
    assert final["limiter"] <= USERS and final["tasks"] <= 3  # no view timers left running per reply
    assert final["cached messages"] <= 1000  # discord.py's own bounded cache (max_messages)
    # nothing the bot keeps grows with the number of replies: the second half adds (almost) nothing
    assert final["views"] <= halfway["views"] + 5 and final["message views"] <= halfway["message views"] + 5, final
