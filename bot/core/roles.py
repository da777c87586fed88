"""What the pack's own text calls each character ("the smuggling boss Silas Drummond", "Jedediah Pike, a weary
gunman", "Nora Vance is a shy chorus singer"), so "who is the smuggling boss?" finds him in a pack with no
hand keywords; and who the protagonist is (the one the scenes name most: by a clear margin, or the one the
synopsis names first)."""

from __future__ import annotations

import re

from .cues import CHILD_WORDS, RELATION_WORDS
from .pack import Character, Pack
from .text import S_POSSESSIVE, fold
from .vocabulary import STOPWORDS

PERSON_ENDINGS = ("er", "or", "ist", "ian", "ess")  # "director", "skipper", "pianist", "musician", "actress"
MAX_ROLE_WORDS = 4  # "the dogged harbour inspector Edda Lund": at most this many words before or after a name
LEAD_MARGIN = 1.5  # named in this many times more scenes than anyone else, the protagonist needs no more proof
PROTAGONIST = "protagonist"  # ("main character" reads as it)
LEAD_ROLE = [PROTAGONIST, "heroine", "hero", "lead", "main"]  # as written, not only through the synonym group

_DETERMINERS = frozenset("the a an her his their its whose".split())
_POSSESSIVES = frozenset("her his their whose its".split())  # ("its hard-nosed superintendent, Virgil")
# Nouns that say how one person relates to another (a possessive before them owns the person named after)
_RELATIONS = RELATION_WORDS | {"lover", "mistress"}
_PREPOSITIONS = [[w] for w in "in of on at to from with for by into".split()]
_AFTER_NAME = frozenset("is was".split())
_CONTRASTS = frozenset("but yet".split())  # join two adjectives of one role; "and" may join two people
_MARK = "qqnameqq"  # a character's name, while their clauses are read
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+")


def _words_before(text: str, closed: bool = True) -> list[str]:
    """The role words just before a name, when an article or possessive starts them ("the smuggling boss",
    "her reckless nephew") or they open the page's lead-in ("In this classic drama, retired safecracker").
    `closed`: a comma follows the name, as it does an appositive's ("her instructor, Boris Lermontov, urges")."""
    words = text.split()
    appositive = words[-1:] == [","]
    if appositive and not closed:
        return []  # "wants her role back, Nora must decide": no appositive
    words = words[:-1] if appositive else words
    role: list[str] = []
    for position in range(len(words) - 1, max(-1, len(words) - MAX_ROLE_WORDS - 3), -1):  # and one "and"
        word = words[position]
        if word in _DETERMINERS:
            return _opened_by(words, position, role, appositive)
        if word == "," and words[:2] == ["in", "this"]:
            return role
        if word in _CONTRASTS and role:
            continue  # "the charming but secretive pilot": one role, two adjectives
        if word == "and" and role and position and _a_role_word(words[position - 1]):
            role.insert(0, word)  # "her boss and longtime mentor": two roles of one person (kept as said)
            continue
        if len(role) - role.count("and") >= MAX_ROLE_WORDS and _lead_in_before(words, position):
            return role  # "In this thriller, brash young American chess prodigy Simon": the nearest words of it
        if word in STOPWORDS or word == "," or len(role) - role.count("and") >= MAX_ROLE_WORDS:
            return []
        role.insert(0, word)
    return []


def _lead_in_before(words: list[str], position: int) -> bool:
    """Is the page's lead-in ("in this thriller,") a few words before `position`: its person's longer title?"""
    return words[:2] == ["in", "this"] and "," in words[max(0, position - _LEAD_IN_REACH) : position + 1]


_LEAD_IN_REACH = 3  # words of a title beyond MAX_ROLE_WORDS between the lead-in's comma and a name


def _opened_by(words: list[str], position: int, role: list[str], appositive: bool) -> list[str]:
    """The role an article or possessive at `position` opens; an appositive is a possessive's, not a phrase's ("in
    her life, Ada" is no role of Ada's; "writes to her old tutor, Hugo" is a relation: tutor)."""
    phrase = words[position - 1 : position] in _PREPOSITIONS and not set(role) & _RELATIONS
    if appositive and words[position] == "the" and role[:1] and role[0] in _PLURAL_OWNERS:
        return role[1:]  # "the siblings' formidable mother, Effie": theirs, as a possessive says
    return [] if appositive and (words[position] not in _POSSESSIVES or phrase) else role


_PLURAL_OWNERS = frozenset("siblings twins children kids boys girls brothers sisters sons daughters".split())


def _a_role_word(word: str) -> bool:
    """Can this word end a role joined by "and" to the next ("boss and mentor"), not a name ("Sam and Nora's")?"""
    return not word.startswith(_MARK) and word not in STOPWORDS and word not in _DETERMINERS and word != ","


def _leading_role(description: str, name_words: set[str]) -> list[str]:
    """ "Vicky's imperious instructor, who ...", "The charming young composer Vicky ...": what a character's own
    description opens with."""
    words = _clauses(description)[0].split() if description else []
    if not words or not (words[0] in ("the", "a", "an") or words[0].endswith("s") and words[0][:-1] in name_words):
        return []
    words = words[1:]
    role: list[str] = []
    for word in words[: MAX_ROLE_WORDS + 1]:
        if word in _CONTRASTS and role:
            continue
        if word in STOPWORDS or word in _DETERMINERS or word == "," or word in name_words:
            break
        role.append(word)
    return role[:MAX_ROLE_WORDS]


def _words_after(text: str) -> list[str]:
    """The role words of "<name> is a shy chorus singer at ..." and "<name>, a weary gunman who ...": after the
    article, up to the next filler word."""
    words = text.split()
    if words[:1] == [","]:
        words = ["is", *words[1:]]
    if len(words) < 2 or words[0] not in _AFTER_NAME or words[1] not in ("a", "an", "the"):
        return []
    role: list[str] = []
    for word in words[2 : 2 + MAX_ROLE_WORDS + 1]:
        if word in _ONLY:
            continue  # "June, the paper's only photographer": a photographer
        if word in STOPWORDS or word == "," or len(role) == MAX_ROLE_WORDS:
            break
        role.append(word)
    return role


