"""The search index over a pack, built once: entries, term postings, names and the spelling vocabulary."""

from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from .answers import Kind, Subject
from .nicknames import nicknames
from .pack import Character, Pack, Scene, Track
from .roles import character_roles, possessed_roles
from .text import Lexicon, canonical, fold, is_group, term
from .vocabulary import KIND_CUES, SYNONYM_GROUPS

# How much a term counts depending on where the entry holds it.
NAME_FIELD, KEYWORD_FIELD, BODY_FIELD, CUE_FIELD = 1.0, 0.85, 0.75, 0.5


@dataclass(slots=True)
class Entry:
    id: int
    kind: Kind
    title: str
    subject: Subject
    names: tuple[str, ...]  # folded title first, then folded aliases
    name_terms: tuple[tuple[str, ...], ...]  # the stems of each name's significant words (no synonyms)


def _with_spaced_apostrophes(names: list[str]) -> list[str]:
    """Each name, and each name with an apostrophe inside a word as a space: "Rock'n'roll Waltz" is also typed
    "rock n roll waltz", which folds to other words than "rocknroll"."""
    return [*names, *(spaced for name in names if (spaced := _INNER_APOSTROPHE.sub(" ", name)) != name)]


# inside a word, between two parts of three letters or more: not a possessive ("Ada's") nor "D'Arcy", "O'Neill"
_INNER_APOSTROPHE = re.compile(r"(?<=\w{3})['’](?=\w{3})")


def _entry_texts(
    subject: Subject, pack: Pack, roles: dict[str, list[str]], called: dict[str, tuple[str, ...]]
) -> tuple[list[str], list[str], list[str]]:
    """(names, keywords, body) of one entry; a character's role words (roles.py) count as keywords, and the
    nicknames the page gives them (nicknames.py) as names."""
    match subject:
        case Scene():
            return [subject.title, *subject.aliases], list(subject.keywords), [subject.summary, subject.context]
        case Track():
            # Whom a track alone is credited to names it ("the piece Walter Goehr did"); not the composer, whom
            # the soundtrack's text holds.
            credit = [subject.credit] if subject.credit and subject.credit != pack.soundtrack.composer else []
            return [subject.title, *subject.aliases, *credit], list(subject.keywords), [subject.description]
        case Character():
            return (
                [subject.name, *subject.aliases, *called.get(subject.name, ())],
                [*subject.keywords, *roles.get(subject.name, ())],
                [subject.description],
            )
    if subject is pack.soundtrack:
        names = [f"{pack.film.title} soundtrack", *subject.aliases]
        return names, list(subject.keywords), [subject.composer or ""]
    film = pack.film
    return [film.title, *film.aliases], list(film.keywords), [film.synopsis, film.genre or ""]


@lru_cache(maxsize=4)
def _general_words(reserved: frozenset[str]) -> frozenset[str]:
    """Words every pack knows as typed: the kind cues, the synonym groups' words and `reserved`."""
    general = Lexicon()
    for words in [*KIND_CUES.values(), *(group.split() for group in SYNONYM_GROUPS)]:
        for word in words:
            general.stems_of_word(word)
    return frozenset(general.words()) | {w for w in reserved if len(w) >= 3}


SHARED_VALUES = 100_000  # small postings kept once for every pack (beyond it, each pack keeps its own)
SMALL_VALUE = 2  # postings of up to this many entries are shared: there are few different ones
_SHARED: dict[object, object] = {}
Small = TypeVar("Small", dict[int, float], frozenset[int], tuple[int, ...])


def shared(value: Small) -> Small:
    """The one copy of a small posting that every pack's index uses (they never change once built)."""
    if len(value) > SMALL_VALUE:
        return value
    key = (type(value), tuple(value.items()) if isinstance(value, dict) else tuple(value))
    found = _SHARED.get(key)
    if found is None:
        if len(_SHARED) < SHARED_VALUES:
            _SHARED[key] = value
        return value
    return found  # type: ignore[return-value]


