"""Rough edges a new user found in the command line: each ends in one clear line, never a traceback or silence."""

from __future__ import annotations

import subprocess
import sys

import pytest

from .test_cli import ROOT, run


def test_a_folder_without_packs_is_named_by_every_command(tmp_path):
    (tmp_path / "film.yml").write_text("film: {}\n", encoding="utf-8")  # .yml is not read: only *.yaml
    for args in (["ask", "--pack", str(tmp_path), "audition"], ["validate", str(tmp_path)]):
        result = run("-m", "bot", *args)
        assert result.returncode == 1, args
        assert f"{tmp_path}:1: no pack files (*.yaml) in this folder" in result.stderr, args


def test_a_bot_started_on_a_folder_without_packs_says_why(tmp_path):
    result = run("-m", "bot", env={"PACK_PATH": str(tmp_path), "DISCORD_TOKEN": "x" * 30})
    assert result.returncode == 1
    assert "no pack files (*.yaml) in this folder" in result.stderr


def test_an_unknown_film_is_said_once_and_blames_the_option(tmp_path):
    result = run("-m", "bot", "ask", "--film", "nosuch", "audition")
    assert result.returncode == 1
    assert result.stderr.count("nosuch") == 1 and "DEFAULT_FILM" not in result.stderr


def test_a_broken_pack_is_listed_once(tmp_path):
    pack = tmp_path / "broken.yaml"
    pack.write_text("film:\n  title: X\n", encoding="utf-8")
    result = run("-m", "bot", "ask", "--pack", str(pack), "hello")
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert lines and len(lines) == len(set(lines))


def test_importing_a_folder_is_refused_with_page_and_line(tmp_path):
    result = run("-m", "bot", "pack", "import", str(tmp_path))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"{tmp_path}:1: ")


@pytest.mark.parametrize("title", ["", "   "])
def test_a_new_pack_needs_a_title(title):
    result = run("-m", "bot", "pack", "new", title)
    assert result.returncode == 2 and "title" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("guild", ["0", "-5", "99999999999999999999999", "١٢٣"])
def test_sync_refuses_a_guild_id_that_is_not_one(guild):
    result = run("-m", "bot", "sync", "--guild", guild)
    assert result.returncode == 2 and "--guild" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["ask", "--json"], ["chat"]])
def test_output_piped_into_a_reader_that_stops_early_ends_quietly(command):
    reader = subprocess.Popen(["head", "-c", "1"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    questions = "\n".join(["what happens in the audition"] * 3000) + "\n"
    writer = subprocess.run(
        [sys.executable, "-m", "bot", *command],
        input=questions,
        stdout=reader.stdin,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait()
    assert "Traceback" not in writer.stderr and "BrokenPipeError" not in writer.stderr


def test_counts_of_one_are_singular(tmp_path):
    from bot.core.answers import render_scene_list
    from bot.core.loader import parse_pack

    one = parse_pack(
        "film:\n  title: One\n  synopsis: A film of one scene.\n"
        "scenes:\n  - title: Alone\n    summary: Nothing else happens.\n",
        "one.yaml",
    )
    assert "1 memorable scene," in render_scene_list(one) and "1 memorable scenes" not in render_scene_list(one)
