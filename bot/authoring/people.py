"""Propose a page's characters: the people its synopsis names in full, the sentence about each, and a pronoun
only when the page's text makes it clear. A proposal for a person to review, never a fact."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from ..core.cues import RELATION_WORDS
from ..core.english import is_common_word
from ..core.vocabulary import STOPWORDS

# A name's word: a capital first, then letters, apostrophes or hyphens ("O'Hara", "Okafor-Lindqvist", "Łucja").
_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_SENTENCE = re.compile(r"(?<=[.!?…])[”\"')]?\s+(?=[^\W\d_])")
_POSSESSIVE = re.compile(r"['’]s?$")
_LEADING_JOIN = re.compile(r"^(?:and|but|while|as|so|then)\s+")
PARTICLES = frozenset("de da del della di du la le van von der den bin al".split())
OPENING_PARTICLES = frozenset("le la les el de du des".split())  # "Le Petit Fracas": a business, not a first name
# styles that are part of the name they come before ("Sir Geoffrey Pembury"), unlike a title ("Marshal Clara ...")
STYLED = frozenset("sir dame lord lady".split())
HONORIFICS = frozenset(
    """mr mrs ms miss dr sir lady lord inspector captain detective uncle aunt father sister senator governor mayor
    president judge professor general colonel major sergeant lieutenant commander officer agent sheriff reverend
    marshal deputy ranger constable chief doctor nurse warden superintendent admiral commodore chancellor headmaster
    headmistress principal coach pastor abbot abbess matron madame madam monsieur herr frau dame councillor alderman
    magistrate
    ambassador minister emperor empress
    prince princess king queen count countess baron duke duchess""".split()
)
NICKNAMING = frozenset("nicknamed dubbed so-called alias aka".split())  # before a nickname, not a person ("known as")
OPENERS = frozenset("meanwhile together later soon years days weeks once since although though yet".split())
# The last word of a place or an event, not a person ("Varden Bay", "the Midsummer Kite Race"); words that are
# also common surnames (Hall, Park, Church, Bank) are left out.
PLACE_WORDS = frozenset(
    """bay hill hills race street road avenue lane square island isle islands mesa valley river lake sea ocean
    station theatre theater house club bar hotel company ballet opera festival academy school market
    castle tower bridge harbour harbor port city town village county kingdom empire republic mountain mountains
    forest desert canyon creek falls point cove beach coast manor cathedral prison hospital university
    college institute office agency department police army navy team band orchestra quintet choir records
    studios day night eve war cup prize award games championship ship star system lighthouse reef inn farm ranch
    plantation estate clinic saloon tavern diner gallery museum stadium wharf brewery bakery cannery quarry shipyard
    pier cinema casino mine cottage farmhouse homestead""".split()
)
# Words for a place that are surnames too ("Henry Lodge", "Rosie Abbey"): a place only when the words after the
# name say so again ("Kilima Lodge, the safari lodge her late husband built")
SURNAME_PLACES = frozenset("lodge abbey chapel arena palace garage shop store hall grange manor".split())
# A headland ("Morrow Head") is a place only after a word placing something there ("the lighthouse on Morrow
# Head"): Head is a surname too ("the formidable Marjorie Head")
HEADLANDS = frozenset({"head"})
COMPASS = frozenset("north south east west northern southern eastern western new upper lower".split())
LOCATIVE = frozenset("on at off near around past beyond round".split())  # (not "from", "to": lessons from a person)
# Ships' prefixes: "the submarine USS Caspian" names a ship; titles said in capitals before a name are dropped
VESSELS = frozenset("uss hms mv rv ss rms hmas hmcs usns hmy".split())
CAPITAL_TITLES = frozenset("dj mp dci di ds dc pc da md gp ceo vp pm mc qc kc dr".split())
# Words that put a place, not a person, right after them ("in New York", "the Blue Anchor").
BEFORE_PLACES = frozenset("the in at near across outside around into inside toward towards through".split())
# A noun naming a thing right before the name says what the name is ("the creaking car ferry Corran Lass between
# ..."), unless the name goes on to do something ("the newspaper Tom Hale founded": he founded it)
# "On the ferry Duncan Reid, Callum's bodyguard, watches": where, then who
_ON_THE_THING = re.compile(r"\b(?:on|at|in|aboard|onto|into|from|off) (?:the|a|an|their|his|her) [\w’'-]+\s+$", re.I)
_THING_GOES_ON = re.compile(r"\s*(?:[,.;:!?)]|$|(?:between|to|from|on|in|at|with|for|and|across|into|off|out)\b)")
THING_NOUNS = frozenset(
    """ferry boat ship yacht trawler launch schooner steamer tug barge liner cutter dinghy smack sloop ketch lugger car
    truck lorry van
    horse mare stallion colt dog hound cat pub tavern restaurant cafe café shop company firm newspaper magazine
    album ranch vineyard""".split()
)
MALE = frozenset(
    """man boy husband father son brother uncle nephew grandfather grandson king prince lord sir mr monk priest
    widower gentleman""".split()
)
FEMALE = frozenset(
    """woman girl wife mother daughter sister aunt niece grandmother granddaughter queen princess lady mrs ms
    miss widow nun actress waitress ballerina heroine""".split()
)
# Pronouns that point back at a person: subject, possessive and reflexive. Object pronouns ("her", "him",
# "them") and plural-prone "they" mostly point at someone else or at a group, and are not counted.
PRONOUNS = {
    "he": "he",
    "his": "he",
    "himself": "he",
    "she": "she",
    "herself": "she",
    "their": "they",
    "themselves": "they",
    "themself": "they",
}
SUBJECTS = frozenset({"he", "she"})
PLURAL_CUES = frozenset("they both together each all".split())
OBJECTS = {"him": "<him>", "her": "<her>"}  # an unnamed person a later pronoun may point at
ROLE_REACH = 4  # words before a name that may hold its role ("her reckless nephew Teo Quill")
TITLE_NOUN_WEIGHT = 100  # votes a gendered noun right before a name counts: more than any page's pronouns
# A pronoun needs this many uses that can only point at the person (a singular "they" is rarer than a plural
# one, so it needs more) ...
MIN_VOTES = {"he": 1, "she": 1, "they": 3}
MAJORITY = 3  # ... and this many times the votes of any other


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    description: str  # the synopsis sentence that first names them
    pronoun: str | None
    votes: dict[str, int]  # the evidence for the pronoun, for the reviewer's comment
    nicknames: tuple[str, ...] = ()  # what the synopsis says they are called ("known as Old Iron")


def name_key(word: str) -> str:
    """Case folded with accents kept, unlike the engine's fold: a page spells a name the same way each time, and
    "Søren" stays one word."""
    return unicodedata.normalize("NFC", word).casefold().replace("’", "'")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(text) if s.strip()]


def _is_capital(word: str) -> bool:
    return word[:1].isupper()


def nicknames_in(description: str, name: str, others: tuple[str, ...] = ()) -> tuple[str, ...]:
    """What a person's own part of the synopsis says they are called, soon after their name: "Amos Kettering, known as
    Old Iron", "known to everyone on the lane as the Velvet Baron", "whom the rowers call "the Admiral"", "earns
    him the nickname "the Metronome"". Read from the page, so not invented: an alias to review like the rest."""
    at = description.find(name)
    end = at + len(name)
    found = _NICKNAME.search(description, end) if at >= 0 else None
    if found is None or found.start() > end + NICKNAME_REACH and not _closes_the_appositive(description, end, found):
        return ()
    between = description[end : found.start()]
    if any(re.search(rf"{re.escape(other)}(?!['’]s\b)", between) for other in others):
        return ()  # "Ada Lux hires Bo Chen, known as the Fox": Bo's nickname (not "Babatunde's partner, known as")
    return (found["nick"] or found["called"] or found["whom"] or found["everyone"],)


