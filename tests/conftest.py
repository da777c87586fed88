"""Shared fixtures: the shipped pack, its engine, and the real bot for simcord."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.config import DEFAULT_PACK
from bot.core import Engine, load_pack

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def pack():
    return load_pack(DEFAULT_PACK)


@pytest.fixture(scope="session")
def engine(pack):
    return Engine(pack)


def load_questions(name: str) -> list[dict[str, str]]:
    with open(DATA / name, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
