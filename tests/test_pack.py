"""The shipped pack is valid and faithful to the seed page."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core import load_pack

SEED = Path(__file__).parent / "data" / "seed-the-red-shoes.txt"
PACK_FILE = Path(__file__).parent.parent / "data" / "the-red-shoes.yaml"


def seed_scenes() -> list[tuple[str, str, str]]:
    """(title, summary, context) of every scene on the seed page, read straight from the page."""
    lines = SEED.read_text(encoding="utf-8").split("\n")
    start = lines.index("Memorable Scenes from Movie The Red Shoes") + 1
    scenes = []
    while lines[start] != "Download App":
        title, summary, context = lines[start : start + 3]
        scenes.append((title, summary, context.removeprefix("Context: ")))
        start += 3
    return scenes


def test_shipped_pack_validates():
    pack = load_pack(PACK_FILE)
    assert pack.film.title == "The Red Shoes"


def test_every_seed_scene_is_present_in_order_with_text_unchanged(pack):
    expected = seed_scenes()
    assert len(expected) == 9
    assert [(s.title, s.summary, s.context) for s in pack.scenes] == expected
    assert [s.number for s in pack.scenes] == list(range(1, 10))


def test_synopsis_and_genre_are_as_written(pack):
    page = SEED.read_text(encoding="utf-8").split("\n")
    synopsis = next(line for line in page if line.startswith("In this classic drama"))
    assert pack.film.synopsis == synopsis
    assert pack.film.genre == "classic drama"


def test_soundtrack_matches_the_page_without_the_cinematography_artefact(pack):
    page = SEED.read_text(encoding="utf-8")
    assert "Sound Tracks from The Red Shoes by Brian Easdale" in page
    assert pack.soundtrack.composer == "Brian Easdale"
    tracks = {t.title: t for t in pack.soundtrack.tracks}
    assert list(tracks) == ["The Red Shoes Ballet", "Entr'acte"]
    assert tracks["Entr'acte"].credit == "Walter Goehr"
    assert tracks["Entr'acte"].description == "Interlude during the film"
    assert tracks["The Red Shoes Ballet"].description == "The climactic ballet performance"
    assert tracks["The Red Shoes Ballet"].credit is None


def test_no_page_chrome_or_artefacts_anywhere_in_the_pack():
    text = PACK_FILE.read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    for chrome in ("Download App", "Quotes from Movie", "Dialogues from Movie", "Cinematography"):
        assert chrome not in body


def test_characters_come_from_the_synopsis(pack):
    names = [c.name for c in pack.characters]
    assert names == ["Vicky Page", "Boris Lermontov", "Julian Craster"]
    for character in pack.characters:
        assert character.name.split()[-1] in pack.film.synopsis


@pytest.mark.parametrize(
    "fact",
    [
        "1948",
        "powell",
        "pressburger",
        "shearer",
        "walbrook",
        "goring",
        "starring",
        "directed by",
        "released",
        "runtime",
        "minutes",
        "oscar",
    ],
)
def test_no_production_facts_the_page_does_not_give(fact):
    assert fact not in PACK_FILE.read_text(encoding="utf-8").lower()


def test_spoilers_are_the_scenes_that_give_the_ending_away(pack):
    assert [s.title for s in pack.scenes if s.spoiler] == ["The Tragic Fall", "The Isolation", "The Final Decision"]


def test_no_development_question_is_copied_into_the_pack():
    from bot.core.text import fold
    from tests.conftest import load_questions

    text = fold(PACK_FILE.read_text(encoding="utf-8"))
    questions = [fold(q["q"]) for q in load_questions("questions.jsonl")]
    copied = [q for q in questions if len(q.split()) >= 4 and q in text]
    assert copied == []
