"""The second stage: recognisers, one per kind of question, each beside its trigger table.

Each is a pure function of the question's tokens (and of what the pack's vocabulary knows): it returns a
`Reading` with its slots filled (an entry, a list, an order relation, more of the same, the other one, a pick
from a "which one?"), or None. `RECOGNISERS` is their priority. None of them looks an entry up or calls
another: the names a reading holds are found in the pack by the policy.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from .answers import Kind
from .cues import INVERSES, KIN_WORDS
from .intents import FilmFacts, MissingFact, is_everyday, is_request, is_small_talk
from .sentences import ASKING, CHATTER, OPENING_FILLER
from .text import is_significant
from .tokens import ORDER_WORDS, Tokens

Asks = Literal[
    "describe",
    "film",
    "list",
    "order",
    "nth",
    "appears",
    "more",
    "other",
    "pick",
    "empty",
    "missing",
    "small_talk",
    "request",
    "compound",
    "correction",
    "mentions",
    "relation",
    "credit",
]
Relation = Literal["next", "prev", "between"]

_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen".split()
    )
}
_ORDINALS = {
    w: i
    for i, w in enumerate(
        "zeroth first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
        "fourteenth fifteenth".split()
    )
}
_ORDINAL = (
    r"(?:(?:second|third|fourth|fifth|2nd|3rd|4th|5th) (?:from|to) (?:the )?(?:last|end)|"
    r"\d{1,4}(?:st|nd|rd|th)|"
    + "|".join(w for w in _ORDINALS if w != "zeroth")
    + r"|last|final|penultimate|closing|opening|middle|second to last|next to last|third to last|"
    r"second last|third last|last but one)"
)
_COUNT = r"(?:\d{1,4}|" + "|".join(w for w in _NUMBERS if w != "zero") + ")"

# The nouns that say which ordered kind a question is about.
_SCENE_NOUNS = r"(?:scenes?|moments?|sequences?|parts?|bits?|chapters?)"
_TRACK_NOUNS = r"(?:tracks?|songs?|pieces?|tunes?|cues?|numbers?|compositions?)"
_NOUN = rf"(?:{_SCENE_NOUNS}|{_TRACK_NOUNS}|ones?)"
_ADJECTIVES = r"(?:(?:very|memorable|key|big|main|important|famous|major|musical|music|soundtrack|film|movie) )*"

# "the third scene", "the last song", "the second to last one", "the opening track"
_NTH = re.compile(rf"\b(?P<ordinal>{_ORDINAL}) {_ADJECTIVES}(?P<noun>{_NOUN})\b")
# "whats 4th", "and the fifth?", "the penultimate"
_BARE_ORDINAL = re.compile(
    rf"^(?:(?:and|so|ok|what|whats|what s|what is|which is|is|the|then|now) )*(?P<ordinal>{_ORDINAL})"
    r"(?: (?:one|please|pls|plz|then|thanks|in the film|in the movie|of the film|of the movie))*$"
)
# "scene 3", "track two", "scene number 5", "song #2"
_NUMBERED = re.compile(
    rf"\b(?P<noun>scene|track|song|piece|cue)s? (?:is |was |at )?(?:number |no |num |nr |#)?"
    rf"(?P<count>{_COUNT})\b"
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
# "how does it start", "how does the film end", "how finish the film": the first or last scene, by position
_HOW_IT_GOES = re.compile(
    r"\bhow (?P<verb2>starts?|begins?|opens?|ends?|finish(?:es)?|concludes?|closes?) "
    r"(?:the |this )?(?:film|movie|story)\b"
    r"|\bhow (?:does |did |do |will |would |is |s )?"
    r"(?:it|the (?:film|movie|story)|this (?:film|movie|story|one)|(?:film|movie)|(?:the )?(?:whole )?(?:thing|story)|"
    r"everything) (?:is |was )?"
    r"(?:all |even |actually |really |finally |eventually )?(?P<verb>start|begin|open|kick off|end|finish|conclude|"
    r"wrap up|close)"
    r"(?:s|es|ing|ning)?\b"
)
_MIDDLE = re.compile(
    r"\bin the (?:very )?middle"
    r"(?: of (?:the |it |all |that )?(?:film|movie|story|nine|scenes|list|them|it all))?"
    r"(?: (?:which|what) (?:is|one|is it|scene is that)| please| pls| then)?$"
    r"|\b(?:midway|halfway)(?: point| through)?(?: (?:the|of the) (?:film|movie|story))?$"
)

# "the opening", "the ending", "the very end", "the beginning"
_ENDS = re.compile(
    r"^(?:(?:and|so|ok|okay) )?(?:(?:what|how) (?:is |happens |happened )?(?:in |at )?)?(?:the )?(?:very )?"
    r"(?P<end>opening|beginning|start|ending|end|finale|conclusion)"
    r"(?: (?:one|scene|part|bit))?(?: of (?:the )?(?:film|movie|story))?"
    r"(?: (?:what|how) (?:happens|happened|goes on|is happening|does (?:she|he|it) do|(?:she|he) does|(?:she|he) do))?$"
)

_RELATION_WORDS: dict[str, Relation] = {
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
    "leads into": "prev",
    "leading into": "prev",
    "ahead of": "prev",
    "earlier than": "prev",
}
_RELATION = re.compile(
    r"\b(?:(?P<steps>" + _COUNT + r") (?:" + _NOUN + r" )?)?(?:(?:right|just|directly|immediately|straight) )?"
    r"(?P<relation>" + "|".join(sorted(_RELATION_WORDS, key=len, reverse=True)) + r")\b(?P<anchor>.*)$"
)
_BETWEEN = re.compile(r"\bbetween (?P<first>.+?) and (?P<second>.+)$")
_ANCHOR_START = re.compile(r"^(?:she|he|they|it|we) (?:s |is |are |re |has |have |ve )?(?:done|finished|through) ")
_ANCHOR_END = re.compile(
    r"\b(?:is|was|has|have|s)? ?(?:over|done|finished|ends?|ended|wraps? up|is through)"
    r"(?: (?:what|which|then|and)\b.*)?$"
    r"|\b(?:and|then) (?:what|which|who)\b.*$|\bin the (?:film|movie)\b.*$|\bi mean\b.*$"
    r"|\b(?:what|which|is there|are there|there is|there are)\b.*$"
    r"|\b(?:on|in|from|of) (?:the|that|this) (?:soundtrack|album|score|list)\b.*$"
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
    rf"^(?:(?:and|so|ok|okay|then|now) )*(?:what about )?(?P<steps>{_COUNT}|a) (?:{_NOUN} )?"
    r"(?P<way>later|after|afterwards|on|earlier|before|back)"
    r"(?: (?:what|which|how) (?:\w+ ){0,3}\w+)?$"
)
_MORE_WORDS = frozenset(
    """and so ok okay please pls plz can could would you cool nice great thanks interesting tell me us say give
    explain go on keep going continue elaborate expand talk describe what else anything any more a bit little some
    about of regarding it that this her him them one the same scene track song part in detail details then
    abit bout even still further additional extra""".split()
)
_MORE_CUES = frozenset("more continue elaborate expand else going".split())
_MORE = re.compile(
    r"^(?:(?:and|so|ok|okay|please|pls|plz|can you|could you|would you|cool|nice|great|thanks|interesting) )*"
    r"(?:tell me|tell us|say|give me|explain|go on|keep going|continue|elaborate|expand|talk|describe|"
    r"what else|anything else|any more|more)"
    r"(?: (?:more|a bit more|a little more|some more|abit more))?"
    r"(?: (?:about|on|of|regarding))?(?: (?:it|that|this|her|him|them|that one|this one|the same|"
    r"this scene|that scene|this track|that track|this song|that song|that part|this part))?"
    r"(?: (?:more|please|pls|plz|in detail|details?|then))*$"
)
_OTHER = re.compile(
    r"(?:(?:^|\b(?:the|that|which is the|what is the|what about the|and the|and|what about|any) )(?:other|remaining)"
    r"|\banother(?= (?:track|song|piece|tune)\b))"
    r"(?: (?P<noun>one|track|song|piece|tune|music|scene|character|person|guy|man|woman|girl)\b|$)"
)
_PICK = re.compile(
    r"^(?:(?:the|i mean|i meant|mean|meant|number|option|no|nah|choice|oh|ok|um|uh|err?|erm|yes|yeah|and|so|then|now|"
    r"which is|which ones|which one s|"
    r"what about|how about|and what about|what s|whats|what is|what happens in|what happened in|tell me about|"
    r"what s in|what is in|what about) )*"
    r"(?P<which>" + _ORDINAL + "|" + _COUNT + r"|latter|former|later|earlier)"
    r"(?: (?:one|option|choice|please|pls|then|what happens|is about what|is what|is about|of those|of them|"
    r"of these|of these scenes|of those scenes|"
    r"of the scenes|on the list|on that list|in the list|"
    r"in that list|from the list|from that list|on it|in it|listed|you listed|you showed|you mentioned|you said|"
    r"about|about it|then))*$"
)
# "list the scenes", "how many scenes are there", "the scenes in order", "tracklist", "how many songs".
_PLURAL_SCENES = r"(?:scenes|moments|sequences|chapters)"
_PLURAL_TRACKS = r"(?:tracks|songs|pieces|tunes|cues|numbers|track ?list|song ?list|tracklisting|playlist)"
_LIST_CUE = (
    r"(?:\b(?:how many|how much|number of|count|total|list|lists|listing|enumerate|name|names|numbered|rundown|"
    r"run down|"
    r"overview|breakdown|outline|run me through|run through|walk me through|go through|all|every|each|"
    r"whole|full|complete|entire|in order|order|ordered|sequence|chronological|chronologically|"
    r"one by one|what are|what r|which are|what|which|show me|show us|give me|give us)\b)"
)
_LIST = re.compile(
    rf"{_LIST_CUE}.*\b(?P<plural>{_PLURAL_SCENES}|{_PLURAL_TRACKS})\b"
    rf"|\b(?P<plural2>{_PLURAL_SCENES}|{_PLURAL_TRACKS})\b.*{_LIST_CUE}"
    rf"|\b(?P<single>scene|track|song) ?(?:list|order|listing|rundown|count|tally|breakdown|overview|names|titles|"
    rf"lineup|line up|by (?:scene|track|song))\b"
    rf"|\border of (?:the )?(?P<ordered>scenes?|tracks?|songs?)\b"
    rf"|^(?:the )?(?P<alone>{_PLURAL_SCENES}|{_PLURAL_TRACKS}|tracklist|track list)(?: please| pls| plz| then| now)?$"
    rf"|\b(?:every|each) (?P<each>scene|track|song)\b"
    rf"|\bhow many (?P<many>scene|track|song)\b"
)
_LIST_NEGATED = re.compile(r"\b(?:no need|without|not|dont|do not|never mind|rather than|instead of|skip)\b")
# Words a list question may hold besides the list words: anything else makes it a question about entries.
_LIST_FILLER = frozenset(
    """how many much number of count list lists listing enumerate name names numbered rundown run down overview
    breakdown outline me us through walk go all every each whole full complete entire in order ordered sequence
    chronological chronologically one by what are r which is there there s the a an of from start to finish
    beginning end give show tell please pls plz can could you u would i want get see key main memorable important
    big major famous notable best film movie it this that its on soundtrack album score ost music exist exists
    do does have has got total altogether quick quickly real again just and so ok okay hey their they scene
    scenes moments moment sequences chapters tracks songs pieces tunes cues numbers track song piece tune
    tracklist tracklisting playlist go goes come happen happens first last the film s unfold unfolds flow run runs
    proceed follow follows appear appears""".split()
)

# The film as a whole, in other words: its plot, premise, story, conflict, themes; "what is it about".
_FILM_LEVEL = re.compile(
    r"\b(?:plot|plots|storyline|story|premise|synopsis|summary|summarize|summarise|summarized|recap|overview|gist|"
    r"setup|set up|conflict|conflicts|dilemma|themes|(?:main|central|major|key|overall) theme|theme of|thematic|"
    r"logline|main idea|central idea|big idea|message|"
    r"moral|tldr|nutshell|basic idea|what it is about|what its about|whats it about|about what|sum up|sum it up|"
    r"summing up|in short|brief|briefly|elevator pitch|narrative|arc)\b"
    r"|\b(?:what|whats) (?:is|was|s)? ?(?:the|this|that)? ?(?:film|movie|it) (?:even |all |really )?about\b"
    r"|\bwhat (?:the|this) (?:film|movie|story) (?:is|was) (?:\w+ )?about\b"
    r"|\bwhat (?:the|this) (?:films|movies) about\b"
    r"|\b(?:film|movie) about\b|\babout (?:the|this) (?:film|movie)\b|\bwhat happens in (?:the|this) (?:film|movie)\b"
    r"|\b(?:explain|describe|summari[sz]e|recap|tell me about|walk me through) (?:the|this) (?:whole )?"
    r"(?:film|movie)\b"
    r"|\b(?:deal|story|idea|point) (?:with|of|behind) (?:the|this) (?:film|movie)\b"
    r"|\b(?:main|central|core|big|key|basic|overall|underlying) (?:conflict|tension|struggle|question|problem|theme|"
    r"idea|message|point)\b|\bcharacters\b|\bwho s who\b"
    r"|\bwhat (?:film|movie) (?:is|s) (?:this|it)(?: bot)? (?:for|about)\b"  # "what movie is this bot for"
)

# "who does nora love", "whom did he train": the person asked for is not the one named.
_WHO_DOES = re.compile(r"^(?:(?:and|so|ok|but) )?whom? (?:does|did|do|will|would|should|could|can) ")

# "who is her teacher", "who's his rival": "her" is whose, the person asked for is someone else
_POSSESSIVE = re.compile(r"^(?:\w+ ){0,3}?who (?:is|s|was|are) (?:her|his|their) (?!own\b)\w+")

# "who's she arguing with", "who rushes to her side": "she" and "her" do it or have it done, the person asked
# for is the other one
_WHO_WITH = re.compile(
    r"^(?:\w+ ){0,3}?whom? (?:(?:is|s|was|are|were) (?:she|he|they) (?:\w+ing|with|to|against|for)\b|"
    r"(?!is\b|s\b|was\b|are\b|were\b|does\b|did\b)\w+ (?:\w+ ){0,3}?(?:her|him|them)\b)"
)

# Words that can stand before an order relation without making the question about something else:
# "what happens after X" and "which scene sits just before X" ask for order; "why does she panic after X"
# asks about X.
_ORDER_PREFIX = frozenset(
    """what whats which wat how who and so then the a an is s are was were does do did happens happen happened
    happening comes come came goes go going occurs occur occurring takes take place sits sit sitting falls
    scene scenes one part bit moment moments section track song piece tune cue thing stuff next right just
    directly immediately straight see we shown show plays play played played is there anything something
    number anything tell me about describe explain give show exactly in film movie of when where whereabouts coming
    please pls plz can you could u wait hold hang on um uh er hmm sorry actually oh ask may might pray idk tbh
    btw lol ngl imo umm uhh erm move moves moving cut cuts jump jumps shift shifts turn turns to""".split()
)

BACK_REFERENCES = frozenset(
    "it its that thats this those these them they there her hers she shes him he hes his".split()
)
_PERSON_PRONOUNS = {
    "her": "she",
    "she": "she",
    "shes": "she",
    "hers": "she",
    "herself": "she",
    "him": "he",
    "he": "he",
    "hes": "he",
    "his": "he",
    "himself": "he",
}
_PERSON_NOUNS = {
    "guy": "he",
    "man": "he",
    "boy": "he",
    "dude": "he",
    "bloke": "he",
    "gentleman": "he",
    "girl": "she",
    "woman": "she",
    "lady": "she",
    "gal": "she",
}
_DEMONSTRATIVE = re.compile(
    r"\b(?:this|that|the same) (?P<noun>scene|one|part|bit|moment|track|song|piece|tune|character|person|guy|"
    r"girl|woman|man)\b"
)


@dataclass(frozen=True, slots=True)
class Reading:
    """What a question asks, before any entry is looked up."""

    asks: Asks = "describe"
    kind: Kind | None = None  # the ordered kind named by a noun ("scene", "track"), when one is
    relation: Relation | None = None
    steps: int = 1
    position: int | None = None  # for nth: 1-based; negative counts from the end; 0 is the middle
    anchors: tuple[str, ...] = ()  # the text naming the entries an order relation starts from
    pick: int | None = None  # for a pick: 1-based index into the pending choices; None: read the text
    refers_back: bool = False  # a pronoun or "this scene" points at the thread
    person: str | None = None  # "she" / "he" when the question points at a person by pronoun
    pronoun: str | None = None  # the first person pronoun itself: "the girl who loves him" -> "he"
    demonstrative: Kind | None = None  # "this scene" -> scene, "that track" -> track
    someone_else: bool = False  # "who does nora love", "who is her teacher": a person other than the one named
    topic: str = ""  # for a missing fact: what was asked for, in words a reply can use ("the cast")
    quote: str = ""  # for a compound: the part the pack can't answer, as typed ("who plays boris")
    span: tuple[int, int] | None = None  # for a compound or a correction: the words (positions) to answer
    inner: Reading | None = None  # ... and what they ask
    corrects: bool = False  # "no, I meant ...": replaces the last subject
    listed: bool = False  # for a pick: "on that list", "of those": from the last list shown
    referent: str | None = None  # for a relation: "she"/"he", the person the asked-for one relates to; None: named
    link: str = ""  # for a relation of people: the word that says how ("teacher", "love")


_SECOND_QUESTION = re.compile(r"\w (?:and|also) (?:who|what|when|where|how|which|is|does)\b")  # not "and which ..."


def _mentioned(heard: Heard, words: tuple[str, ...]) -> list[str]:
    """The words of a "which scenes ..." clause that say who or what: neither filler nor, unless right after
    "with" or "have" ("which scenes have dragons"), unknown to the pack."""
    return [
        w
        for n, w in enumerate(words)
        if w not in _MENTION_FILLER
        and w not in _LIST_FILLER
        and is_significant(w)
        and (heard.knows(w) or n > 0 and words[n - 1] in _HAVING)
    ]


_HAVING = frozenset("with have has having featuring feature involving about".split())


# Words without which a pattern can't match: a set test is much cheaper than a regular expression search.
_LIST_TRIGGERS = frozenset(
    """scene track song scenes moments sequences chapters tracks songs pieces tunes cues numbers
    tracklist
    tracklisting playlist list listing order every each""".split()
)
_ELLIPTIC_TRIGGERS = frozenset(
    """next after afterwards then later subsequently following previous previously before
    earlier prior preceding back forward ahead""".split()
)
_RELATION_TRIGGERS = frozenset(w for phrase in _RELATION_WORDS for w in phrase.split()[:1])
_APPEAR_TRIGGERS = frozenset(
    """appear appears appeared appearance show shows showed introduced turn turns turned
    seen come comes enter enters screen scene""".split()
)
_ORDINAL_TRIGGERS = frozenset([*_ORDINALS, "last", "final", "penultimate", "closing", "opening", "middle"])
_NUMBERED_TRIGGERS = frozenset("scene scenes track tracks song songs piece pieces cue cues".split())
_OPEN_CLOSE_TRIGGERS = frozenset(
    "open opens opening start starts starting begin begins beginning kick kicks close closes closing end ends "
    "ending finish finishes finishing wrap wraps conclude concludes concluding".split()
)
_FILM_TRIGGERS = frozenset(
    """plot plots storyline story premise synopsis summary summarize summarise summarized recap
    overview gist setup set conflict conflicts dilemma tension struggle question problem characters who themes theme
    thematic logline idea message moral tldr nutshell about sum summing short brief briefly pitch narrative arc
    explain describe tell walk deal point film movie""".split()
)
_END_TRIGGERS = frozenset("opening beginning start ending end finale conclusion credits".split())


def _noun_kind(noun: str | None) -> Kind | None:
    if not noun:
        return None
    if re.fullmatch(_SCENE_NOUNS, noun):
        return "scene"
    if re.fullmatch(_TRACK_NOUNS, noun):
        return "track"
    if noun in ("character", "person", "guy", "man", "woman", "girl"):
        return "character"
    return None


def _position(ordinal: str) -> int:
    """1-based position; negative counts from the end; 0 means the middle."""
    if ordinal in ("last", "final", "closing"):
        return -1
    if ordinal in ("penultimate", "second to last", "next to last", "second last", "last but one"):
        return -2
    if ordinal in ("third to last", "third last"):
        return -3
    counted = re.fullmatch(r"(\w+) (?:from|to) (?:the )?(?:last|end)", ordinal)
    if counted is not None:
        first = counted.group(1)
        return -(int(first[0]) if first[0].isdigit() else _ORDINALS.get(first, 1))
    if ordinal == "middle":
        return 0
    if ordinal == "opening":
        return 1
    if ordinal[0].isdigit():
        return int(ordinal.rstrip("stndrh"))
    return _ORDINALS.get(ordinal, _NUMBERS.get(ordinal, 1))


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBERS.get(word, 1)


_SCENE_NOUN = re.compile(rf"\b{_SCENE_NOUNS}\b")
_TRACK_NOUN = re.compile(rf"\b{_TRACK_NOUNS}\b|\bsoundtrack\b|\bscore\b|\bmusic\b")


def _kind_in(text: str) -> Kind | None:
    """The ordered kind a question's nouns point at, if only one."""
    scene = _SCENE_NOUN.search(text) is not None
    track = _TRACK_NOUN.search(text) is not None
    if scene != track:
        return "scene" if scene else "track"
    return None


