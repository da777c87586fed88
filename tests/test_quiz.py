"""The quiz core: clues never give their answer away, choices are fair, games are planned from any pack."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bot.config import DEFAULT_PACK
from bot.core import load_pack, parse_pack
from bot.core.quiz import MASK, QUESTIONS, QuizUnavailable, all_clues, make_round, mask, plan_game, secret_stems
from bot.core.text import fold, stem

from .conftest import DATA

SMALL_PACK = DATA / "salt-and-lantern.yaml"
PACKS = [DEFAULT_PACK, SMALL_PACK, DATA / "packs" / "overture.yaml"]


def names_of(pack, clue):
    """The answer's title and aliases, looked up in the pack (not in the quiz's own tables)."""
    entries = [*pack.scenes, *pack.soundtrack.tracks, *pack.characters]
    for entry in entries:
        if entry.title == clue.answer:
            return (entry.title, *entry.aliases)
    assert clue.answer == pack.soundtrack.composer
    return (pack.soundtrack.composer, *pack.soundtrack.aliases)


def contains_phrase(text: str, phrase: str) -> bool:
    folded = fold(phrase)
    return bool(folded) and re.search(rf"(?<![a-z0-9]){re.escape(folded)}(?![a-z0-9])", fold(text)) is not None


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.stem)
def test_no_clue_contains_its_answers_title_or_aliases(path):
    pack = load_pack(path)
    clues = all_clues(pack, spoilers=True)
    assert clues
    for clue in clues:
        shown = f"{clue.question} {clue.text}"
        for name in names_of(pack, clue):
            assert not contains_phrase(shown, name), (clue.answer, name, shown)


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.stem)
def test_no_clue_contains_a_word_of_its_answers_names_in_any_form(path):
    pack = load_pack(path)
    for clue in all_clues(pack, spoilers=True):
        shown_stems = {stem(w) for w in fold(clue.text).split()}
        assert not shown_stems & secret_stems(names_of(pack, clue)), (clue.answer, clue.text)


def test_masking_ignores_case_accents_and_punctuation():
    masked = mask("CAFÉ! The cafe's owner, at the Cafe.", ["Café Nocturne"])
    assert "caf" not in fold(masked)
    assert masked.count(MASK) == 3 and "owner" in masked


def test_masking_catches_other_forms_of_a_title_word():
    assert mask("She is isolated, in isolation.", ["The Isolation"]) == f"She is {MASK}, in {MASK}."
    assert mask("They confront it.", ["The Confrontation"]) == f"They {MASK} it."


def test_a_run_of_masked_words_is_one_mask_so_the_title_length_does_not_show():
    assert mask("In The Dancer's Choice she wins.", ["The Dancer's Choice"]) == f"In The {MASK} she wins."


def test_filler_words_stay_unless_the_name_is_only_filler():
    assert mask("The end of it", ["The End"]) == f"The {MASK} of it"
    assert mask("We go up and up", ["Up"]) == f"We go {MASK} and {MASK}"


def test_clues_of_every_kind_come_from_the_shipped_pack(pack):
    kinds = Counter(c.kind for c in all_clues(pack, spoilers=True))
    assert set(kinds) == set(QUESTIONS)
    assert kinds["next"] == len(pack.scenes) - 1
    assert kinds["character"] == len(pack.characters)


def test_a_round_has_the_answer_and_up_to_three_others_of_its_kind(pack):
    rng = random.Random(7)
    scene_titles = {s.title for s in pack.scenes}
    for clue in all_clues(pack, spoilers=True):
        round_ = make_round(clue, rng)
        assert round_.answer == clue.answer
        assert len(set(round_.choices)) == len(round_.choices) == min(4, len(clue.others) + 1)
        if clue.kind in ("scene", "next"):
            assert set(round_.choices) <= scene_titles


def test_a_kind_with_fewer_than_four_entries_gets_fewer_choices_and_a_lone_entry_none():
    small = load_pack(SMALL_PACK)  # one track, two characters, the composer credited on the only track
    clues = all_clues(small, spoilers=True)
    kinds = {c.kind for c in clues}
    assert "track" not in kinds and "composer" not in kinds
    for clue in clues:
        if clue.kind == "character":
            assert len(make_round(clue, random.Random(1)).choices) == 2


def test_the_shipped_two_tracks_give_two_choices(pack):
    tracks = [c for c in all_clues(pack, spoilers=False) if c.kind == "track"]
    assert len(tracks) == 2
    assert all(len(make_round(c, random.Random(3)).choices) == 2 for c in tracks)


@pytest.mark.parametrize("path", PACKS, ids=lambda p: p.stem)
def test_without_spoilers_spoiler_scenes_are_neither_clue_nor_choice(path):
    pack = load_pack(path)
    hidden = {s.title for s in pack.scenes if s.spoiler}
    assert hidden
    for seed in range(20):
        for round_ in plan_game(pack, 20, spoilers=False, rng=random.Random(seed)):
            assert not round_.clue.spoiler
            assert not hidden & set(round_.choices)


def test_with_spoilers_spoiler_scenes_are_played(pack):
    answers = {r.answer for seed in range(10) for r in plan_game(pack, 20, spoilers=True, rng=random.Random(seed))}
    assert {s.title for s in pack.scenes if s.spoiler} & answers


def test_a_game_takes_the_kinds_in_turn_and_repeats_no_answer_while_fresh_ones_remain(pack):
    rounds = plan_game(pack, 10, spoilers=True, rng=random.Random(5))
    assert len(rounds) == 10
    assert {r.clue.kind for r in rounds[:5]} == set(QUESTIONS)
    answers = [r.answer for r in rounds]
    assert len(set(answers)) == len(answers)


def test_a_seed_makes_the_same_game_and_choices_are_shuffled(pack):
    first = plan_game(pack, 8, rng=random.Random(42))
    assert first == plan_game(pack, 8, rng=random.Random(42))
    positions = Counter(r.correct for seed in range(30) for r in plan_game(pack, 5, rng=random.Random(seed)))
    assert len(positions) == 4


def test_more_rounds_than_answers_repeats_rather_than_running_dry():
    small = load_pack(SMALL_PACK)
    rounds = plan_game(small, 20, spoilers=False, rng=random.Random(0))
    assert len(rounds) == 20


def test_a_pack_with_one_of_everything_has_no_quiz():
    tiny = parse_pack("""
