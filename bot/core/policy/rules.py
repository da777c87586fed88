"""The policy: named rules in order, each `(turn) -> Answer | None`; the first answer wins.

A rule reads what the recognisers made of the question (`turn.reading`) and the dialogue state; the scorer
ranks entries for whatever is left to look up. `best_match` closes the list and always answers.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..answers import Answer, Kind, Reason
from ..cues import FAMILY, TITLE_NOUNS
from ..index import Entry
from ..recognisers import IN_PLAY, Reading
from ..recognisers.film import theme_alone
from ..recognisers.words import noun_kind
from ..text import fold, term
from ..tracker import LISTED, Asked, Conversation, Focus
from . import describe, followups, people, structure
from .deeds import asked_sex
from .turn import Kit, Rule, Turn


def empty(turn: Turn) -> Answer | None:
    return turn.kit.replies.decline(Reason.EMPTY) if turn.reading.asks == "empty" else None


def missing_fact(turn: Turn) -> Answer | None:
    """A film fact the pack lacks; but "who played it?" just after a track asks for the track's credit, and "what
    does she say in it?" just after a scene asks for that scene."""
    if turn.reading.asks != "missing":
        return None
    kit, topic = turn.kit, turn.reading.topic
    music = kit.scorer.latest(turn.conversation, ("track", "soundtrack"))
    named = people_outside_titles(turn)  # "who played vicky?" asks for her actor, whatever came before
    track = credited_track(turn, music) if asks_a_credit(turn, topic) and not named else None
    if track is not None:
        return kit.replies.hit(track)
    if len(named) == 1:
        turn.met.append(kit.index.entries[named[0]])  # "who plays edith?", then "tell me about her": Edith
    soundtrack = kit.index.by_kind.get("soundtrack")
    said = set(turn.tokens.words)
    if topic == "the director" and soundtrack and said & MUSIC_WORDS and "it" in said and not said & _DIRECTING:
        return kit.replies.hit(soundtrack[0])  # "whats the soundtrack like, who made it": the score's maker
    scene = said_in_a_scene(turn) if topic == "quotes" and not named else None
    if scene is not None:
        return kit.replies.hit(scene)  # "what does she say in it?" just after a scene: its summary tells it
    director = _director_there(turn) if topic == "the director" and not named else None
    if director is not None:
        return kit.replies.hit(director)  # "who is the director in that scene": the one the pack calls so
    return kit.replies.decline(Reason.MISSING_FACT, missing=topic)


_IN_THE_SCENE = frozenset("there scene".split())
_DIRECTING = frozenset("directed direct directs directing director".split())  # the film's, however music is said
_THE_FILM = frozenset("film movie real life irl actual actually really".split())


def _director_there(turn: Turn) -> Entry | None:
    """The one person the pack calls the director, asked of the scene talked about ("there", "in that scene") that
    names them or says "director": a character, not the film's director."""
    kit = turn.kit
    holder = kit.scorer.called.get("director")
    latest = kit.scorer.latest(turn.thread, ("scene",))
    said = set(turn.tokens.words)
    if holder is None or latest is None or "director" not in said or not said & _IN_THE_SCENE or said & _THE_FILM:
        return None  # (not "who directed this movie btw": the film's director)
    told = holder in kit.scorer.mentions.get(latest.id, ()) or latest.id in kit.index.postings.get(term("director"), ())
    return kit.index.entries[holder] if told else None


def people_outside_titles(turn: Turn) -> list[int]:
    """The people the question names, but not a name that is part of a track's title it names ("who wrote
    <Name>'s Theme" asks about the track)."""
    entries = turn.kit.index.entries
    tracks = [entries[i] for i in turn.tokens.named if entries[i].kind == "track"]
    titled = {t for track in tracks for terms in track.name_terms for t in terms}
    people = turn.kit.scorer.named_people(turn.tokens)
    return [i for i in people if not any(terms and set(terms) <= titled for terms in entries[i].name_terms)]


def said_in_a_scene(turn: Turn) -> Entry | None:
    """The scene just talked about, when "what does she say" points at it ("in it", "in that scene"); not "her
    monologue" nor "the famous line she says in it" (a quote, which the pack lacks)."""
    words = set(turn.tokens.words)
    in_it = turn.reading.demonstrative == "scene" or bool(words & {"it", "there"})
    latest = turn.kit.scorer.latest(turn.thread) if in_it and not words & QUOTE_WORDS else None
    return latest if latest is not None and latest.kind == "scene" else None