# "the one you just told me about", "that one you described": the bot's last answer, not a name
_YOU_SAID = re.compile(
    r"(?:the|that|this) (?:one|scene|track|song|part|bit) (?:that )?(?:you|u) (?:just |have |ve )?"
    r"(?:told me about|talked about|described|mentioned|said|showed me|gave me|told me)(?: (?:just now|earlier))?"
)


def _clean_anchor(text: str) -> str:
    """ "the gala is over" -> "the gala"; "she s done moping alone" -> "moping alone"; "the tragedy where
    she is full of regret" -> "the tragedy" (the clause describes the scene asked for, not the anchor), but "the
    one where she collapses" stays whole (there the clause is all that names the anchor)."""
    text = _ANCHOR_END.sub("", _ANCHOR_START.sub("", text.strip())).strip()
    clause = _WHERE.search(text)
    if clause is not None and not _ANCHOR_PLACEHOLDER.fullmatch(text[: clause.start()].strip()):
        text = text[: clause.start()].strip()
    return text


def _is_order_prefix(text: str) -> bool:
    """Nothing before the relation but question words and filler: "would you tell me which scene comes"."""
    return all(word in _ORDER_PREFIX or word in OPENING_FILLER or not is_significant(word) for word in text.split())


def _clause_prefix(heard: Heard, end: int) -> str:
    """The text before character `end` within its own clause: "back to the opening, what comes after X" ->
    "what comes"."""
    start = max((c for c in heard.clause_chars if c <= end), default=0)
    return heard.text[start:end]


