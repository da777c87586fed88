"""People asked about by a pronoun, a name, a description or their relation to someone else."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from ..cues import (
    ALIKE,
    CHILD_WORDS,
    FAMILY,
    FONDNESS,
    INVERSES,
    KIN_WORDS,
    PAYING,
    PERSON_NOUN_WORDS,
    PRONOUN_FORMS,
    RELATION_WORDS,
    VERB_ROLES,
)
from ..index import Entry
from ..recognisers import IN_PLAY
from ..text import canonical, fold, term
from .turn import Kit, Turn


def one_person(turn: Turn) -> Entry | None:
    """The one person a question is about: named, else the one its "she"/"he" means, else described."""
    kit, tokens = turn.kit, turn.tokens
    owned = _named_owners_relation(turn)
    if owned is not None:
        return owned  # "vicky's instructor, in which scenes is he?": not Vicky
    named = kit.scorer.named_people(tokens)
    if len(named) == 1:
        return kit.index.entries[named[0]]
    if named:
        return None
    related = _relation_said(turn)
    if related is not None:
        return related  # "and her teacher, he is in which ones?": her teacher
    if turn.reading.person and turn.thread is not None:
        cast = cast_by_role(turn)  # "and the composer guy, in which scene does he appear?": not the "he" in play
        if cast is not None and kit.scorer.pronoun_fits(cast, turn.reading.person):
            return cast
        return kit.scorer.person(turn.reading.person, turn.thread)
    described = kit.scorer.best_fitting_person(tokens)
    return kit.index.entries[described] if described is not None else None


def _relation_said(turn: Turn) -> Entry | None:
    """The person "her teacher" or "his sister" means, the "her" being someone in play."""
    words, thread = turn.tokens.words, turn.thread
    if thread is None or len(words) > _SAID_SHORTLY:
        return None  # (in a long message "her teacher" may be the asker's niece's)
    lead = [w for w in words if w not in _LEAD_FILLER][:_SAID_FIRST]  # "and her teacher, he is in which ones?"
    for whose, noun in zip(lead, lead[1:], strict=False):
        link = _link(noun)
        if whose in _WHOSE and link in RELATION_WORDS:
            start = turn.kit.scorer.person(_WHOSE[whose], thread)
            return _related_from(turn, start, link) if start is not None else None
    return None


_WHOSE = {"her": "she", "his": "he"}


def _link(noun: str) -> str:
    """The relation a noun says, possessive or not ("her mentor's scenes": mentor)."""
    link = KIN_WORDS.get(noun, noun)
    if link not in RELATION_WORDS and noun.endswith("s"):
        link = KIN_WORDS.get(noun[:-1], noun[:-1])
    return link


def _named_owners_relation(turn: Turn) -> Entry | None:
    """ "vicky's instructor": the person a named person's relation means, when one is so related."""
    kit = turn.kit
    owners = kit.scorer.owners_by_possessive
    words = turn.tokens.words
    for whose, noun in zip(words, words[1:], strict=False):
        link = _link(noun)
        if whose in owners and link in RELATION_WORDS:
            named = set(turn.kit.scorer.named_people(turn.tokens)) - {owners[whose].id}
            return None if named else _related_from(turn, owners[whose], link, loosely=False)
            # ("which scenes is julian in with vicky's teacher": two people, no one person)
    return None


_LEAD_FILLER = frozenset("and so ok what about the".split())
_SAID_FIRST = 2  # words: the possessive and its relation open the question (not "... in with his student?")
_SAID_SHORTLY = 12  # words of "and her teacher, which scenes is he in, if any?"


_SET_ASIDE = frozenset({("rather", "than"), ("instead", "of")})  # (not "not the teacher, rather the composer")
_ASIDE_WORDS = 4  # "rather than the musician"