def _closes_the_appositive(description: str, end: int, found: re.Match[str]) -> bool:
    """ "Gbenga Olatunji, Babatunde's former partner and now ..., known around the markets as Oga Platinum": the
    nickname ends the appositive after the name, after a comma (not "... on a case known as the Harlow File")."""
    return (
        _WHOSE_APPOSITIVE.match(description, end) is not None
        and found.start() <= end + APPOSITIVE_NICKNAME_REACH
        and description[: found.start()].rstrip().endswith(",")
    )


# ", Babatunde's former partner and now ...": an appositive saying whose someone is (not ", the manager of a small
# bar ..., known to the regulars as the Blue Door": the bar's name; nor ", who guards someone ..., known as ...")
_WHOSE_APPOSITIVE = re.compile(r", (?:[A-Z][\w-]*['’]s|his|her|their) ")


NICKNAME_REACH = 70  # characters after a name within which its nickname's phrase starts (", known to all as")
APPOSITIVE_NICKNAME_REACH = 140  # ... when an appositive follows the name (a comma), which may say whose partner
_NICK = r"[A-Z][\w’'-]*(?: [A-Z][\w’'-]*){0,3}"
# "known (to everyone) as", "nicknamed", "dubbed", "the nickname": then capitalised words; "call(s)" and "called"
# only with quotes or "the" ("the rowers call "the Admiral"", not "Grell calls Delphine to his office")
_NICKNAME = re.compile(
    rf"\b(?:known (?:[a-z]+ ){{0,5}}?as|nicknamed|dubbed|the nickname|so[- ]called|alias|a\.?k\.?a\.?) [\"“]?"
    rf"(?:the |The )?(?P<nick>{_NICK})"
    rf"|\b(?:calls?|called) (?:him |her )?(?:[\"“](?:the |The )?|the |The )(?P<called>{_NICK})"
    rf"|\bwhom (?:[a-z]+ ){{0,4}}?calls? [\"“]?(?P<whom>{_NICK})"  # "whom the whole lane calls Por Por"
    # "an apprentice electrician everyone calls Jurek"
    rf"|\b(?:everyone|everybody|people|all) (?:[a-z]+ ){{0,3}}?calls? [\"“]?(?P<everyone>{_NICK})"
)


def _nickname_at(words: list[str], start: int) -> bool:
    """ "Ada Brisk, known as the Fox", "known to his crew as Old Gale", "nicknamed Big Jim", "the so-called
    Grey Owl": a nickname of someone named, not a person."""
    said = [name_key(w) for w in words[max(0, start - KNOWN_AS_REACH) : start]]
    if said and (said[-1] in NICKNAMING or said[-2:] == ["so", "called"]):
        return True
    if said and said[-1] in ("call", "calls") and _CALLERS & set(said[-_WHOM_REACH:]):
        return True  # "whom the whole lane calls Por Por", "everyone calls Big Jim"
    if len(said) < 2 or said[-1] != "as" or "known" not in said:
        return False
    between = said[said.index("known") + 1 : -1]
    return not set(between) & _SOMEONE_DOING  # not "known in town, she hires Jo as ..."


KNOWN_AS_REACH = 7  # words from "known" to the nickname: "known to everyone on the lane as"
_WHOM_REACH = 6  # words from "whom" to "calls": "whom the whole lane calls"
_CALLERS = frozenset("whom everyone everybody people all".split())
_SOMEONE_DOING = frozenset("she he they i we you hires hired takes took names named".split())


def _names_in(sentence: str) -> list[tuple[str, int]]:
    """Runs of two or more capitalised words, side by side with nothing but spaces between them, that could
    be a person's full name, with the word index they start at. A possessive ends a run ("Søren's Dahl ...")."""
    matches = list(_WORD.finditer(sentence))
    words = [m.group() for m in matches]

    def continues(at: int) -> bool:
        return at < len(words) and sentence[matches[at - 1].end() : matches[at].start()].isspace()

    found = []
    index = 0
    while index < len(words):
        if not _is_capital(words[index]):
            index += 1
            continue
        end = index + 1
        while (
            continues(end)
            and not _POSSESSIVE.search(words[end - 1])
            and (
                _is_capital(words[end])
                or (name_key(words[end]) in PARTICLES and continues(end + 1) and _is_capital(words[end + 1]))
            )
        ):
            end += 1
        run = [_POSSESSIVE.sub("", w) if i == end - 1 else w for i, w in enumerate(words[index:end], start=index)]
        start = index
        while run and (
            name_key(run[0]) in STOPWORDS
            or name_key(run[0]) in HONORIFICS
            or name_key(run[0]) in OPENERS
            or (start == 0 and name_key(run[0]).endswith("ly"))
        ):
            run, start = run[1:], start + 1
        if (
            start > index
            and name_key(words[start - 1]) in HONORIFICS
            and len(run) >= 3
            and name_key(run[0]) in ROLE_TITLES
        ):
            run, start = run[1:], start + 1  # "Principal Keeper Silas Gorran": a title of two words
        if start > index and name_key(words[start - 1]) in STYLED and len(run) >= 2:
            run, start = [words[start - 1], *run], start - 1  # "Sir Geoffrey Pembury": a style is part of the name
        # the word right before the name, nothing but spaces (or a year: "In 1974 Buenos Aires") between; "in 1963,
        # Jubal Dorsey" has none
        gap = sentence[matches[start - 1].end() : matches[start].start()] if 0 < start < len(matches) else ""
        before = name_key(words[start - 1]) if start > 0 and _ONLY_A_YEAR.fullmatch(gap) else ""
        place = bool(run) and (
            _no_one(run, before, sentence[: matches[start].start()])
            or _said_to_be_one(run[-1], sentence[matches[end - 1].end() :])
        )
        if run and not place and run[0].isupper() and name_key(run[0]) in CAPITAL_TITLES and len(run) > 2:
            run, start = run[1:], start + 1  # "rival DJ Dale Szymanski": a title (but "CJ Ransome" is a name)
        thing = (
            before in THING_NOUNS
            and _THING_GOES_ON.match(sentence, matches[end - 1].end()) is not None
            and not _ON_THE_THING.search(sentence[: matches[start].start()])
        )
        if len(run) >= 2 and not place and not thing and before not in BEFORE_PLACES and not _nickname_at(words, start):
            found.append((" ".join(run), start))
        index = end
    return found