@dataclass(frozen=True, slots=True)
class Heard:
    """What every recogniser reads: some of the question's words (all of them, or the part a compound or a
    correction leaves to answer), and the little it may know besides."""

    tokens: Tokens
    start: int  # the window of tokens.words read: start to end
    end: int
    text: str  # the corrected words of the window, for the patterns
    words: tuple[str, ...]
    typed: str  # the window's words as typed (before spelling correction)
    vocabulary: frozenset[str]
    clauses: tuple[int, ...]  # where clauses start inside the window (positions after its start)
    clause_chars: tuple[int, ...]  # ... and where in `text` (character offsets)
    base: Reading  # what holds whatever the question asks: pronouns, "this scene"
    pending: bool  # a "which one?" or a list is open: "2" picks from it
    knows: Callable[[str], bool]  # whether the pack uses a word
    names: Callable[[str], bool]  # whether a word is part of an entry's name (a title or an alias)
    facts: FilmFacts | None  # the film facts the pack lacks, with the film's names filled in
    fact: MissingFact | None  # ... and the one this question asks for, if any (looked for once)


Recogniser = Callable[[Heard], "Reading | None"]


def hear(
    tokens: Tokens,
    start: int,
    end: int,
    pending: bool,
    knows: Callable[[str], bool],
    facts: FilmFacts | None,
    names: Callable[[str], bool] = lambda word: False,
) -> Heard:
    words = tokens.words[start:end]
    text = " ".join(words)
    typed = " ".join(part.typed for part in tokens.parts[start:end]) if tokens.parts else tokens.typed
    clauses = tuple(c - start for c in tokens.clauses if start < c < end)
    chars = tuple(len(" ".join(words[:c])) + 1 for c in clauses)
    # dict.fromkeys: the question is checked once when spelling corrected nothing
    fact = facts.missing_fact(*dict.fromkeys((typed, text))) if facts is not None else None
    return Heard(
        tokens,
        start,
        end,
        text,
        words,
        typed,
        frozenset(words),
        clauses,
        chars,
        base_reading(text, words),
        pending,
        knows,
        names,
        facts,
        fact,
    )


def empty(heard: Heard) -> Reading | None:
    return replace(heard.base, asks="empty") if not heard.words else None


# The joints of a two-part question: "what year is it from, and what happens in the audition?"
_JOINTS = frozenset("and also plus n".split())


def compound(heard: Heard) -> Reading | None:
    """Two questions in one message, one of them for a fact the pack lacks: the other part is answered and
    the reply says which part it can't answer. Its slots: the fact, the quote, the window of the other part."""
    facts = heard.facts
    joined = heard.vocabulary & _JOINTS or heard.clauses  # "year? mutiny scene?": two questions, no "and"
    if facts is None or heard.fact is None and (not joined or len(heard.words) > 6):
        return None  # (a short part alone may ask a fact the whole doesn't match: "audition + director?")
    words = heard.words
    joints = [(i, i + 1) for i, w in enumerate(words) if w in _JOINTS and 0 < i < len(words) - 1]
    joints += [(i, i) for i in heard.clauses]
    found = [split for cut, resume in joints if (split := _split(heard, cut, resume)) is not None]
    if not found:
        return None
    # the cut whose answerable part asks a question of its own ("...what's the cast like? and what genre...")
    _, fact, quote, span = max(found, key=lambda split: split[0])
    return replace(heard.base, asks="compound", topic=fact.topic, quote=quote, span=span)


