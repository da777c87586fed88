"""Embeds for every kind of pack entry, built from the core's objects and fitted to Discord's limits."""

from __future__ import annotations

import re

import discord

from ..core import Character, Film, Pack, Scene, Soundtrack, Track
from ..core.answers import Kind, Subject, composed_by, render, scene_footer
from . import limits

DEFAULT_COLOUR = discord.Colour.dark_grey()  # for packs that don't set film.colour
SOUNDTRACK_TITLE = "{film}: soundtrack"
SCENES_TITLE = "{film}: memorable scenes"

# Every footer opens with words of its own kind, so subject_of() reads the kind back from a message the bot
# sent (a reply to it continues from its subject, even after a restart), and a scene and a track that share a
# title stay apart. Checked in this order; the embed's title gives the entry.
_FOOTER_KINDS: tuple[tuple[re.Pattern[str], Kind], ...] = (
    (re.compile(r"Scene \d+ of \d+ · "), "scene"),
    (re.compile(r"Track \d+ of \d+ · "), "track"),
    (re.compile(r"Character · "), "character"),
    (re.compile(r"\d+ tracks · "), "soundtrack"),
    (re.compile(r"\d+ memorable scenes · "), "film"),
    (re.compile(r"\d+ (?:of \d+ )?scenes · "), "scenes"),
)
_TITLE_FORMATS: dict[Kind, str] = {"soundtrack": SOUNDTRACK_TITLE, "scenes": SCENES_TITLE}


def pack_colour(pack: Pack) -> discord.Colour:
    """The pack's own embed colour (film.colour), or a neutral default."""
    return discord.Colour(pack.film.colour) if pack.film.colour is not None else DEFAULT_COLOUR


def scene_embed(scene: Scene, pack: Pack, *, hide: bool) -> discord.Embed:
    """A scene: summary as the description, the context as a field; spoiler markup when `hide`."""
    summary = limits.spoiler(scene.summary, limits.EMBED_DESCRIPTION) if hide else scene.summary
    context = limits.spoiler(scene.context, limits.FIELD_VALUE) if hide else scene.context
    embed = discord.Embed(title=scene.title, description=summary, colour=pack_colour(pack))
    if scene.context:  # a scene the page gives no context for has no such field (Discord refuses an empty one)
        embed.add_field(name="Context", value=context, inline=False)
    if hide:
        embed.add_field(
            name="Spoiler",
            value="This scene gives the ending away; the text is hidden until "
            "you click it. Use `/scene reveal:True` to show it openly.",
            inline=False,
        )
    embed.set_footer(text=scene_footer(scene, pack))
    return limits.fit_embed(embed)


def scene_line(scene: Scene, *, hide: bool) -> str:
    """One scene in a list: its number, title and the first sentence of its summary (spoiler-marked if hidden)."""
    teaser = limits.clip(scene.summary.split(". ")[0].rstrip(".") + ".", 120)
    if hide and scene.spoiler:
        teaser = limits.spoiler(teaser, 124)
    return f"**{scene.number}. {scene.title}**: {teaser}"


def scenes_embed(pack: Pack, *, hide: bool) -> discord.Embed:
    """The scenes in film order with a one-line teaser each."""
    lines = [scene_line(scene, hide=hide) for scene in pack.scenes]
    description = limits.clip("\n".join(lines), limits.EMBED_DESCRIPTION)
    embed = discord.Embed(
        title=SCENES_TITLE.format(film=pack.film.title), description=description, colour=pack_colour(pack)
    )
    embed.set_footer(text=f"{len(pack.scenes)} scenes · open one with /scene")
    return limits.fit_embed(embed)