def cast_by_role(turn: Turn) -> Entry | None:
    """The one character whose role words (what the page calls them: "composer", "instructor") the question
    says before its pronoun, if only one's: "and the composer guy, in which scene he appear?" is about him, but
    "in which scenes does he appear with the composer?" is about the "he" in play."""
    parts, forms = turn.tokens.parts, PRONOUN_FORMS.get(turn.reading.person or "", frozenset())
    pronoun = next((n for n, part in enumerate(parts) if part.text in forms), len(parts))
    # (not "rather than the musician", "instead of the composer": the one set aside)
    typed = [part.text for part in parts[:pronoun]]
    starts = [n for n, w in enumerate(typed) if (w, *typed[n + 1 : n + 2]) in _SET_ASIDE]
    aside = {k for n in starts for k in range(n, n + _ASIDE_WORDS)}
    said = {canonical(part.stem) for k, part in enumerate(parts[:pronoun]) if part.stem and k not in aside}
    roles = turn.kit.index.role_terms
    holders = [p for p in turn.kit.index.by_kind.get("character", []) if said & roles.get(p.title, frozenset())]
    return holders[0] if len(holders) == 1 else None


def referent(turn: Turn) -> Entry | None:
    """The person a relation counts from: the one named or meant (`first_referent`), or for "her brother's
    mentor" the one related to them so (her brother), if the pack says who that is."""
    start = first_referent(turn)
    via = turn.reading.via
    return _via(turn, start, via) if start is not None and via else start


def without_the_middle(turn: Turn) -> Entry | None:
    """ "her brother's teacher" when the pack says no one is her brother: her (the reply says so)."""
    via = turn.reading.via
    first = first_referent(turn) if via else None
    return first if first is not None and _via(turn, first, via) is None else None


def _via(turn: Turn, start: Entry, via: str) -> Entry | None:
    """The one related to `start` as `via` says ("callum's sister" of "the coach of callum's sister"): as told, or
    for kin by the cards' words for that relation alone (not "coach", which is asked of her)."""
    if via not in FAMILY:
        return _related_from(turn, start, via, by_words=False)
    alone = replace(turn, tokens=turn.kit.tokeniser.cut(turn.tokens, via), scored=None, ranked=None)
    return _related_from(alone, start, via)


def first_referent(turn: Turn) -> Entry | None:
    """The person a relation is said of: the one named ("vicky's teacher"), or the one the pronoun means."""
    kit, reading = turn.kit, turn.reading
    named = kit.scorer.named_people(turn.tokens)
    if reading.referent is None:
        said = {*turn.tokens.words, *(w[:-1] for w in turn.tokens.words if w.endswith("s"))}  # "heroine's", folded
        if not named and LEAD & said:  # "the ex-husband of the main character", "the heroine's mentor"
            return the_lead(kit)
        if not named:
            return _described_owner(turn)  # "the sister of the young American player": his
        return kit.index.entries[named[0]] if len(named) == 1 else None
    if turn.thread is None:  # "... Vicky's instructor, as if I'd know who he was. Who is her instructor?": Vicky
        people = [kit.index.entries[i] for i in named]
        fitting = [p for p in people if kit.scorer.pronoun_fits(p, reading.referent)]
        return fitting[0] if len(fitting) == 1 else None
    if reading.referent == IN_PLAY:
        latest = kit.scorer.latest(turn.thread)
        return latest if latest is not None and latest.kind == "character" else None
    return kit.scorer.person(reading.referent, turn.thread)


def _described_owner(turn: Turn) -> Entry | None:
    """ "who is the sister of the young American player?": the one person the words after "<relation> of" fit
    clearly (their card's own words), whom the relation is counted from."""
    words = turn.tokens.words
    link = turn.reading.link
    at = next(
        (k for k, w in enumerate(words[:-3]) if w == link and words[k + 1] == "of" and words[k + 2] in _SOMEONE_SAID),
        None,
    )  # (not "the teacher of ballet": what is taught)
    kit = turn.kit
    if at is None:
        return _the_lead_by_a_noun(turn)
    described = words[at + 2 :]
    if not any(_a_person_noun(kit, w) for w in described):
        return None  # "the boss of the ballet company": a thing, not someone
    found = kit.scorer.best_fitting_person(kit.tokeniser.cut(turn.tokens, " ".join(described)))
    if found is not None:
        return kit.index.entries[found]
    # two cards cut from one synopsis sentence hold the same words: the one whose own title they are
    said = {term(w) for w in described}
    held = [(len(said & kit.index.role_terms.get(p.title, frozenset())), p) for p in kit.index.by_kind["character"]]
    most = max((n for n, _ in held), default=0)
    top = [p for n, p in held if n == most]
    return top[0] if most and len(top) == 1 else None


