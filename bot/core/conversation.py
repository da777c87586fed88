"""Many conversations at once: each one's dialogue state (tracker.py) under an LRU cap and an idle time."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable

from .tracker import RECENT, Conversation, Focus

__all__ = ["IDLE_SECONDS", "MAX_CONVERSATIONS", "RECENT", "Conversation", "Conversations", "Focus"]

IDLE_SECONDS = 300.0  # a conversation idle this long starts afresh (Discord; the console never expires)
MAX_CONVERSATIONS = 10_000  # the LRU cap of a Conversations store


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
