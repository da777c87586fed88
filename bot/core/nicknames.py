"""Names a page gives its people in passing ("The men call him Beni"): names the answerer knows them by too, so
"which scenes is beni in" finds the scenes naming him either way. Read from the text when a pack is loaded; an
imported pack keeps only mechanical aliases, so the page's own words are the place to learn them."""

from __future__ import annotations

import re

from .pack import Character, Pack
from .text import fold
from .vocabulary import STOPWORDS

# "the men call him Beni", "everyone calls her 'Birdie'", "nicknamed him Tullino", "call him The Bear" (not "called
# him", which may be a telephone call: "Mia called him Friday to warn Yann")
_CALLED = re.compile(
    r"\b(?:call|calls|nickname|nicknames|nicknamed|dub|dubs|dubbed)\s+(?P<pronoun>him|her)\s+"
    r"[\"“‘']?(?P<nickname>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})\b"
)
# What family or a title calls someone ("Mum", "Papà Dan", "Tante Greta"): their kin's word, no name of theirs
_KIN_TITLES = frozenset(
    "mum mom mam ma dad da pa papa mama mamma mummy mommy daddy nana nan gran granny grandma grandpa grandad nonna "
    "nonno oma opa baba uncle aunt auntie aunty tante oncle tia tio meme pepe sis bro son sonny sister brother "
    "mister missus sir madam miss".split()
)
_PRONOUNS = {"him": "he", "her": "she"}
# A name, then what they are called: "Beatriz, whom everyone calls Bia", "Tomas, known to everyone as Grizz",
# "Dashiell, nicknamed Dash" (the importer reads these from the synopsis; a scene may give one too)
_NAMED_THEN_CALLED = re.compile(
    r"(?<!\bof )\b(?P<name>[A-Z][^\W\d_]+(?: [A-Z][^\W\d_]+)?),\s+"  # (not "the daughter of Victor, whom ...")
    r"(?:whom (?:[a-z]+ ){0,4}?calls?|known (?:[a-z]+ ){0,5}?as|nicknamed|dubbed)\s+"
    r"[\"“‘']?(?:the )?(?P<nickname>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2})\b"
)


def nicknames(pack: Pack) -> dict[str, tuple[str, ...]]:
    """Each character's nicknames, by name: the word a sentence says someone calls "him" or "her", who is the
    last person of that pronoun named before it in the same text (not a word of anyone's name already)."""
    people = list(pack.characters)
    taken = {word for person in people for name in (person.name, *person.aliases) for word in name.split()}
    texts = [pack.film.synopsis, *(f"{scene.summary} {scene.context}" for scene in pack.scenes)]
    found: dict[str, list[str]] = {}
    for text in texts:
        for called in _CALLED.finditer(text):
            nickname = called["nickname"]
            if not _a_nickname(nickname, taken) or _said_by_someone(text[: called.start()], taken):
                continue
            person = _last_named(people, text[: called.start()], _PRONOUNS[called["pronoun"]])
            if person is not None and nickname not in found.setdefault(person.name, []):
                found[person.name].append(nickname)
        for called in _NAMED_THEN_CALLED.finditer(text):
            person = _named(people, called["name"])
            nickname = called["nickname"]
            if person is None or not _a_nickname(nickname, taken):
                continue
            if nickname not in found.setdefault(person.name, []):
                found[person.name].append(nickname)
    return {name: tuple(said) for name, said in found.items() if said}


def _a_nickname(said: str, taken: set[str]) -> bool:
    """Is this a name of its own: no word of anyone's name ("Tante Greta" is Greta's title), no kin's word
    ("Mum", "Papà Dan"), more than an article ("The" alone; "The Bear" is one)?"""
    words = said.split()
    folded = fold(said).split()
    if any(word in taken for word in words) or _KIN_TITLES.intersection(folded):
        return False
    return not (len(folded) == 1 and folded[0] in STOPWORDS)


def _said_by_someone(before: str, names: set[str]) -> bool:
    """Is the one calling them so named ("Ottavio calls him ...", "Ada, for once, calls him ...", "the Roman papers
    call him ...")? Then whom "him" means is not simply the last person named; "the men", "everyone" call someone
    so. Read from the clause's start (past an "and" or "but": "Ada talks to Tom, and the men call him Rusty")."""
    sentence = re.split(r"[.!?]\s+", before)[-1]
    clause = re.split(r"\b(?:and|but|while|whereas)\b|;", sentence)[-1].split()
    return any(word.strip(",'\"") in names or (k and word[:1].isupper()) for k, word in enumerate(clause))


def _named(people: list[Character], said: str) -> Character | None:
    """The one person this name (or its first word) is a name of; None when it is no one's or several people's."""
    first = said.split()[0]
    named = [p for p in people if said in (p.name, *p.aliases) or first == p.name.split()[0]]
    return named[0] if len(named) == 1 else None


def _last_named(people: list[Character], before: str, pronoun: str) -> Character | None:
    """The person named last in `before` (by any name of theirs or its first word) whom the pronoun can mean."""
    best: tuple[int, Character | None] = (-1, None)
    for person in people:
        if person.pronoun not in (None, pronoun):
            continue
        names = {person.name, *person.aliases, person.name.split()[0]}
        at = max((m.start() for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", before)), default=-1)
        if at > best[0]:
            best = (at, person)
    return best[1]
