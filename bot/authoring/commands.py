"""`python -m bot pack import|new`: the authoring commands, writing to standard output or a new file."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO

from .importer import import_page
from .page import PageError
from .skeleton import skeleton


def write(text: str, output: Path | None, out: TextIO, err: TextIO) -> int:
    """`text` to `output` (never over an existing file: it may hold a reviewed pack), or to `out`."""
    if output is None:
        out.write(text)
        return 0
    try:
        with open(output, "x", encoding="utf-8") as handle:
            handle.write(text)
    except FileExistsError:
        print(f"{output}: already exists; choose another name or delete it first", file=err)
        return 1
    except OSError as error:
        print(f"{output}: cannot write: {error.strerror}", file=err)
        return 1
    print(f"wrote {output}; review its comments, then: python -m bot validate {output}", file=err)
    return 0


def pack(action: str, target: str, output: Path | None, out: TextIO, err: TextIO) -> int:
    if action == "new":
        if not target.strip():
            print('pack new needs the film\'s title, e.g. pack new "The Lantern Coast"', file=err)
            return 2
        return write(skeleton(target), output, out, err)
    try:
        text = import_page(target)
    except PageError as error:
        print(error, file=err)
        return 1
    return write(text, output, out, err)
