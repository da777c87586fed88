"""/soundtrack: the composer and the track list, or one track's credit and notes."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..client import FilmBotBase
from ..core import Track
from ..utils.embeds import soundtrack_embed, track_embed
from ..utils.replies import respond
from ._shared import choices, lookup


class Soundtrack(commands.Cog):
    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot

    @app_commands.command(name="soundtrack")
    @app_commands.describe(track="One track (start typing to search); leave empty for the whole soundtrack")
    async def soundtrack(
        self, interaction: discord.Interaction, track: app_commands.Range[str, 1, 100] | None = None
    ) -> None:
        """The film's music: composer and tracks, or one track."""
        engine = self.bot.engine
        if track is None:
            await respond(interaction, embed=soundtrack_embed(engine.pack.soundtrack, engine.pack))
            return
        found = await lookup(interaction, self.bot, "track", track)
        if isinstance(found, Track):
            await respond(interaction, embed=track_embed(found, engine.pack))

    @soundtrack.autocomplete("track")
    async def track_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return choices(self.bot, "track", current)


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(Soundtrack(bot))