def asks_a_credit(turn: Turn, topic: str) -> bool:
    """ "who played it?", "who made it", "the entracte one, who made that": a credit of the music, not of the film
    ("who made this film", "who are the cast of the movie")."""
    kit, words = turn.kit, set(turn.tokens.words)
    named_track = any(kit.index.entries[i].kind == "track" for i in turn.tokens.named)
    pointing = "it" in words or "this" in words or "that" in words  # "who is the author of this?" after a track
    if topic == "the cast" or topic == "the production credits" and (pointing or named_track):
        return topic == "the cast" or not words & TITLE_NOUNS  # "who wrote <a track>", not "who wrote the film"
    that_one = "one" in words and bool(words & POINTERS_AT_IT)  # "who made that one" just after a track
    last = turn.tokens.words[-1:]
    that_one = that_one or last in (("that",), ("this",)) and not words & TITLE_NOUNS  # "who made that" (the track)
    pointed = "it" in words or that_one or named_track and bool(words & POINTERS_AT_IT) and not words & TITLE_NOUNS
    return topic == "the director" and pointed and bool(words & MADE_IT)


def credited_track(turn: Turn, music: Entry | None) -> Entry | None:
    """The track whose credit "who played it?", "who wrote it" asks for: one just talked about, or one named."""
    kit = turn.kit
    tracks = [i for i in turn.tokens.named if kit.index.entries[i].kind == "track"]
    if len(tracks) == 1:
        return kit.index.entries[tracks[0]]  # "entr'acte, who wrote it", even just after the soundtrack
    if music is not None and music is kit.scorer.latest(turn.conversation):
        return music  # "ok who wrote it" just after a track
    return None


POINTERS_AT_IT = frozenset("it that this".split())
# a part that only asks of the other ("the director of film, who is it?"): no second question
_ONLY_POINTING_BACK = frozenset("who whos what whats which is s was it that this then please".split())
QUOTE_WORDS = frozenset("quote quotes quotation quotations line lines words dialogue dialogues".split())
MADE_IT = frozenset("made make makes did created create creates".split())  # not "who directed it"


def compound(turn: Turn) -> Answer | None:
    """Two questions, one for a fact the pack lacks: answer the other, and say which part it can't."""
    reading = turn.reading
    if reading.asks != "compound" or reading.span is None or reading.inner is None:
        return None
    kit = turn.kit
    part = part_of(turn, reading.span, reading.inner)
    if set(part.tokens.words) <= _ONLY_POINTING_BACK:
        return kit.replies.decline(Reason.MISSING_FACT, missing=reading.topic)  # "the director of film, who is it?"
    # "who plays boris, and what kind of man is he?": "he" is whom the other part names, before anything else
    pointing = reading.inner.person is not None and not kit.scorer.named_people(part.tokens)
    named = other_part_names(turn, reading.span) if pointing else None
    answer = decide(about(part, named)) if named is not None and named.kind == "character" else decide(part)
    if answer.kind == "none" and answer.reason is not Reason.CLARIFY:
        # "is the soundtrack on vinyl, and who composed it?": "it" is what the other part names
        named = named or other_part_names(turn, reading.span)
        if named is not None:
            answer = decide(about(part, named))
    if answer.kind == "none" and answer.reason is not Reason.CLARIFY:
        return kit.replies.decline(Reason.MISSING_FACT, missing=reading.topic)
    # "year + composer": beside a fact of the film's making, the composer is the score's
    credit = next((a for a in answer.alternatives if a.kind == "soundtrack"), None)
    soundtrack = kit.index.by_kind.get("soundtrack", [])
    if answer.reason is Reason.CLARIFY and credit is not None and soundtrack:
        answer = kit.replies.hit(soundtrack[0])
    return kit.replies.noted(answer, reading.quote, reading.topic)


def about(turn: Turn, entry: Entry) -> Turn:
    """The turn read as if the thread were about this entry."""
    return replace(turn, thread=Conversation.about(entry.kind, entry.title), scored=None, ranked=None)


