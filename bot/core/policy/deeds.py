"""Who does something in a scene ("who is flying it?", "whose line snaps during it?"): the person its text
names in the sentence that tells of that deed. Read from the pack's own sentences, so it needs no keywords."""

from __future__ import annotations

import re

from ..answers import Answer
from ..cues import CUE_TERMS, NOUN_TERMS, PERSON_NOUN_WORDS, RELATION_WORDS
from ..index import Entry
from ..sentences import OPENING_FILLER
from ..text import canonical, fold, term
from .turn import Turn

ASKS_DOER = frozenset("who whos whom whose".split())
SOMEONE_ELSE = PERSON_NOUN_WORDS | frozenset("someone somebody gunman stranger".split())
TERSE = 4  # words in a terse question, whose "who" may come last
_SUBJECTS = frozenset("she he they".split())
_NAMING_VERB_ONLY = 2  # "who auditions": "who" and a word of the scene's name, nothing else
_POINTING = re.compile(r"(?: in)? (?:there|it|that|this)(?: one| scene)?$")  # where: "who proposes in it"


def _without_pointer(words: list[str]) -> list[str]:
    """The words without the pointer at the scene that ends them ("who collapses there", "who proposes in it"); not
    an "it" that is the deed's object ("who scored it"), nor "who's in it" (everyone in it)."""
    said = " ".join(words)
    pointer = _POINTING.search(said)
    if pointer is None or not (pointer.group().startswith((" in ", " there")) or said.endswith(" there")):
        return words
    kept = said[: pointer.start()].split()
    return words if kept[1:2] in (["is"], ["s"], ["was"]) else kept


LEAD_WORDS = OPENING_FILLER  # "wait who was the dude...", "ok so who..."
ASKED = {"he": frozenset("he guy man boy dude".split()), "she": frozenset("she girl woman lady".split())}
OBJECTS = {"she": frozenset(["her"]), "he": frozenset(["him"])}


def asked_sex(words: set[str]) -> str | None:
    """The pronoun a person noun asks for ("the girl": she, "the guy": he), when the question says one sex only."""
    sexes = [sex for sex, nouns in ASKED.items() if words & (nouns - {"he", "she"})]
    return sexes[0] if len(sexes) == 1 else None


_SENTENCE = re.compile(r"(?<=[.!?;])\s+")


def doer_in_scene(turn: Turn) -> Answer | None:
    """The one person named in the scene's sentence that best matches the question's own words."""
    kit, tokens = turn.kit, turn.tokens
    words = _the_deed_asked(tokens.corrected) or [w for w in tokens.words if w not in LEAD_WORDS]
    if not asks_who(words) or kit.scorer.named_people(tokens):
        return None
    scene = scene_in_question(turn)
    if scene is None:
        return None
    if _choosing_between(words) and not _THERE.isdisjoint(words):
        return kit.replies.hit(scene)  # "who's she choosing between there?": the two the scene tells
    return _called_in_question(turn) or _doer(turn, scene, words)


def doer_beside_the_one_named(turn: Turn) -> Answer | None:
    """ "who is waltzing with ruth in it?" just after a scene naming her: the one its sentence telling the deed
    names beside her."""
    kit, tokens = turn.kit, turn.tokens
    words = [w for w in tokens.words if w not in LEAD_WORDS]
    named = kit.scorer.named_people(tokens)
    if len(named) != 1 or not turn.reading.refers_back or not asks_who(words):
        return None
    person = kit.index.entries[named[0]]
    if not _said_beside(words, person):
        return None  # "who does ruth waltz with in it": she does it
    scene = scene_in_question(turn)
    if scene is None or person.id not in kit.scorer.mentions.get(scene.id, ()):
        return None
    names = {t for entry in (person, scene) for terms in entry.name_terms for t in terms}
    wanted = {t for t in kit.scorer.content_terms(tokens) if t not in names} - CUE_TERMS - NOUN_TERMS
    others = [p for p in _people_telling(turn, scene, wanted, 1) if p.id != person.id] if wanted else []
    return kit.replies.hit(others[0]) if others else None


