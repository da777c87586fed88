"""Text normalisation shared by the index and the questions: one place decides what a word is."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_MENTION = re.compile(r"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:\d+(?::\w)?>|@(?:everyone|here)\b")
_LEADING_HANDLE = re.compile(r"^\s*@\S+")
_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u2018`\u00b4](?=\w)")
_NON_WORD = re.compile(r"[^a-z0-9]+")
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def strip_discord(text: str) -> str:
    """Remove user/role/channel mentions, custom emoji, @everyone/@here and a leading @handle."""
    return _LEADING_HANDLE.sub(" ", _MENTION.sub(" ", text))


def fold(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form: 'Entr’acte!' -> 'entracte'.

    Only ASCII letters and digits survive, so only the marks that sit on Latin letters need removing
    before the rest turns into spaces ('café' -> 'cafe', not 'caf e')."""
    if not text.isascii():
        text = _MARKS.sub("", unicodedata.normalize("NFKD", text))
    joined = _APOSTROPHE.sub("", text.casefold())
    return _NON_WORD.sub(" ", joined).strip()


def normalise(text: str) -> str:
    """What the answerer reads: Discord markup gone, then folded."""
    return fold(strip_discord(text))


def words(text: str) -> list[str]:
    return normalise(text).split()


_SUFFIXES = (
    ("ations", "at"), ("ation", "at"), ("iness", "y"), ("nesses", ""), ("ness", ""), ("ments", ""), ("ment", ""),
    ("izing", ""), ("ized", ""), ("izes", ""), ("ize", ""), ("ism", ""), ("ances", ""), ("ance", ""),
    ("ingly", ""), ("edly", ""), ("fully", ""), ("ities", ""), ("ity", ""),
    ("ies", "y"), ("ied", "y"), ("ing", ""), ("ers", ""), ("er", ""), ("ed", ""),
    ("ly", ""), ("es", ""), ("s", ""), ("e", ""),
)


def _strip_suffix(word: str) -> str:
    if len(word) <= 3 or word.isdigit():
        return word
    for suffix, replacement in _SUFFIXES:
        if suffix == "s" and word[-2] in "siu":
            continue  # premise -> premis stays, not premi; bus, this, virus keep their s
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            base = word[: -len(suffix)] + replacement
            if len(base) >= 4 and base[-1] == base[-2] and base[-1] not in "aeiouls":
                base = base[:-1]  # stopping -> stopp -> stop
            return base
    return word


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A small suffix-stripping stemmer: collapse, collapses, collapsing -> collaps."""
    for _ in range(3):
        shorter = _strip_suffix(word)
        if shorter == word:
            break
        word = shorter
    return word
