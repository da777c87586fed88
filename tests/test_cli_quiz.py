"""`python -m bot quiz`: the quiz's rounds in the terminal, run as a user would run it."""

from __future__ import annotations

import random

from bot.config import DEFAULT_PACK
from bot.core import load_pack
from bot.core.quiz import plan_game

from .conftest import DATA
from .test_cli import run


def planned(rounds: int, seed: int, *, spoilers: bool = False, path=DEFAULT_PACK):
    return plan_game(load_pack(path), rounds, spoilers=spoilers, rng=random.Random(seed))


def test_quiz_plays_the_rounds_and_counts_the_right_answers():
    game = planned(4, seed=11)
    typed = [str(r.correct + 1) for r in game[:3]] + [str((game[3].correct + 1) % len(game[3].choices) + 1)]
    result = run("-m", "bot", "quiz", "--rounds", "4", "--seed", "11", stdin="\n".join(typed) + "\n")
    assert result.returncode == 0, result.stderr
    for number, round_ in enumerate(game, start=1):
        assert f"Round {number} of 4: {round_.clue.question}\n{round_.clue.text}\n" in result.stdout
        for position, choice in enumerate(round_.choices, start=1):
            assert f"  {position}. {choice}\n" in result.stdout
    assert result.stdout.count("Right: ") == 3
    assert f"No: it was {game[3].answer}." in result.stdout
    assert result.stdout.rstrip().endswith("You scored 3 of 4.")


def test_quiz_asks_again_after_input_that_is_not_a_choice():
    game = planned(1, seed=2)
    count = len(game[0].choices)
    result = run(
        "-m", "bot", "quiz", "--rounds", "1", "--seed", "2", stdin=f"banana\n0\n{count + 1}\n{game[0].correct + 1}\n"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count(f"Type a number from 1 to {count}.") == 3
    assert "You scored 1 of 1." in result.stdout


def test_quiz_stops_on_quit_or_end_of_input_with_the_score_so_far():
    first = planned(5, seed=4)[0]
    result = run("-m", "bot", "quiz", "--seed", "4", stdin=f"{first.correct + 1}\nquit\n")
    assert result.returncode == 0, result.stderr
    assert "Round 2 of 5" in result.stdout and "Round 3 of 5" not in result.stdout
    assert result.stdout.rstrip().endswith("You scored 1 of 1.")
    assert run("-m", "bot", "quiz", stdin="").stdout.rstrip().endswith("You scored 0 of 0.")


def test_quiz_without_spoilers_never_shows_a_spoiler_scene(pack):
    hidden = [s.title for s in pack.scenes if s.spoiler]
    result = run("-m", "bot", "quiz", "--rounds", "20", "--seed", "1", stdin="1\n" * 20)
    assert result.returncode == 0 and "Round 20 of 20" in result.stdout
    assert not [title for title in hidden if title in result.stdout]
    with_spoilers = run("-m", "bot", "quiz", "--rounds", "20", "--seed", "1", "--spoilers", stdin="1\n" * 20)
    assert [title for title in hidden if title in with_spoilers.stdout]


def test_quiz_plays_any_pack():
    game = planned(3, seed=9, path=DATA / "salt-and-lantern.yaml")
    result = run(
        "-m",
        "bot",
        "quiz",
        "--pack",
        str(DATA / "salt-and-lantern.yaml"),
        "--rounds",
        "3",
        "--seed",
        "9",
        stdin="".join(f"{r.correct + 1}\n" for r in game),
    )
    assert result.stdout.startswith("Salt and Lantern quiz: 3 rounds.")
    assert "You scored 3 of 3." in result.stdout


def test_quiz_rounds_out_of_range_are_refused():
    result = run("-m", "bot", "quiz", "--rounds", "21")
    assert result.returncode == 2
    assert "rounds must be a whole number from 1 to 20" in result.stderr


def test_quiz_never_imports_discord():
    result = run("-X", "importtime", "-m", "bot", "quiz", "--rounds", "1", stdin="1\n")
    assert result.returncode == 0
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "bot.core.quiz" in imported
    assert not {name for name in imported if name.split(".")[0] in {"discord", "aiohttp"}}
