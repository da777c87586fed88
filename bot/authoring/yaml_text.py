"""Write pack YAML as text, so review comments can sit beside the values (PyYAML's dumper drops comments)."""

from __future__ import annotations

import json
import re

# Characters YAML does not allow unescaped in a document (C0/C1 controls, DEL, BOM, line and paragraph
# separators); JSON's escaping covers the C0 ones, these are escaped as \\uXXXX too.
_UNPRINTABLE = re.compile("[\x7f-\x9f\ufeff\u2028\u2029]")
PROSE_WIDTH = 60  # longer single-line text is written as a folded block (">-"), as the shipped pack does


def quoted(text: str) -> str:
    """A double-quoted YAML scalar: a JSON string is one, once YAML's few extra non-printables are escaped."""
    return _UNPRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(text, ensure_ascii=False))


def value(key: str, text: str, indent: int, *, first: bool = False) -> list[str]:
    """`key: text` at `indent` (a list item's first key when `first`), folded onto its own line when long."""
    lead = " " * (indent - 2) + "- " if first else " " * indent
    plain_block = "\n" not in text and text == text.strip() and not _UNPRINTABLE.search(text)
    if len(text) > PROSE_WIDTH and plain_block:
        return [f"{lead}{key}: >-", " " * (indent + 2) + text]
    return [f"{lead}{key}: {quoted(text)}"]


def names(key: str, items: tuple[str, ...] | list[str], indent: int) -> list[str]:
    return [f"{' ' * indent}{key}: [{', '.join(quoted(i) for i in items)}]"] if items else []


def comment(text: str, indent: int) -> list[str]:
    return [f"{' ' * indent}# {line}".rstrip() for line in text.splitlines()]
