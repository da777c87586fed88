"""A synthetic film library for the scale benchmark: distinct films, not copies of one.

Each film gets its own title, its own people (names built from syllables) and its own vocabulary (a few hundred
words drawn from the English word list the bot ships), and 10 to 40 scenes. Same seed, same library.

    python benchmarks/synthetic_films.py OUT_FOLDER [COUNT]
"""

from __future__ import annotations

import gzip
import random
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
WORDS = ROOT / "bot" / "core" / "english-words.txt.gz"
SYLLABLES = "ka ri mo len sa vor el tha bri an dor is mae lu ven os cal ra ny fen gar il ost ber wyn ta si".split()
GENRES = "drama thriller comedy mystery romance western adventure musical noir fantasy war documentary".split()
PRONOUNS = ("she", "he", "they")


def english_words() -> list[str]:
    with gzip.open(WORDS, "rt", encoding="utf-8") as handle:
        return [w for w in (line.strip() for line in handle) if re.fullmatch(r"[a-z]{4,10}", w)]


def slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")


class FilmWriter:
    """Writes one film at a time; titles are unique across the library (as the library requires)."""

    def __init__(self, seed: int = 1948) -> None:
        self.rng = random.Random(seed)
        self.pool = english_words()
        self.titles: set[str] = set()

    def name(self) -> str:
        rng = self.rng
        part = lambda: "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).title()  # noqa: E731
        return f"{part()} {part()}"

    def phrase(self, vocabulary: list[str], low: int, high: int) -> str:
        return " ".join(self.rng.choice(vocabulary) for _ in range(self.rng.randint(low, high)))

    def text(self, vocabulary: list[str], people: list[str], low: int, high: int) -> str:
        """Sentences of the film's words, a person named now and then."""
        words = self.phrase(vocabulary, low, high).split()
        for position in range(0, len(words), 9):
            words[position] = self.rng.choice(people)
        return ". ".join(" ".join(words[i : i + 12]).capitalize() for i in range(0, len(words), 12)) + "."

    def unique_titles(self, vocabulary: list[str], count: int, low: int, high: int) -> list[str]:
        titles: dict[str, None] = {}
        while len(titles) < count:
            titles.setdefault(self.phrase(vocabulary, low, high).title(), None)
        return list(titles)

    def film(self) -> dict[str, object]:
        rng = self.rng
        vocabulary = rng.sample(self.pool, rng.randint(200, 400))
        while True:
            title = f"The {rng.choice(self.pool).title()} {rng.choice(self.pool).title()}"
            if title.lower() not in self.titles:
                self.titles.add(title.lower())
                break
        by_first = {person.split()[0]: person for person in (self.name() for _ in range(rng.randint(3, 8)))}
        people = list(by_first.values())  # first names are aliases: one person each
        scenes = self.unique_titles(vocabulary, rng.randint(10, 40), 2, 4)
        tracks = self.unique_titles(vocabulary, rng.randint(3, 8), 1, 3)
        return {
            "film": {
                "title": title,
                "genre": rng.choice(GENRES),
                "synopsis": self.text(vocabulary, people, 40, 70),
                "aliases": [title.removeprefix("The ")],
                "keywords": [self.phrase(vocabulary, 1, 2) for _ in range(4)],
            },
            "characters": [
                {
                    "name": person,
                    "description": self.text(vocabulary, people, 12, 25),
                    "pronoun": rng.choice(PRONOUNS),
                    "aliases": [person.split()[0]],
                    "keywords": [self.phrase(vocabulary, 1, 2) for _ in range(2)],
                }
                for person in people
            ],
            "soundtrack": {
                "composer": self.name(),
                "tracks": [
                    {"title": track, "description": self.text(vocabulary, people, 8, 16), "credit": self.name()}
                    for track in tracks
                ],
            },
            "scenes": [
                {
                    "title": scene,
                    "summary": self.text(vocabulary, people, 30, 60),
                    "context": self.text(vocabulary, people, 15, 30),
                    "keywords": [self.phrase(vocabulary, 1, 2) for _ in range(3)],
                    **({"spoiler": True} if number == len(scenes) else {}),
                }
                for number, scene in enumerate(scenes, start=1)
            ],
        }


def write_library(folder: Path, count: int, seed: int = 1948) -> list[Path]:
    """`count` distinct films as `<slug of title>.yaml` in `folder` (emptied of other packs first)."""
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.yaml"):
        old.unlink()
    writer = FilmWriter(seed)
    paths = []
    for _ in range(count):
        film = writer.film()
        path = folder / f"{slug(film['film']['title'])}.yaml"  # type: ignore[index]
        path.write_text(yaml.safe_dump(film, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    write_library(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 1000)
