"""Rules for a question that names or describes an entry: whichever of them answers first decides."""

from __future__ import annotations

import re
from dataclasses import replace

from ..answers import Answer, Kind, Reason
from ..cues import (
    ALIKE,
    CHOICE_CUES,
    CREDIT_WORDS,
    CUE_TERMS,
    CUES,
    EXPLICIT,
    FAMILY,
    FILM_WORDS,
    GENERIC_TRACK,
    KIND_NOUNS,
    LIST_WORDS,
    MADE_MUSIC,
    MUSIC_NOUNS,
    NAMING_CUES,
    NOUN_STEMS,
    NOUN_TERMS,
    PERSON_NOUN_WORDS,
    PLOT_WORDS,
    RELATION_WORDS,
    TEXT_FIELDS,
)
from ..index import Entry
from ..intents import GENRES
from ..recognisers import IN_PLAY, Reading
from ..recognisers.words import TELL_ME
from ..scorer import tells_an_event
from ..sentences import CHATTER, OPENING_FILLER
from ..text import fold, is_significant, stem, term
from ..tokens import Tokens, tells_a_part
from ..tracker import Conversation, Focus
from . import people
from .deeds import (
    asked_sex,
    asks_who,
    deed_of_person,
    described_on_their_card,
    doer_beside_the_one_named,
    doer_in_scene,
    scene_in_question,
)
from .followups import ALL_OF_IT, credited, follow_reference, someone_else
from .turn import Kit, Turn


def another_work(turn: Turn) -> Answer | None:
    """ "the plot of the nutcracker": a kind word tied to a name the pack doesn't know; "who is boris johnson"."""
    scorer = turn.kit.scorer
    if scorer.names_another_work(turn.tokens) or scorer.names_someone_else(turn.tokens):
        return turn.kit.replies.decline(Reason.OFF_TOPIC)
    return None


_NOT_WHO_MADE_IT = re.compile(
    r"\b(?:don t|dont|do not|doesn t|no) (?:need|want|care|have) (?:\w+ ){0,2}(?:who|whom) (?:made|wrote|composed)\b"
)


def score_credit(turn: Turn) -> Answer | None:
    """ "who make the music for this film?", "who did make the music": the soundtrack's credit, whatever track
    has "music" in its title ("Music for a Lantern"), unless a track is named whole."""
    kit, words = turn.kit, turn.tokens.words
    overall = "composer" in words and _OVERALL_COMPOSER.search(" ".join(words)) is not None
    if (
        MUSIC_NOUNS.isdisjoint(words)
        and not overall
        and not (turn.thread is None and _SCORED_IT.match(" ".join(words)))
    ):
        return None  # ("who scored it" with nothing talked about: the film, so its score)
    said = [w for w in words if w not in OPENING_FILLER]
    soundtrack = kit.index.by_kind.get("soundtrack")
    if not soundtrack or not (overall or _who_made(said)) or _NOT_WHO_MADE_IT.search(" ".join(words)):
        return None  # (not "who is the young man who composes music": a person; "I don't need to know who made it")
    if any(kit.index.entries[i].kind in ("track", "character", "scene") for i in turn.tokens.named):
        return None
    latest = kit.scorer.latest(turn.thread)
    if latest is not None and latest.kind == "track" and set(said) & POINTERS and not _score_of_it(said):
        return None  # "who has composed this music?" just after a track: that track's credit (but "the score that
        # piece comes from" is the score's)
    return kit.replies.hit(soundtrack[0])


# "who's the overall composer", "the composer of the whole film": the score's, not the track's just talked about
_OVERALL_COMPOSER = re.compile(
    r"\b(?:overall|main|principal|film s|movie s) composer\b(?! character)"
    r"|\bcomposer (?:of|for) the (?:whole|entire) (?:film|movie)\b"
)
POINTERS = frozenset("this that it".split())
_WHOLE_SCORE = frozenset("score soundtrack album".split())


def _score_of_it(said: list[str]) -> bool:
    """ "the score that piece comes from": the score said before the pointer (not "this piece of the score")."""
    score = next((k for k, w in enumerate(said) if w in _WHOLE_SCORE), None)
    pointer = next((k for k, w in enumerate(said) if w in POINTERS), None)
    return score is not None and pointer is not None and score < pointer


_SCORED_IT = re.compile(r"^(?:\w+ )?who scored (?:it|this|this film|this movie)$")  # not "who composed it": a track?


# "who is credited for the score", "who was responsible for the music", "who is behind the soundtrack"
_CREDITED = frozenset("credited responsible behind".split())


def _who_made(said: list[str]) -> bool:
    """ "who make ...", "who did make ...", "he wants to know who made ...": "who" then a making verb; "who is
    credited for ...", "who is behind ...": "who is" then a word of credit."""
    for i, word in enumerate(said[:-1]):
        if word in ASKS_WHO and not set(said[:i]) & PERSON_NOUN_WORDS:  # not "the young guy who writes music"
            # "who did make", "who is credited for", "who was responsible for"
            verb = (
                said[i + 2]
                if said[i + 1] in ("did", "has", "had", "is", "was", "s") and i + 2 < len(said)
                else said[i + 1]
            )
            return verb in MADE_MUSIC or verb in _CREDITED
    return False


def genre(turn: Turn) -> Answer | None:
    """ "is it a musical?": the film's card gives its genre."""
    kit, tokens = turn.kit, turn.tokens
    films = kit.index.by_kind.get("film")
    if not films or not GENRE_CUES & set(tokens.words) or not kit.facts.asks_genre(tokens.typed):
        return None
    # "is it a comedy or drama lol": genre names are words the pack may not use; anything else unknown is
    # another topic ("is the nutcracker a ballet")
    if any(w not in GENRE_CUES and w not in CHATTER and w != "wise" for w in kit.scorer.unknown_words(tokens)):
        # (but "what kind of film is it, genre-wise?")
        return None
    if not kit.pack.film.genre:  # the page stated none: say so, rather than give the synopsis
        return kit.replies.decline(Reason.MISSING_FACT, missing="the film's genre")
    return kit.replies.hit(films[0])


_ABOUT_THAT_SCENE = re.compile(r"\b(?:about|describe|explain|recap) (?:that|this) (?:scene|part|bit|moment)\b")


_SETTING_ASIDE = r"\b(?:besides|apart from|except(?: for)?|other than|aside from)"  # what the asker leaves out
_BESIDES_THAT = re.compile(_SETTING_ASIDE + r" (?:that|this|it)\b")
_ANOTHER_ONE = frozenset("else other others anything".split())  # (not "besides that, how does that scene end?")


def demonstrative(turn: Turn) -> Answer | None:
    """ "how does that scene end": the latest scene, unless a longer name is spelled out."""
    if not turn.reading.demonstrative or turn.thread is None:
        return None
    if turn.kit.scorer.names_an_entry(turn.tokens, longer_than=1):
        return None
    if _the_one_named_asked(turn):
        return None  # "and Boris, the one she's with in that scene, who is he exactly?": Boris (named_person)
    if asks_a_deed(turn):
        return None  # "who is the man who offers his savings in this scene?": who does it there (doer_in_scene)
    if _BESIDES_THAT.search(turn.tokens.corrected) and set(turn.tokens.words) & _ANOTHER_ONE:
        return None  # "anything else on the soundtrack besides that piece?": the others, not that one
    reading = turn.reading
    about_it = _ABOUT_THAT_SCENE.search(turn.tokens.corrected) and not ASKS_WHO & set(turn.tokens.words)
    if reading.demonstrative == "scene" and reading.person and about_it:
        # "tell me more about that scene, what it shows her learning": the scene, "her" is only in it
        turn = replace(turn, reading=replace(reading, person=None, pronoun=None))
    return follow_reference(turn)


def _the_one_named_asked(turn: Turn) -> bool:
    """Does a "who is he?" ask about the one person the question names, whom "he" fits?"""
    words = turn.tokens.words
    asked = _only_she_or_he(words)
    named = turn.kit.scorer.named_people(turn.tokens)
    if asked is None or len(named) != 1 or "who" not in words:
        return False
    person = turn.kit.index.entries[named[0]]
    said = {w for name in person.names for w in name.split()}
    first = next((k for k, w in enumerate(words) if w in said), len(words))
    # (the name said first: not "the boatbuilder there, who is he, and how is he connected to Callum?")
    return first < words.index("who") and turn.kit.scorer.pronoun_fits(person, asked)


