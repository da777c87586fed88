"""Order recognisers: what comes after or before a scene, named in the question, in an earlier clause of it
("the dream one, what comes after it?"), or only in the thread ("and next?").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..sentences import FIRST_PERSON
from ..text import is_significant
from .positions import NTH
from .reading import Heard, Reading, Relation, clause_prefix
from .words import (
    COUNT,
    ELLIPTIC_TRIGGERS,
    NOUN,
    ORDINAL,
    REFERENCES,
    count_of,
    is_order_prefix,
    kind_in,
    noun_kind,
    opens_with_question,
)

RELATION_WORDS: dict[str, Relation] = {
    "after": "next",
    "afterwards": "next",
    "following": "next",
    "follows": "next",
    "follow": "next",
    "followed": "next",
    "succeeds": "next",
    "once": "next",
    "past": "next",
    "later than": "next",
    "before": "prev",
    "preceding": "prev",
    "precedes": "prev",
    "precede": "prev",
    "prior to": "prev",
    "leading up to": "prev",
    "leads up to": "prev",
    "led up to": "prev",
    "lead up to": "prev",
    "leads into": "prev",
    "leading into": "prev",
    "ahead of": "prev",
    "earlier than": "prev",
}

_RELATION = re.compile(
    r"\b(?:(?P<steps>" + COUNT + r") (?:" + NOUN + r" |places? )?)?(?:(?:right|just|directly|immediately|straight) )?"
    r"(?P<relation>" + "|".join(sorted(RELATION_WORDS, key=len, reverse=True)) + r")\b(?P<anchor>.*)$"
)

_BETWEEN = re.compile(r"\bbetween (?P<first>.+?) and (?P<second>.+)$")

_ANCHOR_START = re.compile(
    r"^(?:she|he|they|it|we) (?:s |is |are |re |has |have |ve )?(?:done|finished|through) "
    # "the scene that follows straight after that one": the relation said twice
    r"|^(?:(?:right|just|directly|immediately|straight|on) )*(?:after|on from|from)\b"
)

# "before it being a lot quieter", "after that one was so loud": what the asker remembers of it, said after "it"
_IT_BEING = re.compile(
    r"(?P<it>it|that one|this one|that|this) (?:being|was|seemed|seems|felt|feels|looked|looks|sounded|got)\b"
)

_ANCHOR_END = re.compile(
    r"\b(?:is|was|has|have|s)? ?(?:over|done|finished|(?<!the )(?<!very )ends?|ended|wraps? up|is through)"
    r"(?: (?:what|which|then|and)\b.*)?$"
    r"|\b(?:and|then) (?:what|which|who)\b.*$|\bin the (?:film|movie)\b.*$|\bi mean\b.*$"
    r"|\b(?:(?:is|was|s) )?(?:what|which|is there|are there|there is|there are)\b.*$"  # "before it is which scene"
    r"|\b(?:on|in|from|of) (?:the|that|this|your|my|our) (?:soundtrack|album|score|list)\b.*$|\bas well$"
    r"|\bnot (?:after|before|the|that)\b.*$"
)

# "after she finishes dancing ... what happens there": the clause after "after" is the subject, not an anchor.
_ABOUT_THERE = re.compile(r"\b(?:what|which|who|how|why) \w+ (?:there|in that|at that point)\b")

_WHERE = re.compile(r"\b(?:where|when|in which|during which)\b")

_ANCHOR_PLACEHOLDER = re.compile(r"(?:the |that |this )?(?:one|scene|part|bit|moment|sequence|track|song)")

# Follow-ups that name nothing: "what happens next?", "and after that?", "the previous one?".
_NEXT_WORDS = (
    r"(?:next|after that|after this|after it|afterwards|after|then|later|subsequently|following|"
    r"go on one|skip ahead|one forward|go forward(?: one)?)"
)

_PREV_WORDS = (
    r"(?:previous|previously|before that|before this|before it|before|earlier|prior|preceding|"
    r"go back(?: one)?|back one|one back|step back)"
)

_ELLIPTIC = re.compile(
    r"^(?:(?:and|so|ok|okay|then|alright|right|cool|nice|great|thanks|hmm|oh|well|but|now|wait|hold on|um|uh|"
    r"sorry|actually|hang on|anyway|anyways|btw|lol|yeah|yes|back to it) )*"
    r"(?:(?:what|which|who|wat) (?:happens|happened|comes?|came|is|s|was|goes|scene is|scene comes|one is|"
    r"is the scene|is the one|do we see|did we see|about)? ?)?"
    # "that scene, next?": the one after the scene talked about (not "what's that one, then?")
    r"(?:(?:that|this) (?:scene|one|track|song) (?=next|previous|before|after|following|preceding))?"
    r"(?:(?:in|at) )?(?:(?:the|a) )?(?:(?:scene|one|part|bit|track|song|thing|moment) )?"
    r"(?:(?:right|just|directly|immediately|straight) )?"
    r"(?P<relation>" + _NEXT_WORDS + "|" + _PREV_WORDS + r")"
    r"(?: (?:one|scene|track|song|part|bit|moment))?"
    r"(?: (?:of )?(?:that|this|it|this scene|that scene|that one|this one|this track|that track))?"
    r"(?: (?:then|please|pls|plz|again|after that|in the film|in the movie|what|happens|comes|lol|haha|though|"
    r"too|now))*$"
)

# "and what does it lead into?", "where does the story go to from there": the next one
_LEADS_ON = re.compile(
    r"^(?:(?:and|so|ok|okay|then) )*(?:what|where|which scene) (?:does|did|do) (?:it|that|this|that scene|this scene|"
    r"that one|the story|the film|the movie|things) (?:lead|go|move|cut|jump|head|turn)(?: on)? (?:in)?to\b"
)

_LEADING = frozenset("lead leads go move cut jump head turn".split())

# "two scenes later", "and a scene earlier?": steps from the thread
_STEPS_AWAY = re.compile(
    # "ok leave it. what happens two scenes later after that?": back from a side question
    r"^(?:(?:and|so|ok|okay|then|now|leave it) )*"
    r"(?:what about |(?:what|which) (?:happens|happened|is|was|s|comes|came|scene is|one is) (?:in |at )?)?"
    rf"(?:the scene )?(?P<steps>{COUNT}|a) (?:{NOUN} )?"
    r"(?P<way>later|after|afterwards|on|earlier|before|back)"
    r"(?: (?:after|before|from) (?:that|it|this)(?: one| scene)?| (?:that|it|this)(?: one| scene)?)?"
    r"(?: (?:what|which|how) (?:\w+ ){0,3}\w+)?$"
)

_RELATION_TRIGGERS = frozenset(w for phrase in RELATION_WORDS for w in phrase.split()[:1])

_A_REQUEST = re.compile(r"\b(?:tell|remind) (?:me|us)\b")

# "the one you just told me about", "that one you described": the bot's last answer, not a name
_YOU_SAID = re.compile(
    r"(?:the|that|this) (?:one|scene|track|song|part|bit) (?:that )?(?:you|u|we) (?:just |have |ve |were )?"
    r"(?:told me about|talked about|talking about|described|discussed|discussing|mentioned|said|showed me|gave me"
    r"|told me)(?: (?:just now|earlier|before|a moment ago|last))?"
)


def _clean_anchor(text: str) -> str:
    """ "the gala is over" -> "the gala"; "she s done moping alone" -> "moping alone"; "the tragedy where
    she is full of regret" -> "the tragedy" (the clause describes the scene asked for, not the anchor), but "the
    one where she collapses" stays whole (there the clause is all that names the anchor)."""
    text = _ANCHOR_END.sub("", _ANCHOR_START.sub("", text.strip())).strip()
    told = _IT_BEING.match(text)
    if told is not None:
        return told["it"]  # "the scene just before it being a lot quieter": before it
    clause = _WHERE.search(text)
    if clause is not None and not _ANCHOR_PLACEHOLDER.fullmatch(text[: clause.start()].strip()):
        text = text[: clause.start()].strip()
    return text


