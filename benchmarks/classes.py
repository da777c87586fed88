"""Answer quality per question class and per writing style on the blind sets G to Q, with BM25 in the same run.

    python benchmarks/classes.py            # the tables, on set G (the half used to find failing classes)
    python benchmarks/classes.py --set h    # on set H (the half held back until the end: the estimate)
    python benchmarks/classes.py --set ac   # on set AC (the last fresh estimate; I to AB are there too)
    python benchmarks/classes.py --misses   # and every turn the engine got wrong

Each set is what four writers (fast Discord typing, English as a second language, long-winded, terse) wrote
from the seed page without seeing the engine; each row or turn carries a "class". G and H are two halves of
one round; I (half development, half held back) and J to N were written for the next round.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.run import BM25Baseline, load_questions, table
from bot.config import DEFAULT_PACK
from bot.core import Answer, Conversation, Engine, load_pack
from tests.scoring import DATA, load, matches

STYLES = ("discord", "esl", "longwinded", "terse")


SET = "g"  # which halves: g (fixed against) or h (held back), chosen by --set


def written() -> list[str]:
    """The styles the set was written in (BI has two: Discord and long-winded)."""
    return [style for style in STYLES if (DATA / f"blind-{SET}-{style}-single.jsonl").exists()]


def singles() -> list[dict[str, Any]]:
    return [dict(row, style=style) for style in written() for row in load(f"blind-{SET}-{style}-single.jsonl")]


def conversations() -> list[dict[str, Any]]:
    return [dict(c, style=style) for style in written() for c in load(f"blind-{SET}-{style}-conversations.jsonl")]


class Tally:
    """Hits and totals by any label."""

    def __init__(self) -> None:
        self.hits: dict[str, int] = defaultdict(int)
        self.totals: dict[str, int] = defaultdict(int)

    def add(self, label: str, ok: bool) -> None:
        self.totals[label] += 1
        self.hits[label] += ok

    def share(self, label: str) -> str:
        total = self.totals.get(label, 0)
        return f"{self.hits[label] / total:.2f}" if total else "-"


def score(answer: Callable[[str, Conversation | None], Answer], misses: list[str] | None) -> dict[str, Tally]:
    tallies = {name: Tally() for name in ("single class", "single style", "turn class", "turn style", "end to end")}
    for row in singles():
        ok = matches(row, answer(row["q"], None))
        tallies["single class"].add(row["class"], ok)
        tallies["single style"].add(row["style"], ok)
        tallies["single style"].add("all", ok)
        if not ok and misses is not None:
            misses.append(f"single {row['style']} [{row['class']}] {row['q']!r}: wants {row['kind']}/{row['title']}")
    for conversation in conversations():
        thread = Conversation()
        right = True
        for number, turn in enumerate(conversation["turns"]):
            got = answer(turn["q"], thread)
            ok = matches(turn, got)
            right = right and ok
            tallies["turn class"].add(turn.get("class", "-"), ok)
            tallies["turn style"].add(conversation["style"], ok)
            tallies["turn style"].add("all", ok)
            if not ok and misses is not None:
                wanted = "clarify" if turn.get("clarify") else f"{turn['kind']}/{turn['title']}"
                extra = f" {turn['titles']}" if "titles" in turn else ""
                extra += f" note {turn['note']}" if "note" in turn else ""
                listed = list(got.entries) if got.entries is not None else ""
                misses.append(
                    f"{conversation['id']} t{number + 1} [{turn.get('class')}] {turn['q']!r}: wants {wanted}{extra}"
                    f", got {got.kind}/{got.title or got.reason} {listed}"
                )
        tallies["end to end"].add(conversation["style"], right)
        tallies["end to end"].add("all", right)
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every turn the engine got wrong")
    sets = [
        *"ghijklmnopqrstuvwxyz",
        *(f"a{letter}" for letter in "abcdefghijklmnopqrstuvwxyz"),
        "ba",
        "bb",
        "bc",
        "bd",
        "be",
        "bf",
        "bg",
        "bi",
        "bj",
        "bl",
        "bm",
        "bn",
        "bo",
        "bp",
        "bq",
        "br",
        "bs",
        "bt",
        "bu",
    ]
    parser.add_argument("--set", choices=sets, default="g", help="which blind set (G to Z, AA to AZ, BA to BU)")
    args = parser.parse_args()
    global SET
    SET = args.set
    engine = Engine(load_pack(DEFAULT_PACK))
    baseline = BM25Baseline(engine)
    baseline.tune(load_questions())

    def bm25(question: str, _thread: Conversation | None) -> Answer:
        kind, title = baseline.answer(question)
        return Answer(kind, title, 0.0, "")  # type: ignore[arg-type]

    misses: list[str] = []
    ours = score(engine.answer, misses if args.misses else None)
    theirs = score(bm25, None)
    for part, label in (("single", "single questions"), ("turn", "conversation turns")):
        classes = sorted(ours[f"{part} class"].totals)
        rows = [
            [c, ours[f"{part} class"].totals[c], ours[f"{part} class"].share(c), theirs[f"{part} class"].share(c)]
            for c in classes
        ]
        print(f"\n## {label} per class\n\n" + table(["class", "n", "engine", "bm25"], rows))
    rows = [
        [
            style,
            ours["single style"].share(style),
            theirs["single style"].share(style),
            ours["turn style"].share(style),
            theirs["turn style"].share(style),
            ours["end to end"].share(style),
            theirs["end to end"].share(style),
        ]
        for style in (*STYLES, "all")
    ]
    headers = ["style", "single", "single bm25", "turns", "turns bm25", "end to end", "end to end bm25"]
    print("\n## per style\n\n" + table(headers, rows))
    if misses:
        print("\n## misses\n\n" + "\n".join(misses))


if __name__ == "__main__":
    main()