def _a_person_noun(kit: Kit, word: str) -> bool:
    """ "girl", "player", "composer": a word for a person (a role the page gives someone, or a doer's noun)."""
    roles = kit.index.role_words
    single = word.removesuffix("s")  # "the two sisters", "the players"
    if single in PERSON_NOUN_WORDS or single in RELATION_WORDS or single.endswith(_DOERS):
        return True
    return any(word in said for said in roles.values())


_DOERS = ("er", "or", "ist", "ian", "ess")  # "player", "director", "pianist", "musician", "actress"


def _the_lead_by_a_noun(turn: Turn) -> Entry | None:
    """ "who's the girl's instructor?": "the girl" (or "the main guy") is the film's lead, when the noun fits them."""
    found = _THE_NOUNS_RELATION.search(turn.tokens.corrected)
    if found is None or found["link"] != turn.reading.link:
        return None
    pronoun = _NOUN_PRONOUN[found["noun"]]
    latest = turn.kit.scorer.latest(turn.thread) if turn.thread is not None else None
    if latest is not None and latest.kind == "character" and turn.kit.scorer.pronoun_fits(latest, pronoun):
        return latest  # "who is margit?", then "the young woman's sister": hers, the one talked about
    lead = the_lead(turn.kit)
    return lead if lead is not None and turn.kit.scorer.pronoun_fits(lead, pronoun) else None


_NOUN_PRONOUN = {
    **dict.fromkeys("girl girls woman womans lady ladys".split(), "she"),
    **dict.fromkeys("guy guys man mans boy boys".split(), "he"),
}
_THE_NOUNS_RELATION = re.compile(
    r"\bthe (?:(?:main|young|lead|leading) )?(?P<noun>" + "|".join(_NOUN_PRONOUN) + r")(?: s)? (?P<link>\w+)"
)
_SOMEONE_SAID = frozenset("the that this".split())
LEAD = frozenset({"protagonist", "heroine", "hero"})  # "main character" reads as "protagonist" (vocabulary.py)
LEAD_TERM = term("protagonist")


def the_lead(kit: Kit) -> Entry | None:
    """The character roles.py finds to be the protagonist, if one is."""
    return next(
        (c for c in kit.index.by_kind.get("character", []) if LEAD_TERM in kit.index.role_terms.get(c.title, ())), None
    )


def related(turn: Turn) -> Entry | None:
    """Someone other than the referent: the one whose text fits the question's words, else the only one
    linked to the referent (one's card names the other)."""
    kit = turn.kit
    start = referent(turn)
    if start is None:
        return described(turn)
    first = first_referent(turn) if turn.reading.via else start  # "ewan's sister's boyfriend": Ewan is named
    if any(i not in (start.id, first.id if first else None) for i in kit.scorer.named_people(turn.tokens)):
        return None  # "who is boris? is he her boyfriend?": the person asked about is named
    turn.met.append(start)  # "the teacher of Vicky", then "and the boy she loves?": she is Vicky
    # counted from someone described ("the teacher of the young composer"), the question's words describe them,
    # not the one related to them (but "the husband of the sister who stays": a card saying "husband" is kin)
    if turn.reading.referent is None and not kit.scorer.named_people(turn.tokens) and start is _described_owner(turn):
        return _related_to_someone_described(turn, start, turn.reading.link)
    return _related_from(turn, start, turn.reading.link)


def _related_to_someone_described(turn: Turn, start: Entry, link: str) -> Entry | None:
    """ "the boss of the latin professor": as the page tells it, or the one the words fit whose card calls them
    so ("Ashcombe's formidable boss, Agatha"); not merely whose card says "teacher" (someone else's teacher)."""
    told = _related_from(turn, start, link, by_words=link in FAMILY, loosely=False)
    if told is not None:
        return told
    fitting = _fitting(turn, start, link)
    return (
        fitting
        if fitting is not None and turn.kit.scorer.card_calls(fitting, start, ALIKE.get(link, (link,)))
        else None
    )


def _related_from(turn: Turn, start: Entry, link: str, *, by_words: bool = True, loosely: bool = True) -> Entry | None:
    """The person related so (`link`) to `start`, of the sex the relation says ("his mother" is no he)."""
    found = _related_any(turn, start, link, by_words=by_words, loosely=loosely)
    if found is not None and found.id == start.id:
        return None  # ("jo's trainer" when Jo is the one the page says trains): no one is their own
    sex = _ASKED_SEX.get(link)  # ("berthe's nephew": no she, whatever the other side's words)
    return found if found is None or sex is None or turn.kit.scorer.pronoun_fits(found, sex) else None