_ASKS_ON = frozenset("who whos whom".split())  # (not "the audition, then, what comes?": what follows it)
_ASKS_ANYTHING = _ASKS_ON | frozenset("what whats which how where when why tell can could".split())
_TERSE_RETURN = 5  # words of "back to triangle, next"
_BACK_TO = re.compile(r"\bback to\b")  # "going back to the audition, then: what ...": a return, not an order


def anchored(heard: Heard) -> Reading | None:
    """ "the dream one, what comes after it?": an order relation whose anchor is the clause before it."""
    words = heard.words
    # with a thread, "it" is what was talked about unless the clause before names something ("the dream one");
    # with none, a description will do ("the knife on the table scene, whats after it")
    for clause in _anchor_breaks(heard):
        lead, named = _anchor_lead(heard, clause)
        if not named or opens_with_question(words[:clause]):
            continue  # "is the interlude by the same person, then?": a question, not a name to start from
        if words[clause:] == ("then",) and _A_REQUEST.search(lead):
            continue  # "tell me a bit about him, then": a request, not what comes next
        ends = [end for end in (*(c for c in heard.clauses if c > clause), len(words))]
        if words[clause : ends[0]] == ("then",) and _then_goes_on(heard, ends[0]):
            continue  # "going back to vicky, then, who's the man she falls for?": "then" goes on, no order
        for end in dict.fromkeys((len(words), ends[0])):
            found = _order_from(heard, " ".join(words[clause:end]), lead)
            if found is not None:
                return found
    return None