_BESIDE = frozenset("with beside alongside".split())


def _said_beside(words: list[str], person: Entry) -> bool:
    """Is the person named right after "with" ("waltzing with ruth"), the deed being someone else's?"""
    said = {w for name in person.names for w in name.split()}
    return any(w in said and k and words[k - 1] in _BESIDE for k, w in enumerate(words))


def _called_in_question(turn: Turn) -> Answer | None:
    """ "who's the director pushing them": the one person the pack calls the director, doing something there (not
    "who is the composer of the music": the score's)."""
    said, called = turn.tokens.words, turn.kit.scorer.called
    held = {
        called[w]
        for k, w in enumerate(said[2:-1], 2)
        if said[k - 1] == "the" and w in called and said[k + 1].endswith("ing")
    }
    if len(held) != 1 or list(said[1:2]) not in (["is"], ["s"], ["was"]) or said[0] not in ASKS_DOER:
        return None
    return turn.kit.replies.hit(turn.kit.index.entries[held.pop()])


def _doer(turn: Turn, scene: Entry, words: list[str]) -> Answer | None:
    """The person the scene's sentences say does what the question's own words say."""
    kit, tokens = turn.kit, turn.tokens
    names = {canonical(t) for terms in scene.name_terms for t in terms}  # "arguing" names "The Confrontation"
    wanted = {t for t in kit.scorer.content_terms(tokens) if t not in names} - CUE_TERMS - NOUN_TERMS
    other = _the_other(turn, words)
    naming = _without_pointer(words)  # "who collapses there", "who proposes in it": "who" and a word of its name
    toward = _toward_them(turn, scene, words, wanted)
    if toward is not None:
        return kit.replies.hit(toward)  # "who is coming to her at the end of that?": "Boris rushes to her side"
    if not wanted and (words[0] == "whose" or other or len(naming) <= _NAMING_VERB_ONLY):
        doer = _doer_of_the_named_deed(turn, scene) if words[0] != "whose" and not other else None
        return kit.replies.hit(doer) if doer is not None else _whose(turn, scene, other)  # "who auditions": hers
    if _asks_a_role(turn, scene, wanted, words):
        return None  # "who is this father?": a role the page gives someone (role_in_scene), not a deed
    people = _people_doing(turn, scene, wanted, words)
    if people and _only_the_one_it_is_done_to(turn, people[0], words):
        return kit.replies.hit(scene)  # "who is cheering for her there?": no one the page names; the scene tells
    return kit.replies.hit(people[0]) if people else None


def _toward_them(turn: Turn, scene: Entry, words: list[str], wanted: set[str]) -> Entry | None:
    """ "who comes to her there?": the one a sentence of the scene names going "to her" (or him), whatever its
    verb, when the scene says the question's own verb "to her" nowhere; not the one "her" means."""
    said = " ".join(turn.tokens.words)  # (as asked: `words` may have lost its "to")
    toward = next((p for p in ("her", "him") if f" to {p}" in f" {said} " or f" towards {p}" in f" {said} "), None)
    if toward is None:
        return None
    lexicon = turn.kit.index.lexicon
    found: list[Entry] = []
    for sentence in scene_sentences(scene):
        told = sentence.split()
        ats = [k for k in range(1, len(told) - 1) if told[k : k + 2] == ["to", toward]]
        if any(_tells(lexicon.stems(told[k - 1]), wanted) for k in ats):
            return None  # the scene says it in the question's own verb: who does it, as said (`_doer`)
        for k in ats[:1]:
            found += [p for p in _people_in_order(turn, " ".join(told[:k])) if not _done_to(turn, p)]
    return found[0] if len(found) == 1 else None


