"""Per-server settings without Discord: defaults from the host, bounds, the cache and its configuration."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.config import ConfigError, Settings
from bot.storage import GuildOverrides, GuildSettings, open_store
from bot.storage.guild_settings import cooldown_problem
from bot.storage.service import SettingsService

HOST = Settings(answer_channel_ids=frozenset({7}), cooldown_rate=4, cooldown_seconds=40.0)


def test_defaults_come_from_the_hosts_configuration():
    defaults = GuildSettings.defaults(HOST)
    assert defaults == GuildSettings(
        hide_spoilers=True, answer_channel_ids=frozenset({7}), free_text=True, cooldown_rate=4, cooldown_seconds=40.0
    )


def test_overrides_replace_only_what_a_server_changed():
    defaults = GuildSettings.defaults(HOST)
    assert GuildOverrides().over(defaults) is defaults
    changed = GuildOverrides(hide_spoilers=False, answer_channel_ids=frozenset()).over(defaults)
    assert changed == GuildSettings(
        hide_spoilers=False, answer_channel_ids=frozenset(), free_text=True, cooldown_rate=4, cooldown_seconds=40.0
    )


@pytest.mark.parametrize(
    "rate, seconds, problem",
    [
        (3, 30, None),
        (1, 1, None),
        (20, 3600, None),
        (0, 30, "between 1 and 20"),
        (21, 30, "between 1 and 20"),
        (3, 0, "between 1 and 3600 seconds"),
        (3, 3601, "between 1 and 3600 seconds"),
        (10, 5, "10 answers per 5 s is more than one a second"),
    ],
)
def test_cooldown_bounds(rate, seconds, problem):
    found = cooldown_problem(rate, seconds)
    assert found is None if problem is None else problem in found


def test_database_and_message_content_configuration(tmp_path):
    assert Settings.from_env({}).database_target == "sqlite:///.state/bot.sqlite3"
    beside = Settings.from_env({"COMMAND_STATE_PATH": str(tmp_path / "s" / "commands.json")})
    assert beside.database_target == f"sqlite:///{tmp_path / 's' / 'bot.sqlite3'}"
    url = "postgresql://bot:pw@db.example/bot"
    configured = Settings.from_env({"DATABASE_URL": url})
    assert configured.database_target == url and "pw" not in repr(configured)
    assert not Settings.from_env({}).message_content_intent
    assert Settings.from_env({"ANSWER_CHANNEL_IDS": "5"}).message_content_intent
    assert Settings.from_env({"MESSAGE_CONTENT": "1"}).message_content_intent
    assert not Settings.from_env({"MESSAGE_CONTENT": "off", "ANSWER_CHANNEL_IDS": "5"}).message_content_intent


@pytest.mark.parametrize(
    "name, value, message",
    [
        ("DATABASE_URL", "mysql://u:secret@h/db", "DATABASE_URL must look like sqlite:///"),
        ("MESSAGE_CONTENT", "maybe", "MESSAGE_CONTENT must be 1 or 0"),
    ],
)
def test_bad_database_settings_are_refused(name, value, message):
    with pytest.raises(ConfigError, match=message) as caught:
        Settings.from_env({name: value})
    assert "secret" not in str(caught.value)


@pytest.fixture
async def service(tmp_path):
    store = await open_store(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    yield SettingsService(store, GuildSettings.defaults(HOST))
    await store.close()


async def test_changes_reach_the_cache_and_a_fresh_load(service):
    assert service.get(1) == service.defaults and service.get(None) == service.defaults
    changed = await service.change(1, hide_spoilers=False, cooldown_rate=2, cooldown_seconds=10.0)
    assert service.get(1) == changed and not changed.hide_spoilers and changed.cooldown_rate == 2
    assert service.get(2) == service.defaults
    fresh = SettingsService(service.store, service.defaults)
    assert await fresh.load() == 1 and fresh.get(1) == changed


async def test_spoilers_are_never_hidden_in_direct_messages(service):
    assert service.hides_spoilers(1) and not service.hides_spoilers(None)
    await service.change(1, hide_spoilers=False)
    assert not service.hides_spoilers(1) and service.hides_spoilers(2)


async def test_the_cache_changes_only_after_the_write_commits(service):
    await service.change(1, free_text=False)
    async with service.store.transaction() as tx:  # a real failure: the table the write needs is gone
        await tx.execute("DROP TABLE answer_channels")
    with pytest.raises(Exception, match="answer_channels"):
        await service.change(1, free_text=True, answer_channel_ids=frozenset({9}))
    assert not service.get(1).free_text and service.get(1).answer_channel_ids == {7}


async def test_reset_and_forget_return_a_server_to_the_defaults(service):
    await service.change(1, free_text=False)
    await service.change(2, free_text=False)
    assert await service.reset(1) == service.defaults and service.get(1) == service.defaults
    assert await service.forget(2) == 1 and service.get(2) == service.defaults
    assert await service.store.all_guild_overrides() == {}


def test_storage_never_imports_discord():
    code = (
        "import sys, bot.storage, bot.storage.service, bot.storage.sqlite, bot.storage.postgres; "
        "assert 'discord' not in sys.modules, 'discord imported'"
    )
    root = Path(__file__).parent.parent
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, timeout=60)
    assert result.returncode == 0, result.stderr