def other_part_names(turn: Turn, span: tuple[int, int]) -> Entry | None:
    """The entry the other part of a compound names (or only cues, like "the soundtrack"), if one does."""
    kit, tokens = turn.kit, turn.tokens
    other = [part.text for i, part in enumerate(tokens.parts) if not span[0] <= i < span[1]]
    cut = kit.tokeniser.cut(tokens, " ".join(other))
    people = kit.scorer.named_people(cut)
    if len(people) == 1:
        return kit.index.entries[people[0]]  # "which actor plays boris": Boris, whatever else scores
    scores = kit.scorer.scores(cut) if cut.terms else kit.scorer.kind_only(cut)
    best = max(scores.items(), key=lambda item: item[1], default=None)
    return kit.index.entries[best[0]] if best is not None and best[1] >= kit.tuning.confident else None


def correction(turn: Turn) -> Answer | None:
    """ "no, I meant the one where she argues with boris": what was meant, read afresh."""
    reading = turn.reading
    if reading.asks != "correction" or reading.span is None or reading.inner is None:
        return None
    part = part_of(turn, reading.span, reading.inner)
    thread = turn.thread
    if reading.inner.asks == "order" and not reading.inner.anchors and thread is not None and len(thread.recent) > 1:
        # "scene after the dream one", then "no, before it": before what the corrected answer was counted from
        part = replace(part, thread=replace(thread, recent=thread.recent[1:]))
    meant = decide(part)
    if thread is not None and thread.asked and _corrects_whom_it_asked_of(thread, part, meant):
        # "which scenes is julian in", then "sorry no, i meant her teacher": the same question of the one meant
        person = turn.kit.scorer.entry_of(Focus("character", meant.title))
        if person is not None:
            turn.again = True
            return _asked_of(turn, person, thread.asked)
    unanswered = thread.unanswered_order if thread is not None and not thread.pending else None
    if unanswered is None or reading.inner.asks != "describe" or meant.kind not in ("scene", "track"):
        return meant
    if not _ASKS_ITS_OWN.isdisjoint(part.tokens.words):
        return meant  # "oh sry i mean the dream scene, whats it about": a question of its own about that one
    # "what comes after it?" with nothing talked about, then "the dream sequence i mean": after that one
    relation, steps = unanswered
    counted = Reading("order", relation=relation, steps=steps, kind=meant.kind)
    return structure.order(replace(part, reading=counted, thread=Conversation.about(meant.kind, meant.title)))


def _corrects_whom_it_asked_of(thread: Conversation, part: Turn, meant: Answer) -> bool:
    """Is a correction naming a person said just after the scenes naming someone were answered (not after a
    "which one?" asked since, nor with a question of its own)?"""
    if not thread.asked or thread.pending or meant.kind != "character":
        return False
    latest = thread.latest()
    answered = "scenes" if thread.asked[0] == "mentions" else "scene"
    return latest is not None and latest.kind == answered and _ASKS_ITS_OWN.isdisjoint(part.tokens.words)


_ASKS_ITS_OWN = frozenset(
    "what whats wat which who whos how tell describe explain happens happen about in during".split()
)


def part_of(turn: Turn, span: tuple[int, int], reading: Reading) -> Turn:
    """The turn for some of the question's words (cut from its tokens, not read again)."""
    tokens = turn.kit.tokeniser.span(turn.tokens, *span)
    return replace(turn, tokens=tokens, reading=reading, scored=None, ranked=None)


def small_talk(turn: Turn) -> Answer | None:
    return turn.kit.replies.decline(Reason.SMALL_TALK) if turn.reading.asks == "small_talk" else None


def request(turn: Turn) -> Answer | None:
    return turn.kit.replies.decline(Reason.OFF_TOPIC) if turn.reading.asks == "request" else None


def picked_by_words(turn: Turn) -> Answer | None:
    """A reply to "which one?" that names or describes one of its choices, or "the ballet one" after a list."""
    if turn.reading.asks != "describe" or turn.thread is None:
        return None
    picked = followups.pick_by_words(turn) if turn.thread.pending else followups.listed_by_words(turn)
    return turn.kit.replies.hit(picked) if picked is not None else None


def pick(turn: Turn) -> Answer | None:
    return followups.pick(turn) if turn.reading.asks == "pick" else None


def more(turn: Turn) -> Answer | None:
    if turn.reading.asks != "more":
        return None
    if turn.reading.person and turn.thread is not None:
        return followups.follow_reference(turn) or turn.kit.replies.decline(Reason.NO_THREAD)
    return followups.more(turn)