def _people_doing(turn: Turn, scene: Entry, wanted: set[str], words: list[str]) -> list[Entry]:
    """Whom the scene says the deed is done to, when the question is passive ("who's tied up"); else whose card
    tells it ("who is the old man with the bees there?"), else who does it there."""
    if wanted and _passive(words):
        done_to = _fitting(turn, _done_to_in(turn, scene, wanted))
        if done_to:
            return done_to
    described = described_on_their_card(turn, scene, wanted) if words[1:2] in (["is"], ["s"], ["was"]) else []
    return _fitting(turn, described or (_doers(turn, scene, wanted) if wanted else []))


def _done_to_in(turn: Turn, scene: Entry, wanted: set[str]) -> list[Entry]:
    """Whom the scene says the deed is done to: named just before it said as done ("finds Donald tied up", "Tobias
    is hauled back"), else named just after it said as a deed ("Carmen slaps Diego": Diego)."""
    lexicon = turn.kit.index.lexicon
    for sentence in scene_sentences(scene):
        words = sentence.split()
        at = next((n for n, w in enumerate(words) if _tells(lexicon.stems(w), wanted)), None)
        if at is None:
            continue
        done = words[at].endswith(("ed", "en")) or at and words[at - 1] in _BEING_DONE
        around = words[:at] if done else words[at + 1 : at + 1 + _OBJECT_REACH]
        people = _people_in_order(turn, " ".join(around))
        if people:
            return people[::-1] if done else people
    return []


_BEING_DONE = frozenset("is was gets got get been being are were".split())
_OBJECT_REACH = 4  # words after a deed its object is named within ("slaps her brother Diego")


def _passive(words: list[str]) -> bool:
    """ "who's tied up there", "who gets arrested": asks whom the deed is done to (_done_to_in), not who does it."""
    return _PASSIVE.match(" ".join(words)) is not None


_PASSIVE = re.compile(r"^who (?:is|s|was|were|gets|got|get|has been|had been|is being|was being) (?:\w+ly )?\w+ed\b")


def _only_the_one_it_is_done_to(turn: Turn, person: Entry, words: list[str]) -> bool:
    """Is the only one found the "her" the deed is done to, asked of the scene ("there"), not a person noun?"""
    return _done_to(turn, person) and not _THERE.isdisjoint(words) and _PERSON_NOUNS.isdisjoint(words)


_THERE = frozenset("there that it this".split())
_CHOOSING = frozenset(term(w) for w in "choose torn caught stuck triangle split pulled divided trapped".split())


def _choosing_between(words: list[str]) -> bool:
    """ "who's she choosing between", "who is that argument between": a choice or a quarrel the scene tells, not
    a deed done between two things ("who jumps between the boats")."""
    return any(
        w == "between" and k and (words[k - 1] in _BEING or term(words[k - 1]) in _CHOOSING)
        for k, w in enumerate(words)
    )


_BEING = frozenset("is s was are were".split())
_PERSON_NOUNS = PERSON_NOUN_WORDS | {"one", "character"}  # "who is the girl in it": her, not the scene


def _done_to(turn: Turn, person: Entry) -> bool:
    """Is this the one the deed asked about is done to ("who is cheering for her": her; not "who rejects her
    shoes there": hers)?"""
    words = turn.tokens.words
    following, before = [*words[1:], ""], ["", *words[:-1]]
    objects = {w for k, w in enumerate(words) if w != "her" or following[k] in _AFTER_AN_OBJECT or before[k] in _SEEING}
    return any(objects & cues and turn.kit.scorer.pronoun_fits(person, g) for g, cues in OBJECTS.items())


# "watching her dance", "helps her stand": she is the one seen, whatever follows
_SEEING = frozenset(
    "watch watches watching watched see sees seeing saw hear hears heard help helps let lets make makes".split()
)
# what follows "her" when she is the one something is done to ("cheering for her there"), not her own thing
_AFTER_AN_OBJECT = frozenset("there here in at on when while as during then again so and to from".split()) | {""}


