"""Questions the pack cannot answer: small talk, and facts about the film that the page does not give."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache


@dataclass(frozen=True, slots=True)
class MissingFact:
    topic: str  # what the member asked for, in words the reply can use: "the cast"


_FILM = "(?:it|that|this|the (?:film|movie)|this (?:film|movie)|{names})"  # {names}: the pack's film title and aliases


# Each pattern reads the normalised question (lower case, no punctuation).
_MISSING_FACTS: list[tuple[str, str]] = [
    (
        "the cast",
        (
            r"\bcast\b|\bcasting\b|\bactors?\b|\bactress(?:es)?\b|\bstarring\b|\bstarred\b|\bplayed by\b"
            r"|\bwho (?:played|plays|play|portrayed|portrays|portray|stars|starred|star|acted|acts|act)\b"
            r"|\bin the lead role\b|\bwho (?:\w+ )?play(?:s|ed|ing)? the (?:role|part) of\b"
            r"|\bwho (?:is|was|s) playing\b|\bplay(?:s|ed|ing)? the (?:main|lead|leading|title) (?:role|part)\b"
            # "is he married in real life?", "was she a real dancer in real life": the actor's life, not the story's
            r"|\b(?:he|she|they|him|her|them|actor|actress|actors)\b(?: \w+){0,3} in real life\b"
            r"|\b(?:is|was|are|were) (?:\w+ ){1,4}in real life\b"
            # "who actually danced that part in real life?", "was she a real ballerina irl"
            r"|\bwho (?:danced|sang|performed) (?:that|this|the|her|his) (?:part|role)\b"
            r"(?=.*\b(?:in real life|irl)\b)"
            # "was she a real ballerina irl" (not "... in the story", "... or just in the chorus": the story's)
            r"|\b(?:is|was) (?:she|he) (?:a )?real (?:ballerina|dancer|singer|musician|pianist|person)"
            r" (?:irl|in real life)\b"
            r"|\b(?:is|was|are|were) (?:\w+ ){1,4}irl\b"
        ),
    ),
    (
        # "the composer brian easdale, he is still alive?": the maker's own life, not the film's story
        "the lives of the people who made it",
        (
            r"^(?=.*\b(?:composer|conductor|actor|actress|director|writer|screenwriter|author)\b)"
            r"(?!.*\b(?:end|ending|after|story|scene)\b)"
            r".*\b(?:(?:he|she|they) (?:is|was|s|are) (?:still )?(?:alive|living|dead)"
            r"|(?:is|was|are) (?:he|she|they|\w+ \w+) (?:still )?(?:alive|living|dead)"
            r"|(?:when|how) did (?:he|she|they|\w+ \w+) die|(?:still )?alive today)\b"
        ),
    ),
    (
        "the director",
        (
            r"\bdirected\b|\bdirecting\b|\bdirector of (?:the|this) (?:film|movie)\b|\bfilm ?maker"
            r"|\bmade (?:the|this) (?:film|movie)\b"
            r"|\bwho (?:is|was|s) (?:the )?director\b(?! of)|\bdirector of (?:movie|film)\b|\bdirector of "
            + _FILM
            + r"|\bwho (?:made|make|makes|did make) (?:the (?:film|movie)|this (?:film|movie))"
            # "the choir song at the end, who made it": the song's maker, not the film's (the film's own name reads
            # "it" here)
            + r"|^(?!.*\b(?:song|songs|track|tracks|tune|piece|theme|music|score)\b)"
            + r".*\bwho (?:made|make|makes|did make) "
            + r"(?:it|that|this|{names})\b"
            + r"|\bwho the director (?:is|was)\b|\b(?:film|movie)s? director\b"
            + r"|^(?:and |so |the |its |film |movie )*director(?: too| then| please| pls)?$"
        ),
    ),
    (
        "the release year",
        (
            r"\b(?:what|which) year\b|\brelease(?:d)?\b|\bcome out\b|\bcame out\b|\b(?:18|19|20)\d\d\b|\bdecade\b"
            r"|^(?:and |so |the |its |release )*year(?: too| then| please| pls)?$"
            r"|\bhow old is "
            + _FILM
            + r"|\bwhen (?:was|did|is) "
            + _FILM
            + r" (?:made|released|filmed|shot|premiered?|out)"
            # "whens the film from" (a branch needs a word rarer than "when is it from"'s: see _CLUES); not "whens it
            # from" just after a track (which scene it is from)
            + r"|\bwhens (?:the|this) (?:film|movie) from\b|\b(?:what|which) era is "
            + _FILM
            + r" from\b"
            + r"|\bwhen (?:the (?:film|movie)|it) (?:was|is|has been) (?:made|released|filmed|shot|out)"  # word order
            + r"(?! (?:clear|plain|obvious|known|public|worse|better|sure|into|to)\b)"  # not "made clear"
        ),
    ),
    (
        "the running time",
        (
            r"\bruntime\b|\brun ?time\b|\brunning time\b|\bhow long\b"
            r"|\bhow many (?:minutes|hours)\b|\blength of " + _FILM + r"|\bduration\b"
            r"|^(?:the |its |track |song |film |movie )*length$"
        ),
    ),
    (
        "where and when the story is set",
        (
            r"\b(?:when|where) (?:is|was) (?:the story|" + _FILM + r") set\b"
            r"|\bwhere (?:is|does|did) (?:the story|" + _FILM + r") take place\b"
            r"|\bwhat (?:year|era|period|decade|city|country) is (?:it|the (?:film|movie|story)) set in\b"
            r"|\bsetting of\b"
        ),
    ),
    (
        "awards",
        (
            r"\boscars?\b|\bacademy awards?\b|\bawards?\b|\bnominat\w*|\bgolden globes?\b|\bbaftas?\b"
            r"|\b(?:win|won|winning) (?:any|an|a)\b|\bprizes?\b|\b(?:did|does) " + _FILM + r" (?:ever )?win\b"
        ),
    ),
    (
        "filming locations",
        (
            r"\bwhere (?:was|were|is|did they) " + _FILM + r"? ?(?:filmed|shot|made|film|shoot)\b"
            r"|\bfilming locations?\b|\b(?:shot|filmed) on location\b|^(?:and |the |its |filming )*locations?$"
            r"|\bwhere (?:was|were) (?:it|they) (?:\w+ ){0,2}?(?:filmed|shot)\b"
            # "was it filmed in london", "was the film shot in paris"
            r"|\b(?:was|were) (?:it|they|" + _FILM + r") (?:actually |really )?(?:filmed|shot) (?:in|at|on)\b"
            r"(?! (?:colou?r|black|the \d|\d|technicolou?r))"  # not "filmed in colour", "in the 1940s"
            # "is this scene filmed in a real theatre" (not "in one take", "in slow motion", "at night")
            r"|\b(?:(?:is|was) (?:this|that|the) (?:scene|part|bit|sequence|dance)"
            r"|(?:this|that|the) (?:scene|part|bit|sequence|dance) (?:is|was)) (?:actually |really )?(?:filmed|shot)"
            r" (?:in|at) (?:an? |the )?(?:real|actual|proper|genuine|studio|location)\b"
        ),
    ),
    (
        "how it was filmed",
        (
            r"\b(?:filmed|shot) (?:all )?in (?:one|a single) (?:take|shot)\b"
            r"|\bhow (?:did they|was it|were they|was that) (?:filmed|shot"
            r"|(?:film|shoot) (?:it|that|this|the (?:film|movie|ballet|dance|scene|sequence)))\b|\bspecial effects\b"
        ),
    ),
    (
        "the source material",
        (
            # "based on what you have" is no question about a source
            r"\bbased on(?! (?:what|your|the (?:page|pack|info|information|synopsis|scene))\b)\b"
            r"|\badapt(?:ed|ation|s)?\b|\b(?:a|the) (?:book|novel) (?:it s |it is |its )?based\b"
            r"|\b(?:book|novel) (?:version|adaptation)\b|\bis there a (?:book|novel)\b|\bread the (?:book|novel)\b"
            r"|\binspired by\b|\boriginal story\b|\btrue story\b"
            # "is the ballet taken from the andersen tale?"
            r"|\b(?:is|was|it|it s|its|ballet|story|film|movie) (?:taken|drawn) from (?:a |an |the )?(?:\w+ ){0,3}?"
            r"(?:fairy ?tale|tale|novel|book|play|poem|legend|myth|story)s?\b"
        ),
    ),
    (
        "where to watch it",
        (
            r"\bstream(?:ing|ed)?\b"
            r"|\bwhere (?:can|do|to|could|should) (?:i|we|you|one|they|people)? ?"
            r"(?:watch|see|buy|rent|find|listen|hear|get)\b"
            r"|\bwhere (?:i|we) (?:can|could) (?:watch|see|stream|buy|rent|listen)\b"
            # ("where they can watch it", not "the scene where you can see her fall")
            r"|\bwhere (?:they|you|people) (?:can|could) (?:watch|stream|buy|rent)"
            r" (?:it|the film|the movie|this film)\b"
            r"|\bwatch (?:it|the film|the movie) online\b"
            r"|\bvinyl\b|\bon cd\b|\bavailable (?:on|to buy|to watch|to stream|online)\b"
            r"|\bwhere (?:is |s )?(?:it|its|it s|the film|the movie|this film) (?:is |s )?available\b"
            r"|\bnetflix\b|\bhulu\b|\bprime video\b|\bamazon\b|\bdvd\b|\bblu ?ray\b|\bcriterion\b|\brent\b|\bdownload\b"
            r"|\bspotify\b|\byoutube\b|\bapple music\b|\bitunes\b|\bdisney\b"
        ),
    ),
    (
        "box office and budget",
        (
            r"\bbox office\b|\bbudget\b|\bgross(?:ed)?\b|\brevenue\b|\bhow much (?:money )?did .*\b(?:make|earn|cost)\b"
            r"|\bhow much (?:did |does |do )?(?:it |the film |the movie )?cost\b|\bcost to make\b"
            r"|\bhow much money\b"
            r"|\bhow much did it (?:make|cost)\b|\bcommercial success\b|\bprofit\b"
        ),
    ),
    ("remakes and sequels", (r"\bremakes?\b|\bsequels?\b|\bprequels?\b|\breboots?\b|\bremade\b")),
    (
        "the production credits",
        (
            r"\bproduc(?:ed|er|ers|tion company)\b|\bstudio\b|\bscreenplay\b|\bscreen ?writers?\b|\bscript\b"
            r"|\bwritten by\b|\bwho wrote\b(?! (?:the |all the |all of the )?(?:rest of (?:the )?)?(?:this |that )?"
            r"(?:(?:real|actual|original|whole|main) )?"
            r"(?:film s |films |movie s |movies |film |movie )?(?:(?:real|actual|original|whole|main) )?"
            r"(?:music|score|soundtrack|songs?|tracks?))"
            r"|\bauthors?\b(?! of (?:it\b|(?:that|this) (?:one|song|track|piece|tune)\b))"
            r"|\bcinematograph\w*|\bdistribut\w*|\bedit(?:or|ed by)\b"
            r"|\bcostumes?\b(?! party| parties| night| ball)"
            r"|\bchoreograph\w*|\bset design\w*|\bproduction design\w*"
        ),
    ),
    (
        "colour or black-and-white",
        (r"\bblack and white\b|\bblack white\b|\btechnicolou?r\b|\b(?:in|filmed in|shot in) colou?r\b|\bcolou?r or\b"),
    ),
    (
        "ratings and reviews",
        (
            r"\bimdb\b|\brotten tomatoes\b|\bmetacritic\b|\breviews?\b|\bcritics?\b|\brating\b|\brated\b"
            r"|\bscore out of\b"
            r"|\bworth (?:watching|seeing|a watch|it)\b|\bshould i (?:watch|see)\b|\bis it (?:any )?good\b"
        ),
    ),
    (
        "the characters' ages",
        (
            r"\bhow old\b|\bwhat age\b|\b(?:his|her|their) age\b|\bwhen was \w+ born\b"
            # (not "for her birthday", "my birthday": the asker's occasion)
            r"|(?<!for my )(?<!for our )(?<!for her )(?<!for his )(?<!for their )\bbirthdays?\b"
            r"|\bwhen is (?:her|his|their) birthday\b|\b\w+s birthday\b(?= (?:in|is)\b)"
        ),
    ),
    (
        "the language and country",
        (r"\bwhat language\b|\bwhich language\b|\bwhat country\b|\bwhich country\b|\bsubtitles?\b"),
    ),
    (
        "quotes",
        (
            r"\bquotes?\b|\bquotations?\b|\b(?:famous|best|memorable|iconic) (?:lines?|dialogues?)\b"
            r"|\bdialogues? (?:from|of|in)\b|\bwhat (?:lines|dialogue)\b|\bsay in the (?:film|movie)\b"
            r"|\bexact words\b|\bword for word\b|\bverbatim\b"
            r"|\bwhat (?:does|did) (?!it\b|this\b|that\b)\w+ (?:say|said)\b(?! about)"
            r"|\b(?:last|final|first|opening|closing) (?:line|lines|words)\b"
        ),
    ),
    ("the trailer", (r"\btrailers?\b|\bposters?\b")),
    (
        "their other work",
        (
            r"\bwhat else (?:has|have|did|does|do) (?:he|she|they|\w+) (?:\w+ )?"
            r"(?:compose|composed|write|written|wrote|direct|directed|make|made|do|done|star|starred|work|worked)\b|\bfilmography\b|\bdiscography\b"
            r"|\bother (?:films|movies|works|scores|soundtracks|roles)\b"
            r"|\bwhat else (?:was|is|has|have|had) (?:he|she|they|\w+) (?:been |appeared |starred |acted )?in\b"
        ),
    ),
]

SMALL_TALK = frozenset(
    """hi hey hello hallo hiya yo sup howdy greetings morning evening afternoon gm gn night thanks thank
    thx ty cheers bye goodbye cya later lol lmao lmfao rofl haha hahaha hehe xd ok okay k cool nice
    great awesome good bad fine doing how are you bot joke jokes funny laugh wassup whatsup up there
    help test testing ping hmm wow oh ah yay cute bro dude man guys everyone anybody anyone so much very lots""".split()
)


CLUE_CACHE = 50_000  # words remembered as clue or not (cleared when full: memory stays bounded)

# Words too common to tell a missing-fact question from any other; the pattern never relies on them alone.
_COMMON = frozenset(
    """is it in on of to an the this that what who how when where which was did does do can you we one out up as
    at by or and for with from not any are were has have had its be there they their he she his her""".split()
)
_TOPICS = {f"fact{i}": topic for i, (topic, _) in enumerate(_MISSING_FACTS)}

GENRES = frozenset(
    "musical comedy drama horror thriller romance romantic tragedy documentary western fantasy animated cartoon".split()
)
_GENRE_QUESTION = (
    r"\b(?:is|was) " + _FILM + r" (?:an? )?(?:kind of |sort of )?"
    r"(?:"
    + "|".join(sorted(GENRES))
    + r"|dance film|ballet film|period piece)\b|\bwhat (?:genre|kind of (?:film|movie)|type of (?:film|movie))\b"
    r"|\bwhat (?:is |s |was )?(?:the |its |this (?:film|movie) s )?genre\b|\b(?:is|s) which genre\b|\bwhich genre\b"
    r"|^(?:(?:and|so|ok|the|its) )*genre(?: (?:please|pls|plz|then|of it|of (?:the|this) (?:film|movie)))?$"
)


def _literals(source: str) -> list[str]:
    """The words a pattern's source spells out: escapes, group names, look-aheads (they match nothing) and
    optional letters out."""
    plain = re.sub(r"\\[a-zA-Z]|\(\?P<\w+>|\(\?<?!.*?\)|[a-z]\?", " ", source)
    return re.findall(r"[a-z]{2,}", plain)


# Every branch of the pattern holds some word beyond the commonest ones: a question none of whose words
# starts with one of them can't match, and most are spared the long scan.
_CLUES = frozenset(_literals("|".join(p.replace("{names}", "it") for _, p in _MISSING_FACTS))) - _COMMON


@lru_cache(maxsize=CLUE_CACHE)
def _is_clue(word: str) -> bool:
    """Does this word start with a clue (or hold a digit: "1948")? Shared by every film's engine."""
    return any(ch.isdigit() for ch in word) or any(word[:n] in _CLUES for n in range(2, len(word) + 1))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(every missing fact, the genre question), compiled once for every film: a film's own names are read
    as "it" before the scan."""
    facts = "|".join(f"(?P<fact{i}>{p.replace('{names}', 'it')})" for i, (_, p) in enumerate(_MISSING_FACTS))
    return re.compile(facts), re.compile(_GENRE_QUESTION.replace("{names}", "it"))


@cache
def _topic_patterns() -> tuple[tuple[re.Pattern[str], MissingFact], ...]:
    """Each missing fact's own pattern, in the order of the list (its priority at one position)."""
    return tuple((re.compile(p.replace("{names}", "it")), MissingFact(topic)) for topic, p in _MISSING_FACTS)


