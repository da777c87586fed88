"""Turn a film page into pack YAML: what the page says, in the pack's shape, with comments where a person
must review (proposed characters, spoilers, credits left out). Nothing the page doesn't say is written:
no keywords, and only mechanical aliases (a title without its leading article, a person's first and last
name)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from ..core.text import fold
from .page import Page, PageTrack, read_page
from .people import STYLED, Person, name_key, propose
from .yaml_text import comment, names, value

_GENRE = re.compile(r"^In this (?:classic )?([^,]{2,60}),")
# What may follow a genre before the comma: "island thriller set in the 1970s", "sports drama about a rowing crew"
_AFTER_GENRE = re.compile(r"\s+(?:set|about|that|which|where)\b.*$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+(?=\S)", re.IGNORECASE)
# The last word of a stated genre ("musical drama", "sci-fi thriller", "film noir").
GENRE_WORDS = frozenset(
    """drama comedy thriller noir adventure mystery romance western horror musical fantasy documentary animation
    satire tragedy melodrama epic biopic spy heist caper mockumentary whodunit romcom fable fairytale action
    crime war sci fi science fiction suspense saga""".split()
)
# Words that make "movie" or "film" a genre: "road movie", "disaster film", "sports film".
GENRE_MODIFIERS = frozenset(
    """road buddy disaster monster sports teen period heist war spy horror action art indie cult silent slasher
    zombie superhero dance ballet family christmas holiday gangster prison courtroom coming age martial arts
    kung fu samurai space creature""".split()
)
_FILM_NOUNS = frozenset("movie film picture flick".split())
# A credit made only of these words names a film department, not a performer ("by Cinematography").
DEPARTMENT_WORDS = frozenset(
    """cinematography sound design editing editor film visual effects vfx production costume art direction
    lighting camera photography choreography foley mixing makeup hair set decoration and""".split()
)


def import_page(path: str | Path) -> str:
    """The pack YAML for the page at `path`; PageError when it isn't a film page."""
    return render_pack(read_page(path))


def genre_of(synopsis: str) -> str | None:
    """The genre the synopsis states ("In this classic drama, ..." gives "drama"), or None: "In this
    heartwarming tale, ..." states none."""
    found = _GENRE.match(synopsis)
    said = _AFTER_GENRE.sub("", found.group(1)).strip() if found else ""
    words = fold(said).split()
    if not words or len(words) > 5:
        return None
    # "In this road movie": a kind of film said with "movie" or "film"; "in this heartwarming film" says none
    kind = words[-1] in _FILM_NOUNS and len(words) > 1 and words[-2] in GENRE_MODIFIERS
    return said if words[-1] in GENRE_WORDS or kind else None


def is_department(credit: str) -> bool:
    words = fold(credit).split()
    return bool(words) and all(word in DEPARTMENT_WORDS for word in words)


def without_article(title: str) -> str | None:
    bare = _ARTICLE.sub("", title)
    return bare if bare != title else None


class _Aliases:
    """Mechanical aliases that stay unique within a kind, as the loader requires: a name two entries share
    ("Lambert" for Noé and Hélène Lambert) or that is another entry's title names neither, and is left out."""

    def __init__(self, proposals: dict[str, list[str]], titles: list[str]) -> None:
        counts = Counter(fold(a) for aliases in proposals.values() for a in dict.fromkeys(aliases))
        taken = {fold(t) for t in titles}
        self.kept = {
            owner: [a for a in dict.fromkeys(aliases) if counts[fold(a)] == 1 and fold(a) not in taken]
            for owner, aliases in proposals.items()
        }
        self.dropped = {
            owner: [a for a in dict.fromkeys(aliases) if a not in self.kept[owner]]
            for owner, aliases in proposals.items()
        }


def _optional(items: list[str | None]) -> list[str]:
    return [i for i in items if i]


