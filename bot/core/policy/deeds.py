"""Who does something in a scene ("who is flying it?", "whose line snaps during it?"): the person its text
names in the sentence that tells of that deed. Read from the pack's own sentences, so it needs no keywords."""

from __future__ import annotations

import re

from ..answers import Answer
from ..cues import CUE_TERMS, NOUN_TERMS
from ..index import Entry
from ..text import canonical, fold
from .turn import Turn

ASKS_DOER = frozenset("who whos whom whose".split())
LEAD_WORDS = frozenset("and so ok okay then but".split())
ASKED = {"he": frozenset("he guy man boy dude".split()), "she": frozenset("she girl woman lady".split())}
OBJECTS = {"she": frozenset(["her"]), "he": frozenset(["him"])}
_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def doer_in_scene(turn: Turn) -> Answer | None:
    """The one person named in the scene's sentence that best matches the question's own words."""
    kit, tokens = turn.kit, turn.tokens
    words = [w for w in tokens.words if w not in LEAD_WORDS]
    if not words or words[0] not in ASKS_DOER or kit.scorer.named_people(tokens):
        return None
    scene = _scene_in_question(turn)
    if scene is None:
        return None
    names = {t for terms in scene.name_terms for t in terms}
    wanted = {t for t in kit.scorer.content_terms(tokens) if t not in names} - CUE_TERMS - NOUN_TERMS
    # Without a pointer back ("in it"), the scene talked about is only assumed when two words of it fit.
    pointed = turn.reading.refers_back or any(kit.index.entries[i].kind == "scene" for i in tokens.named)
    people = _people_telling(turn, scene, wanted, 1 if pointed else 2) if wanted else []
    people = _fitting(turn, people)
    return kit.replies.hit(people[0]) if people else None


def _fitting(turn: Turn, people: list[Entry]) -> list[Entry]:
    """Those who fit the person asked for ("the guy who runs to her": a he), and are not the one it is done to
    ("who pushes her on": not her) while someone else is left."""
    words, scorer = set(turn.tokens.words), turn.kit.scorer
    for asked in {g for g, cues in ASKED.items() if words & cues}:
        people = [p for p in people if scorer.pronoun_fits(p, asked)]
    for done_to in {g for g, cues in OBJECTS.items() if words & cues}:
        people = [p for p in people if not scorer.pronoun_fits(p, done_to)] or people
    return people


def _people_telling(turn: Turn, scene: Entry, wanted: set[str], needed: int) -> list[Entry]:
    """The people named in the scene's sentence holding the most of the wanted terms (at least `needed`), in
    the order it names them; a sentence naming nobody ("his habit of cutting singers off") means the people
    the sentences before it named, latest first."""
    subject = scene.subject
    sentences = [
        fold(s) for s in _SENTENCE.split(f"{getattr(subject, 'summary', '')} {getattr(subject, 'context', '')}")
    ]
    best, most = None, needed - 1
    for position, sentence in enumerate(sentences):
        overlap = len(wanted & {canonical(s) for s in turn.kit.index.lexicon.stems(sentence)})
        if overlap > most:
            best, most = position, overlap
    if best is None:
        return []
    for position in range(best, -1, -1):
        people = _people_in_order(turn, sentences[position])
        if people:
            return people if position == best else people[::-1]
    return []


def _scene_in_question(turn: Turn) -> Entry | None:
    """The scene the question names, else the one the thread is about when the question points back at it."""
    kit, tokens = turn.kit, turn.tokens
    named = [i for i in tokens.named if kit.index.entries[i].kind == "scene"]
    if len(named) == 1:
        return kit.index.entries[named[0]]
    if named:
        return None
    if turn.reading.refers_back:
        return kit.scorer.latest(turn.thread, ("scene",))
    latest = kit.scorer.latest(turn.thread)  # "who raises the rifle?" right after a scene: in that scene
    return latest if latest is not None and latest.kind == "scene" else None


def _people_in_order(turn: Turn, folded: str) -> list[Entry]:
    """The characters a folded sentence names, in the order it names them."""
    padded = f" {folded} "
    found = []
    for person in turn.kit.index.by_kind.get("character", []):
        at = [padded.find(f" {name} ") for name in person.names if f" {name} " in padded]
        if at:
            found.append((min(at), person.id))
    return [turn.kit.index.entries[i] for _, i in sorted(found)]
