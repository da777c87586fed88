"""People recognisers: a person by their relation to another ("her teacher", "the guy she falls for"), and
the credit of the music talked about ("by who?").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..cues import INVERSES, KIN_WORDS, RELATION_WORDS
from ..sentences import OPENING_FILLER
from .reading import Heard, Reading
from .words import PERSON_PRONOUNS, after_filler

# Words that say how one person relates to another: general English, no film in it.
_RELATION_NOUNS = (
    RELATION_WORDS
    | KIN_WORDS.keys()
    | frozenset("teachers lover crush admirer suitor sweetheart employee assistant henchman".split())
)

_RELATION_VERBS = frozenset(
    """love loves loved loving like likes liked liking adore adores adoring teach teaches taught teaching train
    trains trained training mentors mentoring coaches coaching marry marries marrying dates dating kiss kisses
    kissing fancy fancies controls controlling hires discovers discovered employ employs employed employing pays paid
    paying""".split()
)

# "her teacher", "whats her mentors name" (a folded "mentor's")
_POSSESSED = re.compile(r"\b(?P<whose>her|his) (?:\w+ ){0,2}?(?P<noun>" + "|".join(sorted(_RELATION_NOUNS)) + r")s?\b")
_CHAINED = re.compile(
    r"\b(?P<whose>her|his) (?P<via>" + "|".join(sorted(_RELATION_NOUNS)) + r")"
    # "her mentors old rival"; "his fiancee has a brother, who is he?"
    r"(?:s|(?: (?:has|had|have) (?:a|an|got a)))"
    r" (?:(?!and\b|or\b)\w+ )?(?P<noun>" + "|".join(sorted(_RELATION_NOUNS)) + r")\b"
)

_NAMED_CHAIN = re.compile(
    r"\b(?P<name>\w+)s (?P<via>" + "|".join(sorted(_RELATION_NOUNS)) + r")s (?:(?!and\b|or\b)\w+ )?"
    r"(?P<noun>" + "|".join(sorted(_RELATION_NOUNS)) + r")\b"
)

# "who does his student fall for" (read "love"), "who did her brother marry"
_THEIR_ONES_LOVE = re.compile(
    r"\bwho(?:m)? (?:does|did|do|will) (?P<whose>her|his) (?P<via>" + "|".join(sorted(_RELATION_NOUNS)) + r") "
    r"(?:\w+ )?(?P<verb>love|like|adore|fancy|marry|date)\b"
    # "his student fall in love with who?" (read "his student love who")
    r"|\b(?P<whose2>her|his) (?P<via2>" + "|".join(sorted(_RELATION_NOUNS)) + r") "
    r"(?P<verb2>love|loves|adore|adores|marry|marries|married)(?: with| to)? (?:who|whom)\b"
)
# "the boss of her sister", "the mentor of joanna's sister": the same chain said the other way round
_OF_CHAIN = re.compile(
    r"\b(?P<noun>" + "|".join(sorted(_RELATION_NOUNS)) + r") of (?:(?P<whose>her|his)|(?P<name>\w+?) ?s) "
    r"(?:\w+ )?(?P<via>" + "|".join(sorted(_RELATION_NOUNS)) + r")\b"
)

# "guy vicky falls for": a person noun, a name, a relation verb
_VERBS = "|".join(sorted(_RELATION_VERBS))
# what no one is: "the music that julian loves" asks of no person
_THINGS = frozenset(
    "music song songs track tracks piece tune score ballet dance scene part bit moment film movie shoes thing".split()
)

_NAMED_SUBJECT = re.compile(
    r"\b(?:guy|girl|man|woman|boy|lady|one|person|dancer|composer|who) (?:\w+ ){0,3}?(?P<verb>" + _VERBS + r")\b"
)

_OF_SOMEONE = re.compile(r"\b(?P<noun>\w+) of (?!the film|the movie|it\b|this\b)(?P<whom>\w+)")

# "the boss who pushes her": a relation noun, then what they do to him or her
_WHO_TO_THEM = re.compile(r"\b(?P<noun>\w+) (?:who|that) (?:\w+ ){0,3}?(?P<whom>her|him)\b")

# "she was married with who?", "who is he married to", "who did she marry"
_MARRIED = re.compile(
    r"\b(?P<who>he|she) (?:is |was |s |got |get |has been |had been )?married (?:to|with) (?:who|whom)\b"
    r"|\bwho(?:m)? (?:is|was|s|did|does) (?P<who2>he|she) (?:married|marry)\b"
)
_PROMISED = frozenset("married marry engaged betrothed".split())
_TO_MARRY = re.compile(
    r"\b(?P<who>\w+) (?:s |is |was |does |did )?(?:really |still |soon )?"
    r"(?:want|wants|wanted|mean|means|meant|plan|plans|planned|hope|hopes|going|gonna|set|due|about|supposed"
    r"|promised)(?: to)? marry\b"
)
_PROMISED_TO = re.compile(
    r"^(?:(?:and|so|ok|okay|wait) )*who(?:m)? (?:is|was|s|did|does|got) (?P<who>\w+(?: \w+)?) "
    r"(?:getting |get |going to |gonna )?(?P<verb>married|engaged|betrothed|marry)(?: to| with)?"
    r"(?: (?:lol|lmao|again|exactly|then|tho|though|anyway))?$"  # "who did kunle get engaged to lol"
)
# "n hes engaged to who", "she is married with whom?": the question word last
_PROMISED_TO_WHO = re.compile(
    r"^(?:(?:and|n|so|ok|okay|wait) )*(?P<who>he|she|\w+) (?:is |s |was |got |get |getting )?"
    r"(?P<verb>married|engaged|betrothed) (?:to|with) (?:who|whom)$"
)
# "the guy he was on night watch with", "the woman she works with": the one beside them in it, their partner
_ALONGSIDE = re.compile(
    r"\b(?:guy|girl|man|woman|lady|boy|dude|bloke|fellow|person|one) (?:that |who )?(?P<who>he|she) "
    r"(?:was|is|were|works|worked|work|went|goes|stood|stands|shared|shares|keeps|kept|served|serves) "
    r"(?:\w+ ){0,4}?with$"
)
# "who's she into": whom she loves
_INTO = re.compile(r"\bwho(?:m)?(?: is| s|s)? (?P<who>she|he) (?:really |so )?into\b")

_CONCEDED = re.compile(r"\b(?:despite|in spite of|even though|although|though)\s*$")


def _conceded(before: str) -> bool:
    """Is a relation said in a concession after the question's own words ("the one she falls for even though her
    teacher wants ..."), not opening the message ("though her teacher is strict, who is he?": him)?"""
    found = _CONCEDED.search(before)
    return found is not None and bool(after_filler(before[: found.start()]).strip())


