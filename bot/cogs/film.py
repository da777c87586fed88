"""/film and /character: the synopsis, the genre and who is who."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..client import FilmBotBase
from ..core import Character
from ..utils.embeds import character_embed, film_embed
from ..utils.films import film_choices
from ..utils.replies import respond
from ._shared import FILM_OPTION, choices, film_for, lookup


class Film(commands.Cog):
    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot

    @app_commands.command(name="film")
    @app_commands.describe(film=FILM_OPTION)
    async def film(self, interaction: discord.Interaction, film: app_commands.Range[str, 1, 100] | None = None) -> None:
        """The film's synopsis, genre and main characters."""
        chosen = await film_for(self.bot, interaction, film)
        if chosen is not None:
            pack = chosen.engine.pack
            await respond(interaction, embed=film_embed(pack.film, pack))

    @app_commands.command(name="character")
    @app_commands.describe(name="The character (start typing to search)", film=FILM_OPTION)
    async def character(
        self,
        interaction: discord.Interaction,
        name: app_commands.Range[str, 1, 100],
        film: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """Who a character is."""
        chosen = await film_for(self.bot, interaction, film)
        if chosen is None:
            return
        found = await lookup(interaction, chosen, "character", name)
        if isinstance(found, Character):
            await respond(interaction, embed=character_embed(found, chosen.engine.pack))

    @character.autocomplete("name")
    async def character_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return choices(self.bot, interaction, "character", current)

    @film.autocomplete("film")
    @character.autocomplete("film")
    async def film_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return film_choices(self.bot, current)


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(Film(bot))
