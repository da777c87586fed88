"""Word tables and small readers the recognisers share: numbers and ordinals, the nouns of each ordered
kind, person pronouns, opening filler.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..answers import Kind
from ..sentences import ASKING, CHATTER, OPENING_FILLER
from ..text import is_significant

NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
    )
}

ORDINALS = {
    w: i
    for i, w in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth".split()
    )
}

ORDINAL = (
    r"(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:from|to) (?:the )?(?:last|end)|"
    r"\d{1,4}(?:st|nd|rd|th)|"
    + "|".join(w for w in ORDINALS if w != "zeroth")
    + r"|last|final|penultimate|closing|opening|middle|second to last|next to last|third to last|"
    r"second last|third last|last but one)"
)

COUNT = r"(?:\d{1,4}|" + "|".join(w for w in NUMBERS if w != "zero") + ")"

# The nouns that say which ordered kind a question is about.
_SCENE_NOUNS = r"(?:scenes?|moments?|sequences?|parts?|bits?|chapters?)"

_TRACK_NOUNS = r"(?:tracks?|songs?|pieces?|tunes?|cues?|numbers?|compositions?)"

NOUN = rf"(?:{_SCENE_NOUNS}|{_TRACK_NOUNS}|ones?)"

ADJECTIVES = r"(?:(?:very|memorable|key|big|main|important|famous|major|musical|music|soundtrack|film|movie) )*"

# "could you tell me ...", "remind me ...", "could you at least remind me ...": a polite request for the question
# after it
TELL_ME = re.compile(r"^(?:(?:could|can|would|will) (?:you|u) )?(?:please |at least |just )*(?:remind|tell) (?:me|us) ")

# "... the dancer in that opening scene. Who is she, as a character?": a person asked for, not the scene (but not
# "who is she dancing with", "who is she there": a question about the scene's people)
WHO_IS_SOMEONE = re.compile(
    r"\bwho(?: is| s| was|s) (?:she|he|they)(?: (?:as a character|exactly|really|again|actually|then))*(?: and\b.*)?$"
)
# "and who is she, the woman making that final choice?": opening the message
WHO_IS_PRONOUN_FIRST = re.compile(r"^(?:(?:and|so|ok|okay|then) )*who(?: is| s| was|s) (?:she|he|they)\b")

LIST_NEGATED = re.compile(r"\b(?:no need|without|not|dont|do not|never mind|rather than|instead of|skip)\b")

# Words that can stand before an order relation without making the question about something else:
# "what happens after X" and "which scene sits just before X" ask for order; "why does she panic after X"
# asks about X.
ORDER_PREFIX = frozenset(
    """what whats which wat how who and so then the a an is s are was were does do did happens happen happened
    happening comes come came goes go going occurs occur occurring takes take place sits sit sitting falls
    scene scenes one part bit moment moments section track song piece tune cue thing stuff next right just
    directly immediately straight see we shown show plays play played played is there anything something
    number anything tell me about describe explain give show exactly in film movie of when where whereabouts coming
    please pls plz can you could u wait hold hang on um uh er hmm sorry actually oh ask may might pray idk tbh
    btw lol ngl imo umm uhh erm move moves moving cut cuts jump jumps shift shifts turn turns to""".split()
)

BACK_REFERENCES = frozenset(
    "it its that thats this those these them they there her hers she shes him he hes his".split()
)

PERSON_PRONOUNS = {
    "her": "she",
    "she": "she",
    "shes": "she",
    "hers": "she",
    "herself": "she",
    "him": "he",
    "he": "he",
    "hes": "he",
    "his": "he",
    "himself": "he",
}

PERSON_NOUNS = {
    "guy": "he",
    "man": "he",
    "boy": "he",
    "dude": "he",
    "bloke": "he",
    "gentleman": "he",
    "girl": "she",
    "woman": "she",
    "lady": "she",
    "gal": "she",
}

ELLIPTIC_TRIGGERS = frozenset(
    """next after afterwards then later subsequently following previous previously before
    earlier prior preceding back forward ahead""".split()
)

ORDINAL_TRIGGERS = frozenset([*ORDINALS, "last", "final", "penultimate", "closing", "opening", "middle"])

NUMBERED_TRIGGERS = frozenset("scene scenes track tracks song songs piece pieces cue cues".split())


def noun_kind(noun: str | None) -> Kind | None:
    if not noun:
        return None
    if re.fullmatch(_SCENE_NOUNS, noun):
        return "scene"
    if re.fullmatch(_TRACK_NOUNS, noun):
        return "track"
    if noun in ("character", "person", "guy", "man", "woman", "girl"):
        return "character"
    return None


def position_of(ordinal: str) -> int:
    """1-based position; negative counts from the end; 0 means the middle."""
    if ordinal in ("last", "final", "closing"):
        return -1
    if ordinal in ("penultimate", "second to last", "next to last", "second last", "last but one"):
        return -2
    if ordinal in ("third to last", "third last"):
        return -3
    counted = re.fullmatch(r"(\w+) (?:from|to) (?:the )?(?:last|end)", ordinal)
    if counted is not None:
        first = counted.group(1)
        return -(int(first[0]) if first[0].isdigit() else ORDINALS.get(first, 1))
    if ordinal == "middle":
        return 0
    if ordinal == "opening":
        return 1
    if ordinal[0].isdigit():
        return int(ordinal.rstrip("stndrh"))
    return ORDINALS.get(ordinal, NUMBERS.get(ordinal, 1))


def count_of(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS.get(word, 1)


_SCENE_NOUN = re.compile(rf"\b{_SCENE_NOUNS}\b")

_TRACK_NOUN = re.compile(rf"\b{_TRACK_NOUNS}\b|\bsoundtrack\b|\bscore\b|\bmusic\b")


def kind_in(text: str) -> Kind | None:
    """The ordered kind a question's nouns point at, if only one."""
    scene = _SCENE_NOUN.search(text) is not None
    track = _TRACK_NOUN.search(text) is not None
    if scene != track:
        return "scene" if scene else "track"
    return None


def is_order_prefix(text: str) -> bool:
    """Nothing before the relation but question words and filler: "would you tell me which scene comes"."""
    return all(word in ORDER_PREFIX or word in OPENING_FILLER or not is_significant(word) for word in text.split())


REFERENCES = frozenset("it that this one the them there of".split())


def opens_with_question(words: tuple[str, ...]) -> bool:
    """Does this clause open with a question word (after filler): "is it", "who is"; not "what about"?"""
    if words[:1] and words[0] in ("the", "that", "this", "a"):
        return False  # "the one where she wakes from the dream": a description, whatever follows
    opener = next((w for w in words if w not in OPENING_FILLER), "")
    return opener in ASKING and opener not in ("what", "whats", "wat", "how") or opener in ("is", "are", "who")


_FILLER_WORDS = OPENING_FILLER | CHATTER


@lru_cache(maxsize=256)
def after_filler(text: str) -> str:
    """The text after its opening filler ("k", "ok so", "lol wait"): what it asks starts there."""
    words = text.split()
    start = next((n for n, w in enumerate(words) if w not in _FILLER_WORDS), len(words))
    return " ".join(words[start:])


SCENE_NOUN_WORDS = frozenset("scene part bit moment".split())

KIND_WORDS = SCENE_NOUN_WORDS | frozenset("scenes film movie track song soundtrack score".split())
