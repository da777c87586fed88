"""The dialogue state of one conversation: what the answers were about, kept apart by kind.

The tracker records answers; it never reads questions (it imports no tokens and no recognisers). It keeps
the latest subjects with their recency (so the latest of each kind is at hand: "the next scene" after a
question about a person), the last list shown and its kind, the people in play by pronoun, an open "which
one?" with a lifespan, and the last relation asked ("her instructor"). A decline leaves it as it was: a side
question never wipes the thread. Subjects are kept by kind and title, so the state survives a pack reload,
and it is small: a few short tuples per conversation.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from typing import Literal

from .answers import Alternative, Answer, Kind, Reason

Asked = Literal["mentions", "appears"]
RECENT = 6  # subjects remembered: enough for the latest of every kind and "the other one", still cheap
PENDING_TURNS = 2  # turns an unanswered "which one?" stays open (unless another subject is answered first)
LISTED: dict[Kind, Kind] = {"scenes": "scene", "soundtrack": "track"}  # a list answer, and what it lists
MAX_LISTED = 25  # titles of a shown subset kept for "the second one"; a longer subset is cut here


@dataclass(frozen=True, slots=True)
class Focus:
    """One thing the conversation talked about."""

    kind: Kind
    title: str


@lru_cache(maxsize=4096)
def focus_of(kind: Kind, title: str) -> Focus:
    """One shared Focus per subject: many conversations about the same scenes hold the same few objects."""
    return Focus(kind, title)


@dataclass(slots=True)
class Conversation:
    """What one member and the bot have been talking about (most recent first)."""

    recent: list[Focus] = field(default_factory=list)
    pending: tuple[Alternative, ...] = ()  # the numbered choices of a clarifying question, if one is open
    pending_turns: int = 0  # turns left before the open "which one?" lapses
    others: tuple[Focus, ...] = ()  # what was also close last time ("and the other one?")
    listed: tuple[str, ...] | None = None  # the titles of the last subset shown; None: the whole list of its kind
    listed_kind: Kind | None = None  # the kind of the last list shown ("scene", "track"), if one was
    people: tuple[tuple[str, str], ...] = ()  # (pronoun, name) of the people in play, latest first, one per pronoun
    relation: str = ""  # the last relation asked of a person ("instructor"), for "and hers?"
    asked: tuple[Asked, int | None] | None = None  # the last question about a person's scenes, for "and boris?"
    # the order of a question left unanswered ("what comes after it?" with nothing talked about): (next or prev,
    # steps), for "the dream sequence i mean" to be counted from
    unanswered_order: tuple[Literal["next", "prev"], int] | None = None
    last_seen: float = 0.0

    @classmethod
    def about(cls, kind: Kind, title: str, *, now: float = 0.0) -> Conversation:
        """A conversation that starts from one subject (a reply to one of the bot's messages, a button)."""
        conversation = cls(last_seen=now)
        conversation.focus_on(kind, title)
        return conversation

    @property
    def focus(self) -> Focus | None:
        return self.recent[0] if self.recent else None

    @property
    def active(self) -> bool:
        """Is there anything to refer back to?"""
        return bool(self.recent or self.pending or self.asked or self.people or self.unanswered_order)

    def latest(self, kinds: tuple[Kind, ...] | None = None) -> Focus | None:
        """The most recent subject, of one of these kinds if given."""
        return next((f for f in self.recent if kinds is None or f.kind in kinds), None)

    def focus_on(self, kind: Kind, title: str) -> None:
        """Make this subject the current one (an answer, a button click); an open "which one?" is settled."""
        item = focus_of(kind, title)
        self.recent = [item, *(f for f in self.recent if f != item)][:RECENT]
        self.pending = ()
        self.pending_turns = 0
        if kind in LISTED:  # a whole list shown; an entry shown keeps the last list for "the second one on it"
            self.listed_kind = LISTED[kind]
            self.listed = None

    def merge(self, kind: Kind, title: str) -> None:
        """A reply to one of the bot's messages: its subject becomes current, the rest of the state stays."""
        self.focus_on(kind, title)

    def meet(self, pronoun: str, name: str) -> None:
        """A person now in play: "she" means them until another "she" is."""
        self.people = ((pronoun, name), *((p, n) for p, n in self.people if p != pronoun and n != name))[:3]

    def person(self, pronoun: str) -> str | None:
        return next((name for p, name in self.people if p == pronoun), None)

    def forget_latest(self) -> None:
        """The latest subject was a misunderstanding ("no, I meant ..."): drop it."""
        if self.recent:
            self.recent.pop(0)

    def remember(self, answer: Answer) -> None:
        """Record an answer: its subject becomes the focus; a clarifying question stays open for two turns;
        a decline changes nothing but the age of an open question."""
        if answer.reason is Reason.CLARIFY:
            self.pending = answer.alternatives
            self.pending_turns = PENDING_TURNS
            return
        if answer.kind != "none" and answer.title:
            # a "which one?" settled: the choices not taken are "the other one" now
            left = [a for a in self.pending if (a.kind, a.title) != (answer.kind, answer.title)]
            left = left if len(left) < len(self.pending) else []
            self.focus_on(answer.kind, answer.title)
            self.others = tuple(focus_of(a.kind, a.title) for a in answer.alternatives or left)
            if answer.entries is not None:
                self.listed = answer.entries[:MAX_LISTED]
                self.listed_kind = "scene"
            return
        self.pending_turns -= 1
        if self.pending_turns <= 0:
            self.pending = ()

    def copy(self) -> Conversation:
        """A state to try a reading on, leaving this one as it was unless `take` is called."""
        return replace(self, recent=list(self.recent))

    def take(self, tried: Conversation) -> None:
        """Keep what a copy became."""
        for part in fields(self):
            setattr(self, part.name, getattr(tried, part.name))

    def clear(self) -> None:
        """Forget everything (a new conversation)."""
        self.recent.clear()
        self.pending = ()
        self.pending_turns = 0
        self.others = ()
        self.listed = None
        self.listed_kind = None
        self.people = ()
        self.unanswered_order = None
        self.relation = ""
        self.asked = None
