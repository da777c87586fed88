"""Where the question is in a message: its sentences and clauses, and which sentences ask something.

A long message tells a story around its question ("we had a watch party last night... what happens after
the audition? my friend says..."). The story's words would drown the question's, so only the sentences that
ask are read, with the sentence before one whose "he" or "she" needs it. Commas, colons and dashes mark
clauses: "the dream one, what comes after it?" names its anchor in the first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from .cues import KIND_OF_NOUN
from .text import fold, strip_discord

_NUMBER_ABBREVIATION = re.compile(r"\b[Nn]o\.\s*(?=\d)")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\n+|(?<=[?!])(?=\S)")
_ANY_MARK = re.compile(
    r"[.!?…,;:()\[\]\n—–+&\u2600-\u27bf\U0001f000-\U0001faff-]|\s(?:lol|lmao|haha|rofl|huh|oof|yikes)\b"
    r"|\snot (?:the|that|this) ",
    re.IGNORECASE,
)
# the words after which "not the ..." is part of what is said ("is it not the ending", "nah not that")
_NOT_FOLLOWS = (
    "is s was are re were do does did have has had can could would should will may might must if why or and but im no "
    "nah nope oh ok okay it that this he she they i you we maybe perhaps"
)
_NOT_AFTER_A_VERB = "".join(rf"(?<!\b{word})" for word in _NOT_FOLLOWS.split()) + r"(?<=\w)"
# ... and a laugh in the middle of a message: "sounds trippy lol what comes right after"
_CLAUSE_MARK = re.compile(
    r"[,;:()\[\]]|\s[-–]+\s|[—–]+|\.{2,}|…|[\u2600-\u27bf\U0001f000-\U0001faff]+"
    r"|(?<=\w)\s+(?:lol|lmao|haha+|hahaha|rofl|huh|oof|yikes)\s+(?=\w)"
    # "the one w boris not the ending": what is not meant, said without a comma (not "it's not the ending")
    # (the lookahead first: the lookbehinds are many, and most places are not before a "not")
    rf"|(?=\s+not (?:the|that|this) ){_NOT_AFTER_A_VERB}"
    r"\s+(?=not (?:the|that|this) (?:\w+ ){0,2}\w+\W*(?:[,;:.?!]|$))",
    re.IGNORECASE,
)
_PURPOSE = re.compile(r"(?:just )?(?:so (?:that )?(?:i|we)|because (?:i|we)|since (?:i|we))\b")
_THE_FILM = re.compile(
    r"\b(?:this|that|its|it s) (?:film|movie)\b"
    r"|\b(?:this|that|these|those) (?:sort|sorts|kind|kinds|type|types) of (?:thing|things|stuff)\b"  # an idiom
)
_AND = re.compile(r"\s*[+&]\s*")
# Verbs that report a question: "my brother keeps wondering what happens after the audition"
REPORTING = frozenset("know wonder wonders wondering wondered curious asked asks asking".split())
# "he wants to know who made the music": a question inside a statement
# ("you wouldn't know what I was talking about": the asker's own words, no question)
_EMBEDDED = re.compile(
    rf"\b(?:{'|'.join(sorted(REPORTING))}|(?<!dont )(?<!don t )ask(?! me why)|tell me|remind me|explain|to hear)\b.*"
    r"\b(?:what|which|who|whom|how|when|where|why)\b"
    r"(?! (?:i|we) (?:was |were |am |m |d |had )?(?:talking|saying|meant|mean|on about|going on about|getting at)\b)"
)

# "Tell me a bit about him as a character, then.": a request, though it ends in a full stop
_TELL_ME_ABOUT = re.compile(r"^(?:please )?(?:tell|remind) (?:me|us) (?:a bit |a little |more )*about\b")

# "I mean the later one", "I was thinking of the one where ...": what the asker meant, said without asking
_MEANT = re.compile(
    r"^(?:i (?:meant|mean|want(?:ed)? to say)|i (?:was |m |am )?(?:asking|talking|thinking) (?:about|of))\b"
    # "The scene I actually wanted was a quieter one, where ...", "The one I meant is earlier: ..."
    r"|^(?:(?:the )?(?:scene|one|track|song|bit|part|moment) |what )?i (?:actually |really )?"
    r"(?:wanted|meant|had in mind) (?:was|is)\b"
)

# A message that says it is not about the film: "sorry, this isn't about the movie at all, but ...".
DISOWNS = re.compile(
    r"\b(?:(?:(?:is|s|was)n[’']?t|is not|not)(?: really| actually| even| strictly| at all)?"
    r" (?:about|related to|regarding|to do with)|nothing to do with|unrelated to) (?:the|this|your)"
    r" (?:film|movie)\b(?![’']?s\b)|\boff[- ]topic\b|\bnot (?:really |strictly |exactly )?(?:film|movie)[- ]related\b"
    r"|\bbefore (?:i|we) (?:ask|get|go) (?:about|to|into|on to|onto) (?:the|this) (?:film|movie)\b",
    re.IGNORECASE,
)


def says_what_was_meant(words: list[str]) -> bool:
    """Do these words open by saying what the asker meant ("I mean the later one", "I was thinking of")?"""
    return _MEANT.match(" ".join(w for w in words if w not in OPENING_FILLER)) is not None


def opens_asking(words: Iterable[str]) -> bool:
    """Does a clause open with a question word, once its filler is passed ("ok so who ...")?"""
    return next((w for w in words if w not in OPENING_FILLER), "") in ASKING


# "Completely unrelated, but ...": said first, it disowns the message when the rest is barely about the film
# (not "Unrelated, but who wrote the score?": unrelated to what was just talked about)
# Said before a question that may still be the pack's: "this has nothing to do with films, but ...", "I know
# you're here for a particular film, but ..." (set aside only when what follows holds little of the pack's)
LOOSELY_DISOWNS = re.compile(
    r"\b(?:(?:(?:is|s|was)n[’']?t|is not|not)(?: really| actually| even| strictly| at all| exactly)?"
    r" (?:about|related to|regarding|to do with)|nothing to do with|unrelated to) (?:films|movies|cinema)\b"
    r"|\bi know you(?:[’']?re| are) (?:here|meant|made|built) (?:for|to talk about) (?:a|one|the|this)"
    r" (?:particular |specific |single )?(?:film|movie)\b",
    re.IGNORECASE,
)

UNRELATED = re.compile(
    r"(?:^|[.!?]\s+)\W*(?:(?:ok|okay|so|and|also|oh|um|sorry|btw|quick|random|small|slight)\W+)*"
    r"(?:(?:completely |totally |entirely |slightly |somewhat |a bit |a little )?unrelated\b(?! to)|tangent\b)",
    re.IGNORECASE,
)


def may_disown(message: str) -> bool:
    """A cheap test before DISOWNS: the message says "film", "movie", "topic", "unrelated" or "tangent" at all."""
    lowered = message.lower()
    return (
        "film" in lowered or "movie" in lowered or "topic" in lowered or "unrelated" in lowered or "tangent" in lowered
    )


# A sentence opening with one of these (after filler) asks something, even without a question mark.
ASKING = frozenset(
    """what whats wat which who whos whom how hows when where wheres why is are was were does do did can could
    would will should tell list give show name explain describe remind any anything recap summarise summarize
    qui quien quién que qual""".split()
)
# Words that may open an asking sentence before its question word: "ok so what", "and the next one?".
OPENING_FILLER = frozenset(
    """and so ok okay oh also anyway anyways but then now well hey hi hello yo btw quick one q last question
    alright right sorry hmm um uh lol haha wait actually back to the film please pls plz kindly""".split()
)
# Words that only greet, thank, hedge or laugh: a clause of nothing else before the question is dropped.
CHATTER = frozenset(
    """hi hey hello hallo hiya yo sup howdy greetings morning evening gm gn thanks thank thx ty cheers lol lmao
    rofl haha hahaha hehe xd ok okay k cool nice great awesome wow oh ah yay hmm um uh so btw anyway anyways well
    quick q sorry oops you u ya bot best goat legend amazing ngl tbh imo fr lowkey omg""".split()
)
# Words that address the room, not the film: "gm all", "hey everyone".
ADDRESS = frozenset("all everyone everybody guys folks yall friends fam team chat there".split())
PRONOUNS = frozenset("he she him her his hers they them their".split())
_CONTRACTED = {"hes": "he", "shes": "she", "theyre": "they"}  # "he's" folds to "hes": still a "he"
# The asker's own words ("i", "my", "we"): a clause holding them tells the asker's story, reason or time
FIRST_PERSON = frozenset("i im ive id ill my me we were our us".split())
_SEVERAL = frozenset("them those these".split())
# Words that point back to something named before: "we just finished the rehearsal scene. what happens in it?"
REFERENCES = PRONOUNS | frozenset("it its that this there".split())


@dataclass(frozen=True, slots=True)
class Sentence:
    clauses: tuple[str, ...]  # the raw text of each clause
    asks: bool  # ends with "?" or opens with a question word
    embeds: bool  # holds a question inside a statement: "he wants to know who made the music"
    refers: bool  # holds a pronoun or "that", "it" (may need the sentence before it)
    someone: bool = False  # holds "he", "she", "they": asks about a person
    means: bool = False  # opens by saying what the asker meant: "I mean the later one, where she collapses."
    plural: bool = False  # points back at several: "them", "those", "these"
    requests: bool = False  # asks for something without a question: "I'd love a rundown of all the scenes."
    raw: str = ""  # the sentence as written, its end mark kept


def split(message: str) -> list[Sentence]:
    """The sentences of a message, each cut into clauses; "+" and "&" read as "and"."""
    message = strip_discord(message)
    if _ANY_MARK.search(message) is None:  # most questions: one sentence, one clause
        return [Sentence((message,), True, False, False, raw=message)] if message.strip() else []
    found: list[Sentence] = []
    message = _NUMBER_ABBREVIATION.sub("number ", message)  # "no. 6" is no sentence end
    if _A_TERSE_RETURN.fullmatch(message.strip()):
        message = message.replace(".", ",", 1)  # "back to premiere. next": one question, as with a comma
    for raw in _SENTENCE_END.split(_AND.sub(" and ", message)):
        clauses = tuple(c for c in (part.strip() for part in _CLAUSE_MARK.split(raw)) if fold(c))
        if clauses:
            found.append(_sentence(raw, clauses, found[-1].asks if found else False))
    return found


# "back to premiere. next", "back to tracks. 2nd": a terse return, then what is asked of it
_A_TERSE_RETURN = re.compile(r"(?i)(?:ok |so |and )?back to(?: \w+){1,3}\. ?\w+(?: \w+)?\??")


def _sentence(raw: str, clauses: tuple[str, ...], after_a_question: bool) -> Sentence:
    """One sentence, with what it does: asks, embeds a question, points back, names someone by pronoun."""
    words = _folded_words(raw)
    opener = next((w for w in words if w not in OPENING_FILLER), "")
    ended = raw.rstrip()
    stated = ended.endswith((".", "!"))
    # a sentence ended with "." or "!" states, whatever its first word ("we're" folds to "were"); "runtime? and
    # next": a part joined on to a question asks too
    asks = ended.endswith("?") or not stated and (opener in ASKING or after_a_question and words[:1] == ["and"])
    embeds = _EMBEDDED.search(" ".join(words)) is not None
    # read when no sentence asks: "... than in any scene. Tell me a bit about him as a character, then."
    embeds = embeds or _TELL_ME_ABOUT.match(" ".join(w for w in words if w not in OPENING_FILLER)) is not None
    # "who is the instructor in this movie?" points at nothing said before it; nor does the asker's purpose ("...,
    # so I can frame that ending properly?")
    folded = [fold(c) for c in clauses]
    asked = " ".join(_CONTRACTED.get(w, w) for c in folded if not _PURPOSE.match(c) for w in c.split())
    refers = bool(REFERENCES & set(_THERE_IS.sub(" ", _THE_FILM.sub("", asked)).split()))
    said = set(words)
    requests = _REQUESTS.search(" ".join(words)) is not None
    return Sentence(
        clauses,
        asks,
        embeds,
        refers,
        bool(PRONOUNS & said),
        says_what_was_meant(words),
        bool(_SEVERAL & said),
        requests,
        raw.strip(),
    )


# a request said as a statement: "I'd love a rundown of the scenes.", "Could you list them for me."
# "I forget what this scene was called", "which scene was it?": the name of the scene the message told
ASKS_THE_TOLD_NAME = re.compile(
    r"\bwhat (?:that|this|the) (?:scene|part|bit|moment|one) (?:is|was) called\b"
    r"|\bwhat (?:is|s|was) (?:that|this) (?:scene|part|bit|moment|one)? ?called\b"
    r"|\b(?:which|what) (?:scene|part|bit|one) (?:is|was) (?:that|this|it)\b"
    r"|\b(?:the )?(?:name|title) of (?:that|this) (?:scene|part|bit|moment)\b"
)

_REQUESTS = re.compile(
    r"\b(?:id|i would|wed|we would) (?:love|like|appreciate)\b|\b(?:could|can|would) you\b|\bplease\b"
    r"|\b(?:i|we) (?:want|need)\b|\b(?:give|show|send) (?:me|us)\b|\bwalk (?:me|us) through\b"
)


# "is there a sequel?": a "there" that points at nothing
_THERE_IS = re.compile(r"\b(?:is|are|was|were) there\b(?= (?:a|an|any|another|some)\b)")


def _folded_words(text: str) -> list[str]:
    return [_CONTRACTED.get(w, w) for w in fold(text).split()]


@dataclass(frozen=True, slots=True)
class Signals:
    """What the tokeniser found in each sentence of a message, for choosing which sentences to read."""

    names: list[bool]  # it holds the whole name of an entry
    bare: list[bool]  # no word of the pack's own: "which one is that?"
    chat: list[bool]  # nothing but greetings and thanks
    content: list[int] = field(default_factory=list)  # how many of the pack's words it holds
    beside_kinds: list[int] = field(default_factory=list)  # ... besides "track", "music", "scene"
    hollow: list[bool] = field(default_factory=list)  # no significant word at all: "could you tell me?"
    hollow_asked: list[bool] = field(default_factory=list)  # ... but for the asker's reason ("so I'm ready for it")
    orders: list[bool] = field(default_factory=list)  # before or after something it doesn't name: "after that one?"
    picks: list[tuple[int, int]] = field(default_factory=list)  # where a pick is said: "the last of those" -> (0, 4)
    places: list[bool] = field(default_factory=list)  # ... and whether it is a place in the film ("scene number 3")
    lists: list[bool] = field(default_factory=list)  # it names a list: "scenes", "tracks", "characters"
    titled: list[frozenset[str]] = field(default_factory=list)  # the kinds of the titles it says in full ("scene")
    people_only: list[bool] = field(default_factory=list)  # every whole name it holds is a person's


def chosen(sentences: list[Sentence], signals: Signals) -> list[tuple[int, bool]]:
    """The sentences to read, each as (position, whole): those that ask, whole (else those with a question
    inside; else the first that is more than chat: "thank you ji!"), each after the sentence before it when
    its "it" or "she" needs that sentence's name (of that sentence only the name is read), or when it says
    nothing but "which one is that?" (the sentence before describes it). A hollow question ("could you tell
    me?") reads whole the sentence before it that holds the most of the pack's words."""
    asked = [i for i, s in enumerate(sentences) if s.asks] or [i for i, s in enumerate(sentences) if s.embeds]
    asked = sorted(
        {*asked, *(i for i in range(1, len(sentences)) if i - 1 in asked and _terse_topic(sentences[i], signals, i))}
    )
    if len(sentences) < 2:
        return [(i, True) for i in range(len(sentences))]
    if not asked:
        return [(_point(sentences, signals), True)]
    keep = dict.fromkeys(asked, True)
    for i in asked:
        if i > 0 and i - 1 not in keep:
            lent = _lent(sentences, signals, i, keep)
            if lent is not None:
                keep[lent[0]] = lent[1]
    return sorted(keep.items())


TERSE_TOPIC = 2  # words of "plot" in "director? plot": a second question said as its topic alone
_TOPICS = frozenset(
    "plot story storyline synopsis summary premise genre soundtrack score music composer tracks songs scenes "
    "characters cast ending".split()
)


def _terse_topic(sentence: Sentence, signals: Signals, i: int) -> bool:
    """ "director? plot": a word or two of the pack's right after a question, asked as a topic of its own."""
    typed = fold(" ".join(sentence.clauses)).split()
    said = [w for w in typed if w not in ("the", "and", "its", "also", "plus")]
    # (not "intense", "sad ending", "great music": the asker's reaction; "Who is Vicky? I forget.": an aside)
    added = typed[:1] in (["also"], ["and"], ["plus"]) and bool(signals.names) and signals.names[i]  # "also entr'acte"
    return 0 < len(said) <= TERSE_TOPIC and (all(w in _TOPICS for w in said) or added) and not signals.chat[i]


def _point(sentences: list[Sentence], signals: Signals) -> int:
    """No sentence asks: the one saying what the asker meant, else the first naming something ("I'd love a
    refresher on the audition."), else the first that asks for something ("I'd love a rundown of the scenes."),
    else the first that is more than chat ("and the one before that. ...")."""
    said = (
        [i for i in range(len(sentences)) if sentences[i].means]
        or [i for i in range(len(sentences)) if signals.names[i]]
        or [i for i in range(len(sentences)) if _asks_for_something_named(sentences, signals, i)]
        or [i for i in range(len(sentences)) if not signals.chat[i]]
    )
    return said[0] if said else 0


def _asks_for_something_named(sentences: list[Sentence], signals: Signals, i: int) -> bool:
    """Does this sentence ask for one of the pack's lists, pointing at nothing before it ("I'd love a rundown of the
    scenes"; not "I'd love a refresher on that scene", nor a bare "I'd love a refresher")?"""
    listed = signals.lists[i] if signals.lists else False
    return sentences[i].requests and not sentences[i].refers and not signals.chat[i] and listed


def _lent(sentences: list[Sentence], signals: Signals, i: int, keep: dict[int, bool]) -> tuple[int, bool] | None:
    """The sentence an asking one needs, if any, and whether it is read whole."""
    if _ACKNOWLEDGES.fullmatch(fold(" ".join(sentences[i - 1].clauses))):
        return None  # "Right, that is it. Who is in that one?": the one talked about, agreed to
    if len(sentences[i].clauses) > 1 and _its_own_anchor(fold(sentences[i].clauses[0])):
        return None  # "That dreamy dance one, what comes just before it?": its "it" is its own first clause
    refers = sentences[i].refers
    if _the_one_before_says_it(sentences, signals, i):
        return (i - 1, True)
    reported = _reported_before(sentences, signals, i)
    if reported is not None:
        return (reported, True)
    titled = _titled_before(sentences, signals, i)
    if titled is not None:
        return (titled, True)
    # "...someone kept referring to Lermontov. I had no idea. Who is he?": the name, not the story
    named = next((j for j in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1) if j in keep or signals.names[j]), None)
    # "...the bit near the end where she's wandering around alone, reading old letters by the window. Which scene is
    # that?": a bare question about a sentence that describes far more than it names reads the description
    if named is not None and named <= i - 1 and _someone_described(sentences[i - 1], sentences[i], signals, i):
        return (i - 1, True)  # "That sounds like an ending. I don't know the man who pushed her. Tell me about him?"
    if refers and named is not None and named not in keep:
        about_a_scene = not sentences[i].someone and signals.bare[i]
        return (named, about_a_scene and bool(signals.content) and signals.content[named] >= DESCRIBES_MUCH)
    return _unnamed_lent(sentences, signals, i, keep)


