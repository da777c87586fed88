"""List recognisers: the whole list of scenes or tracks ("how many songs"), and the scenes naming someone
("which scenes is julian in").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..answers import Kind
from ..text import is_significant
from .positions import NTH
from .reading import Heard, Reading, has_ordinal
from .words import COUNT, ELLIPTIC_TRIGGERS, LIST_NEGATED, PERSON_PRONOUNS, after_filler, opens_with_question

# "list the scenes", "how many scenes are there", "the scenes in order", "tracklist", "how many songs".
_PLURAL_SCENES = r"(?:scenes|moments|sequences|chapters)"

_PLURAL_TRACKS = r"(?:tracks|songs|pieces|tunes|cues|numbers|track ?list|song ?list|tracklisting|playlist)"

_LIST_CUE = (
    r"(?:\b(?:how many|how much|number of|count|total|list|lists|listing|enumerate|name|names|numbered|rundown|"
    r"run down|"
    r"overview|breakdown|outline|run me through|run through|walk me through|go through|all|every|each|"
    r"whole|full|complete|entire|in order|order|ordered|sequence|chronological|chronologically|"
    r"one by one|what are|what r|which are|what|which|show me|show us|give me|give us|tell me|tell us)\b)"
)

_LIST = re.compile(
    rf"{_LIST_CUE}.*\b(?P<plural>{_PLURAL_SCENES}|{_PLURAL_TRACKS})\b"
    rf"|\b(?P<plural2>{_PLURAL_SCENES}|{_PLURAL_TRACKS})\b.*{_LIST_CUE}"
    rf"|\b(?P<single>scene|track|song) ?(?:list|order|listing|rundown|count|tally|breakdown|overview|names|titles|"
    rf"lineup|line up|by (?:scene|track|song))\b"
    rf"|\border of (?:the )?(?P<ordered>scenes?|tracks?|songs?)\b"
    rf"|^(?:the )?(?P<alone>{_PLURAL_SCENES}|{_PLURAL_TRACKS}|tracklist|track list)"
    rf"(?: (?:of|in) (?:the|this) (?:film|movie))?(?: please| pls| plz| then| now)?$"
    rf"|\b(?:every|each) (?P<each>scene|track|song)\b"
    rf"|\bhow many (?P<many>scene|track|song)\b"
)

# Words a list question may hold besides the list words: anything else makes it a question about entries.
LIST_FILLER = frozenset(
    """how many much number of count list lists listing enumerate name names numbered rundown run down overview need
    breakdown outline me us through walk go all every each whole full complete entire in order ordered sequence
    chronological chronologically one by what are r which is there there s the a an of from start to finish
    beginning end give show tell please pls plz can could you u would i want get see key main memorable important
    big major famous notable best film movie it this that its on soundtrack album score ost music exist exists
    do does have has got total altogether quick quickly real again just and so ok okay hey their they scene
    scenes moments moment sequences chapters tracks songs pieces tunes cues numbers track song piece tune
    tracklist tracklisting playlist go goes come happen happens first last the film s unfold unfolds flow run runs
    proceed follow follows appear appears mind useful helpful""".split()
)

_SECOND_QUESTION = re.compile(r"\w (?:and|also) (?:who|what|when|where|how|which|is|does)\b")  # not "and which ..."


def _mentioned(heard: Heard, words: tuple[str, ...]) -> list[str]:
    """The words of a "which scenes ..." clause that say who or what: neither filler nor, unless right after
    "with" or "have" ("which scenes have dragons"), unknown to the pack."""
    return [
        w
        for n, w in enumerate(words)
        if w not in _MENTION_FILLER
        and w not in LIST_FILLER
        and is_significant(w)
        and (heard.knows(w) or n > 0 and words[n - 1] in _HAVING)
        and not _wished(words, n)
    ]


def _wished(words: tuple[str, ...], n: int) -> bool:
    """Is the word at `n` the "love" or "like" of "I'd love a rundown": a request, not a word of the film's?"""
    return words[n] in _WISHING and n > 0 and words[n - 1] in _WOULD


_WISHING = frozenset("love like".split())
_WOULD = frozenset("id wed would".split())


_HAVING = frozenset("with have has having featuring feature involving about".split())

# Words without which a pattern can't match: a set test is much cheaper than a regular expression search.
_LIST_TRIGGERS = frozenset(
    """scene track song scenes moments sequences chapters tracks songs pieces tunes cues numbers
    tracklist
    tracklisting playlist list listing order every each""".split()
)