def music_of_scene(turn: Turn) -> Answer | None:
    """ "the track", "the music in it" just after a scene: the track named like the scene ("Head of the River"),
    else the one track whose description names it ("string cue for the capsizing sequence" for "Capsized")."""
    kit, thread, words = turn.kit, turn.thread, turn.tokens.words
    if not _MUSIC_ASKED & set(words):
        return None
    named = [kit.index.entries[i] for i in turn.tokens.named if kit.index.entries[i].kind in ("scene", "track")]
    latest = kit.scorer.latest(thread) if thread is not None else None
    if len(named) == 1 and named[0].kind == "scene" and _MUSIC_PLAYS.search(turn.tokens.corrected):
        latest = named[0]  # "what music plays at the palace ball?": the track its description places there
    elif latest is None or latest.kind != "scene":
        return None
    elif any(w not in _MUSIC_ASKED and w not in _POINTING_AT_MUSIC and w not in OPENING_FILLER for w in words):
        own = {w for name in latest.names for w in name.split()}  # "the music in that canal bit": that scene
        if any(w not in _MUSIC_ASKED | _POINTING_AT_MUSIC | OPENING_FILLER | own for w in words):
            return None  # ("the music in the audition": a question of its own)
    return _track_of_scene(kit, latest)


def _track_of_scene(kit: Kit, scene: Entry) -> Answer | None:
    """The track named like the scene, else the one track whose description fits it, else the one titled alike."""
    tracks = kit.index.by_kind.get("track", [])
    named = [t for t in tracks if set(t.names) & set(scene.names)]
    if len(named) == 1:
        return kit.replies.hit(named[0])
    # else the one track whose description places it there (each description read only now), else one titled alike
    told = [t for t in tracks if _scene_of_track(kit, t) == scene.id]
    found = told if len(told) == 1 else _titled_alike(scene, tracks)
    return kit.replies.hit(found[0]) if len(found) == 1 else None


def _titled_alike(entry: Entry, others: list[Entry]) -> list[Entry]:
    """The others whose title shares a word of substance with this one's ("Lamp House Hymn" for "The Lamp House",
    "No. 4 Whistle" for "The Fire in No. 4"), when only one does."""
    own = {w for w in entry.names[0].split() if is_significant(w) or w.isdigit()}
    alike = [o for o in others if own & {w for w in o.names[0].split() if is_significant(w) or w.isdigit()}]
    return alike if len(alike) == 1 else []


def scene_of_music(turn: Turn) -> Answer | None:
    """ "which scene does it play in" just after a track: the scene titled like it, else the one its description
    fits."""
    kit, words = turn.kit, set(turn.tokens.words)
    latest = kit.scorer.latest(turn.thread) if turn.thread is not None else None
    if latest is None or latest.kind != "track" or not _SCENE_OF_IT.search(turn.tokens.corrected):
        return None
    if words - _POINTING_AT_MUSIC - _ASKING_WHERE - _MUSIC_ASKED:
        return None  # ("which scene does it play in, and who wrote it": more than where)
    told = _scene_of_track(kit, latest)  # where its description places it, else the one scene titled alike
    if told is not None:
        return kit.replies.hit(kit.index.entries[told])
    alike = _titled_alike(latest, kit.index.by_kind.get("scene", []))
    return kit.replies.hit(alike[0]) if alike else None


# ... or, terse, just after a track: "which scene"
_SCENE_OF_IT = re.compile(
    r"\b(?:which|what) (?:scene|part|moment)\b.*\b(?:it|that|this)\b|\bwhere (?:does|is) (?:it|that) (?:play|played)"
    r"|^(?:(?:and|so|ok|okay) )*(?:(?:which|what|wat|whch)|its|it s|the|that|this) (?:scene|part)(?: then)?$"
)
_ASKING_WHERE = frozenset(
    "where does do did play come comes on used heard appear appears sound sounds then from was".split()
)


def persons_track(turn: Turn) -> Answer | None:
    """ "his track", "her theme": the one track named after the person meant, by a name of theirs no one else
    has ("Elias's Lament"; a family name they share says nothing)."""
    kit, words = turn.kit, turn.tokens.words
    if not _MUSIC_ASKED & set(words):
        return None
    person = people.one_person(turn)
    if person is None:
        return None
    # nothing but whose music ("his track"; "him" may already read as his name)
    theirs = _MUSIC_ASKED | _WHOSE_MUSIC | OPENING_FILLER | {w for name in person.names for w in name.split()}
    if any(w not in theirs for w in words):
        return None
    others = {
        w for p in kit.index.by_kind.get("character", []) if p.id != person.id for n in p.names for w in n.split()
    }
    own = {form for name in person.names for w in name.split() if w not in others for form in (w, f"{w}s")}
    named = [t for t in kit.index.by_kind.get("track", []) if own & {w for n in t.names for w in n.split()}]
    return kit.replies.hit(named[0]) if len(named) == 1 else None


# "his track", "wait theres a song named after him right"
_WHOSE_MUSIC = frozenset(
    "his her their him the a what whats about and so ok is s theres there named after right".split()
)


def _scene_of_track(kit: Kit, track: Entry) -> int | None:
    """The scene a track's description fits best, if it fits one ("tense string cue for the capsizing
    sequence": Capsized)."""
    described = getattr(track.subject, "description", "") or ""
    scores = kit.scorer.scores(kit.tokeniser.tokenise(described)) if described else {}
    scenes = sorted(((score, i) for i, score in scores.items() if kit.index.entries[i].kind == "scene"), reverse=True)
    if not scenes:
        return None
    (best, scene), runner = scenes[0], scenes[1][0] if len(scenes) > 1 else 0.0
    tuning = kit.tuning
    # a description is one line: a fit short of `confident` places it when no other scene comes near
    leads = best >= tuning.track_scene_floor and best >= tuning.track_scene_lead * runner
    if best >= tuning.confident or leads:
        return scene
    titled = _scenes_its_words_title(kit, described)  # "sung at the harbour vigil": Vigil at the Pier
    return titled[0] if len(titled) == 1 else None


def _scenes_its_words_title(kit: Kit, described: str) -> list[int]:
    """The scenes a word of whose title a track's description says ("the chase in the fog": Fog on the Sound)."""
    said = {w for w in fold(described).split() if is_significant(w)}  # as written: "the final race" is no "Racing"
    people = {w for p in kit.index.by_kind.get("character", []) for name in p.names for w in name.split()}
    scenes = kit.index.by_kind.get("scene", [])
    entries, postings = kit.index.entries, kit.index.postings
    return [
        scene.id
        for scene in scenes
        for word in said & {w for w in scene.names[0].split() if is_significant(w)} - people
        # a word only this scene tells ("vigil"), not one many do ("a shanty about the sea")
        if all(entries[i].kind != "scene" or i == scene.id for i in postings.get(term(word), ()))
    ]


_MUSIC_ASKED = frozenset("track song tune music theme piece cue".split())
# "what music plays at the ball", "how is called the music of the dance in the ball": music asked of a scene
_MUSIC_PLAYS = re.compile(
    r"\b(?:what|which|whats|called|name of)(?: is| s)? (?:the )?(?:music|track|song|tune|piece)\b"
    r"(?: (?:which|that)(?: is| s)?)?(?: (?:plays|playing|played|is playing|of|in|at|during|for))"
)
_POINTING_AT_MUSIC = frozenset(
    """the a in it its that this there scene part bit moment one for of during what which whats is s plays playing
    played with w same name called""".split()
    # "which song does she sing there", "the music they are dancing to in it": who makes it, not a question of its own
    + """sing sings sang sung singing hear heard does do did she he they are to on under behind over dance dances
    dancing danced""".split()
)


def scene_with_a_relation(turn: Turn) -> Answer | None:
    """ "the scene where she argues with her teacher": "her teacher" is someone (the one the page calls so), and
    the scene is read with that person's name in place of the relation."""
    words = turn.tokens.words
    if turn.reading.asks != "describe" or not SCENE_WORDS & set(words):
        return None
    at = next((n for n, w in enumerate(words) if w in RELATION_WORDS and n), None)
    if at is None:
        return None
    kit, link = turn.kit, words[at]
    owner = _owner_of(turn, words[at - 1]) or (_owner_of(turn, words[at - 2]) if at > 1 else None)
    if owner is None:
        return None
    thread = Conversation.about("character", owner.title)
    asked = Reading("relation", referent=IN_PLAY, link=link)
    related = people.related(replace(turn, reading=asked, thread=thread, scored=None, ranked=None))
    if related is None:
        return None
    named = kit.tokeniser.substitute(turn.tokens, frozenset({link}), related.title)
    answer = best_match(replace(turn, tokens=named, scored=None, ranked=None))
    return answer if answer.kind == "scene" else None