def _split(
    heard: Heard, cut: int, resume: int
) -> tuple[tuple[bool, int, int], MissingFact, str, tuple[int, int]] | None:
    """The message cut in two here, if one part asks a fact the pack lacks and the other something else:
    (how much the other part asks, the fact, its words as typed, the other part's window)."""
    facts, words, typed, start = heard.facts, heard.words, heard.typed.split(), heard.start
    left, right = (words[:cut], typed[:cut]), (words[resume:], typed[resume:])
    if facts is None or not left[0] or not right[0]:
        return None
    left_fact = facts.missing_fact(" ".join(left[1]), " ".join(left[0]))
    right_fact = facts.missing_fact(" ".join(right[1]), " ".join(right[0]))
    if (left_fact is None) == (right_fact is None):
        return None
    # the part asking the fact is a question by that alone ("the film win oscar or not?"); the other must ask
    if not _a_question(right[0] if left_fact is not None else left[0]):
        return None
    if left_fact is not None:
        fact, quote, span = left_fact, " ".join(left[1]), (start + resume, heard.end)
    elif right_fact is not None:
        fact, quote, span = right_fact, " ".join(right[1]), (_asked_from(heard, start, start + cut), start + cut)
    rest = heard.tokens.words[span[0] : span[1]]
    if not _asks_something_else(rest, opens=left_fact is None and resume == cut, knows=heard.knows):
        return None
    asks = any(w in ASKING for w in rest)
    said = sum(is_significant(w) and w not in _JOINTS and heard.knows(w) for w in rest)  # the pack's own words
    return (asks, said, -len(rest)), fact, quote, span  # asks, says most, in fewest words


def _asked_from(heard: Heard, start: int, end: int) -> int:
    """Where the question in these words starts: at the last clause opening with a question word ("my uncle
    asked me two things: who composed its score, and ..." -> "who composed its score"), else at `start`."""
    words = heard.tokens.words
    opening = [c for c in heard.tokens.clauses if start < c < end and _opens_asking(words[c:end])]
    return opening[-1] if opening else start


def _opens_asking(words: tuple[str, ...]) -> bool:
    opener = next((w for w in words if w not in OPENING_FILLER), "")
    return opener in ASKING


def _asks_something_else(rest: tuple[str, ...], *, opens: bool, knows: Callable[[str], bool]) -> bool:
    """Does the part besides the missing fact ask anything of its own? Not "do you have those" (the same question
    again), nor "by any chance", nor "for his school essay" (no word of the pack's), nor a lone "Next," opening
    the message (`opens`: a next question, but "before, and budget?" is two)."""
    text = " ".join(rest)
    tail = _ASKS_FOR_IT.search(text)
    said = [w for w in (text[: tail.start()] if tail is not None else text).split() if w not in _HEDGES]
    asking = (
        w in ASKING
        or w in ORDER_WORDS
        or w in _NUMBERED_TRIGGERS
        or w in _ORDINAL_TRIGGERS
        or w in _NUMBERS
        or w.isdigit()
        or w in BACK_REFERENCES
        and w not in _POSSESSIVES
        for w in said
    )
    if not any(asking) and not any(is_significant(w) and knows(w) for w in said):
        return False
    return not (opens and len(said) == 1 and said[0] in ORDER_WORDS)


_ASKS_FOR_IT = re.compile(
    r"(?:^|\b(?:and|so|also|ok|please) |\b)(?:do|does|can|could|would|will) (?:you|u) (?:\w+ )?"
    r"(?:have|know|give|tell|find|share|check|say)(?: me| us)?(?: (?:that|those|it|them|this))?(?: please| too)?$"
)
# Words that only soften a question: "by any chance", "if you know".
_HEDGES = frozenset("by any chance perhaps maybe possibly if you know possible happen to way btw".split())
_POSSESSIVES = frozenset("her his its their".split())  # "for his school essay" points at nobody's answer


def _a_question(words: tuple[str, ...] | list[str]) -> bool:
    """Can these words stand as one part of a two-part question: a question word, or a few words ("boris")?"""
    return len(words) <= 5 or any(w in ASKING for w in words)


def missing_fact(heard: Heard) -> Reading | None:
    """A film fact the pack doesn't give: the cast, the year, awards."""
    fact = heard.fact
    return replace(heard.base, asks="missing", topic=fact.topic) if fact is not None else None


def small_talk(heard: Heard) -> Reading | None:
    return replace(heard.base, asks="small_talk") if is_small_talk(list(heard.words)) else None


def request(heard: Heard) -> Reading | None:
    """ "can you play music", "write me a poem": a task, not a question about the film."""
    disowned = heard.tokens.disowned and not heard.tokens.named  # "this isn't about the film, but ...", no name
    everyday = bool(heard.vocabulary & _EVERYDAY_CLUES) and _everyday(heard)
    return replace(heard.base, asks="request") if disowned or everyday or is_request(heard.typed) else None


def _everyday(heard: Heard) -> bool:
    """ "is it going to rain in leeds tomorrow": an everyday question; but "what time is it in the story when she
    dances" asks about the film (more than one word the pack knows)."""
    if not is_everyday(heard.typed) or heard.tokens.named or heard.vocabulary & _KIND_WORDS:
        return False
    known = [w for w in heard.words if w not in _EVERYDAY_CLUES and is_significant(w) and heard.knows(w)]
    return len(known) <= 1


# "no, I meant the dream one", "nah sorry i meant 4": a correction of the last answer, then what was meant
_CORRECTION = re.compile(
    r"^(?:(?:no|nah|nope|not that|not that one|wrong|wrong one|sorry|oops|hmm|um|uh|oh|ah|actually|wait|i|ok|okay)"
    r" )*(?:i meant|i mean|meant|i was asking about|i was talking about|i m asking about)\b"
    r"|^(?:no|nah|nope|wrong one|not that one)(?= \w)"
)


def correction(heard: Heard) -> Reading | None:
    """ "nah i meant the one where she argues with boris": the words after the correction, read afresh."""
    found = _CORRECTION.match(heard.text) if heard.words[0] in _CORRECTION_OPENERS else None
    if found is None:
        return None
    rest = len(heard.text[: found.end()].split())
    if rest >= len(heard.words):
        return None
    return replace(heard.base, asks="correction", corrects=True, span=(heard.start + rest, heard.end))


_CORRECTION_OPENERS = frozenset(
    "no nah nope not wrong sorry oops hmm um uh oh ah actually wait i meant ok okay".split()
)


def pick(heard: Heard) -> Reading | None:
    """ "2", "the first one", "and 8?", "the first of those, what happens there?": a choice from an open
    "which one?" or from the list (or the kind) just shown."""
    if not heard.pending:
        return None
    found = _PICK.match(heard.text)
    if found is None and heard.clauses:
        lead = " ".join(heard.words[: heard.clauses[0]])
        found = _PICK.match(lead) if len(heard.words) - heard.clauses[0] <= 8 else None
    credit = _CREDIT_OF.match(heard.text) if found is None else None
    if credit is not None:  # "who is the second one by?": that one (its reply gives the credit)
        found = _PICK.match(credit["which"])
    which = found["which"] if found is not None else _pick_inside(heard)
    if which is None or which in ("later", "earlier") and found is not None and found.end() < len(heard.text):
        return None  # "the earlier one, with boris in private": described, not only placed
    index = _BEFORE_AFTER_PICKS.get(which) or (_count(which) if re.fullmatch(_COUNT, which) else _position(which))
    return replace(heard.base, asks="pick", pick=index, listed=bool(heard.vocabulary & _LIST_REFERENCES))


# "what is happening in the middle one of those?", "tell me more to the first one", "tell about third": a pick
# said inside other words (a scene or track noun after it is an nth: "the first scene")
_PICK_INSIDE = re.compile(
    rf"\b(?:the )?(?:one (?:\w+ ){{0,2}}in the (?:very |exact )?(?P<middle>middle)"
    rf"|(?<!scene )(?<!track )(?<!song )number (?P<count>{_COUNT})\b"
    rf"|(?P<which>{_ORDINAL}|latter|former)\b"
    r"(?P<one> (?:one|ones|option|choice|entry|item))?)"
    r"(?P<ref> (?:of|on|in|from) (?:(?:the|that|this|your|his|her|their) (?:list|lists|scenes|ones|tracks|songs|titles)"
    r"|those|these|them)|(?: one)? (?:there|listed)| you (?:listed|showed|mentioned|said|gave))?"
    r"(?! (?:scene|track|song|piece|part|bit|moment|sequence|cue|number|composition)s?\b)"
)


_PICK_WORDS = frozenset("number latter former middle".split())


def _around_pick(heard: Heard, found: re.Match[str]) -> list[str]:
    """The words around a pick, but not what its clause says of it ("the sixth one there seems like the
    peak; could you summarise it": "could you summarise it")."""
    after = heard.text[found.end() :]
    ends = [c - found.end() for c in heard.clause_chars if c > found.end()]
    if _SAID_OF_IT.match(after):
        after = after[min(ends, default=len(after)) :]
    return (heard.text[: found.start()] + " " + after).split()