def described_on_their_card(turn: Turn, scene: Entry, wanted: set[str]) -> list[Entry]:
    """ "who is the old man with the bees there?": of the people the scene names, the one whose own card holds
    some of the words (the old beekeeper), when only one does."""
    kit, person = turn.kit, turn.reading.person
    postings, entries = kit.index.postings, kit.index.entries
    people = {i for t in wanted for i in postings.get(t, ()) if entries[i].kind == "character"}
    carded = [entries[i] for i in people & set(kit.scorer.mentions.get(scene.id, ()))]
    fitting = [p for p in carded if not person or kit.scorer.pronoun_fits(p, person)]  # "that old man": a he
    return fitting if len(fitting) == 1 else []


def _doers(turn: Turn, scene: Entry, wanted: set[str]) -> list[Entry]:
    """Without a pointer back ("in it"), the scene talked about is only assumed when two words of it fit, or when
    the one word is a deed only scenes tell and someone named before it does it there."""
    pointed = turn.reading.refers_back or any(turn.kit.index.entries[i].kind == "scene" for i in turn.tokens.named)
    people = _people_telling(turn, scene, wanted, 1 if pointed else 2)
    if not people and not pointed and _told_only_in_scenes(turn, scene, wanted):
        said = {stem for stem, _ in turn.tokens.stems}  # as typed first: "rushes" is Boris, not Vicky sprinting
        people = _doers_named_first(turn, scene, (said, wanted))
    return people


def _told_only_in_scenes(turn: Turn, scene: Entry, wanted: set[str]) -> bool:
    """Is every wanted word told by this scene and by no entry but scenes (no one's card says it)?"""
    entries, postings = turn.kit.index.entries, turn.kit.index.postings
    return all(scene.id in postings.get(t, ()) and all(entries[i].kind == "scene" for i in postings[t]) for t in wanted)


def _doers_named_first(turn: Turn, scene: Entry, looked_for: tuple[set[str], ...]) -> list[Entry]:
    """ "who got wounded" just after the ambush: the people a sentence of the scene names before the deed (a stem or
    its synonym group: "Gaspard is wounded"), or its "she" means ("She wanders in a disheveled state"); not one
    named after it ("the rival crew wins, but Okafor walks over"). Each set of terms in `looked_for` is tried in
    turn, over the scene's words stemmed once."""
    lexicon = turn.kit.index.lexicon
    sentences = scene_sentences(scene)
    stemmed = [[lexicon.stems(w) for w in sentence.split()] for sentence in sentences]
    for wanted in looked_for:
        for position, sentence in enumerate(sentences):
            words = sentence.split()
            at = next((n for n, stems in enumerate(stemmed[position]) if _tells(stems, wanted)), None)
            if not at:
                continue
            people = _people_in_order(turn, " ".join(words[:at]))[::-1]  # the nearest the deed first
            if not people and _SUBJECTS & set(words[:at]):
                said = [w for w in words[:at] if w in _SUBJECTS][-1]  # "He proposes ...": one who is a he
                people = _people_of(turn, sentences, position)
                people = [p for p in people if turn.kit.scorer.pronoun_fits(p, said)] or people
            people = _not_done_to(turn, people)  # "who is running to her": not Vicky sprinting, Boris rushing
            if people:
                return people
    return []


def scene_sentences(scene: Entry) -> list[str]:
    """A scene's summary and context, folded, one sentence each: where its people are named doing things."""
    subject = scene.subject
    return [fold(s) for s in _SENTENCE.split(f"{getattr(subject, 'summary', '')} {getattr(subject, 'context', '')}")]


def _tells(stems: list[str], wanted: set[str]) -> bool:
    """Does a word of the scene (its stems) say a wanted term, as written or by its synonym group?"""
    return any(s in wanted or canonical(s) in wanted for s in stems)


def _the_other(turn: Turn, words: list[str]) -> bool:
    """ "arguing with who", "who's she fighting": the other one in the scene (not "who did the music": no "she"
    doing it to someone)."""
    return "with" in words or turn.reading.someone_else and bool(_SUBJECTS & set(words))


