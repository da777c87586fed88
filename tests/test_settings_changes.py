"""Settings change one thing at a time (an upsert of one column; answer channels row by row), so two admins
changing the server at the same moment both keep their change, on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import asyncio

from bot.config import Settings
from bot.storage import GuildOverrides, GuildSettings, open_store
from bot.storage.service import SettingsService

DEFAULTS = GuildSettings.defaults(Settings(answer_channel_ids=frozenset({7, 8})))
GUILD = 1


def with_channel(service: SettingsService, channel: int) -> frozenset[int]:
    """What /settings channel add passes: the channels in force now, plus one."""
    return service.get(GUILD).answer_channel_ids | {channel}


async def test_two_different_settings_changed_at_once_are_both_kept(store):
    service = SettingsService(store, DEFAULTS)
    await asyncio.gather(service.change(GUILD, free_text=False), service.change(GUILD, hide_spoilers=False))
    stored = await store.guild_overrides(GUILD)
    assert stored.free_text is False and stored.hide_spoilers is False
    assert not service.get(GUILD).free_text and not service.get(GUILD).hide_spoilers


async def test_two_channels_added_at_once_are_both_kept_with_the_defaults(store):
    service = SettingsService(store, DEFAULTS)
    first, second = with_channel(service, 11), with_channel(service, 12)  # both admins saw the defaults
    await asyncio.gather(
        service.change(GUILD, answer_channel_ids=first), service.change(GUILD, answer_channel_ids=second)
    )
    assert (await store.guild_overrides(GUILD)).answer_channel_ids == {7, 8, 11, 12}
    assert service.get(GUILD).answer_channel_ids == {7, 8, 11, 12}


async def test_a_removed_channel_goes_and_an_emptied_list_stays_empty(store):
    service = SettingsService(store, DEFAULTS)
    await service.change(GUILD, answer_channel_ids=frozenset({8}))  # the first change: 7 removed from the defaults
    assert (await store.guild_overrides(GUILD)).answer_channel_ids == {8}
    await service.change(GUILD, answer_channel_ids=frozenset())
    assert (await store.guild_overrides(GUILD)).answer_channel_ids == frozenset()
    assert service.get(GUILD).answer_channel_ids == frozenset()


async def test_the_cache_holds_what_the_database_committed(store):
    service = SettingsService(store, DEFAULTS)
    await service.load()
    other_process = SettingsService(store, DEFAULTS)  # another shard's process, with its own cache
    await other_process.change(GUILD, cooldown_rate=2, cooldown_seconds=10.0)
    await service.change(GUILD, free_text=False)  # one column: the other process's change stays
    assert await store.guild_overrides(GUILD) == GuildOverrides(free_text=False, cooldown_rate=2, cooldown_seconds=10.0)
    assert service.get(GUILD).cooldown_rate == 2 and not service.get(GUILD).free_text


async def test_two_processes_adding_channels_at_once_keep_both(database_url):
    stores = [await open_store(database_url) for _ in range(2)]
    services = [SettingsService(store, DEFAULTS) for store in stores]
    for round_number in range(5):  # concurrent transactions in two processes, several times over
        channels = [100 + 2 * round_number, 101 + 2 * round_number]
        await asyncio.gather(
            *(s.change(GUILD, answer_channel_ids=with_channel(s, c)) for s, c in zip(services, channels, strict=True))
        )
    assert (await stores[0].guild_overrides(GUILD)).answer_channel_ids == {7, 8, *range(100, 110)}
    for store in stores:
        await store.close()