_NOT_BETWEEN = frozenset("the a an and or is was s who her his their".split())
_OWNER_REACH = 3  # "matthias old teacher": an owner's name, an adjective or two, the relation

_TOWARDS = re.compile(r"\b(?P<verb>" + _VERBS + r") (?P<whom>him|her)\b")

# "vicky falls in love with who?", "she trains who?": the one asked about said where a name would go
_ASKED_IN_PLACE = re.compile(
    r"(?=\b(?P<who>\w+) (?:\w+ ){0,2}?(?P<verb>love|loves|loved|adores|fancies|falls|fell|falling)(?: in love)?"
    r"(?: with| for)? (?:who|whom)$)"
)  # (love only: "vicky trains who?" would need the relation read the other way round)
_SUBJECT_OF = re.compile(r"\b(?P<who>she|he) (?:\w+ ){0,3}?(?P<verb>" + _VERBS + r")\b")

_WHO_IS_THEY = re.compile(r"\bwho (?:is|s|was) (?:he|she)(?: (?:again|exactly|then))?(?:$| and\b)")
_ASKS_PERSON = frozenset("who whos whom guy girl man woman boy lady dude one person someone dancer composer".split())


def relation_of_person(heard: Heard) -> Reading | None:
    """ "her teacher", "vicky's instructor", "the guy she falls for", "who likes him": someone described by
    how they relate to another person (a pronoun's, or one named), who is therefore not that person."""
    words = heard.vocabulary
    scene_said = words & _SCENE_WORDS
    their_part = scene_said == {"part"} and "who" in words and _THEIR_PART.search(heard.text) is not None
    if scene_said and not their_part:
        return None
    if _about_them_not_a_relation(heard):
        return None
    by_noun = _by_relation_noun(heard) if _says_a_relation_noun(words) else None
    if by_noun is not None:
        return by_noun
    by_word = _by_one_word(heard)
    if by_word is not None:
        return by_word
    alongside = _ALONGSIDE.search(heard.text) if "with" in words else None
    if alongside is not None:  # "the guy he was on night watch with": his partner in it
        return replace(heard.base, asks="relation", referent=PERSON_PRONOUNS[alongside["who"]], link="partner")
    by_phrase = _by_a_phrase(heard)
    if by_phrase is not None:
        return by_phrase
    if not words & _ASKS_PERSON or not words & _RELATION_VERBS:
        return None
    return _by_relation_verb(heard)


