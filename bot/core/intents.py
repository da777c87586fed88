"""Questions the pack cannot answer: small talk, and facts about the film that the page does not give."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MissingFact:
    topic: str  # what the member asked for, in words the reply can use: "the cast"


_FILM = r"(?:it|the (?:film|movie|red shoes)|this (?:film|movie)|red shoes)"

# Each pattern reads the normalised question (lower case, no punctuation).
_MISSING_FACTS: list[tuple[str, re.Pattern[str]]] = [
    ("the cast", re.compile(
        r"\bcast\b|\bcasting\b|\bactors?\b|\bactress(?:es)?\b|\bstarring\b|\bstarred\b|\bplayed by\b"
        r"|\bwho (?:played|plays|portrayed|portrays|stars|starred|acted|acts)\b|\bin the lead role\b")),
    ("the director", re.compile(
        r"\bdirected\b|\bdirecting\b|\bdirector of (?:the|this) (?:film|movie)\b|\bfilm ?maker"
        r"|\bmade (?:the|this) (?:film|movie)\b"
        r"|\bwho (?:is|was|s) the director\b(?! of the (?:ballet|company))|\bwho made " + _FILM)),
    ("the release year", re.compile(
        r"\b(?:what|which) year\b|\brelease(?:d)?\b|\bcome out\b|\bcame out\b|\b(?:18|19|20)\d\d\b|\bdecade\b"
        r"|\bhow old is " + _FILM
        + r"|\bwhen (?:was|did|is) " + _FILM + r" (?:made|released|filmed|shot|premiered?|out)")),
    ("the running time", re.compile(
        r"\bruntime\b|\brun ?time\b|\brunning time\b|\bhow long\b"
        r"|\bhow many (?:minutes|hours)\b|\blength of " + _FILM + r"|\bduration\b")),
    ("where and when the story is set", re.compile(
        r"\b(?:when|where) (?:is|was) (?:it|the (?:film|movie|story)|the red shoes|this (?:film|movie)) set\b"
        r"|\bwhere (?:is|does|did) (?:it|the (?:film|movie|story)|the red shoes) take place\b"
        r"|\bwhat (?:year|era|period|decade|city|country) is (?:it|the (?:film|movie|story)) set in\b"
        r"|\bsetting of\b")),
    ("awards", re.compile(
        r"\boscars?\b|\bacademy awards?\b|\bawards?\b|\bnominat\w*|\bgolden globes?\b|\bbaftas?\b"
        r"|\b(?:win|won|winning) (?:any|an|a|the)\b")),
    ("filming locations", re.compile(
        r"\bwhere (?:was|were|is|did they) " + _FILM + r"? ?(?:filmed|shot|made|film|shoot)\b"
        r"|\bfilming locations?\b|\bshot on location\b|\bwhere (?:was|were) (?:it|they) (?:filmed|shot)\b")),
    ("the source material", re.compile(
        r"\bbased on\b|\badapt(?:ed|ation|s)?\b|\bandersen\b|\bfairy ?tales?\b|\bnovel\b|\bbook\b"
        r"|\binspired by\b|\boriginal story\b|\btrue story\b")),
    ("where to watch it", re.compile(
        r"\bstream(?:ing|ed)?\b|\bwhere (?:can|do|to|could|should) (?:i|we|you|one)? ?(?:watch|see|buy|rent|find)\b"
        r"|\bnetflix\b|\bhulu\b|\bprime video\b|\bamazon\b|\bdvd\b|\bblu ?ray\b|\bcriterion\b|\brent\b|\bdownload\b")),
    ("box office and budget", re.compile(
        r"\bbox office\b|\bbudget\b|\bgross(?:ed)?\b|\brevenue\b|\bhow much (?:money )?did .*\b(?:make|earn|cost)\b"
        r"|\bhow much did it (?:make|cost)\b|\bcommercial success\b|\bprofit\b")),
    ("remakes and sequels", re.compile(r"\bremakes?\b|\bsequels?\b|\bprequels?\b|\breboots?\b|\bremade\b")),
    ("the production credits", re.compile(
        r"\bproduc(?:ed|er|ers|tion company)\b|\bstudio\b|\bscreenplay\b|\bscreen ?writers?\b|\bscript\b"
        r"|\bwritten by\b|\bwho wrote\b(?! (?:the |this )?(?:music|score|soundtrack|songs?|tracks?))"
        r"|\bauthors?\b|\bcinematograph\w*|\bdistribut\w*|\bedit(?:or|ed by)\b|\bcostumes?\b"
        r"|\bchoreograph\w*|\bset design\w*|\bproduction design\w*")),
    ("colour or black-and-white", re.compile(
        r"\bblack and white\b|\bblack white\b|\btechnicolou?r\b|\b(?:in|filmed in|shot in) colou?r\b|\bcolou?r or\b")),
    ("ratings and reviews", re.compile(
        r"\bimdb\b|\brotten tomatoes\b|\bmetacritic\b|\breviews?\b|\bcritics?\b|\brating\b|\brated\b|\bscore out of\b"
        r"|\bworth (?:watching|seeing|a watch|it)\b|\bshould i (?:watch|see)\b|\bis it (?:any )?good\b")),
    ("the characters' ages", re.compile(r"\bhow old\b|\bwhat age\b|\bbirthdays?\b|\bwhen was \w+ born\b")),
    ("the language and country", re.compile(
        r"\bwhat language\b|\bwhich language\b|\bwhat country\b|\bwhich country\b|\bsubtitles?\b")),
    ("quotes", re.compile(
        r"\bquotes?\b|\bquotations?\b|\b(?:famous|best|memorable|iconic) (?:lines?|dialogues?)\b"
        r"|\bdialogues? (?:from|of|in)\b|\bwhat (?:lines|dialogue)\b|\bsay in the (?:film|movie)\b")),
    ("the trailer", re.compile(r"\btrailers?\b|\bposters?\b")),
]

SMALL_TALK = frozenset(
    """hi hey hello hallo hiya yo sup howdy greetings morning evening afternoon gm gn night thanks thank
    thx ty cheers bye goodbye cya later lol lmao lmfao rofl haha hahaha hehe xd ok okay k cool nice
    great awesome good bad fine doing how are you bot joke jokes funny laugh wassup whatsup up there
    help test testing ping hmm wow oh ah yay cute bro dude man guys everyone anybody anyone""".split()
)


# All of them as one pattern, so a question is scanned once: the group that matched names the topic.
_ANY_MISSING_FACT = re.compile(
    "|".join(f"(?P<fact{i}>{pattern.pattern})" for i, (_, pattern) in enumerate(_MISSING_FACTS)))
_TOPICS = {f"fact{i}": topic for i, (topic, _) in enumerate(_MISSING_FACTS)}


def missing_fact(*readings: str) -> MissingFact | None:
    """The film fact outside the pack that this question asks for, if any (in any of its readings: as
    typed, and with spelling fixed)."""
    for text in readings:
        match = _ANY_MISSING_FACT.search(text)
        if match is not None and match.lastgroup is not None:
            return MissingFact(_TOPICS[match.lastgroup])
    return None


_REQUEST = re.compile(
    r"^(?:(?:can|could|will|would) (?:you|u) |please |pls )?(?:play|sing|dance|write|draw|paint|make|create|"
    r"generate|compose|translate|recommend|suggest|code|calculate|remind|order|book|buy)\b")


def is_request(normalised: str) -> bool:
    """Asking the bot to do something ("can you play music", "write me a poem"), not to tell about the film."""
    return _REQUEST.search(normalised) is not None


def is_small_talk(tokens: list[str]) -> bool:
    return bool(tokens) and all(token in SMALL_TALK for token in tokens)