def _then_goes_on(heard: Heard, after: int) -> bool:
    """Does a clause of "then" go on to a question of its own: before "who", or before any question word after
    "back to ..." (its lead may have been read apart)?"""
    following = heard.words[after] if after < len(heard.words) else ""
    return (
        following in _ASKS_ON
        or following in _ASKS_ANYTHING
        and _BACK_TO.search(" ".join(heard.tokens.words)) is not None
    )


def _order_from(heard: Heard, rest: str, lead: str) -> Reading | None:
    """The order the words after an anchor ask ("what comes after it", "and then?"), counted from `lead`."""
    found = _ELLIPTIC.match(rest)
    if found is not None:
        way: Relation = "next" if re.fullmatch(_NEXT_WORDS, found["relation"]) else "prev"
        return replace(heard.base, asks="order", kind=kind_in(lead), relation=way, anchors=(lead,))
    related = _RELATION.search(rest)
    if related is None or not is_order_prefix(rest[: related.start()]):
        return None
    anchor = _clean_anchor(related["anchor"])
    if anchor and not all(w in REFERENCES for w in anchor.split()):
        return None
    steps = count_of(related["steps"]) if related["steps"] else 1
    way = RELATION_WORDS[related["relation"]]
    return replace(heard.base, asks="order", kind=kind_in(lead), relation=way, steps=steps, anchors=(lead,))


def _anchor_lead(heard: Heard, clause: int) -> tuple[str, bool]:
    """The words before a clause that may name an anchor, and whether they do: with a thread, by part of a name
    ("the dream one"); with none, by any word of the pack; a scene gone back to ("ok back to the fight scene",
    "back to the scene") always does."""
    before = " ".join(heard.words[:clause])
    back = _BACK_TO_A_SCENE.search(before) if heard.pending else None
    if back is not None:
        return back["scene"], True
    lead = _clean_lead(before)
    if _A_PLACE.fullmatch(lead):
        return lead, True  # "back to scene 6, what's after it": that scene
    # "back to triangle, next": a scene gone back to, tersely described
    gone_back = len(heard.words) <= _TERSE_RETURN and _BACK_TO.search(before) is not None
    # "(back to) that lonely scene, what comes after it?": a scene told by the pack's words, whatever the thread
    said = lead.split()
    told = 1 < len(said) <= _TOLD_WORDS and said[-1] in _A_SCENE_NOUN
    names = heard.names if heard.pending and not gone_back and not told else heard.knows
    return lead, any(is_significant(w) and names(w) for w in lead.split())