def film(turn: Turn) -> Answer | None:
    """The plot, the premise, "what is it about": the film, unless a pronoun points at a person."""
    if turn.reading.asks != "film":
        return None
    named = turn.kit.scorer.named_people(turn.tokens)
    if named and set(turn.tokens.words) & WHO_IS:
        return None  # "who is julian in this story?": him, not the story
    if len(named) == 1 and _their_story(turn, turn.kit.index.entries[named[0]]):
        return turn.kit.replies.hit(turn.kit.index.entries[named[0]])  # "the story of vicky page": hers
    if turn.reading.person and turn.thread is not None:
        followed = followups.follow_reference(turn)
        if followed is not None:
            return followed
    if theme_alone(turn.tokens.corrected) and describe.confident(turn):
        best = turn.kit.index.entries[turn.ranking()[0][0]]
        if best.kind == "track":
            return turn.kit.replies.hit(best)  # "main theme" where a track is the "main title theme"
    latest = turn.kit.scorer.latest(turn.thread)
    if latest is not None and latest.kind != "film" and _WHAT_IT_REALLY_IS.search(turn.tokens.corrected):
        return turn.kit.replies.hit(latest)  # "explain what it's really about" just after a scene: that scene
    return describe.about_the_film(turn)


def other(turn: Turn) -> Answer | None:
    return followups.other(turn) if turn.reading.asks == "other" else None


def namesake(turn: Turn) -> Answer | None:
    """ "the song", "ok now the scene one" just after an entry that an entry of that kind is named like (the track
    "High Tide", the scene "The High Tide"): that one, not the first scene."""
    kit, thread = turn.kit, turn.thread
    said = [w for w in turn.tokens.words if w not in NAMESAKE_FILLER]
    kind = noun_kind(said[0]) if len(said) == 1 and not said[0].endswith("s") else None  # not "and the songs?"
    latest = kit.scorer.latest(thread) if thread is not None and kind in ("scene", "track") else None
    if latest is None or kind is None:
        return None
    words = _words_of(latest)
    if latest.kind == kind:  # "high tide" (the track), then "the song": still it
        return kit.replies.hit(latest) if any(_named_alike(e, words) for e in _others(kit, latest)) else None
    twins = [e for e in kit.index.by_kind.get(kind, []) if _named_alike(e, words)]
    return kit.replies.hit(twins[0]) if len(twins) == 1 else None


def _words_of(entry: Entry) -> set[str]:
    return {w for name in entry.names for w in name.split()} - TITLE_ARTICLES


def _others(kit: Kit, entry: Entry) -> list[Entry]:
    """The scenes and tracks of the other kind: where an entry's namesake would be."""
    return [e for kind in ("scene", "track") if kind != entry.kind for e in kit.index.by_kind.get(kind, [])]


def _named_alike(entry: Entry, words: set[str]) -> bool:
    """Does one of this entry's names hold all the (significant) words of the other's, or the other way round?"""
    for name in entry.names:
        own = set(name.split()) - TITLE_ARTICLES
        if own and words and (own <= words or words <= own):
            return True
    return False


NAMESAKE_FILLER = frozenset(
    "and ok okay now so nah no actually i mean meant what about the one version instead then please pls w with "
    "that same name named called title titled".split()
)
TITLE_ARTICLES = frozenset("the a an of on in at".split())


def listing(turn: Turn) -> Answer | None:
    """The whole list of a kind; "which scenes are in swan lake" asks about another work."""
    if turn.reading.asks != "list":
        return None
    if turn.kit.scorer.names_another_work(turn.tokens) or turn.kit.scorer.lists_another_work(turn.tokens):
        return turn.kit.replies.decline(Reason.OFF_TOPIC)
    latest = turn.kit.scorer.latest(turn.thread)
    if turn.reading.kind is None:  # "how many total", just after a whole list: that list again
        listed = _whole_list_shown(turn)
        if listed is None:  # (after a scene, a person, or some scenes: not the whole list)
            return turn.kit.replies.decline(Reason.OFF_TOPIC)
        turn = replace(turn, reading=replace(turn.reading, kind=listed))
    bare = turn.reading.kind == "scene" and _WHICH_SCENES.fullmatch(turn.tokens.corrected)
    if bare and latest is not None and latest.kind == "character":  # "which scenes" just after someone: theirs
        return mentions(replace(turn, reading=replace(turn.reading, asks="mentions")))
    return structure.listing(turn.kit, turn.reading)


