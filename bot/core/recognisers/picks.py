"""The pick recogniser: a choice from an open "which one?" or from the list just shown ("2", "the first
one", "the last of those").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..text import is_significant
from ..tokens import ORDER_WORDS
from .reading import Heard, Reading, has_ordinal
from .words import COUNT, ORDINAL, WHO_IS_PRONOUN_FIRST, count_of, kind_in, position_of

_PICK = re.compile(
    r"^(?:(?:the|i mean|i meant|mean|meant|number|option|no|nah|choice|oh|ok|um|uh|err?|erm|yes|yeah|and|so|then|now|"
    r"which is|which ones|which one s|wait|hang on|what was|which was|remind me|"
    r"what about|how about|and what about|what s|whats|what is|what happens in|what happened in|tell me about|"
    r"what s in|what is in|what about|in|from|for) )*"
    r"(?P<which>" + ORDINAL + "|" + COUNT + r"|latter|former|later|earlier)"
    r"(?: (?:one|option|choice|please|pls|then|what happens|is about what|is what|is about|of those|of them|"
    r"of these|of these scenes|of those scenes|of his|of hers|of theirs|"
    r"of the scenes|on the list|on that list|in the list|"
    r"in that list|from the list|from that list|on it|in it|listed|you listed|you showed|you mentioned|you said|"
    r"about|about it|then|instead|too|as well|again))*$"  # "what about number seven instead?"
)


def pick(heard: Heard) -> Reading | None:
    """ "2", "the first one", "and 8?", "the first of those, what happens there?": a choice from an open
    "which one?" or from the list (or the kind) just shown."""
    if not heard.pending or WHO_IS_PRONOUN_FIRST.match(heard.text):
        return None  # "and who is she, the woman making that final choice?": a person, not the last one
    found = _PICK.match(heard.text)
    if found is None and heard.clauses:
        lead, rest = " ".join(heard.words[: heard.clauses[0]]), heard.words[heard.clauses[0] :]
        # ... then a short clause, or one asking of it ("the first one, in which moment of the film is it played?")
        of_it = len(rest) <= _ASKED_OF_IT and not _OF_IT.isdisjoint(rest) and ORDER_WORDS.isdisjoint(rest)
        found = _PICK.match(lead) if len(rest) <= _SAID_AFTER or of_it else None
    found = found or _credit_pick(heard.text)
    which = found["which"] if found is not None else _pick_inside(heard)
    if found is None and _BACK_TO_A_PICK_FOR_ORDER.search(heard.text):
        return None  # "going back to number 6, what comes right after it?": an order from it (`anchored`)
    if which is None or which in ("later", "earlier") and found is not None and found.end() < len(heard.text):
        return None  # "the earlier one, with boris in private": described, not only placed
    index = _BEFORE_AFTER_PICKS.get(which) or (count_of(which) if re.fullmatch(COUNT, which) else position_of(which))
    return replace(heard.base, asks="pick", pick=index, listed=bool(heard.vocabulary & _LIST_REFERENCES))


def _credit_pick(text: str) -> re.Match[str] | None:
    """ "who is the second one by?": that one (its reply gives the credit)."""
    credit = _CREDIT_OF.match(text)
    return _PICK.match(credit["which"]) if credit is not None else None


# "what is happening in the middle one of those?", "tell me more to the first one", "tell about third": a pick
# said inside other words (a scene or track noun after it is an nth: "the first scene")
_PICK_INSIDE = re.compile(
    rf"\b(?:the )?(?:one (?:\w+ ){{0,2}}in the (?:very |exact )?(?P<middle>middle)"
    rf"|(?<!scene )(?<!track )(?<!song )number (?P<count>{COUNT})\b"
    rf"|(?P<which>{ORDINAL}|latter|former)\b"
    r"(?P<one> (?:one|ones|option|choice|entry|item))?)"
    r"(?P<ref> (?:of|on|in|from) (?:(?:the|that|this|your|his|her|their) (?:list|lists|scenes|ones|tracks|songs|titles)"
    r"|those|these|them)|(?: one)? (?:there|listed)| you (?:listed|showed|mentioned|said|gave))?"
    r"(?! (?:scene|track|song|piece|part|bit|moment|sequence|cue|number|composition)s?\b)"
)

_BACK_TO_A_PICK_FOR_ORDER = re.compile(
    rf"\bback to (?:the )?(?:scene |track |song )?(?:number )?{COUNT} (?:(?:again|once more) )?(?:what|which|whats)\b.*"
    r"\b(?:after|before|next|previous|following|preceding)\b"
)

# "back to that scene for a second": a moment, not the second one (blanked out, so positions stay)
_A_MOMENT = re.compile(r"\b(?:for|just|wait|in|give me|hold on|hang on) (?:a|one) (?:second|sec)\b")

_PICK_WORDS = frozenset("number latter former middle".split())


def _around_pick(heard: Heard, found: re.Match[str]) -> list[str]:
    """The words around a pick, but not what its clause says of it ("the sixth one there seems like the
    peak; could you summarise it": "could you summarise it")."""
    after = heard.text[found.end() :]
    ends = [c - found.end() for c in heard.clause_chars if c > found.end()]
    if _SAID_OF_IT.match(after):
        after = after[min(ends, default=len(after)) :]
    return (heard.text[: found.start()] + " " + after).split()


_SAID_OF_IT = re.compile(r"^ (?:sounds|seems|looks|is|was|s)\b")

# Words around such a pick that ask for it, not for something else: "what pass there", "summarise it".
_PICK_ASKING = frozenset(
    "pass passes passing summarise summarize summary recap tell describe about see show lemme let hear read end".split()
)


def _pick_inside(heard: Heard) -> str | None:
    """The ordinal of a pick said inside other words, when none of those words is the pack's own (then they
    would describe what is picked: "the last one with boris" is not the last of the list)."""
    if not (has_ordinal(heard) or heard.vocabulary & _PICK_WORDS):
        return None
    text = _A_MOMENT.sub(lambda idiom: " " * len(idiom.group()), heard.text)
    # ("we do the second night from the sixth, what is in that one?": the sixth, not the second night)
    found = next((f for f in _PICK_INSIDE.finditer(text) if _said_as_pick(f, heard)), None)
    if found is None:
        return None
    which = found["which"] or found["count"] or "middle"
    if which in ("opening", "closing") and not (found["one"] or found["ref"]):
        return None  # "tell me about the opening": how the film opens
    rest = _around_pick(heard, found)
    before, after = (
        heard.text[: found.start()].split()[-_ORDER_REACH:],
        heard.text[found.end() :].split()[:_ORDER_REACH],
    )
    if ORDER_WORDS & {*before, *after}:
        return None  # "the one before the last": an order relation (not "... the last item, before I can ...")
    return which if _picked(found, heard, rest) else None


_ORDER_REACH = 3  # words either side of a pick that would make it an order relation


def _picked(found: re.Match[str], heard: Heard, rest: list[str]) -> bool:
    """Is a pick said inside other words a pick: said of the list ("the second one you listed, the interlude"), as
    a number with no noun after it ("is she in number 2", not "my number one question"), else with no name and
    none of the pack's words around it ("the last one with <a name>" describes)?"""
    if found["ref"] and _LIST_REFERENCES & set(found["ref"].split()):
        return True
    if found["count"]:  # "is vicky in number 2", not "my number one question"
        following = heard.text[found.end() :].split()[:1]
        return not (following and is_significant(following[0]) and following[0] not in _PICK_ASKING)
    if any(heard.names(w) and w not in _PICK_ASKING for w in rest):
        return False
    if _pointed_back_at(found, heard) and kind_in(" ".join(rest)) is None:
        return True  # "... we go on from the sixth, what is in that one?": the asker's words around it (but
        # "the scene that opening theme goes with, the very first one": the first scene, whatever list was shown)
    return not any(w not in _PICK_ASKING and is_significant(w) and heard.knows(w) for w in rest)


def _said_as_pick(found: re.Match[str], heard: Heard) -> bool:
    """ "the second one", "the first of those", "number two", "the middle", an ordinal the message ends on, or one
    its next clause points back at ("... from the sixth, what is in that one?")."""
    if any(found[g] for g in ("one", "ref", "middle", "count")) or found.end() == len(heard.text):
        return True
    return _pointed_back_at(found, heard)


def _pointed_back_at(found: re.Match[str], heard: Heard) -> bool:
    """Does the clause right after the pick point back at it ("... the fifth, what happens in that one?")?"""
    if found.end() + 1 not in heard.clause_chars and found.end() not in heard.clause_chars:
        return False
    return _POINTS_BACK.search(heard.text, found.end()) is not None


_POINTS_BACK = re.compile(r"\b(?:in|about|of) (?:that one|that|it)\b")


# "the later one", "the earlier one": of two choices, the last or the first
_BEFORE_AFTER_PICKS = {"latter": -1, "former": 1, "later": -1, "earlier": 1}

_SAID_AFTER = 8  # words a clause after a pick may say ("the first of those, what happens there?")
_ASKED_OF_IT = 12  # ... when they ask something of it
_OF_IT = frozenset("it there".split())
_CREDIT_OF = re.compile(
    r"^(?:(?:and|so|ok) )*who (?:is|s|was|(?:has |have |did )?(?:wrote|written|composed|compose|made|make|did|do))"
    r" (?P<which>.+?)(?: by)?$"
)

_LIST_REFERENCES = frozenset("list listed those them these lists showed mentioned gave".split())
