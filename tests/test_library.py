"""The film library: keys and titles, broken and clashing packs, the default film, routing by title, reload."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from bot.core import PackError
from bot.core import library as library_module
from bot.core.library import FilmConversation, Library

DATA = Path(__file__).parent / "data"
PACKS = {
    "ledger": DATA / "packs" / "ledger.yaml",
    "overture": DATA / "packs" / "overture.yaml",
    "salt-and-lantern": DATA / "salt-and-lantern.yaml",
}


def copy_films(folder: Path, keys=PACKS) -> Path:
    folder.mkdir(exist_ok=True)
    for key in keys:
        shutil.copy(PACKS[key], folder / f"{key}.yaml")
    return folder


def retitled(key: str, title: str, aliases: str = "[]") -> str:
    """A pack's text with another film title (and aliases): the same content as a different film."""
    lines = PACKS[key].read_text(encoding="utf-8").splitlines(keepends=True)
    film_title = next(i for i, line in enumerate(lines) if line.startswith("  title: "))
    lines[film_title] = f"  title: {title}\n"
    film_aliases = next((i for i, line in enumerate(lines) if line.startswith("  aliases: ")), None)
    if film_aliases is not None:
        lines[film_aliases] = f"  aliases: {aliases}\n"
    return "".join(lines)


@pytest.fixture
def films(tmp_path) -> Path:
    return copy_films(tmp_path / "films")


# ------------------------------------------------------------------------------------------- keys and titles


def test_films_are_keyed_by_file_stem_and_found_by_key_or_title(films):
    library = Library.open(films)
    assert [(f.key, f.title) for f in library] == [
        ("ledger", "The Cormorant Ledger"),
        ("overture", "The Silent Overture"),
        ("salt-and-lantern", "Salt and Lantern"),
    ]
    assert library.find("overture").title == "The Silent Overture"
    assert library.find("THE SILENT OVERTURE").key == "overture"
    assert library.find("Salt and Lantérn!").key == "salt-and-lantern"  # accents and punctuation folded
    assert library.find("Salt And Lantern").key == "salt-and-lantern"
    assert library.find("salt-and-lantern").key == "salt-and-lantern"
    assert library.find("The Red Shoes") is None