def _clue_topics() -> dict[str, frozenset[int]]:
    """Each clue word and the facts whose patterns hold it: only those are tried on a question that has it."""
    found: dict[str, set[int]] = {}
    for i, (_, p) in enumerate(_MISSING_FACTS):
        for clue in set(_literals(p.replace("{names}", "it"))) - _COMMON:
            found.setdefault(clue, set()).add(i)
    return {clue: frozenset(topics) for clue, topics in found.items()}


_CLUE_TOPICS = _clue_topics()
_EVERY_TOPIC = frozenset(range(len(_MISSING_FACTS)))


@lru_cache(maxsize=CLUE_CACHE)
def _topics_of(word: str) -> frozenset[int]:
    """The facts a word may be part of asking (every one, for a word holding a digit)."""
    if any(ch.isdigit() for ch in word):
        return _EVERY_TOPIC
    found: frozenset[int] = frozenset()
    for n in range(2, len(word) + 1):
        found |= _CLUE_TOPICS.get(word[:n], frozenset())
    return found


@cache
def _genre_pattern() -> re.Pattern[str]:
    """The genre question alone, compiled once for every film (without the missing facts' big pattern)."""
    return re.compile(_GENRE_QUESTION.replace("{names}", "it"))


def may_ask_a_fact(word: str) -> bool:
    """Could this word be part of asking a fact no pack holds ("awards", "runtime", "1948")? Said alone, it
    is a question, not chatter."""
    return _is_clue(word) and word not in _COMMON


