"""The heartbeat: touch a file in the state directory while the gateway is connected (for health checks)."""

from __future__ import annotations

import logging
import math

from discord.ext import commands, tasks

from .. import health
from ..client import FilmBotBase

log = logging.getLogger(__name__)


class Heartbeat(commands.Cog):
    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot
        self.path = health.heartbeat_path(bot.settings.command_state_path)
        self.warned = False

    async def cog_load(self) -> None:
        self.beat.start()

    async def cog_unload(self) -> None:
        self.beat.cancel()

    @tasks.loop(seconds=health.BEAT_SECONDS)
    async def beat(self) -> None:
        # latency is NaN when no heartbeat was acknowledged: the connection is not really up
        if self.bot.is_ready() and not self.bot.is_closed() and math.isfinite(self.bot.latency):
            try:
                health.beat(self.path)
            except OSError as error:  # an unwritable state directory: say so once, not a traceback every beat
                if not self.warned:
                    self.warned = True
                    log.warning(
                        "cannot write the heartbeat %s (%s): health checks will fail", self.path, error.strerror
                    )

    @beat.before_loop
    async def connected(self) -> None:
        await self.bot.wait_until_ready()


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(Heartbeat(bot))
