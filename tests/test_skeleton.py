"""`pack new`: a commented skeleton that is refused while empty and validates once its blanks are filled."""

from __future__ import annotations

import re

import pytest

from bot.authoring.skeleton import skeleton
from bot.core import PackError, parse_pack

from .test_importer import run_cli

BLANK = re.compile(r"^(\s*(?:- )?)(\w+):[ ]*(#.*)?$", re.MULTILINE)
SECTIONS = {"film", "characters", "soundtrack", "tracks", "scenes"}


def fill(text: str) -> str:
    """Every empty value gets a distinct text (titles must be unique); section headers stay as they are."""
    counter = iter(range(1, 1000))

    def value(match: re.Match[str]) -> str:
        indent, key, _ = match.groups()
        return match.group(0) if key in SECTIONS else f"{indent}{key}: Filled text {next(counter)}"

    return BLANK.sub(value, text)


def test_the_skeleton_names_the_film_and_explains_itself():
    text = skeleton("The Glass Orchard")
    assert 'title: "The Glass Orchard"' in text
    comments = [line for line in text.splitlines() if line.lstrip().startswith("#")]
    assert len(comments) >= 8 and any("spoiler" in c for c in comments) and any("optional" in c for c in comments)


def test_the_empty_skeleton_is_refused_at_each_blank():
    with pytest.raises(PackError) as caught:
        parse_pack(skeleton("The Glass Orchard"), "new.yaml")
    assert all("must be text, found nothing" in str(p) for p in caught.value.problems)
    assert len(caught.value.problems) >= 4


def test_the_filled_skeleton_validates():
    pack = parse_pack(fill(skeleton("The Glass Orchard")), "new.yaml")
    assert pack.film.title == "The Glass Orchard" and pack.film.synopsis.startswith("Filled text")
    assert len(pack.scenes) >= 2 and all(s.summary for s in pack.scenes)


def test_a_title_with_quotes_and_colons_stays_one_value():
    title = 'Night: The "Last" Tram # 2'
    assert parse_pack(fill(skeleton(title))).film.title == title


def test_the_command_prints_the_skeleton():
    result = run_cli("pack", "new", "The Glass Orchard")
    assert result.returncode == 0 and result.stdout == skeleton("The Glass Orchard")