_TITLE_JOINTS = ("for", "of", "in", "from", "on", "does", "for the film", "of the film", "in the film", "of the movie")


# what a film's credits and its people may share: "the young editor" in a newsroom drama is one of its people
_CREDITS = frozenset("editor writer author photographer".split())
_STORY_CREDITS = frozenset("director producer choreographer".split())  # the film's own, unless asked of a scene
_THE_FILM_ITSELF = re.compile(r"\b(?:film|movie|films|movies|it|real life|in reality|behind the camera)\b")


# "who's the director watching her in that one": someone a scene calls so, doing what the scene tells, said right
# after the credit (not "who's the director in this one?", "the director, i keep watching her in everything")
_IN_A_SCENE = re.compile(
    r"^ (?:who |that )?(?:is |s |was )?(?:watching|watches|watched|clapping|claps|clapped|applauding|applauds"
    r"|pushing|pushes|pushed|training|trains|coaching|coaches) (?:her|him|them)\b"
)


_NEXT_CLAUSE = re.compile(r"\b(?:and|what|which|how|who|but|also|plus)\b")
_CAST = re.compile(r"\b(?:actor|actress|actors|actresses|cast|played|plays|playing|portrays|portrayed)\b")


class FilmFacts:
    """What a question about one film asks that its pack can't answer (and whether it asks the genre), the
    film's own names read as "it". All missing facts are one pattern, so a question is scanned once.

    A library keeps hundreds of engines, so the pattern and the clue words are the same for every film and
    shared; each film only holds its names."""

    def __init__(
        self, film_names: list[str], roles: frozenset[str] = frozenset(), called: frozenset[str] = frozenset()
    ) -> None:
        self._names = tuple(f" {name} " for name in sorted(set(film_names), key=len, reverse=True) if name)
        # what the film's people are ("editor", "director"): "the young editor" is one of them, not a credit
        self._roles = roles & _CREDITS
        # ... and what a scene may call one of them ("as the director watches her dance"): asked of a scene
        self._called = called & (_CREDITS | _STORY_CREDITS)

    def names_the_film(self, word: str) -> bool:
        """Is this word part of the film's own title or an alias of it?"""
        return any(f" {word} " in name for name in self._names)

    def title_words(self, text: str) -> frozenset[str]:
        """The words of the film's own name where the question says it is about the film ("how many scenes do
        you have for <the film's title>"): its name after "for", "of", "in", "from", "on" or "does"."""
        padded = f" {text} "
        return frozenset(
            word
            for name in self._names
            if any(f" {joint}{name}" in padded for joint in _TITLE_JOINTS)
            for word in name.split()
        )

    def _as_it(self, text: str) -> str:
        """The question with the film's title or an alias read as "it" (and "who actually played her" as "who
        played her")."""
        if _HEDGED_QUESTION.search(text) is not None:  # (a search is cheaper than a substitution most never need)
            text = _HEDGED_QUESTION.sub(_the_question_word, text)
        padded = f" {text} "
        for name in self._names:
            if name in padded:
                padded = padded.replace(name, " it ")
        return _THE_FILM_IT.sub("it", padded.strip())  # "when the film The Red Shoes was made": when it was

    def might_ask(self, text: str) -> bool:
        """Could this question ask for a missing fact at all (a cheap test before the full pattern)?"""
        return any(_is_clue(word) for word in self._as_it(text).split())

    def missing_fact(self, *readings: str) -> MissingFact | None:
        """The film fact outside the pack that this question asks for, if any (in any of its readings: as
        typed, and with spelling fixed). Only the facts whose clue words the question holds are tried (one big
        pattern tried at every position cost a quarter of an answer)."""
        for text in readings:
            found = self._scan_clued(self._as_it(text))
            if found is not None:
                return found
        return None

    def _scan_clued(self, text: str) -> MissingFact | None:
        topics: frozenset[int] = frozenset().union(*(_topics_of(word) for word in text.split()))
        best: tuple[int, MissingFact] | None = None
        patterns = _topic_patterns()
        for i in sorted(topics):  # the earliest match wins; at one position, the fact listed first
            match = patterns[i][0].search(text)
            if match is None or self._held_by_its_people(match.group(), text):
                continue  # ("tell me about the young editor" when the film's heroine is one)
            if best is None or match.start() < best[0]:
                best = (match.start(), patterns[i][1])
        return best[1] if best is not None else None

    def _held_by_its_people(self, said: str, text: str) -> bool:
        """Is the credit asked one the film's people hold ("the young editor"), and not asked of the film itself
        ("who is the editor of this film?")?"""
        if _THE_FILM_ITSELF.search(text) is not None:
            return False
        words = said.split()
        return self._asked_of_a_scene(said, text) or bool(self._roles) and not self._roles.isdisjoint(words)

    def _asked_of_a_scene(self, said: str, text: str) -> bool:
        """Is a credit someone in the story is called by asked of a scene, in its own clause ("who's the director
        watching her in that one"; not "who's the director, and what happens in the dream scene")?"""
        if self._called.isdisjoint(said.split()) or _CAST.search(text):
            return False
        clause = _NEXT_CLAUSE.split(text.partition(said)[2], maxsplit=1)[0]
        return _IN_A_SCENE.match(clause) is not None

    def scan(self, text: str) -> MissingFact | None:
        """The full pattern, with no clue test first."""
        match = _patterns()[0].search(self._as_it(text))
        return MissingFact(_TOPICS[match.lastgroup]) if match is not None and match.lastgroup is not None else None

    def asks_genre(self, text: str) -> bool:
        return _genre_pattern().search(self._as_it(text)) is not None


