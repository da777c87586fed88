"""The scorer: how well a question's tokens fit each entry of a pack (coverage of its weighted terms, whole
names, words for a kind), and the people each entry names. The policy uses it; nothing inherits it."""

from __future__ import annotations

import heapq
import re

from rapidfuzz import fuzz

from . import cues
from .answers import Kind
from .english import is_common_word
from .index import KEYWORD_FIELD, Entry, Index
from .intents import SMALL_TALK
from .roles import PERSON_ENDINGS
from .sentences import CHATTER, OPENING_FILLER
from .text import canonical, fold, is_group, is_significant, term
from .tokens import Tokens, fits, retells
from .tracker import Conversation, Focus
from .tuning import TUNING, Tuning

SPECIFIC_LENGTH = 6  # a stem this long held by one entry alone is specific enough to answer by


_NOT_A_NAME = frozenset(
    """overall anyway anyways though too again itself here now then please pls tonight instead short briefly
    quickly thanks thank thx ty lol haha plz""".split()
)


def _shaped_like_a_person(tokens: Tokens) -> bool:
    """Who-words or a person noun, no scene shape ("the one where ..."), and not "who composed the score" (the
    score's credit, not a composer's card)."""
    words = set(tokens.words)
    if not words & cues.PERSON_SHAPE or words & cues.SCENE_SHAPE or cues.SCENE_CLAUSE.search(" ".join(tokens.words)):
        return False
    return not (words & cues.MADE_MUSIC and words & cues.MUSIC_NOUNS and not words & cues.PERSON_NOUN_WORDS)


_WORK_CUES = cues.TITLE_NOUNS | cues.WORK_WORDS
_WHOLE = frozenset("overall whole entire full original actual real".split())  # "the composer of the overall score"
_OURS = frozenset("this it its".split())  # "the music for this (film)": the film talked about, not another work
_AUDIENCE = frozenset("us me you everyone everybody yall".split())  # "list the scenes for us": who asks, no work
_NOT_ANOTHER_WORK = _OURS | _AUDIENCE
_INTRODUCE_A_TITLE = frozenset("the a an that this another in from of about like than and or".split())


# "a geologist character", "the doctor woman", "works as the doctor": a word said as what someone is
_AS_WHAT = frozenset("character guy man woman girl boy lady person fellow bloke dude one".split())
_WORKS_AS = re.compile(r"\b(?:works|worked|working|serves|served|acts|acting) as (?:a|an|the) (\w+)")
# "who is the captain of the ferry" (not "the composer of the score": the score's credit)
_WHO_IS_THE = re.compile(
    r"\bwho (?:is|s|was) the (\w+) of (?!(?:(?:the|this|all|whole|real|entire|film|films|movie|movies) )*"
    r"(?:score|soundtrack|music|film|movie|songs?|tracks?|it)\b)"
)


def _role_said(words: tuple[str, ...]) -> list[str]:
    """The words a question says as someone's role: before a person noun, or after "works as the"."""
    before_noun = [w for w, after in zip(words, words[1:], strict=False) if after in _AS_WHAT and is_significant(w)]
    said = " ".join(words)
    # (a relation is whose: "the teacher of the young composer" is someone's teacher, relation rules' to read)
    of = [w for w in _WHO_IS_THE.findall(said) if is_significant(w) and w not in cues.RELATION_WORDS]
    return before_noun + _WORKS_AS.findall(said) + of


_NO_SURNAME = frozenset(
    "overall again then too though tho anyway anyways anyhow really exactly basically today tonight now lately "
    "here there please".split()
)


# "the one at the start where ...", "a stretch near the end where ...": where in the film a described scene is
_NEAR_THE_START = re.compile(
    r"\b(?:at|near|towards?|in) the (?:very )?(?:start|beginning|opening)\b"
    r"(?! of (?!(?:the |this )?(?:film|movie|story)\b))"
    r"|\bearly (?:on|in the (?:film|movie|story))\b"
)  # (not "at the beginning of Ewan's return": the start of something in it)
_NEAR_THE_END = re.compile(
    r"\b(?:near|towards?) the (?:very )?end\b(?! of (?!(?:the |this )?(?:film|movie|story)\b))"
    r"|\bat the (?:very )?end (?:where|when|with)\b|\blate in the (?:film|movie|story)\b"
)
_LEAD = term("protagonist")  # the role roles.py gives the film's lead


