"""Follow-ups read against the thread: more, the other one, picks from a "which one?", pronouns."""

from __future__ import annotations

from .answers import Answer, Kind
from .conversation import Conversation, Focus
from .index import Entry
from .matching import (
    _CREDIT_STEMS,
    _CREDIT_WORDS,
    _CUES,
    _LISTS,
    _PERSON_NOUN_WORDS,
    _PERSON_QUESTION,
    _PRONOUN_FORMS,
    CONFIDENT,
    PICK_FLOOR,
    Query,
)
from .reader import Reading
from .structure import Structure


class FollowUps(Structure):
    """Answers that lean on the conversation."""

    def _more(self, thread: Conversation | None) -> Answer:
        if thread is not None and thread.focus is not None and thread.focus.kind == "scenes":
            return self._list(Reading("list", kind="scene"))
        entry = self._latest(thread)
        return self._hit(entry, 1.0, ()) if entry is not None else self._decline("no_thread")

    def _other(self, reading: Reading, thread: Conversation | None) -> Answer:
        """ "and the other one?": the other of two, or what was also close last time."""
        kinds: tuple[Kind, ...] | None = (reading.kind,) if reading.kind else None
        current = self._latest(thread, kinds)
        if current is None or thread is None:
            return self._decline("no_thread")
        siblings = [e for e in self.index.by_kind[current.kind] if e.id != current.id]
        if len(siblings) == 1:
            return self._hit(siblings[0], 1.0, ())
        for focus in (*thread.others, *thread.recent):
            entry = self._entry_of(focus)
            if entry is not None and entry.id != current.id and entry.kind == current.kind:
                return self._hit(entry, 1.0, ())
        return self._decline("no_thread")

    def _pick(self, reading: Reading, thread: Conversation | None) -> Answer:
        """ "the first one", "2": a choice from the open "which one did you mean?", or from a list just shown."""
        if thread is not None and not thread.pending and thread.focus is not None:
            return self._nth(Reading("nth", kind=_LISTS[thread.focus.kind], position=reading.pick))
        pending = [self._entry_of(Focus(a.kind, a.title)) for a in (thread.pending if thread else ())]
        choices = [e for e in pending if e is not None]
        index = reading.pick or 1
        position = index - 1 if index > 0 else len(choices) + index
        if not choices or not 0 <= position < len(choices):
            return self._decline("no_thread")
        chosen = choices[position]
        return self._hit(chosen, 1.0, tuple(self._alternative(e.id, 0.5) for e in choices if e.id != chosen.id))

    def _pick_by_words(self, query: Query, thread: Conversation) -> Entry | None:
        """ "the track", "the opening night one", a name: the pending choice these words fit best, if one does."""
        choices = [e for e in (self._entry_of(Focus(a.kind, a.title)) for a in thread.pending) if e is not None]
        if not choices:
            return None
        kinds = {kind for kind, cues in _CUES.items() if set(query.words) & cues}
        of_kind = [e for e in choices if e.kind in kinds]
        if len(of_kind) == 1 and len({e.kind for e in choices}) > 1:
            return of_kind[0]
        scores = self._scores(query) if query.terms else {}
        fitting = sorted(((scores.get(e.id, 0.0), e.id) for e in choices), reverse=True)
        if fitting and fitting[0][0] >= PICK_FLOOR and (len(fitting) == 1 or fitting[0][0] > fitting[1][0] * 1.2):
            best = self.index.entries[fitting[0][1]]
            rival = max(scores.items(), key=lambda item: item[1], default=(best.id, 0.0))
            if rival[0] == best.id or rival[1] < CONFIDENT or not self._names_an_entry(query):
                return best
        return None

    def _follow_reference(self, query: Query, reading: Reading, thread: Conversation) -> Answer | None:
        """A pronoun read against the thread: "who composed it?" after a track is that track's credit; "who is
        she?" after a scene is the person that scene names; "this scene" is the latest scene."""
        words = set(query.words)
        if reading.person and (words & _PERSON_QUESTION or not self._content_terms(query)):
            person = self._person(reading.person, thread)
            return self._hit(person, 1.0, ()) if person is not None else self._decline("no_thread")
        if words & _CREDIT_WORDS or query.stem_set & _CREDIT_STEMS:
            track = self._latest(thread, ("track", "soundtrack"))
            focus = self._latest(thread)
            if focus is not None and focus.kind in ("track", "soundtrack"):
                return self._hit(focus, 1.0, ())
            soundtrack = self.index.by_kind.get("soundtrack")
            if soundtrack:
                return self._hit(track if track is not None and focus is None else soundtrack[0], 1.0, ())
        kinds: tuple[Kind, ...] | None = (reading.demonstrative,) if reading.demonstrative else None
        entry = self._latest(thread, kinds)
        return self._hit(entry, 1.0, ()) if entry is not None else None

    def _with_person_named(self, query: Query, pronoun: str, thread: Conversation) -> Query:
        """ "which scene does he fight with her in", just after talking about someone: read "he" as that person."""
        latest = self._latest(thread)
        if latest is None or latest.kind != "character" or not self._pronoun_fits(latest, pronoun):
            return query
        forms = _PRONOUN_FORMS[pronoun]
        named = " ".join(latest.title if word in forms else word for word in query.corrected.split())
        return self.read(named) if named != query.corrected else query

    def _someone_else(
        self, query: Query, reading: Reading, thread: Conversation | None, scores: dict[int, float]
    ) -> Entry | None:
        """ "who does she fall for", "and the girl who falls for him?": a person described by their relation to
        the one a pronoun points at, who is therefore someone else."""
        if thread is None or reading.pronoun is None:
            return None
        noun_person = reading.person != reading.pronoun or bool(set(query.words) & _PERSON_NOUN_WORDS)
        if not (reading.someone_else or noun_person):
            return None
        referent = self._person(reading.pronoun, thread)
        if referent is None:
            return None
        return self._person_described(query, scores, besides=(referent.id,))