_THE_FILM_IT = re.compile(r"\b(?:the |this )?(?:film|movie) (?:it|the film|the movie)\b")
_HEDGED_QUESTION = re.compile(r"\b(who|what|when|where|which) (?:actually|really|originally|exactly|even|ever) ")


def _the_question_word(found: re.Match[str]) -> str:
    return f"{found[1]} "


_REQUEST = re.compile(
    r"^(?:(?:can|could|will|would) (?:you|u) |please |pls )?(?:play|sing|"
    r"dance(?=$| (?:for|with) (?:me|us)\b| (?:a|some|one|again)\b)|"  # (not "dance over love scene?")
    # "write me a list of the scenes", "make for me a list" ask to be told; "write me a poem" asks for a task
    r"(?:write|draw|make|create|generate)"
    r"(?! (?:for )?(?:me |us )?(?:a |the )?(?:list|summary|rundown|recap|overview) of "
    r"(?:all )?(?:the |its |this )?(?:scenes|songs|tracks|music|soundtrack|characters|film|movie|story|plot)\b)|"
    r"paint|"
    r"compose|translate|recommend|suggest|code|calculate|order|book|buy|"
    # "remind me what happens" asks to be told; "remind me to ..." asks for a reminder
    r"remind(?! (?:me|us) (?:what|who|whom|whose|which|how|when|where|why|about|of|again)\b))\b"
    r"(?! (?:she|he|they|we|i) )"  # "dance she can't stop": a scene told in few words, not an order to the bot
)


# Everyday questions no film page answers: "is it going to rain in leeds tomorrow", "what time is it in oslo"
_EVERYDAY = re.compile(
    r"\b(?:weather|forecast|(?:going|gonna) (?:to )?rain|rain (?:tomorrow|today|tonight)|what time is it|"
    r"time is it (?:in|now)|recipe|recipes|capital of|exchange rate)\b"
)


def is_request(normalised: str) -> bool:
    """Asking the bot to do something ("can you play music", "write me a poem"), not to tell about the film."""
    return _REQUEST.search(normalised) is not None


def is_everyday(normalised: str) -> bool:
    """An everyday question ("will it rain tomorrow", "what time is it in oslo"): nothing a film page holds."""
    return _EVERYDAY.search(normalised) is not None


def is_small_talk(tokens: list[str]) -> bool:
    return bool(tokens) and all(token in SMALL_TALK for token in tokens)
