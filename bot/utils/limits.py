"""Discord's size limits, owned here: everything the bot sends passes through these helpers."""

from __future__ import annotations

import re
import unicodedata

import discord
from discord.utils import escape_markdown, escape_mentions

CONTENT = 2000
EMBED_TITLE = 256
EMBED_DESCRIPTION = 4096
FIELD_NAME = 256
FIELD_VALUE = 1024
FOOTER = 2048
EMBED_TOTAL = 6000
EMBED_FIELDS = 25
CHOICES = 25
CHOICE_NAME = 100
CHOICE_VALUE = 100
BUTTON_LABEL = 80
ECHO = 200  # user text quoted back in a reply is cut to this

ELLIPSIS = "…"


def clip(text: str, limit: int) -> str:
    """Shorten to at most `limit` characters, ending with an ellipsis when cut."""
    text = text.strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def spoiler(text: str, limit: int) -> str:
    """Wrap in Discord spoiler markup, shortening inside the bars so the markup stays whole."""
    return f"||{clip(text.replace('||', '| |'), limit - 4)}||"


_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]*):/+")


def echo(text: str, limit: int = ECHO) -> str:
    """User text made inert to quote back: one line, no control or bidi characters, no links (the scheme's colon
    becomes a lookalike), no Discord markup (every <...> form: mentions, channels, commands, timestamps, emoji),
    @everyone/@here and markdown escaped, shortened."""
    flat = " ".join(text.split())
    visible = "".join(c for c in flat if not unicodedata.category(c).startswith("C"))  # Cc, Cf (bidi), Co, Cn
    unlinked = _SCHEME.sub(lambda m: f"{m[1]}\u2236//", visible)
    unmarked = unlinked.replace("<", "\u2039").replace(">", "\u203a")
    return escape_mentions(escape_markdown(clip(unmarked, limit)))


def content(text: str) -> str:
    return clip(text, CONTENT)


def choice_name(text: str) -> str:
    return clip(" ".join(text.split()), CHOICE_NAME) or "?"


def button_label(text: str) -> str:
    return clip(text, BUTTON_LABEL) or "?"


def fit_embed(embed: discord.Embed) -> discord.Embed:
    """Cut an embed down to every per-part limit and to the 6000-character total."""
    if embed.title:
        embed.title = clip(embed.title, EMBED_TITLE)
    if embed.description:
        embed.description = _fit_text(embed.description, EMBED_DESCRIPTION)
    if embed.footer.text:
        embed.set_footer(text=clip(embed.footer.text, FOOTER), icon_url=embed.footer.icon_url)
    fields = embed.fields[:EMBED_FIELDS]
    embed.clear_fields()
    for field in fields:
        embed.add_field(
            name=clip(field.name or "\u200b", FIELD_NAME) or "\u200b",
            value=_fit_text(field.value or "\u200b", FIELD_VALUE) or "\u200b",
            inline=field.inline,
        )
    excess = len(embed) - EMBED_TOTAL
    if excess > 0 and embed.description:
        keep = max(1, len(embed.description) - excess)
        embed.description = _fit_text(embed.description, keep)
        excess = len(embed) - EMBED_TOTAL
    while excess > 0 and embed.fields:
        embed.remove_field(len(embed.fields) - 1)
        excess = len(embed) - EMBED_TOTAL
    return embed


def _fit_text(text: str, limit: int) -> str:
    """Like clip, but keeps spoiler bars balanced when the text is a spoiler."""
    if len(text) <= limit:
        return text
    if text.startswith("||") and text.endswith("||") and limit > 5:
        return spoiler(text[2:-2], limit)
    return clip(text, limit)
