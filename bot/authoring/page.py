"""Read a film page in the seed's format into its parts, or say at which line it stops looking like one.

The shape, one item a line (blank lines and site chrome such as "Download App" or "Share" may come anywhere):

    <title>
    <synopsis>
    [Dialogues from Movie <title>]  [Quotes from Movie <title>]
    [Sound Tracks from <title> by <composer>
       then per track: <track title> / <track title> by <credit>, <description>]
    Memorable Scenes from Movie <title>
       then per scene: <scene title> / <summary> / [Context: <context>]
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path

from ..core.text import fold

MAX_PAGE_BYTES = 1024 * 1024  # a page is a few KB; a megabyte is a mistake
CHROME = frozenset(
    "download app|share|advertisement|read more|show more|see more|sign in|log in|back to top".split("|")
)
# The section headings, as the site prints them (case and a missing "Movie" or space forgiven).
SCENES_MARK = "Memorable Scenes from Movie "
_SCENES = re.compile(r"memorable scenes from (?:movie )?", re.IGNORECASE)
_SOUNDTRACK = re.compile(r"sound ?tracks? from ", re.IGNORECASE)
_CONTEXT = re.compile(r"context\s*:\s*", re.IGNORECASE)
_SKIPPED = re.compile(r"(?:dialogues|quotes) from (?:movie )?", re.IGNORECASE)  # printed with nothing under
MIN_SYNOPSIS_WORDS = 8
MAX_TITLE_CHARS = 150
_MARKUP = re.compile(r"^\s*(?:<|#|\{|\[|```|---|\w[\w-]*:\s*$)")
_SENTENCE_END = re.compile(r"[.!?…”\"')]$")


class PageError(Exception):
    """The file is not a film page; the message is `PAGE:line: what was expected`."""

    def __init__(self, path: str, line: int, expected: str) -> None:
        super().__init__(f"{path}:{line}: expected {expected}")


@dataclass(frozen=True, slots=True)
class PageTrack:
    title: str
    credit: str | None
    description: str
    line: int


@dataclass(frozen=True, slots=True)
class PageScene:
    title: str
    summary: str
    context: str
    line: int


@dataclass(frozen=True, slots=True)
class Page:
    title: str
    synopsis: str
    composer: str | None
    tracks: tuple[PageTrack, ...]
    scenes: tuple[PageScene, ...]
    source: str


def _shown(text: str) -> str:
    return repr(text if len(text) <= 40 else text[:37] + "...")


def _is_prose(text: str) -> bool:
    return len(text.split()) >= MIN_SYNOPSIS_WORDS and _SENTENCE_END.search(text) is not None


class _Lines:
    """The page's meaningful lines with their numbers, read front to back."""

    def __init__(self, text: str, path: str) -> None:
        self.path = path
        self.items = [
            (number, line.strip())
            for number, line in enumerate(text.splitlines(), start=1)
            if line.strip() and line.strip().casefold() not in CHROME
        ]
        self.position = 0
        self.last = len(text.splitlines()) or 1

    def peek(self) -> str | None:
        return self.items[self.position][1] if self.position < len(self.items) else None

    def take(self, expected: str) -> tuple[int, str]:
        if self.position >= len(self.items):
            raise self.error(self.last, f"{expected}, found the end of the page")
        item = self.items[self.position]
        self.position += 1
        return item

    def error(self, line: int, expected: str) -> PageError:
        return PageError(self.path, line, expected)


def read_page(path: str | Path) -> Page:
    """Read and parse a page file; PageError (`PAGE:line: expected ...`) when it isn't one."""
    path = Path(path)
    try:
        # O_NONBLOCK: a named pipe opens at once instead of waiting for a writer, and fstat then refuses it
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise PageError(str(path), 1, "a film page, found no such file") from None
    except OSError as error:
        raise PageError(str(path), 1, f"a readable film page ({error.strerror})") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # before fdopen, which refuses a folder with a traceback
        os.close(fd)
        kind = "a folder" if path.is_dir() else "something that is not a regular file"
        raise PageError(str(path), 1, f"a film page, found {kind}")
    with os.fdopen(fd, "rb") as handle:
        raw = handle.read(MAX_PAGE_BYTES + 1)
    if len(raw) > MAX_PAGE_BYTES:
        raise PageError(str(path), 1, f"a film page of at most {MAX_PAGE_BYTES // 1024} KB")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PageError(str(path), raw[: error.start].count(b"\n") + 1, "UTF-8 text") from None
    return parse_page(text, str(path))


