"""The search index over a pack, built once: entries, term postings, names and the spelling vocabulary."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

from .answers import Kind, Subject
from .pack import Character, Pack, Scene, Track
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


def _entry_texts(subject: Subject, pack: Pack) -> tuple[list[str], list[str], list[str]]:
    """(names, keywords, body) of one entry."""
    match subject:
        case Scene():
            return [subject.title, *subject.aliases], list(subject.keywords), [subject.summary, subject.context]
        case Track():
            body = [subject.description, subject.credit or ""]
            return [subject.title, *subject.aliases], list(subject.keywords), body
        case Character():
            return [subject.name, *subject.aliases], list(subject.keywords), [subject.description]
    if subject is pack.soundtrack:
        names = [f"{pack.film.title} soundtrack", *subject.aliases]
        return names, list(subject.keywords), [subject.composer or ""]
    film = pack.film
    return [film.title, *film.aliases], list(film.keywords), [film.synopsis, film.genre or ""]


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
        self.exact: dict[str, set[int]] = defaultdict(set)
        self.phrases: dict[tuple[str, str], set[int]] = defaultdict(set)  # two terms side by side in a keyword
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
        for kind, title, subject in subjects:
            self._add(kind, title, subject)
        count = len(self.entries)
        self.idf = {t: math.log(1.0 + count / len(ids)) for t, ids in self.postings.items()}
        self.unknown_weight = math.log(1.0 + count / max(1.0, count * 0.15))
        for words in [*KIND_CUES.values(), *(group.split() for group in SYNONYM_GROUPS)]:
            for word in words:
                self.lexicon.stems_of_word(word)
        self.lexicon.reserve(reserved)  # the words the recognisers rely on: never "corrected"
        self.lexicon.freeze()
        self.postings.default_factory = None
        self.exact.default_factory = None
        self.phrases.default_factory = None
        # Each name is filed under its rarest word: a question can only name it if it holds that word.
        self.names_by_rarest: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for entry in self.entries:
            for position, needed in enumerate(entry.name_terms):
                if needed:
                    rarest = min(needed, key=lambda s: len(self.name_postings[s]))
                    self.names_by_rarest[rarest].append((entry.id, position))
        self.names_by_rarest.default_factory = None
        # Which entries hold each word in one of their names ("ballet": the track and the dream scene).
        self.name_holders = {s: tuple(dict.fromkeys(i for i, _ in pairs)) for s, pairs in self.name_postings.items()}
        del self.name_postings

    def _add(self, kind: Kind, title: str, subject: Subject) -> None:
        names, keywords, body = _entry_texts(subject, self.pack)
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
        weights: dict[str, float] = dict.fromkeys([canonical(s) for s in written], CUE_FIELD)
        for weight, texts in ((BODY_FIELD, body), (KEYWORD_FIELD, keywords), (NAME_FIELD, names)):
            stems = [s for text in texts for s in self.lexicon.stems(text)]
            written.update(stems)
            weights.update(dict.fromkeys([canonical(s) for s in stems], weight))
        for t, weight in weights.items():
            self.postings[t][entry.id] = weight
        for s in filter(is_group, written):
            self.exact[s].add(entry.id)
        for text in keywords:  # (whole names already earn the name bonus)
            terms = [canonical(s) for s in self.lexicon.stems(text)]
            for pair in zip(terms, terms[1:], strict=False):
                self.phrases[pair].add(entry.id)
        self.entries.append(entry)
        self.by_kind[kind].append(entry)

    def knows(self, word: str) -> bool:
        return self.lexicon.knows(word) or term(word) in self.postings
