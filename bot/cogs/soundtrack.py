"""/soundtrack: the composer and the track list, or one track's credit and notes."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..client import FilmBotBase
from ..core import Track
from ..utils.embeds import soundtrack_embed, track_embed
from ..utils.films import film_choices
from ..utils.replies import respond
from ._shared import FILM_OPTION, choices, film_for, lookup


class Soundtrack(commands.Cog):
    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot

    @app_commands.command(name="soundtrack")
    @app_commands.describe(
        track="One track (start typing to search); leave empty for the whole soundtrack", film=FILM_OPTION
    )
    async def soundtrack(
        self,
        interaction: discord.Interaction,
        track: app_commands.Range[str, 1, 100] | None = None,
        film: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """The film's music: composer and tracks, or one track."""
        chosen = await film_for(self.bot, interaction, film)
        if chosen is None:
            return
        pack = chosen.engine.pack
        if track is None:
            await respond(interaction, embed=soundtrack_embed(pack.soundtrack, pack))
            return
        found = await lookup(interaction, chosen, "track", track)
        if isinstance(found, Track):
            await respond(interaction, embed=track_embed(found, pack))

    @soundtrack.autocomplete("track")
    async def track_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return choices(self.bot, interaction, "track", current)

    @soundtrack.autocomplete("film")
    async def film_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return film_choices(self.bot, current)


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(Soundtrack(bot))
