"""Free-text questions: /ask, mentions in servers, direct messages, and optional answer-everything channels."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from ..client import FilmBotBase
from ..utils.answering import answer_reply
from ..utils.conversations import conversation_in, message_conversation
from ..utils.cooldown import Verdict
from ..utils.replies import reply, respond
from ._shared import in_guild

log = logging.getLogger(__name__)


class Ask(commands.Cog):
    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot

    @app_commands.command(name="ask")
    @app_commands.describe(question="Anything about the film: a scene, the music, the plot, a character")
    async def ask(self, interaction: discord.Interaction, question: app_commands.Range[str, 1, 6000]) -> None:
        """Ask a question about the film in your own words."""
        conversation = conversation_in(self.bot, interaction.channel_id, interaction.user.id)
        answer = self.bot.ask(question, source="/ask", conversation=conversation)
        out = answer_reply(self.bot.engine, answer, in_guild=in_guild(interaction))
        await respond(interaction, content=out.content, embed=out.embed, view=out.view,
                      ephemeral=answer.kind == "none")

    def _addressed(self, message: discord.Message) -> bool:
        if message.guild is None:
            return True
        own_role = message.guild.self_role  # the bot's managed role: mentioning it addresses the bot too
        if self.bot.user in message.mentions or (own_role is not None and own_role in message.role_mentions):
            return True
        return message.channel.id in self.bot.settings.answer_channel_ids

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot or not self._addressed(message):
            return
        verdict, retry = self.bot.limiter.check(message.author.id)
        if verdict is Verdict.SILENT:
            return
        if verdict is Verdict.WARN:
            await reply(message, content=f"You're asking quickly. I'll answer again in {max(1, round(retry))} s.")
            return
        conversation = await message_conversation(self.bot, message)
        answer = self.bot.ask(message.content, source="dm" if message.guild is None else "mention",
                              conversation=conversation)
        out = answer_reply(self.bot.engine, answer, in_guild=message.guild is not None)
        await reply(message, content=out.content, embed=out.embed, view=out.view)


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(Ask(bot))