def _whole_list_shown(turn: Turn) -> Kind | None:
    """The kind of the whole list the last answer showed (all the scenes, the soundtrack), if it showed one."""
    thread = turn.thread
    shown = thread.latest() if thread is not None else None
    if thread is None or shown is None or shown.kind not in LISTED:
        return None
    kind = LISTED[shown.kind]
    return kind if thread.listed is None or len(thread.listed) == len(turn.kit.index.by_kind.get(kind, ())) else None


_WHICH_ONES = re.compile(r"(?:(?:and|so|ok|wait|oh|hmm|um) )*which ones\b")
# "which scenes?", "what scenes then": asked bare, of the one just talked about
_WHICH_SCENES = re.compile(r"(?:(?:and|so|ok|then) )*(?:which|what) scenes(?: then| tho| though)?")


def nth(turn: Turn) -> Answer | None:
    if turn.reading.asks != "nth":
        return None
    reading = turn.reading
    if reading.kind is None and turn.conversation is None:
        reading = replace(reading, kind="scene")  # asked alone, "the last one" is the last scene
    if reading.kind is None and followups.on_a_list(turn.thread) and not _OF_THE_WHOLE.search(turn.tokens.corrected):
        # "of those ones you listed, could you tell me about the middle one?": a pick from the list just shown
        return followups.pick(
            Turn(
                turn.kit,
                turn.tokens,
                replace(reading, asks="pick", pick=reading.position),
                turn.thread,
                turn.conversation,
                turn.met,
            )
        )
    found = structure.nth(turn.kit, structure.with_thread_kind(turn, reading))
    return _someone_there(turn, found) or found


def _someone_there(turn: Turn, found: Answer) -> Answer | None:
    """ "the woman who arrives with the boat in the first scene, who is she?": the one that scene says does it."""
    words = set(turn.tokens.words)
    if found.kind != "scene" or not words & WHO_IS or not _THE_ONE_ASKED.search(turn.tokens.corrected):
        return None  # (not "who runs to the girl in the seventh scene": she is whom it is done to)
    scene = next((e for e in turn.kit.index.by_kind.get("scene", []) if e.title == found.title), None)
    tokens = turn.kit.tokeniser.cut(turn.tokens, _IN_THE_NTH.sub(" ", turn.tokens.corrected))  # the deed alone
    placed = Turn(turn.kit, tokens, replace(turn.reading, asks="describe"), turn.thread, turn.conversation)
    placed.placed = scene
    found_doing = describe.doer_in_scene(placed)
    if found_doing is not None or scene is None:
        return found_doing
    # else the one person of that sex the scene names ("the woman ... in the first scene": the only woman there)
    sex = asked_sex(words)
    there = [turn.kit.index.entries[i] for i in turn.kit.scorer.mentions.get(scene.id, ())]
    fitting = [p for p in there if sex is not None and getattr(p.subject, "pronoun", None) == sex]
    return turn.kit.replies.hit(fitting[0]) if len(fitting) == 1 else None


# "the woman who arrives with the boat in the first scene, who is she?", "who is the girl in the first scene": the
# person asked for is the subject
_THE_ONE_ASKED = re.compile(
    r"^(?=.*\bwho (?:is|s|was) (?:he|she|the|that)\b)"  # who someone is, not "who claps for the girl"
    r".*(?<!\bto )(?<!\bfor )(?<!\bwith )(?<!\bat )\b(?:the|that|a) (?:young |old )?(?:guy|man|woman|girl|lady|boy)\b"
    r"(?! \w+ing (?:to|with|at|for)\b)"  # (not "who is the girl talking to")
)
_IN_THE_NTH = re.compile(
    r"\b(?:in|at|from|of|during) the (?:very )?(?:\w+th|first|second|third|last|final|opening|closing|next|previous) "
    r"(?:scene|one|part|bit)\b"
)


# "in the film as a whole, what's the middle one?", "of all nine, which is second to last?": not the list shown
_OF_THE_WHOLE = re.compile(r"\b(?:whole|entire|overall)\b|\bof all\b|\b(?:in|of) the (?:film|movie)\b")