_STEPS = re.compile(rf"\b{COUNT} {_PLURAL_SCENES} (?:later|after|afterwards|earlier|before|back)\b")


_LISTED_OUTRIGHT = re.compile(r"\b(?:list|show|name|what are|which are|what were|which were)\b")


_HOW_MANY_OF_THEM = re.compile(
    r"(?:(?:and|so|ok|okay|wait) )*how many(?: (?:are there|is that|are they|of them|there are))?"
    r"(?: (?:in total|total|altogether|all together|overall|in all))?"
)


def count_of_the_list(heard: Heard) -> Reading | None:
    """ "how many total", just after a list (or anything talked about): the list of the kind it showed."""
    return replace(heard.base, asks="list") if heard.pending and _HOW_MANY_OF_THEM.fullmatch(heard.text) else None


def listing(heard: Heard) -> Reading | None:
    """ "list the scenes", "how many songs": the whole list of one kind, nothing else asked (in its clause;
    other clauses may chat, but not ask: "yo, quick q: can you list the scenes for me?")."""
    found = _LIST.search(heard.text) if heard.vocabulary & _LIST_TRIGGERS else None
    if found is None or _negated(heard.text, found.end()):
        return None
    if _STEPS.search(heard.text) and not _LISTED_OUTRIGHT.search(heard.text):
        return None  # "what was 2 scenes before it": a count of steps; but "list the 3 scenes before the end"
    words, others = _list_clause(heard)
    one_of_them = any(" of " in found.group() for found in NTH.finditer(heard.text))  # "the first of its scenes"
    if has_ordinal(heard) and (NTH.search(" ".join(others)) or one_of_them):
        return None  # "I'm going scene by scene, and we've reached the third scene: what happens in it?": one
    film = _film_name_said(heard, words)
    if film is None:
        return None
    if opens_with_question(others) and not _asks_for_them(others):
        return None
    if any(heard.names(w) and w not in LIST_FILLER and w not in film for w in _without_first_to_last(others)):
        return None
    noun = next(g for g in found.groups() if g)
    listed: Kind = "scene" if re.fullmatch(rf"{_PLURAL_SCENES}|scene", noun) else "track"
    return replace(heard.base, asks="list", kind=listed)


def _negated(text: str, end: int) -> bool:
    """Is the list asked for negated ("no need to list the scenes", "list the scenes but not the spoilers"), not the
    asker's own reason after it ("... all the scenes in order so I don't embarrass myself")?"""
    reason = _ASKERS_REASON.search(text, end)
    asked = _NOT_KNOWING.sub(" ", text[: reason.start() if reason is not None else len(text)])
    return LIST_NEGATED.search(asked) is not None


# "I don't actually remember how many scenes": the asker's not knowing, not a list declined
_NOT_KNOWING = re.compile(r"\b(?:dont|do not|not|cant|cannot|can not) (?:\w+ )?(?:remember|know|recall|sure)\b")


_ASKERS_REASON = re.compile(r"\b(?:so|because|since|as|cause|coz|cos|before|until|till) (?:that )?(?:i|we)\b")


def _film_name_said(heard: Heard, words: tuple[str, ...]) -> frozenset[str] | None:
    """The film's own name's words said in a list question ("how many scenes for <title>"), or None when the
    clause asks about something else the pack knows."""
    words = _after_the_embedding(_before_the_reason(words))
    asked = [
        w
        for n, w in enumerate(words)
        if w not in LIST_FILLER
        and w not in _NAMING
        and is_significant(w)
        and heard.knows(w)
        and words[n - 1 : n] != ("your",)  # "how many scenes does your page list": the bot's own page, no name
        and not _wished(words, n)
        and not (w == "listed" and "how many" in heard.text)  # "how many scenes you have listed for the film"
    ]
    film = heard.facts.title_words(heard.text) if heard.facts is not None and asked else frozenset()
    return film if all(w in film for w in asked) else None


