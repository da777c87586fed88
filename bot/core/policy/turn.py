"""What every policy rule reads: the composed parts of the answerer (`Kit`) and one question (`Turn`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..answers import Answer
from ..index import Entry, Index
from ..intents import FilmFacts
from ..pack import Pack
from ..recognisers import Reading
from ..replies import Replies
from ..scorer import Scorer
from ..tokens import Tokeniser, Tokens
from ..tracker import Conversation
from ..tuning import Tuning


@dataclass(frozen=True, slots=True)
class Kit:
    """The stages a rule may use, built once per pack."""

    pack: Pack
    index: Index
    tokeniser: Tokeniser
    scorer: Scorer
    replies: Replies
    facts: FilmFacts
    tuning: Tuning


@dataclass(slots=True)
class Turn:
    """One question being answered: its tokens, what it asks, and the dialogue state it is read against."""

    kit: Kit
    tokens: Tokens
    reading: Reading
    thread: Conversation | None  # the state, when it holds something to refer back to
    conversation: Conversation | None  # the state as given; None: a question asked alone
    met: list[Entry] = field(default_factory=list)  # people an answer was about without being their card
    again: bool = False  # answered as the last question asked again ("and hers?", "and boris?")
    placed: Entry | None = None  # the scene the question places itself in by position ("in the first scene")
    scored: dict[int, float] | None = None
    ranked: list[tuple[int, float]] | None = None

    def scores(self) -> dict[int, float]:
        """Every entry's fit to the question, worked out once per turn."""
        if self.scored is None:
            self.scored = self.kit.scorer.scores(self.tokens)
        return self.scored

    def ranking(self) -> list[tuple[int, float]]:
        """The four best entries, best first (ties by film order); a bare kind word means that kind's entry."""
        if self.ranked is None:
            scores = self.scores() if self.tokens.terms else self.kit.scorer.kind_only(self.tokens)
            self.ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:4]
        return self.ranked


Rule = Callable[[Turn], Answer | None]