_ONLY = frozenset("only sole lone".split())


def _title(before: str) -> list[str]:
    """ "Colonel Arkady Demin", "Inspector Edda Lund": a title said just before a name is what they are called."""
    last = before.split()[-1:]
    return last if last and last[0] in TITLES else []


# Titles a page may put before a name (folded): "who is the colonel?" finds Colonel Arkady Demin
TITLES = frozenset(
    """colonel captain capt major general sergeant lieutenant commander admiral corporal private officer detective
    inspector constable sheriff marshal deputy chief doctor dr professor prof nurse sister brother father mother
    reverend pastor rabbi judge mayor senator governor president king queen prince princess lord lady duke duchess
    count countess baron baroness sir dame madame madam monsieur mister mrs ms miss superintendent warden ranger
    commissioner councillor alderman magistrate matron headmaster headmistress principal keeper coach skipper dj mp
    dci""".split()
)


def _clauses(text: str) -> list[str]:
    """A text's clauses, commas kept as a word of their own so a role never runs across one."""
    text = S_POSSESSIVE.sub("s", text)  # "Mavis's partner" stays a possessive here ("maviss"), as "Tom's" does
    return [fold(part.replace(",", " xcommax ")).replace("xcommax", ",") for part in _SENTENCE.split(text)]


# Whose someone is, by the possessed person's name: [(the owner's name, the role words)] (possessed_roles)
Possessed = dict[str, list[tuple[str, tuple[str, ...]]]]


def character_roles(pack: Pack, possessed: Possessed | None = None) -> dict[str, list[str]]:
    """Each character's role words (folded), keyed by name, from the texts that introduce people: the synopsis
    and the opening words of each character's own description."""
    clauses = _clauses(pack.film.synopsis)
    name_words = {w for person in pack.characters for name in _names(person) for w in name.split()}
    roles: dict[str, list[str]] = {}
    for person in pack.characters:
        found = _leading_role(person.description, name_words)
        for clause in clauses:
            marked = f" {clause} "
            for name in _names(person):
                marked = marked.replace(f" {name} ", f" {_MARK} ")
            parts = marked.split(f" {_MARK} ")
            for before, after in zip(parts, parts[1:], strict=False):
                for role in (_words_before(before, after.startswith(",")), _words_after(after), _title(before)):
                    if not name_words.intersection(role) and _NAMING.isdisjoint(role):
                        found += role  # (not "whom the street calls Uncle Tak": who calls them so)
        roles[person.name] = list(dict.fromkeys(found))
    held = {word for words in roles.values() for word in words}
    kin = _kin_of_owners(pack, possessed if possessed is not None else possessed_roles(pack))
    deeds = {person.name: _roles_by_deed(clauses, _names(person)) for person in pack.characters}
    for name, said in [*kin.items(), *deeds.items()]:
        # (not a word the page gives someone in so many words: "the siblings' formidable mother, Effie", "their
        # coach Agatha", though another is "now coaching the juniors")
        roles[name] += [w for w in dict.fromkeys(said) if w not in held and w not in roles[name]]
    lead = protagonist(pack)
    if lead is not None:
        roles[lead.name] += LEAD_ROLE
    return roles


# What someone does that names a role: "under the command of her brother, Ally" makes him the captain; "Min-jun,
# a retired pro now coaching the Wolves" a coach; "the team Hana owns" leaves her no owner (only "Hana owns")
_DEED_ROLES: dict[str, tuple[str, ...]] = {  # as done now ("coaching"), not done to them (", coached by Nell")
    **dict.fromkeys(("captains", "captaining", "commands", "commanding"), ("captain", "skipper")),
    **dict.fromkeys(("skippers", "skippering"), ("skipper", "captain")),
    **dict.fromkeys(("coaches", "coaching"), ("coach",)),
    **dict.fromkeys(("manages", "managing"), ("manager",)),
    **dict.fromkeys(("owns",), ("owner",)),
    **dict.fromkeys(("trains", "training"), ("trainer", "coach")),
    **dict.fromkeys(("teaches", "teaching"), ("teacher",)),
}
# what after the verb makes it an idiom, no role: "manages to win", "owns up", "commands the respect of"
_IDIOMS = frozenset("to up respect attention loyalty silence".split())
# "commanded by", "the command of": the one after it holds the role (not "coached by her grandmother": whose
# coach she is, the relations' to read)
_BY_ROLES: dict[str, tuple[str, ...]] = {
    "command": ("captain", "skipper"),
    "commanded": ("captain", "skipper"),
    "captained": ("captain", "skipper"),
    "skippered": ("skipper", "captain"),
    "owned": ("owner",),
}
_DEED_REACH = 8  # words between a name and its deed ("Min-jun, a retired Seoul pro now coaching")


def _roles_by_deed(clauses: list[str], names: list[str]) -> list[str]:
    """The roles a person's deeds in the synopsis name: a verb right after their name or in its apposition ("Hana
    owns", "Min-jun, a retired pro now coaching"), or "the command of ... Ally" before it."""
    found: list[str] = []
    for clause in clauses:
        words = clause.split()
        for name in (n.split() for n in names):
            for at in (k for k in range(len(words)) if words[k : k + len(name)] == name):
                found += _deed_after(words[at + len(name) : at + len(name) + _DEED_REACH])
                found += _done_by_before(words[max(0, at - _DEED_REACH) : at])
    return found


def _deed_after(after: list[str]) -> tuple[str, ...]:
    """The role of a deed right after a name ("owns"), or inside the apposition that follows it (", a retired pro
    now coaching"), not past the apposition's end."""
    for k, word in enumerate(after):
        if word in _DEED_ROLES:
            idiom = bool(_IDIOMS.intersection(after[k + 1 : k + 3]))
            # right after the name, or inside its apposition (", a retired pro now coaching"; not ", trains": the
            # verb of someone named before, past the apposition the name closes)
            return _DEED_ROLES[word] if (k == 0 or after[0] == "," and k > 1) and not idiom else ()
        if word == "," and k or word in _ANOTHER_DOER:
            return ()  # (", the young deckhand she has been training": she trains him)
    return ()


