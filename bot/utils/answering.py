"""Turn a core Answer into what the bot sends: an embed for a hit, short help for a decline."""

from __future__ import annotations

from dataclasses import dataclass

import discord

from ..core import Answer, Engine
from ..core.answers import Reason
from .embeds import scenes_embed, subject_embed, subset_embed
from .views import alternative_buttons, entry_view


@dataclass(slots=True)
class Reply:
    content: str | None = None
    embed: discord.Embed | None = None
    view: discord.ui.View | None = None


def answer_reply(
    engine: Engine, answer: Answer, *, hide_spoilers: bool, owner: int | None = None, film: str | None = None
) -> Reply:
    """An embed (plus nav and "also close" buttons, nav working for `owner`) for a hit, only the chosen scenes
    for a subset, and a line naming what the pack lacks for a two-part question; the help text (plus
    suggestions) for a decline; a clarifying question with its numbered candidates as buttons."""
    suggestions = alternative_buttons(engine, film, answer.alternatives)
    scenes = len(engine.pack.scenes)
    if answer.kind == "none":
        asks_which = answer.reason is Reason.CLARIFY  # its text already names the candidates
        help_text = answer.text + ("\nDid you mean one of these?" if suggestions and not asks_which else "")
        return Reply(content=help_text, view=entry_view(None, scenes, suggestions, film=film))
    if answer.kind == "scenes" and answer.entries is not None:  # some of the scenes: only those
        lead = answer.text.split("\n\n")[-1].split("\n", 1)[0]  # after a two-part answer's note, if any
        embed = subset_embed(engine.pack, answer.entries, lead, hide=hide_spoilers)
    elif answer.kind == "scenes":  # the same rendering as /scenes
        embed = scenes_embed(engine.pack, hide=hide_spoilers)
    else:
        embed = subject_embed(answer.subject, engine.pack, hide_spoilers=hide_spoilers)
    lines = [f"Not in my pack: {answer.note}." if answer.note else "", also_close(answer)]
    content = "\n".join(line for line in lines if line) or None
    return Reply(
        content=content, embed=embed, view=entry_view(answer.subject, scenes, suggestions, owner=owner, film=film)
    )


def also_close(answer: Answer) -> str:
    return "Also close: " + ", ".join(a.title for a in answer.alternatives) if answer.alternatives else ""
