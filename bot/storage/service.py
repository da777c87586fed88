"""Per-server settings held in memory, read on every message without a query, changed only once stored."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator
from typing import Any

from .base import Store, StoreError, StoreTimeout
from .guild_settings import GuildOverrides, GuildSettings


class SettingsService:
    """The bot's view of every server's settings. Each server's events arrive on the shard that holds it,
    so the process owning that shard is the only writer of its rows and its cache here never goes stale."""

    def __init__(self, store: Store, defaults: GuildSettings) -> None:
        self.store = store
        self.defaults = defaults
        self._overrides: dict[int, GuildOverrides] = {}
        self._settings: dict[int, GuildSettings] = {}

    async def load(self) -> int:
        """Read every server's settings (once, at start); returns how many servers changed something."""
        overrides = await self.store.all_guild_overrides()
        self._overrides = overrides
        self._settings = {guild_id: o.over(self.defaults) for guild_id, o in overrides.items()}
        return len(overrides)

    def get(self, guild_id: int | None) -> GuildSettings:
        """The settings in force; direct messages (None) and untouched servers get the defaults."""
        if guild_id is None:
            return self.defaults
        return self._settings.get(guild_id, self.defaults)

    def overrides(self, guild_id: int) -> GuildOverrides:
        return self._overrides.get(guild_id, GuildOverrides())

    def hides_spoilers(self, guild_id: int | None) -> bool:
        """Whether late-act entries go behind spoiler bars here: never in DMs, by the server's choice in one."""
        return guild_id is not None and self.get(guild_id).hide_spoilers

    async def change(self, guild_id: int, **changes: Any) -> GuildSettings:
        """Store the changed values (GuildOverrides field names), then cache what the database committed; the new
        settings. A new channel list is stored as the channels added and removed from the one in force, so a
        change made meanwhile by someone else is kept. After a timeout (was it saved?) the cache is read again."""
        channels = changes.pop("answer_channel_ids", None)
        current = self.get(guild_id).answer_channel_ids
        async with self._reread_after_timeout(guild_id):
            committed = await self.store.change_guild_settings(
                guild_id,
                changes,
                add_channels=() if channels is None else channels - current,
                remove_channels=() if channels is None else current - channels,
                default_channels=self.defaults.answer_channel_ids,
            )
        self._remember(guild_id, committed)
        return self.get(guild_id)

    async def reset(self, guild_id: int) -> GuildSettings:
        async with self._reread_after_timeout(guild_id):
            await self.store.clear_guild_overrides(guild_id)
        self._remember(guild_id, GuildOverrides())
        return self.defaults

    @contextlib.asynccontextmanager
    async def _reread_after_timeout(self, guild_id: int) -> AsyncIterator[None]:
        """A write that timed out may or may not have been committed: the cache takes what the database holds
        now, if it answers (a failure, rolled back, leaves the cache as it was: right already)."""
        try:
            yield
        except StoreTimeout:
            with contextlib.suppress(StoreError):
                self._remember(guild_id, await self.store.guild_overrides(guild_id))
            raise

    async def forget(self, guild_id: int) -> int:
        """Delete everything stored for a server (it removed the bot); returns the number of rows deleted."""
        deleted = await self.store.delete_guild(guild_id)
        self._remember(guild_id, GuildOverrides())
        return deleted

    async def refresh(self, guild_id: int) -> GuildSettings:
        """Read a server's settings back from the database (after a change whose outcome is unknown)."""
        self._remember(guild_id, await self.store.guild_overrides(guild_id))
        return self.get(guild_id)

    def _remember(self, guild_id: int, overrides: GuildOverrides) -> None:
        if overrides.is_empty():
            self._overrides.pop(guild_id, None)
            self._settings.pop(guild_id, None)
        else:
            self._overrides[guild_id] = overrides
            self._settings[guild_id] = overrides.over(self.defaults)
