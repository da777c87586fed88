"""Follow-ups read against the dialogue state: more, the other one, picks from a "which one?" or a list,
pronouns."""

from __future__ import annotations

import re

from ..answers import Answer, Kind, Reason
from ..cues import (
    CHOICE_CUES,
    CREDIT_STEMS,
    CREDIT_WORDS,
    LISTS,
    MADE_MUSIC,
    MUSIC_NOUNS,
    PERSON_NOUN_WORDS,
    PERSON_QUESTION,
    PRONOUN_FORMS,
    index_of,
    ordinal_words,
)
from ..index import Entry
from ..recognisers import Reading
from ..recognisers.words import PERSON_NOUNS
from ..tokens import Tokens
from ..tracker import Conversation, Focus
from .structure import from_list, listed_entries, listing, nth, with_thread_kind
from .turn import Kit, Turn


def more(turn: Turn) -> Answer:
    kit, thread = turn.kit, turn.thread
    if thread is not None and thread.focus is not None and thread.focus.kind == "scenes":
        return listing(kit, Reading("list", kind="scene"))
    kinds = (turn.reading.kind,) if turn.reading.kind else None
    entry = kit.scorer.latest(thread, kinds) or kit.scorer.latest(thread)  # "what happens?" after a person: theirs
    return kit.replies.hit(entry) if entry is not None else kit.replies.decline(Reason.NO_THREAD)


BESIDES = frozenset("besides except apart than".split())


def other(turn: Turn) -> Answer | None:
    """ "and the other one?": the other of two, or what was also close last time; nothing when the thread holds
    nothing of the kind asked ("another music?" just after a person: a question of its own)."""
    kit, thread = turn.kit, turn.thread
    kinds: tuple[Kind, ...] | None = (turn.reading.kind,) if turn.reading.kind else None
    named = [kit.index.entries[i] for i in turn.tokens.named if kinds is None or kit.index.entries[i].kind in kinds]
    # "the other track besides the ballet one": other than the one named ("the other one, the interlude" names it)
    besides = len(named) == 1 and bool(set(turn.tokens.words) & BESIDES)
    current = named[0] if besides else kit.scorer.latest(thread, kinds)
    if current is None and kinds is not None and thread is not None:
        return None
    if current is None or thread is None:
        return kit.replies.decline(Reason.NO_THREAD)
    siblings = [e for e in kit.index.by_kind[current.kind] if e.id != current.id]
    if len(siblings) == 1:
        return kit.replies.hit(siblings[0])
    if current.kind == "character":
        found = _other_person(turn, current)
        if found is not None:
            return kit.replies.hit(found)
    return _also_close(turn, current, thread)


def _other_person(turn: Turn, current: Entry) -> Entry | None:
    """ "the other one, the person who keeps telling her to forget all but ballet": the one it describes best;
    "and the other man, the composer?": the one other than the person in play the page calls so; "the other man
    in her life": the one other man (one whose pronoun the page states before one whose it doesn't)."""
    kit, words = turn.kit, set(turn.tokens.words)
    if _described(turn):
        found = kit.scorer.best_fitting_person(turn.tokens, besides=(current.id,))
        if found is not None:
            return kit.index.entries[found]
    people = [p for p in kit.index.by_kind.get("character", []) if p.id != current.id]
    roles = kit.index.role_words
    called = [p for p in people if words & roles.get(p.title, frozenset())]
    if len(called) == 1:
        return called[0]
    gender = next((PERSON_NOUNS[w] for w in turn.tokens.words if w in PERSON_NOUNS), None)
    fitting = [p for p in people if gender and kit.scorer.pronoun_fits(p, gender)]
    stated = [p for p in fitting if getattr(p.subject, "pronoun", None)]
    chosen = stated or fitting
    return chosen[0] if len(chosen) == 1 else None


def _described(turn: Turn) -> bool:
    """Does the question say something of its own about the one meant, naming nothing?"""
    return bool(turn.kit.scorer.content_terms(turn.tokens)) and not turn.tokens.named


