"""The scene quiz drawn from any film pack: clues with the answer masked, and games of shuffled rounds.

Five kinds of round, each from one part of the pack:
- "scene": the context or one summary sentence of a scene; which scene is it?
- "next": a scene's title; which scene follows it?
- "track": a track's notes and credit; which track is it?
- "composer": the soundtrack's tracks; who composed the score? (the others are the tracks' credits)
- "character": a character's description; who is it?

A round offers the right answer and up to three others of the same kind; a clue shows an optional field (a
track's credit) only with choices that all have it, so the field alone never points at the answer. A pack with
fewer than four entries of a kind still gets that kind with fewer choices (two tracks: two buttons); a kind with
no other entry to choose from (one character, a composer with no other credit), or that the pack leaves out
(no soundtrack, no characters), is skipped.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, TypeVar

from .pack import Pack, Scene
from .text import fold, stem
from .vocabulary import STOPWORDS

T = TypeVar("T")
RoundKind = Literal["scene", "next", "track", "composer", "character"]
KINDS: tuple[RoundKind, ...] = ("scene", "next", "track", "composer", "character")

QUESTIONS: dict[RoundKind, str] = {
    "scene": "Which scene is this?",
    "next": "What comes next?",
    "track": "Which track is this?",
    "composer": "Who composed the score?",
    "character": "Who is this?",
}

MAX_CHOICES = 4
MIN_CHOICES = 2
MIN_ROUNDS, MAX_ROUNDS, DEFAULT_ROUNDS = 1, 20, 5
# A summary sentence left with fewer visible words than this after masking is too thin to play.
MIN_CLUE_WORDS = 6
# Words sharing a stem prefix this long are the same word for masking ("confront" gives "confrontation" away).
MIN_SHARED_PREFIX = 5
MASK = "▒▒▒"

_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_MASK_RUN = re.compile(re.escape(MASK) + r"(?:[\s'’\-]+" + re.escape(MASK) + r")+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


class QuizUnavailable(ValueError):
    """The pack has too little of every kind to make a single round."""


@dataclass(frozen=True, slots=True)
class Clue:
    """One thing the quiz can ask: the text shown, the answer, and the others of its kind."""

    kind: RoundKind
    text: str
    answer: str
    others: tuple[str, ...]  # the same kind's other entries, to draw the wrong choices from
    spoiler: bool = False

    @property
    def question(self) -> str:
        return QUESTIONS[self.kind]


@dataclass(frozen=True, slots=True)
class Round:
    """A clue with its choices drawn and shuffled; `correct` is the right choice's index."""

    clue: Clue
    choices: tuple[str, ...]
    correct: int

    @property
    def answer(self) -> str:
        return self.choices[self.correct]


def secret_stems(names: Iterable[str]) -> frozenset[str]:
    """The stems that give these names away: each name's words, minus filler unless the name is only filler."""
    stems: set[str] = set()
    for name in names:
        words = fold(name).split()
        content = [w for w in words if w not in STOPWORDS] or words
        stems.update(stem(w) for w in content)
        if len(content) > 1:
            stems.add(stem("".join(content)))  # "Entr acte" also hides "Entr'acte" written as one word
    return frozenset(stems)


def _gives_away(word: str, secrets: frozenset[str]) -> bool:
    folded = fold(word).replace(" ", "")
    if not folded:
        return False
    word_stem = stem(folded)
    if word_stem in secrets:
        return True
    for secret in secrets:
        shorter = min(len(secret), len(word_stem))
        if shorter >= MIN_SHARED_PREFIX and (word_stem.startswith(secret) or secret.startswith(word_stem)):
            return True
    return False


def mask(text: str, names: Iterable[str]) -> str:
    """`text` with every word that gives one of `names` away replaced by one mask per run of such words.

    Compared without case, accents or punctuation and by stem, so "Isolation" also hides "isolated"."""
    secrets = secret_stems(names)
    masked = _TOKEN.sub(lambda m: MASK if _gives_away(m.group(), secrets) else m.group(), text)
    return _MASK_RUN.sub(MASK, masked)


def _visible_words(text: str) -> int:
    return sum(1 for w in _TOKEN.findall(text) if w != MASK and fold(w) not in STOPWORDS)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def _scene_names(scene: Scene) -> tuple[str, ...]:
    return (scene.title, *scene.aliases)


def scene_clues(pack: Pack) -> list[Clue]:
    """ "Which scene is this?": each scene's context and each summary sentence that still says enough."""
    clues = []
    for scene in pack.scenes:
        others = tuple(s.title for s in pack.scenes if s is not scene)
        names = _scene_names(scene)
        for passage in (scene.context, *_sentences(scene.summary)):
            text = mask(passage, names)
            if _visible_words(text) >= MIN_CLUE_WORDS:
                clues.append(Clue("scene", text, scene.title, others, scene.spoiler))
    return clues


def next_clues(pack: Pack) -> list[Clue]:
    """ "What comes next?": a scene, and the one that follows it."""
    clues = []
    for before, after in zip(pack.scenes, pack.scenes[1:], strict=False):
        others = tuple(s.title for s in pack.scenes if s is not before and s is not after)
        text = mask(f"Right after “{before.title}”, which scene follows?", _scene_names(after))
        clues.append(Clue("next", text, after.title, others, before.spoiler or after.spoiler))
    return clues


def sharing(others: Sequence[T], has_field: Callable[[T], object]) -> list[T]:
    """The others that have the field too. A clue that shows an optional field (a track's credit) may offer only
    choices that have it as well: if only the answer had one, the field alone would point at it."""
    return [other for other in others if has_field(other)]


