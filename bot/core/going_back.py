"""A turn that opens by going back to an earlier subject: "ok back to that scene, what does she choose?",
"back to #6, what's the scene after", "back to the dream, how does it finish?".

The opening clause says what the question is about and the rest what it asks. Read as one, the rest's
words drown the subject named ("finish" pulls towards other scenes) or the subject is dropped as chatter
and the rest is asked of whatever came last. So the engine reads it as two turns: the subject gone back to
(the latest subject of the kind it names, or what its words name), then the question, asked of it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .answers import Kind
from .cues import KIND_OF_NOUN, RELATION_WORDS

_GOING_BACK = re.compile(
    r"^\W*(?:(?:ok|okay|so|anyway|anyways|but|and|right|alright|now|well|oh|hmm|yeah)\W+)*"
    r"(?:(?:going|go|getting|get|coming|come|jumping|jump|circling|circle|turning|turn|returning) )?"
    r"(?:back|return(?:ing)?) to (?:(?P<place>(?:#\s?|number |no\.? ?|(?:scene|track|song) (?:number |#)?)\d+)\b\W*"
    r"|(?P<what>[^,;:.!?—–()\n]{1,60}?)\s*(?:[,;:.!?—–()\n]|\s-+\s)\W*)(?P<rest>\w.*)$",
    re.IGNORECASE | re.DOTALL,
)
# "that scene", "the track", "this song": the latest subject of that kind, not a name
_KIND_POINTED = re.compile(
    r"^(?:(?:that|this|the|our|the same)\s+)?"  # (not "the other track", "the earlier scene": which one is asked)
    r"(?P<noun>scene|part|bit|moment|sequence|track|song|piece(?: of music)?|tune|music|theme|person|guy|girl|"
    r"character|man|woman)(?: (?:from|we|you|i|that|again|earlier|before|above)\b.*)?$",
    re.IGNORECASE,
)
# "back to track: artist?": one word that asks (not "ok?", nor a list, which is read whole: "back to vicky, scenes?")
_ONE_WORD_ASKED = re.compile(r"(?!(?:ok|okay|right|yes|yeah|thanks|cool|scenes|tracks|songs|list)\b)\w+\?+")
_OPENING = 80  # characters a going back opens within ("ok so anyway, going back to ...")
_NOT_A_SUBJECT = re.compile(r"^(?:it|that|this|the (?:question|film|movie|topic|start|beginning))$", re.IGNORECASE)


class GoingBack(NamedTuple):
    """What the opening clause goes back to (its words, or the kinds it points at) and what is asked of it."""

    what: str
    kinds: tuple[Kind, ...] | None  # "that scene": the latest of these kinds; None: the words name it
    rest: str


def going_back(question: str) -> GoingBack | None:
    """The subject a question goes back to and the question asked of it, when it opens so and asks more."""
    lowered = question[:_OPENING].lower()
    if "back" not in lowered and "return" not in lowered:
        return None  # most questions: a word test before the pattern
    found = _GOING_BACK.match(question)
    if found is None:
        return None
    what, rest = (found["what"] or found["place"]).strip(), found["rest"].strip()
    if _NOT_A_SUBJECT.match(what) or len(rest.split()) < 2 and not _ONE_WORD_ASKED.fullmatch(rest):
        return None  # "back to it, what comes next" reads as one turn already; "back to that scene. ok"
    pointed = _KIND_POINTED.match(what)
    kinds = (KIND_OF_NOUN[pointed["noun"].lower()],) if pointed is not None else None
    return GoingBack(what, kinds, rest)


_IT = re.compile(r"\bit\b(?!['’]s\b)", re.IGNORECASE)
_THAT_KIND = {"scene": "that scene", "track": "that track"}


_ASKS_WHO = re.compile(
    r"\b(?:who|whom|whose|whos|name|called|character|person|guy|man|woman|girl|"
    + "|".join(sorted(RELATION_WORDS))  # "back to the premiere, tell me about her mentor"
    + r")\b",
    re.IGNORECASE,
)


def asks_a_person(rest: str) -> bool:
    """Does the question asked of a scene gone back to ask for someone ("who is watching her")? Else its "she"
    is only in the scene: "back to the first scene, how is she feeling after she dances?" asks of the scene."""
    return _ASKS_WHO.search(rest) is not None


_AN_ORDER = re.compile(
    r"\b(?:next|after|afterwards|before|previous|following|preceding|prior|then|later|earlier|leads?|follows?)\b"
    # ... or a place in the order: "what is the first scene", "what's scene 5", "the ending scene" (not "the last
    # thing she does", "what's the ending like": that scene's own)
    r"|\b(?:first|last|final|opening|ending|closing|middle|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
    r"|tenth|\d+(?:st|nd|rd|th)) (?:scene|track|song|one|part)\b|\b(?:scene|track|song|number|no) ?\d+\b",
    re.IGNORECASE,
)
_SOMEONE_ELSE = re.compile(r"^\W*whom? (?:does|did|do|is|was|s) (?:he|she|they)\b", re.IGNORECASE)


def asks_an_order(rest: str) -> bool:
    """Does the question asked of a scene gone back to ask for another by order ("what's the scene after")?"""
    return _AN_ORDER.search(rest) is not None


def asks_someone_else(rest: str) -> bool:
    """ "who does he inform for": someone other than the "he" gone back to."""
    return _SOMEONE_ELSE.search(rest) is not None


def asked_of(rest: str, kind: Kind) -> str:
    """The question with its "it" said as the subject gone back to ("back to the dream, how does it finish?":
    how does that scene finish), so that no reading of "it" as the film wins over it."""
    said = _THAT_KIND.get(kind)
    return _IT.sub(said, rest, count=1) if said else rest
