"""The README's chat transcript is what the bot says: each `you>` line is replayed in one conversation, and
each `bot>` line must begin the reply (the README cuts long replies at "…")."""

from __future__ import annotations

import re
from pathlib import Path

from bot.core import Conversation

README = Path(__file__).resolve().parent.parent / "README.md"


def transcript() -> list[tuple[str, list[str]]]:
    """(question, the reply's lines as the README shows them) for each turn of the `python -m bot chat` block."""
    block = re.search(r"```text\n\$ python -m bot chat\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    assert block is not None, "the README has no chat transcript"
    turns: list[tuple[str, list[str]]] = []
    for line in block.group(1).splitlines():
        if line.startswith("you> "):
            turns.append((line[5:], []))
        elif turns and line.strip():
            turns[-1][1].append(line.removeprefix("bot> "))
    return turns


def test_the_transcript_is_what_the_bot_says(engine):
    turns = transcript()
    assert len(turns) >= 8
    thread = Conversation()
    for question, shown in turns:
        reply = engine.answer(question, thread).text.splitlines()
        for number, line in enumerate(shown):
            if line == "…":
                break
            cut = line.endswith("…")
            expected = line.removesuffix("…").rstrip()
            assert reply[number].startswith(expected) if cut else reply[number] == expected, (question, line)


def test_the_transcript_shows_a_side_question_followed_by_a_follow_up():
    questions = [question for question, _ in transcript()]
    side = questions.index("who played vicky, by the way?")
    assert questions[side + 1] == "and after that?"
