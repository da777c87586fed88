"""Looking entries up by name as it is being typed: prefixes, words and typos, fast at any pack size."""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict

from rapidfuzz import fuzz, process

from .index import Entry

SMALL = 400  # up to this many names, fuzzy matching simply scores them all
SCAN = 400  # the most names a prefix scan looks at
WORD_CUTOFF = 70.0  # how close a typed word must be to a name's word to shortlist its entries


class NameIndex:
    """The folded titles and aliases of one kind of entry."""

    def __init__(self, entries: list[Entry]) -> None:
        self.pairs: list[tuple[str, Entry]] = sorted(
            ((name, entry) for entry in entries for name in entry.names), key=lambda pair: pair[0]
        )
        self.names = [name for name, _ in self.pairs]
        words: dict[str, set[int]] = defaultdict(set)
        for position, name in enumerate(self.names):
            for word in name.split():
                words[word].add(position)
        self.words = sorted(words)
        self.word_positions = {word: sorted(positions) for word, positions in words.items()}

    def prefixed(self, folded: str) -> list[Entry]:
        """Entries with a name starting with the text, in name order (at most SCAN names looked at)."""
        found = []
        start = bisect_left(self.names, folded)
        for name, entry in self.pairs[start : start + SCAN]:
            if not name.startswith(folded):
                break
            found.append(entry)
        return found

    def word_prefixed(self, folded: str) -> list[Entry]:
        """Entries with a name holding every typed word, the last one possibly unfinished."""
        *whole, last = folded.split()
        found: list[Entry] = []
        start = bisect_left(self.words, last)
        for word in self.words[start : start + SCAN]:
            if not word.startswith(last):
                break
            for position in self.word_positions[word]:
                name, entry = self.pairs[position]
                if all(f" {w} " in f" {name} " for w in whole):
                    found.append(entry)
                    if len(found) >= SCAN:
                        return found
        return found

    def fuzzy(self, folded: str, *, limit: int, cutoff: float) -> list[tuple[Entry, float]]:
        """Best entries by weighted fuzzy score of any of their names, best first; typos allowed."""
        positions = range(len(self.names)) if len(self.names) <= SMALL else self._shortlist(folded)
        names = [self.names[p] for p in positions]
        found = process.extract(folded, names, scorer=fuzz.WRatio, limit=limit * 4, score_cutoff=cutoff)
        best: dict[int, tuple[Entry, float]] = {}
        for _, score, index in found:
            entry = self.pairs[positions[index]][1]
            if entry.id not in best or best[entry.id][1] < score:
                best[entry.id] = (entry, score)
        return sorted(best.values(), key=lambda pair: (-pair[1], pair[0].id))[:limit]

    def _shortlist(self, folded: str) -> list[int]:
        """Names sharing a word, or a word within a typo, with the text: the only ones worth scoring."""
        positions: set[int] = set()
        for token in folded.split()[:8]:
            if len(token) < 3:
                continue
            for word, _, _ in process.extract(token, self.words, scorer=fuzz.ratio, limit=8, score_cutoff=WORD_CUTOFF):
                positions.update(self.word_positions[word][:SCAN])
        return sorted(positions)