def _asks_a_role(turn: Turn, scene: Entry, wanted: set[str], words: list[str]) -> bool:
    """ "who is this father?": "who is" and nothing but role words of the people the scene names."""
    if not wanted or words[1:2] not in (["is"], ["s"], ["was"]):
        return False
    index, mentions = turn.kit.index, turn.kit.scorer.mentions
    roles = set().union(
        *(index.role_terms.get(index.entries[i].title, frozenset()) for i in mentions.get(scene.id, ()))
    )
    return wanted <= roles


def _the_deed_asked(said: str) -> list[str]:
    """ "the man who rushes to her side at the end of it, who is he?": "who rushes to her side at the end of it"."""
    found = _SOMEONE_WHO_THEN_WHO.search(said)
    return ["who", *found["deed"].split()] if found is not None else []


_SOMEONE_WHO_THEN_WHO = re.compile(
    r"\b(?:man|woman|guy|girl|person|lady|fellow|one|somebody|someone) who (?P<deed>.+?) "
    r"who (?:is|s|was) (?:he|she|they|it|that)\b"
)


def asks_who(words: list[str]) -> bool:
    """ "who rushes to her?", "in that scene, who rushes to her?", and in a few words the "who" may come last:
    "arguing with who"."""
    in_it = words[:1] == ["in"] and words[1:2] in (["that"], ["this"]) and words[2:3] in (["scene"], ["one"], ["part"])
    identity = words[4:5] == ["is"] and words[5:6] != ["it"]  # "who is the man she talks with": role_in_scene's
    if in_it and not identity:
        words = words[3:]  # "in that scene, who is it that rushes to her side?", "in that scene, who rushes ..."
    return bool(words) and (words[0] in ASKS_DOER or len(words) <= TERSE and bool(set(words) & ASKS_DOER))


def _doer_of_the_named_deed(turn: Turn, scene: Entry) -> Entry | None:
    """ "who chooses there" in "Kalli's Choice": the one a sentence of the scene names doing it (the deed its name
    says), else the one its name says it is of; else it is left to whom the scene is about."""
    deed = set(turn.kit.scorer.content_terms(turn.tokens)) - CUE_TERMS - NOUN_TERMS
    said = {stem for stem, _ in turn.tokens.stems}
    people = _fitting(turn, _doers_named_first(turn, scene, (said, deed))) if deed else []
    if people:
        return people[0]
    owners = turn.kit.scorer.owners_by_possessive  # "Kalli's Choice": the choice is Kalli's
    return next((owners[w] for w in scene.names[0].split() if w in owners), None)


def _whose(turn: Turn, scene: Entry, other: bool) -> Answer | None:
    """ "whose dream?": the one the scene names first; "arguing with who", "who's she fighting": the other."""
    found = _scene_person(turn, scene, 1 if other else 0)
    return turn.kit.replies.hit(found) if found is not None else None


def _scene_person(turn: Turn, scene: Entry, at: int) -> Entry | None:
    """ "whose dream?": the one the scene is about (it names first, at 0); "arguing with who": the other (at 1)."""
    named = turn.kit.scorer.mentions.get(scene.id, ())
    return turn.kit.index.entries[named[at]] if len(named) > at else None


def deed_of_person(turn: Turn) -> Answer | None:
    """ "his confession", "who catches him?" just after a person: a deed of that person's, which their own card
    doesn't tell but one scene naming them does: that scene, or who else does it in that scene."""
    kit, tokens = turn.kit, turn.tokens
    person = _person_meant(turn)
    if person is None:
        return None
    names = {t for terms in person.name_terms for t in terms}
    wanted = {t for t in kit.scorer.content_terms(tokens) if t not in names} - CUE_TERMS - NOUN_TERMS
    postings = kit.index.postings
    if not wanted or any(person.id in postings.get(t, ()) for t in wanted):
        return None  # "his job": the card tells it
    if _someone_else_by_relation(tokens.words):
        return None  # "where vicky and her teacher have the big argument": a scene of both (scene_with_a_relation)
    if not _WHO_THEY_ARE_TO.isdisjoint(tokens.words) or turn.reading.link:
        return None  # "how is he connected to julian", "who did kunle get engaged to": whom he is to, no deed
    scene = _scene_telling(turn, person, wanted)
    if scene is None:
        return None
    words = [w for w in tokens.words if w not in LEAD_WORDS]
    if _the_person_asked(tokens.corrected, words, person):
        return kit.replies.hit(person)
    if set(words) & ASKS_DOER:  # "who catches him?", "the cop who put mara in jail": a person, not a scene
        return _doer_besides(turn, person, scene, wanted, words)
    return kit.replies.hit(scene)