# "scene 6", "the third one"; "number 6", "3" (gone back to: "back to 3, next?")
_A_PLACE = re.compile(
    rf"(?:scene|track|song) (?:number )?{COUNT}|(?:the )?{ORDINAL} (?:scene|track|song|one)|(?:number )?{COUNT}"
    r"|(?:the )?(?:middle|opening|final|last|first)(?: scene| one)?"  # "back to middle, next"
)


_BACK_TO_A_SCENE = re.compile(
    r"\bback to (?P<scene>(?:(?:the|that|this) (?:\w+ ){0,3})?(?:scene|part|bit|one))"  # ("back to scene, next")
    r"(?: from before| from earlier| again| we talked about| you mentioned)?$"  # "the scene from before"
)

_A_SCENE_NOUN = frozenset("scene part bit moment".split())
_TOLD_WORDS = 4  # "that lonely clippings scene": a label, not a clause ("the one just before the photos scene")
_MID_QUESTION = frozenset("what whats which".split())

_ORDER_AFTER = frozenset("after before next".split())

_ONE_NOUNS = frozenset("one scene part bit track song".split())  # "the knife on the table scene whats after it"


def _anchor_breaks(heard: Heard) -> tuple[int, ...]:
    """Where a clause may start: the marked ones, and a question word after "the X one" with no comma ("the
    sparklers one whats before it")."""
    words = heard.words
    unmarked = tuple(
        i
        for i in range(2, len(words))
        if words[i] in _MID_QUESTION
        and (
            words[i - 1] in _ONE_NOUNS
            or heard.names(words[i - 1])
            or _ORDER_AFTER & set(words[i + 1 : i + 4])
            or words[i - 2] in _ONE_NOUNS
            and re.fullmatch(COUNT, words[i - 1]) is not None  # "scene 6 whats after"
        )
    )  # "the confrontation whats before it", "the one where she wakes from the dream what happens after"
    return tuple(sorted({*heard.clauses, *unmarked}))


_LEAD_FILLER = re.compile(
    r"^(?:(?:ok|okay|so|and|anyway|anyways|alright|right|now|then|well|but|also|going|go|back|to|about|the|"
    r"what|how) )*"
)


def _clean_lead(text: str) -> str:
    """ "ok anyway back to the rehearsal" -> "the rehearsal"'s words: what names the anchor."""
    return _LEAD_TAIL.sub("", _LEAD_FILLER.sub("", text + " ").strip())


_LEAD_TAIL = re.compile(r"(?: again| once more| for a sec(?:ond)?)+$")  # "back to number six again, what's after it"


_JUMP_TRIGGERS = frozenset("ahead forward forwards skip jump back backward backwards".split())
# "jump ahead two scenes from that one", "skip forward 3 scenes", "go back two scenes": a count of steps
_JUMPED = re.compile(
    r"\b(?:jump|jumps|jumping|skip|skips|skipping|go|move|fast forward|head)"
    r" (?P<way>ahead|forward|forwards|on|back|backward|backwards) (?:by )?"
    rf"(?P<steps>{COUNT}) (?:{NOUN})\b"
    r"(?! (?:before|after|from|past) (?!(?:that|it|this|there)\b))"  # not "... from the audition": a named anchor
)


def elliptic(heard: Heard) -> Reading | None:
    """ "what happens next?", "and before that?": an order relation from the thread, naming nothing (the whole
    question, or its first clause when the rest only chats: "and the one before that, because I slept")."""
    if heard.vocabulary & _LEADING and _LEADS_ON.match(heard.text):  # "and what does it lead into?"
        return replace(heard.base, asks="order", relation="next")
    jumped = _JUMPED.search(heard.text) if heard.vocabulary & _JUMP_TRIGGERS else None
    if jumped is not None:  # "we should jump ahead two scenes from that one": steps from the thread
        way: Relation = "prev" if jumped["way"] in ("back", "backward", "backwards") else "next"
        return replace(
            heard.base, asks="order", kind=kind_in(heard.text), relation=way, steps=count_of(jumped["steps"])
        )
    if not heard.vocabulary & ELLIPTIC_TRIGGERS:
        return None
    counted = _STEPS_AWAY.match(heard.text)
    if counted is not None:  # "and two scenes later, what happens?"
        way = "next" if counted["way"] in ("later", "after", "afterwards", "on") else "prev"
        steps = 1 if counted["steps"] == "a" else count_of(counted["steps"])
        return replace(heard.base, asks="order", kind=kind_in(heard.text), relation=way, steps=steps)
    first = " ".join(heard.words[: heard.clauses[0]]) if heard.clauses else ""
    for text in (heard.text, first if first and _rest_only_chats(heard) else "", _after_a_comment(heard)):
        found = _ELLIPTIC.match(text) if text and len(text.split()) <= 12 else None
        if found is not None:
            way = "next" if re.fullmatch(_NEXT_WORDS, found["relation"]) else "prev"
            return replace(heard.base, asks="order", kind=kind_in(text), relation=way)
    return None


