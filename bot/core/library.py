"""The film library: every pack of a folder (or one pack file), each film keyed by its file's stem.

A film's key (`the-red-shoes`) is stable and short: settings, the database and buttons carry it; its title is
for display. A broken file is left out (its problems kept and logged), the others load. Each film's engine is
built on first use and kept in a bounded LRU (the default film's is never evicted), so a thousand films cost
only what is asked of them.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from .answers import Answer
from .conversation import Conversation
from .engine import Engine
from .film_names import FilmNames, Mention
from .loader import PackError, Problem, load_pack
from .long_lived import LongLived
from .pack import Pack, Scene, Track
from .redaction import display_path
from .text import fold

log = logging.getLogger(__name__)

PACK_GLOB = "*.yaml"
# Built engines kept (LRU). About 0.2 MB each for a 25-scene film (small postings and the general vocabulary
# shared, patterns compiled once): all of a 1,000-film library stays under 300 MB (benchmarks/run.py, "Film
# library at scale"); a film beyond them is rebuilt when asked (~10 ms).
MAX_ENGINES = 1000
ROUTE_CUES = frozenset({"in", "from"})  # "in <title>, who is ...": the question is about that film, whatever else

Stamp = tuple[int, int]  # (mtime in ns, size): a file whose stamp is unchanged is not read again


def film_key(path: Path) -> str:
    """A film's key: its pack file's stem. Renaming the file makes it a new film."""
    return path.stem


def pack_files(source: Path) -> list[Path]:
    """The pack files of a source, by key: a folder's `*.yaml`, or the one file named (even a missing one,
    whose loading then says "file not found")."""
    if source.is_dir():
        return sorted((p for p in source.glob(PACK_GLOB) if p.is_file()), key=film_key)
    return [source]


def no_packs(source: Path) -> Problem:
    """What a folder holding no pack file is told (a `.yml` file is not read: packs are `*.yaml`)."""
    return Problem(display_path(source), 1, f"no pack files ({PACK_GLOB}) in this folder")


def stamp_of(path: Path) -> Stamp | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


@dataclass(frozen=True, slots=True)
class LibraryFilm:
    """One film of the library: its key, its file and its pack (the version last read without problems)."""

    key: str
    path: Path
    pack: Pack
    stamp: Stamp | None = None

    @property
    def title(self) -> str:
        return self.pack.film.title


@dataclass(frozen=True, slots=True)
class FileRead:
    """One pack file read: its film, or the problems that keep it out."""

    path: Path
    stamp: Stamp | None
    film: LibraryFilm | None = None
    problems: tuple[Problem, ...] = ()


def read_pack_file(path: Path) -> FileRead:
    """Read and validate one file (safe off the event loop: touches no library)."""
    stamp = stamp_of(path)  # before reading: a write during the read shows as a change at the next reload
    try:
        pack = load_pack(path)
    except PackError as error:
        return FileRead(path, stamp, problems=tuple(error.problems))
    return FileRead(path, stamp, LibraryFilm(film_key(path), path, pack, stamp))


@dataclass(slots=True)
class FilmConversation:
    """A conversation that knows its film: the engine's own `Conversation` for the film it is on now. Moving to
    another film starts a fresh thread (the old one's subjects are another film's)."""

    film_key: str | None = None
    thread: Conversation = field(default_factory=Conversation)


@dataclass(frozen=True, slots=True)
class FilmAnswer:
    """An answer and the film it came from."""

    answer: Answer
    film: LibraryFilm

    def as_dict(self, question: str) -> dict[str, object]:
        return {**self.answer.as_dict(question), "film": self.film.title, "film_key": self.film.key}


@dataclass(frozen=True, slots=True)
class FilmChange:
    """What a reload did to one file: a new version, a new film, a removed one, or problems (old version kept)."""

    path: Path
    film: LibraryFilm | None = None  # the version now loaded (None: removed, or refused)
    problems: tuple[Problem, ...] = ()
    added: bool = False
    removed: bool = False
    kept: LibraryFilm | None = None  # refused: the version still answering, if there was one

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        name = self.path.name
        if self.problems:
            count = len(self.problems)
            still = "still answering from the pack loaded before" if self.kept else "left out"
            return f"{name} has {count} problem{'s' if count != 1 else ''}; {still}:\n" + "\n".join(
                str(p) for p in self.problems
            )
        if self.removed or self.film is None:
            return f"Removed {name}: the file is gone."
        pack = self.film.pack
        verb = "Added" if self.added else "Reloaded"
        return (
            f"{verb} {name}: {len(pack.scenes)} scenes, {len(pack.soundtrack.tracks)} tracks, "
            f"{len(pack.characters)} characters"
        )


@dataclass(frozen=True, slots=True)
class Changes:
    """Files read for a reload (off the event loop), not yet applied; engines built for films already in use."""

    reads: tuple[FileRead, ...] = ()
    deleted: tuple[Path, ...] = ()
    engines: dict[Path, Engine] = field(default_factory=dict)


class Library:
    """Films by key; lookups by key or title; one engine per film, built on first use; routing by title."""

    def __init__(
        self,
        source: Path,
        *,
        default: str = "",
        max_engines: int = MAX_ENGINES,
        report: Callable[[Problem], None] | None = None,
    ) -> None:
        """`report`: told each problem of a file left out (default: logged as an error, `file:line: what`)."""
        self.source = source
        self.report = report or _log_problem
        self.default_setting = default.strip()
        self.max_engines = max(1, max_engines)
        self.films: dict[str, LibraryFilm] = {}
        self.problems: dict[Path, tuple[Problem, ...]] = {}  # files left out, and why
        self.pending: list[Path] = []  # files not read yet (the bot reads them in the background)
        self._stamps: dict[Path, Stamp | None] = {}  # every file read, loaded or not
        self._engines: OrderedDict[str, Engine] = OrderedDict()
        self._names: FilmNames | None = None  # rebuilt when the films change
        self._by_key: dict[str, LibraryFilm] = {}  # folded key -> film
        self._by_title: dict[str, LibraryFilm] = {}  # folded title -> film
        self._entry_names: dict[str, tuple[Pack, frozenset[str], int]] = {}
        self.long_lived = LongLived(every=self.max_engines)  # packs and engines: kept out of full GC walks

    # ------------------------------------------------------------------------------------------ loading

    @classmethod
    def open(
        cls,
        source: Path,
        *,
        default: str = "",
        max_engines: int = MAX_ENGINES,
        everything: bool = True,
        report: Callable[[Problem], None] | None = None,
    ) -> Library:
        """Load a library: the default film first, then (with `everything`) the rest. Raises PackError, listing
        every file's problems, only when no film loads."""
        library = cls(source, default=default, max_engines=max_engines, report=report)
        library.start()
        if everything:
            library.load_pending()
        return library

    @classmethod
    def holding(cls, engine: Engine, source: Path, *, default: str = "") -> Library:
        """A library of one film already built (tests, embedding); it reloads from `source` like any other."""
        key = Path(engine.pack.source).stem if source.is_dir() else film_key(source)
        path = source / f"{key}.yaml" if source.is_dir() else source
        library = cls(source, default=default)
        library._add(FileRead(path, None, LibraryFilm(film_key(path), path, engine.pack, None)))
        library._engines[film_key(path)] = engine
        library.pending = [p for p in pack_files(source) if p != path] if source.is_dir() else []
        return library

    def start(self) -> None:
        """Read the default film's file (or, failing it, the next until one loads); the rest stay pending."""
        files = pack_files(self.source)
        wanted = fold(self.default_setting)
        first = [p for p in files if wanted and fold(film_key(p)) == wanted]
        if wanted and not first:
            self.pending = files  # DEFAULT_FILM names a title, not a file: read them all to find it
            self.load_pending()
        else:
            self.pending = [p for p in files if p not in first]
            for path in first:
                self._add(read_pack_file(path))
            while not self.films and self.pending:
                self._add(read_pack_file(self.pending.pop(0)))
        self._require_a_film()

    def load_pending(self) -> None:
        """Read every file not read yet (the offline commands; the bot does it off the event loop)."""
        while self.pending:
            self.add_reads([read_pack_file(self.pending.pop(0))])
        self.check_default()

    def add_reads(self, reads: Iterable[FileRead], *, names: bool = True) -> None:
        """Take files read; with `names=False` the titles used for routing and autocomplete stay as they were
        until `use_names` (the bot builds the new ones off the event loop: 10 ms for 1,000 films)."""
        for read in reads:
            self._add(read)
        if names:
            self._names = None
        self.long_lived.settled()

    def build_names(self) -> FilmNames:
        """Every film's names for routing and autocomplete (safe off the event loop while nothing is added)."""
        return FilmNames({f.key: (f.title, f.pack.film.aliases) for f in self.films.values()})

    def use_names(self, names: FilmNames) -> None:
        self._names = names

    def _require_a_film(self) -> None:
        if not self.films and not self.pending:
            raise PackError([p for problems in self.problems.values() for p in problems] or [no_packs(self.source)])

    def _add(self, read: FileRead) -> bool:
        """Take one file read: its film joins (replacing its older version), or its problems are kept and logged."""
        self._stamps[read.path] = read.stamp
        film = read.film
        clash = self._clash(film) if film is not None else None
        if film is None or clash is not None:
            problems = read.problems or ((clash,) if clash is not None else ())
            self.problems[read.path] = problems
            for problem in problems:
                self.report(problem)
            return False
        self.problems.pop(read.path, None)
        old = self.films.get(film.key)
        if old is not None:
            self._by_title.pop(_folded(old.title), None)
        self.films[film.key] = self._by_key[_folded(film.key)] = self._by_title[_folded(film.title)] = film
        self.films = dict(sorted(self.films.items()))
        self._engines.pop(film.key, None)  # built from the old version
        return True

    def _clash(self, film: LibraryFilm) -> Problem | None:
        """Two packs with the same key or title: the second is refused."""
        other = self._by_key.get(_folded(film.key))
        if other is not None and other.path != film.path:
            why = f"the key {film.key!r} (the file's name) is already used by {other.path.name}: rename the file"
        else:
            other = self._by_title.get(_folded(film.title))
            if other is None or other.path == film.path:
                return None
            why = f"the title {film.title!r} is already used by {other.path.name}: give this film another title"
        return Problem(display_path(film.path), _line_of(film.path, film.title), why)

    def _remove(self, key: str) -> None:
        film = self.films.pop(key)
        self._by_key.pop(_folded(film.key), None)
        self._by_title.pop(_folded(film.title), None)
        self._engines.pop(key, None)
        self._entry_names.pop(key, None)

    def check_default(self) -> None:
        if self.default_setting and self.films and self.find(self.default_setting) is None:
            log.warning(
                "DEFAULT_FILM %r is not a film of the library; the default is %s",
                self.default_setting,
                self.default.key,
            )

    # ------------------------------------------------------------------------------------------ look-ups

    def __len__(self) -> int:
        return len(self.films)

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter(self.films.values())

    def find(self, name: str) -> LibraryFilm | None:
        """A film by key or title, case, accents and punctuation folded."""
        if name in self.films:
            return self.films[name]
        folded = _folded(name)
        return self._by_key.get(folded) or self._by_title.get(folded)

    @property
    def default(self) -> LibraryFilm:
        """DEFAULT_FILM (key or title) when it is a film of the library; else the only film, or the first by key."""
        found = self.find(self.default_setting) if self.default_setting else None
        return found or next(iter(self.films.values()))

    @property
    def names(self) -> FilmNames:
        if self._names is None:
            self._names = self.build_names()
        return self._names

    def complete_titles(self, prefix: str) -> list[tuple[str, str]]:
        """(title, key) of the films a typed prefix may mean (autocomplete), at most 25, without building engines."""
        return self.names.complete(prefix)

    def engine(self, key: str | None = None) -> Engine:
        """The film's engine (the default film's without a key), built on first use; the least recently used
        beyond `max_engines` is dropped (never the default film's)."""
        film = self.films[key] if key is not None else self.default
        engines = self._engines
        engine = engines.get(film.key)
        if engine is None:
            engine = engines[film.key] = Engine(film.pack)
            self.long_lived.settled()
        engines.move_to_end(film.key)
        if len(engines) > self.max_engines:
            keep = self.default.key
            oldest = next(k for k in engines if k != keep)
            del engines[oldest]
        return engine

    def built_keys(self) -> list[str]:
        """The films whose engine is built now, least recently used first."""
        return list(self._engines)

    # ------------------------------------------------------------------------------------------ answers

    def answer(
        self,
        question: str,
        conversation: FilmConversation | None = None,
        film: str | None = None,
        *,
        route: bool = True,
    ) -> FilmAnswer:
        """Answer from `film` (a key), else the conversation's film, else the default. With `route`, a question
        that names another film of the library is answered from that film, and the conversation moves to it."""
        current = self.films.get(film) if film is not None else None
        if current is None and conversation is not None and conversation.film_key is not None:
            current = self.films.get(conversation.film_key)
        current = current or self.default
        routed = route and len(self.films) > 1  # one film: its engine reads its own title as it always did
        target, asked = self.route(question, current) if routed else (current, question)
        if conversation is not None and conversation.film_key != target.key:
            conversation.film_key, conversation.thread = target.key, Conversation()
        thread = conversation.thread if conversation is not None else None
        engine = self.engine(target.key)
        answer = engine.answer(asked, thread)
        if asked != question and answer.kind == "none":  # "what happens in <title>": the title was the subject
            answer = engine.answer(question, thread)
        return FilmAnswer(answer, target)

    def route(self, question: str, current: LibraryFilm) -> tuple[LibraryFilm, str]:
        """The film a question is about, and the question to ask it ("in <title>" taken off: the rest is the question).

        A title of another film switches, unless one of the current film's own entries is named by the same
        words (a track called like the film) and the question doesn't say "in/from <title>"."""
        words = fold(question[:2000]).split()
        for mention in self.names.mentions(words):
            target = self.films.get(mention.key)
            if target is None:
                continue
            cued = mention.start > 0 and words[mention.start - 1] in ROUTE_CUES
            if not cued and (target.key == current.key or self._names_own_entry(current, words, mention)):
                continue
            if not cued:
                return target, question
            rest = words[: mention.start - 1] + words[mention.end :]
            return target, " ".join(rest) if rest else question
        return current, question

    def _names_own_entry(self, film: LibraryFilm, words: list[str], mention: Mention) -> bool:
        """Do the mention's words belong to a name of one of the film's own entries (scene, track, character)?"""
        cached = self._entry_names.get(film.key)
        if cached is None or cached[0] is not film.pack:
            names = frozenset(_entry_names(film.pack))
            cached = self._entry_names[film.key] = (film.pack, names, max((len(n.split()) for n in names), default=0))
        _, names, longest = cached
        for start in range(max(0, mention.start - longest + 1), mention.end):
            for end in range(max(start + 1, mention.start + 1), min(len(words), start + longest) + 1):
                if " ".join(words[start:end]) in names:
                    return True
        return False

    # ------------------------------------------------------------------------------------------ reload

    def read_changes(self, built: frozenset[str] = frozenset()) -> Changes:
        """Read the files that changed since they were last read (new ones too) and list the deleted ones; build
        engines for changed films in `built` (in use now). Touches no state: safe off the event loop."""
        files = pack_files(self.source)
        changed = [p for p in files if p not in self._stamps or stamp_of(p) != self._stamps[p]]
        present = set(files)
        deleted = tuple(p for p in self._stamps if p not in present or not p.exists())
        reads = tuple(read_pack_file(p) for p in changed if p not in deleted)
        engines = {
            read.path: Engine(read.film.pack) for read in reads if read.film is not None and read.film.key in built
        }
        return Changes(reads, deleted, engines)

    def apply(self, changes: Changes) -> list[FilmChange]:
        """Apply what `read_changes` found: a broken edit keeps the film's previous version; a deleted file
        removes its film (never the last one); a new file adds one."""
        done: list[FilmChange] = []
        by_path = {film.path: film for film in self.films.values()}
        read_now = {read.path for read in changes.reads}
        self.pending = [path for path in self.pending if path not in read_now]  # a reload before the rest loaded
        for path in changes.deleted:
            film = by_path.get(path)
            self._stamps.pop(path, None)
            self.problems.pop(path, None)
            if film is None:
                continue
            if len(self.films) == 1:  # keep answering: the library is never empty
                gone = read_pack_file(path).problems or (Problem(display_path(path), 1, "file not found"),)
                done.append(FilmChange(path, problems=gone, kept=film))
                continue
            self._remove(film.key)
            done.append(FilmChange(path, removed=True))
        for read in changes.reads:
            old = by_path.get(read.path)
            if self._add(read) and read.film is not None:
                engine = changes.engines.get(read.path)
                if engine is not None:
                    self._engines[read.film.key] = engine
                done.append(FilmChange(read.path, read.film, added=old is None))
            else:
                done.append(FilmChange(read.path, problems=self.problems.get(read.path, ()), kept=old))
        if done:
            self._names = None  # rebuilt at the next question or autocomplete
        return done

    def reload(self) -> list[FilmChange]:
        """Read what changed and apply it (the offline commands; the bot reads off the event loop)."""
        return self.apply(self.read_changes(frozenset(self._engines)))


def _folded(name: str) -> str:
    """A key or title as compared: folded, or only lower-cased when folding leaves nothing (a title in a script
    folding cannot spell yet), so two such titles are not taken for the same."""
    return fold(name) or name.strip().casefold()


def _log_problem(problem: Problem) -> None:
    log.error("pack refused: %s", problem)


def _entry_names(pack: Pack) -> Iterable[str]:
    """Every folded name of a pack's own entries: scenes, tracks, characters, the soundtrack's aliases."""
    entries: tuple[Scene | Track, ...] = (*pack.scenes, *pack.soundtrack.tracks)
    for entry in entries:
        yield from (fold(n) for n in (entry.title, *entry.aliases))
    for character in pack.characters:
        yield from (fold(n) for n in (character.name, *character.aliases))
    yield from (fold(n) for n in pack.soundtrack.aliases)


def _line_of(path: Path, text: str) -> int:
    """The line where a text first appears in a file (a clash's line), else 1."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    return next((number for number, line in enumerate(lines, start=1) if text in line), 1)
