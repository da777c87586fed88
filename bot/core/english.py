"""Common English words: a typo is corrected towards the pack's words, a real word is left as it was typed.

The list (`english-words.txt.gz`, the most frequent words of pyspellchecker's English dictionary) is read the
first time a question holds a word the pack doesn't use. Rebuild it with
`pip install pyspellchecker && python -m bot.core.english`.
"""

from __future__ import annotations

import gzip
import re
from functools import lru_cache
from importlib import resources

FILE = "english-words.txt.gz"
SIZE = 30_000  # the most frequent words kept: "center", "routine", "tonight" are in; rare words and typos are not


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    with resources.files(__package__).joinpath(FILE).open("rb") as raw, gzip.open(raw, "rt", encoding="ascii") as text:
        return frozenset(text.read().split())


@lru_cache(maxsize=4096)  # (a word not in the list is tried in its American spellings: seven patterns)
def is_common_word(word: str) -> bool:
    """Is this folded word an ordinary English word (not a typo of one)? British spellings count ("centre",
    "colour", "favourite"): the list spells them the American way."""
    words = common_words()
    return word in words or any(american in words for american in american_spellings(word))


# British spellings and the American ones the list holds: "centre" -> "center", "colour" -> "color"
_BRITISH = (
    (re.compile(r"tre(s|d)?$"), r"ter\1"),
    (re.compile(r"our(s|ed|ing|ite|ites|able|ful)?$"), r"or\1"),
    (re.compile(r"is(e|es|ed|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"ys(e|es|ed|ing)$"), r"yz\1"),
    (re.compile(r"ogue(s)?$"), r"og\1"),
    (re.compile(r"ence(s)?$"), r"ense\1"),
    (re.compile(r"(?<=[aeiou])ll(ed|ing|er|ers)$"), r"l\1"),
)


def american_spellings(word: str) -> list[str]:
    """ "centre" -> ["center"]: how the list (and many packs) may spell a British word."""
    return [pattern.sub(spelt, word) for pattern, spelt in _BRITISH if pattern.search(word)]


def _rebuild() -> None:
    import json
    from pathlib import Path

    import spellchecker

    source = Path(spellchecker.__file__).parent / "resources" / "en.json.gz"
    frequencies: dict[str, int] = json.loads(gzip.decompress(source.read_bytes()))
    ranked = sorted(
        (w for w in frequencies if w.isascii() and w.isalpha() and len(w) >= 3), key=lambda w: (-frequencies[w], w)
    )
    words = "\n".join(sorted(ranked[:SIZE])) + "\n"
    target = Path(__file__).with_name(FILE)
    with gzip.GzipFile(target, "wb", mtime=0) as out:  # mtime 0: the same list gives the same bytes
        out.write(words.encode("ascii"))
    print(f"{target}: {SIZE:,} words")


if __name__ == "__main__":
    _rebuild()