def render_pack(page: Page) -> str:
    texts = [t for scene in page.scenes for t in (scene.summary, scene.context) if t]
    people = propose(page.synopsis, texts, exclude=[page.title, *(t.title for t in page.tracks)])
    lines = comment(
        f"{page.title}: imported from {Path(page.source).name} by `python -m bot pack import`.\n"
        "Everything below is the page's own text. Review the comments marked REVIEW, then run\n"
        "`python -m bot validate` on this file. keywords: add other words for an entry if you like.",
        0,
    )
    lines += ["", "film:", *value("title", page.title, 2)]
    genre = genre_of(page.synopsis)
    lines += value("genre", genre, 2) if genre else comment("genre: the page states none", 2)
    lines += value("synopsis", page.synopsis, 2)
    lines += names("aliases", _optional([without_article(page.title)]), 2)
    lines += _characters(people)
    lines += _soundtrack(page)
    lines += _scenes(page)
    return "\n".join(lines) + "\n"


def _mechanical_aliases(person: Person) -> list[str]:
    """A person's first and last name, and their nicknames; for "Sir Geoffrey Pembury" also "Sir Geoffrey" and the
    name without the style."""
    words = person.name.split()
    if name_key(words[0]) in STYLED and len(words) > 2:
        return [" ".join(words[1:]), " ".join(words[:2]), words[1], words[-1], *person.nicknames]
    return [words[0], words[-1], *person.nicknames]


def _characters(people: list[Person]) -> list[str]:
    if not people:
        return ["", *comment("characters: the synopsis names no one in full; add them by hand if you like.", 0)]
    proposals = {p.name: _mechanical_aliases(p) for p in people}
    aliases = _Aliases(proposals, [p.name for p in people])
    lines = [
        "",
        *comment(
            "REVIEW: characters proposed from the people the synopsis names in full; each description is the\n"
            "synopsis sentence about them (or the part of it, where it names several). Check the names, trim the\n"
            "descriptions, and check each pronoun: set only where the page's pronouns point at the person.",
            0,
        ),
        "characters:",
    ]
    for person in people:
        lines += value("name", person.name, 4, first=True)
        lines += value("description", person.description, 4)
        evidence = ", ".join(f"{pronoun} {count}x" for pronoun, count in sorted(person.votes.items()))
        if person.pronoun:
            lines.append(f"    pronoun: {person.pronoun}  # the page's pronouns that point at them: {evidence}")
        else:
            lines += comment(f"pronoun: unclear from the page ({evidence or 'no pronoun points at them'})", 4)
        lines += names("aliases", aliases.kept[person.name], 4)
        if aliases.dropped[person.name]:
            shared = ", ".join(aliases.dropped[person.name])
            lines += comment(f"not an alias: {shared} (another character has it too)", 4)
    return lines


def _soundtrack(page: Page) -> list[str]:
    if not page.tracks and not page.composer:
        return ["", *comment("soundtrack: the page lists none.", 0)]
    lines = ["", "soundtrack:"]
    lines += value("composer", page.composer, 2) if page.composer else comment("composer: the page names none", 2)
    if not page.tracks:
        return lines + comment("tracks: the page lists none", 2)
    lines.append("  tracks:")
    aliases = _Aliases(
        {t.title: _optional([without_article(t.title)]) for t in page.tracks}, [t.title for t in page.tracks]
    )
    for track in page.tracks:
        lines += _track(track, aliases.kept[track.title])
    return lines


def _track(track: PageTrack, aliases: list[str]) -> list[str]:
    lines = value("title", track.title, 6, first=True)
    lines += value("description", track.description, 6)
    if track.credit and is_department(track.credit):
        lines += comment(
            f'left out: the page credits this track "by {track.credit}", a film department, not a performer', 6
        )
    elif track.credit:
        lines += value("credit", track.credit, 6)
    return lines + names("aliases", aliases, 6)


def _scenes(page: Page) -> list[str]:
    lines = [
        "",
        *comment(
            "REVIEW spoilers: the importer can't tell which scenes give the ending away, so it marks none.\n"
            "Set spoiler: true on those that do (servers hide them behind spoiler bars).",
            0,
        ),
        "scenes:",
    ]
    aliases = _Aliases(
        {s.title: _optional([without_article(s.title)]) for s in page.scenes}, [s.title for s in page.scenes]
    )
    for scene in page.scenes:
        lines += value("title", scene.title, 4, first=True)
        lines += value("summary", scene.summary, 4)
        lines += value("context", scene.context, 4) if scene.context else comment("context: the page gives none", 4)
        lines.append("    spoiler: false")
        lines += names("aliases", aliases.kept[scene.title], 4)
    return lines