_THE_REST = frozenset("tracks songs pieces other others else besides apart rest list many only whole all".split())
_THE_ONE_WHERE = re.compile(r"\b(?:the|that) (?:one|bit|part) (?:where|when|in which)\b")
# "the storm where the lad goes overboard", "the night when she leaves": an event told, so a scene
_THE_EVENT_WHERE = re.compile(r"\b(?:the|that) (?P<noun>[a-z]+) (?:where|when)\b")
# what "the ... where" may be besides an event: a thing of the film, a place (or a person: _NO_EVENTS, below)
_NOT_EVENTS = frozenset("film movie year reason way place town city country house thing name actor actress".split())


_MUSIC_ASKED = re.compile(r"\b(?:song|songs|track|tracks|music|tune|tunes|piece|theme|score)\b")
_AGENT_ENDINGS = ("er", "or", "ist", "ian", "ess")  # "planner", "inspector", "pianist", "guardian", "actress"


def tells_an_event(corrected: str, roles: frozenset[str] = frozenset()) -> bool:
    """Does the question tell a scene by an event and what happens in it ("the storm where ...")? Not a person
    ("the lad where", or one of the pack's `roles`: "the planner when he faints"), a thing of the film ("the year
    when") or a place ("the town where she grew up")."""
    if _MUSIC_ASKED.search(corrected):
        return False  # "the song at the bbq when they dance": the music asked of that event, not the scene
    return any(
        found["noun"] not in _NO_EVENTS and found["noun"] not in roles for found in _THE_EVENT_WHERE.finditer(corrected)
    )


_SHORTEST_NOUN = 4  # letters: "over", "for" are no one's role
_NO_ONES_ROLE = frozenset(("character", "other", "member", "user"))  # "main character": no one "the character" is
_PERSON_NOUNS = cues.RELATION_WORDS | frozenset(
    "captain skipper chief boss count judge mechanic nurse doctor priest widow mentor coach".split()
)
_NO_EVENTS = _NOT_EVENTS | _PERSON_NOUNS | cues.PERSON_NOUN_WORDS  # "the lad where the storm hits": a person


def _a_person_noun(word: str) -> bool:
    """Does a role word name a person ("director", "skipper", "mother"), not a quality ("former", "ruthless")?"""
    if word in _PERSON_NOUNS:
        return True
    if word in _NOT_PEOPLE or word.endswith("less") or len(word) <= _SHORTEST_NOUN:
        return False
    return word.endswith(PERSON_ENDINGS)


# words that end like a person noun but say a quality or a thing
_NOT_PEOPLE = frozenset(
    """former older younger elder other inner outer upper lower bitter clever sober proper eager tender silver amber
    business over under after never ever""".split()
)