_SAID_OF_IT = re.compile(r"^ (?:sounds|seems|looks|is|was|s)\b")
# Words around such a pick that ask for it, not for something else: "what pass there", "summarise it".
_PICK_ASKING = frozenset(
    "pass passes passing summarise summarize summary recap tell describe about see show lemme let hear read end".split()
)


def _pick_inside(heard: Heard) -> str | None:
    """The ordinal of a pick said inside other words, when none of those words is the pack's own (then they
    would describe what is picked: "the last one with boris" is not the last of the list)."""
    if not (_has_ordinal(heard) or heard.vocabulary & _PICK_WORDS):
        return None
    found = _PICK_INSIDE.search(heard.text)
    if found is None:
        return None
    which = found["which"] or found["count"] or "middle"
    said_as_pick = found["one"] or found["ref"] or found["middle"] or found["count"] or found.end() == len(heard.text)
    if not said_as_pick or which in ("opening", "closing") and not (found["one"] or found["ref"]):
        return None  # "tell me about the opening": how the film opens
    rest = _around_pick(heard, found)
    if ORDER_WORDS & set(rest):
        return None  # "the one before the last": an order relation
    stray = [w for w in rest if w not in _PICK_ASKING and is_significant(w) and heard.knows(w)]
    return None if stray else which


# "the later one", "the earlier one": of two choices, the last or the first
_BEFORE_AFTER_PICKS = {"latter": -1, "former": 1, "later": -1, "earlier": 1}
_CREDIT_OF = re.compile(r"^(?:(?:and|so|ok) )*who (?:is|s|was|wrote|composed|did) (?P<which>.+?)(?: by)?$")
_LIST_REFERENCES = frozenset("list listed those them these".split())


def anchored(heard: Heard) -> Reading | None:
    """ "the dream one, what comes after it?": an order relation whose anchor is the clause before it."""
    words = heard.words
    # with a thread, "it" is what was talked about unless the clause before names something ("the dream one");
    # with none, a description will do ("the knife on the table scene, whats after it")
    for clause in _anchor_breaks(heard):
        lead, named = _anchor_lead(heard, clause)
        if not named or _asks(words[:clause]):
            continue  # "is the interlude by the same person, then?": a question, not a name to start from
        ends = [end for end in (*(c for c in heard.clauses if c > clause), len(words))]
        for end in dict.fromkeys((len(words), ends[0])):
            rest = " ".join(words[clause:end])
            found = _ELLIPTIC.match(rest)
            if found is not None:
                way: Relation = "next" if re.fullmatch(_NEXT_WORDS, found["relation"]) else "prev"
                return replace(heard.base, asks="order", kind=_kind_in(lead), relation=way, anchors=(lead,))
            related = _RELATION.search(rest)
            if related is not None and _is_order_prefix(rest[: related.start()]):
                anchor = _clean_anchor(related["anchor"])
                if not anchor or all(w in _REFERENCES for w in anchor.split()):
                    steps = _count(related["steps"]) if related["steps"] else 1
                    way = _RELATION_WORDS[related["relation"]]
                    return replace(
                        heard.base, asks="order", kind=_kind_in(lead), relation=way, steps=steps, anchors=(lead,)
                    )
    return None


def _anchor_lead(heard: Heard, clause: int) -> tuple[str, bool]:
    """The words before a clause that may name an anchor, and whether they do: with a thread, by part of a name
    ("the dream one"); with none, by any word of the pack; a scene gone back to ("ok back to the fight scene",
    "back to the scene") always does."""
    before = " ".join(heard.words[:clause])
    back = _BACK_TO_A_SCENE.search(before) if heard.pending else None
    if back is not None:
        return back["scene"], True
    lead = _clean_lead(before)
    names = heard.names if heard.pending else heard.knows
    return lead, any(is_significant(w) and names(w) for w in lead.split())


_REFERENCES = frozenset("it that this one the them there of".split())
_BACK_TO_A_SCENE = re.compile(r"\bback to (?P<scene>(?:the|that|this) (?:\w+ ){0,3}(?:scene|part|bit|one))$")
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
        and (words[i - 1] in _ONE_NOUNS or heard.names(words[i - 1]) or _ORDER_AFTER & set(words[i + 1 : i + 4]))
    )  # "the confrontation whats before it", "the one where she wakes from the dream what happens after"
    return tuple(sorted({*heard.clauses, *unmarked}))


def _asks(words: tuple[str, ...]) -> bool:
    """Does this clause open with a question word (after filler): "is it", "who is"; not "what about"?"""
    if words[:1] and words[0] in ("the", "that", "this", "a"):
        return False  # "the one where she wakes from the dream": a description, whatever follows
    opener = next((w for w in words if w not in OPENING_FILLER), "")
    return opener in ASKING and opener not in ("what", "whats", "wat", "how") or opener in ("is", "are", "who")


_LEAD_FILLER = re.compile(
    r"^(?:(?:ok|okay|so|and|anyway|anyways|alright|right|now|then|well|but|also|going|go|back|to|about|the|"
    r"what|how) )*"
)


def _clean_lead(text: str) -> str:
    """ "ok anyway back to the rehearsal" -> "the rehearsal"'s words: what names the anchor."""
    return _LEAD_FILLER.sub("", text + " ").strip()


def listing(heard: Heard) -> Reading | None:
    """ "list the scenes", "how many songs": the whole list of one kind, nothing else asked (in its clause;
    other clauses may chat, but not ask: "yo, quick q: can you list the scenes for me?")."""
    found = _LIST.search(heard.text) if heard.vocabulary & _LIST_TRIGGERS else None
    if found is None or _LIST_NEGATED.search(heard.text):
        return None
    words, others = _list_clause(heard)
    film = _film_name_said(heard, words)
    if film is None:
        return None
    if _asks(others) and not _asks_for_them(others):
        return None
    if any(heard.names(w) and w not in _LIST_FILLER and w not in film for w in others):
        return None
    noun = next(g for g in found.groups() if g)
    listed: Kind = "scene" if re.fullmatch(rf"{_PLURAL_SCENES}|scene", noun) else "track"
    return replace(heard.base, asks="list", kind=listed)


def _film_name_said(heard: Heard, words: tuple[str, ...]) -> frozenset[str] | None:
    """The film's own name's words said in a list question ("how many scenes for <title>"), or None when the
    clause asks about something else the pack knows."""
    asked = [w for w in words if w not in _LIST_FILLER and is_significant(w) and heard.knows(w)]
    film = heard.facts.title_words(heard.text) if heard.facts is not None and asked else frozenset()
    return film if all(w in film for w in asked) else None


def _list_clause(heard: Heard) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The words of the clause asking for a list, and the other clauses' words."""
    starts = (0, *heard.clauses, len(heard.words))
    for start, end in zip(starts, starts[1:], strict=False):
        words = heard.words[start:end]
        if set(words) & _LIST_TRIGGERS and _LIST.search(" ".join(words)):
            return words, heard.words[:start] + heard.words[end:]
    return heard.words, ()


_NAMING = frozenset("list name names named call called titled titles enumerate".split())
_THEM = frozenset("them they those their".split())


def _asks_for_them(words: tuple[str, ...]) -> bool:
    """ "how many scenes are there, and could you list them?": the other part asks for the same list."""
    return bool(_NAMING & set(words)) and bool(_THEM & set(words))


_ASKING_WHICH = re.compile(r"^(?:which|what) (?:scene|one|track|song) (?:is|s|comes|was) ")
_FILLER_WORDS = OPENING_FILLER | CHATTER


@lru_cache(maxsize=256)
def _after_filler(text: str) -> str:
    """The text after its opening filler ("k", "ok so", "lol wait"): what it asks starts there."""
    words = text.split()
    start = next((n for n, w in enumerate(words) if w not in _FILLER_WORDS), len(words))
    return " ".join(words[start:])


def more(heard: Heard) -> Reading | None:
    """ "tell me more", "go on": more of the same subject."""
    words = set(heard.words)
    if _MORE.match(_after_filler(heard.text)) or (
        words <= _MORE_WORDS and (words & _MORE_CUES or re.search(r"\bgo on\b", heard.text))
    ):
        return replace(heard.base, asks="more")
    return None


def other(heard: Heard) -> Reading | None:
    """ "and the other one?": the other of two, or what was also close last time."""
    found = _OTHER.search(heard.text) if "other" in heard.vocabulary else None
    return replace(heard.base, asks="other", kind=_noun_kind(found["noun"])) if found is not None else None


