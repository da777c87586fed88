"""Which film a Discord request is about: the `film:` option, else the server's film, else (in DMs) the member's
conversation's film, else the library's default; a button's own film, carried in its custom id. Also each member's
conversation with the film it is on."""

from __future__ import annotations

import hashlib
import re
import time
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, runtime_checkable

import discord
from discord import app_commands

from ..core import Conversation, Conversations, Engine
from ..core.conversation import MAX_CONVERSATIONS
from ..core.library import FilmConversation, Library, LibraryFilm
from ..storage import GuildSettings
from . import limits
from .replies import respond

ConversationKey = tuple[int, int]  # (channel id, user id); DMs use their channel's id, 0 when unknown


class GuildSettingsSource(Protocol):
    def get(self, guild_id: int | None) -> GuildSettings: ...

    def hides_spoilers(self, guild_id: int | None) -> bool: ...


@runtime_checkable
class FilmServices(Protocol):
    """What film choice needs of the bot (the bot itself provides it; tests may give less)."""

    @property
    def library(self) -> Library: ...

    @property
    def guild_settings(self) -> GuildSettingsSource: ...

    @property
    def conversations(self) -> Conversations: ...

    @property
    def conversation_films(self) -> ConversationFilms: ...


class ConversationFilms:
    """The film each live conversation is on, beside the core's Conversations (which know no films): the thread it
    was on when last seen, so an expired (fresh) thread starts again from the server's film. Bounded like them."""

    def __init__(self, capacity: int = MAX_CONVERSATIONS) -> None:
        self.capacity = capacity
        self._items: OrderedDict[ConversationKey, tuple[str, Conversation]] = OrderedDict()

    def film_of(self, key: ConversationKey, thread: Conversation) -> str | None:
        found = self._items.get(key)
        return found[0] if found is not None and found[1] is thread else None

    def keep(self, key: ConversationKey, film_key: str, thread: Conversation) -> None:
        self._items[key] = (film_key, thread)
        self._items.move_to_end(key)
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)


def services(interaction: discord.Interaction) -> FilmServices:
    """The bot behind an interaction, as the services views and helpers use (checked, not cast)."""
    client = interaction.client
    if not isinstance(client, FilmServices):
        raise TypeError(f"{type(client).__name__} is not the film bot")
    return client


def server_film(bot: FilmServices, guild_id: int | None) -> LibraryFilm:
    """A server's film; one removed from the library (or none chosen, or a DM) is the default film."""
    library = bot.library
    key = bot.guild_settings.get(guild_id).film if guild_id is not None else None
    return (library.films.get(key) if key else None) or library.default


def conversation_key(channel_id: int | None, user_id: int) -> ConversationKey:
    return (channel_id or 0, user_id)


def film_conversation(
    bot: FilmServices, guild_id: int | None, channel_id: int | None, user_id: int
) -> FilmConversation:
    """The member's conversation here and the film it is on (a new one starts on the server's film)."""
    key = conversation_key(channel_id, user_id)
    # time.monotonic looked up at each call: simcord's virtual clock replaces it in tests.
    thread = bot.conversations.get(key, time.monotonic())
    film = bot.conversation_films.film_of(key, thread)
    if film is None or film not in bot.library.films:
        film = server_film(bot, guild_id).key
    return FilmConversation(film, thread)


def keep_conversation(bot: FilmServices, channel_id: int | None, user_id: int, conversation: FilmConversation) -> None:
    """Remember the film a conversation is on now (the library starts a new thread when it moves to another)."""
    key = conversation_key(channel_id, user_id)
    if conversation.film_key is None:
        return
    if bot.conversations.get(key, time.monotonic()) is not conversation.thread:
        bot.conversations.put(key, conversation.thread, time.monotonic())
    bot.conversation_films.keep(key, conversation.film_key, conversation.thread)


def context_film(bot: FilmServices, interaction: discord.Interaction) -> LibraryFilm:
    """No `film:` given: the server's film; in a DM, the film the member's conversation is on."""
    if interaction.guild_id is not None:
        return server_film(bot, interaction.guild_id)
    key = film_conversation(bot, None, interaction.channel_id, interaction.user.id).film_key
    return bot.library.films.get(key or "") or bot.library.default


def typed_film(bot: FilmServices, interaction: discord.Interaction) -> LibraryFilm:
    """The film an autocomplete should draw names from: the `film:` typed so far when it names one."""
    typed = getattr(interaction.namespace, "film", None)
    found = bot.library.find(typed) if isinstance(typed, str) and typed else None
    return found or context_film(bot, interaction)


