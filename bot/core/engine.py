"""The answerer: free-text questions, name look-ups and autocomplete over one pack.

A question goes through the stages once each: tokens (tokens.py) → what it asks (recognisers/) → the
dialogue state (tracker.py) → the policy's rules (policy/), which use the scorer (scorer.py) for what is
left to look up. The engine only composes them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from .answers import Answer, Kind, Reason, Resolution, Subject
from .cues import ORDER_ASKED
from .going_back import GoingBack, asked_of, asks_a_person, asks_an_order, asks_someone_else, going_back
from .index import Index
from .intents import FilmFacts
from .loader import load_pack
from .names import NameIndex
from .pack import Pack
from .policy import Kit, Turn, decide
from .recognisers import WORDS, Reading, read
from .replies import Replies
from .scorer import Scorer
from .sentences import ASKS_THE_TOLD_NAME
from .text import fold, stem
from .tokens import QUESTION_CHARS, Tokeniser, Tokens
from .told_then_asked import ToldThenAsked, told_then_asked
from .tracker import Conversation, Focus
from .tuning import TUNING, Tuning

MAX_CHOICES = 25
_DROWNED = (Reason.OFF_TOPIC, Reason.NO_THREAD)  # declines a long message's story may have caused
_GONE_BACK_TO = ("scene", "track", "character")  # what "back to ..." may name: one subject, not a list or the film
_TOLD = ("scene", "track")  # what a sentence told before a question pointing back at "it" may be

__all__ = ["MAX_CHOICES", "QUESTION_CHARS", "Engine"]


def _unanswered_order(
    reading: Reading, answer: Answer, words: tuple[str, ...]
) -> tuple[Literal["next", "prev"], int] | None:
    """ "what comes after it?" with nothing talked about: the next turn may say what "it" was (not after "and then
    what", which "i mean the futa pass scene" answers as that scene)."""
    if reading.asks != "order" or answer.reason is not Reason.NO_THREAD or reading.relation not in ("next", "prev"):
        return None
    if ORDER_ASKED.isdisjoint(words):
        return None
    return ("next" if reading.relation == "next" else "prev", reading.steps)


_POINTING_OPENER = re.compile(r"^(?:that|this)\s+(?=\S+\s+\S)", re.IGNORECASE)  # "that lonely scene" (two words on)


class Engine:
    """Answers questions about one pack. Build once (the index is precomputed), then call freely."""

    def __init__(self, pack: Pack, tuning: Tuning = TUNING) -> None:
        self.pack = pack
        self.tuning = tuning
        self.index = Index(pack, reserved=WORDS)
        self.tokeniser = Tokeniser(self.index, tuning)
        self.scorer = Scorer(self.index, tuning)
        roles = frozenset(word for words in self.index.role_words.values() for word in words)
        called = frozenset(self.scorer.called)
        self.facts = FilmFacts([fold(name) for name in (pack.film.title, *pack.film.aliases)], roles, called)
        self.kit = Kit(pack, self.index, self.tokeniser, self.scorer, Replies(self.index, tuning), self.facts, tuning)
        self._names: dict[Kind, NameIndex] = {}  # built per kind at the first look-up (free text never needs it)

    @classmethod
    def from_path(cls, path: str | Path) -> Engine:
        return cls(load_pack(path))

    def read(self, question: str) -> Tokens:
        """The question's tokens (folded, corrected, weighed), as every stage after this one sees them."""
        return self.tokeniser.tokenise(question)

    def answer(self, question: str, conversation: Conversation | None = None) -> Answer:
        """Answer a free-text question; with a conversation, read it against the dialogue state and record it."""
        back = going_back(question[:QUESTION_CHARS]) if conversation is not None and conversation.active else None
        if back is not None and conversation is not None:
            answered = self._after_going_back(back, conversation)
            if answered is not None:
                return answered
        told = told_then_asked(self.tokeniser.split_sentences(question))  # (split once: tokenise reuses it)
        if told is not None:
            answered = self._asked_of_the_told(told, conversation)
            if answered is not None:
                return answered
        turn = self.turn(question, conversation)
        answer = decide(turn)
        if answer.reason in _DROWNED and not turn.tokens.disowned and turn.reading.asks != "request":
            turn, answer = self._look_again(question, turn, answer, conversation)
        if conversation is not None:
            self._record(conversation, turn, answer)
        return answer

    def _record(self, conversation: Conversation, turn: Turn, answer: Answer) -> None:
        """The dialogue state after this answer: its subject, the relation and the scenes asked, who is in play."""
        reading = turn.reading
        if reading.corrects and answer.kind != "none" and conversation.unanswered_order is None:
            conversation.forget_latest()  # the subject corrected was never meant
        counted_from = self._counted_from(reading, answer)
        if counted_from is not None:  # "what comes before the tragic fall", then "no, after": after that one
            conversation.focus_on(answer.kind, counted_from)
        conversation.remember(answer)
        conversation.unanswered_order = _unanswered_order(reading, answer, turn.tokens.words)
        if reading.asks == "relation" and answer.kind == "character":
            conversation.relation = reading.link  # "and hers?" asks it again
        elif answer.kind != "none" and not turn.again:
            conversation.relation = ""  # another question answered since: "and hers?" no longer repeats it
        if reading.asks in ("mentions", "appears"):
            conversation.asked = (reading.asks, reading.position)  # "and boris?" asks it again
        elif answer.kind != "none" and not turn.again and answer.title not in (conversation.listed or ()):
            conversation.asked = None  # (a scene picked from the scenes it listed keeps it: "and vicky?")
        self._meet_named(conversation, turn, answer)
        for person in turn.met:
            conversation.meet(getattr(person.subject, "pronoun", None) or "they", person.title)
        if answer.kind == "character":
            self._meet_answered(conversation, answer, reading.person if reading.person != reading.pronoun else None)

    def _counted_from(self, reading: Reading, answer: Answer) -> str | None:
        """The entry an order question named and counted from ("the scene before the tragic fall"): talked about
        too, just before its answer."""
        if reading.asks != "order" or not reading.anchors or reading.relation not in ("next", "prev"):
            return None
        if answer.kind not in ("scene", "track") or answer.reason is not Reason.ANSWERED:
            return None
        entries = self.index.by_kind.get(answer.kind, [])
        here = self.scorer.positions.get((answer.kind, answer.title))
        if here is None:
            return None
        there = here - reading.steps if reading.relation == "next" else here + reading.steps
        return entries[there].title if 0 <= there < len(entries) else None

    def _after_going_back(self, back: GoingBack, conversation: Conversation) -> Answer | None:
        """ "back to that scene, what does she choose?": the question asked of the subject gone back to (the
        latest of the kind it points at, or what its words name), when both are found; else None, and the
        message is read whole as before, the state untouched."""
        tried = conversation.copy()
        if back.kinds is not None:
            subject = tried.latest(back.kinds)
            if subject is None:
                return None
            tried.focus_on(subject.kind, subject.title)
        else:
            # "back to that lonely scene": the scene its words tell, not "that" one in play (read whole, if neither)
            told = _POINTING_OPENER.sub("", back.what)
            found = decide(self._turn(self.tokeniser.tokenise(told), tried))
            if found.kind not in _GONE_BACK_TO or found.reason is Reason.CLARIFY:
                return None
            tried.remember(found)
            if found.kind == "character":
                self._meet_answered(tried, found, None)
        latest = tried.latest()
        if latest is None:
            return None
        answer = self.answer(asked_of(back.rest, latest.kind), tried)
        if (
            answer.kind == "none"
            or asks_someone_else(back.rest)
            and (answer.kind, answer.title) == (latest.kind, latest.title)
        ):
            return None  # ("back to the foreman, who does he inform for": not him; read whole)
        gone_back_to = self.scorer.entry_of(latest)
        if gone_back_to is not None and self._instead(back.rest, latest, answer):
            answer = self.kit.replies.hit(gone_back_to)
            tried.remember(answer)
        conversation.take(tried)
        return answer

    def _asked_of_the_told(self, told: ToldThenAsked, conversation: Conversation | None) -> Answer | None:
        """ "There's that scene where ... . What comes after it?": an order asked of the scene or track the told
        sentence describes clearly (read alone); None, and the message is read whole as before, when the rest
        asks no order from "it" or the told sentence fits nothing clearly."""
        asked = self._turn(self.tokeniser.tokenise(told.asked), None).reading
        if asked.asks != "order" or asked.anchors or not asked.refers_back:
            return None
        said = self._turn(self.tokeniser.tokenise(told.told), None)
        if said.reading.asks != "describe" or said.reading.demonstrative or said.reading.pick is not None:
            return None  # ("... before the curtain goes up on her big night.": when, in a story, not an order)
        if len(said.tokens.terms) < self.tuning.told_words:
            return None  # ("Lovely. What comes after it?": after what was talked about)
        subject = decide(said)
        if subject.kind not in _TOLD or subject.reason is not Reason.ANSWERED:
            return None
        if subject.score < self.tuning.narrow_confident:
            return None
        tried = conversation.copy() if conversation is not None else Conversation()
        tried.remember(subject)
        answer = self.answer(told.asked, tried)
        if answer.kind == "none":
            return None
        if conversation is not None:
            conversation.take(tried)
        return answer

    def _instead(self, rest: str, latest: Focus, answer: Answer) -> bool:
        """Is the question asked of the scene gone back to answered by something else it doesn't ask for: another
        scene though it asks no order ("back to the contest, what happens at the end": that scene's end), or a
        person by a "she" only in it ("back to the first scene, how is she feeling after?")?"""
        if latest.kind != "scene" or (answer.kind, answer.title) == (latest.kind, latest.title):
            return False
        if answer.kind == "scene":
            return not asks_an_order(rest)
        named = self.scorer.named_people(self.tokeniser.tokenise(rest))
        return answer.kind == "character" and not named and not asks_a_person(rest)

    def _look_again(
        self, question: str, turn: Turn, answer: Answer, conversation: Conversation | None
    ) -> tuple[Turn, Answer]:
        """A long message declined as off the film's topic may have had its question drowned by its story, or
        the question read may lean on a sentence the reading left out ("This week I've chosen the fifth scene.
        Could you tell me what happens in it?"): read the asking sentences alone, then each sentence alone
        (the latest first), and take the first reading that fits an entry clearly. A missing fact asked
        anywhere in it ("what year it came out") keeps the decline."""
        second_looks = [self.tokeniser.narrower(question, turn.tokens)]
        folded = fold(question[:QUESTION_CHARS])
        if self.facts.missing_fact(turn.tokens.corrected, folded) is None:
            second_looks += self.tokeniser.each_sentence(question)
        told = ASKS_THE_TOLD_NAME.search(folded) is not None  # "... what this bit was called?"
        for tokens in second_looks:
            if tokens is None or tokens.words == turn.tokens.words:
                continue
            second = self._turn(tokens, conversation)
            retry = decide(second)
            enough = self.tuning.told_scene if told and retry.kind == "scene" else self.tuning.narrow_confident
            if retry.kind != "none" and retry.score >= enough:
                return second, retry
        return turn, answer

    def _meet_named(self, conversation: Conversation, turn: Turn, answer: Answer) -> None:
        """Someone the question names besides what it asks about is in play by the pronoun the pack gives them:
        "what's his whole deal with vicky?", then "and who is she?" means Vicky."""
        if answer.kind == "none":
            return
        if answer.kind == "character" and not turn.reading.person:
            entry = self.scorer.entry_of(Focus("character", answer.title))
            if entry is not None and not getattr(entry.subject, "pronoun", None):
                return  # ("who competes with matthias?" -> Cornelis, his pronoun unstated: "he" may be him)
        for i in self.scorer.named_people(turn.tokens):
            person = self.index.entries[i]
            pronoun = getattr(person.subject, "pronoun", None)
            if pronoun and person.title != answer.title:
                conversation.meet(pronoun, person.title)

    def _meet_answered(self, conversation: Conversation, answer: Answer, person: str | None) -> None:
        """A person answered is in play as the pronoun the pack gives them (after Vicky, then Julian whose pronoun
        the pack doesn't state, "her" is still Vicky); "the composer dude she likes": one whose pronoun the pack
        doesn't state, asked for as a "he", is the "he" of the questions after."""
        entry = self.scorer.entry_of(Focus("character", answer.title))
        stated = getattr(entry.subject, "pronoun", None) if entry is not None else None
        if stated:
            conversation.meet(stated, answer.title)
        elif entry is not None and person:
            conversation.meet(person, answer.title)

    def turn(self, question: str, conversation: Conversation | None = None) -> Turn:
        """A question tokenised (once) and recognised, with the dialogue state it is read against: what the
        policy's rules see."""
        return self._turn(self.tokeniser.tokenise(question), conversation)

    def _turn(self, tokens: Tokens, conversation: Conversation | None) -> Turn:
        thread = conversation if conversation is not None and conversation.active else None
        pending = thread is not None and (
            thread.focus is not None or bool(thread.pending) or thread.unanswered_order is not None
        )
        reading = read(tokens, pending=pending, knows=self.index.knows, facts=self.facts, names=self.names_word)
        return Turn(self.kit, tokens, reading, thread, conversation)

    def names_word(self, word: str) -> bool:
        """Is this word part of some entry's title or alias ("julian", "audition")?"""
        return stem(word) in self.index.name_holders

    def resolve(self, kind: Kind, name: str) -> Resolution:
        """A name typed in a command: exact, then case/punctuation/accent-insensitive, then fuzzy."""
        entries = self.index.by_kind.get(kind, [])
        exact = self.scorer.positions.get((kind, name))
        if exact is not None:
            return Resolution(entries[exact].subject)
        folded = fold(name[:QUESTION_CHARS])
        if not folded:
            return Resolution(None, tuple(e.title for e in entries[:3]))
        for candidate in (folded, folded.removeprefix("the ")):
            named = self.index.by_name.get((kind, candidate))
            if named is not None:
                return Resolution(named.subject)
        names = self.names_of(kind)
        tuning = self.tuning
        ranked = names.fuzzy(folded, limit=3, cutoff=tuning.suggest_cutoff) if names else []
        clear = len(ranked) == 1 or (len(ranked) > 1 and ranked[0][1] - ranked[1][1] >= tuning.resolve_margin)
        if ranked and ranked[0][1] >= tuning.resolve_cutoff and clear:
            return Resolution(ranked[0][0].subject)
        return Resolution(None, tuple(entry.title for entry, _ in ranked))

    def complete(self, kind: Kind, text: str) -> list[str]:
        """Autocomplete titles of one kind: film order when empty, then name prefixes, word prefixes and
        fuzzy matches (typos), at most 25."""
        entries = self.index.by_kind.get(kind, [])
        folded = fold(text[:100])
        names = self.names_of(kind)
        if not folded or names is None:
            return [e.title for e in entries[:MAX_CHOICES]]
        picked: dict[int, float] = {}
        for rank, search in ((3.0, names.prefixed), (2.0, names.word_prefixed)):
            if len(picked) >= MAX_CHOICES:
                break  # what a weaker rule finds would rank below 25 better matches anyway
            for entry in search(folded):
                picked.setdefault(entry.id, rank)
        if len(picked) < MAX_CHOICES:
            for entry, score in names.fuzzy(folded, limit=MAX_CHOICES, cutoff=self.tuning.complete_cutoff):
                picked.setdefault(entry.id, score / 100.0)
        order = sorted(picked.items(), key=lambda item: (-item[1], item[0]))[:MAX_CHOICES]
        return [self.index.entries[entry_id].title for entry_id, _ in order]

    def names_of(self, kind: Kind) -> NameIndex | None:
        """The name look-up of one kind of entry (None when the pack has none of that kind)."""
        names = self._names.get(kind)
        if names is None and self.index.by_kind.get(kind):
            names = self._names[kind] = NameIndex(self.index.by_kind[kind])
        return names

    def position(self, kind: Kind, title: str) -> int | None:
        """Where the entry with exactly this title sits among its kind (0-based), or None."""
        return self.scorer.positions.get((kind, title))

    def at(self, kind: Kind, position: int) -> Subject:
        """The entry at a position among its kind, or None when out of range."""
        entries = self.index.by_kind.get(kind, [])
        return entries[position].subject if 0 <= position < len(entries) else None
