"""The film's structure: lists and counts, nth, next / previous / between, first appearances."""

from __future__ import annotations

import re
from dataclasses import replace

from ..answers import Answer, Kind, Reason
from ..cues import ANCHOR_REFERENCES, KIND_NOUN, LISTS, count_of, index_of, ordinal_words
from ..index import Entry
from ..recognisers import Reading, read
from ..recognisers.words import NUMBERS
from ..text import is_significant, term
from ..tokens import Tokens
from ..tracker import Focus
from .turn import Kit, Turn


def from_list(turn: Turn, which: int | None) -> Entry | None:
    """The entry at a position of the last list shown (a subset, or every entry of its kind), else of the kind
    being talked about."""
    entries = listed_entries(turn)
    said = turn.tokens.words
    if (
        turn.thread is not None
        and turn.thread.listed is not None
        and which
        and ("number" in said or any(w.isdigit() for w in said))
    ):  # "number 7" after "3. The Dancer's Choice / 6. ... / 7. The Tragic Fall": the one printed as 7
        printed = [e for e in entries if turn.kit.scorer.positions[(e.kind, e.title)] + 1 == which]
        if printed:
            return printed[0]
    index = index_of(which, len(entries))
    return entries[index] if index is not None else None


def listed_entries(turn: Turn) -> list[Entry]:
    kit, thread = turn.kit, turn.thread
    if thread is None or thread.focus is None:
        return []
    if thread.listed is not None:
        found = [kit.scorer.entry_of(Focus("scene", title)) for title in thread.listed]
        return [e for e in found if e is not None]
    kind = LISTS.get(thread.focus.kind) or thread.listed_kind
    if kind is None:
        latest = kit.scorer.latest(thread, ("scene", "track"))
        kind = latest.kind if latest is not None else "scene"
    return kit.index.by_kind.get(kind, [])


def listing(kit: Kit, reading: Reading) -> Answer:
    if reading.kind == "track" and kit.index.by_kind.get("soundtrack"):
        return kit.replies.hit(kit.index.by_kind["soundtrack"][0])
    return kit.replies.scene_list()


def with_thread_kind(turn: Turn, reading: Reading) -> Reading:
    """ "the last one": of the kind the thread is about; with no thread, a scene or a track (asked)."""
    if reading.kind is not None:
        return reading
    latest = turn.kit.scorer.latest(turn.thread, ("scene", "track"))
    return replace(reading, kind=latest.kind if latest is not None else None)


def people_in(turn: Turn) -> list[Entry]:
    """The people a question names, or the one its "she"/"he" points at."""
    kit, reading = turn.kit, turn.reading
    people = [kit.index.entries[i] for i in kit.scorer.named_people(turn.tokens)]
    if not people and reading.person and turn.thread is not None:
        person = kit.scorer.person(reading.person, turn.thread)
        people = [person] if person is not None else []
    return people


def scenes_naming(kit: Kit, person: Entry) -> list[Entry]:
    return [e for e in kit.index.by_kind.get("scene", []) if person.id in kit.scorer.mentions.get(e.id, ())]


# Words of a "which scenes ..." question that say how, not what: "appear", "mention", "i mean".
HOW_MENTIONED = frozenset(
    "appear appears appearing appeared show shows shown feature features featured mention mentions mentioned "
    "name names named present real really actual actually mean meant".split()
)


def scenes_mentioning(turn: Turn) -> Answer | None:
    """The scenes whose text holds every word the question asks about ("the red shoes"), in film order."""
    kit, tokens = turn.kit, turn.tokens
    wanted = [(t, typed) for t, _, typed in tokens.terms if typed not in HOW_MENTIONED and t in kit.index.postings]
    if len(wanted) > 3:  # "I'd like to track where the shoes come up: in which scenes do the red shoes appear?"
        wanted = _asked_in_the_scenes_clause(turn, wanted)
    if not wanted or len(wanted) > 3:
        return None
    scenes = [e for e in kit.index.by_kind.get("scene", []) if all(e.id in kit.index.postings[t] for t, _ in wanted)]
    words = " ".join(part.text for part in tokens.parts if part.stem in {typed for _, typed in wanted})
    return kit.replies.subset(
        scenes,
        lead=f"The scenes that mention “{words}”, in film order:",
        empty=f"No scene in my pack mentions “{words}”.",
    )