# a word in an apposition before the deed saying someone else does it: ", the deckhand she (Maeve) has been
# training", ", whose wife's family owns"
_ANOTHER_DOER = frozenset("she he they we i you whom whose has have had been is was".split())


def _done_by_before(before: list[str]) -> tuple[str, ...]:
    """The role of "the command of" or "owned by" just before a name ("under the command of her brother, Ally")."""
    for k in range(len(before) - 1, -1, -1):
        if before[k] in _BY_ROLES and before[k + 1 : k + 2] in (["of"], ["by"]):
            return _BY_ROLES[before[k]]
    return ()


def _kin_of_owners(pack: Pack, possessed: Possessed) -> dict[str, list[str]]:
    """What someone is to those the synopsis tells as theirs: "His wife, Rozalia" makes him a husband, "their
    daughter, Irma" them a father and a mother (by the pronoun the pack gives each): "who's the dad?"."""
    pronouns = {person.name: person.pronoun for person in pack.characters}
    found: dict[str, list[str]] = {}
    for told in possessed.values():
        for owner, role in told:
            said = _OWNERS_KIN.get((role[-1] if role else "", pronouns.get(owner)), ())
            found.setdefault(owner, []).extend(w for w in said if w not in found[owner])
    return found


_OWNERS_KIN: dict[tuple[str, str | None], tuple[str, ...]] = {
    **{(child, "he"): ("father", "parent") for child in CHILD_WORDS},
    **{(child, "she"): ("mother", "parent") for child in CHILD_WORDS},
    ("wife", "he"): ("husband",),
    ("husband", "she"): ("wife",),
}


_NAMING = frozenset("call calls called nicknamed dubbed".split())


def _names(person: Character) -> list[str]:
    return sorted({n for n in (fold(x) for x in (person.name, *person.aliases)) if n}, key=len, reverse=True)


def protagonist(pack: Pack) -> Character | None:
    """The character the scenes name most: by a clear margin, or as the one the synopsis names first."""
    scenes = [f" {fold(s.summary + ' ' + s.context)} " for s in pack.scenes]
    synopsis = f" {fold(pack.film.synopsis)} "

    def first_named(person: Character) -> int:
        found = [synopsis.find(f" {n} ") for n in _names(person) if f" {n} " in synopsis]
        return min(found, default=len(synopsis))

    counts = {p.name: sum(any(f" {n} " in text for n in _names(p)) for text in scenes) for p in pack.characters}
    ranked = sorted(pack.characters, key=lambda p: (-counts[p.name], first_named(p)))
    if not ranked or not counts[ranked[0].name]:
        return None
    lead = ranked[0]
    if len(ranked) == 1 or counts[lead.name] >= LEAD_MARGIN * counts[ranked[1].name]:
        return lead
    return lead if first_named(lead) == min(first_named(p) for p in pack.characters) < len(synopsis) else None


def possessed_roles(pack: Pack) -> Possessed:
    """ "her reckless nephew Teo Quill": Teo is the nephew of the person "her" means (`_owner`: someone the
    sentence named before him, else the protagonist, else the last person named who can be "her"). Keyed by the
    possessed person's name: [(the owner's name, the role words)]."""
    people = list(pack.characters)
    text = f" {f' {_END} '.join(_clauses(pack.film.synopsis))} "
    for number, person in enumerate(people):
        for name in _names(person):
            text = text.replace(f" {name} ", f" {_MARK}{number} ")
    words = text.split()
    found: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    named: list[int] = []
    here: list[int] = []  # the people named so far in this sentence
    # ... those said as someone's ("her sister, Jolene"): (pronoun, owner, position)
    owned_here: dict[int, tuple[str, int, int]] = {}
    lead = protagonist(pack)
    lead_number = people.index(lead) if lead is not None else None
    possessives = _possessive_forms(people, pack.film.synopsis)
    for position, word in enumerate(words):
        if word == _END:
            here, owned_here = [], {}
            continue
        if not word.startswith(_MARK):
            continue
        number = int(word.removeprefix(_MARK))
        closed = words[position + 1 : position + 2] == [","]
        start, owner_word, pronoun, role = _said_before(words, position, closed)
        parallel = _parallel_owner(words, start, pronoun, [owned_here[i] for i in here if i in owned_here])
        owner = (
            parallel
            if parallel is not None
            else _whose_pronoun(people, found, (number, pronoun, role), (here, lead_number, named))
        )
        told = [(owner, tuple(role))] if role and pronoun and owner is not None else []
        if pronoun == "they" and RELATION_WORDS.isdisjoint(role):
            told = []  # ("after their father's hanging. Silas ...": no relation of Silas's)
        if told:
            owned_here[number] = (pronoun or "", told[0][0], position)
        told += _their_other_parent(people, found, told, pronoun)
        told += _whose_clause(words, start, number, role) if owner_word == "whose" and not pronoun else []
        told += _told_around(people, words, position, (here, number, closed), possessives)
        told += _who_is_theirs(people, words, position, (here, lead_number, named), possessives)
        told += _relation_of_after(words, position, number)
        found.setdefault(people[number].name, []).extend((people[who].name, owned) for who, owned in told)
        named.append(number)
        here.append(number)
    return _cleaned(found)


def _who_is_theirs(
    people: list[Character],
    words: list[str],
    position: int,
    around: tuple[list[int], int | None, list[int]],
    possessives: dict[str, int],
) -> list[tuple[int, tuple[str, ...]]]:
    """ "Augustin Sheng, who is both her boss and her lover", "Gyula, who was Emil's boyhood friend and is now
    his bitter rival": what the person named at `position` is to the one each part's "her" or name's possessive
    means (`around`: those named before in the sentence, the protagonist, everyone named so far)."""
    said = _who_is_said(words, position)
    if not said:
        return []
    told: list[tuple[int, tuple[str, ...]]] = []
    owner: int | None = None
    for k, part in enumerate(" ".join(said).split(" and ")):
        role = part.split()
        if k and role[:1] in (["is"], ["was"]):
            role = _past_adverbs(role[1:])  # "... and is now his bitter rival"
        whose = _whose_part(people, (words, position), role, around, possessives.get(role[0]) if role else None, owner)
        if whose is not None:
            owner, role = whose
        elif not k:
            return []
        end = next((j for j, w in enumerate(role) if w in STOPWORDS or w in (",", _END) or w.startswith(_MARK)), None)
        role = role[:end]
        if _a_relation_of_theirs(role) and owner is not None:
            told.append((owner, tuple(role)))
        if end is not None:
            break
    return told