def elliptic(heard: Heard) -> Reading | None:
    """ "what happens next?", "and before that?": an order relation from the thread, naming nothing (the whole
    question, or its first clause when the rest only chats: "and the one before that, because I slept")."""
    if heard.vocabulary & _LEADING and _LEADS_ON.match(heard.text):  # "and what does it lead into?"
        return replace(heard.base, asks="order", relation="next")
    if not heard.vocabulary & _ELLIPTIC_TRIGGERS:
        return None
    counted = _STEPS_AWAY.match(heard.text)
    if counted is not None:  # "and two scenes later, what happens?"
        way: Relation = "next" if counted["way"] in ("later", "after", "afterwards", "on") else "prev"
        steps = 1 if counted["steps"] == "a" else _count(counted["steps"])
        return replace(heard.base, asks="order", kind=_kind_in(heard.text), relation=way, steps=steps)
    first = " ".join(heard.words[: heard.clauses[0]]) if heard.clauses else ""
    for text in (heard.text, first if first and _rest_only_chats(heard) else ""):
        found = _ELLIPTIC.match(text) if text and len(text.split()) <= 12 else None
        if found is not None:
            way = "next" if re.fullmatch(_NEXT_WORDS, found["relation"]) else "prev"
            return replace(heard.base, asks="order", kind=_kind_in(text), relation=way)
    return None


def _rest_only_chats(heard: Heard) -> bool:
    """Do the clauses after the first ask nothing of their own ("because I slept")? "and then the next part,
    where she turns up ..." describes the next one; "the earlier one, where ..." is any earlier one (the
    description tells which)."""
    rest = heard.words[heard.clauses[0] :] if heard.clauses else ()
    known = [w for w in rest if is_significant(w) and heard.knows(w)]
    if not _asks(rest) and not any(heard.names(w) for w in rest) and len(known) < 2:
        return True
    return rest[:1] == ("where",) and not {"earlier", "later"} & set(heard.words[: heard.clauses[0]])


def between(heard: Heard) -> Reading | None:
    """ "which scene comes between X and Y"."""
    found = _BETWEEN.search(heard.text) if "between" in heard.vocabulary else None
    if found is None or not _is_order_prefix(_clause_prefix(heard, found.start())):
        return None
    anchors = (found["first"].strip(), _clean_anchor(found["second"]))
    kind = _kind_in(heard.text[: found.start()])
    return replace(heard.base, asks="order", kind=kind, relation="between", anchors=anchors)


def relation(heard: Heard) -> Reading | None:
    """ "what happens after X", "two scenes before X": an order relation from a named anchor."""
    text = heard.text
    found = _RELATION.search(text) if heard.vocabulary & _RELATION_TRIGGERS else None
    if found is None or not _is_order_prefix(_clause_prefix(heard, found.start())):
        return None
    if not _clause_prefix(heard, found.start()).strip() and _NTH.search(text[: found.start()]):
        return None  # "what happens in the very first scene, before the daughter shows up?": that scene
    anchor = _anchor_of(heard, found)
    if anchor is None:
        return None
    if not heard.pending and (not anchor or all(w in _REFERENCES for w in anchor.split())):
        anchor = _described_before(heard, found.start()) or anchor  # nothing before: "that one" is described
    return replace(
        heard.base,
        asks="order",
        kind=_kind_in(_clause_prefix(heard, found.start())) or _kind_in(anchor),
        relation=_RELATION_WORDS[found["relation"]],
        steps=_count(found["steps"]) if found["steps"] else 1,
        anchors=(anchor,) if anchor else (),
    )


def _anchor_of(heard: Heard, found: re.Match[str]) -> str | None:
    """What an order relation counts from, to its clause's end ("" for the one talked about), or None when
    the words are no order question after all."""
    text = heard.text
    ends = [c for c in heard.clause_chars if c > found.start("anchor")]
    anchor = _clean_anchor(text[found.start("anchor") : min(ends, default=len(text))])
    # "what happens there after she bows": within the scene talked about; but "the scene that comes after the
    # speeches, what happens in that one?" asks what follows them
    there = _ABOUT_THERE.search(text)
    named_kind = there is not None and there.start() > found.start() and _kind_in(_clause_prefix(heard, found.start()))
    # "the one that comes right after it, what happens there?": there is the one after it
    placeholder = _ANCHOR_PLACEHOLDER.fullmatch(anchor) is not None
    if there is not None and not named_kind and not (ends and (anchor in _IT or placeholder)):
        return None
    if anchor.endswith(" there") or anchor.split()[:1] and anchor.split()[0] in _ASKERS:
        return None  # "after she finishes dancing there": within the scene; "before i embarrass myself": the asker's
    # "and then the next part, where she turns up ...", "the scene before the one you just told me about"
    return "" if placeholder or _YOU_SAID.fullmatch(anchor) else anchor


_IT = frozenset({"it", "that", "this", "that one", "this one"})
_ASKERS = frozenset("i im ive my me we were our us".split())  # an anchor opening with one is about the asker


def _described_before(heard: Heard, at: int) -> str:
    """ "There's a scene where the commander writes the days of air left on the wall... What scene comes right
    after that one?": the clauses before the question's own describe what "that one" is, when they say enough."""
    start = max((c for c in heard.clause_chars if c <= at), default=0)
    lead = heard.text[:start].strip()
    said = [w for w in lead.split() if is_significant(w) and heard.knows(w)]
    return lead if start and len(said) >= _DESCRIBES_AN_ANCHOR else ""


_DESCRIBES_AN_ANCHOR = 3  # words of the pack's own the clauses before an order question need to name its anchor


def appears(heard: Heard) -> Reading | None:
    """ "when does she first appear": the first or last scene naming a person."""
    found = _APPEARS.search(heard.text) if heard.vocabulary & _APPEAR_TRIGGERS else None
    if found is None or ORDER_WORDS & set(found.group().split()):
        return None  # "the very first scene, before the daughter shows up": the first scene
    which = found["which"] or found["which2"] or found["which3"] or found["which4"]
    return replace(heard.base, asks="appears", kind="scene", position=1 if which in ("first", "earliest") else -1)


def _has_ordinal(heard: Heard) -> bool:
    return bool(heard.vocabulary & _ORDINAL_TRIGGERS) or any(w[:1].isdigit() for w in heard.words)


def nth(heard: Heard) -> Reading | None:
    """ "the third scene", "the last song", "the opening track", "the song at the very end"."""
    at_an_end = _AT_AN_END.search(heard.text) if heard.vocabulary & _END_TRIGGERS else None
    if at_an_end is not None:  # "the song at the very end", "the music of the end credits"
        first = at_an_end["end"] in ("start", "beginning", "opening", "opening credits")
        ended: Kind = _noun_kind(at_an_end["noun"]) or "track"  # music, a theme
        return replace(heard.base, asks="nth", kind=ended, position=1 if first else -1)
    found = _NTH.search(heard.text) if _has_ordinal(heard) else None
    if found is None:
        return None
    # kind None: "the last one", of whichever ordered kind the thread is about
    kind = _noun_kind(found["noun"]) or _kind_in(heard.text)
    kind = kind or _story_end(found["ordinal"], heard)
    return replace(heard.base, asks="nth", kind=kind, position=_position(found["ordinal"]))


_AT_AN_END = re.compile(
    r"\b(?P<noun>song|track|tune|piece|scene|music|theme) (?:that (?:plays|comes|is playing) )?"
    r"(?:at|in|of|during|over) the (?:very )?"
    r"(?P<end>end credits|closing credits|opening credits|credits|ending|end|start|beginning|opening)"
    r"(?! of (?!(?:the |this )?(?:film|movie)\b))\b"
)


def bare_ordinal(heard: Heard) -> Reading | None:
    """ "whats 4th", "and the fifth?", "the penultimate", "ok and which scene is the fourth?"."""
    text = _ASKING_WHICH.sub("", _after_filler(heard.text))
    found = _BARE_ORDINAL.match(text) if len(text.split()) <= 6 and _has_ordinal(heard) else None
    if found is None:
        return None
    kind = _kind_in(heard.text) or _story_end(found["ordinal"], heard)  # "which scene is first in the movie"
    return replace(heard.base, asks="nth", kind=kind, position=_position(found["ordinal"]))


def _story_end(ordinal: str, heard: Heard) -> Kind | None:
    """ "opening?" with nothing before it: how the film opens (a scene), not which track comes first."""
    return "scene" if ordinal in ("opening", "closing") and not heard.pending else None


def numbered(heard: Heard) -> Reading | None:
    """ "scene 3", "track two", "song #2"."""
    found = _NUMBERED.search(heard.text) if heard.vocabulary & _NUMBERED_TRIGGERS else None
    if found is None or _title_goes_on(heard, found["count"], heard.text[found.end() :]):
        return None
    return replace(heard.base, asks="nth", kind=_noun_kind(found["noun"]), position=_count(found["count"]))


def _title_goes_on(heard: Heard, number: str, rest: str) -> bool:
    """ "the track seven tiers": the number and the word after it are both words of a name, so they are the
    name ("Seven Tiers"), not a position."""
    following = rest.split()[:1]
    return bool(following) and heard.names(number) and heard.names(following[0])