_ONLY_A_YEAR = re.compile(r"\s+(?:\d{4}\s+)?")

# a year between an article or possessive and a name: "his beloved 1926 Lancia Lambda" (not "in 1974 Duncan Mair")
_MODEL_YEAR = re.compile(r"\b(?:a|an|the|his|her|their|its)(?: [a-z][\w-]*){0,2} (?:1[89]|20)\d\d\s+$")


def _said_to_be_one(last: str, after: str) -> bool:
    """Is a name ending in a word that may be a place or a surname ("Lodge") said again to be that place right
    after it ("Kilima Lodge, the safari lodge her late husband built")?"""
    if name_key(last) not in SURNAME_PLACES:
        return False
    said = rf"[’']?s?,\s+(?:the|a|an|its|their|his|her)\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(last)}\b"
    return re.match(said, after, re.IGNORECASE) is not None


def _no_one(run: list[str], before: str, said_before: str) -> bool:
    """Is this run of capitalised words a place, a business, a ship or a car rather than a person?"""
    first, last = name_key(run[0]), name_key(run[-1])
    return (
        last in PLACE_WORDS
        or last in HEADLANDS
        and before in LOCATIVE  # "on Morrow Head", not "Edith Head"
        or first in COMPASS
        and len(run) == 2  # "a West Virginia coal camp", "New Orleans"
        or first in OPENING_PARTICLES  # "the kitchen of Le Petit Fracas", "De Vries & Sons"
        or _MODEL_YEAR.search(said_before) is not None  # "his beloved 1926 Lancia Lambda": a make and model
        or first in VESSELS  # "the submarine USS Caspian", "the supply boat MV Northern Lass"
        or _a_business(run, said_before)
    )


def _a_business(run: list[str], said_before: str) -> bool:
    """ "the boss of Platinum Wave": a firm one heads, named in ordinary English words (a person's name, "the boss
    of Rose Okafor", has a word no dictionary holds)."""
    return _HEAD_OF.search(said_before) is not None and all(is_common_word(name_key(w)) for w in run)


_HEAD_OF = re.compile(
    r"\b(?:boss|head|owner|founder|co-founder|chief|ceo|president|chairman|chairwoman|manager|staff|employees?)"
    r" (?:of|at)\s+$",  # (not "works for Grace Baker", "joined Victor Long": people, in ordinary words too)
    re.IGNORECASE,
)


_AFTER_THE = re.compile(r"\bthe(?: [a-z][\w-]*){0,3}\s+$", re.IGNORECASE)


def _singular(plural: str) -> str:
    """ "wolves" -> "wolf", "rookies" -> "rooky" (near enough to look up), "gulls" -> "gull"."""
    if plural.endswith("ves"):
        return plural[:-3] + "f"
    return plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]


def _a_team(name: str, said_before: str, page: str) -> bool:
    """Is this a team's or a band's name: "the (struggling) Wilshire Wolves", a plural of an English noun after
    "the", which the page calls "the Wolves" elsewhere? A surname that is a plural too ("the ruthless Victor
    Banks") is never "the Banks"."""
    last = name.split()[-1]
    folded = last.casefold()
    return (
        folded.endswith("s")
        and is_common_word(folded)
        and is_common_word(_singular(folded))
        and _AFTER_THE.search(said_before) is not None
        and re.search(rf"\b[Tt]he {re.escape(last)}\b", page) is not None
    )


# The second word of a two-word title ("Principal Keeper", "Chief Engineer", "Senior Warden"): jobs, not first names
ROLE_TITLES = frozenset(
    """keeper engineer steward officer operator director manager surgeon pilot navigator gunner mate boatswain
    bosun purser clerk secretary treasurer editor producer conductor librarian curator warden ranger inspector
    superintendent constable detective technician mechanic gardener butler housekeeper cook chef""".split()
)


def propose(synopsis: str, texts: list[str], *, exclude: list[str]) -> list[Person]:
    """The people the synopsis names in full, in order, with a pronoun where `texts` (the whole page) make it
    clear; names in `exclude` (the film's and the tracks' titles) are not people."""
    not_people = {name_key(title) for title in exclude}
    page = "\n".join([synopsis, *texts])
    first: dict[str, str] = {}
    roles: dict[str, Counter[str]] = {}
    for sentence in sentences(synopsis):
        words = [name_key(m.group()) for m in _WORD.finditer(sentence)]
        found = _names_in(sentence)
        for name, start in found:
            if name_key(name) in not_people or _a_team(name, sentence[: sentence.find(name)], page):
                continue
            first.setdefault(name, sentence)
            # (not past another's name: "his older sister, Katalin Varga, Leo Varga must ..." says what she is)
            after_other = max((at + len(o.split()) for o, at in found if at < start), default=0)
            window = words[max(0, start - ROLE_REACH, after_other) : start]
            # (not past "of": "the headstrong daughter of the impoverished Lord Arthur" says nothing of him)
            nearby = set(window[len(window) - window[::-1].index("of") :] if "of" in window else window)
            # a noun right before the name is what they are ("his younger sister Benedikta"): that settles it,
            # whoever the sentence's own "his" and "he" mean
            title = words[start - 1] if start and _said_right_before(sentence, words[start - 1], name) else ""
            he = len(nearby & MALE) * 2 + TITLE_NOUN_WEIGHT * (title in MALE)
            she = len(nearby & FEMALE) * 2 + TITLE_NOUN_WEIGHT * (title in FEMALE)
            roles.setdefault(name, Counter()).update({"he": he, "she": she})
    # the sentence, not the description (which may stop at the name), says the nickname
    nicknames = {
        name: nicknames_in(sentence, name, tuple(o for o in first if o != name)) for name, sentence in first.items()
    }
    votes = _pronoun_votes(list(first), [synopsis, *texts], nicknames)
    pronouns = {name: _clear_winner(votes[name] + roles[name]) for name in first}
    people = []
    for name, sentence in first.items():
        tally = votes[name] + roles[name]
        others = [other for other in first if other != name]
        description = about(sentence, name, others, pronouns[name], pronouns)
        evidence = {k: v for k, v in tally.items() if v}
        people.append(Person(name, description, pronouns[name], evidence, nicknames[name]))
    return people


