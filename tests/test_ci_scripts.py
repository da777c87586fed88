"""The CI scripts on a shared machine: .ci/postgres gives every checkout its own server and never touches
another's; .ci/run stops the server it started and installs into a fresh .venv. Run in copies of the scripts with
a PATH that has no sudo, runuser or apt-get, so nothing here can start or stop a real server."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
TOOLS = ["bash", "cat", "cksum", "cut", "dirname", "head", "id", "ls", "sort", "tail", "tr"]
GUARDED = ["rm", "mkdir"]  # these refuse any path outside the test's folder, whatever a script asks


@pytest.fixture
def sandbox(tmp_path):
    """A PATH of plain tools only, and TMPDIR inside the test's folder."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in TOOLS:
        found = shutil.which(tool)
        if found:
            (bin_dir / tool).symlink_to(found)
    for tool in GUARDED:
        guard = bin_dir / tool
        guard.write_text(
            "#!/bin/bash\n"
            'for arg in "$@"; do path="$arg"; [[ "$path" = /* ]] || path="$PWD/$path"; case "$path" in\n'
            f'  "$PWD"/-*|{tmp_path}/*) ;;\n'
            '  *) echo "refused: $arg" >&2; exit 1;;\nesac; done\n'
            f'exec {shutil.which(tool)} "$@"\n'
        )
        guard.chmod(0o755)
    (tmp_path / "tmp").mkdir()
    return {"PATH": str(bin_dir), "TMPDIR": str(tmp_path / "tmp"), "HOME": str(tmp_path)}


def checkout(tmp_path: Path, name: str) -> Path:
    """A checkout with this repository's .ci scripts."""
    root = tmp_path / name
    shutil.copytree(ROOT / ".ci", root / ".ci")
    return root


def script(root: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(root / ".ci" / "postgres"), *args], capture_output=True, text=True, env=env, timeout=30
    )


def test_every_checkout_gets_its_own_data_folder(tmp_path, sandbox):
    first, second = checkout(tmp_path, "a"), checkout(tmp_path, "b")
    folders = [script(root, sandbox, "dir") for root in (first, second, first)]
    assert all(result.returncode == 0 for result in folders), [result.stderr for result in folders]
    a, b, a_again = (result.stdout.strip() for result in folders)
    assert a != b and a == a_again
    assert all(Path(folder).parent == Path(sandbox["TMPDIR"]) for folder in (a, b))
    explicit = script(first, {**sandbox, "PG_TEST_DIR": str(tmp_path / "mine")}, "dir")
    assert explicit.stdout.strip() == str(tmp_path / "mine")


def test_stop_without_its_variable_stops_only_this_checkouts_server(tmp_path, sandbox):
    first, second = checkout(tmp_path, "a"), checkout(tmp_path, "b")
    theirs = Path(script(first, sandbox, "dir").stdout.strip())
    theirs.mkdir(parents=True)
    (theirs / "port").write_text("5432\n")  # checkout a's server data
    assert script(second, sandbox, "stop").returncode == 0
    assert (theirs / "port").exists()
    assert script(first, sandbox, "stop").returncode == 0
    assert not theirs.exists()


def test_start_never_reuses_another_checkouts_server(tmp_path, sandbox):
    shared = tmp_path / "shared"
    shared.mkdir()
    (shared / "checkout").write_text("/somewhere/else\n")
    (shared / "port").write_text("5432\n")
    result = script(checkout(tmp_path, "b"), {**sandbox, "PG_TEST_DIR": str(shared)})
    assert result.returncode != 0 and result.stdout == ""
    assert "another checkout" in result.stderr and "/somewhere/else" in result.stderr
    assert (shared / "port").exists()  # left alone


def fake_ci(tmp_path: Path, sandbox: dict[str, str]) -> tuple[Path, Path]:
    """A checkout whose .ci/postgres only logs what it was asked, and a python3 that stops CI at the first step."""
    root = tmp_path / "repo"
    (root / ".ci").mkdir(parents=True)
    shutil.copy(ROOT / ".ci" / "run", root / ".ci" / "run")
    log = tmp_path / "calls.log"
    (root / ".ci" / "postgres").write_text(
        f'echo "postgres ${{1:-start}}" >> {log}\n[ "${{1:-}}" = stop ] || echo postgresql://fake/db\n'
    )
    python = Path(sandbox["PATH"]) / "python3"
    python.write_text(
        "#!/bin/bash\n"
        f'echo "python3 $* (old venv there: $([ -e .venv/old ] && echo yes || echo no))" >> {log}\n'
        "exit 9\n"
    )
    python.chmod(0o755)
    (root / ".venv").mkdir()
    (root / ".venv" / "old").write_text("from an earlier run")
    return root, log


def test_ci_stops_the_server_it_started_and_builds_a_fresh_venv(tmp_path, sandbox):
    root, log = fake_ci(tmp_path, sandbox)
    result = subprocess.run(
        ["bash", str(root / ".ci" / "run")], capture_output=True, text=True, env=sandbox, timeout=30
    )
    assert result.returncode == 9  # the fake python3 failed: CI stops there...
    calls = log.read_text().splitlines()
    assert calls[0] == "postgres start"
    assert calls[1] == "python3 -m venv .venv (old venv there: no)"
    assert calls[-1] == "postgres stop"  # ...and still stops the server it started


def test_ci_leaves_a_server_it_was_given_alone(tmp_path, sandbox):
    root, log = fake_ci(tmp_path, sandbox)
    env = {**sandbox, "TEST_DATABASE_URL": "postgresql://given/db"}
    subprocess.run(["bash", str(root / ".ci" / "run")], capture_output=True, text=True, env=env, timeout=30)
    assert not any(line.startswith("postgres") for line in log.read_text().splitlines())
