"""The recognisers' priority (`RECOGNISERS`: the first that reads a question decides what it asks) and `read`,
which tries them in turn on the words that ask; `WORDS`, what their patterns rely on (never spelling-corrected).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..intents import FilmFacts
from ..sentences import OPENING_FILLER
from ..tokens import Tokens
from .film import film
from .lists import LIST_FILLER, count_of_the_list, listing, mentions
from .messages import compound, correction, empty, missing_fact, request, small_talk
from .more import more, other
from .order import RELATION_WORDS, anchored, between, elliptic, neighbour, relation
from .people import credit, relation_of_person
from .picks import pick
from .positions import appears, bare_ordinal, ends, middle, nth, number_asked, numbered, opens_closes
from .reading import Reading, Recogniser, hear
from .words import BACK_REFERENCES, NUMBERS, ORDER_PREFIX, ORDINALS, PERSON_PRONOUNS

# The priority: the first recogniser that reads the question decides what it asks; none means a description.
RECOGNISERS: tuple[Recogniser, ...] = (
    empty,
    compound,
    missing_fact,
    small_talk,
    request,
    correction,
    pick,
    number_asked,
    anchored,
    mentions,
    relation_of_person,
    credit,
    listing,
    count_of_the_list,
    more,
    other,
    elliptic,
    between,
    relation,
    neighbour,
    appears,
    nth,
    bare_ordinal,
    numbered,
    opens_closes,
    middle,
    ends,
    film,
)


def read(
    tokens: Tokens,
    *,
    pending: bool = False,
    knows: Callable[[str], bool] = lambda word: True,
    facts: FilmFacts | None = None,
    window: tuple[int, int] | None = None,
    names: Callable[[str], bool] = lambda word: False,
) -> Reading:
    """What a question asks. `pending`: a "which one did you mean?" (or a list) is open; `knows`: whether the
    pack uses a word (words it doesn't are chatter: "all the scenes in order for my notes"); `facts`: the film
    facts the pack lacks; `window`: read only these words. A compound or a correction names the words left
    to answer: they are read in turn, and their reading is its `inner` one."""
    start, end = window or (0, len(tokens.words))
    while window is None and start < end - 1 and tokens.words[start] in _SAYS_NOTHING:
        start += 1  # "k and the next scene", "lol whats after that": what it asks starts after
    first = next((c for c in tokens.clauses if c > start), end) if window is None else end
    lead = set(tokens.words[start:first])
    rest = set(tokens.words[first:end])
    if first < end and "back" in lead and lead <= _BACK_TO_IT and ("scene" not in lead or rest & _OTHER_KINDS):
        start = first  # "ok back to that, whats next": the thread is where it was (but "back to that scene" says
        # which of the subjects in play: the scene, though a track was talked about since)
    back = _BACK_TO_THREAD.match(" ".join(tokens.words[start:end])) if window is None else None
    if back is not None and len(back.group().split()) < end - start:
        start += len(back.group().split())  # "ok anyway back to it whats next", no comma
    heard = hear(tokens, start, end, pending, knows, facts, names)
    for recognise in RECOGNISERS:
        reading = recognise(heard)
        if reading is None:
            continue
        if reading.span is not None:
            inner = read(
                tokens,
                pending=pending,
                knows=knows,
                facts=facts if reading.corrects else None,
                window=reading.span,
                names=names,
            )
            return replace(reading, inner=inner)
        return reading
    return heard.base


# Words that open a message and say nothing: the recognisers read what follows them
_SAYS_NOTHING = frozenset(
    "k kk lol lmao rofl haha hahaha hehe xd ngl tbh imo fr lowkey btw hmm um uh yo hey hi hello thx ty cheers omg "
    "cool nice great awesome wow".split()
)

_BACK_TO_THREAD = re.compile(
    r"^(?:(?:ok|okay|so|and|anyway|anyways|right|alright) )*(?:going |go |get |getting )?back to "
    r"(?:it|that|this|that one|this one|the film|the story)\b(?! scene)"
)

_BACK_TO_IT = OPENING_FILLER | frozenset("it that this one scene going get getting".split())
_OTHER_KINDS = frozenset("track tracks song songs tune music".split())  # "back to that scene, what's the next track"

# Every word the patterns above rely on: the spelling corrector must leave them as typed.
WORDS = frozenset(
    [
        *NUMBERS,
        *ORDINALS,
        *(w for phrase in RELATION_WORDS for w in phrase.split()),
        *LIST_FILLER,
        *ORDER_PREFIX,
        *BACK_REFERENCES,
        *PERSON_PRONOUNS,
        "penultimate",
        "middle",
        "opening",
        "closing",
        "ending",
        "beginning",
        "other",
        "latter",
        "former",
        "previous",
        "previously",
        "next",
        "earlier",
        "later",
        "afterwards",
        "more",
        "else",
        "elaborate",
        "continue",
        "expand",
        "between",
    ]
)