# "That is the scene.", "yep that is it", "got it": the asker agreeing with the last answer, naming nothing
_ACKNOWLEDGES = re.compile(
    r"(?:(?:yes|yeah|yep|yup|ok|okay|right|perfect|great|ah|oh|exactly) )*"
    r"(?:thats|that is|this is|thats exactly) (?:the one|it|right|the scene|the one i meant|what i meant)"
    r"(?: (?:thanks|thank you))?"
    r"|(?:(?:yes|yeah|ok|okay|ah|oh) )*(?:got it|exactly|perfect)"
)


def _titled_before(sentences: list[Sentence], signals: Signals, i: int) -> int | None:
    """ "We argued all the way home about The Dancer's Choice. She says it's all about Vicky picking the composer
    .... Could you settle it?": a question pointing at a thing ("it", "that scene"), not a person, leans on the
    scene or track titled in full shortly before it, past sentences that name only people."""
    if not signals.titled or not sentences[i].refers or sentences[i].someone:
        return None
    asked = " ".join(sentences[i].clauses).lower()
    if _A_PERSON_OR_PLACE_ASKED.search(asked) is not None:
        return None  # "... Boris was proud. Who was that guy?"; "I love <a track>. ... Which scene is it in?"
    pointed = _THAT_ONE.search(asked)
    wanted = KIND_OF_NOUN.get(pointed["noun"]) if pointed is not None else None
    for j in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
        if signals.titled[j]:
            return j if j < i - 1 and (wanted is None or wanted in signals.titled[j]) else None
        if signals.names[j] and not signals.people_only[j]:
            return None  # the nearest thing named, if any, is what it points at
    return None