def _said_right_before(sentence: str, word: str, name: str) -> bool:
    """Is `word` said just before the name, nothing between ("his sister Benedikta", not "her father, Mia"), or
    as a closed appositive ("his younger sister, Rosalba Sbarra, insists")?"""
    word, first = re.escape(word), re.escape(name.split()[0])
    closed = rf"\b{word}, {re.escape(name)},"
    return re.search(rf"\b{word} {first}\b|{closed}", sentence, re.IGNORECASE) is not None


def about(
    sentence: str,
    name: str,
    others: list[str],
    pronoun: str | None = None,
    pronouns: dict[str, str | None] | None = None,
) -> str:
    """The part of `sentence` about `name`. Where it names others too, its comma-separated parts go to the
    person named in them, a part naming no one to the person before it (", who ...") or, at the start, to the
    person after it ("While her instructor, Boris, ..."); so two people rarely share one description. A part
    right after saying what someone is to them ("Odile becomes his partner") is theirs too, when its "his" or
    "her" can be them (`pronoun`, the one the page gives them, if any)."""
    parts = _QUOTED_COMMA.sub(r"\1, ", sentence).split(", ")  # 'as “the Red Pencil,” and': a part ends there
    named = [{name_key(w) for w in _WORD.findall(part)} for part in parts]
    own = {name_key(w) for w in name.split()}
    everyone = own | {name_key(w) for other in others for w in other.split()}
    if not any(words & (everyone - own) for words in named):
        return sentence
    home = next((i for i, words in enumerate(named) if own <= words), 0)
    kin_clause = _WHOSE_KIN.match(parts[home])
    if kin_clause is not None and kin_clause["name"] == name and home:
        told = ", ".join(parts[:home])  # "Joseph Kamau, the lodge's chief tracker, whose sister Njeri Kamau runs ...":
        antecedent = max(others, key=lambda other: _last_said(told, other))  # his sister, the one "whose" follows
        if _last_said(told, antecedent) >= 0:
            rest = kin_clause["rest"].split(" and whose ")[0]
            text = f"{antecedent}'s {kin_clause['kin']}{name}{rest}".rstrip(",;:.")
            return text + "."
    parts = [*parts[:home], _own_clause(parts[home], name, others), *parts[home + 1 :]]
    start = _own_start(parts, named, everyone, home)
    end = home + 1
    appositive = _APPOSITIVE_NAME.fullmatch(parts[home].strip()) is not None  # "her partner, Jonas, to help ...":
    while end < len(parts) and not _LEADING_JOIN.match(parts[end]):  # the clause after him is someone else's
        if not appositive and _inserted_name(parts, named, everyone - own, end):
            end += 2  # "the paper her late father, Amos Crane, founded": his name inside her clause
        elif end == home + 1 and (
            _KIN_OF.match(parts[end])
            or (_SOMEONE_AS_ONE.match(parts[end]) or _A_ROLE_OF.match(parts[end]))
            and parts[home].rstrip().endswith(name)
        ):
            # "Jesse Cord, the son of rancher Eli Cord, rides into town": Jesse's, naming his father; "Mi-rae
            # Hwang, the woman Ji-hoon left before their wedding, opens a bistro": hers, naming him
            end += 1
        elif end == home + 1 and parts[home].rstrip().endswith(name) and parts[end].startswith("who "):
            # "her lodge manager, Samuel Otieno, who mentored Joseph as a boy": his, naming whom he taught; then
            # his own verbs ("..., begins to prove himself"), up to another's clause ("the family must weigh")
            end += 1
            while end < len(parts) and not named[end] & everyone and _goes_on(parts[end]):
                end += 1
            break
        elif named[end] & everyone or _named_after(parts[home], name, others, parts[end]):
            break
        else:
            end += 1
    text = _LEADING_JOIN.sub("", ", ".join(parts[start:end])).rstrip(",;:")
    text = _DANGLING_WHOSE.sub("", text)  # "... Isla Mair and whose widowed mother": what follows is hers, cut off
    if start < home and parts[start].startswith("and ") and text.startswith(("her ", "his ")) and pronouns:
        owner = _whose(parts[:start], others, pronouns, text[:3], listed=True)
        text = f"{owner}'s {text[4:]}" if owner else text  # "Verna Kittredge, Josie's boss, and her partner": hers
    for quote in '”"':
        if f",{quote} " in sentence:  # the page's own punctuation: "known as “the Red Pencil,” and"
            text = text.replace(f"{quote}, ", f",{quote} ")
    before = _relation_before(parts, home, own) if start == home and home else None
    if before is not None and before.startswith("whose "):  # "a pilot whose younger sister, Joanna, ...": the pilot's
        said = parts[home - 1]  # (not "... a missing girl whose mother": the one named must be what "whose" follows)
        owner = next((o for o in others if said.startswith(o) and _IS_ONE_WHOSE.match(said)), "")
        before = f"{owner}'s{before[len('whose') :]}" if owner else None
    if (
        before is not None
        and _an_unowned_role(before)
        and not (pronouns and _whose(parts[:home], others, pronouns, before[:3]))
    ):
        before = None  # "her silent chauffeur, Major Tomas Rehn": whose only the page's pronouns can say
    if before is not None:  # "... after his older sister, coxswain Maisie Fennimore": what she is to him
        text = f"{before}, {text}"
    subject = _subject_of(parts[:home], others) if start == home and home else None
    if subject is not None:
        text = _with_its_subject(text, subject, ", ".join(parts[:home]))
    if end < len(parts) and _relation_to_them(parts[end], others, pronoun):
        text = f"{text}, {parts[end].rstrip(',;:.')}"  # "..., Odile becomes his partner in ...": who is who to him
    text = _from_the_name(text, name)
    # (without the page's pronouns, no one can say whose)
    owner = (
        _whose(parts[:home], others, pronouns, text[:3].lower())
        if pronouns and text[:4].lower() in _POSSESSED
        else None
    )
    if owner is not None:  # "Callum, a boatyard apprentice, ... after his older sister, Maisie": Callum's sister
        text = f"{owner}'s {text[4:]}"
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def _from_the_name(text: str, name: str) -> str:
    """A clause whose subject is someone else ("Who was engaged to Duncan's younger sister Isla Mair and whose
    widowed mother"): only the phrase that calls this person something, and an appositive after the name ("Duncan's
    younger sister Isla Mair", "the wealthy Count Edmondo Vitali, Ottavio's old rival")."""
    at = text.find(name)
    if at <= 0 or not _SOMEONE_ELSES.match(text):
        return text
    words = text[:at].split()
    start = len(words)
    while start and words[start - 1].lower() not in _PHRASE_STOPS and not _ends_a_clause(words, start - 1):
        start -= 1
    phrase = " ".join([*words[start:], name])
    for part in text[at + len(name) :].split(", ")[1:]:  # (nothing after the name but a comma: "Isla Mair and whose")
        first = part.split()[0] if part.split() else ""
        if first.lower() not in _APPOSITIVE_OPENERS and not _POSSESSIVE.search(first):
            break  # "..., begins to suspect": the other one's clause goes on
        phrase += f", {part}"
    return phrase.rstrip(".")


