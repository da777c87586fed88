"""The offline command line: ask, chat, quiz, validate, and the host's data commands. Imports nothing from Discord."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import random
import sys
from pathlib import Path
from typing import TextIO

from .core import PackError
from .core.library import FilmConversation, Library, LibraryFilm, no_packs, pack_files, read_pack_file
from .core.loader import Problem
from .core.quiz import DEFAULT_ROUNDS, MAX_ROUNDS, MIN_ROUNDS, QuizUnavailable, plan_game


def _library(pack: Path, film: str, err: TextIO) -> tuple[Library, LibraryFilm] | None:
    """The library at PACK_PATH (a file or a folder; files left out are named on stderr) and the film to start
    from: `--film` (key or title), else DEFAULT_FILM's."""
    reported: list[Problem] = []

    def report(problem: Problem) -> None:
        reported.append(problem)
        print(problem, file=err)

    try:
        library = Library.open(pack, report=report)
    except PackError as error:  # what was reported as each file was read is not said again
        print("\n".join(str(p) for p in error.problems if p not in reported), file=err)
        return None
    start = library.find(film) if film else library.default
    if start is None:
        print(f"no film {film!r} in {pack}: the films are {', '.join(f.key for f in library)}", file=err)
        return None
    return library, start


def ask(
    pack: Path,
    questions: list[str],
    as_json: bool,
    out: TextIO,
    err: TextIO,
    stdin: TextIO,
    *,
    conversation: bool = False,
    film: str = "",
) -> int:
    """Answer the question given on the command line, or every line of standard input. With `conversation`,
    each line is the next turn of one conversation and a blank line starts a new one. A question naming
    another film of the library is answered from that film."""
    opened = _library(pack, film, err)
    if opened is None:
        return 1
    library, start = opened
    lines = [" ".join(questions)] if questions else (line.rstrip("\n") for line in stdin)
    write = out.write
    thread = FilmConversation(start.key) if conversation else None
    try:
        if not questions and stdin.isatty():
            print("Reading questions from standard input, one per line; Ctrl-D to finish.", file=err)
        for question in lines:
            if thread is not None and not question.strip():
                thread = FilmConversation(start.key)
                continue
            found = library.answer(question, thread, None if thread else start.key)
            if as_json:
                write(json.dumps(found.as_dict(question), ensure_ascii=False) + "\n")
            else:
                write(found.answer.text + "\n" + ("\n" if not questions else ""))
    except KeyboardInterrupt:  # Ctrl-C while reading a terminal or a slow pipe: stop, no traceback
        print(file=err)
        return 130
    out.flush()
    return 0


def read_line(stdin: TextIO, out: TextIO, prompt: str) -> str | None:
    """The next non-blank line, or None when the user is done: end of input, Ctrl-D or Ctrl-C.

    On a terminal the line is read by `input()`, which GNU readline (where Python has it) turns into a line
    editor with arrow keys and history."""
    interactive = stdin.isatty()
    while True:
        try:
            if interactive and stdin is sys.stdin and out is sys.stdout:
                line = input(prompt)
            else:
                if interactive:
                    print(prompt, end="", file=out, flush=True)
                line = stdin.readline()
                if not line:
                    raise EOFError
        except (EOFError, KeyboardInterrupt):
            if interactive:
                print(file=out)  # the shell's prompt goes on a line of its own
            return None
        if line.strip():
            return line


def line_editing() -> None:
    """Turn on readline for `input()` where this Python has it (not on Windows): importing it is enough."""
    with contextlib.suppress(ImportError):
        importlib.import_module("readline")


def chat(pack: Path, out: TextIO, err: TextIO, stdin: TextIO, film: str = "") -> int:
    """An interactive session: type a question, get the answer; `quit`, Ctrl-D or Ctrl-C ends it."""
    opened = _library(pack, film, err)
    if opened is None:
        return 1
    library, start = opened
    if stdin.isatty():
        line_editing()
    thread = FilmConversation(start.key)
    others = f" ({len(library) - 1} other films: name one to ask about it)" if len(library) > 1 else ""
    print(
        f"{start.title}: the film companion{others}. Ask about a scene, the soundtrack, the plot or a character."
        " Type 'quit' to leave.",
        file=out,
    )
    while True:
        line = read_line(stdin, out, "you> ")
        if line is None or line.strip().lower() in {"quit", "exit", ":q"}:
            return 0
        before = thread.film_key
        found = library.answer(line, thread)
        answer = found.answer  # a subset's text lists only its scenes; a note's says what is missing
        if found.film.key != before:
            print(f"(now about {found.film.title})", file=out)
        if answer.kind != "none" and answer.alternatives:
            others = ", ".join(a.title for a in answer.alternatives)
            print(f"bot> {answer.text}\n(also close: {others})\n", file=out)
        else:
            print(f"bot> {answer.text}\n", file=out)


