"""The offline command line, run as a user would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent


def run(*args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), **(env or {})},
        timeout=60,
    )


def test_ask_answers_one_question_in_plain_text():
    result = run("-m", "bot", "ask", "what", "happens", "when", "she", "collapses", "on", "stage?")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("The Tragic Fall (Scene 7 of 9 · The Red Shoes)")
    assert "Context: This scene marks the climax" in result.stdout


def test_ask_batch_mode_prints_one_json_object_per_line():
    questions = ["audtion", "who composed the soundtrack", "who directed it", "", "entracte"]
    result = run("-m", "bot", "ask", "--json", stdin="\n".join(questions) + "\n")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["question"] for r in rows] == questions
    assert [(r["kind"], r["title"]) for r in rows] == [
        ("scene", "The Audition"),
        ("soundtrack", "The Red Shoes"),
        ("none", ""),
        ("none", ""),
        ("track", "Entr'acte"),
    ]
    for row in rows:
        assert list(row) == [
            "question",
            "kind",
            "title",
            "score",
            "alternatives",
            "reply",
            "titles",
            "note",
            "film",
            "film_key",
        ]
        assert (row["film"], row["film_key"]) == ("The Red Shoes", "the-red-shoes")
        assert all(set(a) == {"kind", "title", "score"} for a in row["alternatives"])
        assert isinstance(row["score"], float) and row["reply"]


def test_ask_with_a_broken_pack_fails_with_the_problem(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("film: [\n", encoding="utf-8")
    result = run("-m", "bot", "ask", "--pack", str(broken), "audition")
    assert result.returncode == 1
    assert result.stderr.startswith(f"{broken}:") and "YAML syntax error" in result.stderr


def test_chat_answers_until_quit():
    result = run("-m", "bot", "chat", stdin="who is julian\nsoundtrack\nquit\nnever read\n")
    assert result.returncode == 0, result.stderr
    assert "bot> Julian Craster: The charming young composer" in result.stdout
    assert "Brian Easdale" in result.stdout and "never read" not in result.stdout


def test_chat_lists_only_a_subsets_scenes_and_says_what_a_two_part_question_lacks():
    result = run("-m", "bot", "chat", stdin="which scenes is boris in?\nwhat year is it from, and how does it end?\n")
    assert result.returncode == 0, result.stderr
    listed = result.stdout.split("bot> The scenes that name Boris Lermontov, in film order:\n")[1].split("\n\n")[0]
    assert listed.splitlines() == ["3. The Dancer's Choice", "6. The Confrontation", "7. The Tragic Fall"]
    assert (
        "bot> My film pack doesn't include the release year, so I can't answer “what year is it from”" in result.stdout
    )
    assert "The Final Decision (Scene 9 of 9" in result.stdout


def test_ask_json_carries_a_subsets_titles_and_a_note():
    questions = ["which scenes is julian in", "what year is it from, and what happens in the audition?"]
    result = run("-m", "bot", "ask", "--json", stdin="\n".join(questions) + "\n")
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert (rows[0]["kind"], rows[0]["titles"], rows[0]["note"]) == ("scenes", [], "")
    assert (rows[1]["title"], rows[1]["titles"], rows[1]["note"]) == ("The Audition", None, "the release year")


def test_running_without_a_token_explains_how_to_set_one(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT)},
        timeout=60,
    )
    assert result.returncode == 2
    assert "DISCORD_TOKEN is not set" in result.stderr and "python -m bot chat" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_configuration_is_one_clear_line_when_the_bot_starts(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "bot"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "SHARD_COUNT": "two"},
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "configuration error: SHARD_COUNT must be a whole number of at least 1 and at "
        "most 100000, in digits 0-9, not 'two'"
    )


def test_the_offline_path_never_imports_discord():
    result = run("-X", "importtime", "-m", "bot", "ask", "audition")
    assert result.returncode == 0
    imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines() if "|" in line}
    assert "bot.core.engine" in imported
    assert not {name for name in imported if name.split(".")[0] in {"discord", "aiohttp"}}


def test_data_export_and_delete_a_servers_rows_without_a_token(tmp_path):
    import asyncio

    from bot.storage import GuildOverrides, open_store

    url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"

    async def seed() -> None:
        store = await open_store(url)
        await store.save_guild_overrides(42, GuildOverrides(free_text=False, answer_channel_ids=frozenset({7})))
        await store.save_guild_overrides(43, GuildOverrides(free_text=False))
        await store.close()

    asyncio.run(seed())
    exported = run("-m", "bot", "data", "export", "--guild", "42", env={"DATABASE_URL": url})
    assert exported.returncode == 0, exported.stderr
    tables = json.loads(exported.stdout)["tables"]
    assert tables["answer_channels"] == [{"guild_id": 42, "channel_id": 7}]
    assert [row["free_text"] for row in tables["guild_settings"]] == [0]
    deleted = run("-m", "bot", "data", "delete", "--guild", "42", env={"DATABASE_URL": url})
    assert deleted.returncode == 0 and deleted.stdout.startswith("deleted 2 rows of guild 42")
    again = json.loads(run("-m", "bot", "data", "export", "--guild", "42", env={"DATABASE_URL": url}).stdout)
    assert again["tables"] == {"answer_channels": [], "guild_settings": [], "quiz_games": [], "quiz_scores": []}
    other = json.loads(run("-m", "bot", "data", "export", "--guild", "43", env={"DATABASE_URL": url}).stdout)
    assert len(other["tables"]["guild_settings"]) == 1


def test_data_with_an_unreachable_database_is_one_clear_line():
    result = run("-m", "bot", "data", "export", "--guild", "1", env={"DATABASE_URL": "postgresql://u:pw@127.0.0.1:9/x"})
    assert result.returncode == 4 and "Traceback" not in result.stderr  # unreachable: retry later
    assert result.stderr.startswith("cannot connect to postgresql://127.0.0.1:9/x") and "pw" not in result.stderr
