"""Forged slash-command options: what a tampered client or a replayed payload sends, past the checks Discord (and
simcord, like Discord) make on a command's declared ranges, types and choices."""

from __future__ import annotations

from typing import Any

import pytest
from simcord import interactions


@pytest.fixture
def forged(monkeypatch):
    """`forged(name=value, ...)`: the next commands carry these options raw; a channel handle is still resolved."""
    raw: dict[str, Any] = {}
    plain = interactions.build_options

    def build_options(actor, command_name, spec, provided, *, partial=False, channel_id=None):
        honest = {name: value for name, value in provided.items() if name not in raw}
        # partial: a required option may be among the forged ones, added below
        built, resolved = plain(actor, command_name, spec, honest, partial=True, channel_id=channel_id)
        declared = {option["name"]: option for option in spec.get("options") or []}
        for name, value in raw.items():
            if name not in declared:
                continue
            if hasattr(value, "id") and hasattr(value, "name"):  # a channel handle: resolved as Discord would
                interactions.resolve_handle(actor, value, resolved, channel_id=channel_id)
                value = str(value.id)
            built.append({"name": name, "type": declared[name]["type"], "value": value})
        return built, resolved

    monkeypatch.setattr(interactions, "build_options", build_options)
    return lambda **options: raw.update(options)
