"""Benchmark the answer engine against a BM25 baseline: quality, speed, start-up and scaling; answers beside quiz games.

    python benchmarks/run.py            # full run (a few minutes)
    python benchmarks/run.py --quick    # every part at tiny sizes, well under a minute (CI runs this)

Prints tables; writes benchmarks/scaling.png (quick: benchmarks/out/) when matplotlib is installed.
Asserts nothing: speed is reported here, never tested.
"""

from __future__ import annotations

import argparse
import gc
import json
import logging
import math
import os
import platform
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import DEFAULT_PACK
from bot.core import Answer, Conversation, Conversations, Engine, Pack, Scene, load_pack
from bot.core.conversation import IDLE_SECONDS, MAX_CONVERSATIONS, RECENT
from bot.core.text import fold
from tests.scoring import load as load_set
from tests.scoring import score_conversations, score_questions

QUESTIONS = ROOT / "tests" / "data" / "questions.jsonl"
OUT = Path(__file__).resolve().parent / "out"


# ---------------------------------------------------------------------------------------------- baseline


class BM25Baseline:
    """rank_bm25 over each entry's text (title, aliases, keywords, body); declines under a tuned threshold."""

    def __init__(self, engine: Engine) -> None:
        from rank_bm25 import BM25Okapi

        self.entries = engine.index.entries
        docs = []
        for entry in self.entries:
            subject = entry.subject
            parts = [entry.title, *getattr(subject, "aliases", ()), *getattr(subject, "keywords", ())]
            for attribute in ("summary", "context", "description", "synopsis", "genre", "composer", "credit"):
                value = getattr(subject, attribute, None)
                if isinstance(value, str):
                    parts.append(value)
            docs.append(fold(" ".join(parts)).split() or ["_"])
        self.bm25 = BM25Okapi(docs)
        self.titles = {
            kind: [(fold(e.title).split() or ["_"], e) for e in self.entries if e.kind == kind]
            for kind in {e.kind for e in self.entries}
        }
        self.title_bm25 = {kind: BM25Okapi([t for t, _ in items]) for kind, items in self.titles.items()}
        self.threshold = 0.0

    def rank(self, question: str) -> tuple[str, str, float]:
        scores = self.bm25.get_scores(fold(question).split())
        best = max(range(len(scores)), key=scores.__getitem__)
        entry = self.entries[best]
        return entry.kind, entry.title, float(scores[best])

    def answer(self, question: str) -> tuple[str, str]:
        kind, title, score = self.rank(question)
        return (kind, title) if score >= self.threshold else ("none", "")

    def tune(self, questions: list[dict[str, str]]) -> None:
        """Pick the decline threshold that maximises top-1 on the same set (the baseline's best case)."""
        ranked = [(q, self.rank(q["q"])) for q in questions]
        candidates = sorted({score for _, (_, _, score) in ranked} | {0.0})

        def accuracy(threshold: float) -> int:
            return sum(
                ((k, t) if s >= threshold else ("none", "")) == (q["kind"], q["title"]) for q, (k, t, s) in ranked
            )

        self.threshold = max(candidates, key=accuracy)

    def complete(self, kind: str, text: str) -> list[str]:
        scores = self.title_bm25[kind].get_scores(fold(text).split())
        order = sorted(range(len(scores)), key=lambda i: -scores[i])[:25]
        return [self.titles[kind][i][1].title for i in order if scores[i] > 0]

    def resolve(self, kind: str, text: str) -> str | None:
        found = self.complete(kind, text)
        return found[0] if found else None


# ---------------------------------------------------------------------------------------------- helpers


def load_questions() -> list[dict[str, str]]:
    return [json.loads(line) for line in QUESTIONS.read_text(encoding="utf-8").splitlines() if line.strip()]


def timings(call: Callable[[str], object], inputs: list[str], repeat: int) -> dict[str, float]:
    for text in inputs[:20]:
        call(text)  # warm up: first calls fill caches and import lazily
    samples = []
    for _ in range(repeat):
        for text in inputs:
            started = time.perf_counter_ns()
            call(text)
            samples.append(time.perf_counter_ns() - started)
    return summarise(samples)


def summarise(samples: list[int]) -> dict[str, float]:
    """Median, p99 (ms) and calls per second of call durations in nanoseconds."""
    samples.sort()
    total = sum(samples) / 1e9
    return {
        "median_ms": statistics.median(samples) / 1e6,
        "p99_ms": samples[min(len(samples) - 1, math.ceil(len(samples) * 0.99) - 1)] / 1e6,
        "per_s": len(samples) / total if total else float("inf"),
    }