def _who_is_said(words: list[str], position: int) -> list[str]:
    """What the who-clause after the name at `position` says it is (", who is both her boss ...", ", soon to be
    her fiance,"): its words after "who is", none when no such clause follows."""
    closed = words[position + 1 : position + 2] == [","]
    clause = words[position + 2 : position + 2 + _APPOSITIVE_WORDS] if closed else []
    if clause[:2] in (["who", "is"], ["who", "was"]):
        said = _past_adverbs(clause[2:])
    elif clause[1:3] == ["to", "be"] and clause[:1] in (["soon"], ["later"]):
        said = clause[3:]
    else:
        return []
    return said[1:] if said[:1] == ["both"] else said


def _a_relation_of_theirs(role: list[str]) -> bool:
    """Does a who-clause part end on a relation to its owner ("her bitter rival"; not "her brother's rival", a
    relation to someone else of hers)?"""
    someones = len(role) > 1 and role[0].endswith("s") and role[0][:-1] in _RELATIONS
    return bool(role) and role[-1] in _RELATIONS and not someones


def _whose_part(
    people: list[Character],
    at: tuple[list[str], int],
    role: list[str],
    around: tuple[list[int], int | None, list[int]],
    possessive: int | None,
    owner: int | None,
) -> tuple[int | None, list[str]] | None:
    """Whose a part of the who-clause after the name at `at` says its role is, and the role's words: a name's
    possessive ("Emil's boyhood friend": `possessive`) or a "her" (the part before's `owner` when it fits, else
    `_owner`'s reading of it); None when it opens with neither."""
    if possessive is not None:
        return possessive, role[1:]
    pronoun = _POSSESSOR.get(role[0]) if role else None
    words, position = at
    if pronoun is None or pronoun == "they":
        return None
    if _said_as_someones(words, position, people):
        return None  # "Sheng's accountant Grace Wu, who is both his sister ...": his is Sheng's, whoever else is near
    here, lead, named = around
    number = int(words[position].removeprefix(_MARK))
    if owner is not None and _may_be(people[owner], pronoun):
        return owner, role[1:]  # "Emil's boyhood friend and is now his bitter rival": Emil's still
    return _owner(people, number, pronoun, here, lead, named), role[1:]


def _said_as_someones(words: list[str], position: int, people: list[Character]) -> bool:
    """Is the name at `position` said as someone's ("Sheng's accountant Grace Wu"): a name's possessive just
    before it? Its clause's "his" may then be that one's, whom `_owner` would not find."""
    names = {fold(w) for person in people for w in person.name.split()}
    return any(w.endswith("s") and w[:-1] in names for w in words[max(0, position - MAX_ROLE_WORDS - 1) : position])


_SPOUSES = frozenset("wife husband spouse".split())


def _their_other_parent(
    people: list[Character],
    found: dict[str, list[tuple[str, tuple[str, ...]]]],
    told: list[tuple[int, tuple[str, ...]]],
    pronoun: str | None,
) -> list[tuple[int, tuple[str, ...]]]:
    """ "His wife, Halina, fears for their son": the son of the one whose wife or husband the owner was said to be,
    too."""
    if not told or pronoun != "they":
        return []
    owner, role = told[0]
    names = [person.name for person in people]
    said = found.get(people[owner].name, [])
    return [(names.index(spouse), role) for spouse, how in said if _SPOUSES & set(how) and spouse in names]


def _cleaned(found: dict[str, list[tuple[str, tuple[str, ...]]]]) -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    """Those with a relation told, no sentence break left in a role."""
    kept = {who: told for who, told in found.items() if told}
    return {
        who: [(owner, _with_ex(tuple(w for w in role if w != _END))) for owner, role in told]
        for who, told in kept.items()
    }


_FORMER = frozenset("former ex onetime one-time".split())
# (not "partner": "Cole's old partner Frank" is his partner on the force)
_LOVERS = frozenset("mistress lover wife husband girlfriend boyfriend fiance fiancee flame sweetheart spouse".split())


def _with_ex(role: tuple[str, ...]) -> tuple[str, ...]:
    """ "Sheng's former mistress" is his ex: the word a question asks by ("his ex") said beside the page's."""
    former = len(role) > 1 and role[-1] in _LOVERS and _FORMER & set(role[:-1]) and "ex" not in role
    return (*role, "ex") if former else role


_APPOSITIVE_WORDS = 16  # words after "<name>," an appositive may run to say whose someone is


def _said_before(words: list[str], position: int, closed: bool) -> tuple[int, str, str | None, list[str]]:
    """What is said before the name at `position`: where its role starts, the word before that, the pronoun a
    possessive there means ("her instructor, Boris": she) and the role words."""
    role = _words_before(" ".join(words[max(0, position - MAX_ROLE_WORDS - 2) : position]), closed)
    start = position - len(role) - 1 - (words[position - 1 : position] == [","])  # "her instructor, Boris"
    owner_word = words[start] if start >= 0 else ""
    pronoun = _POSSESSOR.get(owner_word)
    if pronoun is None and owner_word in ("the", "a", "an", ","):  # "her rival, the critic Otto Brell"
        pronoun, role = _possessed_before(words, start - (owner_word != ",")) or (None, role)
    if pronoun is None:  # "her bitter rival for the chief guide's post, Dominik"
        pronoun, role = _possessed_across(words, position) or (None, role)
    return start, owner_word, pronoun, role


def _told_around(
    people: list[Character],
    words: list[str],
    position: int,
    at: tuple[list[int], int, bool],
    possessives: dict[str, int],
) -> list[tuple[int, tuple[str, ...]]]:
    """Whose person `number` is, said with names around theirs (`at`: the people named before them in the sentence,
    their number, whether a comma follows the name)."""
    here, number, closed = at
    return [
        *_named_owner_before(words, position, possessives, number, people),
        *_promised_before(people, words, position, here, number),
        *_owned_around(words, position, closed, here, possessives),
    ]