def opens_closes(heard: Heard) -> Reading | None:
    """ "which scene closes out the movie", "how does it start": the first or last scene."""
    if not heard.vocabulary & _OPEN_CLOSE_TRIGGERS or _kind_in(heard.text) == "track":
        return None
    if heard.base.demonstrative in _SCENE_NOUN_WORDS:
        return None  # "in this scene she struggles, how does it finish for her?": that scene's end, not the film's
    found = _OPENS_CLOSES.search(heard.text) or _HOW_IT_GOES.search(heard.text)
    if found is None or not _is_order_prefix(_clause_prefix(heard, found.start())):
        return None
    verb = found.groupdict().get("verb") or found.groupdict().get("verb2") or ""
    first = re.match(r"opens?|starts?|begins?|kicks?", verb) is not None
    return replace(heard.base, asks="nth", kind="scene", position=1 if first else -1)


_EVERYDAY_CLUES = frozenset("weather forecast rain time recipe recipes capital exchange".split())
_SCENE_NOUN_WORDS = frozenset("scene part bit moment".split())
_KIND_WORDS = _SCENE_NOUN_WORDS | frozenset("scenes film movie track song soundtrack score".split())


def middle(heard: Heard) -> Reading | None:
    """ "smack in the middle", "halfway through"."""
    if not heard.vocabulary & {"middle", "midway", "halfway"} or _kind_in(heard.text) == "track":
        return None
    return replace(heard.base, asks="nth", kind="scene", position=0) if _MIDDLE.search(heard.text) else None


_ENDS_WORDS = 12  # words of "how is the beginning of the film? what does she do?"


def ends(heard: Heard) -> Reading | None:
    """ "the opening", "the very end", "how does it start": by position, for any pack."""
    found = _ENDS.match(heard.text) if len(heard.words) <= _ENDS_WORDS and heard.vocabulary & _END_TRIGGERS else None
    if found is None:
        return None
    position = 1 if found["end"] in ("opening", "beginning", "start") else -1
    return replace(heard.base, asks="nth", kind="scene", position=position)


# "which scenes is julian in", "her scenes", "does he show up in any scene": the scenes naming a person
_MENTION_FILLER = frozenset(
    """which what how many scenes scene any all every of the in is are was s r does do did appear appears appeared
    appearing show shows shown showing up turn turns feature features featured featuring name names named mention
    mentions mentioned present star stars actually by and his her their other there have has with w them it its
    get gets got list give me tell see real really mean meant""".split()
)


def _asks_order(heard: Heard) -> bool:
    """Does it ask before or after something? A trailing "then" doesn't: "what scenes is the teacher in then"."""
    ordered = heard.vocabulary & _ELLIPTIC_TRIGGERS
    return bool(ordered) and not (heard.words[-1:] == ("then",) and len(ordered) == 1)


_MENTION_CLUES = frozenset("any every all scene ones appear appears appearing show shows".split())
_ANY_SCENE = re.compile(
    r"\b(?:any|every|all) (?:the |of the )?scenes?\b"
    # "which scene descriptions name him", "does your scene list name him"; "which ones have the captain"
    r"|\bscene (?:descriptions?|summaries|summary|texts?|list)\b|\b(?:appears?|shows? up) where\b"
    r"|\bin which scene \w+ (?:is )?(?:appear|appears|appearing|present|coming)\b"
    r"|^(?:(?:and|so|ok|huh) )*which ones (?:have|has|name|mention)\b"
)


def mentions(heard: Heard) -> Reading | None:
    """The scenes whose text names a person: a plural "scenes" (or "any scene") with a person and little else."""
    words = heard.vocabulary
    if not ("scenes" in words or words & _MENTION_CLUES and _ANY_SCENE.search(heard.text)):
        return None  # "the scene where she's wandering around all disheveled" is one scene described
    if _LIST_NEGATED.search(heard.text) or _asks_order(heard) or _SECOND_QUESTION.search(heard.text):
        return None  # "how many scenes, and who composed the soundtrack": two questions, not one about scenes
    content = _mentioned_around_scenes(heard)
    person = heard.base.person if words & _PERSON_PRONOUNS.keys() else None
    # "in any scenes?" just after someone: theirs
    in_play = heard.pending and "in" in words and len(heard.words) <= _TERSE_MENTION
    if len(set(content)) > 3 or not (content or person or in_play):
        return None
    if content and heard.facts is not None and set(content) <= heard.facts.title_words(heard.text):
        return None  # "how many scenes do you have for <the film's title>": the film's scenes, all of them
    return replace(heard.base, asks="mentions", person=person)


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


# Words that say how one person relates to another: general English, no film in it.
_RELATION_NOUNS = (
    frozenset(
        """teacher teachers instructor mentor coach master tutor professor trainer student pupil protege eleve
    apprentice boyfriend girlfriend lover partner husband wife fiance fiancee crush friend rival enemy boss
    colleague mother father sister brother daughter son parent admirer suitor sweetheart aunt uncle nephew niece
    cousin grandmother grandfather grandson granddaughter employee assistant henchman partner child ex flame
    twin""".split()
    )
    | KIN_WORDS.keys()
)
_RELATION_VERBS = frozenset(
    """love loves loved loving like likes liked liking adore adores adoring teach teaches taught teaching train
    trains trained training mentors mentoring coaches coaching marry marries marrying dates dating kiss kisses
    kissing fancy fancies controls controlling hires discovers discovered""".split()
)
_POSSESSED = re.compile(r"\b(?P<whose>her|his) (?:\w+ ){0,2}?(?P<noun>" + "|".join(sorted(_RELATION_NOUNS)) + r")\b")
# "guy vicky falls for": a person noun, a name, a relation verb
_VERBS = "|".join(sorted(_RELATION_VERBS))
_NAMED_SUBJECT = re.compile(
    r"\b(?:guy|girl|man|woman|boy|lady|one|person|dancer|composer|who) (?:\w+ ){0,3}?(?P<verb>" + _VERBS + r")\b"
)
_OF_SOMEONE = re.compile(r"\b(?P<noun>\w+) of (?!the film|the movie|it\b|this\b)\w+")
_OWNED = re.compile(r"\b(?P<owner>\w+) (?P<noun>" + "|".join(sorted(_RELATION_NOUNS)) + r")\b")
_TOWARDS = re.compile(r"\b(?P<verb>" + _VERBS + r") (?P<whom>him|her)\b")
_SUBJECT_OF = re.compile(r"\b(?P<who>she|he) (?:\w+ ){0,3}?(?P<verb>" + _VERBS + r")\b")
_ASKS_PERSON = frozenset("who whos whom guy girl man woman boy lady dude one person someone dancer composer".split())


def relation_of_person(heard: Heard) -> Reading | None:
    """ "her teacher", "vicky's instructor", "the guy she falls for", "who likes him": someone described by
    how they relate to another person (a pronoun's, or one named), who is therefore not that person."""
    words = heard.vocabulary
    if words & _SCENE_WORDS or _about_them_not_a_relation(heard):
        return None
    by_noun = _by_relation_noun(heard) if words & _RELATION_NOUNS else None
    if by_noun is not None:
        return by_noun
    loved = _THEIR_LOVE.match(_after_filler(heard.text))
    if loved is not None:  # "his love", "anyway, his girl": the one he loves
        return replace(heard.base, asks="relation", referent=_PERSON_PRONOUNS[loved["whose"]], link="sweetheart")
    said = [w for w in heard.typed.split() if w not in OPENING_FILLER and w not in _BARE_FILLER]  # "fiancée"
    if heard.pending and len(said) == 1 and said[0] in _RELATION_NOUNS:  # "fiancée?" just after Sam: his
        return replace(heard.base, asks="relation", referent=IN_PLAY, link=_kin(said[0]))
    if not words & _ASKS_PERSON or not words & _RELATION_VERBS:
        return None
    towards = _TOWARDS.search(heard.text)
    if towards is not None:
        return replace(heard.base, asks="relation", referent=_PERSON_PRONOUNS[towards["whom"]], link=towards["verb"])
    subject = _SUBJECT_OF.search(heard.text)
    if subject is not None:
        return replace(heard.base, asks="relation", referent=subject["who"], link=subject["verb"])
    named = _NAMED_SUBJECT.search(heard.text) if heard.base.pronoun is None else None
    return replace(heard.base, asks="relation", referent=None, link=named["verb"]) if named is not None else None


_NOUN_OF_WHOM = re.compile(
    r"^(?:(?:and|so|ok|then) )*(?P<who>he|she) (?:is|s|was) (?:the |a |an )?(?P<noun>\w+) (?:of|for|to) (?:whom|who)\b"
)


def _by_relation_noun(heard: Heard) -> Reading | None:
    """ "he is teacher of whom?", "her teacher", "vicky's instructor"."""
    of_whom = _of_whom(heard)
    if of_whom is not None:
        return of_whom
    found = _relation_by_noun(heard)
    return replace(heard.base, asks="relation", referent=found[0], link=_kin(found[1])) if found is not None else None


