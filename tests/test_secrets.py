"""No value that could be a secret is printed: database URLs show only where they point, a pack path that looks
like a token is not echoed, and a token that can't be sent is refused without a traceback."""

from __future__ import annotations

import pytest

from bot.core.redaction import display_url, looks_like_token
from bot.storage import StoreError, open_store

from .test_cli import run

TOKEN = "MTA4NzY1NDMyMTA5ODc2NTQzMg.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789AB"


@pytest.mark.parametrize(
    "url, shown",
    [
        ("postgresql://bot:hunter2@db.example:5432/films", "postgresql://db.example:5432/films"),
        ("postgresql://bot:p@ss@word@db:5432/films", "postgresql://db:5432/films"),  # an unencoded @ in it
        ("postgresql://db/films?user=bot&password=hunter2&sslmode=require", "postgresql://db/films"),
        ("postgres://db:6543/films?sslpassword=k3y&passfile=/run/secrets/pgpass", "postgres://db:6543/films"),
        ("postgresql://bot@[::1]:5432/films", "postgresql://[::1]:5432/films"),
        ("postgresql:///films?host=/run/postgresql&password=x", "postgresql:///films"),
        ("sqlite:///var/lib/bot/bot.sqlite3", "sqlite:///var/lib/bot/bot.sqlite3"),
    ],
)
def test_a_database_url_is_shown_as_scheme_host_port_and_database_only(url, shown):
    assert display_url(url) == shown


@pytest.mark.parametrize("url", ["postgresql://bot:hunter2@db:notaport/films", "postgresql://:hunter2@", "garbage"])
def test_a_url_that_does_not_parse_shows_nothing_of_itself(url):
    assert "hunter2" not in display_url(url)


async def test_a_failed_connection_names_the_server_but_never_the_password():
    url = "postgresql://bot:s3cr@t@127.0.0.1:9/films?password=Hunter2&sslpassword=K3y"
    with pytest.raises(StoreError) as raised:
        await open_store(url)
    message = str(raised.value)
    assert "127.0.0.1:9/films" in message
    assert [part for part in ("s3cr", "t@127", "Hunter2", "K3y", "bot:") if part in message] == []


@pytest.mark.parametrize("text", [TOKEN, f"./{TOKEN}", "Bot " + TOKEN])
def test_token_shaped_text_is_recognised(text):
    assert looks_like_token(text)


@pytest.mark.parametrize("text", ["data/the-red-shoes.yaml", "/srv/packs/film.yml", "packs", "C:/films/a.yaml"])
def test_ordinary_paths_are_not_taken_for_tokens(text):
    assert not looks_like_token(text)


def test_a_pack_path_set_to_a_token_is_not_echoed():
    result = run("-m", "bot", "validate", env={"PACK_PATH": TOKEN})
    assert result.returncode == 1
    assert TOKEN not in result.stdout + result.stderr
    assert "PACK_PATH" in result.stderr and "looks like a token" in result.stderr


def test_a_missing_pack_path_that_is_a_path_is_still_named():
    result = run("-m", "bot", "validate", env={"PACK_PATH": "films/missing.yaml"})
    assert result.returncode == 1
    assert "films/missing.yaml:1: file not found" in result.stderr


@pytest.mark.parametrize(
    "token", [TOKEN + "\nDATABASE_URL=x", TOKEN[:30] + " " + TOKEN[30:], TOKEN[:10] + "\t" + TOKEN[10:]]
)
def test_a_token_with_a_line_break_or_space_is_refused_without_a_traceback(token):
    result = run("-m", "bot", env={"DISCORD_TOKEN": token})
    assert result.returncode == 2
    assert "DISCORD_TOKEN" in result.stderr and "Traceback" not in result.stderr
    assert TOKEN[:20] not in result.stderr


def test_long_generated_folder_names_are_not_tokens():
    assert not looks_like_token(
        "/tmp/pytest-of-root/pytest-3/test_a_hostile_pack_is_refused_with_file_150_000_0/p.yaml"
    )
