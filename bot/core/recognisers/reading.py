"""What a recogniser reads (`Heard`: a question's words and the little known besides) and what it returns
(`Reading`: the slots of what the question asks, before any entry is looked up).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..answers import Kind
from ..intents import FilmFacts, MissingFact
from ..tokens import Tokens
from .words import BACK_REFERENCES, ORDINAL_TRIGGERS, PERSON_NOUNS, PERSON_PRONOUNS, noun_kind

Asks = Literal[
    "describe",
    "film",
    "list",
    "order",
    "nth",
    "appears",
    "more",
    "other",
    "pick",
    "empty",
    "missing",
    "small_talk",
    "request",
    "compound",
    "correction",
    "mentions",
    "relation",
    "credit",
]

Relation = Literal["next", "prev", "between"]

# "who does nora love", "whom did he train": the person asked for is not the one named.
_WHO_DOES = re.compile(r"^(?:(?:and|so|ok|but) )?whom? (?:does|did|do|will|would|should|could|can) ")

# "who is her teacher", "who's his rival": "her" is whose, the person asked for is someone else
_POSSESSIVE = re.compile(r"^(?:\w+ ){0,3}?who (?:is|s|was|are) (?:her|his|their) (?!own\b)\w+")

# "who's she arguing with", "who rushes to her side": "she" and "her" do it or have it done, the person asked
# for is the other one
_WHO_WITH = re.compile(
    r"^(?:\w+ ){0,3}?(?:whos (?:she|he|they) (?:\w+ing|with|to|against|for)\b"
    r"|whom? (?:(?:is|s|was|are|were) (?:she|he|they) (?:\w+ing|with|to|against|for)\b|"
    r"(?!is\b|s\b|was\b|are\b|were\b|does\b|did\b)\w+ (?:\w+ ){0,3}?(?:her|him|them)\b))"
)

_DEMONSTRATIVE = re.compile(
    r"\b(?:this|that|the same) (?P<noun>scene|one|part|bit|moment|track|song|piece|tune|character|person|guy|"
    r"girl|woman|man)\b"
)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a question asks, before any entry is looked up."""

    asks: Asks = "describe"
    kind: Kind | None = None  # the ordered kind named by a noun ("scene", "track"), when one is
    relation: Relation | None = None
    steps: int = 1
    position: int | None = None  # for nth: 1-based; negative counts from the end; 0 is the middle
    anchors: tuple[str, ...] = ()  # the text naming the entries an order relation starts from
    pick: int | None = None  # for a pick: 1-based index into the pending choices; None: read the text
    refers_back: bool = False  # a pronoun or "this scene" points at the thread
    person: str | None = None  # "she" / "he" when the question points at a person by pronoun
    pronoun: str | None = None  # the first person pronoun itself: "the girl who loves him" -> "he"
    demonstrative: Kind | None = None  # "this scene" -> scene, "that track" -> track
    someone_else: bool = False  # "who does nora love", "who is her teacher": a person other than the one named
    topic: str = ""  # for a missing fact: what was asked for, in words a reply can use ("the cast")
    quote: str = ""  # for a compound: the part the pack can't answer, as typed ("who plays boris")
    span: tuple[int, int] | None = None  # for a compound or a correction: the words (positions) to answer
    inner: Reading | None = None  # ... and what they ask
    corrects: bool = False  # "no, I meant ...": replaces the last subject
    listed: bool = False  # for a pick: "on that list", "of those": from the last list shown
    referent: str | None = None  # for a relation: "she"/"he", the person the asked-for one relates to; None: named
    link: str = ""  # for a relation of people: the word that says how ("teacher", "love")
    via: str = ""  # ... said through another relation: "her brother's mentor" -> "brother" (then "mentor")


def clause_prefix(heard: Heard, end: int) -> str:
    """The text before character `end` within its own clause: "back to the opening, what comes after X" ->
    "what comes"."""
    start = max((c for c in heard.clause_chars if c <= end), default=0)
    return heard.text[start:end]


@dataclass(frozen=True, slots=True)
class Heard:
    """What every recogniser reads: some of the question's words (all of them, or the part a compound or a
    correction leaves to answer), and the little it may know besides."""

    tokens: Tokens
    start: int  # the window of tokens.words read: start to end
    end: int
    text: str  # the corrected words of the window, for the patterns
    words: tuple[str, ...]
    typed: str  # the window's words as typed (before spelling correction)
    vocabulary: frozenset[str]
    clauses: tuple[int, ...]  # where clauses start inside the window (positions after its start)
    clause_chars: tuple[int, ...]  # ... and where in `text` (character offsets)
    base: Reading  # what holds whatever the question asks: pronouns, "this scene"
    pending: bool  # a "which one?" or a list is open: "2" picks from it
    knows: Callable[[str], bool]  # whether the pack uses a word
    names: Callable[[str], bool]  # whether a word is part of an entry's name (a title or an alias)
    facts: FilmFacts | None  # the film facts the pack lacks, with the film's names filled in
    fact: MissingFact | None  # ... and the one this question asks for, if any (looked for once)


Recogniser = Callable[[Heard], "Reading | None"]


def hear(
    tokens: Tokens,
    start: int,
    end: int,
    pending: bool,
    knows: Callable[[str], bool],
    facts: FilmFacts | None,
    names: Callable[[str], bool] = lambda word: False,
) -> Heard:
    words = tokens.words[start:end]
    text = " ".join(words)
    typed = " ".join(part.typed for part in tokens.parts[start:end]) if tokens.parts else tokens.typed
    clauses = tuple(c - start for c in tokens.clauses if start < c < end)
    chars = tuple(len(" ".join(words[:c])) + 1 for c in clauses)
    # dict.fromkeys: the question is checked once when spelling corrected nothing
    fact = facts.missing_fact(*dict.fromkeys((typed, text))) if facts is not None else None
    return Heard(
        tokens,
        start,
        end,
        text,
        words,
        typed,
        frozenset(words),
        clauses,
        chars,
        base_reading(text, words),
        pending,
        knows,
        names,
        facts,
        fact,
    )


def has_ordinal(heard: Heard) -> bool:
    return bool(heard.vocabulary & ORDINAL_TRIGGERS) or any(w[:1].isdigit() for w in heard.words)


_WHO_IS_PRONOUN = re.compile(r"\bwho (?:is|s|was) (?P<pronoun>he|she)$")


def base_reading(text: str, words: tuple[str, ...]) -> Reading:
    """What any question holds besides what it asks: the pronouns and demonstratives that point back."""
    # "who's the guy she's fighting with": the person asked about is the guy, whatever pronouns follow
    pronoun = next((PERSON_PRONOUNS[w] for w in words if w in PERSON_PRONOUNS), None)
    person = next((PERSON_NOUNS[w] for w in words if w in PERSON_NOUNS), None) or pronoun
    asked = _WHO_IS_PRONOUN.search(text)
    if asked is not None and person != PERSON_PRONOUNS[asked["pronoun"]]:
        person = PERSON_PRONOUNS[asked["pronoun"]]  # "the composer for who she is falling, who is he?": him
    refers_back = any(w in BACK_REFERENCES for w in words)
    demonstrative = _DEMONSTRATIVE.search(text) if refers_back or "same" in words else None
    someone_else = bool({"who", "whos"} & set(words[:3])) and any(
        p.search(text) is not None for p in (_WHO_DOES, _POSSESSIVE, _WHO_WITH)
    )
    return Reading(
        refers_back=refers_back,
        person=person,
        pronoun=pronoun,
        demonstrative=noun_kind(demonstrative["noun"]) if demonstrative else None,
        someone_else=someone_else,
    )