def _related_any(turn: Turn, start: Entry, link: str, *, by_words: bool, loosely: bool) -> Entry | None:
    """The person related so (`link`) to `start`: as the synopsis says it, by a deed, by the question's words,
    or (`loosely`) the only one linked to them."""
    kit = turn.kit
    sex = _ASKED_SEX.get(link)  # (a child's words say no parent's sex; "Agatha's nephew" says aunt or uncle)
    for word in ALIKE.get(link, (link,)) if link else ():
        told = kit.scorer.told_relation(start, word, INVERSES.get(word, ()), sex)
        if told is not None:
            return told  # (the other side's words say no sex: "Rita's mother" is not her father, Joe)
    shared = (
        _siblings_parent(turn, start, link)
        or _sweetheart(turn, start, link)
        or _two_steps(turn, start, link)
        or _sharing_a_parent(turn, start, link)
    )
    if shared is not None:
        return shared
    called = _called_theirs(kit, start, ALIKE.get(link, (link,))) if link and link not in FAMILY else None
    if called is not None:
        return called  # "his boss": the one whose card calls them "Viktor's stern handler"
    by_deed = kit.scorer.owned_by(start, VERB_ROLES[link]) if link in VERB_ROLES else None
    if by_deed is not None or link in PAYING:
        return by_deed  # "the guy who teaches her": the one whose card calls them her instructor; "who pays him":
        # only the one a card calls his patron or boss (anyone else his card names may be paid by him)
    fitting = _fitting(turn, start, link) if by_words else None  # ("julian's girlfriend's teacher": not by "teacher")
    return fitting or _linked(turn, start, link, loosely=loosely)


def _linked(turn: Turn, start: Entry, link: str, *, loosely: bool) -> Entry | None:
    """The only one linked to `start` (their card names them), when the card says kin for a kin relation; else
    the one whose card calls `start` the other side of it."""
    kit = turn.kit
    kin_said = link not in FAMILY or _card_says_kin(start, link)
    linked = kit.scorer.linked_people(start) if loosely and kin_said else []
    if link in FAMILY:  # "his father" loosely: only one the page calls a father ("Eleanor falls for Thomas": no)
        kin = {link, *ALIKE.get(link, ())}
        linked = [p for p in linked if kin & kit.index.role_words.get(p.title, frozenset())]
    if len(linked) == 1:
        return linked[0]  # "her teacher": the one her card names; "his mother" only if the card says kin
    # "who is his student?": the one his own card calls him the mentor of ("Nora's harsh mentor"); "who trains
    # vicky?": the one whose card calls them her instructor
    return kit.scorer.called_by(start, INVERSES.get(link, ())) or kit.scorer.owned_by(start, VERB_ROLES.get(link, ()))


def _two_steps(turn: Turn, start: Entry, link: str) -> Entry | None:
    """ "ivy's grandma": her father's (or mother's) mother; "loretta's uncle": her parent's brother; as the synopsis
    tells each step ("his daughter, Ivy", "her stubborn son Samuel"), when it tells no such relation itself."""
    steps = _KIN_STEPS.get(link)
    if steps is None:
        return None
    scorer = turn.kit.scorer
    sex = _KIN_SEX.get(link)  # (the other side's words say no sex: "Samuel's mother" may be his father)
    for first in steps[0]:
        middle = scorer.told_relation(start, first, INVERSES.get(first, ()), _KIN_SEX.get(first))
        if middle is None or middle.id == start.id:
            continue
        for second in steps[1]:
            found = scorer.told_relation(middle, second, INVERSES.get(second, ()), sex)
            if found is not None and found.id != start.id:
                return found
    return None