def appears(turn: Turn) -> Answer | None:
    return structure.appears(turn) if turn.reading.asks == "appears" else None


def order(turn: Turn) -> Answer | None:
    return structure.order(turn) if turn.reading.asks == "order" else None


def mentions(turn: Turn) -> Answer | None:
    """ "which scenes is julian in": the scenes whose text names the person, or that none does."""
    if turn.reading.asks != "mentions":
        return None
    latest = turn.kit.scorer.latest(turn.thread)
    if _WHICH_ONES.match(turn.tokens.corrected) and latest is not None and latest.kind == "soundtrack":
        return None  # "which ones got walter goehr" just after the tracks: among the tracks
    person = people.one_person(turn)
    if person is None and not turn.kit.scorer.content_terms(turn.tokens):  # "in any scenes?" just after someone
        person = latest if latest is not None and latest.kind == "character" else None
    if person is None:
        return structure.scenes_mentioning(turn)  # "in which scenes do the red shoes appear?"
    return _asked_of(turn, person, ("mentions", None))


def _asked_of(turn: Turn, person: Entry, asked: tuple[Asked, int | None]) -> Answer:
    """The scenes naming this person ("mentions"), or the first or last of them ("appears", by `position`)."""
    turn.met.append(person)  # "who is he?" next means them
    asks, position = asked
    if asks == "appears":
        return structure.appearance(turn.kit, person, position)
    naming = structure.scenes_naming(turn.kit, person)
    scene = _the_scene_asked_of(turn)
    if scene is not None:  # "is boris in that one?": the scene, saying whether it names him
        return turn.kit.replies.whether_named(scene, person.title, scene in naming)
    return turn.kit.replies.subset(
        naming,
        lead=f"The scenes that name {person.title}, in film order:",
        empty=f"No scene in my pack names {person.title}.",
    )


def _the_scene_asked_of(turn: Turn) -> Entry | None:
    """The one scene a yes-or-no "is he in ...?" asks of, read from its words as an order's anchor is: the one in
    play ("that one"), a title, a place ("scene 7", "the last one") or a description ("the fight scene")."""
    if not turn.reading.anchors:
        return None
    return structure.anchor(turn, turn.reading.anchors[0], ("scene",))


def asked_again(turn: Turn) -> Answer | None:
    """ "and boris?" just after "which scenes is julian in?" or "when does julian first appear?": the same
    question about another person."""
    thread = turn.thread
    bare_relation = turn.reading.asks == "relation" and turn.reading.referent == IN_PLAY  # "and the instructor?"
    if turn.reading.asks != "describe" and not bare_relation or thread is None or not thread.asked:
        return None
    if bare_relation:
        turn = replace(turn, reading=Reading())
    words = turn.tokens.words
    person = people.one_person(turn)
    only_a_name = person is not None and only_a_name_of(turn, person)  # "hale's", just after "inès scenes"
    if not words or not only_a_name and words[0] not in AGAIN_OPENERS or len(turn.tokens.terms) > 3:
        return None  # only "and boris?", "what about the instructor?": the same question, another person
    if _only_a_pronoun(words) and turn.reading.person:
        person = turn.kit.scorer.person(turn.reading.person, thread)  # "what about her?": her scenes
    elif turn.reading.person or set(words) & WHO_IS and not only_a_name:
        return None  # "so who is julian then?" asks who he is, not his scenes
    if person is None or not only_about(turn, person):
        return None
    asks, position = thread.asked
    again = replace(turn, reading=replace(turn.reading, asks=asks, kind="scene", position=position))
    turn.again = True
    return mentions(again) if asks == "mentions" else appears(again)


def _only_a_pronoun(words: tuple[str, ...]) -> bool:
    """ "what about her?", "and him": the same question of the one a pronoun means, nothing else said."""
    said = [w for w in words if w not in AGAIN_FILLER]
    return len(said) == 1 and said[0] in OBJECT_PRONOUNS


OBJECT_PRONOUNS = frozenset("her him them".split())


def only_a_name_of(turn: Turn, person: Entry) -> bool:
    """Is the question nothing but this person's name ("hale's", "sam?")?"""
    words = {w for name in person.names for w in name.split()}
    said = [w.removesuffix("s") if w not in words else w for w in turn.tokens.words]  # "hales": hale's
    return bool(said) and all(w in words for w in said)