def _also_close(turn: Turn, current: Entry, thread: Conversation) -> Answer | None:
    """What was also close last time, or talked about before, of the same kind; else a decline, unless the
    question describes the other one ("the other guy, telling her to only care about ballet"; but "not the
    confrontation, the other one" names the one not meant)."""
    kit = turn.kit
    for focus in (*thread.others, *thread.recent):
        entry = kit.scorer.entry_of(focus)
        if entry is not None and entry.id != current.id and entry.kind == current.kind:
            return kit.replies.hit(entry)
    return None if _described(turn) else kit.replies.decline(Reason.NO_THREAD)


def choices(kit: Kit, thread: Conversation | None) -> list[Entry]:
    """The entries of the open "which one?", in its order."""
    found = [kit.scorer.entry_of(Focus(a.kind, a.title)) for a in (thread.pending if thread else ())]
    return [e for e in found if e is not None]


def pick(turn: Turn) -> Answer:
    """ "the first one", "2", "and 8?": a choice from the open "which one did you mean?", else from the list just
    shown (a subset, or the whole list of a kind), else the nth of the kind being talked about."""
    kit, thread, reading = turn.kit, turn.thread, turn.reading
    if thread is None or thread.pending or thread.focus is None:
        return pick_from(kit, choices(kit, thread), reading.pick, also=True)
    on_list = thread.focus.kind in LISTS or reading.listed and thread.listed_kind is not None
    # "the first of those", then "last one": still that list, while its entries are what is talked about;
    # "and 7?" after one of them is the seventh scene
    on_list = on_list or still_on_list(thread) and not any(w.isdigit() for w in turn.tokens.words)
    if not on_list:  # "and 7?" after scene 5: the seventh scene
        kind = with_thread_kind(turn, Reading("nth", position=reading.pick)).kind or "scene"
        return nth(kit, Reading("nth", kind=kind, position=reading.pick))
    found = from_list(turn, reading.pick)
    if found is None:
        which = f"number {reading.pick}" if (reading.pick or 0) > 0 else f"{ordinal_words(reading.pick or 0)} one"
        return kit.replies.out_of_range(f"The list I showed has no {which}.")
    return kit.replies.hit(found)


def on_a_list(thread: Conversation | None) -> bool:
    """Is a list (a subset, or the whole list of a kind) what was shown last?"""
    return thread is not None and thread.focus is not None and thread.focus.kind in LISTS


def still_on_list(thread: Conversation) -> bool:
    """Is the subject talked about one picked from the subset of scenes shown last?"""
    return thread.listed is not None and thread.focus is not None and thread.focus.title in thread.listed


def pick_from(kit: Kit, entries: list[Entry], which: int | None, *, also: bool = False) -> Answer:
    position = index_of(which, len(entries))
    if position is None:
        return kit.replies.decline(Reason.NO_THREAD)
    chosen = entries[position]
    others = (
        tuple(kit.replies.alternative(e.id, kit.tuning.choice_score) for e in entries if e.id != chosen.id)
        if also
        else ()
    )
    return kit.replies.hit(chosen, 1.0, others)


def kinds_said(words: tuple[str, ...]) -> set[Kind]:
    """The kinds of entry a reply to "which one?" names: "the scene not the song" (not what follows "not"),
    "the person who wrote the music" (the music's credit, not a person)."""
    said = set(words[: words.index("not", 1)] if "not" in words[1:] else words)
    kinds = {kind for kind, cues in CHOICE_CUES.items() if said & cues}
    return kinds - {"character"} if said & MADE_MUSIC and said & MUSIC_NOUNS else kinds


def listed_by_words(turn: Turn) -> Entry | None:
    """ "the ballet one on it" just after a list (the soundtrack, the scenes): the entry of it these words fit."""
    thread = turn.thread
    said = set(turn.tokens.words)
    if thread is None or thread.focus is None or not said & _ONE_OF_A_LIST:
        return None
    if thread.focus.kind in LISTS:
        if thread.focus.kind == "scenes" and said & _WHO:
            return None  # "the young man she falls for, the one who writes music? who is he?": a person, no scene
        return pick_by_words(turn, listed_entries(turn))
    if thread.focus.kind != "track" or "one" not in said or said & _WHO:
        return None  # ("who's credited on that one": that track's credit)
    # "and the ballet one" just after a track: the one other track whose name holds a word said
    stems = turn.tokens.stem_set
    others = [t for t in turn.kit.index.by_kind.get("track", []) if t.title != thread.focus.title]
    named = [t for t in others if stems & {s for terms in t.name_terms for s in terms}]
    if named or said & _ANOTHER or not turn.kit.scorer.content_terms(turn.tokens):
        return named[0] if len(named) == 1 else None
    return pick_by_words(turn, others)  # "and the clock one": the other track its description fits


