"""A broken pack is refused with every problem as `path:line: message`, all in one run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.core import PackError, load_pack, parse_pack

GOOD = """\
film:
  title: The Red Shoes
  genre: classic drama
  synopsis: A ballerina chooses.
characters:
  - name: Vicky Page
    description: A dancer.
soundtrack:
  composer: Brian Easdale
  tracks:
    - title: Entr'acte
      description: Interlude during the film
scenes:
  - title: The Audition
    summary: She dances.
    context: It matters.
  - title: The Isolation
    summary: She is alone.
    context: It hurts.
    spoiler: true
"""


def problems(text: str, path: str = "pack.yaml") -> list[str]:
    with pytest.raises(PackError) as caught:
        parse_pack(text, path)
    return [str(p) for p in caught.value.problems]


def test_a_minimal_pack_is_valid():
    pack = parse_pack(GOOD)
    assert [s.title for s in pack.scenes] == ["The Audition", "The Isolation"]
    assert pack.scenes[1].spoiler and not pack.scenes[0].spoiler


def test_misspelt_key_is_named_with_its_line():
    text = GOOD.replace("    summary: She dances.", "    summmary: She dances.")
    found = problems(text)
    assert "pack.yaml:15: unknown key 'summmary' in pack.scenes[0] (did you mean 'summary'?)" in found
    assert "pack.yaml:14: pack.scenes[0] is missing required key 'summary'" in found


def test_missing_summary():
    text = GOOD.replace("    summary: She is alone.\n", "")
    assert problems(text) == ["pack.yaml:17: pack.scenes[1] is missing required key 'summary'"]


def test_number_where_text_belongs():
    text = GOOD.replace("composer: Brian Easdale", "composer: 1948")
    assert problems(text) == ["pack.yaml:9: pack.soundtrack.composer must be text, found a number"]


def test_empty_text_and_wrong_bool():
    text = GOOD.replace("context: It hurts.", 'context: "  "').replace("spoiler: true", "spoiler: maybe")
    assert problems(text) == [
        "pack.yaml:19: pack.scenes[1].context must not be empty",
        "pack.yaml:20: pack.scenes[1].spoiler must be true or false, found text",
    ]


def test_duplicate_title_names_both_lines():
    text = GOOD.replace("The Isolation", "The Audition")
    assert problems(text) == [
        "pack.yaml:17: name 'the audition' of scene 'The Audition' is already used by scene 'The Audition' (line 14)"
    ]


def test_duplicate_alias_across_entries_is_refused():
    text = GOOD.replace("    context: It matters.\n", "    context: It matters.\n    aliases: [Alone]\n").replace(
        "    spoiler: true\n", "    spoiler: true\n    aliases: [alone]\n"
    )
    assert any(
        "name 'alone' of scene 'The Isolation' is already used by scene 'The Audition'" in p for p in problems(text)
    )


def test_bad_indentation_is_a_syntax_error_with_a_line():
    text = GOOD.replace("    context: It matters.", "  context: It matters.")
    found = problems(text)
    assert len(found) == 1 and found[0].startswith("pack.yaml:16: YAML syntax error")


def test_every_problem_is_reported_in_one_run():
    text = (
        GOOD.replace("    summary: She dances.", "    summmary: She dances.")
        .replace("composer: Brian Easdale", "composer: 1948")
        .replace("The Isolation", "The Audition")
        .replace("  synopsis: A ballerina chooses.\n", "")
    )
    found = problems(text)
    assert [line.split(":")[1] for line in found] == ["2", "8", "13", "14", "16"]
    assert len(found) == 5


def test_wrong_shapes_and_empty_lists():
    text = GOOD.replace("characters:\n  - name: Vicky Page\n    description: A dancer.\n", "characters: []\n")
    text = text.replace("film:\n  title", "film:\n  aliases: Vicky\n  title")
    found = problems(text)
    assert "pack.yaml:2: pack.film.aliases must be a list, found text" in found
    assert "pack.yaml:6: pack.characters must list at least one character" in found


def test_empty_file_and_top_level_list():
    assert problems("") == ["pack.yaml:1: the pack is empty"]
    assert problems("- a\n- b\n") == ["pack.yaml:1: pack must be a mapping of pack fields, found a list"]


def test_arbitrary_python_objects_are_not_constructed():
    found = problems("!!python/object/apply:os.system ['echo hi']\n")
    assert found and "pack.yaml:1" in found[0]


def test_missing_file(tmp_path):
    with pytest.raises(PackError) as caught:
        load_pack(tmp_path / "nope.yaml")
    assert str(caught.value) == f"{tmp_path / 'nope.yaml'}:1: file not found"


def test_non_utf8_file_names_the_line(tmp_path):
    path = tmp_path / "latin1.yaml"
    path.write_bytes(GOOD.replace("She dances.", "She dances caf\u00e9.").encode("latin-1"))
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert str(caught.value) == f"{path}:15: not UTF-8 text (byte 0xe9)"


def run_cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    root = Path(__file__).parent.parent
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=root,
        env={"PATH": "", "PYTHONPATH": str(root)},
        timeout=60,
    )


def test_validate_command_exit_codes(tmp_path):
    good, bad = tmp_path / "good.yaml", tmp_path / "bad.yaml"
    good.write_text(GOOD, encoding="utf-8")
    bad.write_text(GOOD.replace("summary: She dances.", "summmary: She dances."), encoding="utf-8")
    ok = run_cli("validate", str(good))
    assert ok.returncode == 0 and "ok (2 scenes, 1 tracks, 1 characters)" in ok.stdout
    failed = run_cli("validate", str(good), str(bad))
    assert failed.returncode == 1
    assert f"{bad}:15: unknown key 'summmary'" in failed.stderr
    assert f"{bad}:14: pack.scenes[0] is missing required key 'summary'" in failed.stderr


def test_validate_defaults_to_the_shipped_pack():
    result = run_cli("validate")
    assert result.returncode == 0, result.stderr
    assert "ok (9 scenes, 2 tracks, 3 characters)" in result.stdout


def test_validate_warns_without_failing_when_no_scene_is_a_spoiler(tmp_path):
    path = tmp_path / "unmarked.yaml"
    path.write_text(GOOD.replace("    spoiler: true\n", ""), encoding="utf-8")
    result = run_cli("validate", str(path))
    assert result.returncode == 0 and "ok (2 scenes" in result.stdout
    assert f"{path}: warning: no scene is marked spoiler: true" in result.stderr
    marked = tmp_path / "marked.yaml"
    marked.write_text(GOOD, encoding="utf-8")
    assert "warning" not in run_cli("validate", str(marked)).stderr