def only_about(turn: Turn, person: Entry) -> bool:
    """Whether a short question says nothing but who: "and boris?", "what about the instructor?"; not "what
    happens when vicky collapses" or "what music plays during the ballet", new questions that name or fit someone."""
    names = {stem for name in person.name_terms for stem in name}
    rest = [stem for _, _, stem in turn.tokens.terms if stem not in names]
    if len(rest) < len(turn.tokens.terms):  # named: nothing else may be asked
        return not rest
    words = turn.tokens.words
    return len(rest) <= 1 and ("about" in words or words[0] == "and")  # described: "what about her teacher?"


def _called_so(turn: Turn) -> bool:
    """Does the question name someone by a name holding its relation word ("Uncle Tak", "Sister Agnes")?"""
    link, entries = turn.reading.link, turn.kit.index.entries
    return any(
        any(link in name.split() for name in entries[i].names) for i in turn.kit.scorer.named_people(turn.tokens)
    )


def unnamed_relation(turn: Turn) -> Answer | None:
    """ "who's the rival?" when the page never names one: say so (not the one the scene names beside "her rival")."""
    unnamed = people.unnamed_relation(turn)
    if unnamed is None:
        return None
    whose, link = unnamed
    return turn.kit.replies.decline(Reason.MISSING_FACT, missing=f"who {f'{whose}’s' if whose else 'the'} {link} is")


def relation(turn: Turn) -> Answer | None:
    """ "her teacher", "the guy she falls for": the person related so to the one meant."""
    if turn.reading.asks != "relation":
        return None
    if _called_so(turn):
        return None  # "who is uncle tak": the one the page calls Uncle Tak, not someone's uncle
    without = people.without_the_middle(turn)
    if without is not None:  # "her brother's teacher", and she has no brother
        return turn.kit.replies.decline(Reason.MISSING_FACT, missing=f"who {without.title}’s {turn.reading.via} is")
    found = people.related(turn)
    if found is None and turn.reading.link == "fiance" and _WANTS_TO_MARRY.search(turn.tokens.corrected):
        # "the man she wants to marry", and the page says only whom she loves
        found = people.related(replace(turn, reading=replace(turn.reading, link="love")))
    if found is not None:
        return turn.kit.replies.hit(found)
    start = people.referent(turn) if turn.reading.link in FAMILY else None
    if start is None or any(i != start.id for i in turn.kit.scorer.named_people(turn.tokens)):
        return None
    if turn.reading.link in _PROMISED and _a_card_tells_a_promise(turn, start):
        return None  # "Peter Baker, the village baker, who is secretly engaged to her": his card may say whose
    return turn.kit.replies.decline(Reason.MISSING_FACT, missing=f"who {start.title}’s {turn.reading.link} is")


_ENGAGED = re.compile(r"\b(?:engaged|betrothed|fiance|fiancee)\b")
_WANTS_TO_MARRY = re.compile(r"\b(?:wants?|wanted|hopes?|hoped|dreams?|longs?) to marry\b")
_MARRIED = re.compile(r"\b(?:married|marries|husband|wife)\b")
_PROMISED = {"fiance": _ENGAGED, "fiancee": _ENGAGED, "spouse": _MARRIED, "husband": _MARRIED, "wife": _MARRIED}


def _a_card_tells_a_promise(turn: Turn, start: Entry) -> bool:
    """Does another character's card say they are engaged (or married, as asked) to someone it may only call
    "her"?"""
    said = _PROMISED[turn.reading.link]
    return any(
        said.search(fold(getattr(person.subject, "description", "") or "")) is not None
        for person in turn.kit.index.by_kind.get("character", [])
        if person.id != start.id
    )


def relation_again(turn: Turn) -> Answer | None:
    """ "and hers?" just after "who does he love?": the same relation, from the person this pronoun means."""
    thread, tokens = turn.thread, turn.tokens
    if turn.reading.asks != "describe" or thread is None or not thread.relation:
        return None
    pronouns = [w for w in tokens.words if w in POSSESSIVES]
    if len(pronouns) != 1 or any(w not in POSSESSIVES and w not in AGAIN_FILLER for w in tokens.words):
        return None
    said = pronouns[0]
    related = turn.kit.tokeniser.substitute(tokens, frozenset({said}), f"{said} {thread.relation}")
    reading = Reading("relation", referent=POSSESSIVES[said], link=thread.relation)
    found = people.related(replace(turn, tokens=related, reading=reading, scored=None, ranked=None))
    if found is None:
        return None
    turn.again = True
    return turn.kit.replies.hit(found)