_A_PERSON_OR_PLACE_ASKED = re.compile(
    r"\b(?:man|guy|woman|girl|person|lady|character|dude|boy|fellow|bloke)\b|\bwho(?:'s|’s| is| was) (?:that|this)\b"
    r"|\b(?:which|what) (?:scene|part|moment|bit)\b"
)


_ITS_OWN_ANCHOR = re.compile(
    r"(?:(?:ok|okay|so|and|now|anyway|right) )*(?:that|the|this) (?:\w+ ){1,4}(?:one|scene|part|bit|track|song)"
)
# ... not "the one right after that one", "the ending of that scene": placed by what the sentence before told
_PLACED_BY_ANOTHER = frozenset("that this it after before next previous following preceding ending end start".split())


def _its_own_anchor(clause: str) -> bool:
    return _ITS_OWN_ANCHOR.fullmatch(clause) is not None and _PLACED_BY_ANOTHER.isdisjoint(clause.split()[1:])


def _reported_before(sentences: list[Sentence], signals: Signals, i: int) -> int | None:
    """ "A friend asked who played Boris. I fluffed it. Do you happen to know?": the question a hollow one leans
    on, reported in a sentence shortly before it (one naming something, or pointing at nothing before it)."""
    if not signals.hollow_asked or not signals.hollow_asked[i]:
        return None
    guessed = False  # "She asked what comes before X. I said the premiere, ... What is it actually?": her question
    for j in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
        if (
            sentences[j].embeds
            and (signals.names[j] or not sentences[j].refers)
            and (guessed or not sentences[i].refers)
        ):
            return j
        if _GUESSED.match(fold(" ".join(sentences[j].clauses))):
            guessed = True
            continue
        if signals.names[j]:
            return None  # "My friend asked about the audition. But I'm curious about the premiere. Can you tell me?"
    return None


