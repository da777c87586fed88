"""Scoring an answerer on question sets: single questions and conversations, per question type.

Used by the accuracy tests and by `benchmarks/run.py`. A set row is {"q", "kind", "title", "type"}; a
conversation is {"id", "type", "turns": [{"q", "kind", "title", "clarify"?}, ...]}.

Newer sets label each row or turn with a "class" (what the question tests, e.g. `relation`, `compound`), a
conversation with a "style" (how its writer types), and may ask more of a reply:
- "titles": the entries a list reply must hold, in order (an answer's `entries`; `[]` is an empty subset,
  which a reply listing every scene does not satisfy);
- "note": a word the reply's text must contain, naming the part of a two-part question it can't answer.
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
    conversations: int = 0
    conversations_right: int = 0

    def add(self, kind_type: str, expected: dict[str, Any], answer: Answer, where: str) -> None:
        ok = matches(expected, answer)
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

    @property
    def end_to_end(self) -> float:
        """The share of conversations whose every turn was right."""
        return self.conversations_right / self.conversations if self.conversations else 0.0


def matches(expected: dict[str, Any], answer: Answer) -> bool:
    """Whether a reply is the one a set row expects (entry, and where asked, the subset and the note)."""
    if expected.get("clarify"):
        return str(answer.reason) == "clarify"
    if (answer.kind, answer.title) != (expected["kind"], expected["title"]):
        return False
    if "titles" in expected:
        entries = getattr(answer, "entries", None)
        if entries is None or list(entries) != expected["titles"]:
            return False
    note = expected.get("note")
    return not note or note.lower() in answer.text.lower()


def score_questions(answer: Callable[[str], Answer], rows: list[dict[str, Any]]) -> Score:
    score = Score()
    for row in rows:
        score.add(row.get("class") or row.get("type") or row["kind"], row, answer(row["q"]), "")
    return score


def score_conversations(answer: Callable[[str, Conversation], Answer], conversations: list[dict[str, Any]]) -> Score:
    """Every turn counts under its own class when it has one; else turns after the first count under the
    conversation's type and first turns as `opening`."""
    score = Score()
    for conversation in conversations:
        thread = Conversation()
        right = True
        for number, turn in enumerate(conversation["turns"]):
            kind_type = turn.get("class") or (conversation.get("type", "turn") if number else "opening")
            before = len(score.misses)
            score.add(kind_type, turn, answer(turn["q"], thread), f"[{conversation['id']} turn {number + 1}] ")
            right = right and len(score.misses) == before
        score.conversations += 1
        score.conversations_right += right
    return score


def answer_after(engine: Any, before: str | list[str] | None, question: str) -> Any:
    """The answer to `question` in a conversation that first asked `before` (one question, several, or none)."""
    from bot.core import Conversation

    thread = Conversation()
    for earlier in [before] if isinstance(before, str) else before or []:
        engine.answer(earlier, thread)
    return engine.answer(question, thread)


def imported_engine(page: str) -> Any:
    """An engine over a made-up film imported from its page in tests/data/pages, as `pack import` writes it (no
    hand keywords)."""
    from pathlib import Path

    from bot.authoring.importer import import_page
    from bot.core import Engine, parse_pack

    return Engine(parse_pack(import_page(Path(__file__).parent / "data" / "pages" / f"{page}.txt")))


def page_engine(
    directory: Any,
    title: str,
    synopsis: str,
    scenes: list[tuple[str, str, str]] | None = None,
    tracks: list[tuple[str, str]] | None = None,
) -> Any:
    """An engine over a page written in `directory` in the seed's shape (this synopsis; these (title, summary,
    context) scenes, or one; these (title, "by <credit>, <description>") tracks, if any) and imported as `pack
    import` would."""
    from pathlib import Path

    from bot.authoring.importer import import_page
    from bot.core import Engine, parse_pack

    lines = ["", title, synopsis]
    if tracks:
        lines.append(f"Sound Tracks from {title} by Someone")
        for track, credited in tracks:
            lines += [track, f"{track} {credited}"]
    lines.append(f"Memorable Scenes from Movie {title}")
    for scene, summary, context in scenes or [("The Set", "They shoot the film.", "x")]:
        lines += [scene, summary, f"Context: {context}"]
    page = Path(directory) / "page.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    return Engine(parse_pack(import_page(page)))