def _whose_clause(words: list[str], at: int, number: int, role: list[str]) -> list[tuple[int, tuple[str, ...]]]:
    """The relation a "whose" at `at` says person `number` holds to the one its clause follows."""
    antecedent = _relative_antecedent(words, at)
    return [(antecedent, tuple(role))] if role and antecedent is not None and antecedent != number else []


def _relative_antecedent(words: list[str], at: int) -> int | None:
    """The person a relative clause's "whose" at `at` is about: the one named just before its ", who" or ",
    whose" ("Andrew, who was engaged to Isla and whose mother": Andrew, not Isla), in the same sentence; right
    after a comma, only the name just before it ("hires a drifter named Cal, whose sister": Cal's, no one's here)."""
    if words[at - 1 : at] == [","]:
        before = words[at - 2] if at >= 2 else ""
        return int(before.removeprefix(_MARK)) if before.startswith(_MARK) else None
    for position in range(at - 1, max(-1, at - _RELATIVE_REACH), -1):
        word = words[position]
        if word == _END:
            return None
        follows = words[position + 1 : position + 3]
        if word.startswith(_MARK) and follows[:1] == [","] and follows[1:] and follows[1] in ("who", "whose"):
            return int(word.removeprefix(_MARK))
    return None


_RELATIVE_REACH = 30  # words back from "whose" to the name its clause follows


def _named_owner_before(
    words: list[str], position: int, possessives: dict[str, int], number: int, people: list[Character]
) -> list[tuple[int, tuple[str, ...]]]:
    """ "Duncan's younger sister Isla Mair", "Rosalba's fiancé, Dario", "Samuel's former business partner and
    bitter rival Benny", "Jubal's lifelong rival, mine foreman Wade": whose the person named at `position` is,
    said with the owner's name just before the relation (across one comma, before a title said of them)."""
    end = position - (words[position - 1 : position] == [","])
    crossed = False
    for at in range(end - 1, max(-1, end - 2 * MAX_ROLE_WORDS - 2), -1):
        word = words[at]
        owner = possessives.get(word)
        if owner is None and at and words[at - 1].startswith(_MARK):  # "Rosa Castellano's brother": Rosa's
            owner = _first_named_owner(people, words[at - 1], word)
        if owner is not None:
            return [] if owner == number else [(owner, one) for one in _relations_in(words[at + 1 : end])]
        if word == "," and not crossed and at < end - 1:
            crossed, end = True, at  # "... rival, mine foreman Wade": the relation ends at the comma
            continue
        if word == "and" and at < end - 1 and words[at - 1 : at] and _a_role_word(words[at - 1]):
            continue  # "former business partner and bitter rival"
        if word in STOPWORDS or word in (",", _END) or word.startswith(_MARK):
            return []
    return []


def _relation_of_after(words: list[str], position: int, number: int) -> list[tuple[int, tuple[str, ...]]]:
    """ "Bergur, who is also the younger brother of Dora", "..., the brother of Ragnar's wife, Dora": what the
    person named at `position` is to the one named after "of" (or to the one an appositive names after the
    possessed noun it says of them)."""
    found = _RELATION_OF.match(" ".join(words[position + 1 : position + _RELATION_OF_REACH]))
    if found is None or found["relation"] not in _RELATIONS:
        return []
    owner = int((found["owner"] or found["appositive"]).removeprefix(_MARK))
    role = tuple(found["adjectives"].split()) + (found["relation"],)
    return [] if owner == number else [(owner, role)]


_RELATION_OF_REACH = 16  # words after a name its "who is the brother of ..." may take
_RELATION_OF = re.compile(
    r"^, (?:who (?:is|was) (?:also )?)?(?:the|a|an) (?P<adjectives>(?:[a-z]+ ){0,2}?)(?P<relation>[a-z]+) of "
    rf"(?:(?P<owner>{_MARK}\d+)\b|(?:the )?[a-z]+s [a-z]+ , (?P<appositive>{_MARK}\d+)\b)"  # "of ragnars wife, dora"
)


def _relations_in(role: list[str]) -> list[tuple[str, ...]]:
    """The relations among role words, each of roles joined by "and" that ends in one ("daughter and deckhand":
    daughter)."""
    roles = [one.split() for one in " ".join(role).split(" and ")]
    return [tuple(one) for one in roles if one and one[-1] in _RELATIONS]


def _first_named_owner(people: list[Character], mark: str, possessive: str) -> int | None:
    """The person a first name and a possessive surname say together ("rosa" then "castellanos")."""
    number = int(mark.removeprefix(_MARK))
    surname = people[number].name.split()[-1] if people[number].name.split() else ""
    return number if surname and possessive == f"{fold(surname)}s" else None


def _owned_around(
    words: list[str], position: int, closed: bool, here: list[int], possessives: dict[str, int]
) -> list[tuple[int, tuple[str, ...]]]:
    """Whose the person named at `position` is, told around the name: "Theo, who is coached by Ottoline" (she is
    Theo's coach), "Celestine Vayle, the leading lady on Grell's payroll and Delphine's bitter rival"."""
    number = int(words[position].removeprefix(_MARK))
    owned: list[tuple[int, tuple[str, ...]]] = []
    done_by = _DONE_BY.get(words[position - 2]) if position > 1 and words[position - 1] == "by" else None
    if done_by and here:
        owned.append((here[-1], (done_by,)))
    owned += _owned_after(words, position + 2, possessives) if closed else []
    owned += _promised_to(words, position + 1)
    owned += _relation_of(words, position + 1)
    return [(owner, role) for owner, role in owned if owner != number]


def _names_one(word: str) -> bool:
    """Does a word before an appositive's comma name one person ("rival", "gamekeeper"; not "immigrants")?"""
    return word in _RELATIONS or word.endswith(PERSON_ENDINGS) and not word.endswith("ers")


