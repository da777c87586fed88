"""`python -m bot data export|delete --guild ID`: only a real server id is accepted, a database that doesn't
exist is not created, and a database that can't be used exits with the status the exit table gives it."""

from __future__ import annotations

import json

import pytest

from bot.__main__ import main
from bot.exit_codes import ExitCode

from .fake_discord import closed_port


@pytest.fixture
def data(tmp_path, monkeypatch, capsys):
    """`python -m bot data ...` in this process, in an empty folder; returns (status, stdout, stderr)."""
    monkeypatch.chdir(tmp_path)
    for name in ("DATABASE_URL", "COMMAND_STATE_PATH", "DISCORD_TOKEN"):
        monkeypatch.delenv(name, raising=False)

    def run(*args: str, url: str | None = None) -> tuple[int, str, str]:
        if url is not None:
            monkeypatch.setenv("DATABASE_URL", url)
        try:
            status = main(["data", *args])
        except SystemExit as stopped:  # argparse refusing an argument
            status = stopped.code if isinstance(stopped.code, int) else 1
        captured = capsys.readouterr()
        return status, captured.out, captured.err

    return run


@pytest.mark.parametrize(
    "guild", ["١٢٣", "1_000", " 5", "5 ", "-5", "+5", "0", "00", str(2**63), str(2**64 - 1), "", "x"]
)
@pytest.mark.parametrize("action", ["export", "delete"])
def test_only_a_plain_server_id_is_accepted(data, tmp_path, action, guild):
    url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    status, out, err = data(action, "--guild", guild, url=url)
    assert status != 0 and out == ""
    assert "a server id is plain digits from 1 to 9223372036854775807" in err and "Traceback" not in err
    assert not (tmp_path / "bot.sqlite3").exists()


@pytest.mark.parametrize("guild", ["1", "1456074443980800000", str(2**63 - 1)])
def test_a_real_server_id_is_accepted(data, tmp_path, guild):
    url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    assert data("delete", "--guild", guild, url=url)[0] == 0
    status, out, _ = data("export", "--guild", guild, url=url)
    assert status == 0 and json.loads(out)["guild_id"] == int(guild)


@pytest.mark.parametrize("action", ["export", "delete"])
def test_no_database_is_said_and_none_is_created(data, tmp_path, action):
    status, out, err = data(action, "--guild", "42")  # the default: .state/bot.sqlite3
    assert status == 0
    assert not (tmp_path / ".state").exists()
    assert "no database" in err and "bot.sqlite3" in err
    if action == "export":
        assert json.loads(out) == {"guild_id": 42, "tables": {}}


def test_an_unreachable_database_exits_4_and_an_unusable_one_2(data, tmp_path):
    status, _, err = data("export", "--guild", "1", url=f"postgresql://u:pw@127.0.0.1:{closed_port()}/x")
    assert (
        status == ExitCode.NO_NETWORK
        and err.startswith("cannot connect to postgresql://127.0.0.1:")
        and "pw" not in err
    )
    (tmp_path / "notes.txt").write_text("not a database\n" * 100)
    status, _, err = data("export", "--guild", "1", url=f"sqlite:///{tmp_path / 'notes.txt'}")
    assert status == ExitCode.BAD_SETTINGS and "notes.txt" in err and "Traceback" not in err
    status, _, err = data("export", "--guild", "1", url="sqlite:///:memory:")
    assert status == ExitCode.BAD_SETTINGS and ":memory:" in err