_WHO_THEY_ARE_TO = frozenset("relationship relationships connection connected related dynamic".split())


def _the_person_asked(said: str, words: list[str], person: Entry) -> bool:
    """Is the question about the person themself: "tell me about vicky page, what drives her", "whos the old man
    everyone keeps talking about", "how is called the man everybody names the old goat"?"""
    about = _ABOUT_THEM.search(said)
    if about and about["who"] in {w for name in person.names for w in name.split()}:
        return True
    return (
        _who_is_named(words, person) or bool(_NAMED_SO.intersection(words)) and _A_SCENE_OR_TRACK_SAID.isdisjoint(words)
    )


def _someone_else_by_relation(words: tuple[str, ...]) -> bool:
    """Does the question say a second person by a relation ("her teacher", "his sister") in a scene asked for?"""
    owned = any(w in RELATION_WORDS and words[k - 1] in _OWNERS for k, w in enumerate(words) if k)
    return owned and not _A_SCENE_ASKED.isdisjoint(words)


_OWNERS = frozenset("her his their".split())
_A_SCENE_ASKED = frozenset("scene scenes part bit moment where when".split())
_ABOUT_THEM = re.compile(r"\b(?:tell me|tell us|talk|know|more) (?:a bit |a little |more )?about (?P<who>\w+)")
_NAMED_SO = frozenset("called call calls name names named nickname nicknamed known".split())
# ... unless it names a scene or a track ("what's it called when boris rushes to her side?")
_A_SCENE_OR_TRACK_SAID = frozenset("scene scenes part bit moment it when where track song music piece tune".split())


def _who_is_named(words: list[str], person: Entry) -> bool:
    """Does the question open asking who the person is, by a name of theirs ("who's the old man ...", not "who's
    the old manservant")?"""
    if words[:2] not in (["who", "is"], ["who", "s"]) and words[:1] != ["whos"]:
        return False
    said = f"{' '.join(w for w in words[1:] if w not in ('is', 's', 'the'))} "
    return any(said.startswith(f"{name} ") for name in person.names)


def _doer_besides(turn: Turn, person: Entry, scene: Entry, wanted: set[str], words: list[str]) -> Answer | None:
    """Who else does the deed in that scene; or the person named, when the question ends asking who they are."""
    kit, reading = turn.kit, turn.reading
    if _who_they_are(words, reading.person) and kit.scorer.pronoun_fits(person, reading.person or ""):
        return kit.replies.hit(person)  # "Tom comes running to her after, no? Who is he?": Tom
    done_to_them = _named_as_the_object(turn, person, words)
    if not (reading.someone_else or reading.person != reading.pronoun or done_to_them):
        return None  # "who confesses?" after him: him, or not this rule's to say
    if done_to_them and _done_by_in(turn, scene, person, wanted):
        return None  # "who pays leopold?" where the page says "Leopold pays him": he pays, no one pays him
    others = [p for p in _people_telling(turn, scene, wanted, 1) if p.id != person.id]
    if not others and (done_to_them or reading.someone_else):
        # the sentence telling it names only them ("the captain ... shakes Nessa's hand"): the other one in it
        others = _most_named(turn, scene, besides=person)
    return kit.replies.hit(others[0]) if others else None


