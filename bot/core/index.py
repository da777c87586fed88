"""The search index over a pack, built once: entries, term postings, names and the spelling vocabulary."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from .answers import Kind, Subject
from .pack import Character, Pack, Scene, Track
from .text import fold, stem
from .vocabulary import FRAME_WORDS, KIND_CUES, SLANG, STOPWORDS, SYNONYM_GROUPS

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
    terms: dict[str, float] = field(default_factory=dict)  # term -> best field weight
    stems: frozenset[str] = frozenset()  # stems as written, to tell an exact match from a synonym


def _canonical_map() -> dict[str, str]:
    canonical: dict[str, str] = {}
    for group in SYNONYM_GROUPS:
        words = group.split()
        head = stem(words[0])
        for word in words:
            canonical.setdefault(stem(word), head)
    return canonical


_CANONICAL = _canonical_map()


def term(word: str) -> str:
    """The index term for one folded word: stemmed, then mapped onto its synonym group."""
    stemmed = stem(word)
    return _CANONICAL.get(stemmed, stemmed)


def is_significant(word: str) -> bool:
    """Words that can tell one entry from another: not filler, not a word naming a kind of thing."""
    return bool(word) and word not in STOPWORDS and word not in FRAME_WORDS and stem(word) not in STOPWORDS


def stems_of(text: str) -> list[str]:
    """Stems of the significant words of a text, in order."""
    return [stem(part) for word in fold(text).split() for part in SLANG.get(word, word).split()
            if is_significant(part)]


def terms_of(text: str) -> list[str]:
    """Significant terms of a text (stems mapped onto synonym groups), in order."""
    return [_CANONICAL.get(s, s) for s in stems_of(text)]


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
        return names, list(subject.keywords), [subject.composer]
    film = pack.film
    return [film.title, *film.aliases], list(film.keywords), [film.synopsis, film.genre]


class Index:
    """Everything the answerer looks things up in; immutable once built."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.entries: list[Entry] = []
        self.by_kind: dict[Kind, list[Entry]] = defaultdict(list)
        self.by_name: dict[tuple[Kind, str], Entry] = {}
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.name_postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self.vocab_by_initial: dict[str, set[str]] = defaultdict(set)
        self.spelling: dict[str, tuple[str, ...]] = {}

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
        for words in KIND_CUES.values():
            self._learn_words(words)
        for group in SYNONYM_GROUPS:
            self._learn_words(group.split())
        self.spelling = {initial: tuple(sorted(words)) for initial, words in self.vocab_by_initial.items()}

    def _add(self, kind: Kind, title: str, subject: Subject) -> None:
        names, keywords, body = _entry_texts(subject, self.pack)
        folded_names = tuple(dict.fromkeys(n for n in (fold(x) for x in names) if n))
        entry = Entry(len(self.entries), kind, title, subject, folded_names, ())
        name_terms = []
        for position, name in enumerate(folded_names):
            significant = tuple(dict.fromkeys(stems_of(name)))
            name_terms.append(significant)
            for t in significant:
                self.name_postings[t].append((entry.id, position))
            self.by_name.setdefault((kind, name), entry)
        entry.name_terms = tuple(name_terms)
        stems: set[str] = set()
        for weight, texts in ((CUE_FIELD, KIND_CUES[kind]), (BODY_FIELD, body), (KEYWORD_FIELD, keywords),
                              (NAME_FIELD, names)):
            for text in texts:
                self._learn_words(fold(text).split())
                for s in stems_of(text):
                    t = _CANONICAL.get(s, s)
                    stems.add(s)
                    entry.terms[t] = max(weight, entry.terms.get(t, 0.0))
        entry.stems = frozenset(stems)
        for t in entry.terms:
            self.postings[t].append(entry.id)
        self.entries.append(entry)
        self.by_kind[kind].append(entry)

    def _learn_words(self, words: list[str]) -> None:
        for word in words:
            if len(word) >= 3 and is_significant(word) and not word.isdigit():
                self.vocab_by_initial[word[0]].add(word)

    def knows(self, word: str) -> bool:
        return word in self.vocab_by_initial.get(word[:1], ()) or term(word) in self.postings