def _owner_of(turn: Turn, whose: str) -> Entry | None:
    """Whose relation "her teacher" is: the "she" in play, else the film's protagonist if she can be one; a name
    said before it ("vicky teacher", after "her" was read as the Vicky in play) is that person."""
    kit = turn.kit
    pronoun = POSSESSED_BY.get(whose)
    if pronoun is None:
        named = [kit.index.entries[i] for i in kit.scorer.named_people(turn.tokens)]
        said = {whose, whose.removesuffix("s")}  # "vickys teacher": a folded "Vicky's"
        return next((p for p in named if said & {w for name in p.names for w in name.split()}), None)
    in_play = kit.scorer.person(pronoun, turn.thread) if turn.thread is not None else None
    lead = in_play or people.the_lead(kit)
    return lead if lead is not None and kit.scorer.pronoun_fits(lead, pronoun) else None


POSSESSED_BY = {"her": "she", "his": "he"}
SCENE_WORDS = frozenset("scene scenes part bit moment where when".split())


def asks_a_deed(turn: Turn) -> bool:
    """ "who ... offers his savings": a "who" question with words of its own beyond the person asked for."""
    words = [w for w in turn.tokens.words if w not in OPENING_FILLER]
    return asks_who(words) and bool(turn.kit.scorer.content_terms(turn.tokens))


def relative(turn: Turn) -> Answer | None:
    """ "who does she fall for": someone described by their relation to the person a pronoun means."""
    other = someone_else(turn)
    if other is None:
        return None
    return turn.kit.replies.hit(other, max(turn.kit.tuning.confident, turn.scores().get(other.id, 0.0)))


def their_role(turn: Turn) -> Answer | None:
    """ "her composer", "his photographer" in a few words: the one other character the page calls so."""
    kit, words = turn.kit, turn.tokens.words
    whose = next((k for k, w in enumerate(words) if w in POSSESSED_BY), None)
    if whose is None or len(words) > _ROLE_ASKED or whose + 1 >= len(words) or turn.thread is None:
        return None
    role = words[whose + 1]
    holders = [p for p in kit.index.by_kind.get("character", []) if role in kit.index.role_words.get(p.title, ())]
    meant = kit.scorer.person(POSSESSED_BY[words[whose]], turn.thread)
    return kit.replies.hit(holders[0]) if len(holders) == 1 and holders[0] is not meant and meant else None


_ROLE_ASKED = 4  # words of "and her composer?"


def back_reference(turn: Turn) -> Answer | None:
    """A pronoun with little else: the thread's subject; with no thread in a conversation, say so."""
    kit, tokens = turn.kit, turn.tokens
    if _not_a_reference(turn):
        return None
    latest = kit.scorer.latest(turn.thread)
    if _their_name(turn) and latest is not None and latest.kind == "scene" and _someone_there_fits(turn, latest):
        return None  # "her name?" just after a scene: who she is there (person_in_scene)
    whole = credited(kit, turn.thread, whole=True) if turn.thread is not None and _whole_soundtrack(turn) else None
    if whole is not None:
        return kit.replies.hit(whole)  # "and the whole soundtrack, who's it by" just after a track
    if turn.thread is not None:
        if confident(turn) and (not kit.scorer.mostly_reference(tokens) or named_before(turn)):
            return None
        if (
            _PEOPLE_POINTED_AT & set(tokens.words)
            and _WHICH_SCENE.search(tokens.corrected)
            and kit.scorer.content_terms(tokens)
        ):
            return None  # "in which scene do they fight": the scene its words tell, not who "they" are
        return _role_pointed_at(turn) or follow_reference(turn)
    if turn.conversation is not None and not kit.scorer.content_terms(tokens) and not set(tokens.words) & NAMING_CUES:
        return kit.replies.decline(Reason.NO_THREAD)  # a follow-up to nothing; alone (no conversation) it is a guess
    return None


_WHICH_SCENE = re.compile(r"\b(?:which|what|wat) (?:scene|part|moment)\b")
_PEOPLE_POINTED_AT = frozenset("he she they him her them".split())


def _not_a_reference(turn: Turn) -> bool:
    """No pronoun to follow; or it names an entry; or asks a relation nobody holds ("her rival": not she herself,
    what the words find); or it tells of the one it means ("i meant the earlier one, where she first picks up a
    cornet": a scene told, not "she")."""
    kit, tokens, reading = turn.kit, turn.tokens, turn.reading
    if not reading.refers_back or kit.scorer.names_an_entry(tokens) or reading.asks == "relation" and reading.referent:
        return True
    if a_role_himself(turn):
        return True  # "and the prosecutor himself, what's his full name?": the "his" is the prosecutor's
    return _ONE_DESCRIBED.search(tokens.corrected) is not None and not set(tokens.words) & ASKS_WHO


_ROLE_HIMSELF = re.compile(r"\bthe (?P<role>[a-z]+) (?:himself|herself)\b")


def a_role_himself(turn: Turn) -> bool:
    """Does the question say "the <role> himself" (or herself) of a role some character holds?"""
    roles = turn.kit.index.role_terms
    return any(
        term(found["role"]) in held
        for found in _ROLE_HIMSELF.finditer(turn.tokens.corrected)
        for held in roles.values()
    )


# (not "is that the one where ...": asked of the one in play)
_ONE_DESCRIBED = re.compile(
    r"(?<!\bis that )(?<!\bis it )(?<!\bwas that )(?<!\bwas it )"
    r"\bthe (?:\w+ )?(?:one|scene|part|bit) (?:where|when|in which)\b"
)


def role_then_who(turn: Turn) -> Answer | None:
    """ "the soviet colonel who's pacing at the back, who is he?", "the sister who bursts in, tell me about her":
    the one character the page calls what the relative clause describes (roles.py), fitting the pronoun asked."""
    kit, words = turn.kit, turn.tokens.words
    said = _described_roles(words) | _role_before_the_question(words)
    if not said or kit.scorer.named_people(turn.tokens):
        return None
    pronoun = _only_she_or_he(words) or turn.reading.person or ""
    roles = kit.index.role_words
    holders = [
        p
        for p in kit.index.by_kind.get("character", [])
        if said & roles.get(p.title, frozenset()) and (not pronoun or kit.scorer.pronoun_fits(p, pronoun))
    ]
    if not holders and _of_what_the_pack_tells(kit, words):
        # "the director of the ballet, who is he?": the one the scenes call the director (not "of the hospital")
        called = [kit.index.entries[i] for i in {kit.scorer.called[w] for w in said if w in kit.scorer.called}]
        holders = [p for p in called if not pronoun or kit.scorer.pronoun_fits(p, pronoun)]
    return kit.replies.hit(holders[0], kit.tuning.confident) if len(holders) == 1 else None


def _described_roles(words: tuple[str, ...]) -> set[str]:
    """The nouns a relative clause describes: "the soviet colonel who's pacing" -> colonel."""
    return {
        words[k]
        for k in range(len(words) - 2)
        if words[k + 1] in _WHO_THAT
        and is_significant(words[k])
        and words[k + 2] not in _NOT_THEIR_DEED  # "the man that they arrest": done to him
        and tuple(words[k + 2 : k + 4]) not in _WHO_IS_SHE  # "... for the governor, who is she?": the question itself
        and not _the_films_music(words[k + 2 : k + 8])  # "the composer who wrote the score": its credit
        # "the husband of the sister who stays": the husband asked; "a boss on the expedition who ...": the boss
        and _PREPOSITIONS.isdisjoint(words[max(0, k - 2) : k])
    }


def _role_before_the_question(words: tuple[str, ...]) -> set[str]:
    """ "... developing the prints there, the photographer, who is she?": the role said just before the question
    (not "the woman who works for the governor, who is she?": a role inside a relative clause)."""
    found = set()
    for k in range(1, len(words) - 3):
        at = k + 1 + _of_what(words[k + 1 :])  # "the director of the ballet, who is he?": the director
        if (
            words[k - 1] == "the"
            and words[max(0, k - 2) : k - 1] != ("of",)  # (not "the company" of "the director of the company")
            and words[at : at + 1] == ("who",)
            and tuple(words[at + 1 : at + 3]) in _WHO_IS_SHE
            and _WHO_THAT.isdisjoint(words[:k])
            and set(words[at + 3 :]) <= _AFTER_WHO_IS_SHE  # not "the composer, who is he writing for?"
        ):
            found.add(words[k])
    return found


def _of_what_the_pack_tells(kit: Kit, words: tuple[str, ...]) -> bool:
    """Is what a role is said to be of ("of the ballet") a word of the pack's, or is nothing said it is of?"""
    ends = [k + _of_what(words[k:]) - 1 for k in range(len(words)) if words[k] == "of"]
    return all(kit.index.knows(words[end]) for end in ends if end < len(words))


def _of_what(words: tuple[str, ...]) -> int:
    """How many words say what a role is of: "of the ballet" (3), "of the company" (3); none is 0."""
    if words[:1] != ("of",):
        return 0
    return 3 if words[1:2] in (("the",), ("a",), ("this",), ("that",)) else 2