def _by_a_phrase(heard: Heard) -> Reading | None:
    """ "who did he marry", "who does dario work for", "who's she into": a relation said by a phrase of its own."""
    words = heard.vocabulary
    married = _MARRIED.search(heard.text) if "married" in words or "marry" in words else None
    if married is not None:  # "she was married with who?", "who did he marry"
        whose = married["who"] or married["who2"]
        return replace(heard.base, asks="relation", referent=PERSON_PRONOUNS[whose], link="spouse")
    to_marry = _TO_MARRY.search(heard.text) if "marry" in words and words & _ASKS_PERSON else None
    if to_marry is not None and (to_marry["who"] in PERSON_PRONOUNS or heard.names(to_marry["who"])):
        # "the man she wants to marry", "who is odile going to marry": their fiance
        return replace(heard.base, asks="relation", referent=PERSON_PRONOUNS.get(to_marry["who"]), link="fiance")
    promised = _promised(heard) if words & _PROMISED else None
    if promised is not None:
        return promised
    works = _WORKS_FOR.search(heard.text) if words & _WORKING else None
    if works is not None:  # "who does dario work for", "who does he answer to": his boss
        return replace(heard.base, asks="relation", referent=PERSON_PRONOUNS.get(works["who"] or ""), link="boss")
    into = _INTO.search(heard.text) if "into" in words else None
    if into is not None:  # "who's she into"
        return replace(heard.base, asks="relation", referent=PERSON_PRONOUNS[into["who"]], link="lover")
    return None


def _promised(heard: Heard) -> Reading | None:
    """ "whos odile engaged to", "who is she married to", "n hes engaged to who": their fiance or spouse."""
    promised = _PROMISED_TO.search(heard.text) or _PROMISED_TO_WHO.search(heard.text)
    if promised is None or not (promised["who"] in PERSON_PRONOUNS or heard.names(promised["who"].split()[0])):
        return None
    link = "spouse" if promised["verb"] in ("married", "marry") else "fiance"
    return replace(heard.base, asks="relation", referent=PERSON_PRONOUNS.get(promised["who"]), link=link)


_WORKING = frozenset("work works working worked answer answers report reports".split())
_WORKS_FOR = re.compile(
    r"\bwho (?:does|did|do|is|s|was) (?:(?P<who>he|she)|\w+(?: \w+)?) (?:work|working|answer|answering|report"
    r"|reporting)s? (?:for|to)$"
)


def _by_relation_verb(heard: Heard) -> Reading | None:
    """ "who likes him", "the guy she loves", "vicky falls in love with who?": someone by what they do to another."""
    towards = _TOWARDS.search(heard.text)
    if towards is not None:
        return replace(heard.base, asks="relation", referent=PERSON_PRONOUNS[towards["whom"]], link=towards["verb"])
    subject = _SUBJECT_OF.search(heard.text)
    if subject is not None:
        return replace(heard.base, asks="relation", referent=subject["who"], link=subject["verb"])
    # (each word tried as the one named: the matches overlap)
    in_place = next((m for m in _ASKED_IN_PLACE.finditer(heard.text) if heard.names(m["who"])), None)
    if in_place is not None:  # "and vicky falls in love with who?"
        verb = in_place["verb"]
        return replace(
            heard.base, asks="relation", referent=None, link="love" if verb.startswith(("fall", "fell")) else verb
        )
    # ("the man who teaches vicky, who is he?": the "he" is the one described)
    asked_last = heard.base.pronoun is None or _WHO_IS_THEY.search(heard.text) is not None
    named = _NAMED_SUBJECT.search(heard.text) if asked_last else None
    if named is not None and named["verb"] == "fancy" and not _likes_someone(heard, heard.text[named.end() :]):
        return None  # "the lady who opens the fancy pastry shop": no liking
    if named is None and asked_last:
        named = next((m for m in _ONE_THAT_NAMED.finditer(heard.text) if heard.names(m["name"])), None)
    return replace(heard.base, asks="relation", referent=None, link=named["verb"]) if named is not None else None


