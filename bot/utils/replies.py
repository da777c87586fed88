"""Sending replies: no pings, Discord's limits applied, one retry on a server error, never a crash."""

from __future__ import annotations

import logging
from typing import Any

import discord

from . import limits

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
GENERIC_ERROR = "Something went wrong on my side; please try again in a moment."


def _fitted(content: str | None, embed: discord.Embed | None, view: discord.ui.View | None) -> dict[str, Any]:
    """The keyword arguments of any send: within Discord's limits, pinging nobody."""
    payload: dict[str, Any] = {"allowed_mentions": NO_PINGS}
    if content is not None:
        payload["content"] = limits.content(content)
    if embed is not None:
        payload["embed"] = limits.fit_embed(embed)
    if view is not None:
        payload["view"] = view
    return payload


async def respond(
    interaction: discord.Interaction,
    *,
    content: str | None = None,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
    ephemeral: bool = False,
    edit: bool = False,
) -> bool:
    """Answer an interaction (or follow up if it was answered); retry once if Discord fails. True if sent."""
    payload = _fitted(content, embed, view)
    for attempt in (1, 2):
        try:
            if interaction.response.is_done():
                await interaction.followup.send(ephemeral=ephemeral, **payload)
            elif edit:
                await interaction.response.edit_message(**payload)
            else:
                await interaction.response.send_message(ephemeral=ephemeral, **payload)
            return True
        except discord.NotFound:
            log.warning("interaction %s expired before the reply was sent", interaction.id)
            return False
        except discord.HTTPException as error:
            log.warning("reply to interaction %s failed (attempt %d): %s", interaction.id, attempt, error)
    return False


async def reply(
    message: discord.Message,
    *,
    content: str | None = None,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
) -> discord.Message | None:
    """Reply to a message without pinging its author or anyone else; retry once on a server error."""
    payload = _fitted(content, embed, view)
    for attempt in (1, 2):
        try:
            return await message.reply(mention_author=False, **payload)
        except discord.Forbidden:
            log.info("no permission to reply in channel %s", message.channel.id)
            return None
        except discord.HTTPException as error:
            log.warning("reply in channel %s failed (attempt %d): %s", message.channel.id, attempt, error)
    return None
