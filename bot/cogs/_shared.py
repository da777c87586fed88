"""What several cogs do alike: autocomplete choices and the "did you mean" reply."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from ..core import Character, Scene, Track
from ..core.answers import Kind, Subject
from ..utils import limits
from ..utils.conversations import follow
from ..utils.replies import respond
from ..utils.views import entry_view, suggestion_buttons

if TYPE_CHECKING:
    from ..client import FilmBotBase


def choices(bot: FilmBotBase, kind: Kind, current: str) -> list[app_commands.Choice[str]]:
    """At most 25 choices from the core's complete(); names and values cut to 100 characters."""
    titles = bot.engine.complete(kind, current)[: limits.CHOICES]
    return [app_commands.Choice(name=limits.choice_name(t), value=t[: limits.CHOICE_VALUE]) for t in titles]


async def lookup(interaction: discord.Interaction, bot: FilmBotBase, kind: Kind, name: str) -> Subject:
    """The entry a command option names; when there is none, answer with "did you mean" and return None."""
    found = bot.engine.resolve(kind, name)
    if found.match is None:
        await did_you_mean(interaction, bot, kind, name, found.suggestions)
    elif isinstance(found.match, Scene | Track | Character):  # what the member looks at is what "it" means next
        follow(interaction, kind, found.match.title)
    return found.match


async def did_you_mean(
    interaction: discord.Interaction, bot: FilmBotBase, kind: Kind, name: str, suggestions: tuple[str, ...]
) -> None:
    """Ephemeral "No scene called …" with up to three suggestion buttons (or: the film lists none of them)."""
    pack = bot.engine.pack
    listed = {"character": pack.characters, "track": pack.soundtrack.tracks}.get(kind)
    if listed is not None and not listed:  # a pack may leave characters or music out
        await respond(interaction, content=f"{pack.film.title} lists no {kind}s.", ephemeral=True)
        return
    text = f"No {kind} called “{limits.echo(name, 100)}”."
    buttons = suggestion_buttons(bot.engine, [(kind, title) for title in suggestions])
    text += " Did you mean one of these?" if buttons else " Start typing and pick a name from the list."
    await respond(interaction, content=text, view=entry_view(None, 0, buttons), ephemeral=True)
