"""/reload: the bot's owner reloads the film pack without a restart."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from ..client import FilmBotBase
from ..utils.replies import respond

NOT_OWNER = "Only the bot's owner can reload the pack."


async def is_owner(interaction: discord.Interaction) -> bool:
    """Checked at run time as well: the command's default permissions are a hint a server admin can change."""
    client = interaction.client
    if isinstance(client, commands.Bot) and await client.is_owner(interaction.user):
        return True
    raise app_commands.CheckFailure(NOT_OWNER)


class Admin(commands.Cog):
    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot

    @app_commands.command(name="reload")
    @app_commands.default_permissions(administrator=True)
    @app_commands.check(is_owner)
    async def reload(self, interaction: discord.Interaction) -> None:
        """Reload the film pack from its file (owner only); a pack with problems is refused."""
        await interaction.response.defer(ephemeral=True, thinking=True)
        result = await self.bot.reloader.reload()
        await respond(interaction, content=result.summary(), ephemeral=True)


async def setup(bot: FilmBotBase) -> None:
    # Only in the owner's development server when there is one; elsewhere hidden from all but administrators.
    dev_guild = bot.settings.dev_guild_id
    await bot.add_cog(Admin(bot), guilds=[discord.Object(dev_guild)] if dev_guild else [])