def _ends_a_clause(words: list[str], at: int) -> bool:
    """Does the word at `at` end with a comma that closes a clause (not "his rival," before an appositive name)?"""
    if not words[at].endswith(","):
        return False
    before = [w.lower() for w in words[max(0, at - 3) : at]]
    return not any(w in ("his", "her", "their") or _POSSESSIVE.search(w) for w in before)


# (not "Has-been boxer"); "the son of rancher Eli Cord, rides into town": the son's clause
_KIN_OF = re.compile(
    r"^(?:the|a|an|his|her|their) (?:[\w'’-]+ ){0,3}(?:son|daughter|child|niece|nephew|grandson|granddaughter|widow"
    r"|wife|husband|sister|brother|heir|ward|apprentice|student|protege|protégé) of\b",
    re.IGNORECASE,
)
_SOMEONE_ELSES = re.compile(rf"^(?:who|whose|is|was|are|were|has|had)(?=\s)|{_KIN_OF.pattern[1:]}", re.IGNORECASE)
_PHRASE_STOPS = frozenset(
    "to for with by of from at in on into about against alongside who whose which that is was are were has had "
    "becomes became meets joins marries loves hires".split()
)
_APPOSITIVE_OPENERS = frozenset(
    "a an the his her their known nicknamed dubbed called once now leader head who whose".split()
)


# "Miriam Kestrel is a young submersible pilot whose ...": the one named is what "whose" follows (not "Nell hires a
# detective to trace a girl whose mother ...")
_IS_ONE_WHOSE = re.compile(
    r"^[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3},? (?:is|was|remains|becomes) (?:an? |the )?(?:[a-z][\w'’-]* ){0,4}whose "
)


# a relative clause naming someone by what they are to the one before it: "whose sister Njeri Kamau runs ..."
_WHOSE_KIN = re.compile(r"whose (?P<kin>(?:[a-z][\w’'-]* ){1,3})(?P<name>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)+)(?P<rest>.*)")
_THEIR = re.compile(r"\b(?:his|her|their)\b", re.IGNORECASE)
_OWNER_OF = {"his": "he", "her": "she"}


_POSSESSED = ("his ", "her ")


def _whose(
    before: list[str], others: list[str], pronouns: dict[str, str | None], whose: str, *, listed: bool = False
) -> str | None:
    """Whose "his" or "her" a relation said before a name is, from the parts of the sentence before it: the one
    person named there the pronoun can mean (by the pronoun the page gives them: "Ruth ... arrests Tomas after his
    younger brother": Tomas); "Sigrun Aas and her twin brother": Sigrun; of several, the sentence's subject when it
    is also the nearest ("Guided by his mentor, Augustin, ..., Leo must face his great rival": Leo). Else no one."""
    said = ", ".join(before)
    named = {o: _last_said(said, o) for o in others}
    fitting = {o: at for o, at in named.items() if at >= 0 and pronouns.get(o) in (None, _OWNER_OF[whose])}
    if not fitting:
        return None
    joined = next((o for o in fitting if re.search(rf"\b{re.escape(o.split()[0])}(?: [\w'’-]+)? and$", said)), None)
    if joined is not None or len(fitting) == 1:
        return joined or next(iter(fitting))
    # (a name set off after someone's relation, "by his older sister, Katalin Varga", is not who it is about)
    heads = [p for k, p in enumerate(before) if not (k and _THEIR.search(before[k - 1]) and p in others)]
    # (the head of a list is who it is about: "As Ruth leans on Eli's daughter, Tessa, ..., and her partner": Ruth's)
    subject = _heading(heads, others) if listed else _subject_of(heads, others) or _heading(heads, others)
    nearest = max(fitting, key=fitting.__getitem__)
    # after a list of one person's titles ("Verna Kittredge, Josie's boss, and her partner"): the list's head
    return subject if subject in fitting and (listed or subject == nearest) else None


def _last_said(said: str, person: str) -> int:
    """Where a person's full or first name is last said in the text (-1: not said)."""
    found = list(re.finditer(rf"\b(?:{re.escape(person)}|{re.escape(person.split()[0])})\b", said))
    return found[-1].start() if found else -1


def _heading(parts: list[str], others: list[str]) -> str | None:
    """The person the first part naming anyone is about, by full or first name, the first named there unless said
    as a possessive ("Station owner Verna Kittredge", "As Ruth leans on Eli's daughter": Ruth, not Eli)."""
    for said in parts:
        named = {
            o: re.search(rf"\b(?:{re.escape(o)}|{re.escape(o.split()[0])})\b(?P<own>['’]s\b)?", said) for o in others
        }
        found = {o: m for o, m in named.items() if m is not None}
        if found:
            first = min(found, key=lambda o: found[o].start())
            return None if found[first]["own"] else first
    return None


