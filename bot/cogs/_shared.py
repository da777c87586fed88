"""What several cogs do alike: the film a command is about, autocomplete choices and the "did you mean" reply."""

from __future__ import annotations

from dataclasses import dataclass

import discord
from discord import app_commands

from ..core import Character, Engine, Scene, Track
from ..core.answers import Kind, Subject
from ..core.library import LibraryFilm
from ..utils import limits
from ..utils.conversations import follow
from ..utils.films import FilmServices, chosen_film, typed_film
from ..utils.replies import respond
from ..utils.views import entry_view, suggestion_buttons

FILM_OPTION = "The film (start typing to search the library); this server's film by default"


@dataclass(frozen=True, slots=True)
class FilmInUse:
    """A film and its engine, read once per command: one reply comes from one version of a pack."""

    film: LibraryFilm
    engine: Engine

    @property
    def key(self) -> str:
        return self.film.key


async def film_for(bot: FilmServices, interaction: discord.Interaction, name: str | None) -> FilmInUse | None:
    """The film a command is about (its `film:` option, else the server's); None when the option names none (the
    member has been told)."""
    film = await chosen_film(bot, interaction, name)
    return None if film is None else FilmInUse(film, bot.library.engine(film.key))


def choices(
    bot: FilmServices, interaction: discord.Interaction, kind: Kind, current: str
) -> list[app_commands.Choice[str]]:
    """At most 25 names of the film the command is about (its `film:` as typed so far, else the server's); names
    and values cut to 100 characters."""
    engine = bot.library.engine(typed_film(bot, interaction).key)
    titles = engine.complete(kind, current)[: limits.CHOICES]
    return [app_commands.Choice(name=limits.choice_name(t), value=t[: limits.CHOICE_VALUE]) for t in titles]


async def lookup(interaction: discord.Interaction, film: FilmInUse, kind: Kind, name: str) -> Subject:
    """The entry a command option names; when there is none, answer with "did you mean" and return None."""
    found = film.engine.resolve(kind, name)
    if found.match is None:
        await did_you_mean(interaction, film, kind, name, found.suggestions)
    elif isinstance(found.match, Scene | Track | Character):  # what the member looks at is what "it" means next
        follow(interaction, film.key, kind, found.match.title)
    return found.match


async def did_you_mean(
    interaction: discord.Interaction, film: FilmInUse, kind: Kind, name: str, suggestions: tuple[str, ...]
) -> None:
    """Ephemeral "No scene called …" with up to three suggestion buttons (or: the film lists none of them)."""
    pack = film.engine.pack
    listed = {"character": pack.characters, "track": pack.soundtrack.tracks}.get(kind)
    if listed is not None and not listed:  # a pack may leave characters or music out
        await respond(interaction, content=f"{pack.film.title} lists no {kind}s.", ephemeral=True)
        return
    text = f"No {kind} called “{limits.echo(name, 100)}”."
    buttons = suggestion_buttons(film.engine, film.key, [(kind, title) for title in suggestions])
    text += " Did you mean one of these?" if buttons else " Start typing and pick a name from the list."
    await respond(interaction, content=text, view=entry_view(None, 0, buttons), ephemeral=True)