def _asked_in_the_scenes_clause(turn: Turn, wanted: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Of the terms a question asks about, those of the clause that says "scenes"."""
    tokens = turn.tokens
    at = next((k for k, word in enumerate(tokens.words) if word in ("scenes", "scene")), None)
    if at is None:
        return wanted
    starts = [0, *tokens.clauses, len(tokens.words)]
    start = max(s for s in starts if s <= at)
    end = min(s for s in starts if s > at)
    said = {part.stem for part in tokens.parts[start:end]}
    kept = [(t, typed) for t, typed in wanted if typed in said]
    # only a name's words ("the red shoes"), not someone described ("which scenes is that young woman in")
    return kept if all(typed in turn.kit.index.name_holders for _, typed in kept) else wanted


def appears(turn: Turn) -> Answer | None:
    """The first (or last) scene whose text names a character: the one the question names, or "she"."""
    people = people_in(turn)
    if len(people) != 1:
        return None
    return appearance(turn.kit, people[0], turn.reading.position)


def appearance(kit: Kit, person: Entry, position: int | None) -> Answer:
    """The first scene naming the person (the last with a negative `position`), or that none does."""
    scenes = scenes_naming(kit, person)
    if not scenes:
        return kit.replies.out_of_range(f"No scene in my pack names {person.title}.")
    return kit.replies.hit(scenes[0] if (position or 1) > 0 else scenes[-1])


def nth(kit: Kit, reading: Reading) -> Answer:
    if reading.kind is None:
        both = [
            entries[index]
            for kind in ("scene", "track")
            if (entries := kit.index.by_kind.get(kind, []))
            and (index := index_of(reading.position, len(entries))) is not None
        ]
        if len(both) == 2:
            return kit.replies.clarify(both)
    kind: Kind = reading.kind or "scene"
    entries = kit.index.by_kind.get(kind, [])
    position = reading.position if reading.position is not None else 1
    index = index_of(position, len(entries))
    if index is None:
        return kit.replies.out_of_range(
            f"{kit.pack.film.title} has {count_of(len(entries), kind)}, so there is no "
            f"{ordinal_words(position)} {KIND_NOUN[kind]}."
        )
    return kit.replies.hit(entries[index])


_A_BARE_PLACE = re.compile(r"(?:number |no )?(?:\d{1,3}|" + "|".join(NUMBERS) + ")")


def order(turn: Turn) -> Answer | None:
    """Next, previous or between, from named entries or from the thread; None when the anchor is no entry
    (then the question is read as a description)."""
    kit, reading = turn.kit, turn.reading
    kinds: tuple[Kind, ...] = (reading.kind,) if reading.kind else ("scene", "track")
    if reading.anchors and _A_BARE_PLACE.fullmatch(reading.anchors[0]):
        # "back to number 6, what comes after it" ("number" may read as a musical number): of the last list
        # shown, else the scenes
        listed = turn.thread.listed_kind if turn.thread is not None else None
        kinds = (listed,) if listed in ("scene", "track") else ("scene",)
    found = [anchor(turn, text, kinds) for text in reading.anchors]
    anchors = [a for a in found if a is not None]
    if len(anchors) < len(found):
        return None
    if not anchors:
        latest = kit.scorer.latest(turn.thread, kinds) or kit.scorer.latest(turn.thread, ("scene", "track"))
        if latest is None:
            return kit.replies.decline(Reason.NO_THREAD)
        anchors = [latest]
    first = anchors[0]
    if _the_rest_of_it(turn, first):
        return kit.replies.hit(first)
    entries = kit.index.by_kind[first.kind]
    here = kit.scorer.positions[(first.kind, first.title)]
    noun = KIND_NOUN[first.kind]
    if reading.relation == "between":
        return between(kit, entries, here, anchors[1], noun)
    step = reading.steps if reading.relation == "next" else -reading.steps
    target = here + step
    if not 0 <= target < len(entries):
        edge, side = ("last", "after") if step > 0 else ("first", "before")
        return kit.replies.out_of_range(
            f"{entries[here].title} is the {edge} {noun}"
            f"{' in film order' if noun == 'scene' else ''}: nothing comes {side} it."
        )
    return kit.replies.hit(entries[target])


def _the_rest_of_it(turn: Turn, anchored: Entry) -> bool:
    """ "what happens once she finishes dancing?" just after the scene of that dance: the rest of that scene, which
    goes on after its own deed ends, not the next one."""
    if turn.reading.relation != "next" or not _FINISHING.search(turn.tokens.corrected):
        return False
    said = turn.tokens.corrected
    if not _ANOTHER_SCENE.isdisjoint(turn.tokens.words) or _WHICH_SCENE.search(said):
        return False  # "what is the next scene after she finishes", "which scene comes after she finishes"
    finished = _FINISHED_THE.search(said)
    if finished is not None and term(finished["what"]) in turn.kit.index.name_holders:
        return False  # "once she finishes the rehearsal": that scene done, the next one (not "finish the dance")
    return anchored.kind == "scene" and anchored == turn.kit.scorer.latest(turn.thread, ("scene",))


_ANOTHER_SCENE = frozenset("next following".split())
_WHICH_SCENE = re.compile(r"\bwhich (?:scene|one|part)\b")
_FINISHED_THE = re.compile(r"\b(?:finish|finishes|finished|done with) (?:the|that|this) (?P<what>\w+)")


_FINISHING = re.compile(
    r"\b(?:after|once|when) (?:she|he|they|\w+) (?:is |s |was |are |has |had )?(?:finish|finishes|finished|done)\b"
    # "wat happens after the show in that": after the event the scene tells, inside it
    r"|\bafter the (?:show|performance|dance|dancing|ballet|speech|fight|argument|party)"
    r" (?:in (?:that|it|this)(?: one| scene)?|there)$"
)


def between(kit: Kit, entries: list[Entry], here: int, other: Entry, noun: str) -> Answer:
    there = kit.scorer.positions[(other.kind, other.title)]
    low, high = sorted((here, there))
    inside = entries[low + 1 : high]
    if other.kind != entries[here].kind or not inside:
        return kit.replies.out_of_range(
            f"{entries[low].title} and {entries[high].title} come one right after the "
            f"other: there is no {noun} between them."
        )
    if len(inside) == 1:
        return kit.replies.hit(inside[0])
    return kit.replies.clarify(inside[: kit.tuning.max_clarify], lead=f"{len(inside)} {noun}s come between them.")


DEMONSTRATIVES = frozenset("this that".split())
_LABEL_NOUNS = frozenset("thing one bit part scene moment".split())
_LABEL_WORDS = 4  # "the tree thing", "the big fight one": a word or two of it, and what it is


def _a_label(kit: Kit, part: Tokens, words: list[str], latest: Entry) -> bool:
    """ "the tree thing": a short label the asker gives what was just talked about, its words fitting it best; not
    "the storm scene" or "the fight scene" (words of another scene's name)."""
    if words[-1] not in _LABEL_NOUNS or len(words) > _LABEL_WORDS:
        return False
    scores = kit.scorer.scores(part)
    return bool(scores) and scores.get(latest.id, 0.0) >= max(scores.values())  # (a tie: the one talked about)


def _counted_instead(part: Tokens, picked: Entry | None, kinds: tuple[Kind, ...]) -> Reading | None:
    """ "the scene before the middle one" just after the tracks: a place among the scenes, not the middle track."""
    if picked is None or picked.kind in kinds:
        return None
    again = read(part)
    return again if again.asks == "nth" else None


def anchor(turn: Turn, text: str, kinds: tuple[Kind, ...]) -> Entry | None:
    """The entry an order relation starts from: a name, a description, a position or the thread."""
    kit = turn.kit
    words = text.split()
    if not words or all(w in ANCHOR_REFERENCES or not is_significant(w) for w in words):
        return kit.scorer.latest(turn.thread, kinds)
    part = kit.tokeniser.cut(turn.tokens, text)
    latest = kit.scorer.latest(turn.thread, kinds)
    pointing = latest is not None and (set(words) & DEMONSTRATIVES or _a_label(kit, part, words, latest))
    if pointing and latest is not None and kit.scorer.scores(part).get(latest.id, 0.0) > 0:
        return latest  # "after this choice scene", "after the tree thing": the one talked about, if the words fit
    reading = read(part, pending=turn.thread is not None)
    if reading.asks == "pick":  # "the one after number four", "after the first of those"
        picked = from_list(turn, reading.pick)
        again = _counted_instead(part, picked, kinds)
        if again is None:
            return picked
        reading = again
    if reading.asks == "nth":
        answer = nth(kit, reading if reading.kind in kinds else replace(reading, kind=kinds[0]))
        if answer.reason is Reason.CLARIFY or answer.kind == "none":
            return None
        return kit.index.by_kind[answer.kind][kit.scorer.positions[(answer.kind, answer.title)]]
    return _described_anchor(kit, part, kinds, latest)


def _described_anchor(kit: Kit, part: Tokens, kinds: tuple[Kind, ...], latest: Entry | None) -> Entry | None:
    """The entry an anchor's words describe best, if well enough; a short label said as someone's, in words no
    entry uses ("back to grandad's scene, what comes after it?"), is the asker's own for the one in play (not "the
    blackout scene": a scene told in other words than the page's)."""
    scores = kit.scorer.scores(part)
    ranked = sorted(((s, i) for i, s in scores.items() if kit.index.entries[i].kind in kinds), reverse=True)
    if ranked and ranked[0][0] >= kit.tuning.anchor_floor:
        return kit.index.entries[ranked[0][1]]
    words = part.words  # (a label the pack's words fit, however little, is no label of the asker's own)
    someones = any(p.typed == f"{p.text}s" and p.stem for p in part.parts)  # "grandad's": the asker's name for it
    label = bool(words) and words[-1] in _LABEL_NOUNS and len(words) <= _LABEL_WORDS
    return latest if not ranked and label and someones else None