def quiz(
    pack: Path, rounds: int, spoilers: bool, seed: int | None, out: TextIO, err: TextIO, stdin: TextIO, film: str = ""
) -> int:
    """The Discord quiz's rounds in the terminal: type the number of your answer; `quit` or Ctrl-D ends it."""
    opened = _library(pack, film, err)
    if opened is None:
        return 1
    chosen = opened[1].pack
    try:
        game = plan_game(chosen, rounds, spoilers=spoilers, rng=random.Random(seed))
    except QuizUnavailable as error:
        print(error, file=err)
        return 1
    interactive = stdin.isatty()
    print(f"{chosen.film.title} quiz: {len(game)} rounds. Type the number of your answer, 'quit' to stop.", file=out)
    score = played = 0
    for number, round_ in enumerate(game, start=1):
        print(f"\nRound {number} of {len(game)}: {round_.clue.question}\n{round_.clue.text}", file=out)
        for position, choice in enumerate(round_.choices, start=1):
            print(f"  {position}. {choice}", file=out)
        picked = _read_choice(len(round_.choices), out, stdin, interactive)
        if picked is None:
            break
        played += 1
        if picked == round_.correct:
            score += 1
            print(f"Right: {round_.answer}.", file=out)
        else:
            print(f"No: it was {round_.answer}.", file=out)
    print(f"\nYou scored {score} of {played}.", file=out)
    return 0


def _read_choice(count: int, out: TextIO, stdin: TextIO, interactive: bool) -> int | None:
    """The chosen index (0-based), asking again after anything that isn't 1..count; None to stop."""
    while True:
        if interactive:
            print(f"your answer (1-{count})> ", end="", file=out, flush=True)
        line = stdin.readline()
        if not line or line.strip().lower() in {"quit", "exit", ":q"}:
            return None
        typed = line.strip()
        if typed.isdigit() and 1 <= int(typed) <= count:
            return int(typed) - 1
        print(f"Type a number from 1 to {count}.", file=out)


def _rounds(raw: str) -> int:
    if not raw.isdigit() or not MIN_ROUNDS <= int(raw) <= MAX_ROUNDS:
        raise argparse.ArgumentTypeError(f"rounds must be a whole number from {MIN_ROUNDS} to {MAX_ROUNDS}")
    return int(raw)


def validate(packs: list[Path], out: TextIO, err: TextIO) -> int:
    """Check pack files, or every pack of a folder (two films with one key or title included); print every
    problem as `path:line: message`."""
    status = 0
    for source in packs:
        library = Library(source, report=lambda problem: None)
        if not pack_files(source):
            print(no_packs(source), file=err)
            status = 1
        for path in pack_files(source):
            library.add_reads([read_pack_file(path)])
            problems = library.problems.get(path)
            if problems:
                print("\n".join(map(str, problems)), file=err)
                status = 1
                continue
            loaded = library.films[path.stem].pack
            print(
                f"{path}: ok ({len(loaded.scenes)} scenes, {len(loaded.soundtrack.tracks)} tracks, "
                f"{len(loaded.characters)} characters)",
                file=out,
            )
            if not any(scene.spoiler for scene in loaded.scenes):  # a fresh import marks none: a reminder
                print(
                    f"{path}: warning: no scene is marked spoiler: true (mark the ones that give the ending away)",
                    file=err,
                )
    return status


