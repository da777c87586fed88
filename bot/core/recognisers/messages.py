"""Recognisers for what a whole message does besides asking about an entry: nothing said, two questions
in one, a film fact the pack lacks, small talk, a task, a correction of the last answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..intents import MissingFact, is_everyday, is_request, is_small_talk
from ..sentences import ASKING, FIRST_PERSON, OPENING_FILLER, opens_asking
from ..text import is_significant
from ..tokens import ORDER_WORDS
from .reading import Heard, Reading
from .words import BACK_REFERENCES, KIND_WORDS, NUMBERED_TRIGGERS, NUMBERS, ORDINAL_TRIGGERS


def empty(heard: Heard) -> Reading | None:
    return replace(heard.base, asks="empty") if not heard.words else None


# The joints of a two-part question: "what year is it from, and what happens in the audition?"
_JOINTS = frozenset("and also plus n".split())


def compound(heard: Heard) -> Reading | None:
    """Two questions in one message, one of them for a fact the pack lacks: the other part is answered and
    the reply says which part it can't answer. Its slots: the fact, the quote, the window of the other part."""
    facts = heard.facts
    joined = heard.vocabulary & _JOINTS or heard.clauses  # "year? mutiny scene?": two questions, no "and"
    if facts is None or heard.fact is None and (not joined or len(heard.words) > 6):
        return None  # (a short part alone may ask a fact the whole doesn't match: "audition + director?")
    words = heard.words
    joints = [(i, i + 1) for i, w in enumerate(words) if w in _JOINTS and 0 < i < len(words) - 1]
    joints += [(i, i) for i in heard.clauses]
    found = [split for cut, resume in joints if (split := _split(heard, cut, resume)) is not None]
    if not found:
        return None
    # the cut whose answerable part asks a question of its own ("...what's the cast like? and what genre...")
    _, fact, quote, span = max(found, key=lambda split: split[0])
    return replace(heard.base, asks="compound", topic=fact.topic, quote=quote, span=span)


def _split(
    heard: Heard, cut: int, resume: int
) -> tuple[tuple[bool, int, int], MissingFact, str, tuple[int, int]] | None:
    """The message cut in two here, if one part asks a fact the pack lacks and the other something else:
    (how much the other part asks, the fact, its words as typed, the other part's window)."""
    facts, words, typed, start = heard.facts, heard.words, heard.typed.split(), heard.start
    left, right = (words[:cut], typed[:cut]), (words[resume:], typed[resume:])
    if facts is None or not left[0] or not right[0]:
        return None
    left_fact = facts.missing_fact(" ".join(left[1]), " ".join(left[0]))
    right_fact = facts.missing_fact(" ".join(right[1]), " ".join(right[0]))
    if (left_fact is None) == (right_fact is None):
        return None
    # the part asking the fact is a question by that alone ("the film win oscar or not?"); the other must ask
    if not _a_question(right[0] if left_fact is not None else left[0]):
        return None
    if _a_reason(right[0] if right_fact is not None else left[0]):
        return None  # "tell me about her, since that's where we were before the casting question": a reason
    if left_fact is not None:
        asked = _asked_from(heard, start, start + cut) - start  # "we couldn't settle two things: which actor ..."
        fact, quote, span = left_fact, " ".join(left[1][asked:]), (start + resume, heard.end)
    elif right_fact is not None:
        fact, quote, span = right_fact, " ".join(right[1]), (_asked_from(heard, start, start + cut), start + cut)
    rest = heard.tokens.words[span[0] : span[1]]
    if cut == resume and _only_whom_it_asks_of(heard, rest, quote):
        return None
    first = left_fact is not None
    if not _other_part_asks(heard, rest, after_the_fact=first, opens=not first and resume == cut):
        return None
    asks = any(w in ASKING for w in rest)
    said = sum(is_significant(w) and w not in _JOINTS and heard.knows(w) for w in rest)  # the pack's own words
    return (asks, said, -len(rest)), fact, quote, span  # asks, says most, in fewest words


