"""The fourth stage: named rules that turn a reading and the dialogue state into an answer."""

from __future__ import annotations

from .rules import RULES, decide
from .turn import Kit, Rule, Turn

__all__ = ["RULES", "Kit", "Rule", "Turn", "decide"]