async def chosen_film(bot: FilmServices, interaction: discord.Interaction, name: str | None) -> LibraryFilm | None:
    """The film a command is about; a `film:` naming no film gets an ephemeral "did you mean" and None."""
    if not name:
        return context_film(bot, interaction)
    found = bot.library.find(name)
    if found is None:
        await respond(interaction, content=unknown_film(bot.library, name), ephemeral=True)
    return found


def unknown_film(library: Library, name: str) -> str:
    """'No film called …', with the closest titles of the library."""
    close = [title for title, _ in library.complete_titles(name)[:3]]
    hint = f" Did you mean {', '.join(close)}?" if close else " /films lists them."
    return f"No film called “{limits.echo(name, 100)}”.{hint}"


def film_choices(bot: FilmServices, current: str) -> list[app_commands.Choice[str]]:
    """The library's films a typed prefix may mean: the title shown, the key sent (the title for a key too long for
    an option's value; `film:` takes either)."""
    return [
        app_commands.Choice(name=limits.choice_name(title), value=choice_value(key, title))
        for title, key in bot.library.complete_titles(current)[: limits.CHOICES]
    ]


def choice_value(key: str, title: str) -> str:
    if len(key) <= limits.CHOICE_VALUE:
        return key
    return title if len(title) <= limits.CHOICE_VALUE else key[: limits.CHOICE_VALUE]


def engine_of(bot: FilmServices, film: LibraryFilm) -> Engine:
    return bot.library.engine(film.key)


# A button's film rides at the end of its custom id (100 characters at most): `:f:<key>` for a key of up to
# MAX_FILM_KEY characters, else `:d:<digest of the key>`, resolved back through the library. A button made before
# films had keys carries neither and opens the default film.
MAX_FILM_KEY = 55
DIGEST_CHARS = 24  # hex, 96 bits: two keys of one library sharing a digest is not a practical worry (still refused)
FILM_PART = r"(?::f:(?P<film>.{1,55})|:d:(?P<digest>[0-9a-f]{24}))?"  # MAX_FILM_KEY, DIGEST_CHARS
# The navigation and suggestion buttons' ids (utils.views): fixed words and numbers, then the film part.
_FILM_BUTTON = re.compile(r"rs:(?:nav|open):[a-z0-9:]*?" + FILM_PART)


@lru_cache(maxsize=4096)
def key_digest(key: str) -> str:
    """A short stable digest of a film key (the same in every process: not Python's salted hash)."""
    return hashlib.sha256(key.encode()).hexdigest()[:DIGEST_CHARS]


@dataclass(frozen=True, slots=True)
class ButtonFilm:
    """The film part of a button's custom id: the film's key, a digest of a key too long to fit, or neither."""

    key: str | None = None
    digest: str | None = None

    @classmethod
    def of(cls, key: str | None) -> ButtonFilm:
        """The film part for a film's key (None: no film part, the default film)."""
        if key is None or (len(key) <= MAX_FILM_KEY and "\n" not in key):
            return cls(key=key)
        return cls(digest=key_digest(key))

    @classmethod
    def read(cls, match: re.Match[str]) -> ButtonFilm:
        """The film part a custom id matched by FILM_PART carries."""
        return cls(match["film"], match["digest"])

    @property
    def part(self) -> str:
        if self.key is not None:
            return f":f:{self.key}"
        return f":d:{self.digest}" if self.digest is not None else ""

    def films(self, library: Library) -> list[LibraryFilm]:
        """The films of the library this may mean: one; none once the film left the library; more only if two long
        keys share a digest (the caller refuses to guess)."""
        if self.digest is not None:
            return [
                film
                for key, film in library.films.items()
                if ButtonFilm.of(key).digest == self.digest  # only a long key has a digest
            ]
        found = library.films.get(self.key) if self.key else library.default
        return [found] if found is not None else []


NO_FILM = ButtonFilm()  # a button without a film part: the default film


def button_films(custom_ids: Iterable[str | None]) -> list[ButtonFilm]:
    """The film parts of the navigation and suggestion buttons among these custom ids (those naming a film)."""
    matches = (_FILM_BUTTON.fullmatch(custom_id) for custom_id in custom_ids if custom_id)
    return [ButtonFilm.read(m) for m in matches if m is not None and (m["film"] or m["digest"])]
