"""The film companion's core: pack loading, the search index and the answerer. No Discord here."""

from __future__ import annotations

from .answers import Alternative, Answer, Kind, Reason, Resolution
from .conversation import Conversation, Conversations, Focus
from .engine import Engine
from .loader import PackError, Problem, load_pack, parse_pack
from .pack import Character, Film, Pack, Scene, Soundtrack, Track

__all__ = [
    "Alternative",
    "Answer",
    "Character",
    "Conversation",
    "Conversations",
    "Engine",
    "Focus",
    "Film",
    "Kind",
    "Pack",
    "PackError",
    "Problem",
    "Reason",
    "Resolution",
    "Scene",
    "Soundtrack",
    "Track",
    "load_pack",
    "parse_pack",
]
