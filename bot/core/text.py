"""Words, treated one way for the pack and for questions: folding, slang, filler, stems, terms and spelling.

The index files a pack's text through a `Lexicon` and the question reader reads questions through the
same one, so a word means the same on both sides.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import snowballstemmer
from anyascii import anyascii
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .english import is_common_word
from .vocabulary import FRAME_WORDS, PHRASES, QUESTION_WORDS, SLANG, STOPWORDS, SYNONYM_GROUPS

_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:\d+(?::\w)?>|</[\w -]+:\d+>|@(?:everyone|here)\b")
_LEADING_HANDLE = re.compile(r"^\s*@\S+")
_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u2018`\u00b4](?=\w)")
_NON_WORD = re.compile(r"[^a-z0-9]+")

SPELLING_CUTOFF = 80.0  # rapidfuzz ratio a typo must reach to be read as a known word ("qestion" ~ "question": 93)
CORRECTION_CACHE = 50_000  # unknown words remembered with their correction (cleared when full: memory stays bounded)
MIN_SPELLING_LENGTH = 4  # shorter unknown words are only checked for swapped letters ("hwo" -> "who")


def strip_discord(text: str) -> str:
    """Remove user/role/channel/command mentions, custom emoji, timestamps, @everyone/@here, a leading @handle."""
    return _LEADING_HANDLE.sub(" ", _MENTION.sub(" ", text))


@lru_cache(maxsize=8192)
def _ascii_of(char: str) -> str:
    """One non-ASCII character spelt in ASCII; a symbol or emoji is a space (not ':grinning:')."""
    return " " if unicodedata.category(char).startswith("S") else anyascii(char)


def transliterate(text: str) -> str:
    """Any script spelt in ASCII letters: 'Søren' -> 'Soren', 'Łódź' -> 'Lodz', 'Москва' -> 'Moskva'."""
    return text if text.isascii() else "".join(c if c.isascii() else _ascii_of(c) for c in text)


def fold(text: str) -> str:
    """Case-, script- and punctuation-insensitive form: 'Entr’acte!' -> 'entracte', 'Søren' -> 'soren'.

    Letters of any script are transliterated (anyascii), so a name means the same whichever way it is
    written, and only ASCII letters and digits survive."""
    joined = _APOSTROPHE.sub("", transliterate(text).casefold())
    return _NON_WORD.sub(" ", joined).strip()


def normalise(text: str) -> str:
    """What the answerer reads: Discord markup gone, then folded."""
    return fold(strip_discord(text))


_PHRASE = re.compile(r"\b(?:" + "|".join(sorted(PHRASES, key=len, reverse=True)) + r")\b")


def phrases(folded: str) -> str:
    """Phrasal verbs as the word they mean: "she falls for him" -> "she love him"."""
    return _PHRASE.sub(lambda match: PHRASES[match.group()], folded) if " " in folded else folded


def words(text: str) -> list[str]:
    """The folded words of a question, chat slang expanded ("wat r u" -> "what are you")."""
    slang = " ".join(w for raw in normalise(text).split() for w in SLANG.get(raw, raw).split())
    return phrases(slang).split()


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem: collapse, collapses, collapsing -> collaps; movie, movies -> movi."""
    return word if word.isdigit() else _STEMMER.stemWord(word)


def is_significant(word: str) -> bool:
    """Words that can tell one entry from another: not filler, not a word naming a kind of thing."""
    return bool(word) and word not in STOPWORDS and word not in FRAME_WORDS and stem(word) not in STOPWORDS


def _canonical_map() -> dict[str, str]:
    canonical: dict[str, str] = {}
    for group in SYNONYM_GROUPS:
        members = group.split()
        head = stem(members[0])
        for member in members:
            canonical.setdefault(stem(member), head)
    return canonical


_CANONICAL = _canonical_map()


def term(word: str) -> str:
    """The index term for one folded word: stemmed, then mapped onto its synonym group."""
    stemmed = stem(word)
    return _CANONICAL.get(stemmed, stemmed)