_WHO = frozenset("who whos whom".split())
_ANOTHER = frozenset("other another else besides more".split())
_ONE_OF_A_LIST = frozenset("one track song piece tune".split())  # "the ballet one", "the ballet track"


def pick_by_words(turn: Turn, options: list[Entry] | None = None) -> Entry | None:
    """ "the track", "the opening night one", a name: the pending choice (or one of `options`) these words fit
    best, if one does."""
    kit, tokens = turn.kit, turn.tokens
    options = choices(kit, turn.thread) if options is None else options
    if not options:
        return None
    kinds = kinds_said(tokens.words)
    of_kind = [e for e in options if e.kind in kinds]
    if len(of_kind) == 1 and len({e.kind for e in options}) > 1:
        return of_kind[0]
    scores = turn.scores() if tokens.terms else {}
    fitting = sorted(((scores.get(e.id, 0.0), e.id) for e in options), reverse=True)
    tuning = kit.tuning
    if not fitting or fitting[0][0] < tuning.pick_floor:
        return None
    if len(fitting) > 1 and fitting[0][0] <= fitting[1][0] * tuning.pick_margin:
        return None
    best = kit.index.entries[fitting[0][1]]
    rival = max(scores.items(), key=lambda item: item[1], default=(best.id, 0.0))
    if rival[0] == best.id or rival[1] < tuning.confident or not kit.scorer.names_an_entry(tokens):
        return best
    return best if tokens.words[:2] in (("the", "one"), ("that", "one")) else None  # "the one w the captain": a choice


_HER_NAME = frozenset(("name",))  # "her name?": who she is


def follow_reference(turn: Turn) -> Answer | None:
    """A pronoun read against the thread: "who composed it?" after a track is that track's credit; "who is
    she?" after a scene is the person that scene names; "this scene" is the latest scene."""
    kit, tokens, reading, thread = turn.kit, turn.tokens, turn.reading, turn.thread
    if thread is None:
        return None
    words = set(tokens.words)
    asks_person = words & PERSON_QUESTION or words & PERSON_NOUN_WORDS or words & _HER_NAME  # "the main girl in it"
    # "what is she looking at in that scene" asks about the scene, "what about her?" about her
    asks_thing = bool(words & THING_QUESTION) and "about" not in words
    if reading.person and (asks_person or not kit.scorer.content_terms(tokens) and not asks_thing):
        person = kit.scorer.person(reading.person, thread)
        if person is not None:
            return kit.replies.hit(person)
        # "who is she?" with nobody to point at; with words of its own, the question may still say who
        if kit.scorer.content_terms(tokens):
            return None
        nobody = "I can't tell who that is: nothing we've talked about names anyone who fits." if thread.active else ""
        return kit.replies.decline(Reason.NO_THREAD, because=nobody)
    entry = followed_thing(turn, thread)
    return kit.replies.hit(entry) if entry is not None else None


def followed_thing(turn: Turn, thread: Conversation) -> Entry | None:
    """What "it", "there" or "she" (with words her card holds) means when the question asks no person."""
    kit, tokens, reading = turn.kit, turn.tokens, turn.reading
    words = set(tokens.words)
    # "who performed it?" asks for a credit; "how she feels after the performance there" doesn't
    if words & CREDIT_WORDS or words & ASKS_BY and tokens.stem_set & CREDIT_STEMS:
        credit = credited(kit, thread, whole=bool(words & ALL_OF_IT))
        if credit is not None:
            return credit
    asks_a_person = bool(reading.person) and not words & POINTS_AT_A_THING  # not "what's she feeling in it"
    person = her_card_tells(turn, thread) if asks_a_person else None
    if person is not None:  # "and whats she torn between": her card tells it
        return person
    kinds: tuple[Kind, ...] | None = (reading.demonstrative,) if reading.demonstrative else None
    if kinds is None and "there" in words:
        kinds = ("scene",)  # "what happens there": a place in the film, the scene talked about
    latest = kit.scorer.latest(thread, kinds)
    # after Boris, "what does she want?": not him; after Vicky, then Julian (pronoun unstated): Vicky still
    if latest is None or latest.kind != "character" or not asks_a_person or not reading.person:
        return latest
    if not getattr(latest.subject, "pronoun", None) or not kit.scorer.pronoun_fits(latest, reading.person):
        return kit.scorer.person(reading.person, thread) or latest  # after Vicky, then Julian: "what does she want?"
    return latest


