"""Embeds for every kind of pack entry, built from the core's objects and fitted to Discord's limits."""

from __future__ import annotations

import discord

from ..core import Character, Film, Pack, Scene, Soundtrack, Track
from ..core.answers import Subject, scene_footer
from . import limits

DEFAULT_COLOUR = discord.Colour.dark_grey()  # for packs that don't set film.colour


def pack_colour(pack: Pack) -> discord.Colour:
    """The pack's own embed colour (film.colour), or a neutral default."""
    return discord.Colour(pack.film.colour) if pack.film.colour is not None else DEFAULT_COLOUR


def scene_embed(scene: Scene, pack: Pack, *, hide: bool) -> discord.Embed:
    """A scene: summary as the description, the context as a field; spoiler markup when `hide`."""
    summary = limits.spoiler(scene.summary, limits.EMBED_DESCRIPTION) if hide else scene.summary
    context = limits.spoiler(scene.context, limits.FIELD_VALUE) if hide else scene.context
    embed = discord.Embed(title=scene.title, description=summary, colour=pack_colour(pack))
    embed.add_field(name="Context", value=context, inline=False)
    if hide:
        embed.add_field(name="Spoiler", value="This scene gives the ending away; the text is hidden until "
                        "you click it. Use `/scene reveal:True` to show it openly.", inline=False)
    embed.set_footer(text=scene_footer(scene, pack))
    return limits.fit_embed(embed)


def scenes_embed(pack: Pack, *, hide: bool) -> discord.Embed:
    """The scenes in film order with a one-line teaser each."""
    lines = []
    for scene in pack.scenes:
        teaser = limits.clip(scene.summary.split(". ")[0].rstrip(".") + ".", 120)
        if hide and scene.spoiler:
            teaser = limits.spoiler(teaser, 124)
        lines.append(f"**{scene.number}. {scene.title}**: {teaser}")
    description = limits.clip("\n".join(lines), limits.EMBED_DESCRIPTION)
    embed = discord.Embed(title=f"{pack.film.title}: memorable scenes", description=description, colour=pack_colour(pack))
    embed.set_footer(text=f"{len(pack.scenes)} scenes · open one with /scene")
    return limits.fit_embed(embed)


def track_embed(track: Track, pack: Pack) -> discord.Embed:
    embed = discord.Embed(title=track.title, description=f"{track.description}.", colour=pack_colour(pack))
    if track.credit:
        embed.add_field(name="Credit", value=track.credit, inline=True)
    embed.set_footer(text=f"{pack.film.title} soundtrack · music by {pack.soundtrack.composer}")
    return limits.fit_embed(embed)


def soundtrack_embed(soundtrack: Soundtrack, pack: Pack) -> discord.Embed:
    embed = discord.Embed(title=f"{pack.film.title}: soundtrack", description=f"Music by {soundtrack.composer}.",
                          colour=pack_colour(pack))
    for number, track in enumerate(soundtrack.tracks[: limits.EMBED_FIELDS], start=1):
        value = f"{track.description}." + (f"\nCredited to {track.credit}." if track.credit else "")
        embed.add_field(name=f"{number}. {track.title}", value=value, inline=False)
    embed.set_footer(text=f"{len(soundtrack.tracks)} tracks · /soundtrack track:<name> for one")
    return limits.fit_embed(embed)


def film_embed(film: Film, pack: Pack) -> discord.Embed:
    embed = discord.Embed(title=film.title, description=film.synopsis, colour=pack_colour(pack))
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