def track_clues(pack: Pack) -> list[Clue]:
    """ "Which track is this?": a track's notes, and its credit when some other track is credited too (the
    choices are then only credited tracks)."""
    clues = []
    tracks = pack.soundtrack.tracks
    for track in tracks:
        others = [t for t in tracks if t is not track]
        passage = track.description.rstrip(".") + "."
        credited = sharing(others, lambda t: t.credit)
        if track.credit and credited:
            passage += f" Credited to {track.credit}."
            others = credited
        titles = tuple(t.title for t in others)
        clues.append(Clue("track", mask(passage, (track.title, *track.aliases)), track.title, titles))
    return clues


def composer_clues(pack: Pack) -> list[Clue]:
    """ "Who composed the score?": the tracks named; the wrong choices are the people credited on tracks."""
    soundtrack = pack.soundtrack
    if soundtrack.composer is None:  # the page names none: no such round
        return []
    composer = fold(soundtrack.composer)
    credits = {fold(t.credit): t.credit for t in soundtrack.tracks if t.credit and fold(t.credit) != composer}
    titles = ", ".join(f"“{t.title}”" for t in soundtrack.tracks[:5])
    text = mask(f"The score of {pack.film.title}, with {titles}.", (soundtrack.composer, *soundtrack.aliases))
    return [Clue("composer", text, soundtrack.composer, tuple(credits.values()))]


def character_clues(pack: Pack) -> list[Clue]:
    """ "Who is this?": a character's description."""
    clues = []
    for character in pack.characters:
        others = tuple(c.name for c in pack.characters if c is not character)
        text = mask(character.description, (character.name, *character.aliases))
        clues.append(Clue("character", text, character.name, others))
    return clues


def all_clues(pack: Pack, *, spoilers: bool) -> list[Clue]:
    """Every clue the pack gives that has a wrong answer to offer (computed once per pack; see _clues)."""
    return list(_clues(pack, spoilers))


@lru_cache(maxsize=8)
def _clues(pack: Pack, spoilers: bool) -> tuple[Clue, ...]:
    """Every clue the pack gives that has at least one wrong answer to offer; spoiler scenes only if allowed.

    Without spoilers a spoiler scene is neither a clue nor a choice: its title can give the ending away."""
    hidden = set() if spoilers else {s.title for s in pack.scenes if s.spoiler}
    found = []
    for clue in (
        *scene_clues(pack),
        *next_clues(pack),
        *track_clues(pack),
        *composer_clues(pack),
        *character_clues(pack),
    ):
        if clue.spoiler and not spoilers:
            continue
        others = tuple(o for o in clue.others if o not in hidden) if clue.kind in ("scene", "next") else clue.others
        if len(others) + 1 >= MIN_CHOICES:
            found.append(Clue(clue.kind, clue.text, clue.answer, others, clue.spoiler))
    return tuple(found)


def make_round(clue: Clue, rng: random.Random) -> Round:
    """The clue's answer and up to three of its others, shuffled."""
    choices = [clue.answer, *rng.sample(clue.others, min(MAX_CHOICES - 1, len(clue.others)))]
    rng.shuffle(choices)
    return Round(clue, tuple(choices), choices.index(clue.answer))


def plan_game(
    pack: Pack, rounds: int = DEFAULT_ROUNDS, *, spoilers: bool = False, rng: random.Random | None = None
) -> list[Round]:
    """`rounds` rounds taking the kinds in turn, each answer used once while there are fresh ones.

    Raises QuizUnavailable when the pack cannot make any round, and ValueError for a count outside
    MIN_ROUNDS..MAX_ROUNDS (the work and memory grow with it: a forged 10**9 must not reach the loop below)."""
    if isinstance(rounds, bool) or not isinstance(rounds, int) or not MIN_ROUNDS <= rounds <= MAX_ROUNDS:
        raise ValueError(f"rounds must be a whole number from {MIN_ROUNDS} to {MAX_ROUNDS}, not {rounds!r}")
    rng = rng or random.Random()
    clues = all_clues(pack, spoilers=spoilers)
    if not clues:
        raise QuizUnavailable(
            "This film pack has too little in it for a quiz: every kind of round needs at "
            "least two entries to choose from."
        )
    by_kind: dict[RoundKind, list[Clue]] = {}
    for clue in clues:
        by_kind.setdefault(clue.kind, []).append(clue)
    kinds = list(by_kind)
    rng.shuffle(kinds)
    decks = {kind: _shuffled(pool, rng) for kind, pool in by_kind.items()}
    used: set[str] = set()
    chosen: list[Round] = []
    turn = 0
    while len(chosen) < rounds:
        # The next kind in turn that still has an unused answer; when none has, every answer may come again.
        order = [kinds[(turn + step) % len(kinds)] for step in range(len(kinds))]
        fresh = next(((kind, clue) for kind in order for clue in decks[kind] if clue.answer not in used), None)
        if fresh is None:
            used.clear()
            decks = {kind: _shuffled(pool, rng) for kind, pool in by_kind.items()}
            continue
        kind, clue = fresh
        decks[kind].remove(clue)
        used.add(clue.answer)
        turn = kinds.index(kind) + 1
        chosen.append(make_round(clue, rng))
    return chosen


def _shuffled(items: Sequence[Clue], rng: random.Random) -> list[Clue]:
    copy = list(items)
    rng.shuffle(copy)
    return copy
