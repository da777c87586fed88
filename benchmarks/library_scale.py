"""One fresh process measuring a film library as the bot uses it; prints one JSON object (benchmarks/run.py reads it).

    python benchmarks/library_scale.py FOLDER LAUNCHED_AT [MAX_ENGINES]

LAUNCHED_AT is the parent's time.time() just before starting this process, so "answers after start" counts the
interpreter's start and every import, as a restarted bot would.
"""

from __future__ import annotations

import asyncio
import json
import math
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.library import MAX_ENGINES, Library, LibraryFilm
from bot.core.text import fold
from bot.reload import LibraryReloader


def rss_mb() -> float:
    with open("/proc/self/statm", encoding="ascii") as handle:
        return int(handle.read().split()[1]) * 4096 / 2**20


def p99(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, math.ceil(len(ordered) * 0.99) - 1)]


def questions(film: LibraryFilm, rng: random.Random) -> list[tuple[str, str]]:
    """(question, expected title) about one film, from its own entries."""
    pack = film.pack
    scene = rng.choice(pack.scenes)
    asked = [(f"what happens in {scene.title}?", scene.title)]
    if pack.characters:
        person = rng.choice(pack.characters)
        asked.append((f"who is {person.name}?", person.name))
    if pack.soundtrack.tracks:
        track = rng.choice(pack.soundtrack.tracks)
        asked.append((f"tell me about the track {track.title}", track.title))
    return asked


async def background_load(library: Library) -> tuple[float, float]:
    """Seconds to read every file left pending, and the event loop's longest wait for a turn meanwhile."""
    stall = 0.0
    loading = True

    async def ticker() -> None:
        nonlocal stall
        last = time.perf_counter()
        while loading:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            stall, last = max(stall, now - last - 0.001), now

    ticking = asyncio.create_task(ticker())
    started = time.perf_counter()
    await LibraryReloader(library).load_rest()
    seconds = time.perf_counter() - started
    loading = False
    await ticking
    return seconds, stall * 1000


def main() -> None:
    folder, launched = Path(sys.argv[1]), float(sys.argv[2])
    cap = int(sys.argv[3]) if len(sys.argv) > 3 else MAX_ENGINES
    rng = random.Random(7)
    library = Library.open(folder, max_engines=cap, everything=False)
    opening = library.default.pack.scenes[0].title
    first = library.answer(f"what happens in {opening}?")
    first_answer_s = time.time() - launched
    assert first.answer.title == opening, first.answer
    validated_s, stall_ms = asyncio.run(background_load(library))
    films = list(library)
    rss_loaded = rss_mb()

    new_film_ms, correct, asked = [], 0, 0
    for film in films:  # a question to every film: each one's first, so its engine is built here
        question, expected = questions(film, rng)[0]
        started = time.perf_counter()
        found = library.answer(question, film=film.key, route=False)
        new_film_ms.append((time.perf_counter() - started) * 1000)
        correct += found.answer.title == expected
        asked += 1
    rss_all = rss_mb()

    spread = [(film, q, e) for film in films for q, e in questions(film, rng)]
    rng.shuffle(spread)
    answer_ms = []
    for film, question, expected in spread:  # questions spread across every film, in random order
        started = time.perf_counter()
        found = library.answer(question, film=film.key, route=False)
        answer_ms.append((time.perf_counter() - started) * 1000)
        correct += found.answer.title == expected
        asked += 1

    routed, routed_right = 0, 0
    for film in rng.sample(films, min(len(films), 200)) if len(films) > 1 else []:
        other = next(f for f in films if f.key != film.key)
        question, expected = questions(film, rng)[-1]
        found = library.answer(f"in {film.title}, {question}", film=other.key)
        routed += 1
        routed_right += found.film.key == film.key and found.answer.title == expected

    prefixes = []
    for film in films:
        words = fold(film.title).split()
        typed = rng.choice([words[-1][:3], " ".join(words)[: rng.randint(1, 12)], fold(film.title)[:-2] + "x"])
        prefixes.append(typed)
    complete_ms = []
    for typed in prefixes * max(1, 2000 // len(prefixes)):
        started = time.perf_counter()
        library.complete_titles(typed)
        complete_ms.append((time.perf_counter() - started) * 1000)

    target = films[len(films) // 2]
    text = target.path.read_text(encoding="utf-8")
    target.path.write_text(text.replace(target.title, target.title + " Revisited", 1), encoding="utf-8")
    reload_ms = []
    for _ in range(3):

        async def reload() -> float:
            return (await LibraryReloader(library).reload()).milliseconds

        target.path.write_text(target.path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        reload_ms.append(asyncio.run(reload()))
    target.path.write_text(text, encoding="utf-8")

    print(
        json.dumps(
            {
                "films": len(films),
                "scenes": sum(len(f.pack.scenes) for f in films),
                "max_engines": cap,
                "first_answer_s": first_answer_s,
                "validated_s": validated_s,
                "stall_ms": stall_ms,
                "rss_loaded_mb": rss_loaded,
                "rss_after_every_film_mb": rss_all,
                "new_film_median_ms": sorted(new_film_ms)[len(new_film_ms) // 2],
                "new_film_p99_ms": p99(new_film_ms),
                "answer_median_ms": sorted(answer_ms)[len(answer_ms) // 2],
                "answer_p99_ms": p99(answer_ms),
                "complete_p99_ms": p99(complete_ms),
                "reload_one_ms": sorted(reload_ms)[1],
                "right": correct / asked,
                "routed_right": routed_right / routed if routed else float("nan"),
                "rss_end_mb": rss_mb(),
            }
        )
    )


if __name__ == "__main__":
    main()
