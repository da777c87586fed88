"""The bot as a host installs it: a wheel in a fresh virtual environment, run from an unrelated folder."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # No build isolation: the build would otherwise download setuptools; this venv already has it.
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(out),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (found,) = out.glob("red_shoes_bot-*.whl")
    return found


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv holding only our wheel, installed with pip like any package.

    Installing the dependencies too would download discord.py and friends on every run. Instead a `.pth` file
    lends the venv this interpreter's site-packages for them; the path it adds comes after the venv's own
    site-packages, and `.pth` files inside it are not run, so this checkout's editable install stays out
    and `bot` can only come from the wheel (the test checks that too)."""
    venv = tmp_path_factory.mktemp("venv")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    site = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return venv


def run_installed(
    venv: Path, cwd: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {"PATH": f"{venv / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}", "HOME": str(cwd), **(env or {})}
    return subprocess.run(
        [str(venv / "bin" / "red-shoes-bot"), *args], capture_output=True, text=True, cwd=cwd, env=clean, timeout=60
    )


def test_the_wheel_holds_every_module_and_the_pack(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {path.relative_to(ROOT).as_posix() for path in (ROOT / "bot").rglob("*.py")}
    assert modules <= names, f"missing from the wheel (add the package to pyproject.toml): {modules - names}"
    packs = {f"bot/packs/{path.name}" for path in (ROOT / "data").glob("*.yaml")}
    assert packs and packs <= names
    assert "bot/core/english-words.txt.gz" in names  # the spelling corrector reads it on first need


def test_installed_bot_corrects_a_typo_from_an_unrelated_folder(installed: Path, tmp_path: Path):
    result = run_installed(installed, tmp_path, "ask", "the", "auditon", "at", "the", "center")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("The Audition (Scene ")


def test_installed_bot_answers_from_an_unrelated_folder(installed: Path, tmp_path: Path):
    result = run_installed(installed, tmp_path, "ask", "audition")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("The Audition (Scene ")


def test_installed_bot_validates_its_shipped_pack(installed: Path, tmp_path: Path):
    result = run_installed(installed, tmp_path, "validate")
    assert result.returncode == 0, result.stderr
    shipped, _, summary = result.stdout.partition(": ok (")
    assert Path(shipped).is_relative_to(installed) and Path(shipped).parent.name == "packs"
    assert summary.startswith("9 scenes")


def test_installed_bot_reads_dotenv_from_the_working_directory(installed: Path, tmp_path: Path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("film: [\n", encoding="utf-8")
    (tmp_path / ".env").write_text(f"PACK_PATH={broken}\n", encoding="utf-8")
    result = run_installed(installed, tmp_path, "validate")
    assert result.returncode == 1 and result.stderr.startswith(f"{broken}:")
    # ... and the environment wins over the file
    good = next((ROOT / "data").glob("*.yaml"))
    overridden = run_installed(installed, tmp_path, "validate", env={"PACK_PATH": str(good)})
    assert overridden.returncode == 0 and overridden.stdout.startswith(f"{good}: ok")