def her_card_tells(turn: Turn, thread: Conversation) -> Entry | None:
    """The person a "she" means, when her own card holds a word of the question."""
    kit = turn.kit
    person = kit.scorer.person(turn.reading.person or "", thread)
    postings = kit.index.postings
    if person is not None and any(person.id in postings.get(t, ()) for t in kit.scorer.content_terms(turn.tokens)):
        return person
    return None


THING_QUESTION = frozenset("what whats wat how why where when".split())
ASKS_BY = frozenset("who whos whose by".split())
ALL_OF_IT = frozenset("all whole overall entire everything".split())  # "who composed all of it": the soundtrack
POINTS_AT_A_THING = frozenset("it its there this that".split())  # "what's she feeling in it": the scene


def credited(kit: Kit, thread: Conversation, whole: bool = False) -> Entry | None:
    """The music a "who composed it?" means: the track just talked about, else the soundtrack; the soundtrack
    when asked of all of it (`whole`: "who composed all of it", "who did the score overall")."""
    soundtracks = kit.index.by_kind.get("soundtrack")
    if whole and soundtracks:
        return soundtracks[0]
    track = kit.scorer.latest(thread, ("track", "soundtrack"))
    focus = kit.scorer.latest(thread)
    if focus is not None and focus.kind in ("track", "soundtrack"):
        return focus
    soundtrack = kit.index.by_kind.get("soundtrack")
    if soundtrack:
        return track if track is not None and focus is None else soundtrack[0]
    return None


def with_person_named(kit: Kit, tokens: Tokens, pronoun: str, thread: Conversation) -> Tokens:
    """ "which scene does he fight with her in", just after talking about someone: read "he" as that person."""
    latest = kit.scorer.latest(thread)
    if latest is None or latest.kind != "character" or kit.scorer.person(pronoun, thread) is not latest:
        return tokens  # the "she" meant is not the one just talked about ("the composer she likes", then "she")
    forms = PRONOUN_FORMS[pronoun]
    if not forms & set(tokens.words):
        return tokens
    first = next((p for w in tokens.words for p, said in _SAID_AS.items() if w in said), pronoun)
    if first != pronoun and getattr(latest.subject, "pronoun", None) is None:
        return tokens  # "the woman he wins over ... tell me about her" just after one the pack gives no pronoun
    return kit.tokeniser.substitute(tokens, forms, latest.title)


# a pronoun's forms, and folded "he's", "she's"
_SAID_AS = {pronoun: forms | {pronoun + "s"} for pronoun, forms in PRONOUN_FORMS.items()}


# "so the deputy mayor lady, who is she exactly?": the pronoun is the one just described, no one else
_THE_ONE_DESCRIBED = re.compile(
    r"^(?:\w+ ){0,2}(?:the|that|this) (?:(?!(?:who|he|hes|she|shes|him|her) )\w+ ){1,5}"
    r"who (?:is|s|was) (?:she|he)(?: exactly| again| then)?$"
)


def someone_else(turn: Turn) -> Entry | None:
    """ "who does she fall for", "and the girl who falls for him?": a person described by their relation to
    the one a pronoun points at, who is therefore someone else."""
    kit, reading, thread = turn.kit, turn.reading, turn.thread
    if thread is None or reading.pronoun is None:
        return None
    noun_person = reading.person != reading.pronoun or bool(set(turn.tokens.words) & PERSON_NOUN_WORDS)
    if not (reading.someone_else or noun_person):
        return None
    referent = kit.scorer.person(reading.pronoun, thread)
    if referent is None:
        return None
    # (but "so the deputy mayor lady, who is she exactly?" may be the one in play: the pronoun is the one described)
    besides = () if _THE_ONE_DESCRIBED.search(turn.tokens.corrected) else (referent.id,)
    return kit.scorer.person_described(turn.tokens, turn.scores(), besides=besides)