# "I said the premiere", "I guessed the audition and she laughed": the asker's own answer to a question reported
_GUESSED = re.compile(r"(?:(?:and|but|so|well|um|uh) )*(?:i|we) (?:said|guessed|answered|told (?:her|him|them))\b")


def _the_one_before_says_it(sentences: list[Sentence], signals: Signals, i: int) -> bool:
    """Is the sentence just before a question all it asks about, read whole? "The scene I actually wanted was a
    quieter one, where .... Could you describe it?"; "The last of those sounds like a lot. What happens there?" (a
    pick); "we're on scene number three. What happens in that one?" (a place)."""
    refers, before = sentences[i].refers, sentences[i - 1]
    if refers and before.means:
        return True
    if refers and signals.orders and signals.orders[i - 1] and (signals.bare[i] or signals.hollow_asked[i]):
        return True  # "I remember the scene just before it being quieter. What happens in that one?"
    hollow = bool(signals.hollow) and signals.hollow[i]
    if not (refers or hollow) or not signals.picks or not signals.picks[i - 1][1]:
        return False
    # a place is what a question about a scene asks of, not one about a person or a track ("The first scene is
    # amazing. What is the name of the composer she falls for?")
    asked = " ".join(sentences[i].clauses).lower()
    return not signals.places[i - 1] or not sentences[i].someone and _ASKS_A_PERSON_OR_MUSIC.search(asked) is None


