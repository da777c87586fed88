"""The offline commands over a folder of packs: --film, routing across the library, JSON film fields, validate."""

from __future__ import annotations

import io
import json

import pytest

from bot.__main__ import main
from tests.test_library import copy_films


@pytest.fixture
def films(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no .env from the checkout
    for name in ("PACK_PATH", "DEFAULT_FILM"):
        monkeypatch.delenv(name, raising=False)
    return copy_films(tmp_path / "films")


def run(capsys, monkeypatch, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def rows(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines()]


def test_ask_json_names_the_film_a_question_was_answered_from(films, capsys, monkeypatch):
    question = "in The Cormorant Ledger, who is the safecracker?"
    code, out, err = run(capsys, monkeypatch, "ask", "--pack", str(films), "--film", "overture", "--json", question)
    assert code == 0, err
    (row,) = rows(out)
    assert (row["film_key"], row["film"], row["title"]) == ("ledger", "The Cormorant Ledger", "Mara Quill")
    code, out, _ = run(
        capsys,
        monkeypatch,
        "ask",
        "--pack",
        str(films),
        "--film",
        "The Silent Overture",
        "--json",
        "who is Tomas Reyes",
    )
    assert code == 0 and rows(out)[0]["film_key"] == "overture" and rows(out)[0]["title"] == "Tomas Reyes"


def test_without_film_the_default_film_answers(films, capsys, monkeypatch):
    code, out, _ = run(capsys, monkeypatch, "ask", "--pack", str(films), "--json", "who is the ferryman?")
    assert code == 0 and rows(out)[0]["film_key"] == "ledger"  # the first by key
    monkeypatch.setenv("DEFAULT_FILM", "Salt and Lantern")
    code, out, _ = run(capsys, monkeypatch, "ask", "--pack", str(films), "--json", "who is the ferryman?")
    assert code == 0 and (rows(out)[0]["film_key"], rows(out)[0]["title"]) == ("salt-and-lantern", "Tobias Wren")


def test_pack_path_may_name_the_folder(films, capsys, monkeypatch):
    monkeypatch.setenv("PACK_PATH", str(films))
    code, out, _ = run(capsys, monkeypatch, "ask", "--film", "overture", "--json", "who is Tomas Reyes")
    assert code == 0 and rows(out)[0]["film"] == "The Silent Overture"


def test_an_unknown_film_is_refused_with_the_films_there_are(films, capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, "ask", "--pack", str(films), "--film", "nowhere", "who")
    assert code == 1 and not out
    assert err.strip() == f"no film 'nowhere' in {films}: the films are ledger, overture, salt-and-lantern"


def test_a_broken_file_is_named_and_the_others_still_answer(films, capsys, monkeypatch):
    (films / "broken.yaml").write_text("film: [\n", encoding="utf-8")
    code, out, err = run(capsys, monkeypatch, "ask", "--pack", str(films), "--film", "overture", "--json", "who is Tom")
    assert code == 0 and rows(out)[0]["film_key"] == "overture"
    assert err.startswith(f"{films / 'broken.yaml'}:2: YAML syntax error")


def test_a_conversation_follows_the_film_it_moved_to(films, capsys, monkeypatch):
    turns = "in The Cormorant Ledger, who is the safecracker?\nwho is her nephew?\n\nwho is her nephew?\n"
    code, out, _ = run(
        capsys, monkeypatch, "ask", "--pack", str(films), "--film", "overture", "--json", "--conversation", stdin=turns
    )
    assert code == 0
    answered = [(r["film_key"], r["title"]) for r in rows(out)]
    assert answered[:2] == [("ledger", "Mara Quill"), ("ledger", "Teo Quill")]
    assert answered[2][0] == "overture"  # a blank line starts afresh, on the --film film


def test_chat_says_when_it_moves_to_another_film(films, capsys, monkeypatch):
    stdin = "in Salt and Lantern who is the ferryman?\nquit\n"
    code, out, _ = run(capsys, monkeypatch, "chat", "--pack", str(films), "--film", "overture", stdin=stdin)
    assert code == 0
    assert out.startswith("The Silent Overture: the film companion (2 other films: name one to ask about it).")
    assert "(now about Salt and Lantern)\nbot> Tobias Wren:" in out


def test_quiz_plays_the_chosen_film(films, capsys, monkeypatch):
    args = ("quiz", "--pack", str(films), "--film", "salt-and-lantern", "--seed", "1", "--rounds", "3")
    code, out, _ = run(capsys, monkeypatch, *args, stdin="quit\n")
    assert code == 0 and out.startswith("Salt and Lantern quiz: 3 rounds.")


def test_validate_checks_every_file_of_a_folder(films, capsys, monkeypatch):
    code, out, err = run(capsys, monkeypatch, "validate", str(films))
    assert code == 0 and not err
    assert [line.split(":")[0] for line in out.splitlines()] == [
        str(films / name) for name in ("ledger.yaml", "overture.yaml", "salt-and-lantern.yaml")
    ]
    (films / "broken.yaml").write_text("film: [\n", encoding="utf-8")
    (films / "copy.yaml").write_text((films / "ledger.yaml").read_text(encoding="utf-8"), encoding="utf-8")
    code, out, err = run(capsys, monkeypatch, "validate", str(films))
    assert code == 1 and len(out.splitlines()) == 3
    assert f"{films / 'broken.yaml'}:2: YAML syntax error" in err
    assert f"{films / 'ledger.yaml'}:2: the title 'The Cormorant Ledger' is already used by copy.yaml" in err