def _only_whom_it_asks_of(heard: Heard, rest: tuple[str, ...], quote: str) -> bool:
    """Is the other part only a name the fact's "her" or "his" means ("... Vicky was a ballerina. Do you know who
    actually played her?"): one question?"""
    return bool(rest) and all(heard.names(w) for w in rest) and not _POINTS_BACK.isdisjoint(quote.split())


def _other_part_asks(heard: Heard, rest: tuple[str, ...], *, after_the_fact: bool, opens: bool) -> bool:
    """Does the part besides the missing fact ask something of its own?"""
    if after_the_fact and _TOGETHER & set(rest) and not any(w in ASKING or heard.names(w) for w in rest):
        return False  # "the running time of the album, all tracks together?": what the fact is of, said again
    if not _asks_something_else(rest, opens=opens, knows=heard.knows):
        return False
    if after_the_fact and _HIM_OR_HER & set(rest) and _REAL_LIFE & set(rest):
        return False  # "the actor of boris, he is still alive?": asked of the actor's life, not the film's
    # not "before we start, and this is completely off to the side, ...": what kind of question follows; "she also
    # asked me something I couldn't answer": who asks it
    return _says_more_than_an_aside(rest, heard.knows)


_HIM_OR_HER = frozenset("he she him her they them".split())
_REAL_LIFE = frozenset("alive dead died living age aged born birthday irl nowadays today".split())


def _a_reason(told: tuple[str, ...]) -> bool:
    """Does the part naming a missing fact open as a reason ("since ...", "because ..."), not a question?"""
    reason = bool(told) and told[0] in _A_REASON or told[:2] == ("and", "since")
    return reason and "when" not in told[:3]  # ("since when is it on netflix?": a question)


def _says_more_than_an_aside(rest: tuple[str, ...], knows: Callable[[str], bool]) -> bool:
    """Does a part that says it is an aside ("this is completely off to the side") or reports who asks ("she also
    asked me something") hold a word of the pack's besides?"""
    text = " ".join(rest)
    if _ASIDE.search(text) is None and _REPORTS.search(text) is None and _ABOUT_KNOWING.search(text) is None:
        return True
    said = _ABOUT_KNOWING.sub(" ", _REPORTS.sub(" ", _ASIDE.sub(" ", text))).split()
    return any(is_significant(w) and knows(w) and not w.endswith("ly") for w in said)


def _asked_from(heard: Heard, start: int, end: int) -> int:
    """Where the question in these words starts: at the last clause opening with a question word ("my uncle
    asked me two things: who composed its score, and ..." -> "who composed its score"), else at `start`."""
    words = heard.tokens.words
    opening = [c for c in heard.tokens.clauses if start < c < end and opens_asking(words[c:end])]
    return opening[-1] if opening else start


def _asks_something_else(rest: tuple[str, ...], *, opens: bool, knows: Callable[[str], bool]) -> bool:
    """Does the part besides the missing fact ask anything of its own? Not "do you have those" (the same question
    again), nor "by any chance", nor "for his school essay" (no word of the pack's), nor a lone "Next," opening
    the message (`opens`: a next question, but "before, and budget?" is two)."""
    text = " ".join(rest)
    for _ in range(_ASIDES_AT_MOST):  # "is that the kind of thing your page covers, or should I look it up?"
        text = _WHETHER_YOU_HAVE_IT.sub(" ", text).strip()
    if not text or _TAG_QUESTION.fullmatch(text) or text in _SUBJECT_ALONE or _ANNOUNCES_QUESTIONS.match(text):
        return False  # "... whether it is based on a true story. Is it?": the same question, asked again; "she
        # also asked whether ...": who asks it
    if _THEIR_NAME.fullmatch(text):
        return False  # "the actress who plays vicky, what is her name?": the actress's name, the same question
    tail = _ASKS_FOR_IT.search(text)
    said = [w for w in (text[: tail.start()] if tail is not None else text).split() if w not in _HEDGES]
    if _told_by_the_asker(said) or _the_askers_reaction(said):  # "and i couldn't tell him. do you know?"
        return any(w in _QUESTION_WORDS for w in said)
    if not any(map(_asking, said)) and not any(is_significant(w) and knows(w) for w in said):
        return False
    return not (opens and len(said) == 1 and said[0] in ORDER_WORDS)