# "who's the aspiring ballerina that lermontov is training": someone (any noun but a thing's) that one named does
# something to, however far the noun is from the "who"
_ONE_THAT_NAMED = re.compile(
    r"\b(?!(?:" + "|".join(sorted(_THINGS)) + r")\b)\w+ (?:that|whom) (?P<name>\w+) "
    r"(?:\w+ ){0,2}?(?P<verb>" + _VERBS + r")\b"
)


def _likes_someone(heard: Heard, after: str) -> bool:
    """Is "fancy" followed by whom it likes ("fancy julian", "fancy him"), not by what it describes ("fancy shop")?"""
    following = after.split()[:1]
    return (
        not following or following[0] in _HIM_HER or following[0] in ("them", "me", "you") or heard.names(following[0])
    )


def _says_a_relation_noun(words: frozenset[str]) -> bool:
    """ "her teacher", and a folded "mentor's" ("mentors")."""
    return not words.isdisjoint(_RELATION_NOUNS_SAID)


_RELATION_NOUNS_SAID = _RELATION_NOUNS | frozenset(noun + "s" for noun in _RELATION_NOUNS)


def _by_one_word(heard: Heard) -> Reading | None:
    """ "his love", "anyway, his girl" (the one he loves); "fiancée?" just after Sam (his)."""
    loved = _THEIR_LOVE.match(after_filler(heard.text))
    if loved is not None:
        return replace(heard.base, asks="relation", referent=PERSON_PRONOUNS[loved["whose"]], link="sweetheart")
    named = _A_NAMED_ONES_LOVE.match(after_filler(heard.text))
    if named is not None and heard.names(named["name"]):  # "vicky's love": the one she loves
        return replace(heard.base, asks="relation", referent=None, link="sweetheart")
    said = [w for w in heard.typed.split() if w not in OPENING_FILLER and w not in _BARE_FILLER]  # "fiancée"
    if heard.pending and len(said) == 1 and said[0] in _RELATION_NOUNS:
        return replace(heard.base, asks="relation", referent=IN_PLAY, link=_kin(said[0]))
    return None


_NOUN_OF_WHOM = re.compile(
    r"^(?:(?:and|so|ok|then) )*(?P<who>he|she) (?:is|s|was) (?:the |a |an )?(?P<noun>\w+) (?:of|for|to) (?:whom|who)\b"
    r"|^(?:(?:and|so|ok|then) )*whose (?P<noun2>\w+) (?:is|was) (?P<who2>he|she)\b"  # "whose teacher is he?"
    r"|^(?:(?:and|so|ok|then) )*whose (?P<noun3>\w+) (?P<who3>he|she) (?:is|was)\b"  # "whose brother he is?"
)


def _by_relation_noun(heard: Heard) -> Reading | None:
    """ "he is teacher of whom?", "her teacher", "vicky's instructor"."""
    of_whom = _of_whom(heard)
    if of_whom is not None:
        return of_whom
    chained = _CHAINED.search(heard.text) if heard.vocabulary & {"her", "his"} else None
    if chained is not None:  # "her brother's mentor": the mentor of the one who is her brother
        whose, via = PERSON_PRONOUNS[chained["whose"]], _kin(chained["via"])
        return replace(heard.base, asks="relation", referent=whose, link=_kin(chained["noun"]), via=via)
    loved = _THEIR_ONES_LOVE.search(heard.text) if heard.vocabulary & {"her", "his"} else None
    if loved is not None:  # "who does his student fall for": whom the one who is his student loves
        whose, via = PERSON_PRONOUNS[loved["whose"] or loved["whose2"]], _kin(loved["via"] or loved["via2"])
        link = "spouse" if (loved["verb"] or loved["verb2"]).startswith("marr") else "love"
        return replace(heard.base, asks="relation", referent=whose, link=link, via=via)
    named = _NAMED_CHAIN.search(heard.text)
    if named is not None and heard.names(named["name"]):  # "ewan's sister's boyfriend": his sister's
        return replace(heard.base, asks="relation", referent=None, link=_kin(named["noun"]), via=_kin(named["via"]))
    said_of = _OF_CHAIN.search(heard.text) if "of" in heard.vocabulary else None
    if said_of is not None and (said_of["whose"] or heard.names(said_of["name"])):  # "the boss of her sister"
        owner = PERSON_PRONOUNS[said_of["whose"]] if said_of["whose"] else None
        link, via = _kin(said_of["noun"]), _kin(said_of["via"])
        return replace(heard.base, asks="relation", referent=owner, link=link, via=via)
    found = _relation_by_noun(heard)
    return replace(heard.base, asks="relation", referent=found[0], link=_kin(found[1])) if found is not None else None


