"""Making answers: an entry found, a list, a subset, a "which one?", a decline. Text from answers.py."""

from __future__ import annotations

from dataclasses import replace

from .answers import Alternative, Answer, Reason, help_text, render, render_scene_list
from .cues import KIND_NOUN
from .index import Entry, Index
from .tuning import TUNING, Tuning


class Replies:
    """The answers of one pack, built from its entries."""

    def __init__(self, index: Index, tuning: Tuning = TUNING) -> None:
        self.index = index
        self.pack = index.pack
        self.tuning = tuning

    def hit(self, entry: Entry, score: float = 1.0, alternatives: tuple[Alternative, ...] = ()) -> Answer:
        return Answer(
            kind=entry.kind,
            title=entry.title,
            score=min(1.0, score),
            text=render(entry.subject, self.pack),
            subject=entry.subject,
            alternatives=alternatives,
        )

    def alternative(self, entry_id: int, score: float) -> Alternative:
        entry = self.index.entries[entry_id]
        return Alternative(entry.kind, entry.title, min(1.0, score))

    def scene_list(self) -> Answer:
        return Answer("scenes", self.pack.film.title, 1.0, render_scene_list(self.pack))

    def subset(self, scenes: list[Entry], lead: str, empty: str) -> Answer:
        """Some of the scenes, in film order (`entries` names them); `empty` says so when there are none."""
        shown = self.tuning.subset_lines
        numbered = [f"{getattr(e.subject, 'number', n)}. {e.title}" for n, e in enumerate(scenes[:shown], start=1)]
        if len(scenes) > shown:
            numbered.append(f"… and {len(scenes) - shown} more")
        text = lead + "\n" + "\n".join(numbered) if scenes else empty
        titles = tuple(e.title for e in scenes)
        return Answer("scenes", self.pack.film.title, 1.0, text, entries=titles)

    def whether_named(self, scene: Entry, person: str, named: bool) -> Answer:
        """A scene, led by whether it names the person asked about ("is boris in that one?")."""
        answer = self.hit(scene)
        verdict = f"Yes: {scene.title} names {person}." if named else f"No: {scene.title} doesn't name {person}."
        return replace(answer, text=f"{verdict}\n\n{answer.text}")

    def noted(self, answer: Answer, quote: str, topic: str) -> Answer:
        """An answer to one part of a two-part question, saying which part the pack can't answer."""
        text = f"My film pack doesn't include {topic}, so I can't answer “{quote}”. The rest:\n\n{answer.text}"
        return replace(answer, text=text, note=topic)

    def clarify(self, entries: list[Entry], *, lead: str = "") -> Answer:
        """Ask which one: the choices numbered; the next turn may answer with a number or a name."""
        listing = "\n".join(f"{n}. {e.title} ({KIND_NOUN[e.kind]})" for n, e in enumerate(entries, start=1))
        text = (f"{lead} " if lead else "") + f"Which one do you mean?\n{listing}\nReply with a number or a name."
        alternatives = tuple(self.alternative(e.id, self.tuning.choice_score) for e in entries)
        return Answer("none", "", 0.0, text, None, alternatives, Reason.CLARIFY)

    def out_of_range(self, text: str) -> Answer:
        return Answer("none", "", 0.0, text, None, (), Reason.OUT_OF_RANGE)

    def decline(
        self, reason: Reason, *, missing: str = "", alternatives: tuple[Alternative, ...] = (), because: str = ""
    ) -> Answer:
        """A reply that answers nothing, saying why (`because` replaces the reason's usual first sentence)."""
        text = help_text(self.pack, missing)
        if because:
            text = because + " " + text
        elif reason is Reason.SMALL_TALK:
            text = "Hello! " + text
        elif reason is Reason.NO_THREAD:
            text = (
                "I can't tell what that refers to: we haven't talked about a scene, a track or a character yet. " + text
            )
        return Answer("none", "", 0.0, text, None, alternatives, reason, missing)
