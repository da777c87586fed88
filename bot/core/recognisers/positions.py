"""Position recognisers: an entry by its place in its kind ("the third scene", "scene 4", "how does it
end", "smack in the middle", "when does she first appear").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..answers import Kind
from ..sentences import CHATTER
from ..text import is_significant
from ..tokens import ORDER_WORDS
from .reading import Heard, Reading, clause_prefix, has_ordinal
from .words import (
    ADJECTIVES,
    COUNT,
    NOUN,
    NUMBERED_TRIGGERS,
    ORDINAL,
    SCENE_NOUN_WORDS,
    TELL_ME,
    WHO_IS_SOMEONE,
    after_filler,
    count_of,
    is_order_prefix,
    kind_in,
    noun_kind,
    position_of,
)

# "the third scene", "the last song", "the second to last one", "the opening track", "the first of its scenes"
_OF_THEM = r"(?:(?:one )?of (?:the |its |all (?:the |its )?)?)?"
NTH = re.compile(rf"\b(?P<ordinal>{ORDINAL}) {_OF_THEM}{ADJECTIVES}(?P<noun>{NOUN})\b")

# "that opening scene", "this last one": the scene talked about, placed, not a scene asked for by its place
_THAT_SCENE = re.compile(rf"\b(?:that|this) (?P<ordinal>{ORDINAL})\b")

# "whats 4th", "and the fifth?", "the penultimate"
_BARE_ORDINAL = re.compile(
    # ("what's in the seventh", "what happens in the fifth")
    rf"^(?:(?:and|so|ok|what|whats|what s|what is|which is|is|the|then|now|in|happens|happened|about) )*"
    rf"(?P<ordinal>{ORDINAL})"
    r"(?: (?:one|please|pls|plz|then|thanks|(?:in|of) (?:the|this) (?:film|movie)))*$"
)

# "scene 3", "track two", "scene number 5", "song #2"
_NUMBERED = re.compile(
    rf"\b(?P<noun>scene|track|song|piece|cue)s? (?:is |was |at )?(?:(?:the )?number |no |num |nr |#)?"
    rf"(?P<count>{COUNT})\b"
)

# "when does she first appear", "which scene is the villain introduced in", "his last appearance"
_APPEARS = re.compile(
    r"\b(?P<which>first|last|final|earliest|latest) (?:\w+ ){0,4}?(?:appear|appears|appeared|appearance|show up|"
    r"shows up|showed up|introduced|turn up|turns up|turned up|seen|comes? in|enters?|on screen)\b"
    r"|\b(?:appear|appears|show up|shows up|turn up|turns up|introduced|enters?)\b(?:\w+ ){0,3}?"
    r"(?:for the )?(?P<which2>first|last|final) time\b"
    # "his first scene", "her last scene", "the first scene he s in"
    r"|\b(?:his|her|their) (?P<which3>first|last|final) (?:scene|appearance)\b"
    r"|\b(?P<which4>first|last|final) scene (?:that )?(?:hes|shes|theyre|(?:he|she|they) (?:s |is |are |re |was )?)"
    r" ?(?:in|appears?|shows up)\b"
)

# "which scene closes out the movie", "the scene that opens the film", "smack in the middle"
_OPENS_CLOSES = re.compile(
    r"\b(?P<verb>opens?|opening|starts?|starting|begins?|beginning|kicks? off|closes?|closing|ends?|ending|finishes|"
    r"finishing|wraps? up|concludes?)(?: out)? "
    r"(?:the |this )?(?:film|movie|story)\b"
)

# "which scene does it actually open with", "what does the movie end on": the first or last scene
_WHAT_IT_OPENS_WITH = re.compile(
    r"^(?!.*\b(?:music\w*|songs?|tracks?|tunes?|score)\b)"  # (not "what does the film open with musically")
    r"(?:.*\bwhich scene (?:does|did|do) it|.*\b(?:what|which)(?: scene| one| part)? (?:does|did|do)"
    r" (?:the film|the movie|the story|this film|this movie))"
    r"(?: actually| really| even)? (?P<verb3>opens?|starts?|begins?|kicks? off|ends?|finish(?:es)?|closes?|wraps? up)"
    r" (?:with|on)\b"
    # "with which scene does the film start?", "with what scene the movie is begin?"
    r"|^(?:(?:and|so|ok|okay) )*(?:with|on) (?:what|which) (?:scene|part) (?:does |did |do |is )?"
    r"(?:the film|the movie|the story|this film|this movie|it) (?:is |does )?"
    r"(?P<verb4>opens?|starts?|begins?|kicks? off|ends?|finish(?:es)?|closes?|wraps? up)(?:ing|ning)?\b"
)

# "how does it start", "how does the film end", "how finish the film": the first or last scene, by position
_HOW_IT_GOES = re.compile(
    r"\bhow (?:does |did )?(?P<verb2>starts?|begins?|opens?|ends?|finish(?:es)?|concludes?|closes?) "
    r"(?:the |this )?(?:film|movie|story)\b"  # "how does finish the film", in a second language
    r"|\bhow (?:does |did |do |will |would |is |s )?"
    r"(?:it|the (?:film|movie|story)|this (?:film|movie|story|one)|(?:film|movie)|(?:the )?(?:whole )?(?:thing|story)|"
    r"everything) (?:is |was )?"
    r"(?:all |even |actually |really |finally |eventually )?(?P<verb>start|begin|open|kick off|end|finish|conclude|"
    r"wrap up|close)"
    r"(?:s|es|ing|ning)?\b"
)

_MIDDLE = re.compile(
    r"\bin (?:the )?(?:very )?middle"  # ("in middle of the movie": an article dropped)
    # "of the nine memorable ones", "of the film's memorable scenes" (not "of the last three ones": a part of them)
    rf"(?: of (?:the |it |all |that )?(?:{COUNT} )?(?:(?:film|movie)s? )?(?:memorable |main )?"
    r"(?:film|movie|story|nine|scenes|list|them|it all|ones))?"
    r"(?: (?:which|what) (?:is|one|is it|scene is that)| please| pls| then)?$"
    r"|\b(?:midway|halfway)(?: point| through)?(?: (?:the|of the) (?:film|movie|story))?$"
)

# "the opening", "the ending", "the very end", "the beginning"
_ENDS = re.compile(
    r"^(?:(?:and|so|ok|okay) )?(?:(?:what|how) (?:is |happens |happened )?(?:in |at )?)?(?:the |that |this )?"
    r"(?:very )?(?P<end>opening|opener|beginning|start|ending|end|finale|closer|conclusion|coda|epilogue)"
    r"(?: (?:one|scene|part|bit))?(?: of (?:the )?(?:film|movie|story))?"
    r"(?: (?:what|how) (?:happens|happened|goes on|is happening|does (?:she|he|it) do|(?:she|he) does|(?:she|he) do))?$"
)

# "quick q what happens at the very start", "what is happening at the beginning of the film": said last
_HAPPENS_AT_AN_END = re.compile(
    r"\b(?:what|wat|wht) (?:is |s |does |did )?(?:happens?|happened|happening|goes on|going on|go on)"
    r" (?:in|at|during) the (?:very )?(?P<end>opening|beginning|start|ending|end|finale|conclusion|coda|epilogue)"
    r"(?: of (?:the |this )?(?:film|movie|story))?$"
)

_APPEAR_TRIGGERS = frozenset(
    """appear appears appeared appearance show shows showed introduced turn turns turned
    seen come comes enter enters screen scene""".split()
)

_OPEN_CLOSE_TRIGGERS = frozenset(
    "open opens opening start starts starting begin begins beginning kick kicks close closes closing end ends "
    "ending finish finishes finishing wrap wraps conclude concludes concluding".split()
)

_END_TRIGGERS = frozenset(
    "opening opener beginning start ending end finale closer final conclusion credits coda epilogue".split()
)

_ASKING_WHICH = re.compile(
    r"^(?:which|what) (?:scene|one|track|song) (?:is coming|is happening|comes|happens|is|s|was|came) "
)
# "which scene is the sixth and what happens in it": the answer to the first part says what happens
_WHAT_HAPPENS_IN_IT = re.compile(
    r" and (?:what|wat) (?:happens|happened|goes on|is it about|s it about)(?: in it| there| in that one)?$"
)


def appears(heard: Heard) -> Reading | None:
    """ "when does she first appear": the first or last scene naming a person."""
    found = _APPEARS.search(heard.text) if heard.vocabulary & _APPEAR_TRIGGERS else None
    if found is None or ORDER_WORDS & set(found.group().split()):
        return None  # "the very first scene, before the daughter shows up": the first scene
    which = found["which"] or found["which2"] or found["which3"] or found["which4"]
    return replace(heard.base, asks="appears", kind="scene", position=1 if which in ("first", "earliest") else -1)


def nth(heard: Heard) -> Reading | None:
    """ "the third scene", "the last song", "the opening track", "the song at the very end"."""
    at_an_end = _AT_AN_END.search(heard.text) if heard.vocabulary & _END_TRIGGERS else None
    # "i saw the very first scene fine but what happens in the second scene": the one asked, after the "but"
    asked = heard.text[_but_asks(heard.text) :]
    found = NTH.search(asked) if at_an_end is None and has_ordinal(heard) else None
    if (at_an_end or found) and _someone_in_that_scene(heard):
        return None
    if at_an_end is not None:  # "the song at the very end", "the music of the end credits"
        first = at_an_end["end"] in ("start", "beginning", "opening", "opening credits")
        ended: Kind = noun_kind(at_an_end["noun"]) or "track"  # music, a theme
        return replace(heard.base, asks="nth", kind=ended, position=1 if first else -1)
    if found is None:
        return None
    # kind None: "the last one", of whichever ordered kind the thread is about
    kind = noun_kind(found["noun"]) or kind_in(heard.text)
    kind = kind or _story_end(found["ordinal"], heard)
    position = position_of(found["ordinal"])
    ranged = asked[: found.start()].endswith(("from ", "from the "))  # "from the second scene to the end": a range
    if position > 0 and not ranged and _FROM_THE_END.match(asked, found.end()):
        position = -position  # "the second scene from the end"
    return replace(heard.base, asks="nth", kind=kind, position=position)


# (not "the first scene to end in tragedy": "to end" there is a verb)
_FROM_THE_END = re.compile(r" (?:from (?:the )?(?:last|end|ending|back)|to (?:the )?last|to the end)\b(?! \w)")


def _but_asks(text: str) -> int:
    """Where the question starts when a "but" turns from what the asker saw to what they ask, else 0."""
    turn = _BUT_ASKS.search(text)
    return turn.start("asked") if turn is not None and NTH.search(text, turn.start("asked")) else 0


_BUT_ASKS = re.compile(r"\b(?:but|however)\s+(?P<asked>(?:what|which|how|who)\b)")  # (not "but can you skip ...")


def _someone_in_that_scene(heard: Heard) -> bool:
    """ "the dancer in that opening scene, who is she?": a person in the scene talked about, not the scene."""
    asks_someone = WHO_IS_SOMEONE.search(heard.text) or _WHO_IS_THE_PERSON.search(heard.text)
    return asks_someone is not None and _THAT_SCENE.search(heard.text) is not None


# "in this third scene, who is the man that tells her about the shoes?": someone in it
_WHO_IS_THE_PERSON = re.compile(
    r"\bwho(?: is| s| was|s) (?:the|that|this) (?:\w+ )?(?:man|woman|guy|girl|boy|lady|person|fellow|one)\b"
)


_AT_AN_END = re.compile(
    r"\b(?P<noun>song|track|tune|piece|scene|music|theme) (?:that (?:plays|comes|is playing) )?"
    r"(?:at|in|of|during|over) the (?:very )?"
    r"(?P<end>end credits|closing credits|opening credits|credits|ending|end|finale|start|beginning|opening"
    # "the song of the final with the choir" (not "the final big ballet")
    r"|final(?= (?:with|where|when|scene|part|one)\b|$))"
    r"(?! of (?!(?:the |this )?(?:film|movie)\b))\b"
)


def bare_ordinal(heard: Heard) -> Reading | None:
    """ "whats 4th", "and the fifth?", "the penultimate", "ok and which scene is the fourth?"."""
    text = TELL_ME.sub("", after_filler(heard.text))
    text = _WHAT_HAPPENS_IN_IT.sub("", _ASKING_WHICH.sub("", text))
    found = _BARE_ORDINAL.match(text) if len(text.split()) <= 6 and has_ordinal(heard) else None
    if found is None:
        return None
    kind = kind_in(heard.text) or _story_end(found["ordinal"], heard)  # "which scene is first in the movie"
    return replace(heard.base, asks="nth", kind=kind, position=position_of(found["ordinal"]))


def _story_end(ordinal: str, heard: Heard) -> Kind | None:
    """ "opening?" with nothing before it: how the film opens (a scene), not which track comes first."""
    return "scene" if ordinal in ("opening", "closing") and not heard.pending else None


def numbered(heard: Heard) -> Reading | None:
    """ "scene 3", "track two", "song #2"."""
    found = _NUMBERED.search(heard.text) if heard.vocabulary & NUMBERED_TRIGGERS else None
    if found is None or _title_goes_on(heard, found["count"], heard.text[found.end() :]):
        return None
    if heard.pending and _THE_KIND_ONE.fullmatch(heard.text):
        return None  # "the scene one" when asked which one: the choice that is a scene, not scene 1
    return replace(heard.base, asks="nth", kind=noun_kind(found["noun"]), position=count_of(found["count"]))


# (not "scene one": the first)
_THE_KIND_ONE = re.compile(
    r"(?:(?:ok|okay|and|so|um|uh|oh|actually|yes|yeah|no|i mean) )*the (?:scene|track|song) one"
    r"(?: please| pls| thanks| thank you| lol)?"
)


def number_asked(heard: Heard) -> Reading | None:
    """ "scene number?", "what is the number of this scene?": the place of the one talked about, which its reply
    gives; not a track ("number" is also a musical number)."""
    found = _NUMBER_ASKED.match(heard.text) if heard.vocabulary & _NUMBER_TRIGGERS else None
    if found is None:
        return None
    # "where does that fall in the order?": a scene's place; "what number is it?": of the kind talked about
    noun = found["noun"] or found["noun2"] or found["noun3"] or found["noun4"] or ("scene" if found["order"] else None)
    return replace(heard.base, refers_back=True, demonstrative=noun_kind(noun))


_NUMBER_TRIGGERS = frozenset("number position order".split())
_NUMBER_ASKED = re.compile(
    r"^(?:(?:and|so|ok|okay|then) )*(?:(?:what|which) (?:is |s )?)?(?:the )?(?:number|position) (?:of )?"
    r"(?:the |this |that )?(?P<noun>scene|track|song)(?: is (?:it|this|that))?$"
    r"|^(?:(?:and|so|ok|okay|then) )*(?:the |this |that )?(?P<noun2>scene|track) (?:number|position)$"
    # "what number is it?", "which scene number is that one?", "where does that fall in the order of scenes?"
    r"|^(?:(?:and|so|ok|okay|then) )*(?:what|which) (?:(?P<noun3>scene|track) )?number (?:is|s) (?:it|this|that)"
    r"(?: one)?(?: in (?:your|the) order)?$"
    r"|\bwhere does (?:it|that|this)(?: one)? (?:fall|come|sit) in the (?P<order>order)"
    r"(?: of (?P<noun4>scene|track)s)?\b"
)


def _title_goes_on(heard: Heard, number: str, rest: str) -> bool:
    """ "the track seven tiers": the number and the word after it are both words of a name, so they are the
    name ("Seven Tiers"), not a position."""
    following = rest.split()[:1]
    return bool(following) and heard.names(number) and heard.names(following[0])


def opens_closes(heard: Heard) -> Reading | None:
    """ "which scene closes out the movie", "how does it start": the first or last scene."""
    if not heard.vocabulary & _OPEN_CLOSE_TRIGGERS or kind_in(heard.text) == "track":
        return None
    if heard.base.demonstrative in SCENE_NOUN_WORDS or _someone_in_that_scene(heard):
        return None  # "in this scene she struggles, how does it finish for her?": that scene's end, not the film's
    if _THAT_ONES_END.search(heard.text) is not None:
        return replace(heard.base, asks="describe", refers_back=True, demonstrative="scene")
    found = (
        _OPENS_CLOSES.search(heard.text)
        or _HOW_IT_GOES.search(heard.text)
        or _WHAT_IT_OPENS_WITH.search(heard.text)
        or _how_the_film_goes(heard)
    )
    if found is None or _names_an_entry_before(heard, found.start()):
        return None  # "back to the dream, how does it end?": how that scene ends
    prefix = clause_prefix(heard, found.start())
    if not is_order_prefix(_WALK_THROUGH.sub("", prefix)):
        return None
    said = found.groupdict()
    verb = said.get("verb") or said.get("verb2") or said.get("verb3") or said.get("verb4") or ""
    first = re.match(r"opens?|starts?|begins?|kicks?", verb) is not None
    return replace(heard.base, asks="nth", kind="scene", position=1 if first else -1)


# "how does the red shoes start": the film said by its own title
_HOW_TITLE_GOES = re.compile(
    r"\bhow (?:does |did |do )?(?P<title>(?:\w+ ){1,6}?)(?P<verb>start|begin|open|end|finish|conclude)(?:s|es)?"
    r"(?: (?:lol|lmao|tho|though|again|exactly|then|please|pls|haha|ngl|fr))*$"
)


def _how_the_film_goes(heard: Heard) -> re.Match[str] | None:
    found = _HOW_TITLE_GOES.search(heard.text) if heard.facts is not None else None
    if found is None or heard.facts is None:
        return None
    title = found["title"].split()
    return found if all(heard.facts.names_the_film(w) for w in title) else None


# "how that one ends", "tell me a bit more about how it ends": the end of the scene talked about, not the film's
_THAT_ONES_END = re.compile(
    r"(?:\bhow (?:does |did )?that (?:one|scene|part|bit) (?:end|finish|wrap|close)(?:s|es)?\b"
    r"|\bmore about how (?:it|that|that one) (?:end|finish|wrap|close)(?:s|es)?\b)"
    r"(?! (?:up )?for (?:her|him|them)\b)"  # ("more about how it ends for her": her end, the film's)
)


def _names_an_entry_before(heard: Heard, end: int) -> bool:
    """Does a clause before the one at character `end` name an entry other than the film ("the dream, how does it
    end?"), its "it" that entry?"""
    start = max((c for c in heard.clause_chars if c <= end), default=0)
    if not start:
        return False
    said = heard.text[:start]
    before = _BACK_TO.sub("", said).split()
    a_thing = before[:1] in (["the"], ["that"], ["this"]) or not _THING_SAID.isdisjoint(said.split())
    if not a_thing:
        return False  # ("boris scares me, how does it end?": a person said, the film's end asked)
    film = heard.facts.names_the_film if heard.facts is not None else (lambda word: False)
    return any(is_significant(w) and heard.names(w) and not film(w) for w in before)


_THING_SAID = frozenset("back scene part bit sequence moment one track song".split())  # "back to dream scene, ..."
_BACK_TO = re.compile(
    r"^(?:(?:ok|okay|so|and|anyway|now|then|right|but) )*(?:(?:going|go|get|getting) )?(?:back )?(?:to )?"
)


# "can you walk me through how the film starts", "remind me how it ends", "I'd love to know how the film begins":
# a request for the same
_WALK_THROUGH = re.compile(
    r"\b(?:walk|talk|take) (?:me|us) (?:through|thru)\b|\bremind (?:me|us)\b"
    r"|\b(?:i d|id|i would|we d|we would) (?:love|like) to (?:know|hear|learn)\b|\b(?:i|we) (?:want|wanted) to know\b"
    r"|\b(?:i m|im|i am|we re|we are) (?:curious|wondering)(?: about)?\b"
)


def middle(heard: Heard) -> Reading | None:
    """ "smack in the middle", "halfway through"."""
    if not heard.vocabulary & {"middle", "midway", "halfway"} or kind_in(heard.text) == "track":
        return None
    return replace(heard.base, asks="nth", kind="scene", position=0) if _MIDDLE.search(heard.text) else None


_ENDS_WORDS = 12  # words of "how is the beginning of the film? what does she do?"


def ends(heard: Heard) -> Reading | None:
    """ "the opening", "the very end", "how does it start": by position, for any pack."""
    found = _ENDS.match(heard.text) if len(heard.words) <= _ENDS_WORDS and heard.vocabulary & _END_TRIGGERS else None
    if found is None and heard.vocabulary & _END_TRIGGERS and heard.base.demonstrative not in SCENE_NOUN_WORDS:
        found = _HAPPENS_AT_AN_END.search(heard.text)  # not "in this scene, what happens at the end?"
        said = heard.text[: found.start()].split() if found is not None else []
        of_the_film = found is not None and " of " in found.group()
        if not of_the_film and any(is_significant(w) and w not in CHATTER for w in said):
            found = None  # "the <named> scene, what happens at the end?": the end of that one
    if found is None:
        return None
    position = 1 if found["end"] in ("opening", "opener", "beginning", "start") else -1
    return replace(heard.base, asks="nth", kind="scene", position=position)
