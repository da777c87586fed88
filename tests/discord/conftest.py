"""The unmodified bot, run by simcord against an offline Discord."""

from __future__ import annotations

import pytest

from bot import create_bot
from bot.config import Settings


@pytest.fixture
def settings(tmp_path):
    return Settings(command_state_path=tmp_path / "commands.json", cooldown_rate=3, cooldown_seconds=30.0)


@pytest.fixture
def simcord_bot(settings, engine):
    return create_bot(settings, engine=engine)


@pytest.fixture
def guild(simcord_env):
    return simcord_env.create_guild(name="Film Club")


@pytest.fixture
def channel(guild):
    return guild.create_text_channel("red-shoes")


@pytest.fixture
def alice(simcord_env, guild):
    return guild.add_member(simcord_env.create_user("alice"))
