"""Names a page gives its people in passing ("The men call him Beni"): names the answerer knows them by too, so
"which scenes is beni in" finds the scenes naming him either way. Read from the text when a pack is loaded; an
imported pack keeps only mechanical aliases, so the page's own words are the place to learn them."""

from __future__ import annotations

import re

from .pack import Character, Pack

# "the men call him Beni", "everyone calls her 'Birdie'", "nicknamed him Tullino"
_CALLED = re.compile(
    r"\b(?:call|calls|called|nickname|nicknames|nicknamed|dub|dubs|dubbed)\s+(?P<pronoun>him|her)\s+"
    r"[\"“‘']?(?P<nickname>[A-Z][^\W\d_]{2,})\b"
)
_PRONOUNS = {"him": "he", "her": "she"}


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
            if nickname in taken:
                continue
            person = _last_named(people, text[: called.start()], _PRONOUNS[called["pronoun"]])
            if person is not None and nickname not in found.setdefault(person.name, []):
                found[person.name].append(nickname)
    return {name: tuple(said) for name, said in found.items() if said}


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
