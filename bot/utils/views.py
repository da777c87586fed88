"""Buttons that survive restarts: their custom ids carry all the state (discord.ui.DynamicItem)."""

from __future__ import annotations

import re
from typing import Any

import discord

from ..core import Engine, Scene
from ..core.answers import Alternative, Kind, Subject
from . import limits
from .conversations import follow_click
from .embeds import subject_embed
from .films import FILM_PART, NO_FILM, ButtonFilm, services
from .replies import respond

MAX_SUGGESTIONS = 3
GONE = "That film is not in the library any more."
CLASH = "I can't tell which film of the library this button is for. Ask again with the `film:` option."
KINDS: dict[str, Kind] = {k: k for k in ("scene", "track", "soundtrack", "film", "character")}


async def button_film(interaction: discord.Interaction, film: ButtonFilm) -> tuple[str, Engine] | None:
    """The film a button was made for (the default without a film in its id), read once per click: one reply comes
    from one version of a pack. None, after saying why, when that film left the library or (a digest two long keys
    share) can't be told apart from another: never a guess."""
    library = services(interaction).library
    found = film.films(library)
    if len(found) != 1:
        await respond(interaction, content=CLASH if found else GONE, ephemeral=True)
        return None
    key = found[0].key
    return key, library.engine(key)


def _hides_spoilers(interaction: discord.Interaction) -> bool:
    return services(interaction).guild_settings.hides_spoilers(interaction.guild_id)


class SceneNavButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"rs:nav:(?P<number>[0-9]{1,6}):(?P<step>prev|next)(?::(?P<owner>[0-9]{1,20}))?" + FILM_PART,
):
    """Previous/next: opens scene `number` of the button's film in place of the current one, for the user the
    message was for (their id and the film's key ride in the custom id, so it survives restarts and a server's
    change of film); anyone else gets the page to themselves."""

    def __init__(
        self,
        number: int,
        step: str,
        *,
        owner: int | None = None,
        disabled: bool = False,
        film: ButtonFilm = NO_FILM,
    ) -> None:
        label = "◀ Previous" if step == "prev" else "Next ▶"
        custom_id = f"rs:nav:{number}:{step}" + (f":{owner}" if owner else "") + film.part
        super().__init__(
            discord.ui.Button(label=label, style=discord.ButtonStyle.secondary, custom_id=custom_id, disabled=disabled)
        )
        self.number = number
        self.owner = owner
        self.film = film

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> SceneNavButton:
        owner = int(match["owner"]) if match["owner"] else None
        return cls(int(match["number"]), match["step"], owner=owner, film=ButtonFilm.read(match))

    async def callback(self, interaction: discord.Interaction) -> None:
        found = await button_film(interaction, self.film)
        if found is None:
            return
        film, engine = found
        scene = engine.at("scene", self.number - 1)
        if scene is None:
            await respond(interaction, content="That scene is not in the pack any more.", ephemeral=True)
            return
        follow_click(interaction, film, engine, "scene", self.number - 1)
        hide = _hides_spoilers(interaction)
        mine = _owner(interaction, self.owner) in (None, interaction.user.id)
        await respond(
            interaction,
            embed=subject_embed(scene, engine.pack, hide_spoilers=hide),
            view=entry_view(scene, len(engine.pack.scenes), owner=interaction.user.id, film=film),
            edit=mine,
            ephemeral=not mine,
        )


def _owner(interaction: discord.Interaction, owner: int | None) -> int | None:
    """Who a message's buttons belong to: the id in the button, else (older buttons) who ran the command."""
    metadata = interaction.message.interaction_metadata if interaction.message else None
    return owner or (metadata.user.id if metadata else None)


class OpenEntryButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"rs:open:(?P<kind>scene|track|soundtrack|film|character):(?P<position>[0-9]{1,6})" + FILM_PART,
):
    """A suggestion ("did you mean"): posts that entry of the button's film."""

    def __init__(self, kind: Kind, position: int, label: str, *, film: ButtonFilm = NO_FILM) -> None:
        super().__init__(
            discord.ui.Button(
                label=limits.button_label(label),
                style=discord.ButtonStyle.primary,
                custom_id=f"rs:open:{kind}:{position}" + film.part,
            )
        )
        self.kind: Kind = kind
        self.position = position
        self.film = film

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> OpenEntryButton:
        label = getattr(item, "label", None) or ""
        return cls(KINDS[match["kind"]], int(match["position"]), label, film=ButtonFilm.read(match))

    async def callback(self, interaction: discord.Interaction) -> None:
        found = await button_film(interaction, self.film)
        if found is None:
            return
        film, engine = found
        subject = engine.at(self.kind, self.position)
        if subject is None:
            await respond(interaction, content="That entry is not in the pack any more.", ephemeral=True)
            return
        follow_click(interaction, film, engine, self.kind, self.position)
        hide = _hides_spoilers(interaction)
        await respond(
            interaction,
            embed=subject_embed(subject, engine.pack, hide_spoilers=hide),
            view=entry_view(subject, len(engine.pack.scenes), owner=interaction.user.id, film=film),
        )


def entry_view(
    subject: Subject,
    scene_count: int,
    suggestions: list[OpenEntryButton] | None = None,
    *,
    owner: int | None = None,
    film: str | None = None,
) -> discord.ui.View | None:
    """Previous/next for a scene of `film` (working for `owner` only), plus suggestion buttons; None when nothing
    to click."""
    view = discord.ui.View(timeout=None)
    if isinstance(subject, Scene):
        number, last, part = subject.number, scene_count, ButtonFilm.of(film)
        view.add_item(SceneNavButton(max(number - 1, 0), "prev", owner=owner, disabled=number <= 1, film=part))
        view.add_item(
            SceneNavButton(min(number + 1, last + 1), "next", owner=owner, disabled=number >= last, film=part)
        )
    for button in (suggestions or [])[:MAX_SUGGESTIONS]:
        button.item.row = 1
        view.add_item(button)
    return view if view.children else None


def suggestion_buttons(engine: Engine, film: str | None, kind_titles: list[tuple[Kind, str]]) -> list[OpenEntryButton]:
    buttons = []
    for kind, title in kind_titles[:MAX_SUGGESTIONS]:
        position = engine.position(kind, title)
        if position is not None:
            buttons.append(OpenEntryButton(kind, position, title, film=ButtonFilm.of(film)))
    return buttons


def alternative_buttons(
    engine: Engine, film: str | None, alternatives: tuple[Alternative, ...]
) -> list[OpenEntryButton]:
    return suggestion_buttons(engine, film, [(a.kind, a.title) for a in alternatives])