def _relation_of(words: list[str], start: int) -> list[tuple[int, tuple[str, ...]]]:
    """ "Dell, the son of Jubal's lifelong rival, mine foreman Wade", "Ada is the niece of Tom": whose relation the
    person before `start` is, the owner being the first name after "of" (past what is said of them)."""
    at = start + (words[start : start + 1] == [","])
    at += words[at : at + 1] in (["is"], ["was"])
    if words[at : at + 1] not in (["the"], ["a"], ["an"]):
        return []
    role: list[str] = []
    for word in words[at + 1 : at + 2 + MAX_ROLE_WORDS]:
        if word == "of":
            break
        if word in STOPWORDS or word in (",", _END) or word.startswith(_MARK):
            return []
        role.append(word)
    else:
        return []
    if not role or role[-1] not in _RELATIONS:
        return []
    after = at + 2 + len(role)
    for k, word in enumerate(words[after : after + 2 * MAX_ROLE_WORDS + 2], start=after):
        if word.startswith(_MARK):
            return [(int(word.removeprefix(_MARK)), tuple(role))]
        if word in STOPWORDS and word not in _ARTICLES or word == _END or word == "," and not _names_one(words[k - 1]):
            return []  # ("the son of Korean immigrants, marries Mia": his parents go unnamed)
    return []


def _promised_to(words: list[str], start: int) -> list[tuple[int, tuple[str, ...]]]:
    """ "Andrew, who was engaged to Duncan's younger sister Isla": he is her fiancé (the first person named after
    "to", whatever is said of them on the way)."""
    clause = words[start : start + 4 + _ADVERBS]
    if clause[:1] == [","]:
        clause = clause[1:]
    if clause[:1] == ["who"]:
        clause = clause[1:]
    clause = clause[:1] + _past_adverbs(clause[1:])  # "who is secretly engaged to"
    if len(clause) < 2 or clause[0] not in _AFTER_NAME or clause[1] not in _PROMISED:
        return []
    after = words.index(clause[1], start) + 1
    if words[after : after + 1] != ["to"]:
        return []
    for word in words[after + 1 : after + 1 + MAX_ROLE_WORDS + 2]:
        if word.startswith(_MARK):
            return [(int(word.removeprefix(_MARK)), (_PROMISED[clause[1]],))]
        if word in (",", _END, "of"):
            break  # ("engaged to the daughter of Frank": to someone unnamed)
    return []


_PROMISED = {"engaged": "fiance", "betrothed": "fiance", "married": "spouse"}
_ADVERBS = 2  # words between "is" and "engaged": "is secretly engaged", "is now happily married"
_TIME_ADVERBS = frozenset("now also still already soon newly".split())


def _an_adverb(word: str) -> bool:
    """Is this a word saying how or when ("secretly", "now"), that may stand between "is" and "engaged"?"""
    return word in _TIME_ADVERBS or (word.endswith("ly") and len(word) > 4)


def _past_adverbs(words: list[str]) -> list[str]:
    """`words` from the first that is not an adverb on (at most `_ADVERBS` skipped)."""
    skipped = 0
    while skipped < _ADVERBS and skipped < len(words) and _an_adverb(words[skipped]):
        skipped += 1
    return words[skipped:]


def _promised_before(
    people: list[Character], words: list[str], position: int, here: list[int], number: int
) -> list[tuple[int, tuple[str, ...]]]:
    """ "but she is engaged to Martin", "Loretta, a schoolteacher who ..., is engaged to Dell": the one named at
    `position` is the fiancé of the sentence's subject (the last person named before, or the last "she" can be);
    "Harlan falls for Garrett's daughter, Ruth": she is the one he loves."""
    at = _verb_before(words, position)
    if at is None:
        return []
    if words[at] == "for" and words[at - 1] in _FALLS and at > 1:
        lover = _who_falls(words, at, here)
        return [(lover, _LOVED)] if lover is not None and lover != number else []
    if words[at] in _WEDS:
        return _to_marry(words, at, here, number)
    if _works_under(words, at) and here and here[-1] != number:
        return [(here[-1], ("boss",))]  # "Dario ... is chief mechanic for the wealthy Count Edmondo": his boss
    promised = at >= _PROMISED_WORDS - 1 and words[at] == "to" and words[at - 1] in _PROMISED
    verb = _verb_of_promise(words, at)
    if not promised or words[verb] not in _AFTER_NAME:
        return []
    pronoun = _SUBJECT_PRONOUNS.get(words[verb - 1], "")
    subject = next((i for i in reversed(here) if not pronoun or _may_be(people[i], pronoun)), None)
    return [(subject, (_PROMISED[words[at - 1]],))] if subject is not None and subject != number else []


def _to_marry(words: list[str], at: int, here: list[int], number: int) -> list[tuple[int, tuple[str, ...]]]:
    """ "Rosa, who is set to marry the cork stripper Tomás": she is his fiancée (the last one named before the
    verb); "Harlan marries Ruth": his wife."""
    if not here or here[-1] == number or _not_one_to_wed(words, at):
        return []
    if words[at] == "marry":
        return [(here[-1], ("fiance",))] if words[at - 1] == "to" else []
    return [(here[-1], ("spouse",))]


def _not_one_to_wed(words: list[str], at: int) -> bool:
    """Is the verb at `at` someone else's wedding: "wants her to marry Fergus" (hers, not the one named before),
    "marries Marco and Giulia" (the priest), "marries Colm Reilly's cousin" (the cousin, unnamed)?"""
    if words[at] == "marry" and words[at - 2 : at - 1] and words[at - 2] in _OBJECTS_WED:
        return True
    after = words[at + 1 :]
    named = next((k for k, w in enumerate(after[: MAX_ROLE_WORDS + 2]) if w.startswith(_MARK)), None)
    if named is None:
        return False
    following = after[named + 1 : named + 3]
    return (
        following[:1] == ["and"]
        and any(w.startswith(_MARK) for w in following)
        or bool(RELATION_WORDS.intersection(following))
    )


_OBJECTS_WED = frozenset("her him them me us".split())


_WEDS = ("marry", "marries")