def _subject_of(opening: list[str], others: list[str]) -> str | None:
    """The person a sentence opens with ("Simon is guided by ...", "In this drama, Matthias Olbrecht, a ...")
    whose "his" a later part's "and by his older sister Harriet" means: the first part opening with a name that
    is not a possessive ("Anna Berg's husband, Karl Berg, ...": Karl)."""
    for k, part in enumerate(opening):
        found = next((o for o in others if f"{part} ".startswith((o.split()[0] + " ", o + " "))), None)
        if found is not None and not _POSSESSIVE_AFTER.match(part, len(found if part.startswith(found) else "")):
            return found
        opens = not k or k == 1 and opening[0].startswith("In this ")  # the sentence's own first part
        titled = next(
            (o for o in others if part.endswith(" " + o) and part[: -len(o)].islower() and " of " not in part),
            None,
        )  # (not "the eldest daughter of Walter": him named inside what she is)
        if opens and titled is not None:
            return titled  # "In this comedy, widowed baker Walter Dunleavy, ...": what they are, then the subject
    return None


_POSSESSIVE_AFTER = re.compile(r"\w*['’]s\b")


def _with_its_subject(text: str, subject: str, before: str) -> str:
    """A part whose "his" is the sentence's subject's, said so: "and by his older sister Harriet" when "by his"
    opened a part before it too (the same verb governs both: "guided by his mentor ..., and by his sister"), and
    "serves his patron Leopold" right after the subject and what they are ("Matthias, a court painter, serves")."""
    parallel = _BY_THEIR.match(text)
    if parallel is not None and f" {parallel.group().strip()} " in f" {before.lower()} ":
        return _BY_THEIR.sub(f"{subject}'s ", text, count=1)
    if _DOES_TO_THEIR.match(text):
        return f"{subject} {text}"
    return text


# "serves his demanding patron Leopold": a part going on with the subject's verb, whose "his" is the subject's
_DOES_TO_THEIR = re.compile(
    r"^(?!(?:as|is|was|has|his|this|its|us|thus|plus|perhaps|across|unless|always|sometimes|whereas)\b)"
    r"[a-z]+s (?:(?:his|her|their) |(?:the|a|an|in|on|with|to|up|out|over|into|for) (?:[\w'’-]+ ){0,8}?"
    r"(?:his|her|their) )"
)  # "runs the family bakery with his daughter June": the subject's verb, then their "his"


# "by his older sister Harriet", "with her cousin Ada": a relation to the one the sentence is about, said after a
# preposition that the sentence's verb governs
_BY_THEIR = re.compile(r"^(?:by|with|to|from|for|alongside|beside) (?:his|her|their) (?=[a-z])")


def _inserted_name(parts: list[str], named: list[set[str]], others: set[str], at: int) -> bool:
    """Is part `at` only someone's name, set off after the relation it names ("her late father, Amos Crane,
    founded it"), with the clause going on after it naming no one: a name inside a clause, not a new one."""
    found = _RELATION_BEFORE.search(parts[at - 1]) if 0 < at < len(parts) - 1 else None
    if found is None or not named[at] & others or named[at + 1] & others:
        return False
    before = parts[at - 1][: found.start()].split()[-1:]
    # "the paper her late father, Amos, founded": the clause goes on; "for her brother, Ewan, missing since
    # the storm": his, after a preposition
    return (
        _APPOSITIVE_NAME.fullmatch(parts[at].strip()) is not None
        and _unaccented(found["noun"]) in RELATION_WORDS
        and not (before and before[0].lower() in _PREPOSITIONS)
    )


_QUOTED_COMMA = re.compile(r",([”\"]) ")
_PREPOSITIONS = frozenset(
    "for to with of by on in at from about after before behind against toward towards into under over beside "
    "between among around like than and or".split()
)


def _relation_to_them(part: str, others: list[str], pronoun: str | None) -> bool:
    """Is the part after a person's a clause opening with someone else's name, saying what they are to that
    person ("Thomas parachutes in, Odile becomes his partner in relaying messages"), not "Ida tells Leo that she is
    his sister" (someone else named before the "his") nor "Leo was her husband" after a man?"""
    said = {w for w in _WORD.findall(part) if w[:1].isupper()}
    opening = next((o for o in others if part.startswith(o + " ") or part.startswith(o.split()[0] + " ")), None)
    if opening is None or any(set(o.split()) & said for o in others if o != opening):
        return False
    found = _RELATION_TO_THEM.match(part, len(opening if part.startswith(opening + " ") else opening.split()[0]))
    if found is None or not set(found["words"].split()) & RELATION_WORDS:
        return False
    return pronoun is None or _POSSESSIVE_OF[found["whose"]] in (pronoun, "they")


# "Odile becomes his partner", "Ada is her closest ally": what someone is to the person the part before named
# (not "Tamsin turns to her older sister": her own)
_RELATION_TO_THEM = re.compile(
    r" (?:becomes|became|is|was|remains|serves as|acts as|works as|poses as) (?P<whose>his|her|their) "
    r"(?P<words>(?:[a-z-]+ ?){1,3})"
)
_POSSESSIVE_OF = {"his": "he", "her": "she", "their": "they"}


def _own_clause(part: str, name: str, others: list[str]) -> str:
    """Of a part naming two people as two clauses joined by "and", "while", "but" or "as", the clause naming this
    one: "her meddling father Tom Vell rearranges the chart and her grandmother Ada Vell brings a date" -> each
    their own half; "Governor Tom Vell and his strategist Ada Lind close ranks" -> Tom's to the join, and Ada's
    from it with whose "his" is: "Tom Vell's strategist Ada Lind close ranks"."""
    at = part.find(name)
    if at < 0:
        return part
    joins = [m for m in _CLAUSE_JOIN.finditer(part) if any(o in part[: m.start()] for o in others)]
    after = [
        m
        for m in _CLAUSE_JOIN.finditer(part)
        if m.start() >= at + len(name) and any(o in part[m.end() :] for o in others)
    ]
    end = after[0].start() if after else len(part)
    before = [m for m in joins if m.end() <= at]
    if not before:
        return part[:end]
    join = before[-1]
    if _alike_before(part, join) or join["whose"] == "the":
        return part[join.end() : end]  # "... and her grandmother Ada": hers, whoever "her" is
    owner = max((o for o in others if o in part[: join.start()]), key=lambda o: part.rfind(o, 0, join.start()))
    return f"{owner}'s{part[join.end() + len(join['whose']) : end]}"  # "... and his strategist Ada": Tom's


