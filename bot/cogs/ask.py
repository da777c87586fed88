"""Free-text questions: /ask, mentions in servers, direct messages, and optional answer-everything channels."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from ..client import FilmBotBase
from ..core.answers import Reason
from ..storage import GuildSettings
from ..utils.answering import answer_reply
from ..utils.conversations import conversation_in, message_conversation
from ..utils.cooldown import Verdict
from ..utils.replies import GENERIC_ERROR, reply, respond

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
        out = answer_reply(
            self.bot.engine,
            answer,
            hide_spoilers=self.bot.guild_settings.hides_spoilers(interaction.guild_id),
            owner=interaction.user.id,
        )
        await respond(interaction, content=out.content, embed=out.embed, view=out.view, ephemeral=answer.kind == "none")

    def _called(self, message: discord.Message) -> bool:
        """A DM, or a mention of the bot (or its managed role): the user is talking to the bot."""
        if message.guild is None:
            return True
        own_role = message.guild.self_role
        return self.bot.user in message.mentions or (own_role is not None and own_role in message.role_mentions)

    def _addressed(self, message: discord.Message, settings: GuildSettings) -> bool:
        if message.guild is not None and not settings.free_text:
            return False
        return self._called(message) or message.channel.id in settings.answer_channel_ids

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        if message.author.bot:
            return
        guild_id = message.guild.id if message.guild else None
        settings = self.bot.guild_settings.get(guild_id)
        if not self._addressed(message, settings):
            return
        verdict, retry = self.bot.limiter.check(
            message.author.id, rate=settings.cooldown_rate, per=settings.cooldown_seconds
        )
        if verdict is Verdict.SILENT:
            return
        if verdict is Verdict.WARN:
            await reply(message, content=f"You're asking quickly. I'll answer again in {max(1, round(retry))} s.")
            return
        try:
            sent = await self._answer(message)
        except Exception:  # the same path as a failed slash command: traceback to the log, apology to the user
            log.exception("free-text answer in channel %s failed", message.channel.id)
            sent = False
            await reply(message, content=GENERIC_ERROR)
        if not sent:
            self.bot.limiter.refund(message.author.id)

    async def _answer(self, message: discord.Message) -> bool:
        """Answer one addressed message; True if an answer went out (a decline nobody asked for counts as none)."""
        conversation = await message_conversation(self.bot, message)
        answer = self.bot.ask(
            message.content, source="dm" if message.guild is None else "mention", conversation=conversation
        )
        if answer.kind == "none" and answer.reason is not Reason.CLARIFY and not self._called(message):
            return False  # an answer-every-message channel: small talk and chatter get no reply
        hide = self.bot.guild_settings.hides_spoilers(message.guild.id if message.guild else None)
        out = answer_reply(self.bot.engine, answer, hide_spoilers=hide, owner=message.author.id)
        if await reply(message, content=out.content, embed=out.embed, view=out.view) is not None:
            return True
        await reply(message, content=GENERIC_ERROR)  # what Discord refused may be the answer itself
        return False


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(Ask(bot))