def _after_a_comment(heard: Heard) -> str:
    """ "she struggles there huh, whats next": the last clause, when what comes before it only comments on the
    thread, naming nothing and describing nothing ("the bit where she flips through old photos, what comes next?"
    counts from that bit; "that track is a banger, what's next?" from that track)."""
    if not heard.clauses:
        return ""
    last, comment = heard.words[heard.clauses[-1] :], heard.words[: heard.clauses[-1]]
    if _ASKS_WHAT.isdisjoint(last) or _DESCRIBED_WHERE.search(" ".join(comment)):
        return ""
    return "" if any(heard.names(w) for w in comment) else " ".join(last)


_DESCRIBED_WHERE = re.compile(r"\b(?:one|scene|part|bit|moment|sequence) (?:where|when|in which)\b")
_ASKS_WHAT = frozenset("what whats which".split())


def _rest_only_chats(heard: Heard) -> bool:
    """Do the clauses after the first ask nothing of their own ("because I slept")? "and then the next part,
    where she turns up ..." describes the next one; "the earlier one, where ..." is any earlier one (the
    description tells which)."""
    rest = heard.words[heard.clauses[0] :] if heard.clauses else ()
    known = [w for w in rest if is_significant(w) and heard.knows(w)]
    if not opens_with_question(rest) and not any(heard.names(w) for w in rest) and len(known) < 2:
        return True
    return rest[:1] == ("where",) and not {"earlier", "later"} & set(heard.words[: heard.clauses[0]])


def between(heard: Heard) -> Reading | None:
    """ "which scene comes between X and Y"."""
    found = _BETWEEN.search(heard.text) if "between" in heard.vocabulary else None
    if found is None or not is_order_prefix(clause_prefix(heard, found.start())):
        return None
    anchors = (found["first"].strip(), _clean_anchor(found["second"]))
    kind = kind_in(heard.text[: found.start()])
    return replace(heard.base, asks="order", kind=kind, relation="between", anchors=anchors)


def relation(heard: Heard) -> Reading | None:
    """ "what happens after X", "two scenes before X": an order relation from a named anchor."""
    text = heard.text
    found = _order_relation(heard) if heard.vocabulary & _RELATION_TRIGGERS else None
    if found is None:
        return None
    if not clause_prefix(heard, found.start()).strip() and NTH.search(text[: found.start()]):
        return None  # "what happens in the very first scene, before the daughter shows up?": that scene
    if _DESCRIBED_WHERE.search(clause_prefix(heard, found.start())):
        return None  # "which scene is the one where she's on her own after everything goes wrong?": described
    anchor = _anchor_of(heard, found)
    if anchor is None:
        return None
    if _placed_before(text[: found.start()], anchor):
        return None  # "what happens in the second scene, the one right after that opening?": the second scene
    if not heard.pending and (not anchor or all(w in REFERENCES for w in anchor.split())):
        anchor = _described_before(heard, found.start()) or anchor  # nothing before: "that one" is described
    return replace(
        heard.base,
        asks="order",
        kind=kind_in(clause_prefix(heard, found.start())) or kind_in(anchor),
        relation=RELATION_WORDS[found["relation"]],
        steps=count_of(found["steps"]) if found["steps"] else 1,
        anchors=(anchor,) if anchor else (),
    )