def _before_the_reason(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words before the asker's own reason or time ("... so I can plan", "... before I decide on the timing")."""
    said = " ".join(words)
    reason = _ASKERS_REASON.search(said)
    if reason is None or not _LIST.search(said[: reason.start()]):
        return words  # "last one before I press play: who's the girl in those first scenes": asked after it
    return tuple(said[: reason.start()].split())


def _after_the_embedding(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words from an embedded "how many" on ("a classic question would be how many scenes the film has", "I
    wonder how many"): what leads up to it says why it is asked, not what about."""
    at = next((k for k in range(1, len(words) - 1) if words[k : k + 2] == ("how", "many")), 0)
    return words[at:] if at and words[at - 1] in _EMBEDDING else words


_EMBEDDING = frozenset(
    "is be was wonder wondering know curious asking ask asked remember recall forget forgot sure".split()
)


def _list_clause(heard: Heard) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of the clause asking for a list (one that asks, before one that only tells: "it would help to
    have the scenes in order, so would you mind listing them all"), and the other clauses' words."""
    starts = (0, *heard.clauses, len(heard.words))
    found = [
        (start, end)
        for start, end in zip(starts, starts[1:], strict=False)
        if set(heard.words[start:end]) & _LIST_TRIGGERS and _LIST.search(" ".join(heard.words[start:end]))
    ]
    if not found:
        return heard.words, ()
    asking = [
        (a, b)
        for a, b in found
        if opens_with_question(_without_first_to_last(heard.words[a:b])) or heard.words[a : a + 2] == ("how", "many")
    ]
    start, end = (asking or found)[0]
    return heard.words[start:end], heard.words[:start] + heard.words[end:]


_NAMING = frozenset("list name names named call called titled titles enumerate".split())

_THEM = frozenset("them they those their".split())


_FIRST_TO_LAST = re.compile(
    r"\b(?:from )?(?:the )?(?:first|start|beginning)(?: one)? (?:to|till|until|through) (?:the )?(?:last|end|finish)"
    r"(?: one)?\b"
)


def _without_first_to_last(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words without "from the first to the last" (the list's order, not "The First Rehearsal")."""
    return tuple(_FIRST_TO_LAST.sub(" ", " ".join(words)).split())


def _asks_for_them(words: tuple[str, ...]) -> bool:
    """ "how many scenes are there, and could you list them?": the other part asks for the same list."""
    said = set(words)  # ... or asks for a list and nothing else: "how many scenes has the film? give list please"
    if _WHAT_THEY_ARE.search(" ".join(words)):
        return True  # "how many scenes are there, and could you show me what they are?"
    return bool(_NAMING & said) and (bool(_THEM & said) or said <= _NAMING | _THEM | _JUST_THE_LIST)


_WHAT_THEY_ARE = re.compile(
    r"\b(?:what|which) (?:they|those|these) (?:all )?(?:are|were|re)\b"
    r"|\b(?:what|which) (?:are|were|re) (?:they|those|these)(?: all)?$|\bshow (?:me|us) (?:them|those|these)\b"
)


_JUST_THE_LIST = frozenset("give show send me us the a full whole complete list please pls plz too also and".split())


# "which scenes is julian in", "her scenes", "does he show up in any scene": the scenes naming a person
_MENTION_FILLER = frozenset(
    """which what how many scenes scene any all every of the in is are was s r does do did appear appears appeared
    appearing show shows shown showing up turn turns feature features featured featuring name names named mention
    mentions mentioned present star stars actually by and his her their other there have has with w them it its
    get gets got list give me tell see real really mean meant need needs needed""".split()
)


def _asks_order(heard: Heard) -> bool:
    """Does it ask before or after something? A trailing "then" doesn't: "what scenes is the teacher in then"."""
    ordered = heard.vocabulary & (ELLIPTIC_TRIGGERS | _FOLLOWS)
    if not ordered or heard.words[-1:] == ("then",) and len(ordered) == 1:
        return False
    following = [*heard.words[1:], ""]
    back_to = {n for n, w in enumerate(heard.words) if w == "back" and following[n] == "to"}  # the thread, no order
    back_to |= {
        n for n, w in enumerate(heard.words) if w in _FOLLOWS and (not n or heard.words[n - 1] not in _ONE_THAT)
    }
    return any(
        w in ordered and not (w in _BEFORE_AFTER and _askers_own(heard, n)) and n not in back_to
        for n, w in enumerate(heard.words)
    )


_BEFORE_AFTER = frozenset("before after".split())
# "the one that follows it" (not "as he follows her career"; "the scenes that follow" are a list)
_FOLLOWS = frozenset("follows precedes".split())
_ONE_THAT = frozenset("that which one scene part".split())
_OWN_REACH = 2  # "before the workshop", "before my exam": the noun within two words of "before"
_BEFORE_A_NOUN = frozenset("the a my our this next".split())


def _askers_own(heard: Heard, at: int) -> bool:
    """ "the scenes that feature her before the workshop on monday": before something of the asker's, a word the
    pack never uses, not before a scene."""
    following = [w for w in heard.words[at + 1 : at + 1 + _OWN_REACH] if w not in _BEFORE_A_NOUN][:1]
    if following and following[0].endswith("ing") and heard.words[at + 1 : at + 2] == tuple(following):
        return True  # "before finishing the essay": a time of the asker's
    if heard.words[at + 1 : at + 2] in (("i",), ("my",)):
        return True  # "before I lead the discussion", "before my exam" (not "before we see her dance": the film's)
    return bool(following) and is_significant(following[0]) and not heard.knows(following[0])


_MENTION_CLUES = frozenset("any every all scene ones appear appears appearing show shows some mentioned named".split())

_ANY_SCENE = re.compile(
    r"\b(?:any|every|all) (?:the |of the )?scenes?\b"
    # "which scene descriptions name him", "does your scene list name him"; "which ones have the captain"
    r"|\bscene (?:descriptions?|summaries|summary|texts?|list)\b|\b(?:appears?|shows? up) where\b"
    r"|\bin which scene \w+ (?:is )?(?:appear|appears|appearing|present|coming)\b"
    r"|\b(?:appear|appears|appearing) in which scenes?\b"  # "julian appear in which scene?"
    # "he appear also in some scene?"
    r"|\b(?:appear|appears|appearing|is|are)(?: also| too)? in (?:some|any|a) scenes?$"
    r"|^(?:(?:and|so|ok|huh|wait|oh|hmm|um) )*which ones (?:have|has|got|name|mention|feature|include|show)\b"
    # "is there some scene where julian is mentioned?", "is he named in a scene?"
    r"|\b(?:some|a|one) scene (?:where|that|which|in which) \w+ (?:is |are )?(?:mentioned|named|appears?)\b"
    r"|\b(?:mentioned|named) in (?:a|some|any) scenes?\b"
)


_COUNTED = re.compile(r"\bhow many (?:\w+ )?scenes\b")  # "how many memorable scenes", not "which scenes"
_SET_ASIDE = re.compile(r"\b(?:rather than|instead of|not) (?:her|him|them|she|he)\b")


def mentions(heard: Heard) -> Reading | None:
    """The scenes whose text names a person: a plural "scenes" (or "any scene") with a person and little else."""
    words = heard.vocabulary
    if _IN_WHICH.search(heard.text):
        return replace(heard.base, asks="mentions")  # "he's in which", terse
    in_one = _in_one_scene(heard) if "in" in words else None
    if in_one is not None:
        return in_one
    if not ("scenes" in words or words & _MENTION_CLUES and _ANY_SCENE.search(heard.text)):
        return None  # "the scene where she's wandering around all disheveled" is one scene described
    if _negated_near_scenes(heard) or _asks_order(heard) or _SECOND_QUESTION.search(heard.text):
        return None  # "how many scenes, and who composed the soundtrack": two questions, not one about scenes
    content = _mentioned_around_scenes(heard)
    person = _whose_scenes(heard)
    # "in any scenes?" just after someone: theirs
    in_play = heard.pending and "in" in words and len(heard.words) <= _TERSE_MENTION
    if len(set(content)) > 3 or not (content or person or in_play) or _not_someones(heard, content, person):
        return None
    listed = _LIST_THE_SCENES.search(heard.text)
    if listed is not None and not person and set(content).isdisjoint(heard.text[listed.end() :].split()):
        return None  # "... one card per scene, so could you list the memorable scenes in order?": the list (but
        # "list the scenes vicky is in": hers)
    return replace(heard.base, asks="mentions", person=person)


# "is boris in that one", "is he even in the confrontation scene", "was julian in scene 7": yes or no, by their
# scenes
_IS_THEY_IN = re.compile(
    r"(?:is|was|does) (?P<who>\w+) (?:even |actually |also |really |still )?(?:in|appear in|show up in|feature in) "
    r"(?P<where>.+?)(?: (?:at all|too|then|tho|though|lol))?"
)
_A_SCENE_POINTED_AT = re.compile(
    r"(?:(?:that|this|the) (?:one|scene|bit|part)|it|there|scene \w+|the \w+(?: \w+)? scene)"
)


def _in_one_scene(heard: Heard) -> Reading | None:
    """ "is boris in it": asked of one scene (its words the anchor), yes or no."""
    in_one = _IS_THEY_IN.fullmatch(after_filler(heard.text))
    if in_one is None or not _someone(heard, in_one["who"]) or not _a_scene_said(heard, in_one["where"]):
        return None
    return replace(heard.base, asks="mentions", person=PERSON_PRONOUNS.get(in_one["who"]), anchors=(in_one["where"],))


def _someone(heard: Heard, said: str) -> bool:
    """Is this a person: "he", "she" or a word of someone's name (a word of any title, the policy tells whose)?"""
    return said in PERSON_PRONOUNS and PERSON_PRONOUNS[said] in ("he", "she") or heard.names(said)


def _a_scene_said(heard: Heard, where: str) -> bool:
    """Does "in ..." point at a scene: "that one", "it", "scene 6", "the fight scene", or words of a title (not "the
    film", not "love")?"""
    if _A_SCENE_POINTED_AT.fullmatch(where):
        return True
    said = [w for w in where.split() if is_significant(w)]
    return bool(said) and all(heard.names(w) for w in said) and not _FILM_SAID & set(said)


_FILM_SAID = frozenset("film movie story".split())


def _whose_scenes(heard: Heard) -> str | None:
    """The pronoun the scenes are asked of: the one in "which scenes is he in" (not an earlier "bless her" of the
    asker's story), else the question's own."""
    own = _THEIR_SCENES.search(heard.text)
    if own is not None:
        return own["who"] or own["who2"]
    return heard.base.person if heard.vocabulary & PERSON_PRONOUNS.keys() else None


_THEIR_SCENES = re.compile(
    r"\bscenes (?:is|was|does|did|has) (?P<who>he|she)\b|\bscenes (?P<who2>he|she) (?:is|s|was|appears|shows up) in\b"
)
_LIST_THE_SCENES = re.compile(r"\blist (?:all )?(?:of )?(?:the )?(?:\w+ )?scenes\b(?! (?:with|where|that|in which)\b)")


def _a_topic_counted(heard: Heard, content: list[str], counted: re.Match[str]) -> bool:
    """Does the count say what its scenes are of, in its own clause ("how many sad scenes", "how many scenes are
    about ambition"), or name an entry anywhere? Not words of the story around it ("a classic question would be
    how many memorable scenes the film has")."""
    if any(heard.names(w) for w in content):
        return True
    ends = [c for c in heard.clause_chars if c > counted.start()]
    own = set(heard.text[counted.start() : ends[0] if ends else len(heard.text)].split()) - _LISTING
    return any(w in own for w in content)


_LISTING = frozenset("listed list lists named shown given covered included".split())  # "how many are listed"


def _not_someones(heard: Heard, content: list[str], person: str | None) -> bool:
    """Is what the scenes are asked of nobody's: the film's own title ("how many scenes do you have for <title>"),
    a count naming nothing ("a classic question would be how many memorable scenes the film has"), or a person
    set aside ("back to the scenes rather than her, what happens in the first one?")?"""
    counted = _COUNTED.search(heard.text) if person is None else None
    if counted is not None and not _a_topic_counted(heard, content, counted):
        return True
    if content and heard.facts is not None and set(content) <= heard.facts.title_words(heard.text):
        return True
    return _SET_ASIDE.search(heard.text) is not None and not any(heard.names(w) for w in content)


def _negated_near_scenes(heard: Heard) -> bool:
    """ "not all the scenes", "without listing the scenes": a negation just before "scenes" (not "without going
    through the whole film, which scenes name him?")."""
    words = heard.words
    at = next((k for k, w in enumerate(words) if w in ("scenes", "scene")), len(words))
    return LIST_NEGATED.search(" ".join(words[max(0, at - _NEGATION_REACH) : at + 1])) is not None


_NEGATION_REACH = 5  # words of "no need to list all the" before "scenes"

# "he is in which ones?", "and her teacher, he is in which scenes?"
_IN_WHICH = re.compile(r"\b(?:hes|shes|theyre|he|she|they)(?: s| is| are)? in which(?: ones?| scenes?)?$")

_TERSE_MENTION = 4  # words of "in any scenes?", asked of whoever is talked about


def _mentioned_around_scenes(heard: Heard) -> list[str]:
    """What is asked about in the clause that says "scenes", else the names in the clause before it ("the red
    shoes, in which scenes do they appear?")."""
    starts = (0, *heard.clauses, len(heard.words))
    spans = list(zip(starts, starts[1:], strict=False))
    at = next((n for n, (a, b) in enumerate(spans) if {"scenes", "scene"} & set(heard.words[a:b])), 0)
    content = _mentioned(heard, heard.words[spans[at][0] : spans[at][1]])
    if not content and at > 0:
        content = [w for w in _mentioned(heard, heard.words[spans[at - 1][0] : spans[at - 1][1]]) if heard.names(w)]
    return content
