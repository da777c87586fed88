"""/scene and /scenes: the memorable scenes, with previous/next buttons and spoiler markup."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..client import FilmBotBase
from ..utils.embeds import scenes_embed, subject_embed
from ..utils.films import film_choices
from ..utils.replies import respond
from ..utils.views import entry_view
from ._shared import FILM_OPTION, choices, film_for, lookup


class Scenes(commands.Cog):
    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot

    @app_commands.command(name="scene")
    @app_commands.describe(
        name="The scene (start typing to search)", reveal="Show spoilers without hiding them", film=FILM_OPTION
    )
    async def scene(
        self,
        interaction: discord.Interaction,
        name: app_commands.Range[str, 1, 100],
        reveal: bool = False,
        film: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """Show a memorable scene: what happens and what it means."""
        chosen = await film_for(self.bot, interaction, film)
        if chosen is None:
            return
        scene = await lookup(interaction, chosen, "scene", name)
        if scene is None:
            return
        pack = chosen.engine.pack
        hide = self.bot.guild_settings.hides_spoilers(interaction.guild_id) and not reveal
        await respond(
            interaction,
            embed=subject_embed(scene, pack, hide_spoilers=hide),
            view=entry_view(scene, len(pack.scenes), owner=interaction.user.id, film=chosen.key),
        )

    @scene.autocomplete("name")
    async def scene_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return choices(self.bot, interaction, "scene", current)

    @app_commands.command(name="scenes")
    @app_commands.describe(film=FILM_OPTION)
    async def scenes(
        self, interaction: discord.Interaction, film: app_commands.Range[str, 1, 100] | None = None
    ) -> None:
        """List the memorable scenes in film order."""
        chosen = await film_for(self.bot, interaction, film)
        if chosen is None:
            return
        hide = self.bot.guild_settings.hides_spoilers(interaction.guild_id)
        await respond(interaction, embed=scenes_embed(chosen.engine.pack, hide=hide))

    @scene.autocomplete("film")
    @scenes.autocomplete("film")
    async def film_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return film_choices(self.bot, current)


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(Scenes(bot))