_AFTER_WHO_IS_SHE = frozenset("exactly really again then actually anyway".split())


_WHO_THAT = frozenset("who that".split())
_THE_SCORE = frozenset("score soundtrack ost".split())


def _the_films_music(words: tuple[str, ...]) -> bool:
    """ "wrote the score", "wrote the music for this film": the credit (not "writes music for her ballet")."""
    return not _THE_SCORE.isdisjoint(words) or "music" in words and not _FILMS.isdisjoint(words)


_FILMS = frozenset("film movie".split())
_PREPOSITIONS = frozenset("of on in at for with from to along during about by".split())
_NOT_THEIR_DEED = frozenset("they he she i we you it the a an everyone".split())
_WHO_IS_SHE = frozenset((verb, who) for verb in ("is", "s", "was") for who in ("he", "she", "they", "that", "this"))


def _role_pointed_at(turn: Turn) -> Answer | None:
    """ "who is the heroine in it?": her, not the film talked about (but "who's the guy she's torn about there" is
    not her, nor is the young composer "the young woman at the centre of that scene")."""
    named_so = role_named(turn) if turn.reading.pronoun is None else None
    return named_so if named_so is not None and _said_as(turn, named_so.title) else None


def _said_as(turn: Turn, title: str) -> bool:
    """Is this character the kind of person the question says ("the woman": one the page calls "she")?"""
    person = turn.reading.person
    entry = turn.kit.scorer.entry_of(Focus("character", title))
    return person is None or entry is not None and getattr(entry.subject, "pronoun", None) == person


def _their_name(turn: Turn) -> bool:
    """ "her name?", "whats his name": a person's name asked in a few words."""
    words = turn.tokens.words
    return turn.reading.person in ("he", "she") and "name" in words and len(words) <= _NAME_ASKED


_NAME_ASKED = 4  # words of "what s her name"


def _someone_there_fits(turn: Turn, scene: Entry) -> bool:
    """Does the scene name someone the question's "she" or "he" can be?"""
    kit, person = turn.kit, turn.reading.person or ""
    return any(kit.scorer.pronoun_fits(kit.index.entries[i], person) for i in kit.scorer.mentions.get(scene.id, ()))


def _whole_soundtrack(turn: Turn) -> bool:
    latest = turn.kit.scorer.latest(turn.thread)
    words = set(turn.tokens.words)
    said = bool(words & CHOICE_CUES["soundtrack"]) and bool(words & ALL_OF_IT)  # not "that one, on the soundtrack"
    return latest is not None and latest.kind == "track" and said


def named_before(turn: Turn) -> bool:
    """ "the ballet music track, tell me about it": the pronoun's clause follows one that says what "it" is."""
    tokens = turn.tokens
    if not tokens.clauses:
        return False
    return any(part.stem and part.term in turn.kit.index.postings for part in tokens.parts[: tokens.clauses[0]])


def unsure(turn: Turn) -> Answer | None:
    """Entries too close to choose between: ask which."""
    close = (
        shared_name(turn)
        or lone_name(turn)
        or scenes_with_person(turn)
        or near_tie(turn)
        or same_description(turn)
        or kind_alone(turn)
        or role_or_credit(turn)
    )
    if not close:
        return None
    asked_who = not ASKS_WHO.isdisjoint(turn.tokens.words) and not any(e.kind == "soundtrack" for e in close)
    person = _person_asked(turn, close) if asked_who else None
    if person is not None:
        return turn.kit.replies.hit(person)  # "who's the commodore?": the man, not "Commodore's March"
    in_play = [
        e
        for e in close
        if turn.thread is not None and turn.thread.focus is not None and e.kind == turn.thread.focus.kind
    ]
    if len(in_play) == 1 and len({e.kind for e in close}) > 1:
        return turn.kit.replies.hit(in_play[0])  # "boris", "and the composer?": the person, not the score
    return turn.kit.replies.clarify(close)


_ANOTHER = frozenset("other another else second".split())


def _person_asked(turn: Turn, close: list[Entry]) -> Entry | None:
    """Of entries too close to choose between, the person a "who" asks for: the one character among them, else
    the best-ranked character if confident ("who's the commodore?" when a scene and a track have the word in
    their titles and the synopsis says everyone calls him the Commodore)."""
    cast = [e for e in close if e.kind == "character"]
    latest = turn.kit.scorer.latest(turn.thread)
    words = set(turn.tokens.words)
    if len(cast) > 1 and latest is not None and latest.kind == "film" and not words & _ANOTHER:
        # "whos the girl" just after the plot (not "whos the other girl")
        lead, sex = people.the_lead(turn.kit), asked_sex(words)
        if lead is not None and sex is not None and getattr(lead.subject, "pronoun", None) == sex:
            return lead  # the one the story is about
        if lead is not None and lead.id in {e.id for e in cast}:
            return lead  # "who is the father?" when two are fathers: the one the story is about
    if cast:
        return cast[0] if len(cast) == 1 else None
    entries = turn.kit.index.entries
    ranked = [(i, score) for i, score in turn.ranking() if entries[i].kind == "character"]
    if ranked and ranked[0][1] >= turn.kit.tuning.confident:
        return entries[ranked[0][0]]
    return _the_one_described(turn, words) if words & PERSON_NOUN_WORDS else None


_DESCRIBED_BY = 2  # words of a question a card must hold to be the one it describes, though scenes share them


def _the_one_described(turn: Turn, words: set[str]) -> Entry | None:
    """ "who is the man who owns the salting station in the village?": one character the description fits
    clearly, though scenes share its words; of the sex asked (not "the girl who dances this ballet" as a man)."""
    kit = turn.kit
    found = kit.scorer.person_described(turn.tokens, turn.scores())
    sex = asked_sex(words)
    if found is None or sex is not None and not kit.scorer.pronoun_fits(found, sex):
        return None
    # two of the question's own words on their card, at least ("owns", "salting", "station": his; not "the man who
    # dances the ballet", whose card says "ballet" only)
    content = kit.scorer.content_terms(turn.tokens)
    on_card = sum(found.id in kit.index.postings.get(t, ()) for t in content)
    return found if on_card >= min(_DESCRIBED_BY, len(content)) else None


_ONLY_A_ROLE = frozenset("the a who whos is s was that one guy".split())  # around "the strict teacher"
ROLE_QUESTION = 4  # words of "the grandma", "the groom?", "the grandmother in this story, who is she?" besides filler


def role_named(turn: Turn) -> Answer | None:
    """ "the pilot", "the grandma", "the grandmother in this story, who is she?": a short question whose own
    words are all role words of one character (what the page calls them, roles.py)."""
    kit, tokens = turn.kit, turn.tokens
    if len(tokens.terms) > ROLE_QUESTION:
        return None
    content = [t for t in kit.scorer.content_terms(tokens) if t not in FILM_TERMS]
    if not content or len(content) > 2 or kit.scorer.names_an_entry(tokens):
        return None
    if any(stem_ in kit.index.name_holders for _, _, stem_ in tokens.terms):
        return None  # "the ballet": a word of a title too ("The Red Shoes Ballet"), not a role alone
    said = [w for w in tokens.words if is_significant(w)]
    if len(said) > ROLE_QUESTION:
        return None
    roles = kit.index.role_terms
    holders = [p for p in kit.index.by_kind.get("character", []) if set(content) <= roles.get(p.title, frozenset())]
    if not holders and len(content) == 2:
        holders = _holders_of_the_noun(kit, tokens.words)
    return kit.replies.hit(holders[0], kit.tuning.confident) if len(holders) == 1 else None


def one_person_in_it(turn: Turn) -> Answer | None:
    """ "who is really in that one?" just after a scene that names one person: that person (a scene naming several
    answers as itself, its text saying who)."""
    kit = turn.kit
    latest = kit.scorer.latest(turn.thread)
    if latest is None or latest.kind != "scene" or not _WHO_IS_IN_IT.fullmatch(turn.tokens.corrected):
        return None
    named = kit.scorer.mentions.get(latest.id, ())
    if len(named) != 1:
        return None
    person = kit.index.entries[next(iter(named))]
    text = " ".join(getattr(latest.subject, field, "") or "" for field in TEXT_FIELDS)
    said = set(fold(text).split()) - kit.index.role_words.get(person.title, frozenset())
    if said & (PERSON_NOUN_WORDS | FAMILY | kit.scorer.called.keys() | _SOMEONE_ELSE_THERE):
        return None  # ("his daughter is in the boat with him", "the marshal rides up"): not them alone
    return kit.replies.hit(person)


_SOMEONE_ELSE_THERE = frozenset(
    "crowd crew audience everyone everybody people men women others friend friends family neighbours stranger".split()
)
_WHO_IS_IN_IT = re.compile(
    r"(?:(?:and|so|ok|okay|then|but) )*who(?: is| s|s| are)(?: actually| really| even| all)? in "
    r"(?:it|there|that|that one|that scene|this scene|this one)(?: then| again)?"
)