class Index:
    """Everything the answerer looks things up in; immutable once built.

    `postings[term]` maps entry id -> the best field weight of that term in the entry; `exact[stem]` lists
    the entries holding a word of a synonym group as written, to tell exact matches from synonyms.
    """

    def __init__(self, pack: Pack, reserved: frozenset[str] = frozenset()) -> None:
        self.pack = pack
        self.entries: list[Entry] = []
        self.by_kind: dict[Kind, list[Entry]] = defaultdict(list)
        self.by_name: dict[tuple[Kind, str], Entry] = {}
        self.postings: dict[str, dict[int, float]] = defaultdict(dict)
        self.exact: dict[str, frozenset[int]] = {}
        self.phrases: dict[tuple[str, str], frozenset[int]] = {}
        self._exact: dict[str, set[int]] = defaultdict(set)  # (while built)
        self._phrases: dict[tuple[str, str], set[int]] = defaultdict(set)  # two terms side by side in a keyword
        self.name_postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.lexicon = Lexicon()
        self._cue_stems = {kind: set(self.lexicon.stems(" ".join(words))) for kind, words in KIND_CUES.items()}

        subjects: list[tuple[Kind, str, Subject]] = [
            *(("scene", s.title, s) for s in pack.scenes),
            *(("track", t.title, t) for t in pack.soundtrack.tracks),
            ("soundtrack", pack.film.title, pack.soundtrack),
            ("film", pack.film.title, pack.film),
            *(("character", c.name, c) for c in pack.characters),
        ]
        self.possessed = possessed_roles(pack)  # whose someone is, as the synopsis tells it (roles.py)
        roles = character_roles(pack, self.possessed)
        self.nicknames = nicknames(pack)  # "the men call him Beni": another name of his
        # each character's role words as index terms ("the pilot", "the grandma"): roles.py
        self.role_terms: dict[str, frozenset[str]] = {
            name: frozenset(term(w) for w in words) for name, words in roles.items()
        }
        # ... and as written, for a word that must be the role itself ("composer", not "composed")
        self.role_words: dict[str, frozenset[str]] = {name: frozenset(words) for name, words in roles.items()}
        for kind, title, subject in subjects:
            self._add(kind, title, subject, roles)
        self._shared_descriptions()
        count = len(self.entries)
        self._idf_by_holders = tuple(math.log(1.0 + count / max(1, n)) for n in range(count + 1))
        self.unknown_weight = math.log(1.0 + count / max(1.0, count * 0.15))
        self.lexicon.freeze(_general_words(reserved), self._people_words())  # the recognisers': never "corrected"
        # Built engines stay in memory by the hundred: the many small postings (one entry, one weight) are
        # shared with every other pack's, and the sets frozen.
        self.postings = {t: shared(posting) for t, posting in self.postings.items()}
        self.exact = {s: shared(frozenset(ids)) for s, ids in self._exact.items()}
        self.phrases = {pair: shared(frozenset(ids)) for pair, ids in self._phrases.items()}
        del self._exact, self._phrases
        # Each name is filed under its rarest word: a question can only name it if it holds that word.
        self.names_by_rarest: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for entry in self.entries:
            for position, needed in enumerate(entry.name_terms):
                if needed:
                    rarest = min(needed, key=lambda s: len(self.name_postings[s]))
                    self.names_by_rarest[rarest].append((entry.id, position))
        self.names_by_rarest.default_factory = None
        # Which entries hold each word in one of their names ("ballet": the track and the dream scene).
        self.name_holders = {
            s: shared(tuple(dict.fromkeys(i for i, _ in pairs))) for s, pairs in self.name_postings.items()
        }
        del self.name_postings

    def _people_words(self) -> frozenset[str]:
        """The words of the characters' names (a name typed is not corrected into another one)."""
        return frozenset(w for e in self.entries if e.kind == "character" for name in e.names for w in name.split())

    def _add(self, kind: Kind, title: str, subject: Subject, roles: dict[str, list[str]]) -> None:
        names, keywords, body = _entry_texts(subject, self.pack, roles, self.nicknames)
        names = _with_spaced_apostrophes(names)
        folded_names = tuple(dict.fromkeys(n for n in (fold(x) for x in names) if n))
        entry = Entry(len(self.entries), kind, title, subject, folded_names, ())
        name_terms = []
        for position, name in enumerate(folded_names):
            significant = tuple(dict.fromkeys(self.lexicon.stems(name)))
            name_terms.append(significant)
            for s in significant:
                self.name_postings[s].append((entry.id, position))
            self.by_name.setdefault((kind, name), entry)
        entry.name_terms = tuple(name_terms)
        # Fields in rising weight order, so a later (stronger) field overwrites a weaker one.
        written = set(self._cue_stems[kind])
        # The soundtrack is all its kind's words say ("the music", "the score"): for it they weigh as keywords.
        cue_weight = KEYWORD_FIELD if kind == "soundtrack" else CUE_FIELD
        weights: dict[str, float] = dict.fromkeys([canonical(s) for s in written], cue_weight)
        for weight, texts in ((BODY_FIELD, body), (KEYWORD_FIELD, keywords), (NAME_FIELD, names)):
            stems = [s for text in texts for s in self.lexicon.stems(text)]
            written.update(stems)
            weights.update(dict.fromkeys([canonical(s) for s in stems], weight))
        for t, weight in weights.items():
            self.postings[t][entry.id] = weight
        for s in filter(is_group, written):
            self._exact[s].add(entry.id)
        for text in keywords:  # (whole names already earn the name bonus)
            terms = [canonical(s) for s in self.lexicon.stems(text)]
            for pair in zip(terms, terms[1:], strict=False):
                self._phrases[pair].add(entry.id)
        self.entries.append(entry)
        self.by_kind[kind].append(entry)

    def _shared_descriptions(self) -> None:
        """Characters described by the same text (an imported pack describes each person by the synopsis
        sentence naming them, often one sentence for several) can't be told apart by its words: for them those
        words count only as a cue, and what tells them apart (names, roles) decides."""
        by_text: dict[str, list[int]] = defaultdict(list)
        for entry in self.by_kind.get("character", []):
            by_text[fold(getattr(entry.subject, "description", ""))].append(entry.id)
        for sharing in (ids for ids in by_text.values() if len(ids) > 1):
            for posting in self.postings.values():
                described = [i for i in sharing if posting.get(i) == BODY_FIELD]
                if len(described) > 1:
                    posting.update(dict.fromkeys(described, CUE_FIELD))

    def idf(self, t: str) -> float:
        """How rare a term is among the entries (a term no entry holds counts as rare-ish)."""
        holders = self.postings.get(t)
        return self._idf_by_holders[len(holders)] if holders else self.unknown_weight

    def knows(self, word: str) -> bool:
        return self.lexicon.knows(word) or term(word) in self.postings
