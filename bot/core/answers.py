"""What the answerer returns, and its plain-text rendering (the Discord layer builds embeds from the same object)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

from .pack import Character, Film, Pack, Scene, Soundtrack, Track

Kind = Literal["scene", "track", "soundtrack", "film", "character", "scenes", "none"]
KINDS: tuple[Kind, ...] = ("scene", "track", "soundtrack", "film", "character", "scenes", "none")
Subject = Scene | Track | Soundtrack | Film | Character | None


@dataclass(frozen=True, slots=True)
class Alternative:
    kind: Kind
    title: str
    score: float


class Reason(StrEnum):
    """Why an answer is `none` (or, for ANSWERED, that it isn't). A StrEnum: it still equals its string."""

    ANSWERED = ""
    EMPTY = "empty"
    SMALL_TALK = "small_talk"
    MISSING_FACT = "missing_fact"
    OFF_TOPIC = "off_topic"
    CLARIFY = "clarify"
    NO_THREAD = "no_thread"
    OUT_OF_RANGE = "out_of_range"


@dataclass(frozen=True, slots=True)
class Answer:
    """One reply: what was matched (or `none`), how sure, what else was close, and the text to show."""

    kind: Kind
    title: str
    score: float
    text: str
    subject: Subject = None
    alternatives: tuple[Alternative, ...] = ()
    reason: Reason = Reason.ANSWERED
    missing: str = ""  # for missing facts: what was asked for, e.g. "the cast"
    entries: tuple[str, ...] | None = None  # a chosen subset of entries, in order (the scenes naming someone)
    note: str = ""  # the part of a compound question the pack can't answer ("the release year"); the text says it

    def as_dict(self, question: str) -> dict[str, object]:
        return {
            "question": question,
            "kind": self.kind,
            "title": self.title,
            "score": round(self.score, 3),
            "alternatives": [{"kind": a.kind, "title": a.title, "score": round(a.score, 3)} for a in self.alternatives],
            "reply": self.text,
            "titles": list(self.entries) if self.entries is not None else None,
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class Resolution:
    """The result of looking a name up: the match, or ranked suggestions when unsure."""

    match: Subject
    suggestions: tuple[str, ...] = field(default=())


def scene_footer(scene: Scene, pack: Pack) -> str:
    return f"Scene {scene.number} of {len(pack.scenes)} · {pack.film.title}"


def track_credit(track: Track) -> str:
    return f"Credited to {track.credit}." if track.credit else ""


def render(subject: Subject, pack: Pack) -> str:
    """Plain text for one pack entry; a part the pack leaves out (genre, context, composer) is not mentioned."""
    match subject:
        case Scene():
            context = f"\n\nContext: {subject.context}" if subject.context else ""
            return f"{subject.title} ({scene_footer(subject, pack)})\n\n{subject.summary}{context}"
        case Track():
            credit = track_credit(subject)
            lines = [
                f"{subject.title}, from the soundtrack of {pack.film.title}{composed_by(pack)}.",
                f"{subject.description}.",
            ]
            return "\n".join(lines + ([credit] if credit else []))
        case Soundtrack():
            if not subject.tracks and subject.composer:
                return f"The score of {pack.film.title} is by {subject.composer}; no tracks are listed."
            if not subject.tracks:
                return f"No soundtrack is listed for {pack.film.title}."
            listing = "\n".join(
                f"{i}. {t.title}: {t.description}" + (f" ({t.credit})" if t.credit else "")
                for i, t in enumerate(subject.tracks, start=1)
            )
            return f"The soundtrack of {pack.film.title}{composed_by(pack, ' is by ')}. Tracks:\n{listing}"
        case Film():
            genre = f" ({subject.genre})" if subject.genre else ""
            names = ", ".join(c.name for c in pack.characters)
            return f"{subject.title}{genre}\n\n{subject.synopsis}" + (f"\n\nCharacters: {names}" if names else "")
        case Character():
            return f"{subject.name}: {subject.description}"
    return ""


def composed_by(pack: Pack, joiner: str = " by ") -> str:
    """ " by <composer>", or nothing when the pack names no composer."""
    return f"{joiner}{pack.soundtrack.composer}" if pack.soundtrack.composer else ""


def render_scene_list(pack: Pack) -> str:
    """The scenes numbered in film order, with the count: the one rendering of "list the scenes"."""
    listing = "\n".join(f"{scene.number}. {scene.title}" for scene in pack.scenes)
    scenes = "scene" if len(pack.scenes) == 1 else "scenes"
    return f"{pack.film.title} has {len(pack.scenes)} memorable {scenes}, in film order:\n{listing}"


def help_text(pack: Pack, missing: str = "") -> str:
    """What the bot can answer (only the parts this pack has); for a missing film fact, say first that the pack
    does not include it."""
    first = pack.scenes[0].title if pack.scenes else "a scene"
    lead = f"My film pack doesn't include {missing}, so I can't answer that. " if missing else ""
    parts = [f"its {len(pack.scenes)} memorable scenes"]
    examples = [f"“what happens in {first}?”"]
    if pack.soundtrack.tracks or pack.soundtrack.composer:
        parts.append("the soundtrack")
        examples.append("“who wrote the score?”" if pack.soundtrack.composer else "“list the tracks”")
    parts.append("the plot and genre" if pack.film.genre else "the plot")
    if pack.characters:
        parts.append("the main characters")
        examples.append(f"“who is {pack.characters[0].name}?”")
    known = ", ".join(parts[:-1]) + (", and " if len(parts) > 2 else " and ") + parts[-1]
    tries = ", ".join(examples[:-1]) + f" or {examples[-1]}" if len(examples) > 1 else examples[0]
    return f"{lead}I know {pack.film.title}: {known}. Try {tries}."
