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
from ..utils.conversations import message_conversation
from ..utils.cooldown import Verdict
from ..utils.films import film_choices, film_conversation, keep_conversation
from ..utils.replies import GENERIC_ERROR, reply, respond
from ._shared import FILM_OPTION, film_for

log = logging.getLogger(__name__)


class Ask(commands.Cog):
    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot

    @app_commands.command(name="ask")
    @app_commands.describe(
        question="Anything about the film: a scene, the music, the plot, a character", film=FILM_OPTION
    )
    async def ask(
        self,
        interaction: discord.Interaction,
        question: app_commands.Range[str, 1, 6000],
        film: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """Ask a question about the film in your own words."""
        chosen = await film_for(self.bot, interaction, film) if film else None
        if film and chosen is None:
            return
        where = interaction.guild_id, interaction.channel_id, interaction.user.id
        conversation = film_conversation(self.bot, *where)
        found = self.bot.ask(
            question, source="/ask", conversation=conversation, film=chosen.key if chosen is not None else None
        )
        keep_conversation(self.bot, interaction.channel_id, interaction.user.id, conversation)
        answer = found.answer
        out = answer_reply(
            self.bot.library.engine(found.film.key),
            answer,
            hide_spoilers=self.bot.guild_settings.hides_spoilers(interaction.guild_id),
            owner=interaction.user.id,
            film=found.film.key,
        )
        await respond(interaction, content=out.content, embed=out.embed, view=out.view, ephemeral=answer.kind == "none")

    @ask.autocomplete("film")
    async def film_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return film_choices(self.bot, current)

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
        found = self.bot.ask(
            message.content, source="dm" if message.guild is None else "mention", conversation=conversation
        )
        keep_conversation(self.bot, message.channel.id, message.author.id, conversation)
        answer = found.answer
        if answer.kind == "none" and answer.reason is not Reason.CLARIFY and not self._called(message):
            return False  # an answer-every-message channel: small talk and chatter get no reply
        hide = self.bot.guild_settings.hides_spoilers(message.guild.id if message.guild else None)
        engine = self.bot.library.engine(found.film.key)
        out = answer_reply(engine, answer, hide_spoilers=hide, owner=message.author.id, film=found.film.key)
        if await reply(message, content=out.content, embed=out.embed, view=out.view) is not None:
            return True
        await reply(message, content=GENERIC_ERROR)  # what Discord refused may be the answer itself
        return False


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(Ask(bot))