_CLAUSE_JOIN = re.compile(r" (?:and|while|but|as) (?=(?P<whose>his|her|their|the) )")


def _alike_before(part: str, join: re.Match[str]) -> bool:
    """Does the clause before the join say whose its person is the same way ("her father ... and her mother")?"""
    return re.search(rf"\b{join['whose']}\b", part[: join.start()], re.IGNORECASE) is not None


def _named_after(part: str, name: str, others: list[str], following: str) -> bool:
    """ "Ada Brisk signs on under the captain Tom Vell, known as the Fox, who ...": the parts after, when they
    open as an appositive (`following`: "known as", "who"), belong to the person named last (Tom), not the first."""
    after = part[part.find(name) + len(name) :] if name in part else ""
    return any(other in after for other in others) and _APPOSITIVE_OPENING.match(following) is not None


# what a part opens with when it says more of the person just named: "known as", "who ...", "a night watchman"
_APPOSITIVE_OPENING = re.compile(r"(?:known|called|nicknamed|dubbed|who|whom|whose|the so-called|a|an)\b")


def _relation_before(parts: list[str], home: int, own: set[str]) -> str | None:
    """ "after his older sister" just before ", coxswain Maisie Fennimore": the relation the part before a name
    ends with, when it ends with a relation noun and the name opens its own part (an appositive), not "her
    missing brother, he is pulled into ... Viktor" or "to bury the findings, while ... Raymond Pike"."""
    opening = [name_key(w) for w in _WORD.findall(parts[home])][: APPOSITIVE_LEAD + 1]
    if not own & set(opening):
        return None
    appositive = _APPOSITIVE_NAME.fullmatch(parts[home].strip()) is not None
    things = _A_THINGS_ROLE_BEFORE.search(parts[home - 1]) if appositive else None
    if things is not None:
        return things.group()  # "the nephew of the opera's intendant, Gottfried Pichler": what he is there
    found = _RELATION_BEFORE.search(parts[home - 1])
    if found is None:
        return None
    if _unaccented(found["noun"]) in RELATION_WORDS:
        return found.group()
    # after a named person's possessive, any noun says what the one named next is to them, when that name is an
    # appositive of its own ("Viktor's stern handler, Colonel Arkady Demin, will ..."; not "Boris Lermontov's new
    # ballet, while Julian Craster writes the score")
    # ... or after "his"/"her" ("sending his foreman, Gus Tarbell, to do the dirty work"): the owner is found later
    said = found.group()
    short = len(said.split()) <= _ROLE_WORDS  # "his foreman", "her loyal assistant" (not "her late father instead of")
    return said if appositive and (said[:1].isupper() or found["whose"] in _POSSESSIVE_OF and short) else None


def _an_unowned_role(before: str) -> bool:
    """ "his foreman" (not "his older sister": a relation word, kept as it always was)."""
    return before[:4] in _POSSESSED and _unaccented(before.split()[-1]) not in RELATION_WORDS


_ROLE_WORDS = 3


# "Colonel Arkady Demin", "the ruthless Ludwig van Houten.": a name (a title or a few words before it) and nothing
# after it (not "while Julian Craster writes the score")
_APPOSITIVE_NAME = re.compile(
    r"(?:(?:the|a|an) [a-z]+ |(?!(?:then|and|but|who|also|so|now|she|he|they)\b)[a-z]+ [a-z]*(?:ss|[a-rt-z]) )?"
    r"(?:[A-Z][\w.-]* )?[A-Z][\w'’-]*"
    r"(?: (?:[A-Z][\w'’-]*|van|von|de|der|del|da|di|le|la)){0,4}\.?"
)


def _unaccented(word: str) -> str:
    """ "fiancé" as the relation words spell it: "fiance"."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


APPOSITIVE_LEAD = 5  # words before a name in its own part that may still be its appositive ("coxswain Maisie")
# The end of a part that says what the person named next is to someone: "after his older sister", "with her rival"
# or of someone named: "on Tom's sixteen-year-old daughter"
_A_THINGS_ROLE_BEFORE = re.compile(r"\bthe [a-z][\w-]*['’]s (?:[a-z-]+ )?[a-z-]+$")  # "the opera's intendant"
_RELATION_BEFORE = re.compile(
    r"\b(?P<whose>his|her|their|whose|(?:[A-Z][\w-]* )?[A-Z][\w-]*['’]s?) (?:(?!his |her |their )[a-z-]+ ){0,4}?"
    r"(?P<noun>[^\W\d_]+)"
    r"(?: (?:for|of|from|at|in|on) (?:the |a |an )?[\w'’-]+(?: [\w'’-]+){0,2})?$"  # "her rival for the chief's post"
)


_SOMEONE_AS_ONE = re.compile(
    r"^(?:the|a|an) (?:[a-z-]+ )?(?:woman|man|girl|boy|widow|widower|lady|fellow|one|stranger)\b"
)
# "Einar Kolbeinsson, the owner of the salting station and the creditor to whom Ragnar owed everything, ...": what
# he is, naming another
_A_ROLE_OF = re.compile(r"^(?:the|a|an) (?:[a-z-]+ ){0,2}[a-z-]+ (?:of|to|for|at|on)\b")
_DANGLING_WHOSE = re.compile(r" and whose [^,]*$")
_NEW_SUBJECTS = frozenset("the a an his her their its this that these those he she they it we i you there".split())


def _goes_on(part: str) -> bool:
    """Does this part go on saying what the one before did ("begins to prove himself") rather than open another
    subject's clause ("the family must weigh ...")?"""
    first = part.split()[0].lower() if part.split() else ""
    return first.isalpha() and first not in _NEW_SUBJECTS and not _LEADING_JOIN.match(part)


def _own_start(parts: list[str], named: list[set[str]], everyone: set[str], home: int) -> int:
    """Where the person named in part `home` starts being described: at the start, when no part before names
    anyone; or at a part opening with "while" or "and" that begins their clause (", while her rival, the
    critic Otto Brell, mocks her")."""
    start = home
    while start > 0 and not any(words & everyone for words in named[:start]):
        start -= 1
    nameless_from = [k for k in range(home) if not any(named[j] & everyone for j in range(k, home))]
    joined = [k for k in nameless_from if _LEADING_JOIN.match(parts[k])]
    return min(start, joined[0]) if joined else start