_KIN_SEX = {
    **dict.fromkeys(("grandmother", "aunt", "granddaughter", "niece", "mother", "daughter", "sister", "wife"), "she"),
    **dict.fromkeys(("grandfather", "uncle", "grandson", "nephew", "father", "son", "brother", "husband"), "he"),
    **dict.fromkeys(("stepmother", "stepdaughter"), "she"),
    **dict.fromkeys(("stepfather", "stepson"), "he"),
}
# the sex a relation asked says of the one answered: a parent's, a child's ("berthe's nephew" is no she) or a
# sibling's ("his brother?" is not the sister he is the brother of); not an aunt's, whose pronoun an imported page
# more often leaves to a guess
_ASKED_SEX = {
    link: _KIN_SEX[link]
    for link in ("mother", "father", "son", "daughter", "nephew", "niece", "grandson", "granddaughter")
    + ("stepmother", "stepfather", "stepson", "stepdaughter", "brother", "sister")
}
# a relation two steps away, each step as words the synopsis may use: (first steps, second steps)
_PARENT_STEP = ("father", "mother", "parent")
_KIN_STEPS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "grandmother": (_PARENT_STEP, ("mother",)),
    "grandfather": (_PARENT_STEP, ("father",)),
    "grandparent": (_PARENT_STEP, _PARENT_STEP),
    "aunt": (_PARENT_STEP, ("sister",)),
    "uncle": (_PARENT_STEP, ("brother",)),
    "granddaughter": (("son", "daughter", "child"), ("daughter",)),
    "grandson": (("son", "daughter", "child"), ("son",)),
    "niece": (("brother", "sister"), ("daughter",)),
    "nephew": (("brother", "sister"), ("son",)),
}


def _called_theirs(kit: Kit, start: Entry, nouns: tuple[str, ...]) -> Entry | None:
    """The one card calling its person "<start>'s <noun>" in so many words ("Viktor's stern handler, Colonel
    Arkady Demin"; not "spies on Felix and his handler", whose "his" is Felix's)."""
    names = "|".join(map(re.escape, start.names))
    owned = rf"\b(?:{names})(?: s|s) (?:(?!and\b|his\b|her\b|their\b)\w+ ){{0,2}}(?:{'|'.join(nouns)}) (?:\w+ )?"

    def calls_them(card: Entry) -> bool:  # their own name right after it: "Viktor's stern handler, Colonel Arkady"
        return re.search(owned + rf"(?:{'|'.join(map(re.escape, card.names))})\b", _card(card)) is not None

    cards = [c for c in kit.index.by_kind.get("character", []) if c.id != start.id and calls_them(c)]
    return cards[0] if len(cards) == 1 else None


def _sweetheart(turn: Turn, start: Entry, link: str) -> Entry | None:
    """ "ray's girlfriend": the one a card calls so ("Ray's girlfriend, Lily"), else his wife (not a former one),
    else the partner the page gives him ("her partner, Jonas"; after a wife, as a police partner may be one)."""
    if link not in _SWEETHEARTS:
        return None
    scorer = turn.kit.scorer
    called = scorer.owned_by(start, ALIKE[link])
    return (
        called
        or _spouse(turn, start)
        or scorer.told_relation(start, "partner", ("partner",))
        or _loved_on_their_card(turn, start)
    )


def _loved_on_their_card(turn: Turn, start: Entry) -> Entry | None:
    """ "his girlfriend" when a card of theirs says "... when June falls for Eddie": the one it says loves them, or
    whom they love."""
    own = "|".join(re.escape(n) for n in start.names)
    for other in turn.kit.index.by_kind.get("character", []):
        if other.id == start.id:
            continue
        theirs = "|".join(re.escape(n) for n in other.names)
        cards = f"{_card(start)} {_card(other)}"
        if any(re.search(rf"\b(?:{a}) (?:{_LOVES}) (?:{b})\b", cards) for a, b in ((theirs, own), (own, theirs))):
            return other
        if re.search(rf"\b(?:{own}) (?:{_BEGINS})?(?:{_LOVE_VERBS})\W*$", _card(other)):
            return other  # "The charming young composer Vicky begins to fall for.": the one she loves
    return None


_BEGINS = "begins to |starts to |began to |comes to |came to "
_LOVE_VERBS = "fall for|falls for|love|loves|fall in love with|falls in love with|adore|adores"
_LOVES = (
    "falls for|fell for|falling for|falls in love with|fell in love with|loves|loved|is in love with|marries|courts"
)


