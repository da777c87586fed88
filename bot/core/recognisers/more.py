"""Recognisers for more of the subject talked about ("tell me more") and for the other one of two."""

from __future__ import annotations

import re
from dataclasses import replace

from .reading import Heard, Reading
from .words import after_filler, noun_kind

_MORE_WORDS = frozenset(
    """and so ok okay please pls plz can could would you cool nice great thanks interesting tell me us say give
    explain go on keep going continue elaborate expand talk describe what else anything any more a bit little some
    about of regarding it that this her him them one the same scene track song part in detail details then
    abit bout even still further additional extra""".split()
)

_MORE_CUES = frozenset("more continue elaborate expand else going".split())

_MORE = re.compile(
    r"^(?:(?:and|so|ok|okay|please|pls|plz|can you|could you|would you|cool|nice|great|thanks|interesting) )*"
    r"(?:tell me|tell us|say|give me|explain|go on|keep going|continue|elaborate|expand|talk|describe|"
    r"what else|anything else|any more|more)"
    r"(?: (?:more|a bit more|a little more|some more|abit more))?"
    r"(?: (?:about|on|of|regarding))?(?: (?:it|that|this|her|him|them|that one|this one|the same|"
    r"this scene|that scene|this track|that track|this song|that song|that part|this part))?"
    r"(?: (?:more|please|pls|plz|in detail|details?|then))*$"
)

# "what happens?" with nothing else: what happens in the scene talked about
_WHAT_HAPPENS = re.compile(
    r"^(?:(?:and|so|ok|okay|but|well|right|alright) )*(?:what|wat|wht) (?:happens|happened|happen|goes on|went on|"
    r"is going on|is happening|was happening)(?: (?:in it|in there|there|in that one|in this one|exactly))?$"
)

_OTHER = re.compile(
    r"(?:(?:^|\b(?:the|that|which is the|what is the|what about the|and the|and|what about|any) )(?:other|remaining)"
    r"|\bwhich other(?= \w+(?: (?:is there|have|please|then))?$)"
    r"|\banother(?= (?:track|song|piece|tune|music)\b))"
    r"(?: (?P<noun>one|track|song|piece|tune|music|scene|character|person|guy|man|woman|girl)\b|$)"
)


_OTHER_WORDS = frozenset("other another remaining".split())


def more(heard: Heard) -> Reading | None:
    """ "tell me more", "go on": more of the same subject; a bare "what happens?", more of the scene."""
    words = set(heard.words)
    if _MORE.match(after_filler(heard.text)) or (
        words <= _MORE_WORDS and (words & _MORE_CUES or re.search(r"\bgo on\b", heard.text))
    ):
        return replace(heard.base, asks="more")
    if "then" not in words and _WHAT_HAPPENS.match(after_filler(heard.text)):  # "and then what happens": next
        return replace(heard.base, asks="more", kind="scene")
    return None


def other(heard: Heard) -> Reading | None:
    """ "and the other one?": the other of two, or what was also close last time."""
    found = _OTHER.search(heard.text) if heard.vocabulary & _OTHER_WORDS else None
    if found is None:
        return None
    kind = "track" if found["noun"] == "music" else noun_kind(found["noun"])  # "another music?": another track
    return replace(heard.base, asks="other", kind=kind)