_ASKS_A_PERSON_OR_MUSIC = re.compile(r"\b(?:who|whom|whose|name|track|song|music|tune|piece|score|composer)\b")


def _unnamed_lent(
    sentences: list[Sentence], signals: Signals, i: int, keep: dict[int, bool]
) -> tuple[int, bool] | None:
    """What a question leans on when no sentence before it names anything: a description, a list, or (for a
    bare "which one is that?") the sentence just before."""
    source = _described_in(i, signals, keep) if _leans(sentences[i], signals, i) else None
    if source is not None and not _same_kind(sentences[i], sentences[source]):
        source = None  # "My brother hated the ballet music. Can you walk me through that part again?": not it
    if source is None and i - 1 not in keep and _someone_described(sentences[i - 1], sentences[i], signals, i):
        source = i - 1  # "And the woman who falls for him, I'd like to describe her. Who is she?": that woman
    if source is not None:
        return (source, True)
    if signals.lists and signals.lists[i - 1] and not signals.lists[i] and sentences[i].plural:
        return (i - 1, True)  # "... the full rundown of scenes, in order. Would you mind listing them?"
    return (i - 1, False) if sentences[i].refers and signals.bare[i] else None


def _same_kind(question: Sentence, told: Sentence) -> bool:
    """Does what the question points at ("that track", "that part") fit the sentence it leans on: music for a
    track, a scene (not only music) for a part?"""
    pointed = _THAT_ONE.search(" ".join(question.clauses).lower())
    if pointed is None or pointed["noun"] == "one":
        return True  # "that one": whatever was described
    music = _MUSIC.search(" ".join(told.clauses).lower()) is not None
    if pointed["noun"] in ("track", "song", "piece", "tune", "theme"):
        return music
    return not music or _A_MOMENT.search(" ".join(told.clauses).lower()) is not None