class Scorer:
    """Ranks a pack's entries for a question's tokens, and finds the people entries name; built once."""

    def __init__(self, index: Index, tuning: Tuning = TUNING) -> None:
        self.pack = index.pack
        self.index = index
        self.tuning = tuning
        self.positions: dict[tuple[Kind, str], int] = {
            (kind, entry.title): i for kind, entries in self.index.by_kind.items() for i, entry in enumerate(entries)
        }
        self.mentions = self._characters_named()
        self.possessed = self.index.possessed
        self.deeds = self._deeds()
        self.called = self._people_called()
        self.person_words = self._person_words()
        # the words for what people are: their role words, and a card's agent nouns ("the wedding planner, Mateus")
        self.role_nouns = frozenset(word for words in self.index.role_words.values() for word in words) | frozenset(
            word for words in self.person_words.values() for word in words if word.endswith(_AGENT_ENDINGS)
        )
        # "vickys" -> Vicky Page: each name's last word with a possessive s, as a question folds "Vicky's"
        self.owners_by_possessive = {
            f"{name.split()[-1]}s": person
            for person in self.index.by_kind.get("character", [])
            for name in person.names
            if name.split()
        }

    def _person_words(self) -> dict[str, frozenset[str]]:
        """Every word the pack gives each character (role words, keywords, card, the relations the synopsis tells),
        by title: what says a relation is someone's at all."""
        found = {}
        for person in self.index.by_kind.get("character", []):
            words = set(self.index.role_words.get(person.title, ()))
            words |= {w for k in getattr(person.subject, "keywords", ()) for w in fold(k).split()}
            words |= set(fold(getattr(person.subject, "description", "") or "").split())
            words |= {w for _, role in self.possessed.get(person.title, ()) for w in role}
            found[person.title] = frozenset(words)
        return found

    def _people_called(self) -> dict[str, int]:
        """The person nouns a scene may call someone by ("the director watches her dance"): each role word of one
        character only (from the synopsis, or a hand pack's keywords) that names a person ("director", "skipper",
        "mother"; not "imperious")."""
        holders: dict[str, set[int]] = {}
        for person in self.index.by_kind.get("character", []):
            said = set(self.index.role_words.get(person.title, ()))
            said |= {w for k in getattr(person.subject, "keywords", ()) for w in fold(k).split()}
            for word in said - _NO_ONES_ROLE:
                if _a_person_noun(word):
                    holders.setdefault(word, set()).add(person.id)
        return {word: next(iter(ids)) for word, ids in holders.items() if len(ids) == 1}

    def _characters_named(self) -> dict[int, tuple[int, ...]]:
        """For each scene and track, the characters its text names, first named first ("her" after a scene)."""
        # "Nora's" folds to "noras": a name counts with a possessive s too; so does a surname only one person has
        # ("Drummond's warehouse").
        characters = self.index.by_kind.get("character", [])
        last = [entry.names[0].split()[-1] for entry in characters]
        surnames = [
            (w,) if len(entry.names[0].split()) > 1 and last.count(w) == 1 and not is_common_word(w) else ()
            for entry, w in zip(characters, last, strict=True)
        ]
        people = [
            (entry.id, re.compile(r"\b(?:" + "|".join(map(re.escape, (*entry.names, *extra))) + r")s?\b"))
            for entry, extra in zip(characters, surnames, strict=True)
        ]
        named: dict[int, tuple[int, ...]] = {}
        for entry in (
            *self.index.by_kind.get("scene", []),
            *self.index.by_kind.get("track", []),
            *self.index.by_kind.get("film", []),
            *self.index.by_kind.get("character", []),
        ):
            subject = entry.subject
            text = fold(" ".join(getattr(subject, f, "") or "" for f in cues.TEXT_FIELDS))
            found = []
            for person, pattern in people:
                first = pattern.search(text) if person != entry.id else None
                if first is not None:
                    found.append((first.start(), person))
            named[entry.id] = tuple(person for _, person in sorted(found))
        return named

    def scores(self, tokens: Tokens) -> dict[int, float]:
        """Coverage of the question's weighted terms by each entry, plus name and kind evidence."""
        index = self.index
        total = self._weight_to_explain(tokens)
        if not total:
            return {}
        common = max(50, int(len(index.entries) * self.tuning.common_term_share))
        coverage: dict[int, float] = {}
        for t, weight, typed in sorted(tokens.terms, key=lambda tw: len(index.postings.get(tw[0], ()))):
            posting = index.postings.get(t)
            if not posting:
                continue
            if len(posting) > common and coverage:
                # A term most entries hold only re-ranks the candidates the rarer terms found.
                pairs = [(i, posting[i]) for i in coverage if i in posting]
            else:
                pairs = list(posting.items())
            group = is_group(typed)
            holders = index.exact.get(typed, ()) if group else ()
            for entry_id, strength in pairs:
                if group and entry_id not in holders:  # matched through a synonym, not as written
                    strength *= self.tuning.synonym_match
                coverage[entry_id] = coverage.get(entry_id, 0.0) + weight * strength
        terms = [t for t, _, _ in tokens.terms]
        for pair in zip(terms, terms[1:], strict=False):
            for entry_id in index.phrases.get(pair, ()):
                if entry_id in coverage:  # the two words together, as the entry's keywords say them
                    coverage[entry_id] += self.tuning.phrase_bonus * total
        named = tokens.named
        keep = heapq.nlargest(self.tuning.candidates, coverage, key=coverage.__getitem__)
        scores = {entry_id: coverage[entry_id] / total for entry_id in {*keep, *named} if entry_id in coverage}
        self._discount_thin_matches(tokens, scores)
        for entry_id, bonus in named.items():
            scores[entry_id] = scores.get(entry_id, 0.0) + bonus
        self._add_cue_bonus(tokens, scores, set(named))
        self._add_position_hint(tokens, scores)
        return scores

    def _add_position_hint(self, tokens: Tokens, scores: dict[int, float]) -> None:
        """ "the one at the start where the sub crashes": favour scenes near the end of the film the question
        places it at, the nearest most (within the first or last third)."""
        text = tokens.corrected
        start, end = _NEAR_THE_START.search(text), _NEAR_THE_END.search(text)
        if (start is None) == (end is None):
            return
        scenes = len(self.index.by_kind.get("scene", ()))
        reach = max(1, scenes // 3)
        for entry_id in scores:
            entry = self.index.entries[entry_id]
            if entry.kind != "scene":
                continue
            at = self.positions[("scene", entry.title)]
            away = at if start is not None else scenes - 1 - at
            scores[entry_id] += self.tuning.position_hint * max(0.0, 1 - away / reach)

    def _weight_to_explain(self, tokens: Tokens) -> float:
        """The question's weight an entry must explain: every word's, but a word the pack never uses counts for
        less once three of the pack's words are said ("she dances in an otherworldly landscape that turns into a
        nightmare": the asker's own words around the pack's), so a retelling in other words is no other topic."""
        postings = self.index.postings
        known = sum(1 for t, _, _ in tokens.terms if t in postings)
        if known < self.tuning.retold_after or not retells(tokens.words, self.tuning.retelling_words):
            return sum(weight for _, weight, _ in tokens.terms)
        share = self.tuning.retold_word
        return sum(weight if t in postings else weight * share for t, weight, _ in tokens.terms)

    def _discount_thin_matches(self, tokens: Tokens, scores: dict[int, float]) -> None:
        """One word found only in running text ("what time is it" -> "one last time") is not evidence."""
        postings = self.index.postings
        for entry_id in scores:
            held = [(t, f) for t, f in ((t, postings.get(t, {}).get(entry_id)) for t, _, _ in tokens.terms) if f]
            fields = [f for _, f in held]
            if len(held) == 1 and len(postings[held[0][0]]) == 1 and len(held[0][0]) >= SPECIFIC_LENGTH:
                continue  # a long word only this entry's text holds ("the interlude") is evidence
            if fields and max(fields) < KEYWORD_FIELD and len(fields) < 2:
                scores[entry_id] *= self.tuning.thin_match

    def names_another_work(self, tokens: Tokens) -> bool:
        """ "the plot of the nutcracker", "music from swan lake": a kind word tied to a name we don't know."""
        words = tokens.words
        if _WORK_CUES.isdisjoint(words):
            return False  # no "the movie ...", no "music from ...": nothing to name another work with
        if self._titled_unknown(words):
            return True
        for i, word in enumerate(words[1:-1], start=1):
            if word in cues.OF_WORDS and words[i - 1] in cues.WORK_WORDS and words[i + 1] not in _NOT_ANOTHER_WORK:
                following = [w for w in words[i + 1 :] if w not in cues.ARTICLES and w not in _WHOLE][:1]
                name = following and following[0] not in CHATTER  # "who did the music for this fr": slang
                if name and is_significant(following[0]) and not self.index.knows(following[0]):
                    return True
        return False

    def _titled_unknown(self, words: tuple[str, ...]) -> bool:
        """ "the movie moulin rouge", "the film amelie": a title noun, then a name we don't know (a word at the end,
        or before another such word); "the film deal with" is not a name."""
        unknown = [is_significant(w) and not self.index.knows(w) for w in words]
        for i, word in enumerate(words[:-1]):
            after = words[i + 1]  # "the film, shortly?", "the film overall": no name
            name = unknown[i + 1] and not after.endswith("ly") and after not in _NOT_A_NAME
            introduced = i == 0 or words[i - 1] in _INTRODUCE_A_TITLE  # not "the grainy film reel footage"
            if word in cues.TITLE_NOUNS and name and introduced and (i + 2 == len(words) or unknown[i + 2]):
                return True
        return False

    def lists_another_work(self, tokens: Tokens) -> bool:
        """ "which scenes are in swan lake": the list asked for is of a title the pack never uses."""
        words = tokens.words
        last = max((i for i, w in enumerate(words) if w in ("in", "from", "of")), default=-1)
        tail = [w for w in words[last + 1 :] if w not in cues.ARTICLES] if last >= 0 else []
        return len(tail) >= 2 and all(is_significant(w) and not self.index.knows(w) for w in tail)

    def names_someone_else(self, tokens: Tokens) -> bool:
        """ "who is boris johnson": a name of ours, then a word we don't know, is somebody else."""
        # read from the last "who" or "about" ("this isn't about the film, but who is boris johnson?")
        asked = [k for k, word in enumerate(tokens.words) if word in cues.PERSON_QUESTION]
        words = tokens.words[asked[-1] :] if asked else tokens.words
        if len(words) < 3 or words[0] not in cues.PERSON_QUESTION or words[-1] in SMALL_TALK:
            return False
        if words[-1] in OPENING_FILLER or words[-1] in CHATTER or words[-1] in cues.PERSON_SHAPE:
            return False  # "who is boris anyway", "the velvet baron guy": no surname
        if words[-1].endswith("ly") or words[-1] in _NO_SURNAME:
            return False  # "tell me about him overall", "ok who is boris honestly"
        last, before = words[-1], words[-2]
        if not is_significant(last) or self.index.knows(last):
            return False
        for person in self.index.by_kind.get("character", []):
            name_words = {w for name in person.names for w in name.split()}
            if before in name_words:
                # "vicky paige" is a typo of her own name, "boris johnson" somebody else
                return not any(fuzz.ratio(last, w) >= self.tuning.typo_similarity for w in name_words)
        return False

    def unknown_words(self, tokens: Tokens) -> list[str]:
        """Significant words the pack has never seen (after spelling correction): a sign of another topic."""
        return [w for w in tokens.words if is_significant(w) and not self.index.knows(w) and w not in SMALL_TALK]

    def kind_only(self, tokens: Tokens) -> dict[int, float]:
        """A question that names only a kind ("what's this movie about?"): the film or the soundtrack."""
        words = set(tokens.words)
        for kind in ("soundtrack", "film"):
            if words & cues.CUES[kind] and self.index.by_kind.get(kind):
                return {self.index.by_kind[kind][0].id: self.tuning.confident}
        return {}

    def _add_cue_bonus(self, tokens: Tokens, scores: dict[int, float], named: set[int]) -> None:
        """Favour entries of the kind the question's words ask for. The film and its people are what
        every text mentions, so they need their name or such a word to be an answer at all."""
        words = set(tokens.words)
        cued = self._cued_kinds(tokens, scores, named)
        explicit = {kind for kind, nouns in cues.EXPLICIT.items() if words & nouns}
        if not explicit and (
            _THE_ONE_WHERE.search(tokens.corrected) or tells_an_event(tokens.corrected, self.role_nouns)
        ):
            explicit = {"scene"}  # "the one where he dances with judith": a scene, whoever it names
        for entry_id, coverage in scores.items():
            kind = self.index.entries[entry_id].kind
            if len(explicit) == 1 and kind not in explicit:
                scores[entry_id] *= self.tuning.thin_match  # "is there a scene where ..." asks for a scene
            if kind in cued and coverage >= self.tuning.cue_floor:  # a cue confirms a match; it can't make one up
                scores[entry_id] += self.tuning.cue_bonus
                if kind == "character" and entry_id in named and "who" in words:
                    scores[entry_id] += self.tuning.cue_bonus  # "who is <name>" asks for the person
            elif kind in cues.NEEDS_NAME_OR_CUE and entry_id not in named and kind not in cued:
                scores[entry_id] *= self.tuning.thin_match

    def _cued_kinds(self, tokens: Tokens, scores: dict[int, float], named: set[int]) -> set[str]:
        """The kinds the question's words cue; "what's 'The Red Shoes Ballet' on the soundtrack?" cues a track of
        it, named, and thins the soundtrack's own score in `scores` (it only says where the track is)."""
        words = set(tokens.words)
        cued = {kind for kind, found in cues.CUES.items() if words & found}
        if "soundtrack" not in cued or words & _THE_REST or not self._a_track_named_in_full(tokens, named):
            return cued  # (not "what other tracks are on the soundtrack besides the red shoes ballet?": all of it)
        for soundtrack in self.index.by_kind.get("soundtrack", []):
            if soundtrack.id in scores:
                scores[soundtrack.id] *= self.tuning.thin_match
        return {"track" if kind == "soundtrack" else kind for kind in cued}

    def _a_track_named_in_full(self, tokens: Tokens, named: set[int]) -> bool:
        """Does the question say a track's whole title, longer than the soundtrack's own name (a track called like
        the film), word for word?"""
        soundtracks = self.index.by_kind.get("soundtrack", [])
        longest = max((len(s.title.split()) for s in soundtracks), default=0)
        said = f" {' '.join(tokens.words)} "
        tracks = (self.index.entries[i] for i in named if self.index.entries[i].kind == "track")
        titles = (t.names[0].removeprefix("the ") for t in tracks)  # ("red shoes ballet on the soundtrack")
        return any(len(title.split()) >= longest and f" {title} " in said for title in titles)

    def entry_of(self, focus: Focus | None) -> Entry | None:
        """The entry a remembered subject stands for (None when a reloaded pack no longer has it)."""
        if focus is None:
            return None
        position = self.positions.get((focus.kind, focus.title))
        return self.index.by_kind[focus.kind][position] if position is not None else None

    def latest(self, thread: Conversation | None, kinds: tuple[Kind, ...] | None = None) -> Entry | None:
        """The most recent subject of the thread, of one of these kinds if given."""
        if thread is None:
            return None
        for focus in thread.recent:
            if kinds is None or focus.kind in kinds:
                entry = self.entry_of(focus)
                if entry is not None:
                    return entry
        return None

    def person(self, pronoun: str, thread: Conversation) -> Entry | None:
        """The character a "she"/"he" points at: the one talked about, or one the latest entry names; after a
        list of the scenes naming someone, that someone."""
        if thread.focus is not None and thread.focus.kind == "scenes":
            met = thread.person(pronoun) or thread.person("they")
            found = self.entry_of(Focus("character", met)) if met else None
            if found is not None:
                return found
        met = thread.person(pronoun)
        for focus in thread.recent:
            entry = self.entry_of(focus)
            found = self._pointed_at(entry, pronoun, met) if entry is not None else None
            if found is not None:
                return found
        # nobody the recent subjects name fits: someone met along the way may ("the teacher of Vicky" -> "she"),
        # else the one person the latest one's card names who fits (after Boris, "who's she into": Vicky)
        if met:
            return self.entry_of(Focus("character", met))
        latest = self.latest(thread)
        if latest is not None and latest.kind == "film":  # "plot?", then "her name?": the film's lead
            return self._lead(pronoun)
        linked = [p for p in self.linked_people(latest) if self.pronoun_fits(p, pronoun)] if latest else []
        return linked[0] if len(linked) == 1 and latest is not None and latest.kind == "character" else None

    def _lead(self, pronoun: str) -> Entry | None:
        """The film's lead (roles.py), if the pronoun fits them."""
        characters = self.index.by_kind.get("character", [])
        lead = next((c for c in characters if _LEAD in self.index.role_terms.get(c.title, ())), None)
        return lead if lead is not None and self.pronoun_fits(lead, pronoun) else None

    def _pointed_at(self, entry: Entry, pronoun: str, met: str | None) -> Entry | None:
        """The person a recent subject offers a "she": the character themself, or the one a scene names."""
        if entry.kind == "character":
            # one whose pronoun the pack doesn't state fits any, unless the "she" met is one their card names
            # (after Vicky, Julian: "her teacher" is Vicky's); "his scenes" after Boris, then Julian: Julian's
            unstated = getattr(entry.subject, "pronoun", None) is None
            fitting = self.pronoun_fits(entry, pronoun) and not (unstated and met and self._names(entry, met))
            return entry if fitting else None
        named = [self.index.entries[i] for i in self.mentions.get(entry.id, ())]
        fitting_people = [c for c in named if self.pronoun_fits(c, pronoun)]
        stated = [c for c in fitting_people if getattr(c.subject, "pronoun", None)]
        chosen = stated or fitting_people
        return chosen[0] if chosen else None

    def _names(self, entry: Entry, title: str) -> bool:
        """Does this entry's text name that person?"""
        return title != entry.title and any(p.title == title for p in self.linked_people(entry))

    @staticmethod
    def pronoun_fits(entry: Entry, pronoun: str) -> bool:
        return fits(entry, pronoun)

    def content_terms(self, tokens: Tokens) -> list[str]:
        """The question's significant terms that are more than words for a kind of thing."""
        return [t for t, _, _ in tokens.terms if t not in cues.CUE_TERMS and t not in cues.NOUN_TERMS]

    def mostly_reference(self, tokens: Tokens) -> bool:
        """ "what does it mean?", "who composed it?": a pronoun and at most one word of its own."""
        return len(self.content_terms(tokens)) <= 1

    def names_an_entry(self, tokens: Tokens, *, besides: tuple[Kind, ...] = (), longer_than: int = 0) -> bool:
        """Does the question hold a whole title or alias (of more than `longer_than` words) of an entry?"""
        return any(self._named_whole(i, tokens, besides, longer_than) for i in tokens.named)

    def entries_named(self, tokens: Tokens) -> tuple[int, ...]:
        """The entries whose whole title or alias the question holds."""
        return tuple(i for i in tokens.named if self._named_whole(i, tokens, (), 0))

    def _named_whole(self, i: int, tokens: Tokens, besides: tuple[Kind, ...], longer_than: int) -> bool:
        entry, stems = self.index.entries[i], tokens.stem_set
        return entry.kind not in besides and any(
            len(terms) > longer_than and stems.issuperset(terms) for terms in entry.name_terms
        )

    def named_people(self, tokens: Tokens) -> tuple[int, ...]:
        return tuple(i for i in tokens.named if self.index.entries[i].kind == "character")

    def person_described(
        self, tokens: Tokens, scores: dict[int, float], *, besides: tuple[int, ...] = ()
    ) -> Entry | None:
        """ "the young composer she falls for", "who's the strict teacher": a question shaped like one about a
        person, whose own words fit one character's description clearly better than the others'."""
        words = set(tokens.words)
        if not _shaped_like_a_person(tokens):
            return None
        best_id = self.best_fitting_person(tokens, besides)
        if best_id is None:
            return None
        named = self.named_people(tokens)
        if named and best_id not in named and not besides:
            return None  # "who is boris? is he her boyfriend?": a name spelled out beats a description
        top_id, top = max(
            ((i, s) for i, s in scores.items() if i not in besides), key=lambda item: item[1], default=(best_id, 0.0)
        )
        top_kind = self.index.entries[top_id].kind
        # "who is the girl that dances in the audition", "who is the main character"
        explicit = bool(words & (cues.PERSON_NOUN_WORDS | {"character"}))
        if (
            top_id != best_id
            and top_kind != "character"
            and self.names_an_entry(tokens)
            and not besides
            and not explicit
        ):
            return None  # "who is in the first scene" names a scene: not a description of a person
        if top_kind in ("soundtrack", "track") and top >= self.tuning.confident and not explicit:
            return None  # "who composed the score" asks for the music's credit; "the composer guy" for a person
        return self.index.entries[best_id]

    def role_holder(self, tokens: Tokens, besides: tuple[int, ...] = (), pronoun: str | None = None) -> Entry | None:
        """ "the film has a geologist character who comes across as an antagonist: who is he?": in a question
        shaped like one about a person, naming no one, the one character holding the most of its words as what the
        page calls them (roles.py), when only one holds that many."""
        words = set(tokens.words)
        if not words & cues.PERSON_QUESTION or not _shaped_like_a_person(tokens) or self.named_people(tokens):
            return None
        said = {term(w) for w in _role_said(tokens.words)}  # "a geologist character", "works as the doctor"
        roles = self.index.role_terms
        held = [
            (len(said & roles.get(p.title, frozenset())), p)
            for p in self.index.by_kind.get("character", [])
            if p.id not in besides and (pronoun is None or self.pronoun_fits(p, pronoun))
        ]
        most = max((n for n, _ in held), default=0)
        top = [p for n, p in held if n == most]
        return top[0] if most and len(top) == 1 else None

    def best_fitting_person(self, tokens: Tokens, besides: tuple[int, ...] = ()) -> int | None:
        """The character (other than `besides`) whose text holds the question's own words clearly best."""
        fits = self.people_fitting(tokens, besides)
        if not fits:
            return None
        best, best_id = fits[0]
        runner = fits[1][0] if len(fits) > 1 else 0.0
        if best < self.tuning.person_floor or best < runner * self.tuning.person_margin:
            return None
        return best_id

    def people_fitting(self, tokens: Tokens, besides: tuple[int, ...] = ()) -> list[tuple[float, int]]:
        """(share of the question's own words a character's text holds, id), best first."""
        people = [p for p in self.index.by_kind.get("character", []) if p.id not in besides]
        postings = self.index.postings
        # Words the pack never uses say nothing about any of its people: only the pack's own words count.
        content = [
            (t, w)
            for t, w, _ in tokens.terms
            if t not in cues.NOUN_TERMS and t not in cues.PERSON_CUE_TERMS and t in postings
        ]
        total = sum(w for _, w in content)
        if not people or not total:
            return []
        return sorted(
            ((sum(w * postings[t].get(p.id, 0.0) for t, w in content) / total, p.id) for p in people),
            reverse=True,
        )

    def linked_people(self, person: Entry) -> list[Entry]:
        """The characters whose text names this one, or whom this one's text names ("her teacher")."""
        entries = self.index.entries
        named_by = set(self.mentions.get(person.id, ()))
        return [
            c
            for c in self.index.by_kind.get("character", [])
            if c.id != person.id
            and (c.id in named_by or person.id in self.mentions.get(c.id, ()))
            and entries[c.id].kind == "character"
        ]

    def doer_of(self, tokens: Tokens) -> Entry | None:
        """ "who rushes to her?": the one person an entry's keyword phrase names beside the question's own words
        ("Boris runs to her")."""
        wanted = {t for t, _, _ in tokens.terms if t not in cues.CUE_TERMS and t not in cues.NOUN_TERMS}
        found = {person for terms, people in self.deeds if wanted and wanted <= terms for person in people}
        return self.index.entries[found.pop()] if len(found) == 1 else None

    def _deeds(self) -> list[tuple[frozenset[str], tuple[int, ...]]]:
        """The keyword phrases of scenes and tracks that name a person ("Boris runs to her"), as (terms, people);
        found once, when the pack is loaded."""
        people = self.index.by_kind.get("character", [])
        words = {w for person in people for name in person.names for w in name.split()}
        deeds = []
        for entry in self.index.entries:
            for phrase in getattr(entry.subject, "keywords", ()) if entry.kind != "character" else ():
                folded = fold(phrase)
                if words.isdisjoint(folded.split()):
                    continue
                named = tuple(self.people_named_in(folded))
                if named:
                    deeds.append((frozenset(canonical(s) for s in self.index.lexicon.stems(phrase)), named))
        return deeds

    def people_named_in(self, text: str) -> list[int]:
        """The characters whose name (or alias) a folded text holds."""
        words = f" {text} "
        return [p.id for p in self.index.by_kind.get("character", []) if any(f" {n} " in words for n in p.names)]

    def called_by(self, person: Entry, nouns: tuple[str, ...]) -> Entry | None:
        """The character this person's own text names as theirs, just before one of these nouns: in "Nora's
        harsh mentor", the card of the mentor calls him Nora's."""
        others = [c for c in self.index.by_kind.get("character", []) if c.id != person.id]
        return next((c for c in others if nouns and self.card_calls(person, c, nouns)), None)

    def owned_by(self, person: Entry, nouns: tuple[str, ...]) -> Entry | None:
        """The character whose own text calls them this person's teacher (one of these nouns)."""
        others = [c for c in self.index.by_kind.get("character", []) if c.id != person.id]
        return next((c for c in others if nouns and self.card_calls(c, person, nouns)), None)

    def told_relation(self, person: Entry, link: str, inverse: tuple[str, ...], sex: str | None = None) -> Entry | None:
        """The synopsis's own word for a relation (roles.py): "her nephew" of Mara is Teo ("her reckless nephew
        Teo Quill"); "his aunt" of Teo is Mara, whom Teo is the nephew of (`inverse`: the other side's words).
        `sex`: only one this pronoun fits ("Irma's mother" of a daughter of two: not her father, named first)."""
        others = [
            p
            for p in self.index.by_kind.get("character", [])
            if p.id != person.id and (sex is None or self.pronoun_fits(p, sex))
        ]
        if sex is not None:  # one the page calls so before one whose pronoun it leaves unsaid
            others.sort(key=lambda p: getattr(p.subject, "pronoun", None) != sex)
        for other in others:  # as said ("her mother, Dot") before as the other side says it ("Rita, her daughter")
            if any(who == person.title and link in role for who, role in self.possessed.get(other.title, ())):
                return other
        for other in others:
            if any(
                who == other.title and set(role) & set(inverse) for who, role in self.possessed.get(person.title, ())
            ):
                return other
        return None

    def card_calls(self, card: Entry, owner: Entry, nouns: tuple[str, ...]) -> bool:
        """Does this card name the owner possessively before one of these nouns ("Vicky's imperious instructor"),
        or does the synopsis ("... Mara Quill ... her reckless nephew Teo Quill", roles.py)?"""
        told = self.possessed.get(card.title, ())
        if any(who == owner.title and set(role) & set(nouns) for who, role in told):
            return True
        text = fold(getattr(card.subject, "description", "") or "")
        names = "|".join(map(re.escape, owner.names))
        return re.search(r"\b(?:" + names + r")s? (?:\w+ ){0,2}(?:" + "|".join(nouns) + r")\b", text) is not None

    def name_holders(self, stem_: str) -> list[Entry]:
        """Entries with this word in one of their names (title or alias)."""
        return [self.index.entries[i] for i in self.index.name_holders.get(stem_, ())]
