"""/films: the library, a page at a time, the server's film marked; the page buttons carry their page number."""

from __future__ import annotations

import re
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from ..client import FilmBotBase
from ..core.library import Library
from ..utils import limits
from ..utils.embeds import DEFAULT_COLOUR
from ..utils.films import context_film, services
from ..utils.replies import respond

PAGE_SIZE = 10
MAX_PAGE = 999_999


def page_count(library: Library) -> int:
    return max(1, -(-len(library) // PAGE_SIZE))


def films_embed(library: Library, page: int, current: str) -> discord.Embed:
    """One page of the library: title, genre if the pack states one, number of scenes; `current` (a key) marked."""
    films = list(library)[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    lines = []
    for film in films:
        genre = f" · {limits.clip(film.pack.film.genre, 80)}" if film.pack.film.genre else ""
        scenes = len(film.pack.scenes)
        mark = " ← this server's film" if film.key == current else ""
        lines.append(
            f"**{limits.clip(film.title, 150)}**{genre} · {scenes} scene{'s' if scenes != 1 else ''}"
            f" · `{limits.clip(film.key, 60)}`{mark}"
        )
    embed = discord.Embed(title="Films", description="\n".join(lines) or "No films.", colour=DEFAULT_COLOUR)
    count = page_count(library)
    embed.set_footer(text=f"Page {page + 1} of {count} · {len(library)} films · pick one with film: on any command")
    return limits.fit_embed(embed)


class FilmsPageButton(
    discord.ui.DynamicItem[discord.ui.Button], template=r"rs:films:(?P<page>[0-9]{1,6}):(?P<step>prev|next)"
):
    """Turns the page of a /films list in place (the page it opens rides in the custom id)."""

    def __init__(self, page: int, step: str, *, disabled: bool = False) -> None:
        label = "◀ Previous" if step == "prev" else "Next ▶"
        super().__init__(
            discord.ui.Button(
                label=label, style=discord.ButtonStyle.secondary, custom_id=f"rs:films:{page}:{step}", disabled=disabled
            )
        )
        self.page = page

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> FilmsPageButton:
        return cls(int(match["page"]), match["step"])

    async def callback(self, interaction: discord.Interaction) -> None:
        bot = services(interaction)
        page = min(self.page, page_count(bot.library) - 1)  # the library may have shrunk since
        current = context_film(bot, interaction).key
        await respond(
            interaction, embed=films_embed(bot.library, page, current), view=pages_view(bot.library, page), edit=True
        )


def pages_view(library: Library, page: int) -> discord.ui.View | None:
    count = page_count(library)
    if count == 1:
        return None
    view = discord.ui.View(timeout=None)
    view.add_item(FilmsPageButton(max(page - 1, 0), "prev", disabled=page == 0))
    view.add_item(FilmsPageButton(min(page + 1, MAX_PAGE), "next", disabled=page >= count - 1))
    return view


class Films(commands.Cog):
    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(FilmsPageButton)

    async def cog_unload(self) -> None:
        self.bot.remove_dynamic_items(FilmsPageButton)

    @app_commands.command(name="films")
    async def films(self, interaction: discord.Interaction) -> None:
        """The films I know, and which one this server is on."""
        library = self.bot.library
        current = context_film(self.bot, interaction).key
        await respond(interaction, embed=films_embed(library, 0, current), view=pages_view(library, 0))


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(Films(bot))