def _of_whom(heard: Heard) -> Reading | None:
    """ "he is teacher of whom?": the one whose teacher he is, his student."""
    found = _NOUN_OF_WHOM.match(heard.text)
    noun, who = (
        (found["noun"] or found["noun2"] or found["noun3"], found["who"] or found["who2"] or found["who3"])
        if found is not None
        else ("", "")
    )
    if noun not in INVERSES:
        return None
    link = "sibling" if noun in _SIBLING_NOUNS else INVERSES[noun][0]  # "he is brother of whom?": her or him
    return replace(heard.base, asks="relation", referent=PERSON_PRONOUNS[who], link=link)


_SIBLING_NOUNS = frozenset("brother sister".split())


_THIS_ROLE = re.compile(r"\b(?:this|that) (?:\w+ )?(?:father|mother|dad|mom|mum|brother|sister|husband|wife)\b")

_IS_WAS = frozenset({"is", "was"})

_HE_SHE = frozenset({"he", "she"})
_HIM_HER = frozenset({"him", "her"})
_OBJECT_FORMS = _HIM_HER | {"hers", "his"}


def _about_them_not_a_relation(heard: Heard) -> bool:
    """ "is he the one she falls for?" asks whether he is; "who is this father?" is a role in a scene."""
    words = heard.vocabulary
    if words & _IS_WAS and words & _HE_SHE and _IS_HE_THE_ONE.match(heard.text):
        return True
    asked = _WHO_IS_NAMED.match(heard.text)
    if _TAGGED.search(heard.text) and asked is not None and heard.names(asked["name"]):
        return True  # (not "and her teacher? he is the director, right?": the teacher asked about)
    return _this_role(heard)


def _this_role(heard: Heard) -> bool:
    """ "who is this father?": a role in the scene talked about, not a relation."""
    return bool(heard.vocabulary & _THIS_THAT) and _THIS_ROLE.search(heard.text) is not None


_THIS_THAT = frozenset({"this", "that"})

# "who is walter? he is the father of the girl, no?": what the asker takes him to be, asked to confirm
_WHO_IS_NAMED = re.compile(r"^(?:\w+ )?who(?: is| s|s| was) (?P<name>\w+)")
_TAGGED = re.compile(
    r"\b(?:he|she) (?:is|s|was) (?:the|her|his|their) (?:\w+ ){1,5}?(?:no|right|yes|correct|or not|isn t (?:he|she))$"
)
_IS_HE_THE_ONE = re.compile(
    r"^(?:(?:and|so|ok|wait|oh) )*(?:is|was) (?:he|she) (?:the (?:one|guy|man|woman|girl)|her|his)\b"
)


def _relation_by_noun(heard: Heard) -> tuple[str | None, str] | None:
    """(referent, noun) of "her teacher" (she), "the teacher of vicky" and "vicky's teacher" (named: None)."""
    said = _POSSESSED.finditer(heard.text) if heard.vocabulary & {"her", "his"} else iter(())
    # (not "despite her teacher wanting ...": a clause beside the question, not whom it asks about)
    found = next((m for m in said if not _conceded(heard.text[: m.start()])), None)
    if found is not None:
        return PERSON_PRONOUNS[found["whose"]], found["noun"]
    for pattern in (_OF_SOMEONE, _WHO_TO_THEM):  # "the teacher of her", "the boss who pushes her", "of vicky"
        for found in pattern.finditer(heard.text):
            if found["noun"] in _RELATION_NOUNS:
                # "the teacher of her", "that instructor of hers": whose; "of vicky": named (None)
                return PERSON_PRONOUNS.get(found["whom"]) if found["whom"] in _OBJECT_FORMS else None, found["noun"]
    owned = _owned(heard)
    return (None, owned) if owned is not None else None