def subset_embed(pack: Pack, titles: tuple[str, ...], lead: str, *, hide: bool) -> discord.Embed:
    """Some of the scenes (those naming a person, say), in film order, under the line that says which."""
    chosen = set(titles)
    lines = [lead, *(scene_line(scene, hide=hide) for scene in pack.scenes if scene.title in chosen)]
    embed = discord.Embed(
        title=SCENES_TITLE.format(film=pack.film.title),
        description=limits.clip("\n".join(lines), limits.EMBED_DESCRIPTION),
        colour=pack_colour(pack),
    )
    embed.set_footer(text=f"{len(titles)} of {len(pack.scenes)} scenes · open one with /scene")
    return limits.fit_embed(embed)


def track_embed(track: Track, pack: Pack) -> discord.Embed:
    embed = discord.Embed(title=track.title, description=f"{track.description}.", colour=pack_colour(pack))
    if track.credit:
        embed.add_field(name="Credit", value=track.credit, inline=True)
    number = pack.soundtrack.tracks.index(track) + 1
    embed.set_footer(
        text=f"Track {number} of {len(pack.soundtrack.tracks)} · {pack.film.title} soundtrack"
        + (f" · music{composed_by(pack)}" if pack.soundtrack.composer else "")
    )
    return limits.fit_embed(embed)


def soundtrack_embed(soundtrack: Soundtrack, pack: Pack) -> discord.Embed:
    embed = discord.Embed(
        title=SOUNDTRACK_TITLE.format(film=pack.film.title),
        description=(f"Music by {soundtrack.composer}." if soundtrack.composer else f"The tracks of {pack.film.title}.")
        if soundtrack.tracks
        else render(soundtrack, pack),
        colour=pack_colour(pack),
    )
    for number, track in enumerate(soundtrack.tracks[: limits.EMBED_FIELDS], start=1):
        value = f"{track.description}." + (f"\nCredited to {track.credit}." if track.credit else "")
        embed.add_field(name=f"{number}. {track.title}", value=value, inline=False)
    embed.set_footer(text=f"{len(soundtrack.tracks)} tracks · /soundtrack track:<name> for one")
    return limits.fit_embed(embed)


def film_embed(film: Film, pack: Pack) -> discord.Embed:
    embed = discord.Embed(title=film.title, description=film.synopsis, colour=pack_colour(pack))
    if film.genre:
        embed.add_field(name="Genre", value=film.genre.capitalize(), inline=True)
    for character in pack.characters[: limits.EMBED_FIELDS - 1]:
        embed.add_field(name=character.name, value=character.description, inline=False)
    embed.set_footer(text=f"{len(pack.scenes)} memorable scenes · /scenes to list them")
    return limits.fit_embed(embed)


def character_embed(character: Character, pack: Pack) -> discord.Embed:
    embed = discord.Embed(title=character.name, description=character.description, colour=pack_colour(pack))
    embed.set_footer(text=f"Character · {pack.film.title}")
    return limits.fit_embed(embed)


def subject_embed(subject: Subject, pack: Pack, *, hide_spoilers: bool) -> discord.Embed:
    """The embed for any pack entry."""
    match subject:
        case Scene():
            return scene_embed(subject, pack, hide=hide_spoilers and subject.spoiler)
        case Track():
            return track_embed(subject, pack)
        case Soundtrack():
            return soundtrack_embed(subject, pack)
        case Film():
            return film_embed(subject, pack)
        case Character():
            return character_embed(subject, pack)
    raise TypeError(f"no embed for {subject!r}")


def subject_of(embed: discord.Embed) -> tuple[Kind, str] | None:
    """The (kind, title) an embed made here is about, read back from its footer and title; None for others."""
    footer, title = embed.footer.text or "", embed.title or ""
    kind = next((kind for pattern, kind in _FOOTER_KINDS if pattern.match(footer)), None)
    if kind is None or not title:
        return None
    form = _TITLE_FORMATS.get(kind)
    if form is None:
        return kind, title
    prefix, _, suffix = form.partition("{film}")
    if not (title.startswith(prefix) and title.endswith(suffix)) or len(title) <= len(prefix) + len(suffix):
        return None
    return kind, title[len(prefix) : len(title) - len(suffix)]
