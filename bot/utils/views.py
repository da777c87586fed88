"""Buttons that survive restarts: their custom ids carry all the state (discord.ui.DynamicItem)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, cast

import discord

from ..core import Scene
from ..core.answers import Alternative, Kind, Subject
from . import limits
from .conversations import follow_click
from .embeds import subject_embed
from .replies import respond

if TYPE_CHECKING:
    from ..client import FilmBotBase
    from ..core import Engine

MAX_SUGGESTIONS = 3


def _engine(interaction: discord.Interaction) -> Engine:
    # Read once per click: a pack reload swaps bot.engine, and one reply must come from one pack.
    return cast("FilmBotBase", interaction.client).engine


def _hides_spoilers(interaction: discord.Interaction) -> bool:
    return cast("FilmBotBase", interaction.client).guild_settings.hides_spoilers(interaction.guild_id)


class SceneNavButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"rs:nav:(?P<number>[0-9]{1,6}):(?P<step>prev|next)(?::(?P<owner>[0-9]{1,20}))?",
):
    """Previous/next: opens scene `number` in place of the current one, for the user the message was for
    (their id rides in the custom id, so it survives restarts); anyone else gets the page to themselves."""

    def __init__(self, number: int, step: str, *, owner: int | None = None, disabled: bool = False) -> None:
        label = "◀ Previous" if step == "prev" else "Next ▶"
        custom_id = f"rs:nav:{number}:{step}" + (f":{owner}" if owner else "")
        super().__init__(
            discord.ui.Button(label=label, style=discord.ButtonStyle.secondary, custom_id=custom_id, disabled=disabled)
        )
        self.number = number
        self.owner = owner

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> SceneNavButton:
        return cls(int(match["number"]), match["step"], owner=int(match["owner"]) if match["owner"] else None)

    async def callback(self, interaction: discord.Interaction) -> None:
        engine = _engine(interaction)
        scene = engine.at("scene", self.number - 1)
        if scene is None:
            await respond(interaction, content="That scene is not in the pack any more.", ephemeral=True)
            return
        follow_click(interaction, "scene", self.number - 1)
        hide = _hides_spoilers(interaction)
        mine = _owner(interaction, self.owner) in (None, interaction.user.id)
        await respond(
            interaction,
            embed=subject_embed(scene, engine.pack, hide_spoilers=hide),
            view=entry_view(scene, len(engine.pack.scenes), owner=interaction.user.id),
            edit=mine,
            ephemeral=not mine,
        )


def _owner(interaction: discord.Interaction, owner: int | None) -> int | None:
    """Who a message's buttons belong to: the id in the button, else (older buttons) who ran the command."""
    metadata = interaction.message.interaction_metadata if interaction.message else None
    return owner or (metadata.user.id if metadata else None)


class OpenEntryButton(
    discord.ui.DynamicItem[discord.ui.Button],
    template=r"rs:open:(?P<kind>scene|track|soundtrack|film|character):(?P<position>[0-9]{1,6})",
):
    """A suggestion ("did you mean"): posts that entry."""

    def __init__(self, kind: Kind, position: int, label: str) -> None:
        super().__init__(
            discord.ui.Button(
                label=limits.button_label(label),
                style=discord.ButtonStyle.primary,
                custom_id=f"rs:open:{kind}:{position}",
            )
        )
        self.kind: Kind = kind
        self.position = position

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> OpenEntryButton:
        return cls(cast(Kind, match["kind"]), int(match["position"]), getattr(item, "label", None) or "")

    async def callback(self, interaction: discord.Interaction) -> None:
        engine = _engine(interaction)
        subject = engine.at(self.kind, self.position)
        if subject is None:
            await respond(interaction, content="That entry is not in the pack any more.", ephemeral=True)
            return
        follow_click(interaction, self.kind, self.position)
        hide = _hides_spoilers(interaction)
        await respond(
            interaction,
            embed=subject_embed(subject, engine.pack, hide_spoilers=hide),
            view=entry_view(subject, len(engine.pack.scenes), owner=interaction.user.id),
        )


def entry_view(
    subject: Subject, scene_count: int, suggestions: list[OpenEntryButton] | None = None, *, owner: int | None = None
) -> discord.ui.View | None:
    """Previous/next for a scene (working for `owner` only), plus suggestion buttons; None when nothing to click."""
    view = discord.ui.View(timeout=None)
    if isinstance(subject, Scene):
        view.add_item(SceneNavButton(max(subject.number - 1, 0), "prev", owner=owner, disabled=subject.number <= 1))
        view.add_item(
            SceneNavButton(
                min(subject.number + 1, scene_count + 1), "next", owner=owner, disabled=subject.number >= scene_count
            )
        )
    for button in (suggestions or [])[:MAX_SUGGESTIONS]:
        button.item.row = 1
        view.add_item(button)
    return view if view.children else None


def suggestion_buttons(engine: Any, kind_titles: list[tuple[Kind, str]]) -> list[OpenEntryButton]:
    buttons = []
    for kind, title in kind_titles[:MAX_SUGGESTIONS]:
        position = engine.position(kind, title)
        if position is not None:
            buttons.append(OpenEntryButton(kind, position, title))
    return buttons


def alternative_buttons(engine: Any, alternatives: tuple[Alternative, ...]) -> list[OpenEntryButton]:
    return suggestion_buttons(engine, [(a.kind, a.title) for a in alternatives])