def _told_by_the_asker(said: list[str]) -> bool:
    """Does a part open with "i", "we", "my" (after an "and"): the asker's story, not a question?"""
    opening = said[1:2] if said[:1] and said[0] in _JOINTS else said[:1]
    return bool(opening) and opening[0] in FIRST_PERSON and _STILL_ASKS.isdisjoint(said)  # not "i'm curious about"


def _the_askers_reaction(said: list[str]) -> bool:
    """ "ngl the ending made me cry": a part telling what something did to the asker ("me", "my"), no word that asks
    before it (not "tell me about the ending", "the charming one, could you tell me about him")."""
    at = next((k for k, w in enumerate(said) if w in _TO_THE_ASKER), None)
    return at is not None and not any(w in ASKING and w not in OPENING_FILLER for w in said[:at])


_TO_THE_ASKER = frozenset("me my myself".split())


def _asking(word: str) -> bool:
    """A word that makes a part a question of its own: a question word, an order, a number, "it" or "that"."""
    return (
        word in ASKING
        or word in ORDER_WORDS
        or word in NUMBERED_TRIGGERS
        or word in ORDINAL_TRIGGERS
        or word in NUMBERS
        or word.isdigit()
        or word in BACK_REFERENCES
        and word not in _POSSESSIVES
    )


_REPORTS = re.compile(
    r"\b(?:asked|asks|wants to know|wanted to know|wonders|wondered)(?: me| us| you)?"
    r"(?: something| a question| one thing| this)?(?: (?:i|we) (?:could|couldn t|can t|cannot) answer)?\b"
)
# "... or is that not something you have to hand?": whether the bot knows, the same question again
_ABOUT_KNOWING = re.compile(
    r"\b(?:is that|is it|that s|thats|is this) (?:not )?(?:something|anything) (?:you|u) (?:\w+ ){0,3}\w+$"
    r"|\bor (?:do|dont|don t) you (?:not )?know$|\bif you know$"
)
_ASIDE = re.compile(
    r"\b(?:off to the side|off (?:topic|track|script|subject)|(?:a |slight |small )?tangent|side question|an aside|"
    r"random question|side note|random thought)\b"
)

_SUBJECT_ALONE = frozenset("she he they i we".split())
_THEIR_NAME = re.compile(
    r"(?:and |so )?(?:what s|what is|whats|what was|what are) (?:her|his|their) names?(?: please)?"
)

# "two things, if you can:", "a couple of questions": what follows is the questions
_ANNOUNCES_QUESTIONS = re.compile(
    r"(?:(?:i have|ive got|i ve got|got|just|quick|so|ok|okay) )*(?:two|2|three|3|a couple of|a couple|couple of|"
    r"a few|few|some|several) (?:things|questions|qs|question|bits|parts|queries)\b(?: (?:if|for|please)\b.*)?$"
)

_TAG_QUESTION = re.compile(
    r"(?:(?:and|so|well) )?(?:(?:is|was|does|did|has) (?:it|that|this|he|she|they)|are they|were they|or not|right)"
    r"(?: (?:true|right|so|real|correct))?(?: or not)?"
)

_ASKS_FOR_IT = re.compile(
    r"(?:^|\b(?:and|so|also|ok|please) |\b)(?:do|does|can|could|would|will) (?:you|u) (?:\w+ (?:to )?)?"
    r"(?:have|know|give|tell|find|share|check|say)(?: me| us)?(?: (?:that|those|it|them|this|the|any)"
    r"(?: (?:information|info|data|details?|facts?|answer|answers))?)?(?: please| too)?$"
)

