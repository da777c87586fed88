"""Conversations on Discord: one per (channel, member), continued from a reply (on the film replied about), moved
by a button click."""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import Protocol

import discord

from ..core import Engine
from ..core.answers import Kind
from ..core.library import FilmConversation, Library, LibraryFilm
from .embeds import subject_of
from .films import FilmServices, button_films, film_conversation, keep_conversation, services

log = logging.getLogger(__name__)
# The film an embed of utils.embeds shows: its own title for the film, its soundtrack and its scenes (subject_of
# reads it back), else its footer after the first " · " ("Scene 2 of 9 · <film>", "Character · <film>"), a track's
# footer saying "<film> soundtrack", then perhaps " · music by …".
_FILM_TITLED: frozenset[Kind] = frozenset({"film", "soundtrack", "scenes"})
_TRACK_FILM = re.compile(r"(?P<film>.+?) soundtrack(?: · music.*)?", re.DOTALL)


class Identified(Protocol):
    @property
    def user(self) -> discord.ClientUser | None: ...


class ConversationServices(FilmServices, Identified, Protocol):
    """What reading a member's conversation needs of the bot."""


async def message_conversation(bot: ConversationServices, message: discord.Message) -> FilmConversation:
    """The member's conversation here; a reply to one of the bot's answers merges that answer's subject into it
    (the subject becomes current, the rest of the dialogue state stays). An answer about another film of the library
    first moves the conversation to that film, as a question naming it would (a fresh thread there)."""
    replied = await _replied_message(bot, message)
    guild_id = message.guild.id if message.guild else None
    conversation = film_conversation(bot, guild_id, message.channel.id, message.author.id)
    if replied is None:
        return conversation
    # An entry gone from the pack since (a reload) is harmless: the core finds nothing to continue from.
    subject = next((found for found in map(subject_of, replied.embeds) if found is not None), None)
    film = message_film(bot.library, replied)
    if film is not None and film.key != conversation.film_key:
        conversation = FilmConversation(film.key)
    if subject is not None:
        conversation.thread.merge(*subject)
    return conversation


def message_film(library: Library, message: discord.Message) -> LibraryFilm | None:
    """The film of the library one of the bot's messages is about: its buttons' film (the key, which outlives a
    retitle), else the film title its embed shows; None when neither names a film of the library (one removed since,
    a message that is no answer)."""
    for button in button_films(_custom_ids(message)):
        found = button.films(library)
        if len(found) == 1:
            return found[0]
    titles = {title for title in map(shown_film, message.embeds) if title}
    return next((film for film in library if film.title in titles), None)


def _custom_ids(message: discord.Message) -> Iterator[str | None]:
    for row in message.components:
        for child in getattr(row, "children", (row,)):  # action rows hold the buttons
            yield getattr(child, "custom_id", None)


def shown_film(embed: discord.Embed) -> str | None:
    """The film title an answer's embed shows (see _FILM_TITLED), None for an embed not made by utils.embeds."""
    subject = subject_of(embed)
    if subject is None:
        return None
    kind, title = subject
    if kind in _FILM_TITLED:
        return title
    film = (embed.footer.text or "").partition(" · ")[2]
    if kind == "track":
        match = _TRACK_FILM.fullmatch(film)
        return match["film"] if match else None
    return film or None


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


async def _replied_message(bot: ConversationServices, message: discord.Message) -> discord.Message | None:
    """The bot's own message this message replies to (fetched when Discord left it out), else None."""
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
    return replied
