"""The film's structure: lists and counts, nth, next / previous / between, first appearances."""

from __future__ import annotations

from dataclasses import replace

from .answers import Answer, Kind, render_scene_list
from .conversation import Conversation
from .index import Entry
from .matching import (
    _ANCHOR_REFERENCES,
    _KIND_NOUN,
    ANCHOR_FLOOR,
    MAX_CLARIFY,
    Matcher,
    Query,
    _count,
    _index_of,
    _ordinal_words,
)
from .reader import Reading
from .reader import read as read_question
from .text import is_significant


class Structure(Matcher):
    """Answers about order and lists."""

    def _list(self, reading: Reading) -> Answer:
        if reading.kind == "track" and self.index.by_kind.get("soundtrack"):
            return self._hit(self.index.by_kind["soundtrack"][0], 1.0, ())
        return Answer("scenes", self.pack.film.title, 1.0, render_scene_list(self.pack))

    def _with_thread_kind(self, reading: Reading, thread: Conversation | None) -> Reading:
        """ "the last one": of the kind the thread is about; with no thread, a scene or a track (asked)."""
        if reading.kind is not None:
            return reading
        latest = self._latest(thread, ("scene", "track"))
        return replace(reading, kind=latest.kind if latest is not None else None)

    def _appears(self, query: Query, reading: Reading, thread: Conversation | None) -> Answer | None:
        """The first (or last) scene whose text names a character: the one the question names, or "she"."""
        named = [self.index.entries[i] for i in query.named]
        people = [e for e in named if e.kind == "character"]
        if not people and reading.person and thread is not None:
            person = self._person(reading.person, thread)
            people = [person] if person is not None else []
        if len(people) != 1:
            return None
        scenes = [e for e in self.index.by_kind.get("scene", []) if people[0].id in self._mentions.get(e.id, ())]
        if not scenes:
            return self._out_of_range(f"No scene in my pack names {people[0].title}.")
        return self._hit(scenes[0] if (reading.position or 1) > 0 else scenes[-1], 1.0, ())

    def _nth(self, reading: Reading) -> Answer:
        if reading.kind is None:
            both = [
                entries[index]
                for kind in ("scene", "track")
                if (entries := self.index.by_kind.get(kind, []))
                and (index := _index_of(reading.position, len(entries))) is not None
            ]
            if len(both) == 2:
                return self._clarify(both)
        kind: Kind = reading.kind or "scene"
        entries = self.index.by_kind.get(kind, [])
        position = reading.position if reading.position is not None else 1
        index = _index_of(position, len(entries))
        if index is None:
            return self._out_of_range(
                f"{self.pack.film.title} has {_count(len(entries), kind)}, so there is no "
                f"{_ordinal_words(position)} {_KIND_NOUN[kind]}."
            )
        return self._hit(entries[index], 1.0, ())

    def _order(self, reading: Reading, query: Query, thread: Conversation | None) -> Answer | None:
        """Next, previous or between, from named entries or from the thread; None when the anchor is no entry
        (then the question is read as a description)."""
        kinds: tuple[Kind, ...] = (reading.kind,) if reading.kind else ("scene", "track")
        anchors = [self._anchor(text, kinds, thread) for text in reading.anchors]
        if reading.anchors and any(a is None for a in anchors):
            return None
        if not anchors:
            anchor = self._latest(thread, kinds) or self._latest(thread, ("scene", "track"))
            if anchor is None:
                return self._decline("no_thread")
            anchors = [anchor]
        entries = self.index.by_kind[anchors[0].kind]  # type: ignore[union-attr]
        here = self._positions[(anchors[0].kind, anchors[0].title)]  # type: ignore[union-attr]
        noun = _KIND_NOUN[anchors[0].kind]  # type: ignore[union-attr]
        if reading.relation == "between":
            return self._between(entries, here, anchors[1], noun)  # type: ignore[arg-type]
        step = reading.steps if reading.relation == "next" else -reading.steps
        target = here + step
        if not 0 <= target < len(entries):
            edge = "last" if step > 0 else "first"
            side = "after" if step > 0 else "before"
            return self._out_of_range(
                f"{entries[here].title} is the {edge} {noun}"
                f"{' in film order' if noun == 'scene' else ''}: nothing comes {side} it."
            )
        return self._hit(entries[target], 1.0, ())

    def _between(self, entries: list[Entry], here: int, other: Entry, noun: str) -> Answer:
        there = self._positions[(other.kind, other.title)]
        low, high = sorted((here, there))
        inside = entries[low + 1 : high]
        if other.kind != entries[here].kind or not inside:
            return self._out_of_range(
                f"{entries[low].title} and {entries[high].title} come one right after the "
                f"other: there is no {noun} between them."
            )
        if len(inside) == 1:
            return self._hit(inside[0], 1.0, ())
        return self._clarify(inside[:MAX_CLARIFY], lead=f"{len(inside)} {noun}s come between them.")

    def _anchor(self, text: str, kinds: tuple[Kind, ...], thread: Conversation | None) -> Entry | None:
        """The entry an order relation starts from: a name, a description, a position or the thread."""
        words = text.split()
        if not words or all(w in _ANCHOR_REFERENCES or not is_significant(w) for w in words):
            return self._latest(thread, kinds)
        reading = read_question(text)
        if reading.asks == "nth":
            answer = self._nth(reading if reading.kind in kinds else replace(reading, kind=kinds[0]))
            if answer.reason == "clarify":
                return None
            return (
                self.index.by_kind[answer.kind][self._positions[(answer.kind, answer.title)]]
                if answer.kind != "none"
                else None
            )
        query = self.read(text)
        scores = self._scores(query)
        ranked = sorted(((s, i) for i, s in scores.items() if self.index.entries[i].kind in kinds), reverse=True)
        if ranked and ranked[0][0] >= ANCHOR_FLOOR:
            return self.index.entries[ranked[0][1]]
        return None