def role_asked_last(turn: Turn) -> Answer | None:
    """ "..., there's the director watching Vicky audition. Who is that director?": a message ending on who the
    one person the page calls by that noun is, whatever else it names (the scene lent for the story)."""
    kit = turn.kit
    asked = _WHO_IS_THAT_ONE.search(turn.tokens.corrected)
    if asked is None or kit.scorer.named_people(turn.tokens) or asked["noun"] in FAMILY | CREDIT_WORDS:
        return None  # ("... who is this father?": someone's, the page's word for kin; "this composer": a credit)
    latest = kit.scorer.latest(turn.thread)
    if latest is not None and latest.kind in ("track", "soundtrack"):
        return None  # "the entr'acte is so good ... who is this composer": the music's
    holder = kit.scorer.called.get(asked["noun"])
    return kit.replies.hit(kit.index.entries[holder], kit.tuning.confident) if holder is not None else None


# "who was that teacher", "whos this captain?": the message's last words, a noun pointed back at
_WHO_IS_THAT_ONE = re.compile(r"\bwho(?:s| is| was) (?:that|this) (?P<noun>\w+)$")


def _holders_of_the_noun(kit: Kit, words: tuple[str, ...]) -> list[Entry]:
    """ "the strict teacher" when the page says "imperious instructor": the noun, in the page's word for it, names
    one person; the adjective the asker chose the page may not use."""
    said = [w for w in words if w not in _ONLY_A_ROLE]
    roles = kit.index.role_words.values()
    if len(said) != 2 or said[1] not in ALIKE or said[0] in _GENDERED or any(said[0] in held for held in roles):
        return []  # ("the charming mentor", "the young teacher": the page's own word, someone else's; "the female
        # instructor": who the page's instructor may not be)
    noun = {term(alike) for alike in ALIKE[said[1]]}
    return [p for p in kit.index.by_kind.get("character", []) if noun & kit.index.role_terms.get(p.title, frozenset())]


_GENDERED = frozenset("female male woman man lady gentleman girl boy".split())


MUSIC_HEADS = CHOICE_CUES["track"] | frozenset("music theme melody motif hum humming hummed whistling".split())
# "who composed the score", "list the songs": the soundtrack or a credit, not a track described
WHOLE_SOUNDTRACK = CHOICE_CUES["soundtrack"] | LIST_WORDS | (CREDIT_WORDS - {"music", "played", "plays", "performed"})


# "does that theme have a name on the soundtrack?": where the track is listed, not the whole soundtrack asked for
_ON_THE_SOUNDTRACK = re.compile(r"\b(?:on|in|from|of) (?:the|your) (?:soundtrack|score|album)\b")
_PLACES = frozenset("soundtrack score album".split())
_THE_OTHERS = frozenset("others else".split())  # "what else is on it besides ...": the list
_SET_ASIDE = re.compile(_SETTING_ASIDE + r" (?P<aside>(?:\w+ ?){1,4})")


def _set_aside(said: str) -> set[str]:
    """The words after "apart from", "besides", "except" (up to four): what the asker sets aside."""
    return {w for found in _SET_ASIDE.finditer(said) for w in found["aside"].split()} - {"the", "a", "that", "this"}


def _asks_the_whole(tokens: Tokens) -> bool:
    """Does a question about music ask the whole soundtrack ("list all the music", "what else is on it"), not one
    piece ("a piece on the soundtrack that ...": where it is listed; "isn't really music at all")?"""
    words = set(tokens.words)
    placed = _ON_THE_SOUNDTRACK.search(tokens.corrected) is not None
    asked = words - {"all"} if "at all" in tokens.corrected else words
    return bool(asked & (WHOLE_SOUNDTRACK - _PLACES if placed else WHOLE_SOUNDTRACK) or asked & _THE_OTHERS)


def music_described(turn: Turn) -> Answer | None:
    """ "the piano song when they sleep", "the music with the alarms": a track by what its description says,
    among the tracks only (a scene's longer text would outweigh a track's one line)."""
    kit, tokens = turn.kit, turn.tokens
    words = set(tokens.words)
    tracks = kit.index.by_kind.get("track", [])
    if not tracks or not words & MUSIC_HEADS or _asks_the_whole(tokens) or words & EXPLICIT["scene"]:
        return None  # "the scene where she sings a page of music" is a scene
    aside = _set_aside(tokens.corrected)  # "apart from the ballet, what's the music between acts?": not the ballet
    if kit.scorer.names_an_entry(tokens) and not aside:
        return None
    weights = {
        t: weight
        for t, weight, typed in tokens.terms
        if t not in GENERIC_TRACK and t not in CUE_TERMS and typed not in aside
    }
    postings = kit.index.postings
    kept = [t for t in tracks if not aside & set(fold(t.title).split())]  # not the one set aside by its name
    held = sorted(
        ((sum(w for t, w in weights.items() if track.id in postings.get(t, ())), track) for track in kept),
        key=lambda pair: -pair[0],
    )  # weighed by how rare each word is: "alarms" tells more than "station"
    if not held or not held[0][0] or len(held) > 1 and held[1][0] == held[0][0]:
        return None
    return kit.replies.hit(held[0][1], kit.tuning.confident)


def person_in_scene(turn: Turn) -> Answer | None:
    """ "who is the girl that dances in the audition?": the person a named scene names, as the question's
    "girl" or "she" can mean."""
    kit, tokens, reading = turn.kit, turn.tokens, turn.reading
    person = reading.person
    if person is None or not _asks_who_someone_is(turn) or kit.scorer.named_people(tokens):
        return None
    scene = scene_in_question(turn)
    if scene is None:
        return None
    said = set(kit.scorer.content_terms(tokens)) - _NAME_TERMS
    if scene.id not in tokens.named and said:
        # "who's the guy" right after a scene: in it; "who is the composer" after one: no; "that old man, who is
        # he in the story?" after the beekeeper's scene: the one of its people whose card says so
        named = described_on_their_card(turn, scene, said)
    else:
        named = [kit.index.entries[i] for i in kit.scorer.mentions.get(scene.id, ())]
    other = reading.pronoun if reading.someone_else else None  # "who is she arguing with": not her
    fitting = [
        p for p in named if kit.scorer.pronoun_fits(p, person) and not (other and kit.scorer.pronoun_fits(p, other))
    ]
    stated = [p for p in fitting if getattr(p.subject, "pronoun", None)]
    return kit.replies.hit((stated or fitting)[0]) if stated or fitting else None


def _asks_who_someone_is(turn: Turn) -> bool:
    """ "who is the girl ...", "her name?" just after a scene; not "the girl who falls for him, what happens to her
    in the dream scene?" (the scene)."""
    words, reading = set(turn.tokens.words), turn.reading
    asks_name = "name" in words and reading.pronoun is not None
    bare = words - _BARE_FILLER
    only_them = len(turn.tokens.words) <= _BARE_PERSON and bool(bare) and bare <= PERSON_NOUN_WORDS  # "the guy?" then
    return bool(words & ASKS_WHO or asks_name or only_them) and _WHAT_HAPPENS.search(turn.tokens.corrected) is None


_BARE_FILLER = frozenset("the and a that this other so ok then".split())
_BARE_PERSON = 3  # words of "and the guy?"


_NAME_TERMS = frozenset({term("name")})
_WHAT_HAPPENS = re.compile(r"\bwhat (?:happens|happened|happen|is happening|goes on|went on)\b")

WITHIN = re.compile(
    r"\b(?:in|during|at) (?:it|this one|that one|this scene|that scene)\b"
    r"|\b(?:in|at|by) the (?:end|start|beginning|middle) of (?:it|this|that)\b|\b(?:in|during) (?:this|that)$"
    r"|(?<!\bis )(?<!\bare )\bthere\b(?! (?:is|are|s|was|were)\b)"
)
WITHIN_WORDS = 4  # words of its own a question about the scene talked about may hold ("vicky", "monologue")
NOT_WITHIN = frozenset("where when meant mean music song track piece soundtrack score".split())
ASKS_WHAT = frozenset("what whats how does do is did".split())


def who_they_are_to(turn: Turn) -> Answer | None:
    """ "what is she to boris", "her connection with julian": who the one "he" means is to someone named,
    which his card tells (not the one named)."""
    kit, tokens, reading = turn.kit, turn.tokens, turn.reading
    if turn.thread is None or not reading.person or not _WHAT_THEY_ARE_TO.search(tokens.corrected):
        return None
    if not PERSON_NOUN_WORDS.isdisjoint(tokens.words):
        return None  # "that feverish old man from before: what is he to harriet?": the one described is "he"
    meant = kit.scorer.person(reading.person, turn.thread)
    if meant is None:
        return None
    named = [i for i in kit.scorer.named_people(tokens) if i != meant.id]  # (the "he" may read as his name)
    return kit.replies.hit(meant) if len(named) == 1 else None