def _of_whom(heard: Heard) -> Reading | None:
    """ "he is teacher of whom?": the one whose teacher he is, his student."""
    found = _NOUN_OF_WHOM.match(heard.text)
    if found is None or found["noun"] not in INVERSES:
        return None
    link = INVERSES[found["noun"]][0]
    return replace(heard.base, asks="relation", referent=_PERSON_PRONOUNS[found["who"]], link=link)


_THIS_ROLE = re.compile(r"\b(?:this|that) (?:\w+ )?(?:father|mother|dad|mom|mum|brother|sister|husband|wife)\b")
_IS_WAS = frozenset({"is", "was"})
_HE_SHE = frozenset({"he", "she"})


def _about_them_not_a_relation(heard: Heard) -> bool:
    """ "is he the one she falls for?" asks whether he is; "who is this father?" is a role in a scene."""
    words = heard.vocabulary
    if words & _IS_WAS and words & _HE_SHE and _IS_HE_THE_ONE.match(heard.text):
        return True
    return _this_role(heard)


def _this_role(heard: Heard) -> bool:
    """ "who is this father?": a role in the scene talked about, not a relation."""
    return bool(heard.vocabulary & _THIS_THAT) and _THIS_ROLE.search(heard.text) is not None


_THIS_THAT = frozenset({"this", "that"})
_IS_HE_THE_ONE = re.compile(
    r"^(?:(?:and|so|ok|wait|oh) )*(?:is|was) (?:he|she) (?:the (?:one|guy|man|woman|girl)|her|his)\b"
)


def _relation_by_noun(heard: Heard) -> tuple[str | None, str] | None:
    """(referent, noun) of "her teacher" (she), "the teacher of vicky" and "vicky's teacher" (named: None)."""
    found = _POSSESSED.search(heard.text) if heard.vocabulary & {"her", "his"} else None
    if found is not None:
        return _PERSON_PRONOUNS[found["whose"]], found["noun"]
    for found in _OF_SOMEONE.finditer(heard.text):
        if found["noun"] in _RELATION_NOUNS:
            return None, found["noun"]
    for found in _OWNED.finditer(heard.text):  # "vicky's teacher" ("vickys"), "boris's student" ("boris")
        if found["owner"].endswith("s") or heard.names(found["owner"]):
            return None, found["noun"]
    return None


_THEIR_LOVE = re.compile(r"^(?P<whose>his|her) (?:love|girl|guy|man|woman|lady|boy)$")
IN_PLAY = "in play"  # a relation's referent: the person talked about, named by no pronoun
_BARE_FILLER = frozenset("the a what about who is s and".split())


def _kin(noun: str) -> str:
    """The page's word for a relation: "dad" is written "father"."""
    return KIN_WORDS.get(noun, noun)


_SCENE_WORDS = frozenset("scene scenes moment part happens happen happened".split())

# "by who?", "who's it by?", "whose is it": the credit of the music being talked about
_CREDIT = re.compile(
    r"^(?:(?:and|so|ok|then) )*"
    r"(?:by(?: whom?)?|who (?:is |s |was )?(?:it |that |this )?by|whose (?:is it|is that|music is it)|"
    r"(?:the )?credits?|"
    r"credited to (?:whom?|what)|(?:and )?the credit)"
    r"(?: then| though| again)?$"
)


def credit(heard: Heard) -> Reading | None:
    """ "by who?": who the track (or the score) being talked about is credited to."""
    if heard.pending and heard.text == "who":
        return replace(heard.base, asks="credit")  # "tracks?", "the interlude", "who": its credit
    if not heard.vocabulary & {"by", "whose", "credit", "credits", "credited"} or _CREDIT.match(heard.text) is None:
        return None
    return replace(heard.base, asks="credit")


_STORY_WORDS = frozenset("story storyline narrative arc plot".split())
_ASKS_SOMEONE = re.compile(r"\b(?:" + "|".join(_PERSON_NOUNS) + r")\b|\bwho (?:is|s|was)\b")


def film(heard: Heard) -> Reading | None:
    """The film as a whole, in other words: its plot, premise, themes; "what is it about"."""
    found = _FILM_LEVEL.search(heard.text) if heard.vocabulary & _FILM_TRIGGERS else None
    if found is None or found.group() in _STORY_WORDS and _ASKS_SOMEONE.search(heard.text):
        return None  # "the composer inside the story, the young man" asks for a person
    if _kind_in(heard.text) is not None and not _LIST_NEGATED.search(heard.text):
        return None
    return replace(heard.base, asks="film")


# The priority: the first recogniser that reads the question decides what it asks; none means a description.
RECOGNISERS: tuple[Recogniser, ...] = (
    empty,
    compound,
    missing_fact,
    small_talk,
    request,
    correction,
    pick,
    anchored,
    mentions,
    relation_of_person,
    credit,
    listing,
    more,
    other,
    elliptic,
    between,
    relation,
    appears,
    nth,
    bare_ordinal,
    numbered,
    opens_closes,
    middle,
    ends,
    film,
)


def base_reading(text: str, words: tuple[str, ...]) -> Reading:
    """What any question holds besides what it asks: the pronouns and demonstratives that point back."""
    # "who's the guy she's fighting with": the person asked about is the guy, whatever pronouns follow
    pronoun = next((_PERSON_PRONOUNS[w] for w in words if w in _PERSON_PRONOUNS), None)
    person = next((_PERSON_NOUNS[w] for w in words if w in _PERSON_NOUNS), None) or pronoun
    refers_back = any(w in BACK_REFERENCES for w in words)
    demonstrative = _DEMONSTRATIVE.search(text) if refers_back or "same" in words else None
    someone_else = "who" in words[:3] and any(p.search(text) is not None for p in (_WHO_DOES, _POSSESSIVE, _WHO_WITH))
    return Reading(
        refers_back=refers_back,
        person=person,
        pronoun=pronoun,
        demonstrative=_noun_kind(demonstrative["noun"]) if demonstrative else None,
        someone_else=someone_else,
    )


def read(
    tokens: Tokens,
    *,
    pending: bool = False,
    knows: Callable[[str], bool] = lambda word: True,
    facts: FilmFacts | None = None,
    window: tuple[int, int] | None = None,
    names: Callable[[str], bool] = lambda word: False,
) -> Reading:
    """What a question asks. `pending`: a "which one did you mean?" (or a list) is open; `knows`: whether the
    pack uses a word (words it doesn't are chatter: "all the scenes in order for my notes"); `facts`: the film
    facts the pack lacks; `window`: read only these words. A compound or a correction names the words left
    to answer: they are read in turn, and their reading is its `inner` one."""
    start, end = window or (0, len(tokens.words))
    while window is None and start < end - 1 and tokens.words[start] in _SAYS_NOTHING:
        start += 1  # "k and the next scene", "lol whats after that": what it asks starts after
    first = next((c for c in tokens.clauses if c > start), end) if window is None else end
    lead = set(tokens.words[start:first])
    if first < end and "back" in lead and lead <= _BACK_TO_IT:
        start = first  # "ok back to that, whats next": the thread is where it was
    back = _BACK_TO_THREAD.match(" ".join(tokens.words[start:end])) if window is None else None
    if back is not None and len(back.group().split()) < end - start:
        start += len(back.group().split())  # "ok anyway back to it whats next", no comma
    heard = hear(tokens, start, end, pending, knows, facts, names)
    for recognise in RECOGNISERS:
        reading = recognise(heard)
        if reading is None:
            continue
        if reading.span is not None:
            inner = read(
                tokens,
                pending=pending,
                knows=knows,
                facts=facts if reading.corrects else None,
                window=reading.span,
                names=names,
            )
            return replace(reading, inner=inner)
        return reading
    return heard.base


# Words that open a message and say nothing: the recognisers read what follows them
_SAYS_NOTHING = frozenset(
    "k kk lol lmao rofl haha hahaha hehe xd ngl tbh imo fr lowkey btw hmm um uh yo hey hi hello thx ty cheers omg "
    "cool nice great awesome wow".split()
)


_BACK_TO_THREAD = re.compile(
    r"^(?:(?:ok|okay|so|and|anyway|anyways|right|alright) )*(?:going |go |get |getting )?back to "
    r"(?:it|that|this|that one|this one|the film|the story)\b(?! scene)"
)
_BACK_TO_IT = OPENING_FILLER | frozenset("it that this one scene going get getting".split())


# Every word the patterns above rely on: the spelling corrector must leave them as typed.
WORDS = frozenset(
    [
        *_NUMBERS,
        *_ORDINALS,
        *(w for phrase in _RELATION_WORDS for w in phrase.split()),
        *_LIST_FILLER,
        *_ORDER_PREFIX,
        *BACK_REFERENCES,
        *_PERSON_PRONOUNS,
        "penultimate",
        "middle",
        "opening",
        "closing",
        "ending",
        "beginning",
        "other",
        "latter",
        "former",
        "previous",
        "previously",
        "next",
        "earlier",
        "later",
        "afterwards",
        "more",
        "else",
        "elaborate",
        "continue",
        "expand",
        "between",
    ]
)
