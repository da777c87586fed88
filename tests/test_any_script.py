"""Names in any script: folding transliterates (anyascii) rather than dropping letters, on every side —
the index, the question, autocomplete and the quiz's masking."""

from __future__ import annotations

import pytest

from bot.core import Engine, parse_pack
from bot.core.quiz import MASK, mask
from bot.core.text import fold

PACK = """\
film:
  title: Зимний сад
  synopsis: Søren Łukasz keeps a winter garden in Łódź while Ólafur Æsirsson writes to him from the north.
characters:
  - name: Søren Łukasz
    description: A gardener in Łódź who keeps the glass houses warm through the winter.
  - name: Ólafur Æsirsson
    description: A sailor who writes letters about the northern sea.
  - name: Ирина Волкова
    description: A botanist from Moscow who brings seeds to the garden.
scenes:
  - title: Первый снег
    summary: The first snow falls on the glass houses and Søren lights every stove before dawn.
  - title: Letters from Ólafur
    summary: Ólafur's letters arrive in a bundle and Søren reads them aloud to the frozen orchids.
  - title: Αθήνα in Spring
    summary: Ирина Волкова arrives with seeds from the south and the garden blooms at last.
"""


@pytest.fixture(scope="module")
def engine():
    return Engine(parse_pack(PACK, "any-script.yaml"))


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Søren", "soren"),
        ("Łódź", "lodz"),
        ("Æsir", "aesir"),
        ("Москва", "moskva"),
        ("Αθήνα", "athina"),
        ("straße", "strasse"),
        ("Entr’acte!", "entracte"),
        ("the 👏🏽 end", "the end"),
    ],
)
def test_folding_transliterates_instead_of_dropping_letters(written, folded):
    assert fold(written) == folded


def test_a_possessive_of_a_name_ending_in_s_folds_to_the_name():
    assert fold("Elias's brother") == fold("Elias’ brother") == "elias brother"
    assert fold("Vicky's") == "vickys"  # stems as "vicky"; only an s before the apostrophe is doubled


def test_a_name_typed_without_its_letters_finds_the_character(engine):
    reply = engine.answer("who is soren lukasz")
    assert reply.subject is not None and reply.subject.title == "Søren Łukasz"


def test_a_question_in_another_script_is_transliterated_and_answered(engine):
    reply = engine.answer("кто такая Ирина Волкова?")
    assert reply.subject is not None and reply.subject.title == "Ирина Волкова"
    reply = engine.answer("irina volkova")
    assert reply.subject is not None and reply.subject.title == "Ирина Волкова"


def test_a_scene_titled_in_another_script_is_found_either_way(engine):
    assert engine.resolve("scene", "Первый снег").match.title == "Первый снег"
    assert engine.resolve("scene", "pervyy sneg").match.title == "Первый снег"
    assert engine.resolve("scene", "athina in spring").match.title == "Αθήνα in Spring"


def test_a_question_in_another_script_that_matches_nothing_is_declined(engine):
    reply = engine.answer("Где находится вокзал метро?")
    assert reply.subject is None


def test_autocomplete_matches_transliterated_prefixes(engine):
    assert "Первый снег" in engine.complete("scene", "perv")
    assert "Søren Łukasz" in engine.complete("character", "sor")
    assert "Ólafur Æsirsson" in engine.complete("character", "Olaf")


def test_the_quiz_masks_a_name_however_it_is_written():
    clue = mask("Soren reads to Søren's orchids while Ирина waits for Irina.", ["Søren Łukasz", "Ирина Волкова"])
    assert "Soren" not in clue and "Søren" not in clue and "Ирина" not in clue and "Irina" not in clue
    assert clue.count(MASK) == 4