def _verb_of_promise(words: list[str], at: int) -> int:
    """Where the "is" of "she is engaged to" stands, the "to" at `at`, past an adverb ("is secretly engaged to")."""
    verb = at - 2
    while verb > 0 and at - 2 - verb < _ADVERBS and _an_adverb(words[verb]):
        verb -= 1
    return verb


def _who_falls(words: list[str], at: int, here: list[int]) -> int | None:
    """Who "falls for" the one after the "for" at `at`: the one named right before ("Harlan falls for"), or the
    first one named in the sentence when "and" joins it to their earlier verb ("Pearl arrives and falls for",
    "Tom meets Clara at the dance and falls for her cousin")."""
    if words[at - 2].startswith(_MARK):
        return int(words[at - 2].removeprefix(_MARK))
    return here[0] if here and words[at - 2] == "and" else None  # ("Tom meets Clara and falls for": Tom)


def _works_under(words: list[str], at: int) -> bool:
    """Does the "to" or "for" at `at` say whom someone works under: "works for", "answers to", "reports to", "is
    chief mechanic for"?"""
    before = words[at - 1] if at else ""
    if before in _ANSWERS and words[at] in ("to", "for"):
        return True
    said = words[max(0, at - MAX_ROLE_WORDS) : at]
    a_job = before.endswith((*PERSON_ENDINGS, "ic", "ant", "ent"))  # "mechanic", "assistant", "agent"
    return words[at] == "for" and a_job and any(w in _AFTER_NAME for w in said)


_ALONG_THE_WAY = frozenset("and the a an its his her their".split())  # "for the wealthy Count", "to its chief"
_ANSWERS = frozenset("works worked working answers answered reports reported".split())


def _verb_before(words: list[str], position: int) -> int | None:
    """Where the "to" of "engaged to" or the "for" of "falls for" stands before a name, past what is said of the
    one named ("engaged to Chi-keung's sister, Mei-lin"), if it does."""
    at = position - 1
    while at > 0 and position - at <= MAX_ROLE_WORDS + 2 and words[at] not in ("to", "for", *_WEDS):
        said = words[at] in STOPWORDS and words[at] not in _ALONG_THE_WAY
        if said or words[at] in ("of", _END) or words[at].startswith(_MARK):
            return None
        at -= 1
    return at if at > 0 else None


_PROMISED_WORDS = 4  # words of "she is engaged to"
_FALLS = frozenset("falls fell".split())
_LOVED = ("love", "lover", "sweetheart")
_ARTICLES = frozenset("the a an".split())  # "the daughter of the impoverished Lord Arthur"
_SUBJECT_PRONOUNS = {"she": "she", "he": "he"}


def _possessive_forms(people: list[Character], synopsis: str) -> dict[str, int]:
    """Each person's names as a possessive folds them ("Grell's" -> "grells"): the person's number; only for the
    names the synopsis writes so (a folded "pages" may be a plural, not "Page's")."""
    written = fold(re.sub(r"['’]s\b", "qqposs", synopsis))
    holders: dict[str, set[int]] = {}
    for number, person in enumerate(people):
        for name in _names(person):
            if f"{(last := name.split()[-1])}qqposs" in written:
                holders.setdefault(f"{last}s", set()).add(number)
    # a surname two people share says neither ("Rosa Castellano's brother": `_first_named_owner` reads it)
    return {form: next(iter(numbers)) for form, numbers in holders.items() if len(numbers) == 1}


def _owned_after(words: list[str], start: int, possessives: dict[str, int]) -> list[tuple[int, tuple[str, ...]]]:
    """In the appositive after a name (to the next comma), each "<someone>'s <role>": "on grells payroll and
    delphines bitter rival" -> [(Grell, ("payroll",)), (Delphine, ("bitter", "rival"))]."""
    owned: list[tuple[int, tuple[str, ...]]] = []
    for position in range(start, min(len(words), start + _APPOSITIVE_WORDS)):
        word = words[position]
        after = words[position + 1 : position + 2]
        if word.startswith(_MARK) and after and after[0] in possessives:
            continue  # "otto grunes payroll": a first name before the possessive surname
        if word in (",", _END) or word.startswith(_MARK):
            break
        if word in possessives:
            role, ended = _role_after(words, position, possessives)
            at = words.index(ended, position + 1) if ended else -1
            if ended == "," and _titled_name_next(words, at + 1) or ended.startswith(_MARK):
                continue  # "..., and sailing with them is Tom's brother, Bo": Bo's, not the one before; so is
                # "the son of Jubal's lifelong rival, mine foreman Wade": Wade's
            if role:
                owned.append((possessives[word], tuple(role)))
    return owned


def _titled_name_next(words: list[str], start: int) -> bool:
    """Does a name follow at `start`, or after a few title words ("mine foreman Wade")?"""
    for word in words[start : start + MAX_ROLE_WORDS]:
        if word.startswith(_MARK):
            return True
        if word in STOPWORDS or word in (",", _END):
            return False
    return False


def _role_after(words: list[str], position: int, possessives: dict[str, int]) -> tuple[list[str], str]:
    """The role words after the possessive at `position`, and the word that ended them ("" if none did)."""
    role: list[str] = []
    for following in words[position + 1 : position + 1 + 2 * MAX_ROLE_WORDS + 1]:
        if following == "and" and role:
            continue  # "Agatha's former doubles partner and oldest adversary": both are hers
        if following in STOPWORDS or following in (",", _END) or following.startswith(_MARK):
            return role, following
        if following in possessives:
            break  # "... and Delphine's bitter rival": someone else's
        role.append(following)
    return role, ""


# "who is coached by Ottoline": what the one after "by" is to the one before
_DONE_BY = {
    "coached": "coach",
    "trained": "trainer",
    "taught": "teacher",
    "mentored": "mentor",
    "tutored": "tutor",
    "employed": "boss",
    "hired": "boss",
    "managed": "manager",
    "raised": "guardian",
    "adopted": "guardian",
}