def _owned(heard: Heard) -> str | None:
    """The relation noun of "vicky's teacher" ("vickys"), "boris's student" ("boris"), "matthias old teacher" (an
    apostrophe dropped, an adjective or two between the owner's name and the noun)."""
    words = heard.words
    for at, noun in enumerate(words):
        if noun not in _RELATION_NOUNS:
            continue
        for reach in range(1, min(_OWNER_REACH, at) + 1):
            owner, between = words[at - reach], words[at - reach + 1 : at]
            if any(w in _NOT_BETWEEN for w in between):
                break
            if heard.names(owner) or owner.endswith("s") and not between:
                return noun
    return None


# "his love", "and her love, the composer?" (the appositive says who that is, not another question)
_A_NAMED_ONES_LOVE = re.compile(r"^(?P<name>\w+?) ?s (?:love|romance|sweetheart)$")
_THEIR_LOVE = re.compile(
    r"^(?P<whose>his|her) (?:love|romance|girl|guy|man|woman|lady|boy)"
    r"(?: (?:the|that) (?:\w+ )?(?:composer|musician|pianist|singer|writer|painter|artist|dancer|man|guy|boy|girl"
    r"|woman|lady|one))?(?: (?:what (?:is|s) (?:his|her|their) name|who (?:is|s) (?:he|she|it)))?$"
)

IN_PLAY = "in play"  # a relation's referent: the person talked about, named by no pronoun

_BARE_FILLER = frozenset("the a what about who is s and".split())


def _kin(noun: str) -> str:
    """The page's word for a relation: "dad" is written "father"."""
    return KIN_WORDS.get(noun, noun)


# "what's his part in the story": his role, not a part of the film
_THEIR_PART = re.compile(r"\b(?:his|her|their) part\b")
_SCENE_WORDS = frozenset("scene scenes moment part happens happen happened".split())

# "by who?", "who's it by?", "whose is it": the credit of the music being talked about
_CREDIT = re.compile(
    r"^(?:(?:and|so|ok|then) )*"
    r"(?:by(?: whom?)?|who (?:is |s |was )?(?:it |that |this )?by|whose (?:is it|is that|music is it)|"
    r"(?:the )?credits?|"
    r"credited to (?:whom?|what)|(?:and )?the credit|"
    r"(?:the |its |and the )?composer(?: of it| then)?|who composed (?:it|that|this)"  # "composer?" after a track
    r"|(?:the |its |and the )?(?:artist|performer|musician|singer)(?: of it| then)?"  # "artist?" after a track
    r"|who (?:is |s |was )?the (?:artist|performer|musician)(?: of (?:it|that|this))?"
    # "who is the author of that one?", "who has composed it?", "who made this one"
    r"|who (?:is |s |was )?(?:the )?(?:author|composer|creator|maker|writer) of (?:it|that|this)(?: one| song| track)?"
    r"|who (?:has |have |did )?(?:composed|compose|wrote|write|made|make|created) (?:it|that|this)"
    r"(?: one| song| track| piece)?"
    # "is it by brian easdale?", "it is by brian easdale or by someone other?": whether it is theirs, its credit
    r"|(?:(?:is|was) (?:it|that|this)|(?:it|that|this) (?:is|was|s)) (?:by|from) (?:\w+ ?){1,3}?"
    r"(?: or (?:by )?(?:someone|somebody|anyone|another)(?: (?:else|other))?)?)"
    r"(?: then| though| again)?$"
)


_CREDIT_TRIGGERS = frozenset(
    "by whose credit credits credited composer composed compose author creator maker writer wrote write made make "
    "created artist performer musician singer".split()
)


def credit(heard: Heard) -> Reading | None:
    """ "by who?": who the track (or the score) being talked about is credited to."""
    if heard.pending and heard.text == "who":
        return replace(heard.base, asks="credit")  # "tracks?", "the interlude", "who": its credit
    if not heard.vocabulary & _CREDIT_TRIGGERS or _CREDIT.match(heard.text) is None:
        return None
    return replace(heard.base, asks="credit")
