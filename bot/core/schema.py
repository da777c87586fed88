"""The pack format, stated once: which keys each section has and what they hold."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ValueType = Literal["text", "bool", "colour", "text_list", "section", "section_list"]


@dataclass(frozen=True, slots=True)
class Field:
    type: ValueType
    required: bool = False
    section: Section | None = None
    choices: tuple[str, ...] = ()  # for text: the only values allowed, if any


@dataclass(frozen=True, slots=True)
class Section:
    name: str
    fields: dict[str, Field]
    title_key: str | None = None  # the key whose value must be unique across the pack


NAMES = {"aliases": Field("text_list"), "keywords": Field("text_list")}

FILM = Section(
    "film",
    {
        "title": Field("text", True),
        "genre": Field("text"),  # only where the page states one
        "synopsis": Field("text", True),
        "colour": Field("colour"),  # the embed colour, "#RRGGBB"
        **NAMES,
    },
    title_key="title",
)
CHARACTER = Section(
    "character",
    {
        "name": Field("text", True),
        "description": Field("text", True),
        "pronoun": Field("text", choices=("she", "he", "they")),  # how follow-ups ("who is she?") refer to them
        **NAMES,
    },
    title_key="name",
)
TRACK = Section(
    "track",
    {"title": Field("text", True), "description": Field("text", True), "credit": Field("text"), **NAMES},
    title_key="title",
)
SOUNDTRACK = Section(
    "soundtrack",
    {"composer": Field("text"), "tracks": Field("section_list", section=TRACK), **NAMES},
)
SCENE = Section(
    "scene",
    {
        "title": Field("text", True),
        "summary": Field("text", True),
        "context": Field("text"),
        "spoiler": Field("bool"),
        **NAMES,
    },
    title_key="title",
)
PACK = Section(
    "pack",
    {
        "film": Field("section", True, FILM),
        # A page may name no characters or list no music: these parts are optional (present, they are checked).
        "characters": Field("section_list", section=CHARACTER),
        "soundtrack": Field("section", section=SOUNDTRACK),
        "scenes": Field("section_list", True, SCENE),
    },
)