_MUSIC = re.compile(r"\b(?:music|track|song|tune|piece|theme|score|melody|soundtrack|play|plays|played|playing)s?\b")
# "there's a scene I've been thinking about where ...": a scene told, whatever music words its description holds
_A_MOMENT = re.compile(r"\b(?:scene|part|bit|moment|sequence)s?\b(?: \w+['’]?\w*){0,6}? (?:where|when|in which)\b")


def _leans(sentence: Sentence, signals: Signals, i: int) -> bool:
    """Does a question lean on a description before it: hollow ("could you tell me?"), an order of something
    it doesn't name ("There's a scene where she sits alone with her clippings. What comes right before that
    one?"), or who someone is, unnamed ("There's that imperious teacher. Who is he?")?"""
    hollow = signals.hollow and signals.hollow[i] or signals.hollow_asked and signals.hollow_asked[i]
    if hollow or sentence.refers and signals.orders and signals.orders[i]:
        return True  # (hollow but for the asker's reason: "could you walk me through it, since I was away?")
    said = " ".join(sentence.clauses).lower()
    pointer = _THAT_ONE.search(said) or _WHICH_IS_IT.search(said)
    if pointer is not None and pointer.group().endswith(" one") and said[: pointer.start()].endswith("in "):
        pointer = _WHICH_IS_IT.search(said)  # "who is she arguing with in that one?": the scene talked about
    if signals.beside_kinds and signals.beside_kinds[i] <= _POINTER_WORDS and pointer is not None:
        return True  # "... a ticking clock sort of piece under the last game. What's that track called?"
    if sentence.someone and _WHO_SHE_IS.search(said) is not None:
        return True  # "... arguing about the sister. Could you remind me who she is and what her role is?"
    return sentence.someone and _WHO_IS.search(sentence.clauses[0].lower()) is not None