def parse_page(text: str, path: str = "<page>") -> Page:
    lines = _Lines(text, path)
    if lines.peek() is None:
        raise lines.error(1, "the film's title on the first line, found an empty file")
    number, title = lines.take("the film's title")
    if _MARKUP.match(title) or len(title) > MAX_TITLE_CHARS or title.endswith((".", ":")):
        raise lines.error(number, f"the film's title on its own line, found {_shown(title)}")
    number, synopsis = lines.take("the synopsis after the title")
    if not _is_prose(synopsis) or _SCENES.match(synopsis) is not None:
        raise lines.error(number, f"the synopsis (a paragraph of prose) after the title, found {_shown(synopsis)}")
    while (line := lines.peek()) is not None and _continues(line):  # a synopsis of several paragraphs
        synopsis += "\n" + lines.take("")[1]
    while (line := lines.peek()) is not None and _SKIPPED.match(line) is not None:
        lines.take("")
    composer, tracks = _soundtrack(lines, title)
    number, mark = lines.take(f"'{SCENES_MARK}{title}'")
    if not _SCENES.match(mark):
        where = "'Dialogues from Movie …', 'Sound Tracks from … by …' or " if not tracks else ""
        raise lines.error(number, f"{where}'{SCENES_MARK}{title}', found {_shown(mark)}")
    scenes = _scenes(lines)
    return Page(title, synopsis, composer, tracks, scenes, path)


def _soundtrack(lines: _Lines, title: str) -> tuple[str | None, tuple[PageTrack, ...]]:
    """The composer and tracks, when the page has a "Sound Tracks from" section."""
    first = lines.peek() or ""
    heading = _SOUNDTRACK.match(first)
    if heading is None:
        return None, ()
    lines.take("")
    rest = first[heading.end() :]
    # The film's own title may hold " by ": when the heading repeats it, the composer is what follows it.
    if rest.startswith(f"{title} by "):
        composer = rest[len(title) + 4 :]
    else:  # "Sound Tracks from <title>" alone names no composer
        composer = rest.rpartition(" by ")[2] if rest != title and " by " in rest else ""
    tracks: list[PageTrack] = []
    while (line := lines.peek()) is not None and not _SCENES.match(line):
        number, track = lines.take("")
        credit_number, credit_line = lines.take(f"the credit line of track {_shown(track)}")
        if not credit_line.startswith(track):
            raise lines.error(credit_number, f"'{track} by <credit>, <description>', found {_shown(credit_line)}")
        after = credit_line.removeprefix(track)
        if after.startswith(" by "):
            credit, _, description = after.removeprefix(" by ").partition(", ")
        elif after.startswith(", "):
            credit, description = "", after.removeprefix(", ")
        else:
            raise lines.error(credit_number, f"'{track} by <credit>, <description>', found {_shown(credit_line)}")
        if not description.strip().rstrip("."):
            raise lines.error(credit_number, f"a description after the credit of track {_shown(track)}")
        if any(fold(track) == fold(other.title) for other in tracks):
            raise lines.error(number, f"a track title not used before, found {_shown(track)} again")
        tracks.append(PageTrack(track, credit.strip() or None, description.strip().rstrip("."), number))
    return composer.strip() or None, tuple(tracks)


def _scenes(lines: _Lines) -> tuple[PageScene, ...]:
    """Title, summary and optional context per scene; a prose line after them continues the last one."""
    scenes: list[PageScene] = []
    while lines.peek() is not None:
        number, title = lines.take("")
        if _CONTEXT.match(title) or (_is_prose(title) and len(title) > MAX_TITLE_CHARS):
            raise lines.error(number, f"a scene title, found {_shown(title)}")
        if any(fold(title) == fold(scene.title) for scene in scenes):  # the pack's titles must be unique
            raise lines.error(number, f"a scene title not used before, found {_shown(title)} again")
        summary = lines.take(f"the summary of scene {_shown(title)}")[1]
        if _CONTEXT.match(summary):
            raise lines.error(number + 1, f"the summary of scene {_shown(title)} before its context")
        context = ""
        while (line := lines.peek()) is not None and (_CONTEXT.match(line) or _continues(line)):
            text = lines.take("")[1]
            if found := _CONTEXT.match(text):
                context = text[found.end() :].strip()
            elif context:
                context += "\n" + text
            else:
                summary += "\n" + text
        scenes.append(PageScene(title, summary, context, number))
    if not scenes:
        raise lines.error(lines.last, "at least one scene after the 'Memorable Scenes' line")
    return tuple(scenes)


def _continues(line: str) -> bool:
    """A long prose line where a scene title belongs is a further paragraph of the scene before."""
    return _is_prose(line) and len(line) > MAX_TITLE_CHARS
