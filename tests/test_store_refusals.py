"""A database the bot cannot use is refused at start with one clear line and an exit status that means one thing:
2, misconfigured (a restart would not help: fix the setting); 4, unreachable (the unit restarts the bot)."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from bot import runner
from bot.client import FilmBotBase
from bot.config import Settings
from bot.exit_codes import ExitCode
from bot.storage import StoreError, StoreUnavailable, open_store

from .fake_discord import closed_port
from .hung_server import HungServer, refusing_postgres


@pytest.fixture
def start(tmp_path, monkeypatch, capsys):
    """Start the bot (logged in without a network) on a DATABASE_URL; returns its status and its stderr."""

    async def login_then_setup(self, token):  # a successful login runs setup_hook, which opens the store
        await self.setup_hook()

    monkeypatch.setattr(FilmBotBase, "login", login_then_setup)

    def run(url: str) -> tuple[int, str]:
        status = runner.run(Settings(token="tok", command_state_path=tmp_path / "state.json", database_url=url))
        captured = capsys.readouterr()
        assert "Traceback" not in captured.err and "SECRET" not in captured.err + captured.out
        assert len(captured.err.strip().splitlines()) == 1, captured.err
        return status, captured.err.strip()

    return run


def damaged_database(path: Path) -> Path:
    """A real database whose pages in the middle were overwritten (a bad disk, a bad copy)."""
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE filler (n INTEGER, text TEXT)")
    connection.executemany("INSERT INTO filler VALUES (?, ?)", [(n, "x" * 200) for n in range(2000)])
    connection.commit()
    connection.close()
    with open(path, "r+b") as handle:
        handle.seek(4096 * 40)
        handle.write(b"\xde\xad\xbe\xef" * 2048)
    return path


def test_an_in_memory_sqlite_is_refused_it_would_keep_nothing(start):
    status, line = start("sqlite:///:memory:")
    assert status == ExitCode.BAD_SETTINGS
    assert ":memory:" in line and "nothing" in line


def test_dev_null_is_refused(start):
    status, line = start("sqlite:////dev/null")
    assert status == ExitCode.BAD_SETTINGS and "/dev/null" in line


def test_a_damaged_sqlite_file_is_refused_at_start(start, tmp_path):
    path = damaged_database(tmp_path / "bot.sqlite3")
    status, line = start(f"sqlite:///{path}")
    assert status == ExitCode.BAD_SETTINGS
    assert str(path) in line and "damaged" in line and "backup" in line


def test_an_immutable_sqlite_file_is_refused(start, tmp_path):
    if shutil.which("chattr") is None or os.geteuid() != 0:
        pytest.skip("needs chattr and root to make a file immutable")
    path = tmp_path / "bot.sqlite3"
    sqlite3.connect(path).close()
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this file system has no immutable flag")
    try:
        status, line = start(f"sqlite:///{path}")
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    assert status == ExitCode.BAD_SETTINGS and str(path) in line


def test_a_port_out_of_range_is_a_bad_setting(start):
    status, line = start("postgresql://bot:SECRET@127.0.0.1:99999/bot")
    assert status == ExitCode.BAD_SETTINGS and "port" in line


def test_a_bad_sslmode_is_a_bad_setting(start):
    status, line = start(f"postgresql://bot:SECRET@127.0.0.1:{closed_port()}/bot?sslmode=sometimes")
    assert status == ExitCode.BAD_SETTINGS and "sslmode" in line


def test_a_wrong_password_is_a_bad_setting_not_a_retry(start):
    with refusing_postgres("28P01", 'password authentication failed for user "bot"') as port:
        status, line = start(f"postgresql://bot:SECRET@127.0.0.1:{port}/bot")
    assert status == ExitCode.BAD_SETTINGS
    assert "password authentication failed" in line and "28P01" in line


def test_a_missing_database_is_a_bad_setting_not_a_retry(start, postgres_url):
    missing = postgres_url.split("?")[0].rsplit("/", 1)[0] + "/no_such_database"
    status, line = start(missing)
    assert status == ExitCode.BAD_SETTINGS
    assert '"no_such_database" does not exist' in line and "3D000" in line


@pytest.mark.parametrize("host", ["refused", "unknown name"])
def test_an_unreachable_server_is_exit_4_to_be_retried(start, host):
    where = f"127.0.0.1:{closed_port()}" if host == "refused" else "no-such-host.invalid:5432"
    status, line = start(f"postgresql://bot:SECRET@{where}/bot")
    assert status == ExitCode.NO_NETWORK and line.startswith("cannot connect to postgresql://")


async def test_a_server_that_never_answers_times_out_as_unreachable():
    hung = HungServer()
    try:
        with pytest.raises(StoreUnavailable, match="did not answer"):
            await open_store(f"postgresql://bot@127.0.0.1:{hung.port}/bot", timeout=0.3)
    finally:
        hung.close()


async def test_the_damage_is_found_by_the_store_itself(tmp_path):
    path = damaged_database(tmp_path / "bot.sqlite3")
    with pytest.raises(StoreError) as caught:
        await open_store(f"sqlite:///{path}")
    assert not isinstance(caught.value, StoreUnavailable)