# "that track", "this part": a pointer at something described before, in no words of its own
_THAT_ONE = re.compile(
    r"\b(?:that|this) (?:opening |closing |main |little |first |last )?"
    r"(?P<noun>track|song|piece|tune|theme|part|bit|scene|moment|sequence|one)\b"
)  # "does that opening theme have a name?", "what's that one called?"
# "... a quiet piano bit that plays at night. Which track is that?"
_WHICH_IS_IT = re.compile(
    r"\b(?:which|what) (?:track|song|piece|tune|scene|part|bit|moment|one) "
    r"(?:(?:from|on|in|of) (?:the )?(?:soundtrack|score|album|film|movie) )?(?:is|was) (?:it|that|this)\b"
)  # "... which track from the soundtrack is that?"
_POINTER_WORDS = 1  # words of the pack's a question pointing at "that track" may hold besides kind nouns ("walk")
_WHO_SHE_IS = re.compile(r"\bwho (?:she|he) (?:is|was|really is)\b")


# "... that imperious teacher who keeps telling her to forget everything but ballet. Who is he, according to the
# story?": a "who is he" with no name leans on the description before it
_WHO_IS = re.compile(
    r"^\W*(?:and |so |ok |then )*who(?: is|'s|’s| was| exactly is)? (?:he|she|they|that|this)"
    r"(?: (?:exactly|again|then|actually|really|overall|in the (?:bigger|wider|grand) (?:picture|scheme)"
    r"(?: of things)?|(?:in|of|according to|within) (?:the|this) (?:story|film|movie)))*\W*$"
)