def _placed_before(before: str, anchor: str) -> bool:
    """Does the question say a place of its own ("the second scene") before a relation to "that", "this" or "it"
    (not "back to that opening scene, what comes after it": that is the anchor, said first)?"""
    placed = NTH.search(before)
    if placed is None or anchor.split()[:1] not in (["that"], ["this"], ["it"]) or kind_in(placed.group()) is None:
        return False
    said = before[: placed.start()].split()
    return bool(said) and said[-1] not in ("that", "this")


def _order_relation(heard: Heard) -> re.Match[str] | None:
    """The first relation word whose clause asks for order: in "she wants to know what happens afterwards, since
    the aftermath is sadder. What's the scene after that one?" the first "afterwards" has an asker before it."""
    at = 0
    while (found := _RELATION.search(heard.text, at)) is not None:
        before = heard.text[: found.start()].split()[-2:]
        asker_did = len(before) == 2 and before[0] in ("i", "we") and before[1] in _ASKERS_DOING
        after = heard.text[found.end("relation") :].split()[:2]
        asker_did = asker_did or after[:2] in (["there", "was"], ["there", "were"]) or after[:1] == ["we"]
        prefix = _REMEMBERED.sub("", clause_prefix(heard, found.start()))  # "i vaguely remember the scene just"
        if is_order_prefix(prefix) and not asker_did:
            return found
        at = found.end("relation")
    return None


# "i vaguely remember the scene just before it being quieter": the asker's memory of the scene asked about
_REMEMBERED = re.compile(r"^(?:\w+ )*?(?:i|we) (?:\w+ )?(?:remember|recall)(?= (?:the|a|that) )")

# "something I wondered afterwards": when the asker did something, not an order of scenes
_ASKERS_DOING = frozenset("wondered thought realised realized noticed remembered cried laughed".split())


def neighbour(heard: Heard) -> Reading | None:
    """ "what's the next scene about?", "tell me about the previous one", "what happens in the scene that comes
    next": the one next to the thread's, said as a noun phrase inside any question (the whole question being
    "next" is `elliptic`'s, one naming its anchor after the relation word `relation`'s). Said after a name ("the
    dream sequence, what's the next scene about?"), it is that one's neighbour."""
    if not heard.vocabulary & _NEIGHBOUR_TRIGGERS:
        return None
    found = next((m for m in (p.search(heard.text) for p in _NEIGHBOURS) if m is not None), None)
    if found is None or found.re is _NEIGHBOURS[1] and _names_after(heard, found.end()):
        return None  # ("i saw the one after it, so what happens in the dream sequence?": the one named)
    way: Relation = "next" if found["way"] in _NEXT else "prev"
    lead = _clean_anchor(_clean_lead(_AND_THEN.sub("", heard.text[: found.start()])))
    said = lead.split()
    # a short lead naming something ("the dream sequence, ..."), not the asker's story before the question
    named = (
        len(said) <= _NAMING_LEAD
        and not _TELLERS & set(said)
        and any(is_significant(w) and heard.names(w) for w in said)
    )
    return replace(
        heard.base, asks="order", kind=noun_kind(found["noun"]), relation=way, anchors=(lead,) if named else ()
    )


def _names_after(heard: Heard, at: int) -> bool:
    """Does the text after a neighbour said mid-sentence name an entry?"""
    return at < len(heard.text) and any(is_significant(w) and heard.names(w) for w in heard.text[at:].split())