_COMPOSER = frozenset("composer composed".split())
AGAIN_OPENERS = frozenset("and what how so ok then".split())
WHO_IS = frozenset("who whos".split())
_WHAT_IT_REALLY_IS = re.compile(r"\bwhat (?:it|its|it s) (?:is |s )?(?:really|actually) about\b")
_ONES_STORY = re.compile(
    r"\b(?:story|arc|journey|storyline|life) of (?P<after>\w+)|\b(?P<before>\w+) s (?:story|arc|journey|storyline)\b"
)


def _their_story(turn: Turn, person: Entry) -> bool:
    """ "the story of vicky page", "vicky's arc": the person's own name right after "story of" or before "'s story"
    (not "the story of the film, how does boris fit in")."""
    words = {w for name in person.names for w in name.split()}
    return any(
        found["after"] in words or found["before"] in words for found in _ONES_STORY.finditer(turn.tokens.corrected)
    )


MUSIC_WORDS = frozenset("soundtrack score music ost album".split())
POSSESSIVES = {"his": "he", "him": "he", "her": "she", "hers": "she"}
AGAIN_FILLER = frozenset("and what about how so then ok the one for of s is".split())


def credit(turn: Turn) -> Answer | None:
    """ "by who?" after a track: the track (its reply gives the credit); after anything else, the score."""
    if turn.reading.asks != "credit":
        return None
    words = set(turn.tokens.words)
    if turn.thread is None:
        return None
    whole = bool(words & followups.ALL_OF_IT)
    if _COMPOSER & words:
        # "composer?" just after a track credited to someone is its credit, after one the page credits to no one
        # the score's; after anything else it may be a person called a composer: a question of its own
        latest = turn.kit.scorer.latest(turn.thread)
        if latest is None or latest.kind != "track":
            return decide(replace(turn, reading=replace(turn.reading, asks="describe")))
        whole = whole or "composer" in words and not getattr(latest.subject, "credit", None)
    music = followups.credited(turn.kit, turn.thread, whole=whole)
    return turn.kit.replies.hit(music) if music is not None else None


RULES: tuple[Rule, ...] = (
    empty,
    compound,
    missing_fact,
    small_talk,
    request,
    correction,
    mentions,
    asked_again,
    unnamed_relation,
    relation,
    relation_again,
    credit,
    picked_by_words,
    namesake,
    pick,
    more,
    film,
    other,
    listing,
    nth,
    appears,
    order,
    *describe.DESCRIBE_RULES,
)


def decide(turn: Turn) -> Answer:
    """The first rule that answers; the best-scoring entry (or a decline) when none does."""
    asks_more = turn.kit.scorer.content_terms(turn.tokens)  # "and her?" alone is no question about her yet
    if turn.thread is not None and turn.reading.person and turn.reading.asks in ("describe", "appears") and asks_more:
        # "the colonel who's pacing, who is he?": not the "he" in play; "what's he to her?": before "he" is a name
        said = describe.who_they_are_to(turn) or describe.role_then_who(turn)
        if said is not None:
            return said
        tokens = (
            turn.tokens  # "the prosecutor himself, what's his name?": his is the prosecutor's, whoever is in play
            if describe.a_role_himself(turn)
            else followups.with_person_named(turn.kit, turn.tokens, turn.reading.person, turn.thread)
        )
        if tokens is not turn.tokens:
            turn = replace(turn, tokens=tokens, scored=None, ranked=None)
    answer = next((found for found in (rule(turn) for rule in RULES) if found is not None), None)
    return without_missing_parts(turn, answer or describe.best_match(turn))


def without_missing_parts(turn: Turn, answer: Answer) -> Answer:
    """A pack whose page lists no soundtrack says so when asked for it, rather than show an empty one."""
    sound = turn.kit.pack.soundtrack
    if answer.kind == "soundtrack" and not sound.tracks and not sound.composer:
        return turn.kit.replies.decline(Reason.MISSING_FACT, missing="a soundtrack")
    return answer
