"""The first stage: a question's words, folded, spelling-corrected, stemmed and weighed, once per question.

Every later stage reads the `Tokens` made here. A part of the question (the anchor of "what comes after X")
or the question with a pronoun replaced by a name is cut from the same tokens, never read again.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from rapidfuzz import fuzz

from . import sentences
from .cues import NAMING_CUES, PERSON_NOUN_WORDS, PRONOUN_FORMS, RELATION_WORDS, TITLE_NOUNS
from .english import is_common_word
from .index import Entry, Index
from .intents import may_ask_a_fact
from .setting import FilmSetting, person_of_the_film
from .text import fold, is_significant, stem, term
from .text import words as question_words
from .tuning import TUNING, Tuning
from .vocabulary import WEAK_WORDS

WORD_CACHE = 50_000  # words remembered with their reading (cleared when full: memory stays bounded)
QUESTION_CHARS = 1000
LIST_NOUNS = frozenset("scenes tracks songs pieces characters people".split())
ORDER_WORDS = frozenset("after before next previous then following follows earlier later".split())
ORDER_VERBS = frozenset("come comes came coming go goes went happen happens happened".split())  # "what comes after"
KIND_WORDS = {"scene": frozenset("scene part bit moment".split()), "track": frozenset("track song piece tune".split())}


def fits(entry: Entry, pronoun: str) -> bool:
    """Can this pronoun mean this character (as the pack states their pronoun, if it does)?"""
    stated = getattr(entry.subject, "pronoun", None)
    return stated is None or stated in (pronoun, "they")


# longer questions are read up to here: nothing past it changes the answer
_END_UP = frozenset({"end", "ends", "ended", "ending"})


class Word(NamedTuple):
    """One word of a question: as corrected, and (when it can tell entries apart) its stem, term and weight.
    A named tuple: a question makes a dozen of these, and they are reused for words seen before."""

    text: str
    typed: str = ""  # as typed (slang expanded), before spelling correction
    stem: str = ""  # empty: not significant
    term: str = ""
    weight: float = 0.0
    clause: bool = False  # the first word of a clause (after a comma, colon, dash or a sentence end)


@dataclass(frozen=True, slots=True)
class Tokens:
    words: tuple[str, ...]  # folded words after slang, stopwords kept (for cues and intents)
    terms: tuple[tuple[str, float, str], ...]  # (index term, weight, stem as typed) of the significant words
    stems: tuple[tuple[str, float], ...]  # (stem, weight): the words as typed, before synonyms
    corrected: str  # the normalised question with spelling fixed, for the recognisers' patterns
    typed: str  # the normalised question as typed (slang expanded)
    term_set: frozenset[str] = frozenset()
    stem_set: frozenset[str] = frozenset()
    named: dict[int, float] = field(default_factory=dict)  # entries whose whole name it holds -> name bonus
    parts: tuple[Word, ...] = ()  # each word's reading, to cut parts of the question without reading it again
    disowned: bool = False  # the message says it is not about the film: "sorry, this isn't about the movie, but"

    @property
    def clauses(self) -> tuple[int, ...]:
        """Where each clause after the first starts (word positions)."""
        return tuple(i for i, part in enumerate(self.parts) if part.clause and i)


_KIND_NOUNS = frozenset().union(*KIND_WORDS.values())
_IF_LISTED = frozenset("listed list find".split())  # "if it's listed", "so I can find it": the asker's
_ONLY_IN_IT = frozenset(("character", "film"))  # what a description may name and still be about a scene or a track
# what "that piece of music from the soundtrack" says besides pointing: nothing
_POINTER_NOUNS = _KIND_NOUNS | frozenset("music soundtrack score film movie theme".split())
# ... nor "does that opening theme have a name?": where it plays, and the asking for its name
_POINTER_FRAME = frozenset("opening closing main name called titled".split())
_ONLY_POINTING = _POINTER_NOUNS | _IF_LISTED | _POINTER_FRAME
# "unrelated, but who wrote the score?", "unrelated, what's the genre?": still a question of the pack's
_FILM_LEVEL = frozenset("genre themes theme character characters protagonist about plot story storyline".split())
_ENTRY_NOUNS = _KIND_NOUNS | LIST_NOUNS | NAMING_CUES | _FILM_LEVEL
POINTING = frozenset("that this".split())
PLACING = frozenset("near around towards toward until till".split())  # "near the end": a place, not a title
MULTIWORD = 2  # words of a name said whole enough to be what "that scene" points at
STORY_WORDS = 3  # significant words a clause needs to be a story told around the question
UNRELATED_WORDS = 3  # words of the pack's (its own "completely", "watch", "time" too) an "unrelated, but ..." may hold
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten first second third fourth fifth sixth seventh eighth ninth "
    "tenth last".split()
)


_BECAUSE = frozenset("so because since cause cos coz".split())
_ASKER = sentences.FIRST_PERSON - {"me", "were"}  # "because i ...", "so we can ..."
# "..., so they could look up his other films": whose reason a clause of its own gives
_PURPOSE_SUBJECTS = _ASKER | frozenset("they he she you".split())
_SO_I_CAN = frozenset("can could will would might may dont have know get understand remember".split())
_PURPOSE_AFTER = 3  # words a clause asks in before a "so I can ..." may follow


def _the_askers_own(clause: list[Word]) -> bool:
    """A clause the asker tells of themselves: "I got curious and wanted to know more", "we might do a suite"; not
    one asking inside it ("I promised I'd find out who wrote the music") nor describing someone ("I lost track of
    the young man she falls for")."""
    said = {part.text for part in clause}
    return (
        bool(clause)
        and clause[0].text in sentences.FIRST_PERSON
        and said.isdisjoint(_ASKED_INSIDE)
        and said.isdisjoint(PERSON_NOUN_WORDS)
        and said.isdisjoint(_REPORTED)  # "my seatmate said it was based on a novel": what the question asks about
    )


_ASKED_INSIDE = frozenset("what whats which who whos whom how when where why whether if".split())


def _asks_of_a_thing(sentence: sentences.Sentence) -> bool:
    """Does the sentence ask what, which or who, or for something told ("tell me about him"): a question the
    film may answer; not "how can I help her?" or "is that bad for me?"."""
    return not _WHAT_IS_TOLD.isdisjoint(w for clause in sentence.clauses for w in fold(clause).split())


_WHAT_IS_TOLD = frozenset(
    "what whats which who whos whom tell describe explain remind summarise summarize give show list name recap".split()
)


def _about_it(parts: list[Word]) -> bool:
    """ "What's it about, roughly?": the film's plot asked in so many words (no description it leans on)."""
    return _WHAT_IS_IT_ABOUT.match(" ".join(part.text for part in parts)) is not None


_WHAT_IS_IT_ABOUT = re.compile(r"^(?:\w+ ){0,2}?(?:what|whats|wat) (?:is |s )?it (?:\w+ )?about\b")


# A clause about the asking, not the film: "sorry if this is a silly question", "this might sound dumb", "forgive
# me if it's obvious"; "last one, I promise", "one more question", "quick question from a very tired student",
# "hope you're well"
_ABOUT_THE_ASKING = re.compile(
    r"(?:(?:and|but|so|ok|okay|sorry|apologies|forgive me|pardon me|excuse me) )*(?:if )?(?:this|it|that|mine)"
    r" (?:is|s|might be|may be|could be|will be|might sound|may sound|sounds?|seems?)(?: like)? (?:a |an )?"
    r"(?:(?:really|very|bit|little|kind of|super|total) )*(?:silly|dumb|stupid|basic|obvious|naive|odd|weird|"
    r"strange|random|daft|simple|easy)(?: question| one| thing to ask| ask)?"
    r"|(?:(?:ok|okay|and|so|right|then) )*(?:one )?(?:last|final|more|quick|other) (?:one|question|thing|q)"
    r"(?: i promise| for you| from (?:\w+ ){0,4}\w+)?|i promise"
    r"|hope (?:you re|youre|you are|all s|alls|all is|everyone s|everyone is) (?:well|good|okay|ok|doing well)"
    # "one thing I never quite caught, though: who is ...": what the asker missed, said before asking it
    r"|(?:(?:and|but|so|ok|okay) )*(?:one|another|the other|a) (?:thing|bit|detail|part) (?:that )?(?:i|we)"
    r" (?:never|didnt|did not|dont|do not|couldnt|could not|still (?:dont|cant))(?: quite| really| fully)?"
    r" (?:caught|catch|got|get|understood|understand|figured out|worked out|followed|follow)(?: though| tho)?"
    r"|if (?:bots|you) can be (?:well|good|ok)"
)


def _about_the_asking(clause: list[Word]) -> bool:
    return _ABOUT_THE_ASKING.fullmatch(" ".join(part.text for part in clause)) is not None


def _points_at_a_thing(question: list[str]) -> bool:
    """ "what goes on in it?", "what happens in that one?": a pointer at a scene or track named before, asking
    what happens in it (not "who is she?", nor "which track plays there?": a person, or a track in it)."""
    said = set(question)
    if not sentences.PRONOUNS.isdisjoint(said) or not _NOT_WHAT_IT_IS.isdisjoint(said):
        return False
    pairs = {f"{a} {b}" for a, b in zip(question, question[1:], strict=False)}
    return "it" in said or not pairs.isdisjoint(_THING_POINTER_PAIRS)


_THING_POINTER_PAIRS = frozenset(["that one", "this one"])
# "what's the piece he's credited with?" after a credit's name: his track (not "the rest of the score")
_MUSIC_ASKED = frozenset("music piece track song tune credited credit composed wrote".split())
_WHOLE_SCORE = frozenset("score soundtrack rest main whole".split())
_NOT_WHAT_IT_IS = frozenset("who whom whose track song music tune piece score composer".split())


def _from_the_question_inside(clause: list[Word], names: frozenset[str]) -> list[Word]:
    """ "my brother keeps wondering what happens after the audition": the question a clause opens by reporting,
    from its question word, when the few words before only say who asks (no name: "vicky's friend asked ...";
    not "so I know what to look for")."""
    if clause and clause[0].text in _SUBORDINATING:
        return clause  # "since she's now asking what follows it, ...": why a question after it is asked
    for k in range(min(len(clause) - 2, _REPORTED_WITHIN)):
        if clause[k].text not in sentences.REPORTING:
            continue
        at = k + 2 if clause[k + 1].text in _ASKED_OF else k + 1  # "my aunt asked me what ..."
        if at + 1 < len(clause) and clause[at].text in _OPENS_A_QUESTION and clause[at + 1].text != "to":
            # not when the words before name something or place it: "after it I wonder what happens"
            before = [part.text for part in clause[:k]]
            said = any(is_significant(w) and w in names or w in ORDER_WORDS for w in before)
            return clause if said else clause[at:]
    return clause


_ASKED_OF = frozenset("me us him her them".split())
_SUBORDINATING = frozenset("since because as while if when though although".split())
_REPORTED_WITHIN = 7  # words a reported question may open after ("our treasurer wants to know what ...")


_ROLE_WORDS = 3  # words after "about the" that may say who: "about the young aspiring ballerina"


def _without_reasons(sentence: list[list[Word]]) -> list[Word]:
    """A sentence's words but for the asker's reason: "could you help with either, so I'm ready for Sunday?"."""
    return [
        part
        for k, clause in enumerate(sentence)
        if not k or not _a_purpose(clause) and not _ruled_out(clause)
        for part in clause
    ]


def _a_place_said(parts: list[Word]) -> bool:
    """Does a sentence say a place in the film ("scene number three"), not a pick from a list?"""
    text = " ".join(part.text for part in parts)
    return _PICK_SAID.search(text) is None and _PLACE_SAID.search(text) is not None


def _back_to(clause: list[Word]) -> bool:
    """ "Back to that piece of music, though: who is it credited to?", "and following on from that, who ...": a
    clause saying only that the thread goes on (not an order: the question after it says what is asked)."""
    said = " ".join(part.text for part in clause)
    return _BACK_TO_IT.fullmatch(said) is not None or _GOING_ON.fullmatch(said) is not None


def _back_to_a_kind_for_its_order(clauses: list[list[Word]]) -> bool:
    """ "ok back to that scene, what comes before it" (a track talked about since): the kind gone back to is what
    the order counts among, so the clause stays."""
    said, asked = {part.text for part in clauses[0]}, {part.text for part in clauses[1]}
    return bool(said & _KIND_NOUNS) and bool(asked & _ORDER_ASKED) and not asked & _KIND_NOUNS - said
    # ("back to that scene, what's the next track": the track list, as before)


_BACK_TO_IT = re.compile(
    r"(?:(?:ok|okay|so|anyway|anyways|but|and|right|alright|now) )*(?:going |go |getting |get )?back to "
    r"(?:that|this|the|it)(?: (?:piece of music|piece|track|song|tune|music|scene|part|bit|moment|one"
    r"|(?:film|movie|story)(?: as a whole| itself| in general| overall)?))?"  # "going back to the film as a whole"
    r"(?: (?:though|then|again|now|for a moment|for a second))?"
)


_GOING_ON = re.compile(
    r"(?:(?:ok|okay|so|and|but|right|alright|now|then) )*"
    r"(?:following (?:on )?(?:from|up on) (?:that|this|it)|further to (?:that|this)"
    r"|on (?:that|this|a related|a similar|a separate|a different|a side) note|speaking of (?:which|that)"
    r"|with (?:that|this) in mind|in (?:that|which) case)(?: (?:though|then|again|too|as well))?"
)


def _for_this_film(clauses: list[list[Word]]) -> bool:
    """ "For this one, which scene is second to last?": a clause of its own saying the film talked about, before a
    question about one of its scenes or tracks ("for this movie, what happens?" asks about the film itself; "in
    this one, what does he tell her?" about the scene talked about)."""
    said = [part.text for part in clauses[0]]
    if said not in (["for", "this", "one"], ["for", "this", "film"], ["for", "this", "movie"]):
        return False
    return any(part.text in _KIND_NOUNS for clause in clauses[1:] for part in clause)


# "walk me through it": describe it; said with "through", these words ask
_ASKING_THROUGH = sentences.ASKING | frozenset("walk talk run take through".split())


def _a_purpose(clause: list[Word]) -> bool:
    """ "..., then, so that I at least have something to say": a clause of its own giving the asker's reason."""
    said = [part.text for part in (clause[1:4] if clause[:1] and clause[0].text == "just" else clause[:3])]
    said += ["", "", ""]
    so_that = said[0] == "so" and said[1] == "that" and said[2] in _ASKER
    # ", because she likes to put the year next to each title": why someone asks (not ", because she wanders ...")
    because = said[0] in _BECAUSE_WORDS and (
        said[1] in _ASKER or said[1] in _PURPOSE_SUBJECTS and said[2] in _THEIR_REASON
    )
    # ", since I was pouring drinks for half of it", ", since several people in the class said it was ...": why
    since = said[0] == "since" and (said[1] in _ASKER or not _REPORTED.isdisjoint(p.text for p in clause[:_SAID_BY]))
    because = because or since
    ready = said[0] == "so" and said[1] in _I_AM  # ", so I'm ready for the rematch next Sunday"
    return (
        so_that
        or because
        or ready
        or _ours(clause)
        or said[0] == "so"
        and said[1] in _PURPOSE_SUBJECTS
        and said[2] in _SO_I_CAN
    )


def _ours(clause: list[Word]) -> bool:
    """ ", since that's where our conversation started", ", since half of us were off getting snacks": a reason
    about the askers themselves."""
    said = [part.text for part in clause[:7]]
    if said[:1] == [] or said[0] not in _BECAUSE:
        return False
    return said[1:2] == ["that"] and not _ASKER.isdisjoint(said[3:7]) or said[2:4] in (["of", "us"], ["of", "them"])


_BECAUSE_WORDS = _BECAUSE - {"so", "since"}
_SAID_BY = 8  # words of ", since several people in the class said ..." before who says it
_THINKS = frozenset(
    "thinks thought likes liked wants wanted says said believes insists swears claims needs loves hates".split()
)
# what someone said of it ("my seatmate said ..."; not "I wanted to know more": the asker's own)
_REPORTED = frozenset("said says say told tells thinks thought claims claimed swears swore insists insisted".split())
_THEIR_REASON = _THINKS | _SO_I_CAN | frozenset("never always doesnt didnt cant couldnt wont".split())


def _without_purpose(clause: list[Word]) -> list[Word]:
    """ "what happens in it so I can win the argument at work": the asker's reason says nothing the
    answer needs (and its words would only pull the question elsewhere)."""
    said = [part.text for part in clause]
    if _BECAUSE.isdisjoint(said[_PURPOSE_AFTER:]):
        return clause
    for k in range(_PURPOSE_AFTER, len(said) - 1):
        that = said[k + 1] == "that" and said[k + 2 : k + 3] and said[k + 2] in _ASKER
        # "... because he can never keep names straight": someone's reason too (not "because she wanders ...")
        theirs = said[k + 1] in _PURPOSE_SUBJECTS and said[k + 2 : k + 3] and said[k + 2] in _THEIR_REASON
        if (
            said[k] in _BECAUSE
            and (said[k + 1] in _ASKER or that or theirs or _ours(clause[k:]))  # "since half of us were off ..."
            and set(said[:k]) & sentences.ASKING
        ):
            return clause[:k]
    return clause


_WHEN = frozenset("before after when while once until".split())


def _askers_time(clause: list[Word]) -> bool:
    """ "before I meet my cousin on Friday": when the asker will do something, not a question; ", and then I'll
    ask about what follows": what the asker will ask later, not now."""
    said = [part.text for part in clause[:2]]
    if len(said) == 2 and said[0] in _WHEN and said[1] in _ASKER:
        return True
    if not clause or clause[0].text not in _THEN:
        return False  # ("I'll ask about the premiere night then: what happens in it?" asks now)
    plan = [part.text for part in clause if part.text not in _THEN][:3]
    will = 1 if plan[:1] == ["ill"] else 2 if plan[:2] in (["i", "will"], ["i", "ll"]) else 0
    return bool(will) and plan[will : will + 1] in _ASK_LATER


_I_AM = frozenset("im were".split())  # "so I'm ready", "so we're not lost" (apostrophes folded away)
_THEN = frozenset("and then so afterwards after later".split())
_ASK_LATER = (["ask"], ["leave"], ["come"], ["get"], ["check"], ["follow"])  # "and then I'll ask about what follows"


def _ruled_out(clause: list[Word]) -> bool:
    """ "the one who wrote the music, not somebody in the story": a clause saying what is not meant; ", since I
    want to write a note on it", ", just so I can mention it": the asker's reason."""
    said = [part.text for part in clause[:4]]
    if said[:1] == ["just"]:
        said = said[1:]
    reason = len(said) > 2 and said[0] in _BECAUSE and said[1] in _ASKER
    reason = reason and (said[0] != "so" or said[2] in _SO_I_CAN)  # not "so I should mention her rival"
    return reason or said[:1] == ["not"] or said[:2] in (["but", "not"], ["rather", "than"], ["instead", "of"])


_NAYS = frozenset("no nah nope wrong".split())
_TIMES_OF_DAY = frozenset("morning afternoon evening night day".split())
_OPENS_A_QUESTION = frozenset("who whos what whats which where when how".split())
_ARTICLES = frozenset("the a an".split())
# Words that ask nothing of their own: "sorry about that, could you tell me about that one instead?"
HEDGES = sentences.CHATTER | frozenset(
    "instead again exactly actually really though briefly quickly more help either whichever rundown ideally "
    "preferably".split()
)  # "could you help with either?": no word of its own
# A pick said inside a sentence, as one: "the second one you listed", "the very last one on your list", "number four"
_PICK_SAID = re.compile(
    r"\b(?:the )?(?:very )?(?:first|(?:second (?:to|from) )?last|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"middle|final|"
    r"penultimate) (?:one (?:of those|of them|of these|on (?:that|the|your) list|from (?:that|the|your) list|"
    r"in (?:that|the|your) list|you listed|you mentioned|you gave|you showed)|of (?:those|them|these))\b"
    r"|(?<!scene )(?<!track )(?<!song )\bnumber (?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
    # "she's curious about the second one, since ...": an ordinal past the first, not describing ("the second one
    # where she ...")
    r"|\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|middle|penultimate) one\b"
    r"(?! (?:where|when|with|in which|that|who|of the film|of the movie)\b)"
)
# "... and this week we're assigned to cover scene number three. What happens in that one?": a place in the film
_PLACE_SAID = re.compile(
    r"\b(?:scene|track|song) (?:number |no |#)?(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
    r"|\bthe (?:very )?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(?:second )?(?:to )?last|"
    r"penultimate|final) (?:scene|track|song)\b"
)
_PICK_OPENING = re.compile(
    r"^(?:(?:and|so|ok|okay|well|then|now) )*(?:the )?(?:first|last|second|third|fourth|fifth|middle|final|"
    r"penultimate)(?: one)?(?: (?:of those|of them|of these|on that list|on the list|from that list|in that list|"
    r"you listed|you mentioned))?\b"
)


def pick_span(parts: list[Word]) -> tuple[int, int]:
    """Where a pick from a list is said in this sentence, as word positions (start, end): one it opens with ("the
    last of those sounds like a lot" -> (0, 4)), else one said inside as a pick ("tell me more about the second one
    you listed", "I'd like to highlight number four"), or a place in the film ("we're on scene number three"); (0, 0)
    when there is none, or only "the first" and nothing saying it is of a list, or a place said as the edge of
    another ("between that collapse and the final scene", "not the very last scene")."""
    text = " ".join(part.text for part in parts)
    found = _PICK_OPENING.match(text)
    if found is not None and re.search(r"\b(?:one|those|them|these|list|listed|mentioned)$", found.group()):
        return (0, len(found.group().split()))
    inside = _PICK_SAID.search(text)
    if inside is not None and _AFTER_IT.intersection(text[: inside.start()].split()[-_PLACED_REACH:]):
        return (0, 0)  # "the scene right after the seventh one": placed by it, not the pick
    if inside is None:
        inside = _PLACE_SAID.search(text)
        if inside is None:
            return (0, 0)
        before = text[: inside.start()].split()
        claimed = before[-1:] and before[-1] in _CLAIMED and inside.group().startswith("the ")  # not "is scene 4"
        if _PLACED_BY.intersection(before[-_PLACED_REACH:]) or claimed:
            return (0, 0)
    start = len(text[: inside.start()].split())
    return (start, start + len(inside.group().split()))


_PLACED_BY = frozenset("between before after and not than from until till wasnt isnt".split())
_PLACED_REACH = 3  # words before a place said that may make it the edge of another
_AFTER_IT = frozenset("between before after than from until till".split())  # "right after the seventh one"
_CLAIMED = frozenset("is s was".split())  # "... where she collapses, is the very last scene": another's place


DESCRIBED_NOUNS = frozenset("scene part bit moment one sequence".split())
DESCRIBING = frozenset("where when with in that".split())


def _described_further_on(words: list[str]) -> list[int]:
    """Where a description starts that says where first: "the very beginning, where she dances ..." (a place in
    the film), "the part near the end where ..." (a few words placing it before its "where")."""
    at = [n for n in range(len(words) - 1) if words[n] in _PLACES_IN_IT and words[n + 1] in _WHERE_WHEN]
    placed = (
        n
        for n in range(len(words) - 2)
        if words[n] in DESCRIBED_NOUNS and _WHERE_WHEN & set(words[n + 2 : n + 2 + _NOUN_TO_WHERE])
    )
    return at[:1] or list(itertools.islice(placed, 1))


def described_part(sentence: list[list[Word]], describing: frozenset[str] = DESCRIBING) -> list[list[Word]]:
    """Of a story around a description, the description: "we had a watch party, and someone missed the part
    where the whole family crawls around the inn" -> "the part where the whole family ...". The whole sentence
    when it has no "the part where" (with `describing` one of the words after the noun)."""
    words = [part.text for clause in sentence for part in clause]
    at = [n for n in range(len(words) - 1) if words[n] in DESCRIBED_NOUNS and words[n + 1] in describing]
    at = at or _described_further_on(words)
    if not at:
        return _where_clause_on(sentence)
    # the first "the scene where/when ..." (not a later "the most terrifying moment in the film")
    skip = _with_its_order(words, next((n for n in at if words[n + 1] in _WHERE_WHEN), at[-1]))
    kept: list[list[Word]] = []
    for clause in sentence:
        if skip >= len(clause):
            skip -= len(clause)
            continue
        if kept and clause[0].text in _BECAUSE:
            break  # "..., because she thinks it's the most terrifying": what someone thinks of it
        kept.append(clause[skip:])
        skip = 0
    return kept


def _with_its_order(words: list[str], at: int) -> int:
    """ "I'm trying to find the scene right before the one where ...": the description from the scene it is
    ordered against, so the order stays with it (`at`: where "the one where" starts)."""
    start = at - 1 if at and words[at - 1] == "the" else at
    order = start - 1
    if order < 0 or words[order] not in _ORDER_BESIDE:
        return at
    while order and words[order - 1] in _CLOSE_BY:
        order -= 1
    return order - 1 if order and words[order - 1] in DESCRIBED_NOUNS else at  # (not "I'm after the scene where")


def _ordered_against_a_description(sentence: list[list[Word]]) -> bool:
    """ "I'm looking for the part just before the one where she collapses": a scene said by its order from a
    scene described."""
    words = [part.text for clause in sentence for part in clause]
    return any(
        words[n] in DESCRIBED_NOUNS and words[n + 1] in _WHERE_WHEN and _with_its_order(words, n) != n
        for n in range(len(words) - 1)
    )


_ORDER_BESIDE = frozenset("before after following preceding".split())
_CLOSE_BY = frozenset("right just immediately directly".split())
_WHERE_WHEN = frozenset({"where", "when"})
_PLACES_IN_IT = frozenset("beginning start opening end ending finale middle".split())
_NOUN_TO_WHERE = 3  # words of "near the end" between "the part" and its "where"


def tells_a_part(words: tuple[str, ...] | list[str]) -> bool:
    """ "the bit where ...", "the moment when ...": the question describes a part of the film in its own words."""
    return any(w in DESCRIBED_NOUNS and n in _TELLING for w, n in zip(words, words[1:], strict=False))


def retells(words: tuple[str, ...], long_enough: int) -> bool:
    """Does the question retell part of the film in the asker's own words: "the bit where ...", "when she storms
    in with ...", a few words that ask nothing ("heated argument, he won't let her quit, she's trapped"), or a
    message `long_enough` to tell what it remembers ("I remember a scene early on ...")?"""
    said = [w for w in words if w not in sentences.CHATTER]
    opens = said[:1] and said[0] in _WHERE_WHEN and said[1:2] and said[1] in _TOLD_OF
    telegram = len(said) >= TELEGRAM_WORDS and said[0] not in sentences.ASKING and said[0] not in _ASKING_FOR
    return bool(opens) or telegram or len(words) >= long_enough or tells_a_part(words)


_TOLD_OF = frozenset("she he they her his".split())
_ASKING_FOR = frozenset("i im please pls help set find show give recommend best".split())  # a request, not a story
TELEGRAM_WORDS = 6  # words of a few-word retelling that asks nothing ("poison in water, cows dead, sheriff looks")
_ONE_PERSON = frozenset("he she him her his hers who whos".split())
_TELLING = _WHERE_WHEN | {"with", "that"}  # "the scene with the speech", "the part that ..."


def _from_the_list(sentence: list[list[Word]]) -> list[list[Word]]:
    """A sentence lent to "could you list them?" from the clause naming what to list ("I'm hosting a screening
    next Friday, nothing fancy, and I'd love a rundown of the scenes" -> "... a rundown of the scenes")."""
    start = next((k for k, clause in enumerate(sentence) if any(part.text in LIST_NOUNS for part in clause)), 0)
    return sentence[start:]


def _where_clause_on(sentence: list[list[Word]]) -> list[list[Word]]:
    """ "There's this part I remember from seeing it as a teenager, where she's dancing ...": before a clause
    opening with "where" after one that says "part" or "scene", the clauses telling the asker's own story are
    no part of the description."""
    said = False
    for k, clause in enumerate(sentence):
        if k and said and clause[0].text in _WHERE_WHEN:
            return [c for c in sentence[:k] if not _askers_story(c)] + sentence[k:]
        said = said or any(part.text in DESCRIBED_NOUNS for part in clause)
    return sentence


def _askers_story(clause: list[Word]) -> bool:
    """ "this part I remember from seeing it as a teenager": the asker's words, not what they mean ("I mean")."""
    said = [part.text for part in clause]
    return bool(_ASKER & set(said)) and not sentences.says_what_was_meant(said)


LONG_MESSAGE = 15  # words of a one-sentence message long enough to tell a story before its question


def _relative_of(clause: list[Word], following: list[Word]) -> bool:
    """Does `following` open a relative clause ("who took me there") about the noun `clause` ends with ("my uncle")?"""
    mine = len(clause) > 1 and clause[-2].text in ("my", "our")  # "my uncle", not "hi friend"
    opens = mine and bool(following) and following[0].text in _RELATIVES and clause[-1].text in _SOMEONE_OF_MINE
    return opens and following[1:2] != [] and following[1].text not in _ASKS_WHO_THEY_ARE  # not "..., who is julian"


_RELATIVES = frozenset("who whom whose which".split())
_ASKS_WHO_THEY_ARE = frozenset("is s was are were does did do".split())
# the asker's people a story names: "my uncle, who ...", "my friend, who ..."
_SOMEONE_OF_MINE = frozenset(
    """uncle aunt friend friends sister brother mum mom mother dad father partner wife husband cousin grandma grandpa
    grandmother grandfather son daughter kids roommate flatmate boyfriend girlfriend colleague coworker boss neighbour
    neighbor teacher students class group""".split()
)


_ORDER_ASKED = frozenset("after before next following previous preceding".split())
_WHO = frozenset("who whos whom whose".split())


def _pointed_by(entries: list[Entry], pronouns: list[str], words: set[str]) -> tuple[int, ...]:
    """The named people a question's "he" or "she" can mean (the first pronoun that fits someone: "which scenes
    name him, so I can tell her": him), or the tracks when it asks a credit: "I found the name Walter Goehr in my
    notes. What's the piece he's credited with?" (not "is he the one who composed the rest of the score?")."""
    track = words & _MUSIC_ASKED and not words & _WHOLE_SCORE
    credited = tuple(e.id for e in entries if e.kind == "track") if track else ()
    for pronoun in pronouns:
        people = tuple(e.id for e in entries if e.kind == "character" and fits(e, pronoun))
        if people or credited:
            return people or credited
    return ()


def _ordered_name(clause: list[Word], stems: set[str]) -> list[Word]:
    """ "I want to argue that the scene just before that final one sets up the ending. What goes on in that one?":
    the order said just before a name is lent with it ("before that final one"), not the name alone."""
    first = next((k for k, part in enumerate(clause) if part.stem in stems), None)
    if first is None:
        return []
    start = next((j for j in range(first - 1, max(-1, first - ORDER_REACH - 1), -1) if clause[j].text in _SIDES), None)
    if start is None:
        return []
    said = [part.text for part in clause[:start] if part.text not in _JUST]
    if said[-1:] and said[-1] not in _ONE_OF_THEM:
        return []  # "we're stopping right before the big debut": the asker's, not a scene placed by it
    end = first + 1
    while end < len(clause) and (clause[end].stem in stems or clause[end].text in _ONE_OF_THEM):
        end += 1
    return [clause[start]._replace(clause=True), *clause[start + 1 : end]]


_SIDES = frozenset("before after".split())
_ONE_OF_THEM = frozenset("one scene part bit moment sequence".split())
_JUST = frozenset("just right directly immediately straight".split())
ORDER_REACH = 3  # words between "before" and the name it places: "before that final one", "after the very first"


def _relation_after(said: list[str], name: str) -> int | None:
    """Where a relation word follows a name's possessive ("vickys instructor", "vicky s instructor"), if it does."""
    for k, word in enumerate(said[:-1]):
        if word == name + "s" and said[k + 1] in RELATION_WORDS:
            return k + 1
        if word == name and said[k + 1] == "s" and said[k + 2 : k + 3] and said[k + 2] in RELATION_WORDS:
            return k + 2
    return None


class Tokeniser:
    """Reads questions against one pack's index (its spelling vocabulary, term weights and names)."""

    def __init__(self, index: Index, tuning: Tuning = TUNING) -> None:
        self.index = index
        self.tuning = tuning
        self._seen: dict[str, Word] = {}  # each word's reading, as typed -> Word; bounded by WORD_CACHE
        self._setting = FilmSetting(index, tuning.typo_similarity)
        # what a story may call someone: "the girl", "the sister", "the young ballerina" (the page's own words for
        # its people: not "the rival" in a pack where no one is called one)
        self._someone_nouns = PERSON_NOUN_WORDS | {w for words in index.role_words.values() for w in words}
        # the last message's sentences: a long message is split for its reading and again for `narrower` (one
        # entry, keyed by the message: answers run one at a time on the event loop, as `_seen` is used)
        self._last_split: tuple[str, tuple[sentences.Sentence, ...]] = ("", ())
        names = [name.split() for entry in index.entries for name in entry.names]
        self._name_words = frozenset(word for name in names for word in name)
        self._name_ends: dict[str, set[str]] = defaultdict(set)  # a name's word -> the words after it in names
        for name in names:
            for first, second in zip(name, name[1:], strict=False):
                self._name_ends[first].add(second)

    def tokenise(self, question: str) -> Tokens:
        """Normalise, expand chat slang, fix spelling and weigh the significant words of the sentences that ask."""
        found = self.split_sentences(question)
        if len(found) == 1 and len(found[0].clauses) == 1:  # most questions: nothing to choose between
            tokens = self._assemble(self._without_greeting(self._clause(found[0].clauses[0])))
        else:
            read = [[self._clause(clause) for clause in sentence.clauses] for sentence in found]
            clauses = self._chosen(found, read) if len(read) > 1 else read[0] if read else []
            tokens = self._assemble([part for clause in self._asking_clauses(clauses) for part in clause])
        if sentences.may_disown(question) and self._disowns(question[:QUESTION_CHARS], tokens):
            tokens = replace(tokens, disowned=True)
        return tokens

    def _disowns(self, question: str, tokens: Tokens) -> bool:
        """Does the message say it is not about the film ("this isn't about the movie, but ...", or "unrelated,
        but ..." before few words of the pack's and no kind of entry)?"""
        if sentences.DISOWNS.search(question) is not None:
            return True
        if sentences.UNRELATED.search(question) is None and sentences.LOOSELY_DISOWNS.search(question) is None:
            return False
        return self._content(list(tokens.parts)) <= UNRELATED_WORDS and _ENTRY_NOUNS.isdisjoint(tokens.words)

    def split_sentences(self, question: str) -> list[sentences.Sentence]:
        """The question's sentences, with where it is set said in passing read as such (setting.py)."""
        if self._last_split[0] != question:
            said = self._setting.read(person_of_the_film(question[:QUESTION_CHARS]))
            self._last_split = (question, tuple(sentences.split(said)))
        return list(self._last_split[1])

    def narrower(self, question: str, tokens: Tokens) -> Tokens | None:
        """The sentences that ask, without the sentences lent to them, when that is less than `tokens` read:
        a second reading for a long message whose story drowned its question."""
        found = self.split_sentences(question)
        asked = [s for s in found if s.asks] or [s for s in found if s.embeds]
        if not asked or len(found) < 2 and (len(asked[0].clauses) < 2 or len(tokens.words) < LONG_MESSAGE):
            return None
        clauses = [clause for sentence in asked for clause in self._from_the_asking_clause(sentence)]
        narrow = self._assemble([part for clause in self._asking_clauses(clauses) for part in clause])
        return narrow if narrow.words != tokens.words and narrow.words else None

    def each_sentence(self, question: str) -> list[Tokens]:
        """Each sentence of a message read alone, the latest first, when its question can't stand alone: one that
        asks points back and asks what, which or who ("what happens in it?"), a sentence says what was meant, or
        none asks at all. A question of its own ("do you know any good stretches for tight calves?", "how can I
        help her prepare?") is not answered from the story told around it."""
        found = self.split_sentences(question)
        asking = [s for s in found if s.asks or s.embeds]
        leans = any(s.refers and _asks_of_a_thing(s) for s in asking) or any(s.means for s in found)
        if len(found) < 2 or asking and not leans:
            return []  # ("How can I help her prepare?", "Is she okay, do you think?": the asker's own question)
        return [
            self._assemble(
                [part for clause in self._asking_clauses([self._clause(c) for c in s.clauses]) for part in clause]
            )
            for s in reversed(found)
        ]

    def _from_the_asking_clause(self, sentence: sentences.Sentence) -> list[list[Word]]:
        """ "I've been reading about dream sequences, so I'm curious: what happens in the dream one?": a sentence
        from its first clause after the first that opens with a question word."""
        read = [self._clause(clause) for clause in sentence.clauses]
        start = next((k for k, c in enumerate(read) if k and sentences.opens_asking(p.text for p in c)), 0)
        rest = [part for clause in read[start:] for part in clause]
        return read if self._bare(rest) else read[start:]  # "her love interest, the one who ..., who's that?"

    def _asking_clauses(self, clauses: list[list[Word]]) -> list[list[Word]]:
        """The chosen clauses without what says nothing the answer needs: a greeting before the question ("gm
        all, quick one: who did the soundtrack"), what is not meant (", not the guy in the story"), the asker's
        reason ("so I can prove her wrong"), the asker's own time ("before I meet my cousin, ..."), a story."""
        clauses = self._without_opening([clause for clause in clauses if clause])
        if clauses and clauses[0] and clauses[0][0].text in sentences.CHATTER:
            clauses[0] = self._without_greeting(clauses[0])  # "hey!! quick q whats it about": the second opener too
        clauses = [
            _without_purpose(c) for k, c in enumerate(clauses) if not k or not _ruled_out(c) and not _a_purpose(c)
        ]
        if len(clauses) > 1:
            clauses = [c for c in clauses if not _askers_time(c)] or clauses
        return self._without_story(clauses)

    def _without_opening(self, clauses: list[list[Word]]) -> list[list[Word]]:
        """The clauses after the ones opening the message that say nothing the answer needs: greetings, the asking
        itself, "for this one", "back to that piece of music"."""
        while len(clauses) > 1 and (
            self._chatter(clauses[0])
            or _about_the_asking(clauses[0])
            or _for_this_film(clauses)
            or _back_to(clauses[0])
            and not _back_to_a_kind_for_its_order(clauses)
        ):
            dropped = clauses.pop(0)
            names = any(part.text in self._name_words for part in clauses[0])  # "my friend, who loves julian"
            if len(clauses) > 1 and _relative_of(dropped, clauses[0]) and not names:
                clauses.pop(0)  # "but my uncle, who took me to that screening, swore ...": his, dropped with him
        return clauses

    def _without_story(self, clauses: list[list[Word]]) -> list[list[Word]]:
        """ "sorry, a bit flustered because the guests are late: who wrote the score?": a clause telling a
        story in none of the pack's words, before a clause that asks, says nothing the answer needs (its words
        would only make the question look like one about something else)."""
        asking = next(
            (k for k, clause in enumerate(clauses) if k and sentences.opens_asking(part.text for part in clause)), None
        )
        if asking is None:
            return clauses
        # "... I got curious before rehearsals start: who composed the music for the film?": a question saying
        # all it asks in its own words needs none of the asker's own story, whatever words of the pack it holds
        said = [p.text for p in clauses[asking]]
        # (not after ", which would explain ...": a relative clause, no question of its own)
        whole = self._content(clauses[asking]) and not sentences.REFERENCES & set(said) and said[:1] != ["which"]
        return [
            clause
            for k, clause in enumerate(clauses)
            if k >= asking
            or not (self._story(clause) or whole and _the_askers_own(clause) and not self._says_a_name(clause))
        ]

    def _without_the_askers_own(self, sentence: list[list[Word]]) -> list[Word]:
        """A sentence's words without the clauses the asker tells of themselves in none of the pack's names
        ("I loved the tension there, but what happens in it?"), when another clause is left."""
        named = self._name_words
        kept = [
            part
            for clause in sentence
            if not _the_askers_own(clause) or any(p.stem and p.text in named for p in clause)
            for part in clause
        ]
        return kept or [part for clause in sentence for part in clause]

    def _says_a_name(self, clause: list[Word]) -> bool:
        """Does a clause say a word of some entry's name ("I love the entr'acte", "the final decision")?"""
        return any(part.text in self._name_words for part in clause)

    def _story(self, clause: list[Word]) -> bool:
        said = [part.text for part in clause]
        return (
            sum(1 for part in clause if part.stem) >= STORY_WORDS
            and not self._content(clause)
            and not sentences.opens_asking(part.text for part in clause)
            and not (sentences.REFERENCES | ORDER_WORDS) & set(said)
            and not self._names_a_kind(clause)  # "i'm blanking on scene three—what happens in it?"
            and not any(word in _KIND_NOUNS for word in said)  # "thinking about the scene descriptions, which ..."
            and not any(word[:1].isdigit() or word in NUMBER_WORDS for word in said)
        )

    def _without_greeting(self, clause: list[Word]) -> list[Word]:
        """ "ty bot ur the best who composed the score": chatter before a question word, no comma between."""
        start = next((n for n, part in enumerate(clause) if part.text in _OPENS_A_QUESTION), 0)
        said = [part for part in clause[:start] if part.stem or part.text not in _ARTICLES]
        return clause[start:] if start > 1 and self._chatter(said) else clause

    def _chosen(self, found: list[sentences.Sentence], read: list[list[list[Word]]]) -> list[list[Word]]:
        """The clauses of the sentences worth reading (sentences.chosen), a sentence lent for a name cut to it."""
        named = [self._named_in([p for c in sentence for p in c]) for sentence in read]
        signals = self._with_titles(self._signals(read, named), named, read)
        clauses = []
        picked = sentences.chosen(found, signals)
        for n, (i, whole) in enumerate(picked):
            asker = picked[n + 1][0] if n + 1 < len(picked) else i  # the sentence a lent one is read for
            if whole and asker != i:
                clauses += self._lent_whole(read[i], read[asker], named[i], signals, (i, asker), found)
                continue
            meant, related = ((), False) if whole else self._lent_for(named[i], read[i], read[asker], found[asker])
            if meant and _ordered_against_a_description(read[i]):
                clauses += described_part(read[i], _WHERE_WHEN)  # "the part just before the one where she ..."
            elif meant:  # "... Vicky's instructor. Who is he?": the one named, and the relation said of them
                clauses += [self._only_names(clause, meant, relation=related) for clause in read[i]]
            elif whole or signals.bare[asker] or found[i].embeds or self._points_past(named[i], read[i], read[asker]):
                # lent for a name no pronoun of it means; or "... the part where Della stands up at the meeting.
                # What's the scene after that one?": a description, its name of another kind
                # "my flatmate and I argued about the scene where she chooses. What happens in it?": the scene
                if whole or found[i].asks:
                    clauses += read[i]
                else:
                    clauses += (
                        self._the_person_said(read[i], _WHERE_WHEN)
                        if found[asker].someone
                        else (described_part(read[i], _WHERE_WHEN))
                    )
        return clauses

    def _lent_whole(
        self,
        sentence: list[list[Word]],
        question: list[list[Word]],
        named: tuple[int, ...],
        signals: sentences.Signals,
        at: tuple[int, int],
        found: list[sentences.Sentence],
    ) -> list[list[Word]]:
        """A sentence read for the question after it (`at`: their positions): the name of the kind it points at
        ("... it was called The Long Night, I think. What happens in that scene?"), or the pick it says ("The
        last of those sounds like a lot. What happens there?"), or the list it names (", and I'd love a rundown
        of the scenes. Could you list them?"), or of a story only its description, or all of it."""
        i, asker = at
        told = [part.text for clause in sentence for part in clause]
        pointed = self._pointed_at(named, told, [part.text for clause in question for part in clause])
        if pointed:
            return [self._only_names(clause, pointed) for clause in sentence]
        pick = signals.picks[i]
        if pick[1]:
            return [[part for clause in sentence for part in clause][pick[0] : pick[1]]]
        asked_of = {part.text for clause in question for part in clause}
        if signals.lists[i] and not signals.lists[asker] and not asked_of & _ONE_PERSON:
            return _from_the_list(sentence)  # not "..., if he's not named in the scenes. What's his role?"
        if found[i].asks:
            return sentence
        return self._the_person_said(sentence) if found[asker].someone else described_part(sentence)

    def _the_person_said(self, sentence: list[list[Word]], describing: frozenset[str] = DESCRIBING) -> list[list[Word]]:
        """Of a story before "who is she?", from the person it says it is about: "we argued all evening about the
        sister, ..." -> "the sister, ..." (or the young ballerina: what the page calls someone); the description
        when it says no one so."""
        for k, clause in enumerate(sentence):
            said = [part.text for part in clause]
            at = next((n for n in range(1, len(said) - 1) if said[n - 1 : n + 1] == ["about", "the"]), None)
            if at is not None and not self._someone_nouns.isdisjoint(said[at + 1 : at + 1 + _ROLE_WORDS]):
                return [clause[at:], *sentence[k + 1 :]]
        return described_part(sentence, describing)

    def _signals(self, read: list[list[list[Word]]], named: list[tuple[int, ...]]) -> sentences.Signals:
        flat = [[p for c in sentence for p in c] for sentence in read]
        return sentences.Signals(
            names=[bool(n) for n in named],
            # (as the asker's own story leaves it: "I loved the tension there, but what happens in it?" is bare)
            bare=[
                self._bare(self._without_the_askers_own(sentence)) and not _about_it(parts)
                for sentence, parts in zip(read, flat, strict=True)
            ],
            chat=[all(self._chatter(clause) for clause in sentence) for sentence in read],
            content=[self._content(parts) for parts in flat],
            beside_kinds=[self._beside_kinds(sentence) for sentence in read],
            hollow=[self._hollow(parts) for parts in flat],
            hollow_asked=[self._hollow(_without_reasons(sentence)) for sentence in read],
            orders=[self._order_of_something_unnamed(_without_reasons(sentence)) for sentence in read],
            picks=[pick_span(parts) for parts in flat],
            places=[_a_place_said(parts) for parts in flat],
            lists=[any(part.text in LIST_NOUNS for part in parts) for parts in flat],
        )

    def _with_titles(
        self, signals: sentences.Signals, named: list[tuple[int, ...]], read: list[list[list[Word]]]
    ) -> sentences.Signals:
        """The signals, with the kinds each sentence titles in full and whether it names only people."""
        entries = self.index.entries
        return replace(
            signals,
            titled=[self._kinds_titled(found, [p for c in s for p in c]) for found, s in zip(named, read, strict=True)],
            people_only=[all(entries[i].kind == "character" for i in found) for found in named],
        )

    def _kinds_titled(self, named: tuple[int, ...], parts: list[Word]) -> frozenset[str]:
        """The kinds of the things (not people) whose titles a sentence says in full: {"scene"} for "... about
        The Dancer's Choice"."""
        told = [part.text for part in parts]
        entries = [self.index.entries[i] for i in named]
        return frozenset(e.kind for e in entries if e.kind != "character" and self._said_in_full(e, told))

    def _beside_kinds(self, sentence: list[list[Word]]) -> int:
        """How many of the pack's words a sentence asks with besides kind nouns and the asker's reasons ("what
        that track is called, so I can find it again")."""
        said = [p for k, c in enumerate(sentence) if not k or not _a_purpose(c) for p in _without_purpose(c)]
        return self._content([p for p in said if p.text not in _ONLY_POINTING])

    def _hollow(self, parts: list[Word]) -> bool:
        """ "could you tell me?": no significant word at all, nor a kind of thing."""
        return not self._own_words(parts) and not self._names_a_kind(parts)

    def _bare(self, parts: list[Word]) -> bool:
        """ "which one is that?": no word of its own but a kind ("what scenes does it have?" asks for a list)."""
        return not any(
            part.stem
            and self.index.knows(part.text)
            or part.text in LIST_NOUNS
            or part.text in TITLE_NOUNS
            or part.text in ORDER_WORDS  # "what comes after that one?" follows the thread, not the story told
            for part in parts
        )

    def _own_words(self, parts: list[Word]) -> bool:
        """Does a sentence hold any significant word besides asking ("remind me what happens?" holds none, nor
        "could you walk me through what happens there?")?"""
        asking = _ASKING_THROUGH if any(part.text == "through" for part in parts) else sentences.ASKING
        return any(part.stem and part.text not in asking and part.text not in HEDGES for part in parts)

    def _order_of_something_unnamed(self, parts: list[Word]) -> bool:
        """ "what comes right before that one?": before or after, and nothing of the pack's named."""
        asks_order = any(part.text in ORDER_WORDS for part in parts)
        said = [part for part in parts if part.text not in ORDER_VERBS]
        return asks_order and not self._content(said) and not self._names_a_kind(parts)

    @staticmethod
    def _names_a_kind(parts: list[Word]) -> bool:
        """ "what's the film about?", "list the scenes": the question names what it asks about."""
        return any(part.text in TITLE_NOUNS or part.text in LIST_NOUNS for part in parts)

    def _content(self, parts: list[Word]) -> int:
        """How many of the pack's own words (as terms of its entries) a sentence holds."""
        return len({part.term for part in parts if part.stem and part.term in self.index.postings})

    def _chatter(self, clause: list[Word]) -> bool:
        """A clause that says nothing about the film: greetings, filler, words neither the pack nor the
        recognisers use ("hola", "gm all", "quick one", "vale"); a lone "no," opens a correction ("no, before it")."""
        if len(clause) == 1 and clause[0].text in _NAYS:
            return False
        previous = ""
        for n, part in enumerate(clause):
            word = part.text
            following = clause[n + 1].text if n + 1 < len(clause) else ""
            said = (
                word in sentences.CHATTER
                or word in sentences.ADDRESS
                or (word == "one" and previous == "quick")
                or (word == "good" and following in _TIMES_OF_DAY)  # "good evening!", whatever "good" means
                or (word in _TIMES_OF_DAY and previous == "good")
            )
            if not said and (
                word in sentences.ASKING
                or word in sentences.PRONOUNS
                or word in NUMBER_WORDS  # "the last one you mentioned": a pick
                or self.index.knows(word)
                or may_ask_a_fact(word)
            ):
                return False  # "awards, and boris?": a question in two words, not a greeting
            previous = word
        return True

    def _clause(self, text: str) -> list[Word]:
        folded = question_words(text)
        parts = []
        seen = self._seen
        for position, raw in enumerate(folded):
            if raw in _END_UP and folded[position + 1 : position + 2] == ["up"]:
                parts.append(Word(raw, raw))  # "end up" means "come to", not the ending
                continue
            found = seen.get(raw)
            if found is None:
                if len(seen) >= WORD_CACHE:
                    seen.clear()
                word, fixed = self.index.lexicon.correct(raw, known_term=term(raw) in self.index.postings)
                found = seen[raw] = self._word(word, fixed, raw)
            if parts and parts[-1].stem and (found.text != raw or found.stem and self._misspelt(raw)):
                found = self._name_goes_on(parts[-1], found)
            parts.append(found)
        if len(parts) > 1:
            parts[-1] = self._name_finished(parts[-2], parts[-1])
        parts = _from_the_question_inside(parts, self._name_words)
        if parts:
            parts[0] = parts[0]._replace(clause=True)
        return parts

    def _misspelt(self, word: str) -> bool:
        """A word neither the pack nor English uses ("choise")."""
        return not self.index.knows(word) and not is_common_word(word)

    def _name_goes_on(self, before: Word, fixed: Word) -> Word:
        """ "the dancers choise": a typo after a name's first word is that name's next word when it is close to one
        (not the word the spelling alone finds: "chose")."""
        ends = self._name_ends.get(before.text, ())
        close = [end for end in ends if fuzz.ratio(fixed.typed, end) >= self.tuning.typo_similarity]
        return self._word(close[0], True, fixed.typed) if len(close) == 1 and close[0] != fixed.text else fixed

    def _name_finished(self, before: Word, last: Word) -> Word:
        """ "the ice cav", "ada bri": a name's last word cut short at the end of a clause (the message sent too
        soon), after its first word, is that name's word when only one name goes on so."""
        cut = last.typed
        if len(cut) < self.tuning.cut_short or last.text in self._name_words or not before.stem:
            return last  # not after "the": "what about the mus" may be the music or a scene
        ends = {second for second in self._name_ends.get(before.text, ()) if second.startswith(cut)}
        return self._word(ends.pop(), True, cut) if len(ends) == 1 else last

    def _named_in(self, parts: list[Word]) -> tuple[int, ...]:
        """The entries (not the film itself) whose whole name this sentence holds."""
        weights = {part.stem: part.weight for part in parts if part.stem}
        total = sum(weights.values())
        found = self._names(weights, total) if total else {}
        return tuple(i for i in found if self.index.entries[i].kind != "film")

    def _meant(self, named: tuple[int, ...], question: list[str], told: list[str]) -> tuple[int, ...]:
        """Of the entries a sentence (`told`) names, those the next sentence's "he", "she" or "it" can mean; none
        when the sentence's description is what the question points at ("there's a scene where ... which is
        it?")."""
        words = set(question)
        entries = [self.index.entries[i] for i in named]
        pronouns = [pronoun for pronoun, forms in PRONOUN_FORMS.items() if words & forms]
        if pronouns:
            pointed = _pointed_by(entries, pronouns, words)
            if pointed or words & _WHO or not words & _ORDER_ASKED:
                return pointed
            # "... the last thing he remembers is The Dream Sequence. What comes after that one, so I can tell
            # him?": "him" is the asker's, "that one" the title said in full
            return self._title_said_whole(entries, words, told)
        asked = {kind for kind, nouns in KIND_WORDS.items() if words & nouns}
        return tuple(e.id for e in entries if e.kind != "character" and (not asked or e.kind in asked))

    def _title_said_whole(self, entries: list[Entry], words: set[str], told: list[str]) -> tuple[int, ...]:
        """The one entry (not a person) whose title the sentence says whole, of the kind the question asks if it
        names one; none when two are said, or two entries share the title."""
        asked = {kind for kind, nouns in KIND_WORDS.items() if words & nouns}
        said = [e.id for e in entries if e.kind != "character" and self._said_in_full(e, told)]
        kinds = {self.index.entries[i].kind for i in said}
        return tuple(said) if len(said) == 1 and (not asked or kinds <= asked) else ()

    def _said_in_full(self, entry: Entry, told: list[str]) -> bool:
        """Does the sentence say this entry's title whole (a title of two words or more, articles aside)?"""
        title = [w for w in entry.names[0].split() if w not in _ARTICLES]
        return len(title) >= MULTIWORD and any(told[n : n + len(title)] == title for n in range(len(told)))

    def _pointed_at(self, named: tuple[int, ...], told: list[str], question: list[str]) -> tuple[int, ...]:
        """Of the entries a sentence (`told`) names by their whole title, the one of the kind the next sentence
        points at ("that scene", "this song"): that title is what it asks about, however much else the sentence
        tells; not one placed by an order word ("the scene just before the final decision. What is that scene?")."""
        pointed = {
            kind
            for before, noun in zip(question, question[1:], strict=False)
            if before in POINTING
            for kind, nouns in KIND_WORDS.items()
            if noun in nouns
        }
        if not pointed and _points_at_a_thing(question):
            pointed = {"scene", "track"}  # "... the part called The Dream Sequence stayed with me. What goes on in it?"
        of_kind = tuple(i for i in named if self.index.entries[i].kind in pointed)
        if len(of_kind) != 1:
            return ()
        for k, name in enumerate(self.index.entries[of_kind[0]].names):
            title = [w for w in name.split() if w not in _ARTICLES]
            at = next((n for n in range(len(told)) if told[n : n + len(title)] == title), None)
            if k and len(title) < MULTIWORD or at is None:
                continue  # a one-word alias ("end", "dream") is too often a word of the story
            placed = set(told[max(0, at - self.tuning.order_reach) : at]) & (ORDER_WORDS | PLACING)
            return () if placed else of_kind
        return ()

    def _lent_for(
        self, named: tuple[int, ...], sentence: list[list[Word]], question: list[list[Word]], asker: sentences.Sentence
    ) -> tuple[tuple[int, ...], bool]:
        """Of the entries a lent sentence names, those the question means (a pronoun's), else the person whose
        relation the sentence says when the pronoun fits no one named ("... Vicky's instructor. Who is he?"), and
        whether it is that relation."""
        told = [part.text for clause in sentence for part in clause]
        meant = self._meant(named, [part.text for clause in question for part in clause], told)
        if meant or not asker.someone:
            return meant, False
        related = self._whose_relation(named, sentence)
        return related, bool(related)

    def _points_past(self, named: tuple[int, ...], sentence: list[list[Word]], question: list[list[Word]]) -> bool:
        """Does the question point at "that scene" ("the scene after that one") when the sentence before describes
        a part ("the part where ...") naming nothing of that kind, only someone in it (not "Julian is so
        charming. What's the scene after that one?")?"""
        told = [part.text for clause in sentence for part in clause]
        described = any(w in DESCRIBED_NOUNS and _WHERE_WHEN & set(told[k + 1 : k + 4]) for k, w in enumerate(told))
        said = [part.text for clause in question for part in clause]
        pointed = {kind for kind, nouns in KIND_WORDS.items() if not nouns.isdisjoint(said)}
        points = any(before in POINTING for before in said)
        kinds = {self.index.entries[i].kind for i in named}
        return described and points and bool(pointed) and kinds <= _ONLY_IN_IT  # (not "The final scene is sad. ...")

    def _whose_relation(self, named: tuple[int, ...], sentence: list[list[Word]]) -> tuple[int, ...]:
        """The person a sentence names just before saying someone's relation to them ("Vicky's instructor")."""
        for clause in sentence:
            said = [part.text for part in clause]
            for i in named:
                entry = self.index.entries[i]
                if entry.kind != "character":
                    continue
                for name in entry.names:
                    if _relation_after(said, name.split()[-1]) is not None:
                        return (i,)
        return ()

    def _only_names(self, clause: list[Word], named: tuple[int, ...], *, relation: bool = False) -> list[Word]:
        """The words of a clause that belong to these entries' names: "someone kept talking about Lermontov"
        lends a following "who is he?" only "lermontov"; with `relation`, the relation said of them too."""
        stems = {s for i in named for terms in self.index.entries[i].name_terms for s in terms}
        placed = all(self.index.entries[i].kind in ("scene", "track") for i in named)  # not "before vicky starts"
        ordered = _ordered_name(clause, stems) if placed else []
        if ordered:
            return ordered
        kept = [part for part in clause if part.stem in stems]
        said = [part.text for part in clause]
        for name in (name for i in named for name in self.index.entries[i].names) if relation else ():
            after = _relation_after(said, name.split()[-1])
            if after is not None:
                kept.append(clause[after])  # "... about Vicky's instructor. Who is he?": her instructor
                break
        if kept:
            kept[0] = kept[0]._replace(clause=True)
        return kept

    def span(self, tokens: Tokens, start: int, end: int) -> Tokens:
        """The tokens of some of the question's words (positions start to end), not read again."""
        return self._assemble(list(tokens.parts[start:end]))

    def cut(self, tokens: Tokens, text: str) -> Tokens:
        """The tokens of a part of the question (`text` is some of its corrected words), not read again."""
        known = {part.text: part for part in tokens.parts}
        return self._assemble([known.get(word) or self._word(word, False, word) for word in text.split()])

    def substitute(self, tokens: Tokens, forms: frozenset[str], name: str) -> Tokens:
        """The question with each of these words (a pronoun's forms) replaced by a name from the pack."""
        named = [self._word(word, False, word) for word in fold(name).split()]
        return self._assemble([new for part in tokens.parts for new in (named if part.text in forms else (part,))])

    def _word(self, word: str, fixed: bool, typed: str) -> Word:
        if not is_significant(word):
            return Word(word, typed)
        t = term(word)
        weight = self.index.idf(t) * (self.tuning.typo_weight if fixed else 1.0)
        if word in WEAK_WORDS:
            weight *= self.tuning.weak_word  # "her big choice": the choice
        return Word(word, typed, stem(word), t, weight)

    def _assemble(self, parts: list[Word]) -> Tokens:
        terms: list[tuple[str, float, str]] = []
        stems: dict[str, float] = {}
        seen: set[str] = set()
        for part in parts:
            if not part.stem:
                continue
            stems.setdefault(part.stem, part.weight)
            if part.term not in seen:
                seen.add(part.term)
                terms.append((part.term, part.weight, part.stem))
        total = sum(weight for _, weight, _ in terms)
        words = tuple(part.text for part in parts)
        named = self._names(stems, total) if total else {}  # found once; every later stage reads it
        if named and _KIND_NOUNS & set(words):
            named = self._said_with_kind(named, " ".join(words))
        return Tokens(
            words,
            tuple(terms),
            tuple(stems.items()),
            " ".join(words),
            " ".join(part.typed for part in parts),
            frozenset(seen),
            frozenset(stems),
            named,
            tuple(parts),
        )

    def _said_with_kind(self, named: dict[int, float], text: str) -> dict[int, float]:
        """ "the confrontation scene was intense, whats it about": a name said with its kind after it is meant,
        whatever else the words describe."""
        padded = f" {text} "
        entries = self.index.entries
        return {
            i: bonus * self.tuning.named_with_kind
            if any(
                f" {name} {noun} " in padded
                for name in entries[i].names
                for noun in KIND_WORDS.get(entries[i].kind, ())  # "the metronome scene": no scene named so
            )
            else bonus
            for i, bonus in named.items()
        }

    def _names(self, weights: dict[str, float], total: float) -> dict[int, float]:
        """Entries whose whole title or alias is in the question (its stems, weighed), with the bonus each earns."""
        entries = self.index.entries
        tuning = self.tuning
        best: dict[int, float] = {}
        for typed in weights:
            for entry_id, position in self.index.names_by_rarest.get(typed, ()):
                entry = entries[entry_id]
                needed = entry.name_terms[position]
                if not all(s in weights for s in needed):
                    continue
                # Longer names are more specific: "the waltz of the flowers" beats "the waltz". A name that
                # is only a small part of the question counts less; for people (often named inside a
                # scene's description) that share is all that counts.
                length = 1.0 + tuning.name_length_bonus * min(len(needed), tuning.name_length_cap)
                share = self._name_share(entry.kind, sum(weights[s] for s in needed) / total)
                bonus = tuning.name_bonus * length * share
                best[entry_id] = max(best.get(entry_id, 0.0), bonus)
        return best

    def _name_share(self, kind: str, share: float) -> float:
        if kind == "character":
            return share
        if kind == "film":
            return self.tuning.film_name_share * share
        base = self.tuning.scene_name_base
        return base + (1.0 - base) * share
