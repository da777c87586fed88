"""/help: what the bot knows and how to ask, built from the loaded pack."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..client import FilmBotBase
from ..core.answers import help_text
from ..utils.embeds import pack_colour
from ..utils.films import context_film
from ..utils.replies import respond


class Help(commands.Cog):
    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """What this bot knows and how to ask it."""
        pack = self.bot.library.engine(context_film(self.bot, interaction).key).pack
        first = pack.scenes[0].title
        idle_minutes = max(1, round(self.bot.conversations.idle / 60))
        embed = discord.Embed(
            title=f"{pack.film.title} companion", description=help_text(pack), colour=pack_colour(pack)
        )
        music = bool(pack.soundtrack.tracks or pack.soundtrack.composer)
        commands_text = [
            f"`/scene name:{first}`: one scene (add `reveal:True` to show spoilers openly)",
            "`/scenes`: every scene in film order",
            "`/soundtrack`: composer and tracks; `/soundtrack track:` for one" if music else "",
            "`/film`: synopsis and characters · `/character name:` for one" if pack.characters else "`/film`: synopsis",
            "`/ask question:`: anything, in your own words",
            "`/films`: the films I know; add `film:` to any of these for another one"
            if len(self.bot.library) > 1
            else "",
        ]
        embed.add_field(name="Commands", inline=False, value="\n".join(line for line in commands_text if line))
        kinds = ["the scenes", *(["music"] if music else []), *(["characters"] if pack.characters else [])]
        topics = " and ".join(filter(None, [", ".join(kinds[:-1]), kinds[-1]]))
        embed.add_field(
            name="Quiz",
            inline=False,
            value=(
                f"`/quiz start`: a quiz on {topics} in this channel; the first right answer "
                "scores · `/quiz leaderboard`: the server's top ten · `/quiz stop`"
            ),
        )
        embed.add_field(
            name="Or just ask",
            inline=False,
            value=(
                "Mention me or send me a DM, and keep talking: “what happens next?”, “tell me more”. Reply to one "
                f"of my answers to carry on from it. I forget our conversation after {idle_minutes} min of quiet."
            ),
        )
        embed.set_footer(
            text="Scenes that give the ending away are hidden behind spoiler bars in servers "
            "(a server's admins can change that: /settings spoilers)."
        )
        await respond(interaction, embed=embed, ephemeral=True)


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(Help(bot))
