"""/help: what the bot knows and how to ask."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..client import FilmBotBase
from ..utils.embeds import pack_colour
from ..utils.replies import respond


class Help(commands.Cog):
    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """What this bot knows and how to ask it."""
        pack = self.bot.engine.pack
        first = pack.scenes[0].title
        embed = discord.Embed(
            title=f"{pack.film.title} companion",
            description=(f"I know {pack.film.title}: {len(pack.scenes)} memorable scenes, the soundtrack, "
                         "the plot and genre, and the main characters. I don't know the cast, director, "
                         "year or other production facts: the film pack doesn't include them."),
            colour=pack_colour(pack),
        )
        embed.add_field(name="Commands", inline=False, value=(
            f"`/scene name:{first}`: one scene (add `reveal:True` to show spoilers openly)\n"
            "`/scenes`: every scene in film order\n"
            "`/soundtrack`: composer and tracks; `/soundtrack track:` for one\n"
            "`/film`: synopsis and characters · `/character name:` for one\n"
            "`/ask question:`: anything, in your own words"))
        embed.add_field(name="Or just ask", inline=False, value=(
            f"Mention me or send me a DM: “what happens in {first.lower()}?”, "
            "“who wrote the score?”, “who is Boris?”"))
        embed.set_footer(text="Scenes that give the ending away are hidden behind spoiler bars in servers.")
        await respond(interaction, embed=embed, ephemeral=True)


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(Help(bot))