def data(action: str, guild_id: int, database_url: str, out: TextIO, err: TextIO) -> int:
    """Print every row stored for a server as JSON (`export`), or delete them (`delete`). Exits as the bot does:
    2 for a database that can't be used as configured, 4 for one that can't be reached."""
    import asyncio

    from .exit_codes import ExitCode
    from .storage import StoreError, StoreUnavailable, open_store, sqlite_path

    path = sqlite_path(database_url)
    if path is not None and path != ":memory:" and not Path(path).exists():  # looking must not create one
        print(f"no database at {path}: nothing is stored for any server", file=err)
        if action == "export":
            out.write(json.dumps({"guild_id": guild_id, "tables": {}}) + "\n")
        else:
            print(f"deleted 0 rows of guild {guild_id}", file=out)
        return ExitCode.OK

    async def run() -> int:
        store = await open_store(database_url)
        try:
            if action == "export":
                tables = await store.export_guild(guild_id)
                # default=str: any value JSON has no type for (a timestamp column, say) is written as text
                out.write(json.dumps({"guild_id": guild_id, "tables": tables}, indent=2, default=str) + "\n")
            else:
                deleted = await store.delete_guild(guild_id)
                rows = "row" if deleted == 1 else "rows"
                print(f"deleted {deleted} {rows} of guild {guild_id} from {store.display_url}", file=out)
        finally:
            await store.close()
        return 0

    try:
        return asyncio.run(run())
    except StoreUnavailable as error:
        print(error, file=err)
        return ExitCode.NO_NETWORK
    except StoreError as error:
        print(error, file=err)
        return ExitCode.BAD_SETTINGS


SNOWFLAKE_HELP = (
    "a server id is plain digits from 1 to 9223372036854775807 (Developer Mode: right-click the server, Copy Server ID)"
)


def snowflake(raw: str) -> int:
    """A Discord id as typed on a command line: ASCII digits only (int() would take '١٢٣', '1_000' and ' 5'), in the
    range a BIGINT column holds."""
    if not (raw.isascii() and raw.isdigit()) or not 0 < int(raw) < 2**63:
        raise argparse.ArgumentTypeError(f"{SNOWFLAKE_HELP}, not {raw!r}")
    return int(raw)


def program_name() -> str:
    """What the user typed: the console script's name when run as it, else `python -m bot`."""
    invoked = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return invoked if invoked and invoked not in {"__main__.py", "-c", "-m"} else "python -m bot"


def _film_options(command: argparse.ArgumentParser, default_pack: Path) -> None:
    command.add_argument("--pack", type=Path, default=default_pack, help="pack file or folder (default: %(default)s)")
    command.add_argument("--film", default="", help="the film to start from, key or title (default: DEFAULT_FILM)")


def parser(default_pack: Path) -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog=program_name(), description="A film companion: scenes, soundtrack and questions, offline."
    )
    commands = root.add_subparsers(dest="command")
    run = commands.add_parser("run", help="run the Discord bot (the default; needs DISCORD_TOKEN)")
    run.set_defaults(command="run")
    sync = commands.add_parser("sync", help="push the slash commands to Discord now (needs DISCORD_TOKEN)")
    sync.add_argument("--guild", type=snowflake, help="sync to this guild only (instant), instead of globally")
    a = commands.add_parser("ask", help="answer questions offline (arguments, or one per line on stdin)")
    a.add_argument("--json", action="store_true", help="one JSON object per question, one per line")
    a.add_argument(
        "--conversation",
        action="store_true",
        help="each line of stdin is the next turn of one conversation; a blank line starts a new one",
    )
    _film_options(a, default_pack)
    a.add_argument("question", nargs="*", help="the question; omit to read questions from stdin")
    c = commands.add_parser("chat", help="an interactive offline session")
    _film_options(c, default_pack)
    q = commands.add_parser("quiz", help="play the scene quiz offline (type the number of your answer)")
    q.add_argument("--rounds", type=_rounds, default=DEFAULT_ROUNDS, help="%(default)s by default, up to 20")
    q.add_argument("--spoilers", action="store_true", help="include the scenes that give the ending away")
    q.add_argument("--seed", type=int, help="the same seed plays the same game")
    _film_options(q, default_pack)
    v = commands.add_parser("validate", help="check pack files (or folders of them) and list every problem")
    v.add_argument("packs", nargs="*", type=Path, help="pack files or folders (default: the configured PACK_PATH)")
    p = commands.add_parser("pack", help="author a pack: import a film page, or start from a commented skeleton")
    p.add_argument("action", choices=["import", "new"], help='import PAGE.txt, or new "Title"')
    p.add_argument("target", help="the page file to import, or the new film's title")
    p.add_argument("-o", "--output", type=Path, help="write this new file instead of standard output")
    d = commands.add_parser("data", help="a server's stored data: export it as JSON, or delete it (DATABASE_URL)")
    d.add_argument("action", choices=["export", "delete"])
    d.add_argument("--guild", type=snowflake, required=True, help="the server (guild) id")
    return root