def _spouse(turn: Turn, start: Entry) -> Entry | None:
    """The one whose card calls them this person's wife or husband, not a former one ("Ray's ex-wife")."""
    spouse = turn.kit.scorer.owned_by(start, _MARRIED)
    said = fold(getattr(spouse.subject, "description", "") or "") if spouse is not None else ""
    return spouse if spouse is not None and not _FORMER.search(said) else None


_FORMER = re.compile(r"\b(?:ex|former|late|divorced|estranged) (?:\w+ )?(?:wife|husband|spouse)\b")


def _siblings_parent(turn: Turn, start: Entry, link: str) -> Entry | None:
    """ "Ewan's dad" when the page says only that Magnus is his sister's father: a brother's or sister's parent
    is theirs too."""
    if link not in _PARENT_WORDS:
        return None
    scorer = turn.kit.scorer
    for sibling_word in _SIBLINGS:
        sibling = scorer.told_relation(start, sibling_word, _SIBLINGS)
        if sibling is None or any(_NOT_FULL_SIBLINGS.search(_card(p)) for p in (start, sibling)):
            continue  # ("her brother-in-law, Ewan", "his half-sister"): not theirs too
        parent = scorer.told_relation(sibling, link, INVERSES.get(link, ()), _KIN_SEX.get(link))
        if parent is not None and parent.id != start.id:
            return parent
    return None


def _sharing_a_parent(turn: Turn, start: Entry, link: str) -> Entry | None:
    """ "beni's sister" when the page tells only that both are the Vargas' children ("their daughter, Irma",
    "their restless son, Bence"): the one other child of a parent of theirs, of the sex asked."""
    if link not in _SIBLINGS:
        return None
    scorer = turn.kit.scorer
    parents = _parents(scorer.possessed.get(start.title, ()))
    sex = _KIN_SEX.get(link)
    others = [
        p
        for p in turn.kit.index.by_kind.get("character", [])
        if p.id != start.id
        and parents & _parents(scorer.possessed.get(p.title, ()))
        and (sex is None or getattr(p.subject, "pronoun", None) == sex)
    ]
    return others[0] if len(others) == 1 else None


def _parents(told: Iterable[tuple[str, tuple[str, ...]]]) -> set[str]:
    """Whose child the synopsis says someone is (not a stepchild: a stepbrother is no brother)."""
    return {owner for owner, role in told if role and role[-1] in CHILD_WORDS}


def _card(person: Entry) -> str:
    return fold(getattr(person.subject, "description", "") or "")


_NOT_FULL_SIBLINGS = re.compile(r"\b(?:half|step) ?(?:brother|sister|sibling)|\b(?:brother|sister) in law\b")


_SWEETHEARTS = frozenset(("boyfriend", "girlfriend"))
_MARRIED = ("wife", "husband", "spouse", "fiance", "fiancee")
_PARENT_WORDS = frozenset(("father", "mother", "parent"))
_SIBLINGS = ("brother", "sister", "sibling", "twin")


def _fitting(turn: Turn, start: Entry, link: str) -> Entry | None:
    """The person the question's words fit best besides the referent, its relation said as the page would ("her
    fella": her boyfriend; "the guy she likes": the one she loves); but "her mother" is nobody whose card
    merely names her."""
    kit, tokens = turn.kit, turn.tokens
    everyday = frozenset(w for w in tokens.words if KIN_WORDS.get(w) == link)
    if everyday and link:
        tokens = kit.tokeniser.substitute(tokens, everyday, link)
    if link in FONDNESS and link not in tokens.words:
        tokens = kit.tokeniser.cut(tokens, f"{' '.join(tokens.words)} love")  # "who's she into": the one she loves
    elif link in FONDNESS:
        tokens = kit.tokeniser.substitute(tokens, frozenset({link}), "love")
    # (not one the question names: "the boss of piet's sister" is not Piet, whose name fits the words best)
    found = kit.scorer.best_fitting_person(tokens, besides=(start.id, *kit.scorer.named_people(turn.tokens)))
    fitting = kit.index.entries[found] if found is not None else None
    if fitting is None or link not in FAMILY:
        return fitting
    # (their card says it, or the referent's card does and names them: not "Ben Cho, the son of Korean immigrants"
    # for whoever else the words fit)
    named_there = fitting.id in kit.scorer.people_named_in(fold(_card(start)))
    return fitting if _card_says_kin(fitting, link) or named_there and _card_says_kin(start, link) else None