# "what is he to vicky", "whats his relationship to julian", "how is she related to boris"
_WHAT_THEY_ARE_TO = re.compile(
    r"\b(?:what|wat|who) (?:is|s|was) (?:he|she) to \w+"
    r"|\b(?:his|her) (?:relationship|connection|relation) (?:to|with) \w+"
    r"|\bhow (?:is|s|was) (?:he|she) (?:related|connected) to \w+"
)


def named_person(turn: Turn) -> Answer | None:
    """ "who is julian in this story?": the one person named and asked about, whatever the story's words score."""
    kit, tokens = turn.kit, turn.tokens
    if ASKS_WHO.isdisjoint(tokens.words) or FILM_WORDS.isdisjoint(tokens.words) and not _who_is_a_name(turn):
        return None  # most questions: no "who", or no word of the story
    pointed = _WHO_IS_PRONOUN.search(" ".join(tokens.words))  # "julian, who is he and how does he fit in?"
    people = [kit.index.entries[i] for i in kit.scorer.named_people(tokens)]
    if not _a_clause_asks_who(tokens, people) and pointed is None or kit.scorer.names_someone_else(tokens):
        return None  # "my brother, who's just started dance classes...": no question about who
    if pointed is not None:  # "vicky ... who is he?": someone else; "boris ... who is he to vicky?": boris
        pronoun = pointed["pronoun"] or pointed["pronoun2"]
        said = {p.id: getattr(p.subject, "pronoun", None) for p in people}  # one the pack gives no pronoun fits
        people = [p for p in people if said[p.id] == pronoun] or [p for p in people if said[p.id] is None]
    others = [i for i in tokens.named if kit.index.entries[i].kind not in ("character", "film")]
    return kit.replies.hit(people[0]) if len(people) == 1 and not others else None


def _a_clause_asks_who(tokens: Tokens, people: list[Entry]) -> bool:
    """Does the question open with "who" ("remind me who ..." too), or a later clause ask who one of these people
    is by name ("it was about him rather than the scene: who is boris, really?"; not "my cousin boris, who is a
    film nerd, ..." nor "in the film, who is the rival of vicky?")?"""
    words = tokens.words
    names = {w for person in people for name in person.names for w in name.split()}
    for start in (0, *tokens.clauses):
        said = TELL_ME.sub("", " ".join(w for w in words[start:] if w not in OPENING_FILLER)).split()
        if not start and said[:1] and said[0] in ASKS_WHO:
            return True
        if start and said[:1] == ["who"] and said[1:2] in (["is"], ["s"], ["was"]) and said[2:3] and said[2] in names:
            return True
    return False


def _who_is_a_name(turn: Turn) -> bool:
    """ "who is the velvet baron": "who is" and nothing but one person's name (a track may be named after them)."""
    people = turn.kit.scorer.named_people(turn.tokens)
    if len(people) != 1:
        return False
    names = {w for name in turn.kit.index.entries[people[0]].names for w in name.split()}
    return all(w in names or w in _WHO_IS_WORDS for w in turn.tokens.words)


_WHO_IS_WORDS = OPENING_FILLER | frozenset("who whos whom is s was the even exactly again".split())
# "who is he", "who he is" (not "someone who she meets", a relative clause)
_WHO_IS_PRONOUN = re.compile(r"\bwho (?:(?:is|s|was) (?P<pronoun>he|she)\b|(?P<pronoun2>he|she) (?:is|was|s)\b)")


def within_scene(turn: Turn) -> Answer | None:
    """ "whats vicky going thru in it", "in this one, what is boris telling her?": what happens in the scene
    talked about, though the question names its people."""
    kit, tokens, thread = turn.kit, turn.tokens, turn.thread
    words = set(tokens.words)
    if thread is None or words & ASKS_WHO or words & NOT_WITHIN or not words & ASKS_WHAT:
        return None  # "the one where ...", "I meant ...", "the music there": another subject
    if not WITHIN.search(" ".join(tokens.words)) or len(kit.scorer.content_terms(tokens)) > WITHIN_WORDS:
        return None  # a description of its own ("her alone, surrounded by old photographs... in it"): not this
    scene = kit.scorer.latest(thread, ("scene",))
    focus = kit.scorer.latest(thread)
    if scene is None or focus is None or focus.kind not in ("scene", "character"):
        return None
    # "what happens with the red shoes in it": the film's own name is a thing in the scene
    others = [i for i in tokens.named if i != scene.id and kit.index.entries[i].kind not in ("character", "film")]
    return None if others else kit.replies.hit(scene)


def role_in_scene(turn: Turn) -> Answer | None:
    """ "who is this father?", "whos the dad giving the speech" just after a scene: the one person it names whose
    own card holds a word of the question (his role, "her meddling father")."""
    kit, tokens = turn.kit, turn.tokens
    terse = _THE_ROLE_IN_IT.fullmatch(tokens.corrected) is not None  # "the director in it?"
    if not (set(tokens.words) & ASKS_WHO or terse) or kit.scorer.named_people(tokens) or turn.reading.pronoun:
        return None  # "the composer she's fallen for, who's he?": someone by a relation, not a role in the scene
    scene = scene_in_question(turn)
    content = kit.scorer.content_terms(tokens)
    if scene is None or scene.id in tokens.named or not content:
        return None
    postings = kit.index.postings
    named = [kit.index.entries[i] for i in kit.scorer.mentions.get(scene.id, ())]
    # at least half the question's own words on their card: "the young composer she's fallen for" is no role of hers
    holders = [p for p in named if 2 * sum(p.id in postings.get(t, ()) for t in content) >= len(content)]
    if len(holders) > 1:  # two cards from one synopsis sentence: the one whose own role the question says
        holders = [p for p in holders if set(content) & kit.index.role_terms.get(p.title, frozenset())]
    return kit.replies.hit(holders[0]) if len(holders) == 1 else None


_THE_ROLE_IN_IT = re.compile(
    r"(?:(?:and|so|ok|okay) )?the \w+(?: \w+)? (?:in it|in there|there|in that(?: scene| one)?)"
)
FILM_TERMS = frozenset(term(w) for w in FILM_WORDS | PLOT_WORDS)
GENRE_CUES = GENRES | {"genre", "kind", "type", "dance", "ballet", "period"}
ASKS_WHO = frozenset("who whos whom".split())


def person(turn: Turn) -> Answer | None:
    """ "the young composer she falls for": a person-shaped question one character's description fits."""
    kit, tokens, reading = turn.kit, turn.tokens, turn.reading
    if tells_an_event(tokens.corrected, kit.scorer.role_nouns) and tokens.words[:1] != ("who",):
        return None  # "the storm where the young lad goes over the side": a scene, whoever it names
    besides = kit.scorer.named_people(tokens) if reading.someone_else else ()
    if reading.person and reading.person != reading.pronoun:  # "the main teacher guy": not a woman
        besides += tuple(
            p.id for p in kit.index.by_kind.get("character", []) if not kit.scorer.pronoun_fits(p, reading.person)
        )
        # "the young woman he wins over": not the one "he" means
        meant = kit.scorer.person(reading.pronoun, turn.thread) if reading.pronoun and turn.thread else None
        besides += (meant.id,) if meant is not None else ()
    found = _person_fitting(turn, besides)
    asked = _only_she_or_he(tokens.words)
    if found is not None and getattr(found.subject, "pronoun", None) is None and asked:
        # "the young ballerina, who is she?": one the page calls "she" before one whose pronoun it never states
        others = tuple(
            p.id for p in kit.index.by_kind.get("character", []) if getattr(p.subject, "pronoun", None) != asked
        )
        found = _person_fitting(turn, besides + others) or found
    if found is None:
        return None
    return kit.replies.hit(found, max(kit.tuning.confident, turn.scores().get(found.id, 0.0)))


def _only_she_or_he(words: tuple[str, ...]) -> str | None:
    """The pronoun of a question asking who "she" (or "he") is, pointing at no one by another pronoun."""
    asked = _ASKED_WHO.search(" ".join(words))
    if asked is None:
        return None
    pronoun = asked["pronoun"] or asked["pronoun2"]
    other = _HIS_FORMS if pronoun == "she" else _HER_FORMS
    return pronoun if other.isdisjoint(words) else None


# "who is she?", "who she is" (not "the guy who she falls for": a relative clause)
_ASKED_WHO = re.compile(
    r"\bwho (?:exactly |really )?(?:is|s|was) (?P<pronoun>she|he)\b|\bwho (?P<pronoun2>she|he) (?:really )?(?:is|was)\b"
)  # "who exactly is she supposed to be"
_HIS_FORMS = frozenset("he him his himself".split())
_HER_FORMS = frozenset("she her hers herself".split())


