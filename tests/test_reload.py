"""The library reloader on its own (no Discord): what a reload switches, what a refused one keeps."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import DEFAULT_PACK
from bot.core import Conversation, PackError, load_pack
from bot.core.library import Library
from bot.reload import LibraryReloader


@pytest.fixture
def pack_file(tmp_path) -> Path:
    path = tmp_path / "pack.yaml"
    path.write_text(DEFAULT_PACK.read_text(encoding="utf-8"), encoding="utf-8")
    return path


async def test_a_reload_builds_a_new_engine_from_the_file_and_switches_to_it(engine, pack_file):
    library = Library.holding(engine, pack_file)
    text = pack_file.read_text(encoding="utf-8")
    first = f'  - title: "{engine.pack.scenes[0].title}"\n'
    assert first in text
    pack_file.write_text(text.replace(first, '  - title: "A New Opening"\n', 1), encoding="utf-8")
    result = await LibraryReloader(library).reload()
    assert result.ok and library.engine() is result.engine and library.engine() is not engine
    assert library.engine().pack.scenes[0].title == "A New Opening"
    assert result.summary().startswith(f"Reloaded pack.yaml: {len(engine.pack.scenes)} scenes, ")


async def test_a_refused_reload_keeps_the_engine_and_lists_every_problem(engine, tmp_path):
    missing = tmp_path / "gone.yaml"
    library = Library.holding(engine, missing)
    result = await LibraryReloader(library).reload()
    assert not result.ok and library.engine() is engine
    with pytest.raises(PackError) as error:
        load_pack(missing)
    assert result.problems == tuple(str(p) for p in error.value.problems)
    assert result.summary() == (
        f"gone.yaml has 1 problem; still answering from the pack loaded before:\n{missing}:1: file not found"
    )


async def test_a_conversation_keeps_its_subject_across_a_reload(engine, pack_file):
    # Conversations hold kind and title, never entries of the old pack, so the new engine finds the subject.
    conversation = Conversation()
    engine.answer("what happens in the audition?", conversation)
    focus = conversation.focus
    assert focus is not None and focus.kind == "scene"
    library = Library.holding(engine, pack_file)  # not read from the file yet: the first reload reads it
    await LibraryReloader(library).reload()
    assert library.engine() is not engine
    position = library.engine().position(focus.kind, focus.title)
    assert position is not None and library.engine().at(focus.kind, position).title == focus.title
