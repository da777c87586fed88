"""Where a question is set, said in passing: the film's title ("could you tell me about Vicky Page from The Red
Shoes?"), and the story around a person ("the girl in the story").

There the title is where the question is set, not what it asks about, and its words ("red", "shoes") would
pull the question towards the film's own card. So a title written as a title is read as the setting: after
"in", "from", "of" or "for" it goes when the rest of the question says enough by itself ("the scene in The Red
Shoes where she chooses"), else it stays ("what happens in The Red Shoes?" asks about the film); said without
a preposition it reads "the film" ("is The Red Shoes a musical?").

Where the story itself uses the title's words (the red shoes she wears), only a capital "The" inside a sentence
marks the title: "why does Vicky wear the Red Shoes?" is about the shoes. A longer name
holding the title ("The Red Shoes Ballet", "Ballet of the Red Shoes", even misspelt) is never touched.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from .index import Index
from .text import fold, is_significant

ENOUGH_WITHOUT = 1  # significant words the rest of a question needs for "in <title>" to be only its setting


class FilmSetting:
    """Rewrites the film's title, said in passing, in one pack's questions (built once per engine)."""

    def __init__(self, index: Index, typo_similarity: float) -> None:
        films = index.by_kind.get("film")
        film = films[0] if films else None
        self._titles = [name.removeprefix("the ") for name in film.names] if film is not None else []
        self._longer = [
            name for entry in index.entries if entry.kind != "film" for name in entry.names if self._holds(name)
        ]
        self._goes_on = frozenset(
            rest.split()[0]
            for name in self._longer
            for title in self._titles
            if (rest := name.removeprefix("the ").removeprefix(title)) != name.removeprefix("the ") and rest[:1] == " "
        )
        self._similar = typo_similarity
        self._in_story = bool(self._titles) and _title_in_story(index, self._titles)
        written = [getattr(film.subject, "title", ""), *getattr(film.subject, "aliases", ())] if film else []
        self._pattern = _pattern(written)
        self._last_words = tuple({name.split()[-1].lower() for name in written if name.split()})

    def _said(self, question: str) -> bool:
        """A cheap test first: most questions hold no title's last word at all."""
        lowered = question.lower()
        return any(word in lowered for word in self._last_words)

    def _holds(self, name: str) -> bool:
        return any(f" {title} " in f" {name} " for title in self._titles)

    def read(self, question: str) -> str:
        """The question with the film's title, said in passing, read as its setting."""
        if self._pattern is None or not self._said(question) or self._pattern.search(question) is None:
            return question
        folded = f" {fold(question)} "
        if any(f" {name} " in folded for name in self._longer):
            return question  # "Ballet of the Red Shoes": a longer name holds the title
        return self._pattern.sub(self._as_setting, question)

    def _as_setting(self, found: re.Match[str]) -> str:
        setting = found["setting"]
        if self._in_story and not _titled(found):
            return found.group()  # "why does Vicky wear the Red Shoes?": the shoes of the story
        following = fold(found.string[found.end() : found.end() + 30]).split()[:1]
        if following and any(fuzz.ratio(following[0], word) >= self._similar for word in self._goes_on):
            return found.group()  # "Red Shoes Balet": the track, misspelt
        if not setting:
            return "the film"
        rest = found.string[: found.start()] + found.string[found.end() :]
        if sum(1 for word in fold(rest).split() if is_significant(word)) >= ENOUGH_WITHOUT:
            return ""  # "the scene in The Red Shoes where she chooses": the setting, nothing more
        return found.group()  # "what happens in The Red Shoes?": the title is all it asks about


# "the girl of the story", "the main heroine in the film", "who is he in the story": a person of the film, said
# with where they are (not "the composer of the story", which tells the composer in it from the film's own)
_PERSON_IN_THE_FILM = re.compile(
    r"\b(?P<person>(?:girl|boy|man|woman|guy|lady|heroine|hero|ballerina|dancer|character)s?|(?<=who is )(?:he|she)"
    r"|(?<=who s )(?:he|she)|(?<=who’s )(?:he|she)|(?<=who's )(?:he|she))"
    r" (?:of|in|from|within) (?:the|this) (?:story|film|movie)\b",
    re.IGNORECASE,
)


def person_of_the_film(question: str) -> str:
    """ "the girl in the story" as "the girl": a person of the film, whom "story" would pull to the film's card."""
    lowered = question.lower()
    if "story" not in lowered and "film" not in lowered and "movie" not in lowered:
        return question  # (most questions: no word for where it is set)
    if _PERSON_IN_THE_FILM.search(question) is None:
        return question
    return _PERSON_IN_THE_FILM.sub(r"\g<person>", question)


def _titled(found: re.Match[str]) -> bool:
    """ "about The Red Shoes" (a capital "The" inside a sentence): the title, even where the story says "the red
    shoes"; "The red shoes take over" opens a sentence, so its capital says nothing."""
    before = found.string[: found.start("the")].rstrip() if found["the"] == "The " else ""
    return bool(before) and before[-1] not in '.!?:;"“'


def _pattern(names: list[str]) -> re.Pattern[str] | None:
    """The film's title and aliases (`names`, as the pack writes them) typed with capitals ("The Red Shoes"), not
    in lower case ("the red shoes" may be the shoes themselves)."""
    written = {re.escape(name.removeprefix("The ")) for name in names if name and name != name.lower()}
    if not written:
        return None
    alternatives = "|".join(sorted(written, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’])(?P<setting>(?:[Ii]n|[Ff]rom|[Oo]f|[Ff]or) )?(?P<the>[Tt]he )?(?:{alternatives})(?![\w'’-])"
    )


def _title_in_story(index: Index, titles: list[str]) -> bool:
    """Does the story use the title's words ("the red shoes take over"): scenes, tracks or people's texts?"""
    texts = (
        f" {fold(' '.join(str(getattr(entry.subject, field, '') or '') for field in _TEXT_FIELDS))} "
        for entry in index.entries
        if entry.kind != "film"
    )
    return any(f" {title} " in text for text in texts for title in titles)


_TEXT_FIELDS = ("summary", "context", "description")
