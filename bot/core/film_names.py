"""Every film's title and aliases, folded: which film a question names, and title autocomplete.

Built from titles alone (no index), so a library of a thousand films finds "in <title>" in a question with
a few dictionary look-ups per word, and completes a typed title without building any film's engine.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz, process

from .text import fold

ARTICLES = ("the ", "a ", "an ")
MAX_COMPLETIONS = 25  # Discord's limit for autocomplete choices
FUZZY_CUTOFF = 75.0  # rapidfuzz QRatio a mistyped title must reach ("lantren coast" ~ "lantern coast")
MIN_FUZZY = 4  # shorter text is a prefix being typed, not a typo
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Mention:
    """A film named in a question: its key and where its name sits among the question's words."""

    key: str
    start: int
    end: int


def names_of(title: str, aliases: tuple[str, ...] = ()) -> list[str]:
    """The folded names a film goes by: its title, its aliases, and each without a leading article."""
    names: list[str] = []
    for name in (fold(n) for n in (title, *aliases)):
        bare = next((name.removeprefix(a) for a in ARTICLES if name.startswith(a)), name)
        names += [n for n in (name, bare) if n and n not in names]
    return names


class FilmNames:
    """Folded film names -> film key. A name two films share names neither (it cannot route a question)."""

    def __init__(self, films: dict[str, tuple[str, tuple[str, ...]]]) -> None:
        """`films`: key -> (title, aliases)."""
        owners: dict[str, set[str]] = {}
        for key, (title, aliases) in films.items():
            for name in names_of(title, aliases):
                owners.setdefault(name, set()).add(key)
        self.keys = {name: next(iter(keys)) for name, keys in owners.items() if len(keys) == 1}
        self.longest = max((len(name.split()) for name in self.keys), default=0)
        # Autocomplete: (folded title, title, key) sorted, so a prefix is a bisect away; word starts too.
        self._titles = sorted((fold(title), title, key) for key, (title, _) in films.items())
        self._plain = [folded for folded, _, _ in self._titles]
        self._folded = [(folded, position) for position, (folded, _, _) in enumerate(self._titles)]
        self._words = sorted((later, position) for folded, position in self._folded for later in _word_suffixes(folded))

    def mentions(self, words: list[str]) -> list[Mention]:
        """Films named in these folded words, left to right, longest name first at each place, never overlapping."""
        found: list[Mention] = []
        start = 0
        while start < len(words):
            for end in range(min(len(words), start + self.longest), start, -1):
                key = self.keys.get(" ".join(words[start:end]))
                if key is not None:
                    found.append(Mention(key, start, end))
                    start = end
                    break
            else:
                start += 1
        return found

    def complete(self, text: str, limit: int = MAX_COMPLETIONS) -> list[tuple[str, str]]:
        """(title, key) of the films whose title starts with the typed text, then those with a word that does."""
        typed = fold(text[:100])
        if not typed:
            return [(title, key) for _, title, key in self._titles[:limit]]
        picked = [position for _, position in _starting_with(self._folded, typed, limit)]
        if len(picked) < limit:
            picked = list(
                dict.fromkeys([*picked, *(position for _, position in _starting_with(self._words, typed, limit))])
            )
        if not picked and len(typed) >= MIN_FUZZY:  # nothing starts so: a typo, the closest whole titles
            close = process.extract(typed, self._plain, scorer=fuzz.QRatio, limit=limit, score_cutoff=FUZZY_CUTOFF)
            picked = list(dict.fromkeys([*picked, *(position for _, _, position in close)]))
        return [(self._titles[p][1], self._titles[p][2]) for p in picked[:limit]]


def _word_suffixes(folded: str) -> list[str]:
    """The title from each of its later words on: "the red shoes" -> "red shoes", "shoes"."""
    words = folded.split()
    return [" ".join(words[i:]) for i in range(1, len(words))]


def _starting_with(items: list[tuple[str, T]], typed: str, limit: int) -> list[tuple[str, T]]:
    """The first `limit` items (sorted by their text) whose text starts with `typed`: a bisect, then a short walk."""
    found: list[tuple[str, T]] = []
    for position in range(bisect.bisect_left(items, (typed,)), len(items)):
        if not items[position][0].startswith(typed) or len(found) == limit:
            break
        found.append(items[position])
    return found
