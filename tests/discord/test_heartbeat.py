"""The heartbeat file: written once the bot is connected, again every beat; what the container health check reads."""

from __future__ import annotations

import os
import time

from bot import health


async def test_the_connected_bot_writes_its_heartbeat_beside_the_state(simcord_env, settings):
    path = health.heartbeat_path(settings.command_state_path)
    assert path.parent == settings.command_state_path.parent
    assert health.age(path) is not None and health.age(path) < health.STALE_SECONDS


async def test_the_heartbeat_is_renewed_every_beat(simcord_env, settings):
    path = health.heartbeat_path(settings.command_state_path)
    stale = time.time() - 10 * health.STALE_SECONDS
    os.utime(path, (stale, stale))
    assert health.age(path) > health.STALE_SECONDS
    await simcord_env.advance_time(health.BEAT_SECONDS + 1)
    assert health.age(path) < health.STALE_SECONDS


async def test_unloading_the_heartbeat_stops_it(simcord_env, settings):
    path = health.heartbeat_path(settings.command_state_path)
    await simcord_env.bot.remove_cog("Heartbeat")  # as on shutdown: the loop is cancelled
    stale = time.time() - 10 * health.STALE_SECONDS
    os.utime(path, (stale, stale))
    await simcord_env.advance_time(health.BEAT_SECONDS * 3)
    assert health.age(path) > health.STALE_SECONDS
