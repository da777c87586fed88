"""A message that tells of a scene in one sentence and asks of it in the next ("There's that stretch where she
dances through a fantasy world. What comes right after that one?"): the asking sentence's "that one" is what the
sentence just before it told, not what was talked about before the message. Found here from the sentences alone;
the engine reads the told sentence as a subject and asks the rest of the message of it."""

from __future__ import annotations

from dataclasses import dataclass

from .cues import ORDER_ASKED
from .sentences import Sentence
from .text import fold


@dataclass(frozen=True, slots=True)
class ToldThenAsked:
    told: str  # the sentence that tells the subject
    asked: str  # the message from the sentence that asks of it


def told_then_asked(found: list[Sentence]) -> ToldThenAsked | None:
    """The told sentence and the rest, when the first sentence that asks points back at a thing ("it", "that
    one", "there"; not "he" or "them", which a story told of someone leaves open) and the sentence just before it
    states something; None otherwise."""
    asking = next((k for k, sentence in enumerate(found) if sentence.asks or sentence.embeds), 0)
    if asking == 0:
        return None
    asked, told = found[asking], found[asking - 1]
    if not asked.refers or asked.someone or asked.plural or told.means or told.requests:
        return None
    if ORDER_ASKED.isdisjoint(fold(asked.raw).split()):
        return None  # only an order is counted from the told scene (a cheap test before any reading)
    return ToldThenAsked(told.raw, " ".join(sentence.raw for sentence in found[asking:]))
