"""A pack may leave out what its page doesn't give (genre, characters, soundtrack, a scene's context):
it loads, and nothing built on it mentions the missing part or breaks."""

from __future__ import annotations

import random

import pytest

from bot.authoring.importer import render_pack
from bot.authoring.page import parse_page
from bot.core import Engine, PackError, parse_pack
from bot.core.answers import help_text, render
from bot.core.quiz import all_clues, plan_game

BARE = """\
film:
  title: The Glass Orchard
  synopsis: An orchard keeper named Wren Alder guards a tree of glass apples through one hard winter.
scenes:
  - title: First Frost
    summary: Wren Alder wraps the glass tree in wool as the first frost settles over the valley and the apples ring.
  - title: The Thief at Midnight
    summary: A thief climbs the orchard wall at midnight and Wren chases him through the snow with a lantern.
    context: The theft turns a quiet winter into a chase across the valley.
  - title: Spring Thaw
    summary: The snow melts, the glass apples shine in the sun and the whole village comes to see the tree.
    context: The ending rewards the keeper's patience.
"""


@pytest.fixture(scope="module")
def bare():
    return parse_pack(BARE, "bare.yaml")


def test_a_pack_without_genre_characters_soundtrack_or_context_loads(bare):
    assert bare.film.genre is None
    assert bare.characters == ()
    assert bare.soundtrack.composer is None and bare.soundtrack.tracks == ()
    assert bare.scenes[0].context == "" and bare.scenes[1].context.startswith("The theft")


def test_a_soundtrack_may_list_tracks_without_a_composer():
    text = BARE.replace(
        "scenes:\n", "soundtrack:\n  tracks:\n    - title: Frost Waltz\n      description: A slow waltz\nscenes:\n"
    )
    pack = parse_pack(text)
    assert pack.soundtrack.composer is None and [t.title for t in pack.soundtrack.tracks] == ["Frost Waltz"]
    reply = render(pack.soundtrack, pack)
    assert "Frost Waltz" in reply and "None" not in reply and " by ." not in reply
    assert "None" not in render(pack.soundtrack.tracks[0], pack)


def test_an_empty_list_where_a_part_is_given_is_still_refused():
    with pytest.raises(PackError) as caught:
        parse_pack(BARE.replace("scenes:\n", "characters: []\nscenes:\n"), "bare.yaml")
    assert "bare.yaml:4: pack.characters must list at least one character" in str(caught.value)


def test_renderings_do_not_mention_what_is_absent(bare):
    film = render(bare.film, bare)
    assert "None" not in film and "()" not in film and "Characters:" not in film
    scene = render(bare.scenes[0], bare)
    assert "Context" not in scene and bare.scenes[0].summary in scene
    assert "Context: The theft" in render(bare.scenes[1], bare)
    soundtrack = render(bare.soundtrack, bare)
    assert "The Glass Orchard" in soundtrack and "no soundtrack" in soundtrack.lower() and "None" not in soundtrack


def test_help_offers_only_what_the_pack_has(bare):
    text = help_text(bare).lower()
    for absent in ("soundtrack", "score", "genre", "characters", "who is"):
        assert absent not in text, absent
    assert "first frost" in text and "3 memorable scenes" in text


def test_the_quiz_draws_only_the_kinds_the_pack_has(bare):
    kinds = {clue.kind for clue in all_clues(bare, spoilers=True)}
    assert kinds == {"scene", "next"}
    game = plan_game(bare, 5, spoilers=True, rng=random.Random(1))
    assert len(game) == 5 and {r.clue.kind for r in game} <= {"scene", "next"}


def test_the_engine_answers_a_bare_pack(bare):
    engine = Engine(bare)
    assert engine.answer("what happens in the thief at midnight").title == "The Thief at Midnight"
    answer = engine.answer("what is the film about")
    assert answer.kind == "film" and "None" not in answer.text


@pytest.mark.parametrize(
    ("question", "missing"),
    [("what genre is it", "genre"), ("soundtrack?", "soundtrack"), ("who wrote the music for the film", "soundtrack")],
)
def test_a_part_the_page_lacks_is_declined_as_missing_with_a_note(bare, question, missing):
    answer = Engine(bare).answer(question)
    assert answer.kind == "none" and answer.reason == "missing_fact" and missing in answer.text


def test_a_soundtrack_may_name_only_its_composer():
    pack = parse_pack(BARE.replace("scenes:\n", "soundtrack:\n  composer: Ida Frost\nscenes:\n"))
    assert pack.soundtrack.composer == "Ida Frost" and pack.soundtrack.tracks == ()
    assert render(pack.soundtrack, pack) == "The score of The Glass Orchard is by Ida Frost; no tracks are listed."
    assert {clue.kind for clue in all_clues(pack, spoilers=True)} == {"scene", "next"}
    assert "who wrote the score" in help_text(pack)


def test_a_page_naming_only_a_composer_imports_it():
    page = "Glass Orchard\nIn this classic fable, Wren Alder guards a glass tree all winter long.\n"
    page += "Sound Tracks from Glass Orchard by Ida Frost\nMemorable Scenes from Movie Glass Orchard\n"
    page += "First Frost\nWren wraps the tree in wool as the frost settles over the valley.\n"
    pack = parse_pack(render_pack(parse_page(page)))
    assert pack.soundtrack.composer == "Ida Frost" and pack.soundtrack.tracks == ()