def _someone_described(told: Sentence, question: Sentence, signals: Signals, i: int) -> bool:
    """Does a "who is she?" follow a sentence introducing a person by what they do ("the woman who falls for
    him"), in at least one word of the pack's?"""
    asks = any(
        _WHO_IS.search(clause.lower()) or _WHO_IS_ANY.search(clause.lower()) or _ABOUT_THAT_ONE.search(clause.lower())
        for clause in question.clauses
    )
    if not (question.someone and asks) or not signals.content[i - 1]:
        return False
    return any(_SOMEONE_WHO.search(clause.lower()) or _ONE_THEY_DO_TO.search(clause) for clause in told.clauses)


_SOMEONE_WHO = re.compile(
    r"\b(?:woman|man|guy|girl|boy|lady|gentleman|person|fellow|chap|someone|character|figure|one) (?:who|that)\b"
)
# "the young composer Vicky falls for": someone by what the one named does to them (said as typed: the name capitalised)
_ONE_THEY_DO_TO = re.compile(
    r"\b(?i:woman|man|guy|girl|boy|lady|person|fellow|composer|musician|dancer|teacher|one) [A-Z]\w+(?: [A-Z]\w+)? "
    r"(?:\w+ )?(?i:falls for|fell for|loves|loved|marries|married|adores|works for|answers to|trains with)\b"
)
# "... the demanding one who teaches her. Could you tell me about that man?"
_ABOUT_THAT_ONE = re.compile(
    r"\babout (?:that|this) (?:man|woman|guy|girl|person|lady|fellow|character)\b"
    r"|\btell (?:me|us) (?:a bit |a little |more )?about (?:him|her)\b"  # "the man who pushed her. Tell me about him"
)
# "what's the story with him, who is he and how does he fit in?": who he is, asked among other things
# ... or "which character is that?"
_WHO_IS_ANY = re.compile(
    r"\bwho (?:is|was|’s|'s) (?:he|she)\b|\bwhich (?:character|person) (?:is|was) (?:that|this|he|she)\b"
)

LOOK_BACK = 3  # sentences a bare question may reach back over for what it asks about
DESCRIBES = 2  # words of the pack's own a sentence needs to be that description
DESCRIBES_MUCH = 5  # ... to be read whole when it names an entry too (a name said in passing)


def _described_in(i: int, signals: Signals, keep: dict[int, bool]) -> int | None:
    """ "There's a bit where she's surrounded by other dancers... My friend and I can't agree which scene that
    was. Could you tell me?": the sentence a bare question is about is the one before it holding the most of
    the pack's words (the nearest of equals), when one holds enough."""
    best, most = None, DESCRIBES - 1
    for j in range(i - 1, max(-1, i - 1 - LOOK_BACK), -1):
        if j in keep or signals.chat[j]:
            continue
        if signals.content[j] > most:
            best, most = j, signals.content[j]
    return best
