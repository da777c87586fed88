"""Scoring an answerer on question sets: single questions and conversations, per question type.

Used by the accuracy tests and by `benchmarks/run.py`. A set row is {"q", "kind", "title", "type"}; a
conversation is {"id", "type", "turns": [{"q", "kind", "title", "clarify"?}, ...]}.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.core import Answer, Conversation

DATA = Path(__file__).parent / "data"


def load(name: str) -> list[dict[str, Any]]:
    with open(DATA / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass
class Score:
    """Hits per question type, and the misses to show when a floor is not met."""

    hits: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    totals: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    misses: list[str] = field(default_factory=list)
    declined_answerable: int = 0
    answerable: int = 0
    declined_off_topic: int = 0
    off_topic: int = 0

    def add(self, kind_type: str, expected: dict[str, Any], answer: Answer, where: str) -> None:
        ok = _matches(expected, answer)
        self.totals[kind_type] += 1
        self.hits[kind_type] += ok
        if expected["kind"] == "none":
            self.off_topic += 1
            self.declined_off_topic += answer.kind == "none"
        else:
            self.answerable += 1
            self.declined_answerable += answer.kind == "none"
        if not ok:
            wanted = "clarify" if expected.get("clarify") else f"{expected['kind']}/{expected['title'] or '-'}"
            got = f"{answer.kind}/{answer.title or answer.reason or '-'}"
            self.misses.append(f"{where}{expected['q']!r}: expected {wanted}, got {got} ({answer.score:.2f})")

    @property
    def accuracy(self) -> float:
        total = sum(self.totals.values())
        return sum(self.hits.values()) / total if total else 0.0

    def by_type(self) -> dict[str, float]:
        return {t: self.hits[t] / n for t, n in sorted(self.totals.items())}


def _matches(expected: dict[str, Any], answer: Answer) -> bool:
    if expected.get("clarify"):
        return answer.reason == "clarify"
    return (answer.kind, answer.title) == (expected["kind"], expected["title"])


def score_questions(answer: Callable[[str], Answer], rows: list[dict[str, Any]]) -> Score:
    score = Score()
    for row in rows:
        score.add(row.get("type") or row["kind"], row, answer(row["q"]), "")
    return score


def score_conversations(answer: Callable[[str, Conversation], Answer], conversations: list[dict[str, Any]]) -> Score:
    """Every turn after the first counts under the conversation's type; first turns count as `opening`."""
    score = Score()
    for conversation in conversations:
        thread = Conversation()
        for number, turn in enumerate(conversation["turns"]):
            kind_type = conversation["type"] if number else "opening"
            score.add(kind_type, turn, answer(turn["q"], thread), f"[{conversation['id']} turn {number + 1}] ")
    return score
