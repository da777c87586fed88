"""The second stage: recognisers, one per kind of question, each beside its trigger table.

Each is a pure function of the question's tokens (and of what the pack's vocabulary knows): it returns a
`Reading` with its slots filled (an entry, a list, an order relation, more of the same, the other one, a pick
from a "which one?"), or None. `RECOGNISERS` is their priority. None of them looks an entry up or calls
another: the names a reading holds are found in the pack by the policy.

One module per family: messages (two questions in one, a missing fact, small talk, a correction), picks, order,
more (and the other one), positions, lists (and mentions), people (relations, credits), film; `reading` holds
what they read and return, `words` the tables they share, `priority` their order and `read`.
"""

from __future__ import annotations

from .people import IN_PLAY
from .priority import RECOGNISERS, WORDS, read
from .reading import Reading, hear

__all__ = ["IN_PLAY", "RECOGNISERS", "WORDS", "Reading", "hear", "read"]