def canonical(stem_: str) -> str:
    """The synonym group a stem belongs to (itself when it has none)."""
    return _CANONICAL.get(stem_, stem_)


def is_group(stem_: str) -> bool:
    """Is this stem one of the words of a synonym group?"""
    return stem_ in _CANONICAL


class Lexicon:
    """The words one pack uses: each folded word's stems (learnt as the pack is filed) and the spelling
    vocabulary that questions are corrected against."""

    def __init__(self) -> None:
        self._stems: dict[str, tuple[str, ...]] = {}
        self._known: set[str] = set()
        self._by_length: dict[int, tuple[str, ...]] = {}
        self._corrected: dict[tuple[str, bool], tuple[str, bool]] = {}  # typos seen before; bounded below

    def stems_of_word(self, word: str) -> tuple[str, ...]:
        """The stems one folded word contributes (slang expanded, filler dropped); learnt for spelling."""
        found = self._stems.get(word)
        if found is not None:
            return found
        stems = []
        for part in SLANG.get(word, word).split():
            if is_significant(part):
                stems.append(stem(part))
                if len(part) >= 3 and not part.isdigit():
                    self._known.add(part)
        self._stems[word] = found = tuple(stems)
        return found

    def stems(self, text: str) -> list[str]:
        """The stems of the significant words of any text."""
        cache = self._stems
        out: list[str] = []
        for word in phrases(fold(text)).split():
            stems = cache.get(word)
            out.extend(stems if stems is not None else self.stems_of_word(word))
        return out

    def reserve(self, words: frozenset[str] | set[str]) -> None:
        """Words the question reader relies on ("eighth", "before"): known as typed, never corrected."""
        self._known.update(w for w in words if len(w) >= 3)

    def freeze(self) -> None:
        """Done learning: index the vocabulary by word length for spelling correction."""
        buckets: dict[int, list[str]] = {}
        for word in self._known:
            buckets.setdefault(len(word), []).append(word)
        self._by_length = {length: tuple(sorted(group)) for length, group in buckets.items()}

    def knows(self, word: str) -> bool:
        return word in self._known

    def correct(self, word: str, *, known_term: bool = False) -> tuple[str, bool]:
        """The pack word a typo most likely meant, any letter wrong, first one included; (word, fixed?)."""
        if word.isdigit() or word in self._known or known_term:
            return word, False
        found = self._corrected.get((word, known_term))
        if found is None:
            if len(self._corrected) >= CORRECTION_CACHE:
                self._corrected.clear()
            found = self._corrected[(word, known_term)] = self._correct(word)
        return found

    def _correct(self, word: str) -> tuple[str, bool]:
        swapped = _swapped_question_word(word)
        if swapped[1] or len(word) < MIN_SPELLING_LENGTH or not is_significant(word) or is_common_word(word):
            return swapped  # a real word the pack doesn't use ("center", "routine") is not a typo of one it does
        spread = 0 if len(word) <= 5 else 1 if len(word) < 7 else 2  # "black" is not "lack"
        best: tuple[str, float] | None = None
        for length in range(len(word) - spread, len(word) + spread + 1):
            for found, score, _ in process.extract(
                word, self._by_length.get(length, ()), scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF, limit=3
            ):
                # Short words are one edit away or not at all: "mvoie" is "movie", "third" is not "hired"; a letter
                # more or less is not at the start: "closes" is not "loses", "tonight" is not "night".
                if len(found) != len(word) and found[0] != word[0]:
                    continue
                if (best is None or score > best[1]) and (len(word) > 5 or OSA.distance(word, found) <= 1):
                    best = (found, score)
        return (best[0], True) if best else (word, False)


def _swapped_question_word(word: str) -> tuple[str, bool]:
    """ "hwo" -> "who", "waht" -> "what": two letters swapped in a short question word."""
    if word in STOPWORDS:
        return word, False
    for question in QUESTION_WORDS:
        if len(question) == len(word) and sorted(question) == sorted(word) and OSA.distance(word, question) == 1:
            return question, True
    return word, False