def _person_fitting(turn: Turn, besides: tuple[int, ...]) -> Entry | None:
    """The one character (not `besides`) holding the roles the question says, else whose text it fits best."""
    kit, tokens = turn.kit, turn.tokens
    return kit.scorer.role_holder(tokens, besides, turn.reading.person) or kit.scorer.person_described(
        tokens, turn.scores(), besides=besides
    )


def doer(turn: Turn) -> Answer | None:
    """ "who rushes to her?": the person a scene's keywords name doing it ("Boris runs to her")."""
    words = turn.tokens.words
    if not words or words[0] not in ASKS_WHO or len(words) < 2 or words[1] in ("is", "s", "was", "are"):
        return None
    found = turn.kit.scorer.doer_of(turn.tokens)
    return turn.kit.replies.hit(found) if found is not None else None


def people_alike(turn: Turn) -> Answer | None:
    """ "who's the woman who sings the lead?" when two people's descriptions fit it about as well: ask which."""
    kit, tokens, reading = turn.kit, turn.tokens, turn.reading
    words = set(tokens.words)
    if not words & ASKS_WHO or not words & PERSON_NOUN_WORDS or kit.scorer.named_people(tokens) or reading.pronoun:
        return None
    fits = kit.scorer.people_fitting(tokens)
    tuning = kit.tuning
    if len(fits) < 2 or fits[1][0] < tuning.person_floor or fits[0][0] >= fits[1][0] * tuning.person_margin:
        return None
    return kit.replies.clarify([kit.index.entries[i] for _, i in fits[:2]])


def best_match(turn: Turn) -> Answer:
    """The best-scoring entry, with what else came close; a decline with suggestions when nothing fits."""
    kit, tuning = turn.kit, turn.kit.tuning
    ranked = turn.ranking()
    if not confident(turn):
        near = tuning.confident * tuning.decline_suggestion
        close = tuple(kit.replies.alternative(i, s) for i, s in ranked[:3] if s >= near)
        return kit.replies.decline(Reason.OFF_TOPIC, alternatives=close)
    best_id, best_score = ranked[0]
    entry = preferred(kit, turn.tokens, turn.scores(), kit.index.entries[best_id])
    if entry.id != best_id:
        ranked = [(entry.id, best_score)] + [(i, s) for i, s in ranked if i != entry.id]
    floor = max(tuning.confident * tuning.alternative_floor, best_score * tuning.alternative_share)
    alternatives = tuple(kit.replies.alternative(i, s) for i, s in ranked[1:] if s >= floor)
    return kit.replies.hit(entry, best_score, alternatives)


WHAT_ITS_ABOUT = re.compile(
    r"\bwhat (?:it|its|it s|the film|the movie|this film|this movie|the films|the movies) (?:is |s |was )?"
    r"(?:(?:actually|really|even|all|exactly) )?about\b"
)


def about_the_film(turn: Turn) -> Answer | None:
    """A question about the plot or themes that names no entry of ours and no other work."""
    kit, tokens = turn.kit, turn.tokens
    films = kit.index.by_kind.get("film")
    if not films or kit.scorer.names_an_entry(tokens, besides=("film",)) or kit.scorer.names_another_work(tokens):
        return None
    unknown = kit.scorer.unknown_words(tokens)
    about = WHAT_ITS_ABOUT.search(" ".join(tokens.words)) is not None  # "what it's about in broad strokes"
    if unknown and not about and not set(tokens.words) & (FILM_WORDS | PLOT_WORDS):  # "set up a discord bot": no
        return None
    return kit.replies.hit(films[0])


def role_in_described_scene(turn: Turn) -> Answer | None:
    """ "who is the widow who leads the climbers over the pass?": the scene the words describe best names
    one person whose role the question says ("a widowed guide"), though that person's own card fits it less."""
    kit, tokens = turn.kit, turn.tokens
    if not set(tokens.words[:3]) & ASKS_WHO or kit.scorer.named_people(tokens) or turn.reading.someone_else:
        return None
    ranked = turn.ranking()
    if not ranked or kit.index.entries[ranked[0][0]].kind != "scene":
        return None
    asked = {t for t, _, _ in tokens.terms}
    named = [kit.index.entries[i] for i in kit.scorer.mentions.get(ranked[0][0], ())]
    holders = [p for p in named if asked & kit.index.role_terms.get(p.title, frozenset())]
    return kit.replies.hit(holders[0]) if len(holders) == 1 else None


OUTCOME_WORDS = 2  # words of its own "who wins" or "who dies in the end" may hold


def outcome_in_scene(turn: Turn) -> Answer | None:
    """ "who wins", "and who dies?" just after a scene, naming nobody and fitting no one: the scene tells."""
    kit, tokens, thread = turn.kit, turn.tokens, turn.thread
    words = [w for w in tokens.words if w not in OPENING_FILLER]
    if thread is None or thread.focus is None or thread.focus.kind != "scene" or confident(turn):
        return None
    if words[:1] not in (["who"], ["whom"]) or words[1:2] in (["is"], ["s"], ["was"], ["are"]):
        return None  # "who is she?" asks for a person
    if turn.reading.pronoun or len(kit.scorer.content_terms(tokens)) > OUTCOME_WORDS:
        return None
    scene = kit.scorer.latest(thread, ("scene",))
    return kit.replies.hit(scene) if scene is not None else None


def clearly_described(turn: Turn) -> Answer | None:
    """ "the bit where she dances in a floaty landscape that turns into a nightmare": a retelling in the asker's
    own words fits one scene short of `confident`, but far better than any other; the description says so."""
    tuning = turn.kit.tuning
    ranked = turn.ranking()
    told = tells_a_part(turn.tokens.words) or tells_an_event(turn.tokens.corrected, turn.kit.scorer.role_nouns)
    if not told or not ranked or turn.kit.index.entries[ranked[0][0]].kind != "scene":
        return None
    best, runner = ranked[0][1], ranked[1][1] if len(ranked) > 1 else 0.0
    if best < tuning.described_floor or best < tuning.described_lead * runner:
        return None
    return turn.kit.replies.hit(turn.kit.index.entries[ranked[0][0]], best)


DESCRIBE_RULES = (
    who_they_are_to,
    named_person,
    another_work,
    score_credit,
    genre,
    persons_track,
    music_of_scene,
    scene_of_music,
    role_then_who,
    demonstrative,
    relative,
    doer_in_scene,
    doer_beside_the_one_named,
    deed_of_person,
    within_scene,
    role_in_scene,
    their_role,
    one_person_in_it,
    back_reference,
    person_in_scene,
    role_named,
    role_asked_last,
    music_described,
    scene_with_a_relation,
    unsure,
    person,
    doer,
    people_alike,
    role_in_described_scene,
    outcome_in_scene,
    clearly_described,
)


def confident(turn: Turn) -> bool:
    ranked = turn.ranking()
    return bool(ranked) and ranked[0][1] >= turn.kit.tuning.confident


def shared_name(turn: Turn) -> list[Entry]:
    """One name shared by a scene and a track, nothing around it to tell them apart."""
    ranked, entries = turn.ranking(), turn.kit.index.entries
    if len(ranked) < 2:
        return []
    (first, top), (second, runner) = ranked[0], ranked[1]
    a, b = entries[first], entries[second]
    if a.kind != b.kind and set(a.names) & set(b.names) and top - runner < turn.kit.tuning.shared_name_margin:
        return [a, b]
    return []


def role_or_credit(turn: Turn) -> list[Entry]:
    """ "composer?", "tell me about the composer": one word that is both what the page calls a character ("a
    young composer") and what the best entry credits (the soundtrack's composer), and nothing else said."""
    kit, tokens = turn.kit, turn.tokens
    said = [part.text for part in tokens.parts if part.stem]
    ranked = turn.ranking()
    if len(said) != 1 or not ranked:
        return []
    best = kit.index.entries[ranked[0][0]]
    roles = kit.index.role_words
    # the role as written ("composer", "composers"), not a deed sharing its stem ("who composed it")
    holders = [p for p in kit.index.by_kind.get("character", []) if {said[0], said[0][:-1]} & roles.get(p.title, set())]
    if best.kind not in ("soundtrack", "track") or len(holders) != 1:
        return []
    latest = kit.scorer.latest(turn.thread)
    if latest == holders[0] or latest is not None and latest.kind in ("track", "soundtrack"):
        return []  # after Julian, "what about the composer?" is the score's; after a track, "composer?" its credit
    return [best, holders[0]]


