"""Conversations on Discord: one per (channel, member), continued from a reply, moved by a button click."""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, cast

import discord

from ..core import Conversation
from ..core.answers import Kind
from .embeds import subject_of

if TYPE_CHECKING:
    from ..client import FilmBotBase

log = logging.getLogger(__name__)


def conversation_in(bot: FilmBotBase, channel_id: int | None, user_id: int) -> Conversation:
    """The member's live conversation in this channel (DMs included); a fresh one after the idle time."""
    # time.monotonic looked up at each call: simcord's virtual clock replaces it in tests.
    return bot.conversations.get((channel_id or 0, user_id), time.monotonic())


async def message_conversation(bot: FilmBotBase, message: discord.Message) -> Conversation:
    """The member's conversation here; a reply to one of the bot's answers merges that answer's subject into it
    (the subject becomes current, the rest of the dialogue state stays)."""
    subject = await _replied_subject(bot, message)
    conversation = conversation_in(bot, message.channel.id, message.author.id)
    if subject is not None:
        conversation.merge(*subject)
    return conversation


def follow(interaction: discord.Interaction, kind: Kind, title: str) -> None:
    """A command or a button showed an entry: it becomes the member's subject in this channel."""
    bot = cast("FilmBotBase", interaction.client)
    conversation_in(bot, interaction.channel_id, interaction.user.id).focus_on(kind, title)


def follow_click(interaction: discord.Interaction, kind: Kind, position: int) -> None:
    """A button opened the entry at this position of its kind (its custom id carries the position)."""
    entries = cast("FilmBotBase", interaction.client).engine.index.by_kind.get(kind, [])
    if 0 <= position < len(entries):
        follow(interaction, kind, entries[position].title)


async def _replied_subject(bot: FilmBotBase, message: discord.Message) -> tuple[Kind, str] | None:
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