def test_a_second_pack_with_the_same_title_is_refused_with_its_line(films, caplog):
    (films / "zz-copy.yaml").write_text(PACKS["ledger"].read_text(encoding="utf-8"), encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        library = Library.open(films)
    assert [f.key for f in library] == ["ledger", "overture", "salt-and-lantern"]
    (problem,) = library.problems[films / "zz-copy.yaml"]
    assert str(problem) == (
        f"{films / 'zz-copy.yaml'}:2: the title 'The Cormorant Ledger' is already used by ledger.yaml: "
        "give this film another title"
    )
    assert str(problem) in caplog.text


def test_a_second_pack_with_the_same_key_is_refused(films):
    (films / "Ledger.yaml").write_text(retitled("ledger", "Another Ledger"), encoding="utf-8")
    library = Library.open(films)
    assert library.find("Ledger").title == "Another Ledger"  # by key order, Ledger.yaml came first
    (problem,) = library.problems[films / "ledger.yaml"]
    assert "the key 'ledger' (the file's name) is already used by Ledger.yaml: rename the file" in str(problem)


def test_a_broken_pack_is_left_out_with_file_and_line_and_the_others_load(films, caplog):
    broken = films / "broken.yaml"
    broken.write_text("film:\n  title: Broken\n  genre: [\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        library = Library.open(films)
    assert len(library) == 3 and library.find("broken") is None
    problems = [str(p) for p in library.problems[broken]]
    assert problems and all(p.startswith(f"{broken}:") for p in problems) and "YAML syntax error" in problems[0]
    assert f"pack refused: {problems[0]}" in caplog.text


def test_no_film_loading_is_an_error_listing_every_file(tmp_path):
    folder = tmp_path / "films"
    folder.mkdir()
    (folder / "a.yaml").write_text("film: [\n", encoding="utf-8")
    (folder / "b.yaml").write_text("", encoding="utf-8")
    with pytest.raises(PackError) as error:
        Library.open(folder)
    paths = {p.path for p in error.value.problems}
    assert paths == {str(folder / "a.yaml"), str(folder / "b.yaml")}
    with pytest.raises(PackError):
        Library.open(tmp_path / "empty-folder-that-is-missing.yaml")


def test_one_pack_file_is_a_library_of_one(tmp_path):
    path = copy_films(tmp_path / "one", ["overture"]) / "overture.yaml"
    library = Library.open(path)
    assert [f.key for f in library] == ["overture"] and library.default.key == "overture"


# ------------------------------------------------------------------------------------------- the default film


def test_default_film_rules(films, caplog):
    assert Library.open(films).default.key == "ledger"  # unset: the first by key
    assert Library.open(films, default="salt-and-lantern").default.key == "salt-and-lantern"
    assert Library.open(films, default="the silent overture").default.key == "overture"  # a title works too
    with caplog.at_level(logging.WARNING):
        assert Library.open(films, default="Nowhere").default.key == "ledger"
    assert "DEFAULT_FILM 'Nowhere' is not a film of the library; the default is ledger" in caplog.text


def test_only_the_default_film_is_read_at_start_and_the_rest_later(films, monkeypatch):
    read = []
    original = library_module.read_pack_file
    monkeypatch.setattr(library_module, "read_pack_file", lambda path: read.append(path.name) or original(path))
    library = Library.open(films, default="overture", everything=False)
    assert read == ["overture.yaml"] and [f.key for f in library] == ["overture"]
    assert [p.name for p in library.pending] == ["ledger.yaml", "salt-and-lantern.yaml"]
    library.load_pending()
    assert [f.key for f in library] == ["ledger", "overture", "salt-and-lantern"] and not library.pending
    assert library.default.key == "overture"


def test_a_broken_default_falls_back_to_the_next_file(films):
    (films / "ledger.yaml").write_text("film: [\n", encoding="utf-8")
    library = Library.open(films, everything=False)
    assert [f.key for f in library] == ["overture"] and library.default.key == "overture"
    assert films / "ledger.yaml" in library.problems


# ------------------------------------------------------------------------------------------- engines


def test_engines_are_built_on_first_use_and_bounded(films):
    library = Library.open(films, max_engines=2)
    assert library.built_keys() == []
    library.answer("who is Teo?")
    assert library.built_keys() == ["ledger"]
    library.answer("who is Tomas Reyes?", film="overture")
    library.answer("who is the ferryman?", film="salt-and-lantern")
    # the default film's engine is never the one dropped
    assert library.built_keys() == ["ledger", "salt-and-lantern"]
    assert library.engine("overture") is library.engine("overture")


# ------------------------------------------------------------------------------------------- routing


def test_a_question_naming_another_film_is_answered_from_it_and_moves_the_conversation(films):
    library = Library.open(films)
    conversation = FilmConversation("overture")
    found = library.answer("in The Cormorant Ledger, who is the safecracker?", conversation)
    assert (found.film.key, found.answer.kind, found.answer.title) == ("ledger", "character", "Mara Quill")
    assert conversation.film_key == "ledger"
    followed = library.answer("who is her nephew?", conversation)  # no film named: the conversation's film
    assert (followed.film.key, followed.answer.title) == ("ledger", "Teo Quill")
    alias = library.answer("who is the ferryman in Salt & Lantern", conversation)  # an alias of the film
    assert (alias.film.key, alias.answer.title) == ("salt-and-lantern", "Tobias Wren")
    assert library.answer("what is the cormorant ledger about?", conversation).film.key == "ledger"


def test_a_film_option_disables_routing(films):
    library = Library.open(films)
    found = library.answer("in The Cormorant Ledger, who is the safecracker?", film="overture", route=False)
    assert found.film.key == "overture"
    assert found.as_dict("q")["film_key"] == "overture" and found.as_dict("q")["film"] == "The Silent Overture"


def test_a_track_called_like_another_film_does_not_switch_films(tmp_path):
    # The Silent Overture has a track "Curtain Call"; the library also holds a film called "Curtain Call".
    folder = copy_films(tmp_path / "films", ["overture", "salt-and-lantern"])
    (folder / "curtain-call.yaml").write_text(retitled("ledger", "Curtain Call"), encoding="utf-8")
    library = Library.open(folder)
    conversation = FilmConversation("overture")
    track = library.answer("who composed Curtain Call?", conversation)
    assert (track.film.key, track.answer.kind, track.answer.title) == ("overture", "track", "Curtain Call")
    assert conversation.film_key == "overture"
    moved = library.answer("in Curtain Call, who is the safecracker?", conversation)
    assert (moved.film.key, moved.answer.title) == ("curtain-call", "Mara Quill")
    # From a film with nothing called so, the title alone names the film.
    elsewhere = library.answer("what is Curtain Call about?", FilmConversation("salt-and-lantern"))
    assert (elsewhere.film.key, elsewhere.answer.kind) == ("curtain-call", "film")


def test_titles_complete_by_prefix_word_and_typo(films):
    library = Library.open(films)
    assert library.complete_titles("") == [
        ("Salt and Lantern", "salt-and-lantern"),
        ("The Cormorant Ledger", "ledger"),
        ("The Silent Overture", "overture"),
    ]
    assert library.complete_titles("the s")[0] == ("The Silent Overture", "overture")
    assert library.complete_titles("lant") == [("Salt and Lantern", "salt-and-lantern")]
    assert library.complete_titles("cormorant ledgr")[0] == ("The Cormorant Ledger", "ledger")


# ------------------------------------------------------------------------------------------- reload


def test_reload_reads_only_changed_files(films, monkeypatch):
    library = Library.open(films)
    assert library.reload() == []
    read = []
    original = library_module.read_pack_file
    monkeypatch.setattr(library_module, "read_pack_file", lambda path: read.append(path.name) or original(path))
    path = films / "overture.yaml"
    path.write_text(retitled("overture", "The Loud Overture"), encoding="utf-8")
    (change,) = library.reload()
    assert read == ["overture.yaml"] and change.ok and not change.added
    assert library.find("overture").title == "The Loud Overture"
    assert change.summary().startswith("Reloaded overture.yaml: 8 scenes, 4 tracks, 4 characters")


def test_a_broken_edit_keeps_the_previous_version(films, caplog):
    library = Library.open(films)
    engine = library.engine("overture")
    (films / "overture.yaml").write_text("film: [\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR):
        (change,) = library.reload()
    assert not change.ok and change.kept is not None
    assert library.find("overture").title == "The Silent Overture" and library.engine("overture") is engine
    summary = change.summary()
    assert summary.startswith("overture.yaml has 1 problem; still answering from the pack loaded before:\n")
    assert f"{films / 'overture.yaml'}:" in summary and "YAML syntax error" in caplog.text


def test_a_deleted_file_removes_its_film_and_a_new_one_adds_one(films):
    library = Library.open(films)
    (films / "ledger.yaml").unlink()
    (films / "curtain-call.yaml").write_text(retitled("ledger", "Curtain Call"), encoding="utf-8")
    changes = library.reload()
    assert [(c.path.name, c.removed, c.added) for c in changes] == [
        ("ledger.yaml", True, False),
        ("curtain-call.yaml", False, True),
    ]
    assert [f.key for f in library] == ["curtain-call", "overture", "salt-and-lantern"]
    assert library.default.key == "curtain-call"  # the default was removed: the first by key now
    assert changes[1].summary().startswith("Added curtain-call.yaml: 8 scenes")


def test_the_last_film_is_never_removed(tmp_path):
    folder = copy_films(tmp_path / "films", ["overture"])
    library = Library.open(folder)
    (folder / "overture.yaml").unlink()
    (change,) = library.reload()
    assert not change.ok and "file not found" in str(change.problems[0])
    assert [f.key for f in library] == ["overture"]


def test_a_fixed_file_joins_at_the_next_reload(films):
    broken = films / "zz.yaml"
    broken.write_text("film: [\n", encoding="utf-8")
    library = Library.open(films)
    assert library.find("zz") is None
    broken.write_text(retitled("ledger", "A Fixed Film"), encoding="utf-8")
    (change,) = library.reload()
    assert change.ok and change.added and library.find("A Fixed Film").key == "zz"
    assert broken not in library.problems


def test_a_reload_before_the_rest_loaded_reads_them_once(films):
    library = Library.open(films, default="overture", everything=False)
    changes = library.reload()
    assert sorted((c.path.name, c.added) for c in changes) == [("ledger.yaml", True), ("salt-and-lantern.yaml", True)]
    assert library.pending == [] and len(library) == 3


def test_titles_that_fold_to_nothing_are_still_told_apart(tmp_path):
    folder = tmp_path / "films"
    folder.mkdir()
    (folder / "a.yaml").write_text(retitled("ledger", "Тихая гавань"), encoding="utf-8")
    (folder / "b.yaml").write_text(retitled("overture", "Красная лодка"), encoding="utf-8")
    library = Library.open(folder)
    assert [f.key for f in library] == ["a", "b"] and not library.problems
    assert library.find("красная лодка").key == "b"
