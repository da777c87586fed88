"""Word tables the scorer and the policy both read: which words signal a kind, a person, a credit, the film.

General English only (nothing about one film). A table two stages need lives here, once.
"""

from __future__ import annotations

import re

from .answers import Kind
from .text import stem, term
from .tracker import LISTED
from .vocabulary import KIND_CUES

CUES: dict[str, frozenset[str]] = {kind: frozenset(words) for kind, words in KIND_CUES.items()}
LIST_WORDS = frozenset("songs tracks pieces tunes list album soundtracks all every many".split())
GENERIC_TRACK = frozenset({term(w) for w in KIND_CUES["track"]})
EXPLICIT: dict[Kind, frozenset[str]] = {"scene": frozenset({"scene", "scenes"}), "character": frozenset({"character"})}
NEEDS_NAME_OR_CUE = frozenset({"film", "character"})
OF_WORDS = frozenset({"of", "from", "for"})
ARTICLES = frozenset({"the", "a", "an", "this", "that"})
WORK_WORDS = frozenset(KIND_CUES["film"] + KIND_CUES["soundtrack"] + ["ending", "cast", "happens", "scenes"])
CUE_TERMS = frozenset(term(w) for words in KIND_CUES.values() for w in words)
PERSON_QUESTION = frozenset("who whos whom character person about".split())
CREDIT_WORDS = frozenset(
    "credit credited credits composed composer scored wrote written performed performs conducted "
    "conductor played plays music sings sang sung singer sing".split()
)
CREDIT_STEMS = frozenset(stem(w) for w in CREDIT_WORDS)
ANCHOR_REFERENCES = frozenset("it that this one scene track song the there them her him".split())
# The kind of entry a pointing noun means: "that scene", "this song", "the guy"
KIND_OF_NOUN: dict[str, Kind] = {
    **dict.fromkeys(("scene", "part", "bit", "moment", "sequence"), "scene"),
    **dict.fromkeys(("track", "song", "piece", "piece of music", "tune", "music", "theme"), "track"),
    **dict.fromkeys(("person", "guy", "girl", "character", "man", "woman"), "character"),
}
KIND_NOUN: dict[Kind, str] = {
    "scene": "scene",
    "track": "track",
    "soundtrack": "soundtrack",
    "film": "film",
    "character": "character",
    "scenes": "scene list",
    "none": "entry",
}
TEXT_FIELDS = ("summary", "context", "description", "synopsis")
PRONOUN_FORMS = {"she": frozenset("she her hers herself".split()), "he": frozenset("he him his himself".split())}
LISTS = LISTED  # a list answer, and what it lists
TITLE_NOUNS = frozenset("film movie musical ballet opera".split())
NAMING_CUES = frozenset("soundtrack score music film movie songs tracks composer plot story".split())
FILM_WORDS = frozenset("film films movie movies story it this".split())
PERSON_SHAPE = frozenset(
    "who whos whom guy man woman girl lady dude boy kid lad fella fellow person character "
    "someone somebody he him his she her hers dancer ballerina".split()
)
SCENE_SHAPE = frozenset("scene scenes moment part bit sequence characters people cast".split())
# "the one where ...", "that bit when ...": a scene described; "the man who knows where the key is" is not
SCENE_CLAUSE = re.compile(r"\b(?:scene|one|part|bit|moment|time|sequence|the) (?:where|when)\b|^(?:where|when)\b")
PERSON_NOUN_WORDS = frozenset("guy man woman girl lady dude boy kid lad fella fellow person".split())
PERSON_CUE_TERMS = frozenset(term(w) for w in KIND_CUES["character"])
PLOT_WORDS = frozenset(
    "plot premise synopsis storyline gist summary summarize summarise recap overview themes theme "
    "logline tldr dilemma conflict tension struggle nutshell".split()
)
KIND_NOUNS: dict[Kind, frozenset[str]] = {
    "track": frozenset("track song piece tune cue".split()),
    "character": frozenset("character guy man woman girl person lady dude".split()),
}
# Words that pick one kind among the choices of a "which one?" ("the track", "the person"); weaker cues
# like "who" don't: "the real one who scored the movie" is the score.
CHOICE_CUES: dict[Kind, frozenset[str]] = {
    "scene": frozenset("scene moment part bit sequence".split()),
    "track": frozenset("track song piece tune cue".split()),
    "soundtrack": frozenset("soundtrack score album".split()),
    "character": frozenset("character person guy girl man woman lady dude".split()),
}
# A relation and the word for its other side: "his student" is whoever his card calls him the mentor of.
_GUIDES = ("teacher", "mentor", "instructor", "coach", "master", "tutor", "professor", "trainer")
_LEARNERS = ("student", "pupil", "protege", "eleve", "apprentice", "mentee")
_PARENTS = ("father", "mother", "parent")
_CHILDREN = ("daughter", "son", "child")
_SIBLINGS = ("brother", "sister", "sibling")
_GRANDPARENTS = ("grandmother", "grandfather", "grandparent")
_STEPPARENTS = ("stepmother", "stepfather", "stepparent")
_STEPCHILDREN = ("stepdaughter", "stepson", "stepchild")
_STEPSIBLINGS = ("stepbrother", "stepsister", "stepsibling")
_GRANDCHILDREN = ("granddaughter", "grandson", "grandchild")
# Someone's child as a synopsis says it ("their daughter, Irma"): makes them a parent, and the children siblings
CHILD_WORDS = frozenset((*_CHILDREN, "children", "kid", "kids"))
# Everyday words for a relation, as the page would write it: "her dad" is her father
KIN_WORDS = {
    "dad": "father",
    "daddy": "father",
    "papa": "father",
    "pa": "father",
    "mom": "mother",
    "mum": "mother",
    "mommy": "mother",
    "mummy": "mother",
    "ma": "mother",
    "grandma": "grandmother",
    "granny": "grandmother",
    "gran": "grandmother",
    "nana": "grandmother",
    "grandpa": "grandfather",
    "granddad": "grandfather",
    "grandad": "grandfather",
    "kid": "child",
    "bride": "fiancee",
    "groom": "fiance",
    "hubby": "husband",
    "bro": "brother",
    "sis": "sister",
    "bf": "boyfriend",
    "fella": "boyfriend",
    "beau": "boyfriend",
    "bae": "boyfriend",
    "gf": "girlfriend",
    "chief": "boss",  # "the chief of her in the office", as a second-language speaker may say it
    "supervisor": "boss",
    "superior": "boss",
    "employer": "boss",
}
_IN_CHARGE = ("boss", "handler", "patron")  # who gives someone their orders (or their wages)
_UNDERLINGS = ("foreman", "deputy", "lieutenant", "secretary")  # "sending his foreman, Gus": Victor is Gus's boss
INVERSES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(_LEARNERS, _GUIDES),
    **dict.fromkeys(_GUIDES, _LEARNERS),
    **dict.fromkeys(
        _IN_CHARGE,
        ("employee", "assistant", "henchman", "man", "payroll", "staff", "worker", "hand", "enforcer", "bodyguard")
        + _UNDERLINGS,
    ),  # "on Grell's payroll", "Grell's enforcer"
    # "Grell's enforcer Tommy": Grell is his boss (not "man" or "hand", words of much else)
    **dict.fromkeys(("employee", "assistant", "henchman", "enforcer", "bodyguard", *_UNDERLINGS), _IN_CHARGE),
    **dict.fromkeys(_PARENTS, _CHILDREN),
    **dict.fromkeys(_CHILDREN, _PARENTS),
    **dict.fromkeys(_GRANDPARENTS, _GRANDCHILDREN),
    **dict.fromkeys(_GRANDCHILDREN, _GRANDPARENTS),
    **dict.fromkeys(_STEPPARENTS, _STEPCHILDREN),  # "Dougie's stepson Calum": Dougie is his stepfather
    **dict.fromkeys(_STEPCHILDREN, _STEPPARENTS),
    **dict.fromkeys(_STEPSIBLINGS, _STEPSIBLINGS),
    **dict.fromkeys(_SIBLINGS, _SIBLINGS),  # "her brother, Ewan": she is his sister
    # spelling correction may turn one into the other ("fiancée" -> "fiance"): each side is either word
    "fiance": ("fiancee", "fiance"),
    "fiancee": ("fiance", "fiancee"),
    "husband": ("wife", "spouse"),
    "spouse": ("husband", "wife", "spouse"),  # "who is she married to"
    "twin": ("twin",),
    "wife": ("husband", "spouse"),
    "brother": ("sister", "brother"),
    "sister": ("brother", "sister"),
    "nephew": ("aunt", "uncle"),
    "niece": ("aunt", "uncle"),
    "aunt": ("nephew", "niece"),
    "uncle": ("nephew", "niece"),
    # the same both ways: Celestine is "Delphine's bitter rival", so Delphine is Celestine's rival
    **{
        same: (same,)
        for same in (
            *("rival", "friend", "partner", "cousin", "enemy", "adversary", "colleague", "ally", "comrade"),
            *("bandmate", "teammate", "shipmate", "crewmate", "neighbour", "sweetheart", "lover"),
        )
    },
}
# Making music: "who composed the score", "the person who wrote the music", "who make the music for this film"
MADE_MUSIC = frozenset("made make makes did composed composes wrote writes created creates scored performed".split())
MUSIC_NOUNS = frozenset("score soundtrack music ost".split())
# Words a page may use for the same relation: "her ex" is "her old flame Tom"
ALIKE: dict[str, tuple[str, ...]] = {
    # "her professor" is her mentor on a page that calls him that; "his pupil" his student
    **{g: (g, *(other for other in _GUIDES if other != g)) for g in _GUIDES},
    **{s: (s, *(other for other in _LEARNERS if other != s)) for s in _LEARNERS},
    "spouse": ("spouse", "husband", "wife"),
    "wife": ("wife", "spouse"),  # "Harlan marries Ruth": his spouse, so his wife
    "husband": ("husband", "spouse"),
    "ex": ("ex", "flame"),
    # "who is kunle engaged to": his fiancee on a page that calls her so (spelling may fold one into the other)
    "fiance": ("fiance", "fiancee"),
    "fiancee": ("fiancee", "fiance"),
    "flame": ("flame", "ex"),
    "twin": ("twin", "sister", "brother"),
    # "his boss" is Viktor's handler on a page that calls him that, and the other way round
    **{b: (b, *(other for other in _IN_CHARGE if other != b)) for b in _IN_CHARGE},
    "boyfriend": ("boyfriend", "flame", "sweetheart"),
    "girlfriend": ("girlfriend", "flame", "sweetheart"),
    "sweetheart": ("sweetheart", "boyfriend", "girlfriend", "flame", "lover"),
    "lover": ("lover", "boyfriend", "girlfriend", "flame", "sweetheart"),
}
# Kin: a page that has them says so ("his mother" is nobody the card merely names)
FAMILY = frozenset(
    (*_PARENTS, *_CHILDREN, *_GRANDPARENTS, *_GRANDCHILDREN, "husband", "wife", "spouse", "brother", "sister", "twin")
    + (*_STEPPARENTS, *_STEPCHILDREN, *_STEPSIBLINGS)
    + ("nephew", "niece", "aunt", "uncle", "cousin", "fiance", "fiancee")
)
# Every word the relations know: "her teacher", "his older sister", "the rival"
RELATION_WORDS = frozenset({*INVERSES, *ALIKE})
# "the guy she likes": a liking is a love ("like" is filler elsewhere: "like, what happens")
FONDNESS = frozenset("like likes liked liking loving fancy fancies adore adores sweetheart lover crush".split())
# "who trains vicky?": the one whose own card calls them her teacher
VERB_ROLES: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(
        "train trains trained training teach teaches taught teaching mentors mentoring coaches coaching".split(),
        _GUIDES,
    ),
    # "who employs matthias?": the one whose card calls them his patron or boss
    **dict.fromkeys("employ employs employed employing pays paid paying".split(), _IN_CHARGE),
}
PAYING = frozenset(verb for verb, roles in VERB_ROLES.items() if roles == _IN_CHARGE)
NOUN_TERMS = frozenset(term(w) for nouns in KIND_NOUNS.values() for w in nouns)
NOUN_STEMS = frozenset(stem(w) for w in ("scene", "scenes", "part", "moment", "bit"))


def count_of(n: int, kind: Kind) -> str:
    """ "9 scenes", "1 track"."""
    return f"{n} {KIND_NOUN[kind]}{'' if n == 1 else 's'}"


def index_of(position: int | None, count: int) -> int | None:
    """0-based index of a 1-based position (negative: from the end; 0: the middle), or None when outside."""
    position = 1 if position is None else position
    index = (count - 1) // 2 if position == 0 else position - 1 if position > 0 else count + position
    return index if 0 <= index < count else None


def ordinal_words(position: int) -> str:
    if position == 0:
        return "middle"
    if position < 0:
        return "last" if position == -1 else f"{ordinal_words(-position)} to last"
    suffix = "th" if 10 <= position % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(position % 10, "th")
    return f"{position}{suffix}"


# Words that ask an order ("what comes after it", "what follows it"): a question counted from something
ORDER_ASKED = frozenset("after before next previous follows follow following precedes preceding prior".split())