def _clear_winner(tally: Counter[str]) -> str | None:
    """The pronoun the votes settle on, if any; too few votes for "they" are read as plural and set aside."""
    ranked = [(p, n) for p, n in tally.most_common() if p != "they" or n >= MIN_VOTES["they"]]
    if not ranked or ranked[0][1] < MIN_VOTES[ranked[0][0]]:
        return None
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    return ranked[0][0] if ranked[0][1] >= MAJORITY * runner_up else None


def _pronoun_votes(
    names: list[str], texts: list[str], nicknames: dict[str, tuple[str, ...]] | None = None
) -> dict[str, Counter[str]]:
    """Each pronoun votes for the one person it can point at (see pronoun_windows). Where it could point at two
    or more, it counts only when every other one is already known to take another pronoun."""
    windows = pronoun_windows(names, texts, nicknames)
    known: dict[str, str | None] = {**dict.fromkeys(names), "<him>": "he", "<her>": "she"}
    votes: dict[str, Counter[str]] = {}
    for _ in range(len(names)):  # each round may settle someone, which resolves more shared sentences
        votes = {name: Counter() for name in names}
        plural_checked: set[tuple[str, str]] = set()  # "they" counts once a sentence: a group says it often
        for pronoun, tiers, sentence in windows:
            open_ = next(
                (
                    [p for p in people if known[p] in (None, pronoun)]
                    for people in tiers
                    if any(known[p] in (None, pronoun) for p in people)
                ),
                [],
            )
            if len(open_) == 1 and open_[0] in votes:
                if pronoun == "they" and (open_[0], sentence) in plural_checked:
                    continue
                plural_checked.add((open_[0], sentence))
                votes[open_[0]][pronoun] += 1
        known.update({name: known[name] or _clear_winner(votes[name]) for name in names})
    return votes


def pronoun_windows(
    names: list[str], texts: list[str], nicknames: dict[str, tuple[str, ...]] | None = None
) -> list[tuple[str, tuple[frozenset[str], ...], str]]:
    """(pronoun, the people it could point at, nearest first, its sentence) for each pronoun: those named in its
    sentence before it; else (the sentence may yet name whom it means: "On his way home, Noé ...") those named
    in the sentence before or after it in this one. A subject pronoun may also carry on from the sentence before
    ("With Tobias's help, she ..."), and one opening a sentence as the last one opened means the same person.
    "their" where the sentence speaks of several ("they both", "Inés and Jedediah") is not counted. A nickname
    names its person too ("the Old Man ... he sends for Signe")."""
    forms = _name_forms(names, nicknames or {})
    windows: list[tuple[str, tuple[frozenset[str], ...], str]] = []
    for text in texts:
        previous: set[str] = set()
        lead: tuple[str, frozenset[str]] | None = None  # the pronoun opening the sentence before, and its people
        for sentence in sentences(text):
            words = _sentence_words(sentence, forms)
            named = {w for w in words if w in names}
            plural = bool(PLURAL_CUES & set(words)) or _joined_names(words, names)
            subject = words[0] if words and words[0] in names else None  # the sentence opens with someone
            current: set[str] = set()
            opening: tuple[str, frozenset[str]] | None = None
            for position, word in enumerate(words):
                if word in PRONOUNS and not (plural and PRONOUNS[word] == "they"):
                    if word in SUBJECTS and not current and lead and PRONOUNS[lead[0]] == PRONOUNS[word]:
                        tiers: tuple[frozenset[str], ...] = (lead[1],)
                    elif word in SUBJECTS and current and current == {subject}:
                        # "Edda confesses that she ...", unless the sentences before were about someone this
                        # pronoun went on meaning ("She lists what she saw. Gísli answers that she gave up ...")
                        carried = lead[1] if lead and PRONOUNS[lead[0]] == PRONOUNS[word] else frozenset()
                        tiers = (frozenset(current) | carried, frozenset(previous))
                    elif word in SUBJECTS:
                        tiers = (frozenset(current | previous),)
                    else:  # the nearest first: someone named before it here, else before this sentence or after it
                        tiers = (
                            (frozenset(current), frozenset(previous | named))
                            if current
                            else (frozenset(previous | named),)
                        )
                    if not current and opening is None:
                        opening = (word, tiers[0])
                    windows.append((PRONOUNS[word], tiers, sentence))
                elif word in OBJECTS and (word == "him" or _ends_phrase(words, position)):
                    current.add(OBJECTS[word])  # someone unnamed ("meets him"): a later "his" may be theirs
                elif word in names:
                    current.add(word)
            # a sentence opening with a name, its pronoun still that of the one before, keeps the chain going
            carries = lead is not None and any(PRONOUNS.get(w) == PRONOUNS[lead[0]] for w in words)
            previous, lead = current, opening or (lead if carries and subject is not None else None)
    return windows


def _joined_names(words: list[str], names: list[str]) -> bool:
    """Two people named side by side ("Inés and Jedediah"): a "their" after it is theirs together."""
    return any(a in names and b == "and" and c in names for a, b, c in zip(words, words[1:], words[2:], strict=False))


def _ends_phrase(words: list[str], position: int) -> bool:
    """Is "her" here an object ("tells her about"), not a possessive ("her late husband")?"""
    following = words[position + 1] if position + 1 < len(words) else ""
    return not following or following in STOPWORDS


def _name_forms(names: list[str], nicknames: dict[str, tuple[str, ...]]) -> dict[tuple[str, ...], str]:
    """Folded word sequences that name each person: the full name, a first or last name no one else has, and a
    nickname of two words or more ("old man")."""
    forms: dict[tuple[str, ...], str] = {}
    parts = Counter(part for name in names for part in set(name_key(name).split()))
    for name in names:
        forms[tuple(name_key(name).split())] = name
        for part in name_key(name).split():
            if parts[part] == 1 and part not in PARTICLES:
                forms.setdefault((part,), name)
        for nickname in nicknames.get(name, ()):
            said = tuple(w for w in name_key(nickname).split() if w != "the")
            if len(said) > 1:
                forms.setdefault(said, name)
    return forms


def _sentence_words(sentence: str, forms: dict[tuple[str, ...], str]) -> list[str]:
    """The sentence's folded words, with each naming of a person replaced by the person's full name."""
    words = [name_key(_POSSESSIVE.sub("", m.group())) for m in _WORD.finditer(sentence)]
    longest = max((len(f) for f in forms), default=1)
    found: list[str] = []
    index = 0
    while index < len(words):
        for size in range(longest, 0, -1):
            name = forms.get(tuple(words[index : index + size]))
            if name:
                found.append(name)
                index += size
                break
        else:
            found.append(words[index])
            index += 1
    return found
