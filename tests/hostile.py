"""Hostile and mistaken pack files (the audit of issue 11), written on demand; used by the tests and the benchmark."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from bot.config import DEFAULT_PACK


def deep_nesting(folder: Path) -> Path:
    """500 levels of nesting in under 2 KB: was a RecursionError traceback."""
    path = folder / "deep.yaml"
    path.write_text("film: " + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    return path


def alias_fan_out(folder: Path) -> Path:
    """One long scene repeated 12,000 times by alias in 90 KB: every copy was checked and reported as a duplicate."""
    long = " ".join(["words"] * 400)
    path = folder / "fan-out.yaml"
    path.write_text(
        "film: {title: X, genre: drama, synopsis: text}\ncharacters: [{name: A, description: text}]\n"
        "soundtrack: {composer: C, tracks: [{title: T, description: text}]}\n"
        f"scenes:\n  - &s {{title: '{long}', summary: '{long}', context: '{long}'}}\n" + "  - *s\n" * 12_000,
        encoding="utf-8",
    )
    return path


def nested_aliases(folder: Path) -> Path:
    """Each level repeats the one before ten times ("billion laughs")."""
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    path = folder / "laughs.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def few_aliases_big_expansion(folder: Path) -> Path:
    """Under the alias budget, but each alias repeats 20,000 values."""
    path = folder / "wide.yaml"
    path.write_text(
        "big: &big [" + ", ".join(["x"] * 20_000) + "]\n" + "".join(f"copy{i}: *big\n" for i in range(10)),
        encoding="utf-8",
    )
    return path


def valid_pack_with_aliases(folder: Path) -> Path:
    """The real pack plus a keyword list repeated through 90 aliases (the audit's valid 190 KB pack of this kind
    took 37 s and 562 MB to start the bot)."""
    keywords = "&k [" + ", ".join(f"word{i}" for i in range(200)) + "]"
    text = DEFAULT_PACK.read_text(encoding="utf-8").replace("keywords: [", f"keywords: {keywords}\n  old: [", 1)
    path = folder / "aliased.yaml"
    path.write_text(text + "".join(f"extra{i}: [*k, *k, *k]\n" for i in range(30)), encoding="utf-8")
    return path


def self_reference(folder: Path) -> Path:
    path = folder / "loop.yaml"
    path.write_text("film: &loop\n  title: *loop\n", encoding="utf-8")
    return path


def dev_zero(folder: Path) -> Path:
    """Endless zero bytes: was a MemoryError after 3.7 GB."""
    return Path("/dev/zero")


def named_pipe(folder: Path) -> Path:
    """Nobody writes to it: reading it hung for ever."""
    path = folder / "pipe.yaml"
    os.mkfifo(path)
    return path


def directory(folder: Path) -> Path:
    path = folder / "pack.yaml"
    path.mkdir()
    return path


def fifty_megabytes(folder: Path) -> Path:
    """Was a minute and 0.9 GB."""
    path = folder / "huge.yaml"
    with open(path, "w", encoding="utf-8") as handle:
        line = "# " + "x" * 1021 + "\n"
        for _ in range(50 * 1024):
            handle.write(line)
    return path


def many_values(folder: Path) -> Path:
    """300 KB of one-letter keywords: within the size limit, past the value budget."""
    path = folder / "many.yaml"
    path.write_text("film:\n  keywords: [" + ", ".join(["a"] * 150_000) + "]\n", encoding="utf-8")
    return path


# name -> (writer, the start of the message that refuses it)
HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    "deep nesting": (deep_nesting, "nested more than 16 levels deep"),
    "alias fan-out": (alias_fan_out, "more than 64 aliases"),
    "nested aliases": (nested_aliases, "the pack holds more than 100,000 values"),
    "few aliases, big expansion": (few_aliases_big_expansion, "the pack holds more than 100,000 values"),
    "the pack, aliases repeated": (valid_pack_with_aliases, "more than 64 aliases"),
    "self-referencing alias": (self_reference, "alias *loop refers to a value that contains it"),
    "/dev/zero": (dev_zero, "a device, not a pack file"),
    "named pipe": (named_pipe, "a named pipe, not a pack file"),
    "directory": (directory, "a directory, not a pack file"),
    "50 MB": (fifty_megabytes, "file too large (50.0 MB): a pack may be at most 2 MB"),
    "150,000 values": (many_values, "the pack holds more than 100,000 values"),
}