# "do you have that information, or is that outside what your page covers?", "or should I look it up?": whether the
# bot knows the fact asked just before, not another question
_WHETHER_YOU_HAVE_IT = re.compile(
    r"\b(?:(?:and|or|so) )?(?:do|does|would|will) (?:you|u|your \w+) (?:\w+ )?(?:have|know|cover|covers|hold|include)"
    r" (?:that|this|it|those)(?: (?:information|info|data|details?|facts?|answer|one))?\b"
    r"|\b(?:(?:and|or|so) )?(?:is|was|would) (?:that|it|this) (?:something|anything|the (?:kind|sort) of thing|"
    r"outside|beyond|past|within|covered|part of|in|on)\b(?: \w+){0,4}? (?:you|your|u|youve|youre|youd)\b(?: \w+){0,6}$"
    r"|\b(?:(?:and|or|so) )?should (?:i|we) (?:\w+ ){0,4}?look (?:it|that|this) up\b(?: \w+){0,3}$"
)

_ASIDES_AT_MOST = 3  # such clauses one part may end with

# Words that only soften a question: "by any chance", "if you know".
_HEDGES = frozenset("by any chance perhaps maybe possibly if you know possible happen to way btw".split())

_POSSESSIVES = frozenset("her his its their".split())  # "for his school essay" points at nobody's answer


def _a_question(words: tuple[str, ...] | list[str]) -> bool:
    """Can these words stand as one part of a two-part question: a question word, or a few words ("boris")? Not
    "we're planning a watch party and need to know whether it fits" ("we're" folds to "were"): a statement."""
    if len(words) <= 5:
        return True
    if words[0] in _WE_ARE and words[1].endswith("ing"):
        words = words[2:]
    following = [*words[1:], ""]
    opens = next((k for k, w in enumerate(words) if w not in OPENING_FILLER), 0)  # "btw does vicky die": asks
    return any(
        w in ASKING
        and (w not in _AUXILIARIES or k <= opens or following[k] in _INVERTED_SUBJECTS)
        and (w not in _OPENING_ONLY or k <= opens)  # "rather than anything to do with our argument": no question
        for k, w in enumerate(words)
    )  # "my cousin is convinced it won oscars": a statement; "and boris, is he her teacher": a question


_WE_ARE = frozenset("were theyre youre".split())
# "and i'm curious about julian", "i think boris is her teacher, right?", "i need the list": the asker asks
_STILL_ASKS = frozenset(
    "curious wonder wondering wondered want wanted need needed know think thinking guess like interested right".split()
)
_QUESTION_WORDS = frozenset("what whats which who whos how when where why".split())
_A_REASON = frozenset("since because cause cos coz".split())
_POINTS_BACK = frozenset("her him his she he they them their".split())
_TOGETHER = frozenset("together combined altogether".split())
_AUXILIARIES = frozenset("is are was were does do did can could would will should".split())
_OPENING_ONLY = frozenset("any anything".split())  # "anything about boris?" asks; "... rather than anything ..." not
_INVERTED_SUBJECTS = frozenset("he she it they you we i there this that these those the a an her his their".split())


def missing_fact(heard: Heard) -> Reading | None:
    """A film fact the pack doesn't give: the cast, the year, awards."""
    fact = heard.fact
    return replace(heard.base, asks="missing", topic=fact.topic) if fact is not None else None


def small_talk(heard: Heard) -> Reading | None:
    return replace(heard.base, asks="small_talk") if is_small_talk(list(heard.words)) else None


def request(heard: Heard) -> Reading | None:
    """ "can you play music", "write me a poem": a task, not a question about the film."""
    # "this isn't about the film, but ...", no name (as typed: "help me debug it" is not the debut)
    disowned = heard.tokens.disowned and not _named_as_typed(heard)
    everyday = bool(heard.vocabulary & _EVERYDAY_CLUES) and _everyday(heard)
    # ("off to the side a little: can you recommend another ballet film?": a request opening a later clause)
    later = (" ".join(heard.words[c:]) for c in heard.clauses)
    asked = is_request(heard.typed) or any(
        _ASKS_YOU_TO.match(clause) and is_request(clause) and _TOLD.isdisjoint(clause.split()) for clause in later
    )  # (not "which tracks are inside, can you make me a list?": a list of them)
    return replace(heard.base, asks="request") if disowned or everyday or asked else None