def lone_name(turn: Turn) -> list[Entry]:
    """A bare word that two or three names hold ("the ballet")."""
    tokens, kit = turn.tokens, turn.kit
    lone = [t for t in tokens.stems if is_significant(t[0])]
    if len(tokens.terms) != 1 or len(lone) != 1:
        return []
    holders = {e.id for e in kit.scorer.name_holders(lone[0][0])}
    asked = _kinds_asked(turn, [kit.index.entries[i] for i in holders], lone[0][0])
    if asked:  # "the ballet scene": only the scenes whose names hold it
        holders = {i for i in holders if kit.index.entries[i].kind in asked}
    if not 2 <= len(holders) <= kit.tuning.max_clarify:
        return []
    whole = [i for i in holders if i in tokens.named and _only_the_word(kit.index.entries[i], lone[0][1])]
    others = {kit.index.entries[i].kind for i in holders - set(whole)}
    if len(whole) == 1 and others <= {"film", "soundtrack"}:
        return []  # "the verdict?": the scene called The Verdict, not the film "A Verdict at Low Water" (but "the
        # lullaby" may be the scene The Lullaby or the track Edith's Lullaby)
    fit = dict(turn.ranking())
    return [kit.index.entries[i] for i in sorted(holders, key=lambda i: -fit.get(i, 0.0))]


def _only_the_word(entry: Entry, weight: float) -> bool:
    """Is this entry's title that one word and an article ("The Verdict")?"""
    return weight > 0 and len([w for w in entry.names[0].split() if w not in ("the", "a", "an")]) == 1


def _kinds_asked(turn: Turn, holders: list[Entry], word: str) -> set[Kind]:
    """The kinds a bare name's question asks for: "the ballet scene" a scene; "who is rook?" and "rafael?" (a
    name of a person's own) the person, not the scene "Rook's Manual Burn" or "Rafael's Gamble"."""
    words = set(turn.tokens.words)
    asked = {kind for kind, cues in CHOICE_CUES.items() if words & cues}
    people = [e for e in holders if e.kind == "character"]
    if people and words & ASKS_WHO or len(people) == 1 and word in {stem(name) for name in people[0].names}:
        asked.add("character")
    return asked


def scenes_with_person(turn: Turn) -> list[Entry]:
    """ "the scene with the mentor": which of the scenes that name them?"""
    tokens, kit = turn.tokens, turn.kit
    if not set(tokens.words) & EXPLICIT["scene"]:
        return []
    people = kit.scorer.named_people(tokens)
    if len(people) != 1:
        return []
    named_terms = {t for terms in kit.index.entries[people[0]].name_terms for t in terms}
    if not {s for s, _ in tokens.stems if is_significant(s)} <= named_terms | NOUN_STEMS:
        return []
    scenes = [e for e in kit.index.by_kind.get("scene", []) if people[0] in kit.scorer.mentions.get(e.id, ())]
    return scenes if 2 <= len(scenes) <= kit.tuning.max_clarify else []


def near_tie(turn: Turn) -> list[Entry]:
    """Two entries the words fit about as well, none named: ask rather than guess (a scene and a track, or a
    person and the score, too: "the climax?", "who is the composer?")."""
    ranked, kit = turn.ranking(), turn.kit
    tuning = kit.tuning
    if len(ranked) < 2 or ranked[0][1] - ranked[1][1] > tuning.near_tie:
        return []
    floor = tuning.exact_tie_floor if ranked[0][1] == ranked[1][1] else tuning.alternative_floor
    if ranked[1][1] < tuning.confident * floor:
        return []  # a weak fit is answered with what else was close; but two fitting exactly as well are asked
    close = [
        kit.index.entries[i] for i, score in ranked[: tuning.max_clarify] if ranked[0][1] - score <= tuning.near_tie
    ]
    # the film's own name is no entry chosen ("the scene where the red shoes won't let her stop")
    named = {i for i in kit.scorer.entries_named(turn.tokens) if kit.index.entries[i].kind != "film"}
    if named & {e.id for e in close} or named and not _two_scenes_apart(turn, close):
        return []  # one of them named; but "the scene where vicky has to choose" fits "Choice" and "Decision" alike
    close = _of_the_kind_asked(turn, close)
    if len(close) < 2:
        return []
    one_kind = len({e.kind for e in close}) == 1
    return close if one_kind or turn.thread is None or not turn.thread.pending else []  # a reply to "which one?"


def _of_the_kind_asked(turn: Turn, close: list[Entry]) -> list[Entry]:
    """ "who ...?" is never answered by the film itself, nor by a scene; "the composer guy" is a person, not the
    score."""
    words = set(turn.tokens.words)
    if words & ASKS_WHO:
        close = [e for e in close if e.kind not in ("film", "scene")]
    if words & PERSON_NOUN_WORDS:
        close = [e for e in close if e.kind == "character"]
    return close


def _two_scenes_apart(turn: Turn, close: list[Entry]) -> bool:
    """Two scenes tied well above the rest: a description that fits both, whoever else it names."""
    ranked, tuning = turn.ranking(), turn.kit.tuning
    if len(close) != 2 or any(e.kind != "scene" for e in close):
        return False
    return len(ranked) < 3 or ranked[0][1] - ranked[2][1] >= tuning.tie_apart


def same_description(turn: Turn) -> list[Entry]:
    """ "the part where the shoes take over": two scenes whose text holds every word of the description and that
    fit it nearly as well: ask rather than guess."""
    ranked, kit = turn.ranking(), turn.kit
    if len(ranked) < 2 or kit.scorer.names_an_entry(turn.tokens) or (turn.thread is not None and turn.thread.pending):
        return []
    (first, top), (second, runner) = ranked[0], ranked[1]
    a, b = kit.index.entries[first], kit.index.entries[second]
    if a.kind != "scene" or b.kind != "scene" or top - runner > kit.tuning.description_tie:
        return []
    content = kit.scorer.content_terms(turn.tokens)
    postings = kit.index.postings
    held = [t for t in content if t in postings]
    if len(held) < 2 or any(a.id not in postings[t] or b.id not in postings[t] for t in held):
        return []
    return [a, b]


def kind_alone(turn: Turn) -> list[Entry]:
    """ "the track", "the character", when there are two or three."""
    tokens, kit = turn.tokens, turn.kit
    if kit.scorer.content_terms(tokens):
        return []
    kinds = [kind for kind, nouns in KIND_NOUNS.items() if set(tokens.words) & nouns]
    if len(kinds) != 1:
        return []
    if kinds[0] == "character" and any(t not in NOUN_TERMS for t in tokens.term_set):
        return []  # "the composer guy" says more than "the guy"
    of_kind = kit.index.by_kind.get(kinds[0], [])
    return of_kind if 2 <= len(of_kind) <= kit.tuning.max_clarify else []


def preferred(kit: Kit, tokens: Tokens, scores: dict[int, float], best: Entry) -> Entry:
    """The whole and its parts: "who are the characters" wants the film (its reply lists them);
    "the waltz piece on the soundtrack" wants that one track, not the soundtrack."""
    films = kit.index.by_kind.get("film")
    if best.kind != "scene" and "characters" in tokens.words and films and best.id not in tokens.named:
        return films[0]  # (not "and for the characters, who is boris?": the one named)
    if best.kind == "soundtrack":
        return one_track(kit, tokens, scores, best) or best
    return titled_whole(kit, tokens, scores, best) or best


def titled_whole(kit: Kit, tokens: Tokens, scores: dict[int, float], best: Entry) -> Entry | None:
    """ "grell's announcement": every word of it is in one title ("Grell's Big Announcement") and only some in
    the best-scoring name ("Mortimer Grell"): the title that holds them all."""
    said = tokens.stem_set
    if len(said) < 2 or any(said.issubset(terms) for terms in best.name_terms):
        return None
    some = next(iter(said))  # an entry whose name holds them all holds this one: only those are looked at
    holding = [
        entry
        for entry in kit.scorer.name_holders(some)
        if entry.id != best.id and entry.id in scores and any(said.issubset(terms) for terms in entry.name_terms)
    ]
    return holding[0] if len(holding) == 1 else None


def one_track(kit: Kit, tokens: Tokens, scores: dict[int, float], soundtrack: Entry) -> Entry | None:
    """A singular word for a track plus something only that track has."""
    words = set(tokens.words)
    if not words & CUES["track"] or words & LIST_WORDS:
        return None
    postings = kit.index.postings
    asked = [w for w in tokens.term_set - GENERIC_TRACK if w in postings]
    specific = [
        entry
        for entry in (kit.index.entries[i] for i in scores)
        if entry.kind == "track"
        and any(postings[w].get(entry.id, 0) > postings[w].get(soundtrack.id, 0) for w in asked)
    ]
    return max(specific, key=lambda t: (scores[t.id], -t.id)) if specific else None