_NEIGHBOUR_TRIGGERS = frozenset("next following afterwards after before previous previously preceding prior".split())
_NEXT = frozenset("next following after afterwards".split())
_ONE = r"(?P<noun>scene|one|part|bit|moment|sequence|track|song|piece|entry|item)"  # ("the entry just before it")
_NEIGHBOURS = (
    # "the next scene", "a previous one" (but not "the next one after the audition": `relation`'s)
    re.compile(
        rf"\b(?:the|a) (?:very )?(?P<way>next|following|previous|preceding|prior) {_ONE}\b"
        r"(?! (?:after|before|from)\b| to (?!(?:this|that|it)\b))"
    ),
    # "what is her feeling in the scene before this?"
    re.compile(
        rf"\b(?:the|a) {_ONE} (?:right |just |directly |immediately )?(?P<way>after|before) (?:this|that|it)"
        r"(?: one| scene)?(?:$| (?=(?:so|as|because|since|which|please|too|instead|for|if|and|could|can|what|though|"
        r"tho|though|as well|when|while)\b))"
    ),  # ... said last, or before the rest of the sentence: "the one after it, so that the series follows"
    # "the scene that comes next", "which one came previously" (not "... happens next to the tracks")
    re.compile(
        rf"\b(?:the|which|what) {_ONE} (?:that |which )?(?:comes?|came|is|goes|happens) "
        r"(?:as |right |just |directly |immediately |straight )?(?P<way>next|afterwards|previously)\b(?! to\b)"
    ),
    # "next scene what happen?", "previous scene, who is in it": the neighbour said first, without an article
    re.compile(
        rf"^(?:(?:and|so|ok|okay|then) )*(?P<way>next|previous) {_ONE}\b"
        r"(?! (?:after|before|from)\b| to (?!(?:this|that|it)\b))"
    ),
    # "what happen in next scene?": the article left out
    re.compile(
        rf"\b(?:in|of|about) (?P<way>next|previous) {_ONE}\b(?! (?:after|before|from)\b| to (?!(?:this|that|it)\b))"
    ),
)
_NAMING_LEAD = 6  # words of "tell me about the premiere night", before "and the scene after that"
_TELLERS = FIRST_PERSON - {"me", "us", "ill", "were"}  # a story, not a request ("tell me about ...")
_AND_THEN = re.compile(r"(?:,? (?:and|then|and then|so))+\s*$")


def _anchor_of(heard: Heard, found: re.Match[str]) -> str | None:
    """What an order relation counts from, to its clause's end ("" for the one talked about), or None when
    the words are no order question after all."""
    text = heard.text
    ends = [c for c in heard.clause_chars if c > found.start("anchor")]
    anchor = _clean_anchor(text[found.start("anchor") : min(ends, default=len(text))])
    # "what happens there after she bows": within the scene talked about; but "the scene that comes after the
    # speeches, what happens in that one?" asks what follows them
    there = _ABOUT_THERE.search(text)
    # ("two scenes after the premiere, what happens there?": the kind said in the steps)
    said_kind = kind_in(clause_prefix(heard, found.start())) or kind_in(text[found.start() : found.start("anchor")])
    named_kind = there is not None and there.start() > found.start() and said_kind
    # "the one that comes right after it, what happens there?": there is the one after it
    placeholder = _ANCHOR_PLACEHOLDER.fullmatch(anchor) is not None
    pointed_after = bool(ends) or there is not None and there.start() > found.start()  # "... in that one" after it
    if there is not None and not named_kind and not (pointed_after and (anchor in _IT or placeholder)):
        return None
    if anchor.endswith(" there") or anchor.split()[:1] and anchor.split()[0] in _ASKERS:
        return None  # "after she finishes dancing there": within the scene; "before i embarrass myself": the asker's
    # "and then the next part, where she turns up ...", "the scene before the one you just told me about"
    return "" if placeholder or _YOU_SAID.fullmatch(anchor) else anchor


_IT = frozenset({"it", "that", "this", "that one", "this one"})

_ASKERS = FIRST_PERSON - {"id", "ill"}  # an anchor opening with one is about the asker


def _described_before(heard: Heard, at: int) -> str:
    """ "There's a scene where the commander writes the days of air left on the wall... What scene comes right
    after that one?": the clauses before the question's own describe what "that one" is, when they say enough."""
    start = max((c for c in heard.clause_chars if c <= at), default=0)
    lead = heard.text[:start].strip()
    said = [w for w in lead.split() if is_significant(w) and heard.knows(w)]
    return lead if start and len(said) >= _DESCRIBES_AN_ANCHOR else ""


_DESCRIBES_AN_ANCHOR = 3  # words of the pack's own the clauses before an order question need to name its anchor