def _done_by_in(turn: Turn, scene: Entry, person: Entry, wanted: set[str]) -> bool:
    """Do the scene's sentences that tell the deed and name the person name them only before it ("Leopold pays
    him": done by them), never after ("the note drags Simon": done to them)?"""
    stems = turn.kit.index.lexicon.stems
    before = after = False
    for sentence in scene_sentences(scene):
        said = sentence.split()
        deed = next((k for k, w in enumerate(said) if wanted & {canonical(s) for s in stems(w)}), None)
        named = [k for name in person.names for k in _at(said, name.split())] if deed is not None else []
        before = before or any(k < deed for k in named if deed is not None)
        after = after or any(k > deed for k in named if deed is not None)
    return before and not after


def _at(words: list[str], name: list[str]) -> list[int]:
    """Where a (folded) name starts among a sentence's words."""
    return [k for k in range(len(words) - len(name) + 1) if words[k : k + len(name)] == name]


def _most_named(turn: Turn, scene: Entry, besides: Entry) -> list[Entry]:
    """The people a scene's text names besides one, the most named first (ties in the order it names them)."""
    counts: dict[int, int] = {}
    for sentence in scene_sentences(scene):
        for person in _people_in_order(turn, sentence):
            if person.id != besides.id:
                counts[person.id] = counts.get(person.id, 0) + 1
    ranked = sorted(counts, key=lambda i: -counts[i])  # stable: first named first among equals
    return [turn.kit.index.entries[i] for i in ranked]


def _named_as_the_object(turn: Turn, person: Entry, words: list[str]) -> bool:
    """ "who gives simon the note?": the person named after the deed's verb is who it is done to, not who does it."""
    if words[:1] != ["who"] or len(words) < 3 or words[1] in _BEING:
        return False  # (nor "who does nessa shake hands with": she is the one who does it)
    # the name right after the verb ("who gives simon the note"), not in a tag after it ("..., is it vicky?")
    own = {w for name in person.names for w in name.split()}
    return words[2] in own and person.id in turn.kit.scorer.named_people(turn.tokens)


_BEING = frozenset("is s was are were does did do has had".split())


def _who_they_are(words: list[str], person: str | None) -> bool:
    """Does the question end asking who he or she is ("..., no? who is he?"), with no one else brought in before
    it ("he talks to a guy who pays his debt, no? who is he?" asks about the guy)?"""
    ends = words[-3:] in (["who", "is", person], ["whos", person], ["who", "s", person])
    return person is not None and ends and not set(words) & SOMEONE_ELSE


def _person_meant(turn: Turn) -> Entry | None:
    """The one person the question names, else the one its "he" or "she" means just after a person."""
    kit, thread, pronoun = turn.kit, turn.thread, turn.reading.pronoun
    named = kit.scorer.named_people(turn.tokens)
    if len(named) == 1:
        return kit.index.entries[named[0]]
    if named or not pronoun or thread is None:
        return None
    latest = kit.scorer.latest(thread)
    if latest is None or latest.kind != "character":
        return None  # after a scene, its people's deeds are doer_in_scene's
    return kit.scorer.person(pronoun, thread)


def _scene_telling(turn: Turn, person: Entry, wanted: set[str]) -> Entry | None:
    """The one scene naming this person whose text holds the most of the wanted terms (read from the index's
    postings: a pack of thousands of scenes is not read again)."""
    kit = turn.kit
    entries, mentions = kit.index.entries, kit.scorer.mentions
    common = max(50, int(len(entries) * kit.tuning.common_term_share))
    counts: dict[int, int] = {}
    for t in wanted:
        posting = kit.index.postings.get(t, {})
        if len(posting) > common:
            continue  # a word most entries hold tells no scene apart
        for entry_id in posting:
            if entries[entry_id].kind == "scene" and person.id in mentions.get(entry_id, ()):
                counts[entry_id] = counts.get(entry_id, 0) + 1
    best = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    if not best or len(best) > 1 and best[1][1] == best[0][1]:
        return None
    return entries[best[0][0]]