film: {title: Lone, genre: drama, synopsis: One of each.}
characters: [{name: Solo Person, description: The only one here.}]
soundtrack: {composer: Some Body, tracks: [{title: Only Tune, description: The only music}]}
scenes: [{title: Only Scene, summary: Everything happens here in one long take by the sea., context: All of it.}]
""")
    with pytest.raises(QuizUnavailable):
        plan_game(tiny, 5)


@pytest.mark.parametrize("rounds", [0, -1, 21, 10**9])
def test_a_game_is_planned_only_within_the_round_limits(pack, rounds):
    with pytest.raises(ValueError, match="from 1 to 20"):
        plan_game(pack, rounds, rng=random.Random(1))


TRACKS = """
film: {{title: Tunes, genre: drama, synopsis: Music.}}
characters: [{{name: Ann Aye, description: The first one here.}}, {{name: Bo Bee, description: The second one.}}]
soundtrack:
  composer: Some Body
  tracks:
{tracks}
scenes: [{{title: Only Scene, summary: Everything happens here in one long take by the sea., context: All of it.}}]
"""


def track_pack(*credits):
    listed = "\n".join(
        f"    - {{title: Tune {n}, description: Music number {n} plays{', credit: ' + c if c else ''}}}"
        for n, c in enumerate(credits, start=1)
    )
    return parse_pack(TRACKS.format(tracks=listed))


@pytest.mark.parametrize("path", PACKS)
def test_a_clue_never_rests_on_a_field_only_its_answer_has_among_the_choices(path):
    pack = load_pack(path)
    credited = {t.title for t in pack.soundtrack.tracks if t.credit}
    for clue in all_clues(pack, spoilers=True):
        if clue.kind == "track" and "Credited to" in clue.text:
            for seed in range(20):
                choices = make_round(clue, random.Random(seed)).choices
                assert set(choices) <= credited, (clue.text, choices)


def test_the_shipped_entracte_clue_does_not_give_its_credit_away(pack):
    entracte = next(c for c in all_clues(pack, spoilers=True) if c.kind == "track" and c.answer == "Entr'acte")
    assert "Walter Goehr" not in entracte.text and "Credited" not in entracte.text


def test_a_credit_every_choice_has_is_still_a_clue():
    pack = track_pack("Cee Dee", "Eff Gee", None)
    clues = {c.answer: c for c in all_clues(pack, spoilers=True) if c.kind == "track"}
    assert "Credited to Cee Dee" in clues["Tune 1"].text and set(clues["Tune 1"].others) == {"Tune 2"}
    assert "Credited" not in clues["Tune 3"].text and set(clues["Tune 3"].others) == {"Tune 1", "Tune 2"}
