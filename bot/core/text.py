"""Words, treated one way for the pack and for questions: folding, slang, filler, stems, terms and spelling.

The index files a pack's text through a `Lexicon` and the question reader reads questions through the
same one, so a word means the same on both sides.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

import snowballstemmer
from anyascii import anyascii
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from .english import american_spellings, is_common_word
from .vocabulary import (
    AT_THE_END,
    FRAME_WORDS,
    IN_YOUR_WORDS,
    PHRASES,
    QUESTION_WORDS,
    RETELLING_GROUPS,
    SLANG,
    STOPWORDS,
    SYNONYM_GROUPS,
    THEIR_DEAL,
)

_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:\d+(?::\w)?>|</[\w -]+:\d+>|@(?:everyone|here)\b")
_LEADING_HANDLE = re.compile(r"^\s*@\S+")
_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u2018`\u00b4](?=\w)")
# "Mavis's" as "Mavis", like "Mavis'": "maviss" would be a word of its own, where "ada's" stems as "ada"
S_POSSESSIVE = re.compile(r"(?<=s)['\u2019\u2018`\u00b4]s\b", re.IGNORECASE)
_NON_WORD = re.compile(r"[^a-z0-9]+")

SPELLING_CUTOFF = 80.0  # rapidfuzz ratio a typo must reach to be read as a known word ("qestion" ~ "question": 93)
CORRECTION_CACHE = 2_000  # unknown words one pack remembers with their correction (cleared when full: bounded)
WORD_CACHE = 65_536  # folded words of every pack remembered with their stems (shared by every engine)
MIN_SPELLING_LENGTH = 4  # shorter unknown words are only checked for swapped letters ("hwo" -> "who")
MISSING_LETTER_LENGTH = 5  # words this long may have left a letter out ("balet"); shorter ones are too alike


def strip_discord(text: str) -> str:
    """Remove user/role/channel/command mentions, custom emoji, timestamps, @everyone/@here, a leading @handle."""
    if "<" not in text and "@" not in text:
        return text  # most messages: no markup at all
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
    joined = _APOSTROPHE.sub("", S_POSSESSIVE.sub("", transliterate(text).casefold()))
    return _NON_WORD.sub(" ", joined).strip()


def normalise(text: str) -> str:
    """What the answerer reads: Discord markup gone, then folded."""
    return fold(strip_discord(text))


_PHRASE = re.compile(r"\b(?:" + "|".join(sorted(PHRASES, key=len, reverse=True)) + r")\b")


_PHRASE_STARTS = frozenset(phrase.split()[0] for phrase in PHRASES)
_ASKED_FOR = re.compile(r"\bwhat(?: is| s| was)?\s*$|\bwhats\s*$")


def _unless_asked_for(found: re.Match[str]) -> str:
    """ "how is he described in your summary?" -> "how is he described"; but "what's in your summary?" asks for it."""
    said_of = found.group().rstrip().endswith((" of", " on"))  # "what's in your summary of julian": of him
    return found.group() if not said_of and _ASKED_FOR.search(found.string[: found.start()]) else ""


Rewrite = tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]
# Idioms read apart from PHRASES (a pattern each), each group tried only when the text holds one of its cues
_REWRITES: tuple[tuple[tuple[str, ...], tuple[Rewrite, ...]], ...] = (
    (("deal",), tuple((re.compile(pattern), said) for pattern, said in THEIR_DEAL)),
    (
        ("summar", "synops", "descri", "notes", "data", "text", "page", "info"),
        ((re.compile(IN_YOUR_WORDS), _unless_asked_for),),
    ),
    ((" end", "finish"), tuple((re.compile(pattern), said) for pattern, said in AT_THE_END)),
    # "one more back", "another one forward": the neighbour again, said as the whole turn (not "one more back to
    # the dream: what does it mean?")
    (
        ("back", "forward"),
        (
            (
                re.compile(
                    r"^(?:(?:and|ok|okay|so|then) )*(?:one more|one further|another one) (back|forward)"
                    r"(?: please| pls)?$"
                ),
                lambda found: "the one before that" if found[1] == "back" else "the one after that",
            ),
        ),
    ),
    # "I don't need to know who made it, I'd just like ...": a question the asker says they are not asking
    (
        ("dont", "do not"),
        (
            (
                re.compile(
                    r"\b(?:i|we) (?:really )?(?:dont|do not) (?:really )?(?:need|want|care) (?:to know |to hear )?"
                    r"(?:who|what|when|where|which|how|whether|if)\b.*$"
                ),
                "",
            ),
        ),
    ),
    # "what is the 8 scene?": scene 8, the number said before its noun
    (tuple("0123456789"), ((re.compile(r"\bthe (\d{1,2}) (scene|track|song|part)\b"), r"\2 \1"),)),
)


def phrases(folded: str) -> str:
    """Phrasal verbs as the word they mean: "she falls for him" -> "she love him"; "at the end there's silence"
    -> "finally there's silence" (the end of a moment, not the film's ending)."""
    if " " not in folded:
        return folded
    for cues, rewrites in _REWRITES:
        if any(cue in folded for cue in cues):
            for pattern, said in rewrites:
                folded = pattern.sub(said, folded)
    if _PHRASE_STARTS.isdisjoint(folded.split()):
        return folded  # no word a phrase opens with: most questions
    return _PHRASE.sub(lambda match: PHRASES[match.group()], folded)


@lru_cache(maxsize=WORD_CACHE)
def expand(raw: str) -> str:
    """Chat slang spelt out ("wat" -> "what"), and a dropped g put back on filler ("goin", "happenin")."""
    found = SLANG.get(raw)
    if found is not None:
        return found
    return raw + "g" if raw.endswith("in") and raw + "g" in STOPWORDS else raw


# "what scene's first": "scene is", not "scenes" (as folding the apostrophe away would read it)
_KIND_IS = re.compile(
    r"\b(scene|song|track|tune|piece|part|bit|one)['\u2019]s(?= (?:first|last|next|second|third)(?: one| then)?"
    r"\s*(?:[?!.,]|$))",  # (not "the scene's last moment": the scene's own)
    re.IGNORECASE,
)


_HASH_NUMBER = re.compile(r"(?<![\w#])#(\d{1,3})\b")


def words(text: str) -> list[str]:
    """The folded words of a question, chat slang expanded ("wat r u" -> "what are you")."""
    text = _KIND_IS.sub(r"\1 is", text) if "'" in text or "\u2019" in text else text
    text = _HASH_NUMBER.sub(r"number \1", text) if "#" in text else text  # "#3 wats that": number 3
    slang = " ".join(w for raw in normalise(text).split() for w in expand(raw).split())
    return phrases(slang).split()


_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The Snowball (Porter 2) stem: collapse, collapses, collapsing -> collaps; movie, movies -> movi."""
    if word.isdigit():
        return word
    if word.endswith("like") and len(word) > 6:
        word = word[:-4]  # "dreamlike", "ghostlike": what it is like
    return _STEMMER.stemWord(word)


def is_significant(word: str) -> bool:
    """Words that can tell one entry from another: not filler, not a word naming a kind of thing."""
    return bool(word) and word not in STOPWORDS and word not in FRAME_WORDS and stem(word) not in STOPWORDS


def _canonical_map() -> dict[str, str]:
    canonical: dict[str, str] = {}
    for group in (*SYNONYM_GROUPS, *RETELLING_GROUPS):
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


@lru_cache(maxsize=WORD_CACHE)
def _word_stems(word: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(stems, words worth learning for spelling) of one folded word: slang expanded, filler dropped. The
    same for every pack, so shared by every engine of a library (its strings too)."""
    stems: list[str] = []
    learnt: list[str] = []
    for part in expand(word).split():
        if is_significant(part):
            stems.append(sys.intern(stem(part)))
            if len(part) >= 3 and not part.isdigit():
                learnt.append(sys.intern(part))
    return tuple(stems), tuple(learnt)


def _by_length(words: Iterable[str]) -> dict[int, tuple[str, ...]]:
    buckets: dict[int, list[str]] = {}
    for word in words:
        buckets.setdefault(len(word), []).append(word)
    return {length: tuple(sorted(group)) for length, group in buckets.items()}


@lru_cache(maxsize=4)
def _general_vocabulary(words: frozenset[str]) -> tuple[frozenset[str], dict[int, tuple[str, ...]]]:
    """General English every pack knows (the kind cues, synonyms and the recognisers' words), built once
    and shared: (the words, the words by length)."""
    known = frozenset(sys.intern(w) for w in words)
    return known, _by_length(known)


class Lexicon:
    """The words one pack uses (its stems learnt as the pack is filed) beside the general vocabulary every
    pack shares: together, what questions are spelling-corrected against."""

    def __init__(self) -> None:
        self._known: set[str] | frozenset[str] = set()
        self._general: frozenset[str] = frozenset()
        self._general_by_length: dict[int, tuple[str, ...]] = {}
        self._own_by_length: dict[int, tuple[str, ...]] | None = None  # built at the first typo
        self._corrected: dict[tuple[str, bool], tuple[str, bool]] = {}  # typos seen before; bounded below
        self._people: frozenset[str] = frozenset()

    def stems_of_word(self, word: str) -> tuple[str, ...]:
        """The stems one folded word contributes (slang expanded, filler dropped); learnt for spelling."""
        stems, learnt = _word_stems(word)
        if learnt and isinstance(self._known, set):
            self._known.update(learnt)
        return stems

    def stems(self, text: str) -> list[str]:
        """The stems of the significant words of any text."""
        out: list[str] = []
        for word in phrases(fold(text)).split():
            out.extend(self.stems_of_word(word))
        return out

    def freeze(self, general: frozenset[str] = frozenset(), people: frozenset[str] = frozenset()) -> None:
        """Done learning: the pack's own words are fixed; `general` (words any pack knows: cues, the question
        reader's words such as "eighth") are shared with every other pack's lexicon; `people`: the words of its
        characters' names (a name typed is another name more often than a typo of one)."""
        self._general, self._general_by_length = _general_vocabulary(general)
        self._known = frozenset(self._known - self._general)
        self._people = people

    def knows(self, word: str) -> bool:
        return word in self._known or word in self._general

    def words(self) -> frozenset[str]:
        """The pack's own words learnt so far."""
        return frozenset(self._known)

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
        spelt = next((american for american in american_spellings(word) if american in self._known), None)
        if spelt is not None:
            return spelt, True  # "harbour" where the pack writes "harbor"
        swapped = _swapped_question_word(word)
        if swapped[1] or len(word) < MIN_SPELLING_LENGTH or not is_significant(word) or is_common_word(word):
            return swapped  # a real word the pack doesn't use ("center", "routine") is not a typo of one it does
        spread = 0 if len(word) <= 5 else 1 if len(word) < 7 else 2  # "black" is not "lack"
        missing = 1 if len(word) >= MISSING_LETTER_LENGTH else 0  # "balet" is "ballet": a letter left out
        best: tuple[str, float] | None = None
        for length in range(len(word) - spread, len(word) + max(spread, missing) + 1):
            for found, score in self._closest(word, length, longer=length > len(word) + spread):
                # Short words are one edit away or not at all: "mvoie" is "movie", "third" is not "hired"; a letter
                # more or less is not at the start: "closes" is not "loses", "tonight" is not "night".
                if len(found) != len(word) and found[0] != word[0]:
                    continue
                if (best is None or score > best[1]) and (len(word) > 5 or OSA.distance(word, found) <= 1):
                    best = (found, score)
        return (best[0], True) if best else (word, False)

    def _closest(self, word: str, length: int, *, longer: bool) -> list[tuple[str, float]]:
        """The three closest words of this length of both vocabularies, as if they were one list in word order;
        when `longer` (a letter left out) only the pack's own words that are no one's name: "eleve" is no
        "eleven", and "mara" no "Marta"."""
        if self._own_by_length is None:
            self._own_by_length = _by_length(self._known)
        own = self._own_by_length.get(length, ())
        if longer:
            own = tuple(w for w in own if w not in self._people)
        close = [
            (found, score)
            for words in (own, () if longer else self._general_by_length.get(length, ()))
            for found, score, _ in process.extract(
                word, words, scorer=fuzz.ratio, score_cutoff=SPELLING_CUTOFF, limit=3
            )
        ]
        return sorted(close, key=lambda pair: (-pair[1], pair[0]))[:3]


def _swapped_question_word(word: str) -> tuple[str, bool]:
    """ "hwo" -> "who", "waht" -> "what": two letters swapped in a short question word."""
    if word in STOPWORDS:
        return word, False
    for question in QUESTION_WORDS:
        if len(question) == len(word) and sorted(question) == sorted(word) and OSA.distance(word, question) == 1:
            return question, True
    return word, False
