"""Conversations on Discord: one per (channel, member), continued from a reply, moved by a button click."""

from __future__ import annotations

import logging
from typing import Protocol

import discord

from ..core import Engine
from ..core.answers import Kind
from ..core.library import FilmConversation
from .embeds import subject_of
from .films import FilmServices, film_conversation, keep_conversation, services

log = logging.getLogger(__name__)


class Identified(Protocol):
    @property
    def user(self) -> discord.ClientUser | None: ...


class ConversationServices(FilmServices, Identified, Protocol):
    """What reading a member's conversation needs of the bot."""


async def message_conversation(bot: ConversationServices, message: discord.Message) -> FilmConversation:
    """The member's conversation here; a reply to one of the bot's answers merges that answer's subject into it
    (the subject becomes current, the rest of the dialogue state stays)."""
    subject = await _replied_subject(bot, message)
    guild_id = message.guild.id if message.guild else None
    conversation = film_conversation(bot, guild_id, message.channel.id, message.author.id)
    if subject is not None:
        conversation.thread.merge(*subject)
    return conversation


def follow(interaction: discord.Interaction, film: str, kind: Kind, title: str) -> None:
    """A command or a button showed an entry of a film: it becomes the member's subject in this channel, and the
    conversation moves to that film."""
    bot = services(interaction)
    conversation = film_conversation(bot, interaction.guild_id, interaction.channel_id, interaction.user.id)
    if conversation.film_key != film:
        conversation = FilmConversation(film)
    conversation.thread.focus_on(kind, title)
    keep_conversation(bot, interaction.channel_id, interaction.user.id, conversation)


def follow_click(interaction: discord.Interaction, film: str, engine: Engine, kind: Kind, position: int) -> None:
    """A button opened the entry at this position of its kind (its custom id carries the position)."""
    entries = engine.index.by_kind.get(kind, [])
    if 0 <= position < len(entries):
        follow(interaction, film, kind, entries[position].title)


async def _replied_subject(bot: ConversationServices, message: discord.Message) -> tuple[Kind, str] | None:
    """(kind, title) of the bot's own answer this message replies to, read from that message's embed."""
    reference = message.reference
    if reference is None or reference.message_id is None or reference.type is not discord.MessageReferenceType.reply:
        return None
    replied = reference.resolved if isinstance(reference.resolved, discord.Message) else reference.cached_message
    same_channel = reference.channel_id == message.channel.id
    if replied is None and same_channel and not isinstance(reference.resolved, discord.DeletedReferencedMessage):
        try:  # Discord leaves `resolved` out when the reply chain is deep; the message itself still answers
            replied = await message.channel.fetch_message(reference.message_id)
        except discord.HTTPException as error:
            log.info("could not fetch the message replied to in channel %s: %s", message.channel.id, error)
            return None
    if replied is None or bot.user is None or replied.author.id != bot.user.id:
        return None
    # An entry gone from the pack since (a reload) is harmless: the core finds nothing to continue from.
    return next((found for found in map(subject_of, replied.embeds) if found is not None), None)
