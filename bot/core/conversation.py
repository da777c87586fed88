"""The thread of one conversation: what the last answers were about, and a pending "which one?".

Pure Python and bounded: a conversation keeps a few recent subjects (by kind and title, so it survives a
pack reload) and expires after an idle time. `Conversations` holds many of them under an LRU cap.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field

from .answers import Alternative, Answer, Kind

RECENT = 4  # subjects remembered per conversation: enough for "the other one", small enough to stay cheap
IDLE_SECONDS = 300.0  # a conversation idle this long starts afresh (Discord; the console never expires)
MAX_CONVERSATIONS = 10_000  # the LRU cap of a Conversations store


@dataclass(frozen=True, slots=True)
class Focus:
    """One thing the conversation talked about."""

    kind: Kind
    title: str


@dataclass(slots=True)
class Conversation:
    """What one member and the bot have been talking about (most recent first)."""

    recent: list[Focus] = field(default_factory=list)
    pending: tuple[Alternative, ...] = ()  # the numbered choices of a clarifying question, if one is open
    others: tuple[Focus, ...] = ()  # what was also close last time ("and the other one?")
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

    def focus_on(self, kind: Kind, title: str) -> None:
        """Make this subject the current one (an answer, a button click)."""
        item = Focus(kind, title)
        self.recent = [item, *(f for f in self.recent if f != item)][:RECENT]
        self.pending = ()

    def remember(self, answer: Answer) -> None:
        """Record an answer: its subject becomes the focus; a clarifying question stays pending."""
        if answer.reason == "clarify":
            self.pending = answer.alternatives
        elif answer.kind != "none" and answer.title:
            self.focus_on(answer.kind, answer.title)
            self.others = tuple(Focus(a.kind, a.title) for a in answer.alternatives)
        else:
            self.clear()  # after a decline there is nothing to refer back to

    def clear(self) -> None:
        self.recent.clear()
        self.pending = ()
        self.others = ()


class Conversations:
    """Many conversations, keyed by anything (Discord: (channel id, user id)), bounded twice: at most
    `capacity` kept (least recently used dropped first) and each forgotten after `idle` seconds."""

    def __init__(self, *, capacity: int = MAX_CONVERSATIONS, idle: float = IDLE_SECONDS) -> None:
        self.capacity = capacity
        self.idle = idle
        self._items: OrderedDict[Hashable, Conversation] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: Hashable, now: float) -> Conversation:
        """The live conversation for this key (a fresh one when there is none or it expired)."""
        items = self._items
        conversation = items.get(key)
        if conversation is None or now - conversation.last_seen >= self.idle:
            conversation = Conversation()
            items[key] = conversation
        items.move_to_end(key)
        conversation.last_seen = now
        self._expire(now)
        return conversation

    def put(self, key: Hashable, conversation: Conversation, now: float) -> None:
        """Replace the conversation for this key (a reply that starts from a given subject)."""
        conversation.last_seen = now
        self._items[key] = conversation
        self._items.move_to_end(key)
        self._expire(now)

    def _expire(self, now: float) -> None:
        # Oldest first, so the scan stops at the first live one: O(expired), never the whole store.
        items = self._items
        while items:
            key, oldest = next(iter(items.items()))
            if len(items) > self.capacity or now - oldest.last_seen >= self.idle:
                del items[key]
            else:
                break
