"""/film and /character: the synopsis, the genre and who is who."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..client import FilmBotBase
from ..core import Character
from ..utils.embeds import character_embed, film_embed
from ..utils.replies import respond
from ._shared import choices, lookup


class Film(commands.Cog):
    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot

    @app_commands.command(name="film")
    async def film(self, interaction: discord.Interaction) -> None:
        """The film's synopsis, genre and main characters."""
        pack = self.bot.engine.pack
        await respond(interaction, embed=film_embed(pack.film, pack))

    @app_commands.command(name="character")
    @app_commands.describe(name="The character (start typing to search)")
    async def character(self, interaction: discord.Interaction, name: app_commands.Range[str, 1, 100]) -> None:
        """Who a character is."""
        found = await lookup(interaction, self.bot, "character", name)
        if isinstance(found, Character):
            await respond(interaction, embed=character_embed(found, self.bot.engine.pack))

    @character.autocomplete("name")
    async def character_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return choices(self.bot, "character", current)


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(Film(bot))
