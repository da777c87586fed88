"""The film pack as typed, immutable objects."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Film:
    title: str
    genre: str | None  # None: the page states none
    synopsis: str
    colour: int | None = None  # the embed colour as 0xRRGGBB; None: the bot's default
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Character:
    name: str
    description: str
    pronoun: str | None = None  # "she", "he" or "they", when the page says
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Track:
    title: str
    description: str
    credit: str | None = None
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Soundtrack:
    """The film's music; a pack that lists none has one with no composer and no tracks."""

    composer: str | None
    tracks: tuple[Track, ...]
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Scene:
    number: int
    title: str
    summary: str
    context: str  # "" when the page gives none
    spoiler: bool = False
    aliases: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Pack:
    film: Film
    characters: tuple[Character, ...]
    soundtrack: Soundtrack
    scenes: tuple[Scene, ...]
    source: str = field(default="<memory>", compare=False)