def table(headers: list[str], rows: list[list[object]]) -> str:
    cells = [[f"{c:.3f}" if isinstance(c, float) else str(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(headers)]

    def line(row: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |"

    return "\n".join([line(headers), "|" + "|".join("-" * (w + 2) for w in widths) + "|", *map(line, cells)])


def section(title: str) -> None:
    print(f"\n## {title}\n")


# ---------------------------------------------------------------------------------------------- quality


def quality(engine: Engine, baseline: BM25Baseline, questions: list[dict[str, str]]) -> None:
    section("Quality on the development questions (top-1: kind and title; `none` counts)")
    systems = {"engine": lambda q: (lambda a: (a.kind, a.title))(engine.answer(q)), "bm25": baseline.answer}
    kinds = sorted(Counter(q["kind"] for q in questions))
    rows = []
    for name, ask in systems.items():
        got = [ask(q["q"]) for q in questions]
        hits = [g == (q["kind"], q["title"]) for g, q in zip(got, questions, strict=True)]
        per_kind = {
            k: sum(h for h, q in zip(hits, questions, strict=True) if q["kind"] == k)
            / sum(q["kind"] == k for q in questions)
            for k in kinds
        }
        declined = [g[0] == "none" for g in got]
        should = [q["kind"] == "none" for q in questions]
        tp = sum(d and s for d, s in zip(declined, should, strict=True))
        precision = tp / max(1, sum(declined))
        recall = tp / max(1, sum(should))
        rows.append([name, sum(hits) / len(hits), *(per_kind[k] for k in kinds), precision, recall])
    print(table(["system", "top-1", *kinds, "decline precision", "decline recall"], rows))
    print(f"\n(BM25 decline threshold tuned on the same set: {baseline.threshold:.2f})")


# Conversation types grouped as the issue reports them: follow-ups (the thread is needed), clarifications, declines.
TURN_GROUPS = {
    "next_prev": "follow-up",
    "pronoun": "follow-up",
    "more": "follow-up",
    "other": "follow-up",
    "standalone": "follow-up",
    "missing": "decline",
    "no_thread": "decline",
    "clarify": "clarification",
    "opening": "first turn",
}


# The six blind sets (A to F): each written from the seed page alone by a writer who never saw the engine.
BLIND_SINGLES = ["blind-single.jsonl", *(f"blind-{x}-single.jsonl" for x in "bcdef")]
BLIND_CONVERSATIONS = ["blind-conversations.jsonl", *(f"blind-{x}-conversations.jsonl" for x in "bcdef")]


def quality_by_type(engine: Engine, baseline: BM25Baseline) -> None:
    section(
        "Quality per question type on the blind sets (written from the seed page by writers who never saw the engine)"
    )

    def bm25(question: str, _thread: object = None) -> Answer:
        kind, title = baseline.answer(question)
        return Answer(kind, title, 0.0, "")

    singles = [row for name in BLIND_SINGLES for row in load_set(name)]
    turns = [row for name in BLIND_CONVERSATIONS for row in load_set(name)]
    types = ["order", "list", "film", "description", "decline"]
    groups = ["follow-up", "clarification", "decline", "first turn"]
    rows = []
    for name, single, threaded in (("engine", engine.answer, engine.answer), ("bm25", bm25, bm25)):
        by_type = score_questions(single, singles).by_type()
        conversation = score_conversations(threaded, turns)
        hits: Counter[str] = Counter()
        totals: Counter[str] = Counter()
        for kind_type, total in conversation.totals.items():
            totals[TURN_GROUPS[kind_type]] += total
            hits[TURN_GROUPS[kind_type]] += conversation.hits[kind_type]
        rows.append(
            [
                name,
                *(by_type.get(t, 0.0) for t in types),
                *(hits[g] / max(1, totals[g]) for g in groups),
                conversation.accuracy,
            ]
        )
    print(table(["system", *types, *(f"turns: {g}" for g in groups), "all turns"], rows))
    print(f"\n({len(singles)} single questions, {len(turns)} conversations; BM25 answers every turn alone)")


# ---------------------------------------------------------------------------------------------- imported packs

# (film, its hand-made pack, its page, its single-question sets, its conversation sets)
IMPORTED = [
    ("The Red Shoes", DEFAULT_PACK, "seed-the-red-shoes.txt", BLIND_SINGLES, BLIND_CONVERSATIONS),
    (
        "The Cormorant Ledger",
        "packs/ledger.yaml",
        "pages/ledger.txt",
        ["packs/ledger-single.jsonl"],
        ["packs/ledger-conversations.jsonl"],
    ),
    (
        "The Silent Overture",
        "packs/overture.yaml",
        "pages/overture.txt",
        ["packs/overture-single.jsonl"],
        ["packs/overture-conversations.jsonl"],
    ),
]


def imported_packs(runs: int) -> None:
    """`pack import` of a page beside the pack written by hand from it: the same questions, no hand keywords."""
    from bot.authoring.importer import import_page
    from bot.core import parse_pack

    section("Imported packs: `pack import PAGE` (no keywords, mechanical aliases) beside the hand-made pack")
    data = ROOT / "tests" / "data"
    rows = []
    for film, curated, page, singles, conversations in IMPORTED:
        started = time.perf_counter()
        for _ in range(runs):
            text = import_page(data / page)
        import_ms = (time.perf_counter() - started) * 1000 / runs
        rows_single = [row for name in singles for row in load_set(name)]
        rows_turns = [row for name in conversations for row in load_set(name)]
        for label, pack in (("hand-made", load_pack(data / curated)), ("imported", parse_pack(text))):
            engine = Engine(pack)
            single = score_questions(engine.answer, rows_single).accuracy
            turns = score_conversations(engine.answer, rows_turns).accuracy
            rows.append([film, label, single, turns, import_ms if label == "imported" else "-"])
    print(table(["film", "pack", "single", "turns", "import ms"], rows))


# ---------------------------------------------------------------------------------------------- speed


def speed(engine: Engine, baseline: BM25Baseline, questions: list[dict[str, str]], repeat: int) -> None:
    section(f"Speed on the real pack ({len(questions)} questions x {repeat})")
    texts = [q["q"] for q in questions]
    typed = ["", "the", "aud", "dre", "premier", "confrntation", "the fi", "isolaton", "x" * 100, "final d"]
    rows = []
    for name, ask, complete, resolve in (
        ("engine", engine.answer, lambda t: engine.complete("scene", t), lambda t: engine.resolve("scene", t)),
        ("bm25", baseline.answer, lambda t: baseline.complete("scene", t), lambda t: baseline.resolve("scene", t)),
    ):
        for operation, call, inputs in (
            ("answer()", ask, texts),
            ("complete()", complete, typed),
            ("resolve()", resolve, typed),
        ):
            t = timings(call, inputs, repeat)
            rows.append([name, operation, t["median_ms"], t["p99_ms"], f"{t['per_s']:,.0f}"])
    print(table(["system", "operation", "median ms", "p99 ms", "calls/s"], rows))


def batch_throughput(questions: list[dict[str, str]], copies: int) -> None:
    section("Batch `python -m bot ask --json` (questions piped on stdin), alone and as conversations")
    singles = "\n".join(q["q"] for q in questions) + "\n"
    # Conversation mode: the blind conversations' turns, a blank line between conversations.
    threads = "".join("\n".join(t["q"] for t in c["turns"]) + "\n\n" for c in load_set("blind-conversations.jsonl"))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    rows = []
    for label, flags, payload in (
        ("each line alone", [], singles * copies),
        ("--conversation", ["--conversation"], threads * copies),
    ):
        command = [sys.executable, "-m", "bot", "ask", "--json", *flags]
        started = time.perf_counter()
        empty = subprocess.run(command, input="", capture_output=True, text=True, cwd=ROOT, env=env)
        startup = time.perf_counter() - started
        started = time.perf_counter()
        full = subprocess.run(command, input=payload, capture_output=True, text=True, cwd=ROOT, env=env)
        wall = time.perf_counter() - started
        assert empty.returncode == 0 and full.returncode == 0, full.stderr
        answered = len(full.stdout.splitlines())
        rows.append([label, answered, wall, startup, f"{answered / max(1e-9, wall - startup):,.0f}"])
    print(table(["mode", "questions", "wall s", "start-up s", "questions/s after loading"], rows))


# ---------------------------------------------------------------------------------------------- start-up


def startup(runs: int) -> None:
    section("Start-up")
    gc.collect()
    started = time.perf_counter()
    pack = load_pack(DEFAULT_PACK)
    loaded = time.perf_counter()
    Engine(pack)
    built = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    walls = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "bot", "ask", "audition"], capture_output=True, cwd=ROOT, env=env, check=True
        )
        walls.append(time.perf_counter() - t0)
    # Measured through a small wrapper process: a child forked from this (big) process would count our pages.
    wrapper = (
        "import resource, subprocess, sys; subprocess.run([sys.executable, '-m', 'bot', 'ask', 'audition'], "
        "capture_output=True, check=True); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    peak_rss = (
        int(
            subprocess.run(
                [sys.executable, "-c", wrapper], capture_output=True, text=True, cwd=ROOT, env=env, check=True
            ).stdout
        )
        / 1024
    )
    print(
        table(
            ["load + validate ms", "index build ms", "`python -m bot ask audition` wall s (median)", "its peak RSS MB"],
            [[(loaded - started) * 1000, (built - loaded) * 1000, statistics.median(walls), peak_rss]],
        )
    )


# ---------------------------------------------------------------------------------------------- conversations

FOLLOW_UPS = ("what happens next?", "and before that?", "tell me more")


def fill_store(store: Conversations, pack: Pack, members: int) -> None:
    """`members` distinct members talk within one idle time, each about RECENT scenes (the most a conversation
    holds): Discord snowflakes as keys, one millisecond apart."""
    snowflake = 1_456_074_443_980_800_000
    titles = [scene.title for scene in pack.scenes]
    for member in range(members):
        conversation = store.get((snowflake + member % 500, snowflake + 10_000 + member), member / 1000)
        for step in range(RECENT):
            conversation.focus_on("scene", titles[(member + step) % len(titles)])


def conversation_store(pack: Pack, members: int) -> None:
    section(f"Conversation store: {members:,} distinct members (tracemalloc)")
    rows = []
    for label, capacity in (("the bot's store (LRU cap)", MAX_CONVERSATIONS), ("no cap (cost of each)", members)):
        gc.collect()
        tracemalloc.start()
        store = Conversations(capacity=capacity, idle=IDLE_SECONDS)
        fill_store(store, pack, members)
        current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append(
            [label, f"{capacity:,}", f"{len(store):,}", current / 2**20, peak / 2**20, f"{current / len(store):,.0f}"]
        )
        del store
    gc.collect()
    started = time.perf_counter()
    fill_store(Conversations(capacity=MAX_CONVERSATIONS, idle=IDLE_SECONDS), pack, members)
    per_member = (time.perf_counter() - started) / members * 1e6
    print(table(["store", "capacity", "kept", "held MB", "peak MB", "bytes per conversation"], rows))
    print(f"\n(each member: a get plus {RECENT} focus changes in {per_member:.1f} µs, untraced)")


def conversation_speed(engine: Engine, questions: list[dict[str, str]], repeat: int) -> None:
    section("`answer()` with a conversation and without")
    texts = [q["q"] for q in questions]
    thread = Conversation()
    follow_ups = {
        f"{scene.title} / {phrase}": (scene.title, phrase) for scene in engine.pack.scenes for phrase in FOLLOW_UPS
    }

    def follow_up(case: str) -> object:
        title, phrase = follow_ups[case]
        return engine.answer(phrase, Conversation.about("scene", title))

    rows = []
    for label, call, inputs in (
        ("no conversation", engine.answer, texts),
        ("one conversation through every question", lambda q: engine.answer(q, thread), texts),
        ("a follow-up after a scene (" + ", ".join(FOLLOW_UPS) + ")", follow_up, list(follow_ups)),
    ):
        t = timings(call, inputs, repeat)
        rows.append([label, len(inputs), t["median_ms"], t["p99_ms"], f"{t['per_s']:,.0f}"])
    conversations = [[turn["q"] for turn in c["turns"]] for c in load_set("blind-conversations.jsonl")]
    samples = []
    for _ in range(repeat):
        for turns in conversations:
            thread_of_turns = Conversation()  # each conversation afresh, its turns in order
            for question in turns:
                started = time.perf_counter_ns()
                engine.answer(question, thread_of_turns)
                samples.append(time.perf_counter_ns() - started)
    t = summarise(samples)
    rows.append(
        [
            f"every turn of the {len(conversations)} blind conversations, in order",
            sum(map(len, conversations)),
            t["median_ms"],
            t["p99_ms"],
            f"{t['per_s']:,.0f}",
        ]
    )
    print(table(["answer()", "questions", "median ms", "p99 ms", "calls/s"], rows))


# ---------------------------------------------------------------------------------------------- reload


def reload_time(runs: int) -> None:
    """The owner's /reload and SIGHUP: read, validate and index the pack off the loop, then switch."""
    import asyncio

    from bot import create_bot
    from bot.config import Settings

    section("Live reload of the pack (/reload, SIGHUP)")
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / "reload-pack.yaml"
    text = DEFAULT_PACK.read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")

    async def measure() -> tuple[list[float], float, float]:
        bot = create_bot(Settings(pack_path=path, command_state_path=OUT / "commands.json"))
        stall = 0.0
        reloading = True

        async def changed_reload() -> float:  # only a changed file is read again: change it every time
            with path.open("a", encoding="utf-8") as handle:
                handle.write("\n")
            return (await bot.reloader.reload()).milliseconds

        async def ticker() -> None:  # how long the event loop goes without a turn while a reload runs
            nonlocal stall
            last = time.perf_counter()
            while reloading:
                await asyncio.sleep(0)
                now = time.perf_counter()
                stall, last = max(stall, now - last), now

        done = [await changed_reload() for _ in range(runs)]
        # Again with a task that only yields, as a busy bot would: it competes for the GIL, so timed apart.
        ticking = asyncio.create_task(ticker())
        for _ in range(runs):
            await changed_reload()
        reloading = False
        await ticking
        path.write_text(text.replace("scenes:", "scenez:", 1), encoding="utf-8")
        refused = await bot.reloader.reload()
        assert not refused.ok
        return done, refused.milliseconds, stall * 1000

    logging.disable(logging.ERROR)  # the refused reload logs its problems: expected here
    try:
        done, refused, stall = asyncio.run(measure())
    finally:
        logging.disable(logging.NOTSET)
    print(
        table(
            ["reloads", "reload median ms", "reload max ms", "longest event-loop stall ms", "refused pack ms"],
            [[runs, statistics.median(done), max(done), stall, refused]],
        )
    )


# ---------------------------------------------------------------------------------------------- film library


def measure_library(folder: Path, max_engines: int | None = None) -> dict[str, float]:
    """benchmarks/library_scale.py in a fresh process (its RSS is the library's, its start a real start)."""
    command = [sys.executable, str(Path(__file__).resolve().parent / "library_scale.py"), str(folder)]
    launched = time.time()
    command.append(repr(launched))
    if max_engines is not None:
        command.append(str(max_engines))
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def film_library(count: int) -> None:
    """Issue 16's scale targets: a library of `count` distinct synthetic films beside the shipped film alone."""
    from benchmarks.synthetic_films import write_library

    section(f"Film library at scale: {count:,} distinct synthetic films beside the shipped film alone")
    folder = OUT / f"library-{count}"
    write_library(folder, count)
    one = measure_library(DEFAULT_PACK.parent)
    many = measure_library(folder)
    every = measure_library(folder, count)  # every engine kept: the other side of the memory/latency trade
    rows = [
        ["films (scenes)", f"{one['films']} ({one['scenes']})", f"{many['films']} ({many['scenes']})", "", ""],
        ["engines kept (LRU cap)", one["max_engines"], many["max_engines"], every["max_engines"], ""],
        ["default film answers, s after start", one["first_answer_s"], many["first_answer_s"], "", "<= 2"],
        ["every film validated in the background, s", one["validated_s"], many["validated_s"], "", "<= 15"],
        ["longest event-loop stall meanwhile, ms", one["stall_ms"], many["stall_ms"], "", "<= 20"],
        [
            "RSS after a question to every film, MB",
            one["rss_after_every_film_mb"],
            many["rss_after_every_film_mb"],
            every["rss_after_every_film_mb"],
            "<= 300",
        ],
        [
            "question to a film not yet used, median ms",
            one["new_film_median_ms"],
            many["new_film_median_ms"],
            every["new_film_median_ms"],
            "",
        ],
        [
            "question to a film not yet used, p99 ms",
            one["new_film_p99_ms"],
            many["new_film_p99_ms"],
            every["new_film_p99_ms"],
            "<= 50",
        ],
        [
            "answer spread across all films, median ms",
            one["answer_median_ms"],
            many["answer_median_ms"],
            every["answer_median_ms"],
            "",
        ],
        [
            "answer spread across all films, p99 ms",
            one["answer_p99_ms"],
            many["answer_p99_ms"],
            every["answer_p99_ms"],
            "<= 2",
        ],
        ["film-title autocomplete p99 ms", one["complete_p99_ms"], many["complete_p99_ms"], "", "<= 5"],
        [
            "reload with one file changed, ms",
            one["reload_one_ms"],
            many["reload_one_ms"],
            every["reload_one_ms"],
            "<= 100",
        ],
        ["questions answered with the asked entry", one["right"], many["right"], every["right"], ""],
        ["'in <title>, ...' routed to that film and entry", "-", many["routed_right"], "", ""],
    ]
    print(table(["", "shipped film alone", f"{count:,} films", f"{count:,} films, all engines kept", "target"], rows))


# ---------------------------------------------------------------------------------------------- limiter


class OldFreeTextLimiter:
    """The limiter before issue 11, kept as the baseline: one deque per user ever seen, a full scan to clean."""

    def __init__(self, rate: int, per: float) -> None:
        from collections import deque

        self._deque = deque
        self.rate = rate
        self.per = per
        self._recent: dict[int, object] = {}
        self._warned: dict[int, float] = {}

    def check(self, user_id: int) -> tuple[str, float]:
        now = time.monotonic()
        recent = self._recent.setdefault(user_id, self._deque())
        while recent and now - recent[0] >= self.per:  # type: ignore[attr-defined]
            recent.popleft()  # type: ignore[attr-defined]
        if len(recent) < self.rate:  # type: ignore[arg-type]
            recent.append(now)  # type: ignore[attr-defined]
            self._warned.pop(user_id, None)
            return "answer", 0.0
        retry = self.per - (now - recent[0])  # type: ignore[index]
        if user_id in self._warned:
            return "silent", retry
        self._warned[user_id] = now
        if len(self._recent) > 10_000:
            self._forget(now)
        return "warn", retry

    def _forget(self, now: float) -> None:
        for user_id in [u for u, r in self._recent.items() if not r or now - r[-1] >= self.per]:  # type: ignore
            self._recent.pop(user_id, None)
            self._warned.pop(user_id, None)


def limiter_memory(users: int) -> None:
    section(f"Free-text limiter: {users:,} users, one message each (3 per 30 s)")
    from bot.utils.cooldown import FreeTextLimiter

    real_monotonic = time.monotonic
    clock = [1000.0]
    time.monotonic = lambda: clock[0]  # a clock the benchmark moves: "an hour later" in no time
    rows = []
    try:
        for name, make in (
            ("before (one entry per user ever)", lambda: OldFreeTextLimiter(3, 30.0)),
            ("after (bounded, self-cleaning)", lambda: FreeTextLimiter(3, 30.0)),
        ):
            clock[0] = 1000.0
            gc.collect()
            tracemalloc.start()
            limiter = make()
            worst = 0.0
            for user in range(users):
                clock[0] += 0.001
                t0 = real_monotonic()
                limiter.check(user)
                worst = max(worst, real_monotonic() - t0)
            after_burst = tracemalloc.get_traced_memory()[0] / 2**20
            clock[0] += 3600
            for message in range(3000):  # an hour later 100 users write (30 messages each); the rest are gone
                clock[0] += 0.01
                t0 = real_monotonic()
                limiter.check(-1 - message % 100)
                worst = max(worst, real_monotonic() - t0)
            later = tracemalloc.get_traced_memory()[0] / 2**20
            tracemalloc.stop()
            rows.append([name, after_burst, later, worst * 1000])
            del limiter
    finally:
        time.monotonic = real_monotonic
    print(
        table(["limiter", "memory after the burst MB", "an hour later, 100 users active, MB", "slowest check ms"], rows)
    )


# ---------------------------------------------------------------------------------------------- hostile packs


def hostile_packs() -> None:
    section("Hostile pack files: time and peak memory to refuse each (its own process)")
    import tempfile

    sys.path.insert(0, str(ROOT / "tests"))
    from hostile import HOSTILE  # the same files the tests refuse

    load = (
        "import resource, subprocess, sys, time; t0 = time.perf_counter(); r = subprocess.run([sys.executable, "
        "'-c', 'import sys; from bot.core import load_pack, PackError\\ntry: load_pack(sys.argv[1])\\nexcept "
        "PackError as e: print(e.problems[0].message)', sys.argv[1]], capture_output=True, text=True); "
        "print(time.perf_counter() - t0, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, "
        "r.stdout.strip()[:48], sep='\\t')"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    baseline = (
        subprocess.run([sys.executable, "-c", load, os.devnull], capture_output=True, text=True, env=env, check=True)
        .stdout.rstrip("\n")
        .split("\t")
    )
    rows = [["(/dev/null: Python starting, for scale)", float(baseline[0]), int(baseline[1]) / 1024, baseline[2]]]
    with tempfile.TemporaryDirectory() as folder:
        for name, (write, _) in HOSTILE.items():
            path = write(Path(folder))
            wall, rss, said = (
                subprocess.run(
                    [sys.executable, "-c", load, str(path)], capture_output=True, text=True, env=env, check=True
                )
                .stdout.rstrip("\n")
                .split("\t")
            )
            rows.append([name, float(wall), int(rss) / 1024, said])
    print(table(["file", "wall s (whole process)", "peak RSS MB", "refused with"], rows))


# ---------------------------------------------------------------------------------------------- per-server settings


def guild_settings(engine: Engine, servers: int, runs: int) -> None:
    """Loading every server's settings at start, a committed change, and the lookups each free-text message makes."""
    import asyncio

    from bot.config import Settings
    from bot.storage import GuildSettings, open_store
    from bot.storage.service import SettingsService

    section(f"Per-server settings: {servers:,} servers that changed something")
    OUT.mkdir(parents=True, exist_ok=True)
    targets = [("SQLite", f"sqlite:///{OUT / 'bench-settings.sqlite3'}")]
    if os.environ.get("TEST_DATABASE_URL"):
        targets.append(("PostgreSQL", os.environ["TEST_DATABASE_URL"]))
    snowflake = 1_456_074_443_980_800_000
    defaults = GuildSettings.defaults(Settings())

    async def measure(url: str) -> tuple[list[float], list[float], SettingsService]:
        store = await open_store(url)
        async with store.transaction() as tx:  # a fresh table of `servers` rows, written in one go
            for table in ("guild_settings", "answer_channels"):
                await tx.execute(f"DELETE FROM {table}")
            await tx.executemany(
                "INSERT INTO guild_settings (guild_id, hide_spoilers, free_text, cooldown_rate, cooldown_seconds,"
                " custom_channels) VALUES (?, ?, ?, ?, ?, ?)",
                [(snowflake + n, n % 2, 1, 2 + n % 3, 30.0, 1) for n in range(servers)],
            )
            await tx.executemany(
                "INSERT INTO answer_channels (guild_id, channel_id) VALUES (?, ?)",
                [(snowflake + n, snowflake + servers + 2 * n + k) for n in range(servers) for k in range(2)],
            )
        service = SettingsService(store, defaults)
        loads = []
        for _ in range(runs):
            started = time.perf_counter()
            assert await service.load() == servers
            loads.append((time.perf_counter() - started) * 1000)
        changes = []
        for n in range(runs):
            started = time.perf_counter()
            await service.change(snowflake + n, free_text=False)
            changes.append((time.perf_counter() - started) * 1000)
        await store.close()
        return loads, changes, service

    rows = []
    service = None
    for label, url in targets:
        if label == "PostgreSQL":  # a schema of its own, dropped afterwards
            loads, changes, service = _in_fresh_schema(url, "bench_settings", measure)
        else:
            loads, changes, service = asyncio.run(measure(url))
        rows.append([label, f"{servers:,}", statistics.median(loads), max(loads), statistics.median(changes)])
    print(table(["backend", "servers", "load all at start, median ms", "max ms", "one committed change, ms"], rows))

    # What on_message does with settings: the server's settings (cached), free text on, the channel, spoilers.
    assert service is not None
    rng = random.Random(1948)
    messages = [(snowflake + rng.randrange(servers * 2), snowflake + rng.randrange(servers * 3)) for _ in range(1000)]

    def per_message(guild_id: int, channel_id: int) -> tuple[bool, bool]:
        settings = service.get(guild_id)
        answered = settings.free_text and channel_id in settings.answer_channel_ids
        return answered, service.hides_spoilers(guild_id)

    batches = []
    for _ in range(200 if runs > 3 else 20):
        started = time.perf_counter_ns()
        for guild_id, channel_id in messages:
            per_message(guild_id, channel_id)
        batches.append((time.perf_counter_ns() - started) / len(messages))
    lookup_us = statistics.median(batches) / 1000
    answer_ms = timings(engine.answer, [q["q"] for q in load_questions()], 1)["median_ms"]
    print(
        f"\nsettings lookups per free-text message: {lookup_us:.2f} µs median (cached, no query), "
        f"{lookup_us / (answer_ms * 1000):.1%} of a median answer() ({answer_ms:.3f} ms)"
    )


# ---------------------------------------------------------------------------------------------- storage under load


def store_load(games: int, writes: int) -> None:
    """The store as the quiz uses it: points written one after another, a point written while `games` leaderboards
    are read at once, and `games` games each recording its start, a point a round for 20 rounds and its end."""
    import asyncio

    from bot.storage import open_store

    section(f"Storage under load: writes, a point beside {games} leaderboards, a {games}-game cycle")
    OUT.mkdir(parents=True, exist_ok=True)
    sqlite_file = OUT / "bench-load.sqlite3"
    targets = [("SQLite", f"sqlite:///{sqlite_file}")]
    if os.environ.get("TEST_DATABASE_URL"):
        targets.append(("PostgreSQL", os.environ["TEST_DATABASE_URL"]))

    async def measure(url: str) -> list[float]:
        store = await open_store(url, timeout=60)
        started = time.perf_counter()
        for n in range(writes):
            await store.add_score(1, n % 1000, 1, film="bench")
        per_second = writes / (time.perf_counter() - started)
        started = time.perf_counter()
        for first in range(0, writes, games):  # `games` writers at once, as many points in all
            await asyncio.gather(
                *(store.add_score(3, n % 1000, 1, film="bench") for n in range(first, min(first + games, writes)))
            )
        together = writes / (time.perf_counter() - started)
        delays = []
        for attempt in range(5):
            readers = [asyncio.create_task(_leaderboard(store, user)) for user in range(games)]
            await asyncio.sleep(0)  # every leaderboard has asked for the database before the point comes
            started = time.perf_counter()
            await store.add_score(1, 10_000 + attempt, 1, film="bench")
            delays.append((time.perf_counter() - started) * 1000)
            await asyncio.gather(*readers)

        async def game(channel: int) -> None:
            await store.start_quiz_game(2, channel, f"g{channel}", 1)
            for round_number in range(20):
                await store.add_score(2, (channel * 7 + round_number) % 500, 1, film="bench")
            await store.end_quiz_game(channel)

        cycles = []
        for _ in range(3):  # the median of three: a shared machine's disk varies from one second to the next
            started = time.perf_counter()
            await asyncio.gather(*(game(channel) for channel in range(games)))
            cycles.append(time.perf_counter() - started)
        cycle = statistics.median(cycles)
        await store.close()
        return [per_second, together, statistics.median(delays), max(delays), cycle]

    rows = []
    for label, url in targets:
        if label == "PostgreSQL":
            rows.append([label, *_in_fresh_schema(url, "bench_load", measure)])
        else:
            for leftover in sqlite_file.parent.glob(f"{sqlite_file.name}*"):
                leftover.unlink()
            rows.append([label, *asyncio.run(measure(url))])
    print(
        table(
            [
                "backend",
                "writes/s one after another",
                f"writes/s, {games} at once",
                f"point beside {games} leaderboards, median ms",
                "max ms",
                f"{games}-game cycle s",
            ],
            [[label, f"{w:,.0f}", f"{t:,.0f}", d, m, c] for label, w, t, d, m, c in rows],
        )
    )
    if len(rows) == 2:
        print(f"\nSQLite's {games}-game cycle takes {rows[0][5] / rows[1][5]:.2f}x PostgreSQL's.")


async def _leaderboard(store: Any, user_id: int) -> None:
    await store.top_scores(1, 10, film="bench")
    await store.rank_of(1, user_id, film="bench")


def _in_fresh_schema(url: str, schema: str, measure: Callable[[str], Any]) -> Any:
    """Run `measure` on PostgreSQL in a schema of its own, dropped afterwards."""
    import asyncio

    import asyncpg

    async def statement(sql: str) -> None:
        connection = await asyncpg.connect(url)
        await connection.execute(sql)
        await connection.close()

    asyncio.run(statement(f"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"))
    try:
        return asyncio.run(measure(f"{url}{'&' if '?' in url else '?'}search_path={schema}"))
    finally:
        asyncio.run(statement(f"DROP SCHEMA {schema} CASCADE"))


# ---------------------------------------------------------------------------------------------- scaling


def synthetic_pack(real: Pack, size: int, seed: int = 1948) -> Pack:
    """`size` scenes made deterministically from the real ones: varied titles, shuffled sentences."""
    rng = random.Random(seed)
    sentences = [s for scene in real.scenes for s in scene.summary.split(". ") if s]
    contexts = [s for scene in real.scenes for s in scene.context.split(". ") if s]
    words = sorted({w for scene in real.scenes for w in fold(scene.summary).split() if len(w) > 4})
    scenes = []
    for number in range(1, size + 1):
        base = real.scenes[(number - 1) % len(real.scenes)]
        title = f"{base.title} {' '.join(rng.sample(words, 2)).title()} {number}"
        summary = ". ".join(rng.sample(sentences, 5)) + "."
        context = ". ".join(rng.sample(contexts, 2)) + "."
        keywords = tuple(rng.sample(words, 4))
        scenes.append(Scene(number, title, summary, context, number % 7 == 0, (), keywords))
    return replace(real, scenes=tuple(scenes), source=f"<synthetic {size}>")


def typo(rng: random.Random, title: str) -> str:
    """A title as typed in a hurry: its second word, one letter dropped."""
    words = title.split()
    word = words[min(1, len(words) - 1)]
    cut = rng.randrange(1, len(word)) if len(word) > 2 else 0
    return word[:cut] + word[cut + 1 :]


def scaling(real: Pack, sizes: list[int], queries: int) -> list[dict[str, float]]:
    section("Scaling with synthetic packs")
    rng = random.Random(7)
    questions = [q["q"] for q in load_questions()]
    results = []
    for size in sizes:
        pack = synthetic_pack(real, size)
        gc.collect()
        tracemalloc.start()  # memory from one build; time from another (tracing slows allocation)
        Engine(pack)
        memory = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        gc.collect()
        started = time.perf_counter()
        engine = Engine(pack)
        build = time.perf_counter() - started
        titles = [s.title for s in rng.sample(pack.scenes, min(len(pack.scenes), 40))]
        asked = (
            rng.sample(questions, min(len(questions), queries // 2))
            + [f"what happens in {t[: max(4, len(t) // 2)]}" for t in titles][: queries // 2]
        )
        typed = [t[: rng.randint(1, 8)] for t in titles] + ["", "x" * 100] + [typo(rng, t) for t in titles[:20]]
        a = timings(engine.answer, asked, 1)
        c = timings(lambda t, engine=engine: engine.complete("scene", t), typed, 3)
        results.append(
            {
                "scenes": size,
                "build_s": build,
                "memory_mb": memory,
                "answer_median_ms": a["median_ms"],
                "answer_p99_ms": a["p99_ms"],
                "complete_median_ms": c["median_ms"],
                "complete_p99_ms": c["p99_ms"],
            }
        )
    print(
        table(
            [
                "scenes",
                "index build s",
                "index memory MB",
                "answer() median ms",
                "answer() p99 ms",
                "complete() median ms",
                "complete() p99 ms",
            ],
            [list(r.values()) for r in results],
        )
    )
    return results


def plot(results: list[dict[str, float]], path: Path) -> None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("\n(matplotlib not installed: no plot)")
        return
    path.parent.mkdir(exist_ok=True)
    sizes = [r["scenes"] for r in results]
    figure, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    for key, label in (
        ("answer_p99_ms", "answer() p99"),
        ("complete_p99_ms", "complete() p99"),
        ("answer_median_ms", "answer() median"),
    ):
        left.plot(sizes, [r[key] for r in results], marker="o", label=label)
    left.set(xscale="log", yscale="log", xlabel="scenes in pack", ylabel="ms", title="Latency")
    left.legend()
    right.plot(sizes, [r["build_s"] for r in results], marker="o", label="index build (s)")
    right.plot(sizes, [r["memory_mb"] / 100 for r in results], marker="o", label="index memory (100 MB)")
    right.set(xscale="log", yscale="log", xlabel="scenes in pack", title="Build time and memory")
    right.legend()
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    print(f"\nplot: {path.relative_to(ROOT)}")


# ---------------------------------------------------------------------------------------------- quiz


class _Channel:
    """Where a benchmark game posts: keeps a count, answers at once (Discord's latency is not the bot's)."""

    def __init__(self, channel_id: int) -> None:
        self.id = channel_id
        self.posted = 0

    async def send(self, **payload: Any) -> _Channel:
        self.posted += 1
        return self

    async def edit(self, **payload: Any) -> None:
        self.posted += 1

    jump_url = ""


def quiz_load(engine: Engine, questions: list[dict[str, str]], game_count: int, seconds: float) -> None:
    """Question answers (engine + reply embed) on the event loop, alone and beside `game_count` quiz games."""
    import asyncio

    from bot.core.quiz import plan_game

    section(f"Answers while {game_count} quiz games play on the same event loop")
    plan = timings(
        lambda seed: plan_game(engine.pack, 20, spoilers=True, rng=random.Random(int(seed))),
        [str(n) for n in range(50)],
        2,
    )
    rows: list[list[object]] = [["plan a 20-round game", f"{plan['median_ms']:.3f}", f"{plan['p99_ms']:.3f}", ""]]
    texts = [q["q"] for q in questions]
    for games in (0, game_count):
        result = asyncio.run(_quiz_session(engine, texts, games, seconds))
        note = (
            f"{result['rounds']} rounds, {result['clicks']} clicks, {result['posts']} posts and edits" if games else ""
        )
        rows.append(
            [
                f"answer a question, {f'{games} games playing' if games else 'no games'}",
                f"{result['median_ms']:.3f}",
                f"{result['p99_ms']:.3f}",
                note,
            ]
        )
    print(table(["operation", "median ms", "p99 ms", "meanwhile"], rows))
    print(
        f"\nA question is timed from the moment it is due until its reply embed is built, so time spent waiting "
        f"for the loop counts. Games run {seconds:.0f} s with rounds shortened to {QUIZ_ROUND:.1f} s "
        f"({QUIZ_BREAK:.2f} s breaks) and a click per game every {QUIZ_CLICK_EVERY * 1000:.0f} ms; Discord itself "
        "is left out (posts return at once)."
    )


QUIZ_ROUND, QUIZ_BREAK, QUIZ_CLICK_EVERY, QUESTION_EVERY = 1.0, 0.25, 0.2, 0.005


async def _quiz_session(engine: Engine, questions: list[str], game_count: int, seconds: float) -> dict[str, Any]:
    """Real QuizGame objects on real asyncio timers, members clicking, and a question due every 5 ms."""
    import asyncio

    from bot.cogs.quiz.game import QuizGame
    from bot.core.quiz import plan_game
    from bot.utils.answering import answer_reply

    rng = random.Random(1948)
    points = 0

    async def record_point(user_id: int) -> None:
        nonlocal points
        points += 1

    channels = [_Channel(n) for n in range(game_count)]
    playing: dict[int, QuizGame] = {}
    rounds = clicks = 0

    async def host(channel: _Channel) -> None:
        """Game after game in one channel, so every channel plays for the whole run."""
        nonlocal rounds
        while True:
            game = QuizGame(
                pack=engine.pack,
                film="bench",
                rounds=plan_game(engine.pack, 20, rng=rng),
                channel=channel,  # type: ignore[arg-type]
                channel_id=channel.id,
                guild_id=1,
                starter_id=1,
                record_point=record_point,
                round_seconds=QUIZ_ROUND,
                break_seconds=QUIZ_BREAK,
            )
            playing[channel.id] = game
            try:
                await game.run()
            finally:
                rounds += game.rounds_played

    async def click(channel: _Channel) -> None:
        nonlocal clicks
        while True:
            await asyncio.sleep(QUIZ_CLICK_EVERY * rng.uniform(0.5, 1.5))
            game = playing.get(channel.id)
            if game is not None and game.round_number:
                clicks += 1
                game.answer(game.round_number, rng.randrange(4), rng.randrange(20), "player")

    workers = [asyncio.create_task(host(c)) for c in channels] + [asyncio.create_task(click(c)) for c in channels]
    loop = asyncio.get_running_loop()
    latencies = []
    started = loop.time()
    number = 0
    while loop.time() - started < seconds:
        due = loop.time() + QUESTION_EVERY
        await asyncio.sleep(QUESTION_EVERY)
        answer_reply(engine, engine.answer(questions[number % len(questions)]), hide_spoilers=True)
        latencies.append((loop.time() - due) * 1000)
        number += 1
    for worker in workers:
        worker.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    latencies.sort()
    return {
        "median_ms": statistics.median(latencies),
        "p99_ms": latencies[min(len(latencies) - 1, math.ceil(len(latencies) * 0.99) - 1)],
        "rounds": rounds,
        "clicks": clicks,
        "posts": sum(c.posted for c in channels),
        "points": points,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes, for CI: proves the benchmark runs")
    args = parser.parse_args()
    repeat, copies, runs = (1, 5, 1) if args.quick else (20, 100, 5)
    sizes = [10, 100] if args.quick else [10, 100, 1000, 10000]
    print(
        f"# Benchmark ({'quick' if args.quick else 'full'}) on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {platform.system()}"
    )
    questions = load_questions()
    engine = Engine(load_pack(DEFAULT_PACK))
    baseline = BM25Baseline(engine)
    baseline.tune(questions)
    quality(engine, baseline, questions)
    quality_by_type(engine, baseline)
    imported_packs(3 if args.quick else 20)
    speed(engine, baseline, questions, repeat)
    batch_throughput(questions, copies)
    startup(runs)
    conversation_speed(engine, questions, repeat)
    conversation_store(engine.pack, 20_000 if args.quick else 100_000)
    reload_time(3 if args.quick else 50)
    film_library(50 if args.quick else 1000)
    limiter_memory(10_000 if args.quick else 100_000)
    hostile_packs()
    guild_settings(engine, 1_000 if args.quick else 10_000, 3 if args.quick else 10)
    store_load(30 if args.quick else 300, 200 if args.quick else 2_000)
    results = scaling(engine.pack, sizes, 40 if args.quick else 200)
    plot(results, OUT / "scaling-quick.png" if args.quick else Path(__file__).resolve().parent / "scaling.png")
    quiz_load(engine, questions, 100, 2.0 if args.quick else 20.0)


if __name__ == "__main__":
    main()
