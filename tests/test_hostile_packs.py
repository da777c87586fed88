"""Hostile or mistaken pack files are refused with `path:line: message`, each in its own process under a memory
cap (so a regression fails instead of eating the machine); time and memory are measured in the benchmark."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.core import PackError, load_pack
from bot.core.loader import MAX_PACK_BYTES

from .hostile import HOSTILE

ROOT = Path(__file__).parent.parent
MEMORY_CAP = 256 * 2**20  # address space for the child: far above a refusal's needs, far below the old costs
LOAD = (
    "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, ({cap}, {cap}));"
    "from bot.core import PackError, load_pack\n"
    "try:\n    load_pack(sys.argv[1])\nexcept PackError as error:\n    print(error); sys.exit(1)\n"
)


@pytest.mark.parametrize("name", HOSTILE)
def test_a_hostile_pack_is_refused_with_file_and_line(tmp_path, name):
    write, message = HOSTILE[name]
    path = write(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", LOAD.format(cap=MEMORY_CAP), str(path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=30,
    )
    assert result.returncode == 1, result.stderr[-2000:]
    [line] = result.stdout.splitlines()
    where, _, said = line.partition(": ")
    assert where.startswith(f"{path}:") and int(where.rsplit(":", 1)[1]) >= 1
    assert said.startswith(message)


def test_the_line_is_where_the_limit_was_passed(tmp_path):
    path = tmp_path / "deep.yaml"
    path.write_text(
        "film:\n  title: ok\n  keywords:\n" + "".join("  " * (i + 2) + "-\n" for i in range(20)), encoding="utf-8"
    )
    with pytest.raises(PackError) as caught:
        load_pack(path)
    assert str(caught.value) == f"{path}:18: nested more than 16 levels deep"  # the 17th level starts on line 18


def test_a_pack_just_under_the_size_limit_is_read(tmp_path):
    path = tmp_path / "padded.yaml"
    real = (ROOT / "data" / "the-red-shoes.yaml").read_text(encoding="utf-8")
    padding = MAX_PACK_BYTES - len(real.encode()) - 1
    path.write_text(real + "#" + "x" * (padding - 1) + "\n", encoding="utf-8")
    assert path.stat().st_size == MAX_PACK_BYTES
    assert load_pack(path).film.title
    path.write_text(real + "#" + "x" * padding + "\n", encoding="utf-8")
    with pytest.raises(PackError, match="file too large"):
        load_pack(path)


def test_a_few_aliases_in_a_pack_are_still_fine(tmp_path):
    real = (ROOT / "data" / "the-red-shoes.yaml").read_text(encoding="utf-8")
    path = tmp_path / "aliased.yaml"
    path.write_text(real.replace("genre: ", "genre: &genre ", 1) + "\n# reused: *genre\n", encoding="utf-8")
    assert load_pack(path).film.genre