def _parallel_owner(words: list[str], start: int, pronoun: str | None, owned: list[tuple[str, int, int]]) -> int | None:
    """ "Tamsin turns to her older sister, Jolene, and to her old mentor, Ludmila": a possessive joined by "and"
    to one just before it means the same owner; not after a relative clause ("her friend, Tess, who brings her
    brother, Tom": Tess's brother)."""
    if not owned or owned[-1][0] != pronoun:
        return None
    between = words[owned[-1][2] + 1 : start]
    said = set(between)
    if _same_preposition_again(words, start, owned[-1][2]):
        return owned[-1][1]  # "guided by his mentor Leopold, who once faced Zherdev, and by his sister": Simon's
    if said & _RELATIVE or any(word.startswith(_MARK) for word in between):
        return None
    # "with her partner, Jonas, to help her ageing father, Magnus": the subject's purpose goes on, the same "her"
    # (not "her lawyer, Ruth, a single mother raising her son, Leo": Ruth's son)
    return owned[-1][1] if said & _JOINED or between == [","] or between[:2] == [",", "to"] else None


def _same_preposition_again(words: list[str], start: int, earlier: int) -> bool:
    """Does "and <preposition> his" repeat the preposition that opened the possessive before it ("by his mentor
    ..., and by his sister"): the same verb governs both, so the same "his"?"""
    if start < 2 or words[start - 2] not in _JOINED or words[start - 1] not in _PARALLEL_PREPOSITIONS:
        return False
    before = words[max(0, earlier - MAX_ROLE_WORDS - 2) : earlier]
    return any(a == words[start - 1] and b == words[start] for a, b in zip(before, before[1:], strict=False))


_PARALLEL_PREPOSITIONS = frozenset("by with to from for of".split())
_JOINED = frozenset({"and", "or"})
_RELATIVE = frozenset("who whose whom which that where".split())


def _possessed_before(words: list[str], comma: int) -> tuple[str, list[str]] | None:
    """ "her rival, the critic Otto": the pronoun and relation said just before an appositive's comma."""
    if comma < 0 or words[comma] != ",":
        return None
    before = words[max(0, comma - _POSSESSED_REACH) : comma]  # "her gruff mentor and boss, the station chief"
    at = next((i for i in range(len(before) - 1, -1, -1) if before[i] in _POSSESSOR), None)
    if at is None or not before[-1:] or before[-1] not in _RELATIONS:
        return None
    return _POSSESSOR[before[at]], before[at + 1 :]


def _possessed_across(words: list[str], position: int) -> tuple[str, list[str]] | None:
    """ "her bitter rival for the chief guide's post, Dominik": a relation said before a phrase that qualifies it,
    then the name as an appositive."""
    if words[position - 1 : position] != [","]:
        return None
    before = words[max(0, position - 1 - _ACROSS) : position - 1]
    for at in range(len(before) - 1, -1, -1):
        if before[at] not in _POSSESSOR:
            continue
        noun = next((j for j in range(at + 1, min(at + 4, len(before))) if before[j] in _RELATIONS), None)
        if noun is not None and before[noun + 1 : noun + 2] and before[noun + 1] in _QUALIFYING:
            return _POSSESSOR[before[at]], before[at + 1 : noun + 1]
        return None
    return None


_POSSESSED_REACH = 5  # words before an appositive's comma a possessive and its relation may take
_ACROSS = 9  # words between a possessive and the appositive's comma: "her bitter rival for the chief guide s post"
_QUALIFYING = frozenset("for of from at in on".split())


def _owner(
    people: list[Character], number: int, pronoun: str | None, here: list[int], lead: int | None, named: list[int]
) -> int | None:
    """Whom a "her" before person `number` means: someone this sentence named before; else the protagonist
    ("Standing in her way is her ex-husband, Piet": the heroine's, not the girl the sentence before ended
    on); else the last person named. A "their" is of the nearest one named who shares their family name ("his
    wife, Halina Wrona, fears for their son, Jerzy Wrona"; not "Bastien's sweetheart, Simone Lacaze, while their
    aunt, Berthe Ferrand": the Ferrands')."""
    if pronoun == "they":
        return _their_owner(people, number, here, named, frozenset())
    for candidates in (reversed(here), [lead] if lead is not None else [], reversed(named)):
        found = next((i for i in candidates if i != number and _may_be(people[i], pronoun)), None)
        if found is not None:
            return found
    return None


def _whose_pronoun(
    people: list[Character],
    found: dict[str, list[tuple[str, tuple[str, ...]]]],
    said: tuple[int, str | None, list[str]],
    around: tuple[list[int], int | None, list[int]],
) -> int | None:
    """Whom the "her" or "their" before person `number` (said with this pronoun and role) means (`around`: those
    named before in the sentence, the protagonist, everyone named so far; `found`: the relations told so far, for
    a married couple's "their son")."""
    number, pronoun, role = said
    here, lead, named = around
    if pronoun == "they":
        couples = _married(people, found) if role and role[-1] in CHILD_WORDS else frozenset()
        return _their_owner(people, number, here, named, couples)  # ("their grandmother": the children's)
    return _owner(people, number, pronoun, here, lead, named)


def _their_owner(
    people: list[Character], number: int, here: list[int], named: list[int], married: frozenset[int]
) -> int | None:
    """Whose "their son" is: of the nearest one named before who shares his family name, one of a married
    couple first ("His wife, Rozalia, ... their daughter, Irma, is engaged to ... Their restless son,
    Bence": Rozalia's and her husband's, not his sister's)."""
    family = people[number].name.split()[-1]
    kin = [i for i in (*reversed(here), *reversed(named)) if i != number and people[i].name.split()[-1] == family]
    return next((i for i in kin if i in married), kin[0] if kin else None)


def _married(people: list[Character], found: dict[str, list[tuple[str, tuple[str, ...]]]]) -> frozenset[int]:
    """The people told so far to be someone's wife or husband, and whose."""
    names = [person.name for person in people]
    couples = [(who, owner) for who, told in found.items() for owner, role in told if _SPOUSES & set(role)]
    return frozenset(names.index(name) for couple in couples for name in couple if name in names)


_POSSESSOR = {"her": "she", "his": "he", "their": "they"}
_END = "qqendqq"  # between two sentences of the synopsis


def _may_be(person: Character, pronoun: str | None) -> bool:
    return person.pronoun is None or person.pronoun in (pronoun, "they")
