"""The answerer: free-text questions, name look-ups and autocomplete over one pack."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from .answers import Answer, Kind, Resolution, Subject
from .conversation import Conversation
from .followups import FollowUps
from .index import Entry
from .intents import is_request, is_small_talk
from .loader import load_pack
from .matching import (
    _CUES,
    _EXPLICIT,
    _FILM_WORDS,
    _GENERIC_TRACK,
    _KIND_NOUNS,
    _LIST_WORDS,
    _LISTS,
    _NAMING_CUES,
    _NOUN_STEMS,
    _PLOT_WORDS,
    CONFIDENT,
    MAX_CHOICES,
    MAX_CLARIFY,
    NEAR_TIE,
    QUESTION_CHARS,
    SHARED_NAME_MARGIN,
    Query,
)
from .reader import Reading
from .reader import read as read_question
from .text import fold, is_significant

__all__ = ["MAX_CHOICES", "QUESTION_CHARS", "Engine"]


class Engine(FollowUps):
    """Answers questions about one pack. Build once (the index is precomputed), then call freely."""

    @classmethod
    def from_path(cls, path: str | Path) -> Engine:
        return cls(load_pack(path))

    def answer(self, question: str, conversation: Conversation | None = None) -> Answer:
        """Answer a free-text question; with a conversation, read it against the thread and record it."""
        answer = self._answer(question, conversation)
        if conversation is not None:
            conversation.remember(answer)
        return answer

    def _answer(self, question: str, conversation: Conversation | None) -> Answer:
        query = self.read(question)
        if not query.words:
            return self._decline("empty")
        # dict.fromkeys: the question is checked once when spelling corrected nothing
        fact = self.facts.missing_fact(*dict.fromkeys((query.typed, query.corrected)))
        if fact is not None:
            music = self._latest(conversation, ("track", "soundtrack")) if conversation is not None else None
            if fact.topic == "the cast" and music is not None and music is self._latest(conversation):
                return self._hit(music, 1.0, ())  # "who played it?" after a track asks for its credit
            return self._decline("missing_fact", missing=fact.topic)
        if is_small_talk(list(query.words)):
            return self._decline("small_talk")
        if is_request(query.typed):
            return self._decline("off_topic")
        thread = conversation if conversation is not None and (conversation.recent or conversation.pending) else None
        listed = thread is not None and thread.focus is not None and thread.focus.kind in _LISTS
        reading = read_question(
            query.corrected, pending=bool(thread and (thread.pending or listed)), knows=self.index.knows
        )
        if thread is not None and reading.person and reading.asks in ("describe", "appears"):
            query = self._with_person_named(query, reading.person, thread)
        if reading.asks == "describe" and thread is not None and thread.pending:
            picked = self._pick_by_words(query, thread)
            if picked is not None:
                return self._hit(picked, 1.0, ())
        match reading.asks:
            case "pick":
                return self._pick(reading, thread)
            case "more":
                if reading.person and thread is not None:
                    return self._follow_reference(query, reading, thread) or self._decline("no_thread")
                return self._more(thread)
            case "film":
                if reading.person and thread is not None:
                    followed = self._follow_reference(query, reading, thread)
                    if followed is not None:
                        return followed
                if self._about_the_film(query):
                    return self._hit(self.index.by_kind["film"][0], 1.0, ())
            case "other":
                return self._other(reading, thread)
            case "list":
                return self._list(reading)
            case "nth":
                if reading.kind is None and conversation is None:
                    reading = replace(reading, kind="scene")  # asked alone, "the last one" is the last scene
                return self._nth(self._with_thread_kind(reading, thread))
            case "appears":
                appears = self._appears(query, reading, thread)
                if appears is not None:
                    return appears
            case "order":
                answer = self._order(reading, query, thread)
                if answer is not None:
                    return answer
        return self._describe(query, reading, thread, conversation)

    def _describe(
        self, query: Query, reading: Reading, thread: Conversation | None, conversation: Conversation | None
    ) -> Answer:
        """The entry a question names or describes; a pronoun with nothing else to go on means the thread."""
        if self._names_another_work(query):
            return self._decline("off_topic")
        if self.facts.asks_genre(query.typed) and self.index.by_kind.get("film") and not self._unknown_words(query):
            return self._hit(self.index.by_kind["film"][0], 1.0, ())  # its reply gives the genre
        scores = self._scores(query) if query.terms else self._kind_only(query)
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:4]
        confident = bool(ranked) and ranked[0][1] >= CONFIDENT
        if reading.demonstrative and thread is not None and not self._names_an_entry(query, longer_than=1):
            followed = self._follow_reference(query, reading, thread)  # "how does that scene end"
            if followed is not None:
                return followed
        other = self._someone_else(query, reading, thread, scores)
        if other is not None:
            return self._hit(other, max(CONFIDENT, scores.get(other.id, 0.0)), ())
        if reading.refers_back and not self._names_an_entry(query):
            if thread is not None and (not confident or self._mostly_reference(query)):
                followed = self._follow_reference(query, reading, thread)
                if followed is not None:
                    return followed
            elif (
                thread is None
                and conversation is not None
                and not self._content_terms(query)
                and not (set(query.words) & _NAMING_CUES)
            ):
                return self._decline("no_thread")  # a follow-up to nothing; alone (no conversation) it is a guess
        unsure = self._unsure(query, ranked)
        if unsure:
            return self._clarify(unsure)
        besides = self._named_people(query) if reading.someone_else else ()
        person = self._person_described(query, scores, besides=besides)
        if person is not None:
            return self._hit(person, max(CONFIDENT, scores.get(person.id, 0.0)), ())
        if not confident:
            close = tuple(self._alternative(i, s) for i, s in ranked[:3] if s >= CONFIDENT * 0.7)
            return self._decline("off_topic", alternatives=close)
        best_id, best_score = ranked[0]
        entry = self._preferred(query, scores, self.index.entries[best_id])
        if entry.id != best_id:
            ranked = [(entry.id, best_score)] + [(i, s) for i, s in ranked if i != entry.id]
        alternatives = tuple(
            self._alternative(i, s) for i, s in ranked[1:] if s >= max(CONFIDENT * 0.8, best_score * 0.75)
        )
        return self._hit(entry, best_score, alternatives)

    def _unsure(self, query: Query, ranked: list[tuple[int, float]]) -> list[Entry]:
        """Entries too close to choose between: one name shared by a scene and a track with nothing around it
        to tell them apart, or a bare "the track" when there are two or three."""
        entries = self.index.entries
        if len(ranked) >= 2:
            (first, top), (second, runner) = ranked[0], ranked[1]
            a, b = entries[first], entries[second]
            if a.kind != b.kind and set(a.names) & set(b.names) and top - runner < SHARED_NAME_MARGIN:
                return [a, b]
        lone = [t for t in query.stems if is_significant(t[0])]
        if len(query.terms) == 1 and len(lone) == 1:
            holders = {e.id for e in self._name_holders(lone[0][0])}
            if 2 <= len(holders) <= MAX_CLARIFY:
                return [entries[i] for i in sorted(holders, key=lambda i: -dict(ranked).get(i, 0.0))]
        if set(query.words) & _EXPLICIT["scene"]:
            people = self._named_people(query)
            named_terms = {t for i in people for terms in entries[i].name_terms for t in terms}
            if len(people) == 1 and {s for s, _ in query.stems if is_significant(s)} <= named_terms | _NOUN_STEMS:
                scenes = [e for e in self.index.by_kind.get("scene", []) if people[0] in self._mentions.get(e.id, ())]
                if 2 <= len(scenes) <= MAX_CLARIFY:
                    return scenes  # "the scene with the mentor": which of the scenes that name them?
        if len(ranked) >= 2 and ranked[0][1] - ranked[1][1] <= NEAR_TIE and ranked[1][1] >= CONFIDENT * 0.8:
            close = [entries[i] for i, score in ranked[:MAX_CLARIFY] if ranked[0][1] - score <= NEAR_TIE]
            if len({e.kind for e in close}) == 1 and not self._names_an_entry(query):
                return close  # two scenes the words fit about as well: ask rather than guess
        if not self._content_terms(query):
            kinds = [kind for kind, nouns in _KIND_NOUNS.items() if set(query.words) & nouns]
            if len(kinds) == 1:
                of_kind = self.index.by_kind.get(kinds[0], [])
                if 2 <= len(of_kind) <= MAX_CLARIFY:
                    return of_kind
        return []

    def _about_the_film(self, query: Query) -> bool:
        """A question about the plot or themes that names no entry of ours and no other work."""
        if not self.index.by_kind.get("film") or self._names_an_entry(query, besides=("film",)):
            return False
        if self._names_another_work(query):
            return False
        unknown = self._unknown_words(query)
        return not unknown or bool(set(query.words) & (_FILM_WORDS | _PLOT_WORDS))  # "set up a discord bot": no

    def _preferred(self, query: Query, scores: dict[int, float], best: Entry) -> Entry:
        """The whole and its parts: "who are the characters" wants the film (its reply lists them);
        "the waltz piece on the soundtrack" wants that one track, not the soundtrack."""
        if best.kind != "scene" and "characters" in query.words and self.index.by_kind.get("film"):
            return self.index.by_kind["film"][0]
        if best.kind == "soundtrack":
            return self._one_track(query, scores, best) or best
        return best

    def _one_track(self, query: Query, scores: dict[int, float], soundtrack: Entry) -> Entry | None:
        """A singular word for a track plus something only that track has."""
        words = set(query.words)
        if not words & _CUES["track"] or words & _LIST_WORDS:
            return None
        postings = self.index.postings
        tracks = [self.index.entries[i] for i in scores if self.index.entries[i].kind == "track"]
        specific = [
            track
            for track in tracks
            if any(
                postings[w].get(track.id, 0) > postings[w].get(soundtrack.id, 0)
                for w in query.term_set - _GENERIC_TRACK
                if w in postings
            )
        ]
        return max(specific, key=lambda t: (scores[t.id], -t.id)) if specific else None

    def resolve(self, kind: Kind, name: str) -> Resolution:
        """A name typed in a command: exact, then case/punctuation/accent-insensitive, then fuzzy."""
        entries = self.index.by_kind.get(kind, [])
        exact = self._positions.get((kind, name))
        if exact is not None:
            return Resolution(entries[exact].subject)
        folded = fold(name[:QUESTION_CHARS])
        if not folded:
            return Resolution(None, tuple(e.title for e in entries[:3]))
        for candidate in (folded, folded.removeprefix("the ")):
            named = self.index.by_name.get((kind, candidate))
            if named is not None:
                return Resolution(named.subject)
        names = self._names.get(kind)
        ranked = names.fuzzy(folded, limit=3, cutoff=50.0) if names else []
        if ranked and ranked[0][1] >= 88 and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= 8):
            return Resolution(ranked[0][0].subject)
        return Resolution(None, tuple(entry.title for entry, _ in ranked))

    def complete(self, kind: Kind, text: str) -> list[str]:
        """Autocomplete titles of one kind: film order when empty, then name prefixes, word prefixes and
        fuzzy matches (typos), at most 25."""
        entries = self.index.by_kind.get(kind, [])
        folded = fold(text[:100])
        names = self._names.get(kind)
        if not folded or names is None:
            return [e.title for e in entries[:MAX_CHOICES]]
        picked: dict[int, float] = {}
        for rank, search in ((3.0, names.prefixed), (2.0, names.word_prefixed)):
            if len(picked) >= MAX_CHOICES:
                break  # what a weaker rule finds would rank below 25 better matches anyway
            for entry in search(folded):
                picked.setdefault(entry.id, rank)
        if len(picked) < MAX_CHOICES:
            for entry, score in names.fuzzy(folded, limit=MAX_CHOICES, cutoff=60.0):
                picked.setdefault(entry.id, score / 100.0)
        order = sorted(picked.items(), key=lambda item: (-item[1], item[0]))[:MAX_CHOICES]
        return [self.index.entries[entry_id].title for entry_id, _ in order]

    def position(self, kind: Kind, title: str) -> int | None:
        """Where the entry with exactly this title sits among its kind (0-based), or None."""
        return self._positions.get((kind, title))

    def at(self, kind: Kind, position: int) -> Subject:
        """The entry at a position among its kind, or None when out of range."""
        entries = self.index.by_kind.get(kind, [])
        return entries[position].subject if 0 <= position < len(entries) else None
