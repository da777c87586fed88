"""Where the question is in a message: its sentences and clauses, and which sentences ask something.

A long message tells a story around its question ("we had a watch party last night... what happens after
the audition? my friend says..."). The story's words would drown the question's, so only the sentences that
ask are read, with the sentence before one whose "he" or "she" needs it. Commas, colons and dashes mark
clauses: "the dream one, what comes after it?" names its anchor in the first.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .text import fold, strip_discord

_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+|(?<=[?!])(?=\S)")
_ANY_MARK = re.compile(r"[.!?…,;:()\[\]\n—–+&\u2600-\u27bf\U0001f000-\U0001faff-]")
_CLAUSE_MARK = re.compile(r"[,;:()\[\]]|\s[-–]+\s|[—–]+|\.{2,}|…|[\u2600-\u27bf\U0001f000-\U0001faff]+")
_AND = re.compile(r"\s*[+&]\s*")
# "he wants to know who made the music": a question inside a statement
_EMBEDDED = re.compile(
    r"\b(?:know|wondering|wonder|wondered|asked|asks|asking|curious|tell me|remind me|explain)\b.*"
    r"\b(?:what|which|who|whom|how|when|where|why)\b"
)

# A sentence opening with one of these (after filler) asks something, even without a question mark.
ASKING = frozenset(
    """what whats wat which who whos whom how hows when where wheres why is are was were does do did can could
    would will should tell list give show name explain describe remind any anything recap summarise summarize
    qui quien quién que qual""".split()
)
# Words that may open an asking sentence before its question word: "ok so what", "and the next one?".
OPENING_FILLER = frozenset(
    """and so ok okay oh also anyway anyways but then now well hey hi hello yo btw quick one q last question
    alright right sorry hmm um uh lol haha wait actually back to the film please pls plz kindly""".split()
)
# Words that only greet, thank, hedge or laugh: a clause of nothing else before the question is dropped.
CHATTER = frozenset(
    """hi hey hello hallo hiya yo sup howdy greetings morning evening gm gn thanks thank thx ty cheers lol lmao
    rofl haha hahaha hehe xd ok okay k cool nice great awesome wow oh ah yay hmm um uh so btw anyway anyways well
    quick q sorry oops you u ya""".split()
)
# Words that address the room, not the film: "gm all", "hey everyone".
ADDRESS = frozenset("all everyone everybody guys folks yall friends fam team chat there".split())
PRONOUNS = frozenset("he she him her his hers they them their".split())
# Words that point back to something named before: "we just finished the rehearsal scene. what happens in it?"
REFERENCES = PRONOUNS | frozenset("it its that this there".split())


@dataclass(frozen=True, slots=True)
class Sentence:
    clauses: tuple[str, ...]  # the raw text of each clause
    asks: bool  # ends with "?" or opens with a question word
    embeds: bool  # holds a question inside a statement: "he wants to know who made the music"
    refers: bool  # holds a pronoun or "that", "it" (may need the sentence before it)


def split(message: str) -> list[Sentence]:
    """The sentences of a message, each cut into clauses; "+" and "&" read as "and"."""
    message = strip_discord(message)
    if _ANY_MARK.search(message) is None:  # most questions: one sentence, one clause
        return [Sentence((message,), True, False, False)] if message.strip() else []
    found = []
    for raw in _SENTENCE_END.split(_AND.sub(" and ", message)):
        clauses = tuple(c for c in (part.strip() for part in _CLAUSE_MARK.split(raw)) if fold(c))
        if not clauses:
            continue
        words = fold(raw).split()
        opener = next((w for w in words if w not in OPENING_FILLER), "")
        ended = raw.rstrip()
        # a sentence ended with "." or "!" states, whatever its first word ("we're" folds to "were")
        asks = ended.endswith("?") or opener in ASKING and not ended.endswith((".", "!"))
        embeds = _EMBEDDED.search(" ".join(words)) is not None
        found.append(Sentence(clauses, asks, embeds, bool(REFERENCES & set(words))))
    return found


def chosen(
    sentences: list[Sentence],
    names_something: list[bool],
    bare: list[bool] | None = None,
    chat: list[bool] | None = None,
) -> list[tuple[int, bool]]:
    """The sentences to read, each as (position, whole): those that ask, whole (else those with a question
    inside; else the first that is more than chat, `chat`: "thank you ji!"), each after the sentence before it
    when its "it" or "she" needs that sentence's name (`names_something`; of that sentence only the name is
    read), or when it says nothing but "which one is that?" (`bare`: the sentence before describes it)."""
    asked = [i for i, s in enumerate(sentences) if s.asks] or [i for i, s in enumerate(sentences) if s.embeds]
    if len(sentences) < 2:
        return [(i, True) for i in range(len(sentences))]
    if not asked:  # no sentence asks: the point comes first ("and the one before that, because I slept. ...")
        said = [i for i in range(len(sentences)) if not (chat and chat[i])]
        return [(said[0] if said else 0, True)]
    keep = dict.fromkeys(asked, True)
    for i in asked:
        if i > 0 and i - 1 not in keep and _leans_back(sentences[i], names_something[i - 1], bare, chat, i):
            keep[i - 1] = False
    return sorted(keep.items())


def _leans_back(
    sentence: Sentence, before_names: bool, bare: list[bool] | None, chat: list[bool] | None, i: int
) -> bool:
    """Does the sentence at `i` need the one before it? Its "it" or "she" does when that one names something; a
    bare question ("...the scene where she collapses on stage. Remind me what happens?") is about the sentence
    before it, pronoun or not, unless that one only chats."""
    is_bare = bool(bare and bare[i])
    return (sentence.refers or is_bare and not (chat and chat[i - 1])) and (before_names or is_bare)