def _fitting(turn: Turn, people: list[Entry]) -> list[Entry]:
    """Those who fit the person asked for ("the guy who runs to her": a he), and are not the one it is done to
    ("who pushes her on": not her) while someone else is left."""
    words, scorer, reading = set(turn.tokens.words), turn.kit.scorer, turn.reading
    other = reading.pronoun if reading.someone_else else None  # "who's she arguing with": not her
    # "who is running to her when she falls": "she" is the "her" it is done to, not the one asked for
    besides = {other or ""} | {g for g, cues in OBJECTS.items() if words & cues}
    for asked in {g for g, cues in ASKED.items() if words & (cues - besides)}:
        people = [p for p in people if scorer.pronoun_fits(p, asked)]
    for done_to in {g for g, cues in OBJECTS.items() if words & cues or g == other}:
        people = [p for p in people if not scorer.pronoun_fits(p, done_to)] or people
    return people


def _people_telling(turn: Turn, scene: Entry, wanted: set[str], needed: int) -> list[Entry]:
    """The people named in the scene's sentence holding the most of the wanted terms (at least `needed`), in
    the order it names them; a sentence naming nobody ("his habit of cutting singers off") means the people
    the sentences before it named, latest first. Of sentences holding as many, the first naming someone the
    deed isn't done to ("who runs to her": Boris rushes to her side, not Vicky sprints)."""
    sentences = scene_sentences(scene)
    overlaps = [len(wanted & {canonical(s) for s in turn.kit.index.lexicon.stems(x)}) for x in sentences]
    most = max(overlaps, default=0)
    if most < needed:
        return []
    told = [_people_of(turn, sentences, at) for at, overlap in enumerate(overlaps) if overlap == most]
    return next((people for people in told if _not_done_to(turn, people)), told[0])


def _people_of(turn: Turn, sentences: list[str], at: int) -> list[Entry]:
    """The people a sentence names, else those the sentences before it named, latest first."""
    for position in range(at, -1, -1):
        people = _people_in_order(turn, sentences[position])
        if people:
            return people if position == at else people[::-1]
    return []


def _not_done_to(turn: Turn, people: list[Entry]) -> list[Entry]:
    """Those of the people the question's "her"/"him" doesn't point at (the deed's object)."""
    words = set(turn.tokens.words)
    objects = {g for g, cues in OBJECTS.items() if words & cues}
    return [p for p in people if not any(turn.kit.scorer.pronoun_fits(p, g) for g in objects)]


def scene_in_question(turn: Turn) -> Entry | None:
    """The scene the question names, else the one the thread is about when the question points back at it."""
    kit, tokens = turn.kit, turn.tokens
    if turn.placed is not None:
        return turn.placed  # "the woman who arrives in the first scene": that scene
    named = [i for i in tokens.named if kit.index.entries[i].kind == "scene"]
    if len(named) == 1:
        return kit.index.entries[named[0]]
    if named:
        return None
    if turn.reading.refers_back:
        return kit.scorer.latest(turn.thread, ("scene",))
    latest = kit.scorer.latest(turn.thread)  # "who raises the rifle?" right after a scene: in that scene
    return latest if latest is not None and latest.kind == "scene" else None


def _people_in_order(turn: Turn, folded: str) -> list[Entry]:
    """The characters a folded sentence names, in the order it names them."""
    padded = f" {folded} "
    found = []
    for person in turn.kit.index.by_kind.get("character", []):
        at = [padded.find(f" {name} ") for name in person.names if f" {name} " in padded]
        if at:
            found.append((min(at), person.id))
    for noun, person_id in turn.kit.scorer.called.items():  # "as the director watches her dance": Boris
        called_at = padded.find(f" the {noun} ")
        of_another = padded.startswith(f" the {noun} of ", called_at)  # ("the mother of the bride": someone else)
        if called_at >= 0 and not of_another and all(person_id != i for _, i in found):
            found.append((called_at, person_id))
    return [turn.kit.index.entries[i] for _, i in sorted(found)]