# a task asked in a later clause ("..., can you recommend another film?"); not "could you remind me?", a tag
_ASKS_YOU_TO = re.compile(
    r"(?:can|could|will|would) (?:you|u) (?:please )?(?:recommend|play|sing|write|draw|paint|translate|code|calculate"
    r"|book|buy)\b"
)
_TOLD = frozenset("list summary rundown recap overview".split())


def _named_as_typed(heard: Heard) -> bool:
    """Does the question name an entry in a word it spelt as the name does (not only one read as a typo)?"""
    tokens = heard.tokens
    return bool(tokens.named) and any(part.text == part.typed and heard.names(part.text) for part in tokens.parts)


def _everyday(heard: Heard) -> bool:
    """ "is it going to rain in leeds tomorrow": an everyday question; but "what time is it in the story when she
    dances" asks about the film (more than one word the pack knows)."""
    if not is_everyday(heard.typed) or heard.tokens.named or heard.vocabulary & KIND_WORDS:
        return False
    known = [w for w in heard.words if w not in _EVERYDAY_CLUES and is_significant(w) and heard.knows(w)]
    return len(known) <= 1


# "no, I meant the dream one", "nah sorry i meant 4": a correction of the last answer, then what was meant
_CORRECTION = re.compile(
    r"^(?:(?:no|nah|nope|not that|not that one|wrong|wrong one|sorry|sry|srry|soz|oops|hmm|um|uh|oh|ah|actually|wait"
    r"|i|ok|okay|lol|my bad|mb|whoops|woops|ugh|oof) )*"
    r"(?:i meant|i mean|meant|i want to say|i wanted to say|i was asking about|i was talking about|i m asking about)\b"
    r"|^(?:no|nah|nope|wrong one|not that one)(?= \w)"
)


def correction(heard: Heard) -> Reading | None:
    """ "nah i meant the one where she argues with boris": the words after the correction, read afresh; "sorry,
    the one after the tragic fall i mean": the words between."""
    found = _CORRECTION.match(heard.text) if heard.words[0] in _CORRECTION_OPENERS else None
    if found is None:
        closing = _CORRECTED_AFTER.match(heard.text) if heard.words[0] in _CORRECTION_OPENERS else None
        closing = closing or (_MEANT_LAST.match(heard.text) if heard.pending else None)
        if closing is None:
            return None
        first, last = len(closing["openers"].split()), len(closing["rest"].split())
        return replace(
            heard.base, asks="correction", corrects=True, span=(heard.start + first, heard.start + first + last)
        )
    rest = len(heard.text[: found.end()].split())
    if rest >= len(heard.words):
        return None
    return replace(heard.base, asks="correction", corrects=True, span=(heard.start + rest, heard.end))


_CORRECTION_OPENERS = frozenset(
    "no nah nope not wrong sorry sry srry soz oops hmm um uh oh ah actually wait i meant ok okay lol my mb whoops "
    "woops ugh oof".split()
)
# "the dream sequence i mean", just after a question: what was meant, said in a few words before "i mean"
_MEANT_LAST = re.compile(r"^(?P<openers>)(?P<rest>(?:\w+ ){1,5}?)i mean[t]?$")
# "srry the one after the tragic fall i mean": a correction said first, "i mean" last
_CORRECTED_AFTER = re.compile(
    r"^(?P<openers>(?:(?:no|nah|nope|wrong|sorry|sry|srry|soz|oops|oh|ah|actually|lol|my bad|mb|whoops|woops) )+)"
    r"(?P<rest>.+?) i mean[t]?$"
)

_EVERYDAY_CLUES = frozenset("weather forecast rain time recipe recipes capital exchange".split())