def _card_says_kin(person: Entry, link: str) -> bool:
    """Does this person's own card say the kinship asked about, from either side ("Tom's daughter, Ada": her
    father)?"""
    said = set(fold(getattr(person.subject, "description", "") or "").split())
    return bool(said & {link, *INVERSES.get(link, ())})


def _the_other_side(turn: Turn) -> Entry | None:
    """ "his student" with no "he" in play: the one person someone fitting "he" is called the teacher of ("Vicky's
    imperious instructor" on his card)."""
    kit, reading = turn.kit, turn.reading
    inverse = INVERSES.get(reading.link, ())
    if not inverse or reading.link in inverse or reading.link in FAMILY or reading.referent is None:
        return None  # (not "her sister", "his friend": either of two)
    found = []
    for person in kit.index.by_kind.get("character", []):
        owner = kit.scorer.owned_by(person, inverse)
        if owner is not None and kit.scorer.pronoun_fits(owner, reading.referent):
            found.append(person)
    return found[0] if len(found) == 1 else None


def described(turn: Turn) -> Entry | None:
    """ "the composer she loves" with no "she" in play: the one person the words fit, who isn't a "she" (the
    one related) unless nobody else fits."""
    kit, reading = turn.kit, turn.reading
    if reading.referent is None:
        return None
    if kit.scorer.named_people(turn.tokens):
        return None  # "vicky torn between boris and her rival": about the people named
    others = tuple(
        p.id for p in kit.index.by_kind.get("character", []) if getattr(p.subject, "pronoun", None) == reading.referent
    )
    held = _the_other_side(turn)
    if held is not None:
        return held
    fitting = kit.scorer.best_fitting_person(turn.tokens, besides=others)
    return kit.index.entries[fitting] if fitting is not None else None


def unnamed_relation(turn: Turn) -> tuple[str, str] | None:
    """ "who's the rival?", "vicky's rival?": a relation a scene mentions ("a love triangle with the director, Boris,
    and her rival") that no character holds by any word the pack gives them (role words, keywords, cards, the
    relations the synopsis tells), as (whose, the relation word): the page never names that one."""
    words = turn.tokens.words
    if len(words) > _UNNAMED_WORDS or not set(words) & _WHO_ASKED and len(words) > _BARE_RELATION:
        return None
    owners = turn.kit.scorer.owners_by_possessive
    for at, (whose, noun) in enumerate(zip(words, words[1:], strict=False)):
        link = _link(noun)
        if link not in _OPPOSED or whose not in (*_WHOSE, "the", *owners):
            continue
        if at and words[at - 1] not in _ASKING_WHO:
            return None  # "who is in the scene with her rival", "name the rival scene": not who the rival is
        if _held(turn.kit, link) or not _a_scene_mentions(turn.kit, link):
            return None
        if whose in owners:
            return owners[whose].title, link
        start = turn.kit.scorer.person(_WHOSE[whose], turn.thread) if whose in _WHOSE and turn.thread else None
        return (start.title if start is not None else ""), link
    return None


_UNNAMED_WORDS = 8  # words of "whos her rival in that one, do they say"
_BARE_RELATION = 3  # words of "vicky's rival?" asked without "who"
_WHO_ASKED = frozenset("who whos whom name".split())
_ASKING_WHO = frozenset("who whos s is was and so".split())  # what comes before "her rival" when it is asked
# the relations a page may mention without naming anyone ("her rival"); a mentor or a boss the engine finds by
# deeds too ("learns his craft from Emil"), so those are never declined here
_OPPOSED = frozenset("rival rivals enemy enemies adversary nemesis opponent competitor".split())


def _a_scene_mentions(kit: Kit, link: str) -> bool:
    """Does a scene's text hold this relation word, as written (not a word sharing its stem: "competition")?"""
    said = f" {link} "
    return any(said in f" {fold(scene.summary)} {fold(scene.context)} " for scene in kit.pack.scenes)


def _held(kit: Kit, link: str) -> bool:
    """Does any character hold this relation (or its other side, or a word alike) by any word the pack gives?"""
    said = {link, *ALIKE.get(link, ()), *INVERSES.get(link, ())}
    return any(words & said for words in kit.scorer.person_words.values())
