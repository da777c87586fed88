"""Load a pack file, check it against the schema, and report every problem as `path:line: message`."""

from __future__ import annotations

import difflib
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.resolver import Resolver

from .pack import Character, Film, Pack, Scene, Soundtrack, Track
from .redaction import display_path
from .schema import PACK, Field, Section
from .text import fold


@dataclass(frozen=True, slots=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class PackError(Exception):
    """The pack could not be loaded; `problems` lists every reason, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda p: (p.path, p.line))
        super().__init__("\n".join(str(p) for p in self.problems))


_TAG = "tag:yaml.org,2002:"
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")
_TYPE_NAMES = {"str": "text", "int": "a number", "float": "a number", "bool": "true/false", "null": "nothing"}


class _Checker:
    def __init__(self, path: str) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.names: dict[tuple[str, str], tuple[str, str, int]] = {}  # (kind, folded name) -> (where, owner, line)

    def problem(self, node: yaml.Node, message: str) -> None:
        self.problems.append(Problem(self.path, node.start_mark.line + 1, message))

    def _found(self, node: yaml.Node) -> str:
        if isinstance(node, yaml.MappingNode):
            return "a mapping"
        if isinstance(node, yaml.SequenceNode):
            return "a list"
        return _TYPE_NAMES.get(node.tag.removeprefix(_TAG), node.tag)

    def text(self, node: yaml.Node, where: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode) or node.tag != _TAG + "str":
            self.problem(node, f"{where} must be text, found {self._found(node)}")
            return None
        if not node.value.strip():
            self.problem(node, f"{where} must not be empty")
            return None
        return node.value

    def value(self, node: yaml.Node, spec: Field, where: str) -> Any:
        if spec.type in ("text", "colour", "bool"):
            return self.scalar(node, spec, where)
        return self.nested(node, spec, where)

    def scalar(self, node: yaml.Node, spec: Field, where: str) -> Any:
        """A text, a colour or a true/false value."""
        if spec.type == "text":
            text = self.text(node, where)
            if text is not None and spec.choices and text.strip() not in spec.choices:
                self.problem(node, f"{where} must be one of {', '.join(spec.choices)}, found {text.strip()[:20]!r}")
                return None
            return text.strip() if text is not None and spec.choices else text
        if spec.type == "colour":
            text = self.text(node, where)
            if text is not None and not _COLOUR.fullmatch(text.strip()):
                self.problem(node, f'{where} must be a colour like "#336699", found {text.strip()[:20]!r}')
                return None
            return int(text.strip()[1:], 16) if text is not None else None
        if spec.type == "bool":
            if not isinstance(node, yaml.ScalarNode) or node.tag != _TAG + "bool":
                self.problem(node, f"{where} must be true or false, found {self._found(node)}")
                return None
            return node.value.lower() in {"true", "yes", "on"}
        raise ValueError(f"not a scalar field type: {spec.type}")

    def nested(self, node: yaml.Node, spec: Field, where: str) -> Any:
        """A list of texts, a section, or a list of sections."""
        if not isinstance(node, yaml.SequenceNode) and spec.type != "section":
            self.problem(node, f"{where} must be a list, found {self._found(node)}")
            return None
        if spec.type == "text_list":
            items = [self.text(item, f"{where}[{i}]") for i, item in enumerate(node.value)]
            return tuple(item for item in items if item is not None)
        assert spec.section is not None
        if spec.type == "section":
            return self.section(node, spec.section, where)
        if not node.value:
            self.problem(node, f"{where} must list at least one {spec.section.name}")
        return [self.section(item, spec.section, f"{where}[{i}]") for i, item in enumerate(node.value)]

    def section(self, node: yaml.Node, section: Section, where: str) -> dict[str, Any] | None:
        if not isinstance(node, yaml.MappingNode):
            self.problem(node, f"{where} must be a mapping of {section.name} fields, found {self._found(node)}")
            return None
        result: dict[str, Any] = {"_line": node.start_mark.line + 1}
        seen: set[str] = set()
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key not in section.fields:
                close = difflib.get_close_matches(str(key), section.fields, n=1)
                hint = f"did you mean {close[0]!r}?" if close else "expected one of: " + ", ".join(section.fields)
                self.problem(key_node, f"unknown key {key!r} in {where} ({hint})")
                continue
            if key in seen:
                self.problem(key_node, f"duplicate key {key!r} in {where}")
                continue
            seen.add(key)
            result[key] = self.value(value_node, section.fields[key], f"{where}.{key}")
        for key, spec in section.fields.items():
            if spec.required and key not in seen:
                self.problem(node, f"{where} is missing required key {key!r}")
        if section.title_key and isinstance(result.get(section.title_key), str):
            owner = f"{section.name} {result[section.title_key]!r}"
            names = [result[section.title_key], *(result.get("aliases") or ())]
            self.claim_names(node, section.name, where, owner, names)
        return result

    def claim_names(self, node: yaml.Node, kind: str, where: str, owner: str, names: list[str]) -> None:
        """Titles and aliases must be unique within a kind once case, accents and punctuation are folded. A
        scene and a track may share a name (films often name a cue after its scene): questions tell them
        apart by the words around the name."""
        for name in dict.fromkeys(fold(n) for n in names):
            if not name:
                continue
            key = (kind, name)
            if key in self.names and self.names[key][0] != where:
                _, other, line = self.names[key]
                self.problem(node, f"name {name!r} of {owner} is already used by {other} (line {line})")
            else:
                self.names.setdefault(key, (where, owner, node.start_mark.line + 1))


# Limits that keep a hostile or mistaken file from costing more than a second and a few tens of MB to refuse.
MAX_PACK_BYTES = 2 * 1024 * 1024  # the shipped pack is 14 KB: 2 MB is a film with thousands of scenes
MAX_DEPTH = 16  # a pack nests 4 levels (pack > scenes > scene > aliases); deeper is a mistake or an attack
MAX_ALIASES = 64  # YAML aliases (*name): a pack needs few if any, and each one repeats a whole subtree
MAX_NODES = 100_000  # values in the document, aliases counted as the values they repeat (~60 MB composed)

_KINDS = {
    stat.S_IFDIR: "a directory",
    stat.S_IFIFO: "a named pipe",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
}


def _refuse(path: Path | str, line: int, message: str) -> PackError:
    return PackError([Problem(display_path(path), line, message)])


def _read_bytes(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_PACK_BYTES; anything else is refused before it is read."""
    try:
        # O_NONBLOCK: opening a named pipe returns at once instead of waiting for a writer; fstat then refuses it
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise _refuse(path, 1, "file not found") from None
    except OSError as error:
        raise _refuse(path, 1, f"cannot read file: {error.strerror}") from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        kind = _KINDS.get(stat.S_IFMT(info.st_mode), "not a regular file")
        raise _refuse(path, 1, f"{kind}, not a pack file: give the path of a .yaml file")
    with os.fdopen(fd, "rb") as handle:
        raw = handle.read(MAX_PACK_BYTES + 1)  # the file may grow between fstat and read
    if info.st_size > MAX_PACK_BYTES or len(raw) > MAX_PACK_BYTES:
        raise _refuse(
            path,
            1,
            f"file too large ({max(info.st_size, len(raw)) / 2**20:.1f} MB): a pack may be at "
            f"most {MAX_PACK_BYTES // 2**20} MB",
        )
    return raw


def _read_text(path: Path) -> str:
    raw = _read_bytes(path)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise _refuse(path, line, f"not UTF-8 text (byte 0x{raw[error.start]:02x})") from None


class _Refused(Exception):
    """A limit was passed while composing; `mark` is where."""

    def __init__(self, mark: Any, message: str) -> None:  # a yaml.Mark, or libyaml's own Mark type
        super().__init__(message)
        self.line = mark.line + 1 if mark is not None else 1


if yaml.__with_libyaml__:
    from yaml._yaml import CParser

    class _Events(Composer, CParser, Resolver):
        """libyaml scans and parses (several times faster than pure Python); Python composes, so we can count."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            Resolver.__init__(self)
else:  # pragma: no cover - PyYAML built without libyaml
    _Events = yaml.SafeLoader  # type: ignore[assignment,misc]


class _BoundedLoader(_Events):
    """A safe YAML composer that counts as it goes: nesting depth, aliases, and values with aliases expanded.
    Each limit is checked before the work it would cause, so a hostile file is refused in bounded time and memory."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0
        self.aliases = 0
        self.nodes = 0
        self.sizes: dict[int, int] = {}  # id(anchored node) -> values it holds, aliases expanded
        self.open_anchors: set[str] = set()

    def grow(self, count: int, mark: Any) -> None:
        self.nodes += count
        if self.nodes > MAX_NODES:
            raise _Refused(mark, f"the pack holds more than {MAX_NODES:,} values (aliases expanded)")

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node | None:
        event: Any = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_ALIASES:
                raise _Refused(event.start_mark, f"more than {MAX_ALIASES} aliases (*name): write the values out")
            if event.anchor in self.open_anchors:
                raise _Refused(event.start_mark, f"alias *{event.anchor} refers to a value that contains it")
            node = super().compose_node(parent, index)
            self.grow(self.sizes.get(id(node), 1), event.start_mark)
            return node
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise _Refused(event.start_mark, f"nested more than {MAX_DEPTH} levels deep")
        anchor = getattr(event, "anchor", None)
        if anchor:
            self.open_anchors.add(anchor)
        before = self.nodes
        self.grow(1, event.start_mark)
        node = super().compose_node(parent, index)
        if anchor:
            self.open_anchors.discard(anchor)
            self.sizes[id(node)] = self.nodes - before
        self.depth -= 1
        return node


def _compose(text: str, path: str) -> yaml.Node | None:
    """The YAML document as nodes (with line numbers), within the limits above."""
    loader = _BoundedLoader(text)
    try:
        return loader.get_single_node()
    except _Refused as error:
        raise _refuse(path, error.line, str(error)) from None
    finally:
        loader.dispose()


def parse_pack(text: str, path: str = "<memory>") -> Pack:
    """Validate YAML text against the pack schema; raise PackError listing every problem."""
    try:
        root = _compose(text, path)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        detail = " ".join(filter(None, [error.context, error.problem]))
        raise PackError([Problem(path, line, f"YAML syntax error: {detail}")]) from None
    except yaml.YAMLError as error:
        raise PackError([Problem(path, 1, f"YAML error: {error}")]) from None
    if root is None:
        raise PackError([Problem(path, 1, "the pack is empty")])
    checker = _Checker(path)
    data = checker.section(root, PACK, "pack")
    if checker.problems or data is None:
        raise PackError(checker.problems)
    return _build(data, path)


def load_pack(path: str | Path) -> Pack:
    """Read and validate a pack file."""
    path = Path(path)
    return parse_pack(_read_text(path), display_path(path))


def _names(entry: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    return {"aliases": tuple(entry.get("aliases", ())), "keywords": tuple(entry.get("keywords", ()))}


def _build(data: dict[str, Any], path: str) -> Pack:
    film = data["film"]
    sound = data.get("soundtrack") or {}
    return Pack(
        film=Film(film["title"], film.get("genre"), film["synopsis"], colour=film.get("colour"), **_names(film)),
        characters=tuple(
            Character(c["name"], c["description"], c.get("pronoun"), **_names(c)) for c in data.get("characters", ())
        ),
        soundtrack=Soundtrack(
            composer=sound.get("composer"),
            tracks=tuple(
                Track(t["title"], t["description"], t.get("credit"), **_names(t)) for t in sound.get("tracks", ())
            ),
            **_names(sound),
        ),
        scenes=tuple(
            Scene(i, s["title"], s["summary"], s.get("context", ""), bool(s.get("spoiler", False)), **_names(s))
            for i, s in enumerate(data["scenes"], start=1)
        ),
        source=path,
    )
