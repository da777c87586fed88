"""Matching a question against one pack: reading its words, scoring entries, names and the people in them.

The base of the engine: `Structure`, `FollowUps` and `Engine` build on it (one file per idea).
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field

from .answers import Alternative, Answer, Kind, help_text, render
from .conversation import Conversation, Focus
from .index import KEYWORD_FIELD, Entry, Index
from .intents import FilmFacts
from .names import NameIndex
from .pack import Pack
from .text import fold, is_group, is_significant, stem, term
from .text import words as question_words
from .vocabulary import KIND_CUES

MAX_CHOICES = 25
QUESTION_CHARS = 1000  # longer questions are read up to here: nothing past it changes the answer
CONFIDENT = 0.5  # below this total score the answerer declines
NAME_BONUS = 0.35  # a whole name of an entry appears in the question
CUE_BONUS = 0.12  # the question uses a word that signals the entry's kind
CUE_FLOOR = 0.3  # ... counted only for entries that already match at least this well
SYNONYM_MATCH = 0.8  # a word matched through its synonym group counts this much of an exact match
THIN_MATCH = 0.6  # score factor when the only evidence is one word of running text
CANDIDATES = 64  # entries kept for the finer adjustments after the first, coverage-only ranking
COMMON_TERM_SHARE = 0.1  # terms held by more entries than this only re-rank, they don't add candidates

_CUES = {kind: frozenset(words) for kind, words in KIND_CUES.items()}
_NAME_SHARE = {
    "scene": lambda share: 0.5 + 0.5 * share,
    "track": lambda share: 0.5 + 0.5 * share,
    "soundtrack": lambda share: 0.5 + 0.5 * share,
    "film": lambda share: 0.4 * share,
    "character": lambda share: share,
}
_LIST_WORDS = frozenset("songs tracks pieces tunes list album soundtracks all every many".split())
_GENERIC_TRACK = frozenset({term(w) for w in KIND_CUES["track"]})
_EXPLICIT = {"scene": frozenset({"scene", "scenes"}), "character": frozenset({"character"})}
_NEEDS_NAME_OR_CUE = frozenset({"film", "character"})
_OF_WORDS = frozenset({"of", "from", "for"})
_ARTICLES = frozenset({"the", "a", "an", "this", "that"})
_WORK_WORDS = frozenset(KIND_CUES["film"] + KIND_CUES["soundtrack"] + ["ending", "cast", "happens", "scenes"])
_END_UP = frozenset({"end", "ends", "ended", "ending"})
_CUE_TERMS = frozenset(term(w) for words in KIND_CUES.values() for w in words)
_PERSON_QUESTION = frozenset("who whos whom character person about".split())
_CREDIT_WORDS = frozenset(
    "credit credited credits composed composer wrote written performed performs conducted "
    "conductor played plays music".split()
)
_CREDIT_STEMS = frozenset(stem(w) for w in _CREDIT_WORDS)
_ANCHOR_REFERENCES = frozenset("it that this one scene track song the there them her him".split())
_KIND_NOUN: dict[str, str] = {
    "scene": "scene",
    "track": "track",
    "soundtrack": "soundtrack",
    "film": "film",
    "character": "character",
    "scenes": "scene list",
    "none": "entry",
}
_TEXT_FIELDS = ("summary", "context", "description", "synopsis")
_PRONOUN_FORMS = {"she": frozenset("she her hers herself".split()), "he": frozenset("he him his himself".split())}
_LISTS: dict[str, Kind] = {"scenes": "scene", "soundtrack": "track"}  # a list answer, and what it lists
PICK_FLOOR = 0.2  # how well a reply must fit one of the choices of a "which one?" to pick it
ANCHOR_FLOOR = 0.4  # how well the text after "before"/"after" must name an entry to be read as order
MAX_CLARIFY = 3  # choices offered by a "which one do you mean?"
PHRASE_BONUS = 0.1  # two of the question's words side by side in one of an entry's keyword phrases
NEAR_TIE = 0.03  # entries of one kind this close in score, none named: ask which rather than guess
SHARED_NAME_MARGIN = 0.1  # a scene and a track named alike this close in score: ask which
_TITLE_NOUNS = frozenset("film movie musical ballet opera".split())
_NAMING_CUES = frozenset("soundtrack score music film movie songs tracks composer plot story".split())
_FILM_WORDS = frozenset("film films movie movies story it this".split())
_PERSON_SHAPE = frozenset(
    "who whos whom guy man woman girl lady dude boy kid lad fella fellow person character "
    "someone somebody he him his she her hers".split()
)
_SCENE_SHAPE = frozenset("scene scenes moment part bit when where sequence characters people cast".split())
_PERSON_NOUN_WORDS = frozenset("guy man woman girl lady dude boy kid lad fella fellow person".split())
_PERSON_CUE_TERMS = frozenset(term(w) for w in KIND_CUES["character"])
PERSON_FLOOR = 0.25  # how much of a person-shaped question's own words a character's text must hold
PERSON_MARGIN = 1.3  # ... and how clearly better than the next character
_PLOT_WORDS = frozenset(
    "plot premise synopsis storyline gist summary summarize summarise recap overview themes theme "
    "logline tldr dilemma conflict tension struggle nutshell".split()
)
_KIND_NOUNS: dict[Kind, frozenset[str]] = {
    "track": frozenset("track song piece tune cue".split()),
    "character": frozenset("character guy man woman girl person lady dude".split()),
}


_NOUN_TERMS = frozenset(term(w) for nouns in _KIND_NOUNS.values() for w in nouns)
_NOUN_STEMS = frozenset(stem(w) for w in ("scene", "scenes", "part", "moment", "bit"))


def _count(n: int, kind: Kind) -> str:
    return f"{n} {_KIND_NOUN[kind]}{'' if n == 1 else 's'}"


def _index_of(position: int | None, count: int) -> int | None:
    """0-based index of a 1-based position (negative: from the end; 0: the middle), or None when outside."""
    position = 1 if position is None else position
    index = (count - 1) // 2 if position == 0 else position - 1 if position > 0 else count + position
    return index if 0 <= index < count else None


def _ordinal_words(position: int) -> str:
    if position == 0:
        return "middle"
    if position < 0:
        return "last" if position == -1 else f"{_ordinal_words(-position)} to last"
    suffix = "th" if 10 <= position % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(position % 10, "th")
    return f"{position}{suffix}"


@dataclass(frozen=True, slots=True)
class Query:
    words: tuple[str, ...]  # folded words after slang, stopwords kept (for cues and intents)
    terms: tuple[tuple[str, float, str], ...]  # (index term, weight, stem as typed) of the significant words
    stems: tuple[tuple[str, float], ...]  # (stem, weight): the words as typed, before synonyms
    corrected: str  # the normalised question with spelling fixed, for the intent patterns
    typed: str  # the normalised question as typed (slang expanded)
    term_set: frozenset[str] = frozenset()
    stem_set: frozenset[str] = frozenset()
    named: dict[int, float] = field(default_factory=dict)  # entries whose whole name it holds -> name bonus


class Matcher:
    """The pack, its index and how a question's words fit each entry; built once."""

    def __init__(self, pack: Pack) -> None:
        self.pack = pack
        self.index = Index(pack)
        self._positions: dict[tuple[Kind, str], int] = {
            (kind, entry.title): i for kind, entries in self.index.by_kind.items() for i, entry in enumerate(entries)
        }
        self._names = {kind: NameIndex(entries) for kind, entries in self.index.by_kind.items()}
        self.facts = FilmFacts([fold(name) for name in (pack.film.title, *pack.film.aliases)])
        self._mentions = self._characters_named()

    def _characters_named(self) -> dict[int, tuple[int, ...]]:
        """For each scene and track, the characters its text names, first named first ("her" after a scene)."""
        # "Nora's" folds to "noras": a name counts with a possessive s too.
        people = [
            (entry.id, re.compile(r"\b(?:" + "|".join(map(re.escape, entry.names)) + r")s?\b"))
            for entry in self.index.by_kind.get("character", [])
        ]
        named: dict[int, tuple[int, ...]] = {}
        for entry in (
            *self.index.by_kind.get("scene", []),
            *self.index.by_kind.get("track", []),
            *self.index.by_kind.get("film", []),
        ):
            subject = entry.subject
            text = fold(" ".join(getattr(subject, f, "") or "" for f in _TEXT_FIELDS))
            found = []
            for person, pattern in people:
                first = pattern.search(text)
                if first is not None:
                    found.append((first.start(), person))
            named[entry.id] = tuple(person for _, person in sorted(found))
        return named

    def _correct(self, word: str) -> tuple[str, bool]:
        return self.index.lexicon.correct(word, known_term=term(word) in self.index.postings)

    def read(self, question: str) -> Query:
        """Normalise, expand chat slang, fix spelling and weigh the significant words."""
        words: list[str] = []
        terms: list[tuple[str, float, str]] = []
        stems: dict[str, float] = {}
        seen: set[str] = set()
        folded = question_words(question[:QUESTION_CHARS])
        for position, raw in enumerate(folded):
            word, fixed = self._correct(raw)
            words.append(word)
            if word in _END_UP and folded[position + 1 : position + 2] == ["up"]:
                continue  # "end up" means "come to", not the ending
            if not is_significant(word):
                continue
            typed = stem(word)
            t = term(word)
            weight = self.index.idf.get(t, self.index.unknown_weight) * (0.9 if fixed else 1.0)
            stems.setdefault(typed, weight)
            if t in seen:
                continue
            seen.add(t)
            terms.append((t, weight, typed))
        total = sum(weight for _, weight, _ in terms)
        return Query(
            tuple(words),
            tuple(terms),
            tuple(stems.items()),
            " ".join(words),
            " ".join(folded),
            frozenset(seen),
            frozenset(stems),
            self._name_bonus(stems, total) if total else {},  # found once; every later step reads it
        )

    def _scores(self, query: Query) -> dict[int, float]:
        """Coverage of the question's weighted terms by each entry, plus name and kind evidence."""
        index = self.index
        total = sum(weight for _, weight, _ in query.terms)
        if not total:
            return {}
        common = max(50, int(len(index.entries) * COMMON_TERM_SHARE))
        coverage: dict[int, float] = {}
        for t, weight, typed in sorted(query.terms, key=lambda tw: len(index.postings.get(tw[0], ()))):
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
                    strength *= SYNONYM_MATCH
                coverage[entry_id] = coverage.get(entry_id, 0.0) + weight * strength
        terms = [t for t, _, _ in query.terms]
        for pair in zip(terms, terms[1:], strict=False):
            for entry_id in index.phrases.get(pair, ()):
                if entry_id in coverage:  # the two words together, as the entry's keywords say them
                    coverage[entry_id] += PHRASE_BONUS * total
        named = query.named
        keep = heapq.nlargest(CANDIDATES, coverage, key=coverage.__getitem__)
        scores = {entry_id: coverage[entry_id] / total for entry_id in {*keep, *named} if entry_id in coverage}
        self._discount_thin_matches(query, scores)
        for entry_id, bonus in named.items():
            scores[entry_id] = scores.get(entry_id, 0.0) + bonus
        self._add_cue_bonus(query, scores, set(named))
        return scores

    def _discount_thin_matches(self, query: Query, scores: dict[int, float]) -> None:
        """One word found only in running text ("what time is it" -> "one last time") is not evidence."""
        postings = self.index.postings
        for entry_id in scores:
            fields = [f for f in (postings.get(t, {}).get(entry_id) for t, _, _ in query.terms) if f]
            if fields and max(fields) < KEYWORD_FIELD and len(fields) < 2:
                scores[entry_id] *= THIN_MATCH

    def _name_bonus(self, weights: dict[str, float], total: float) -> dict[int, float]:
        """Entries whose whole title or alias is in the question (its stems, weighed), with the bonus each earns."""
        entries = self.index.entries
        best: dict[int, float] = {}
        for typed in weights:
            for entry_id, position in self.index.names_by_rarest.get(typed, ()):
                entry = entries[entry_id]
                needed = entry.name_terms[position]
                if not all(s in weights for s in needed):
                    continue
                covered = sum(weights[s] for s in needed)
                # Longer names are more specific: "the waltz of the flowers" beats "the waltz". A name that
                # is only a small part of the question counts less; for people (often named inside a
                # scene's description) that share is all that counts.
                bonus = NAME_BONUS * (1.0 + 0.1 * min(len(needed), 4)) * _NAME_SHARE[entry.kind](covered / total)
                best[entry_id] = max(best.get(entry_id, 0.0), bonus)
        return best

    def _names_another_work(self, query: Query) -> bool:
        """ "the plot of the nutcracker", "music from swan lake": a kind word tied to a name we don't know."""
        words = query.words
        unknown = [is_significant(w) and not self.index.knows(w) for w in words]
        for i, word in enumerate(words[:-1]):
            # "the movie moulin rouge", "the film amelie": a title noun, then a name we don't know (a word at the end,
            # or before another such word); "the film deal with" is not a name.
            if word in _TITLE_NOUNS and unknown[i + 1] and (i + 2 == len(words) or unknown[i + 2]):
                return True
        for i, word in enumerate(words[1:-1], start=1):
            if word in _OF_WORDS and words[i - 1] in _WORK_WORDS:
                following = [w for w in words[i + 1 :] if w not in _ARTICLES][:1]
                if following and is_significant(following[0]) and not self.index.knows(following[0]):
                    return True
        return False

    def _unknown_words(self, query: Query) -> list[str]:
        """Significant words the pack has never seen (after spelling correction): a sign of another topic."""
        return [w for w in query.words if is_significant(w) and not self.index.knows(w)]

    def _kind_only(self, query: Query) -> dict[int, float]:
        """A question that names only a kind ("what's this movie about?"): the film or the soundtrack."""
        words = set(query.words)
        for kind in ("soundtrack", "film"):
            if words & _CUES[kind] and self.index.by_kind.get(kind):
                return {self.index.by_kind[kind][0].id: CONFIDENT}
        return {}

    def _add_cue_bonus(self, query: Query, scores: dict[int, float], named: set[int]) -> None:
        """Favour entries of the kind the question's words ask for. The film and its people are what
        every text mentions, so they need their name or such a word to be an answer at all."""
        words = set(query.words)
        cued = {kind for kind, cues in _CUES.items() if words & cues}
        explicit = {kind for kind, nouns in _EXPLICIT.items() if words & nouns}
        for entry_id, coverage in scores.items():
            kind = self.index.entries[entry_id].kind
            if len(explicit) == 1 and kind not in explicit:
                scores[entry_id] *= THIN_MATCH  # "is there a scene where ..." asks for a scene
            if kind in cued and coverage >= CUE_FLOOR:  # a cue confirms a match; it can't make one up
                scores[entry_id] += CUE_BONUS
                if kind == "character" and entry_id in named and "who" in words:
                    scores[entry_id] += CUE_BONUS  # "who is <name>" asks for the person
            elif kind in _NEEDS_NAME_OR_CUE and entry_id not in named and kind not in cued:
                scores[entry_id] *= THIN_MATCH

    def _entry_of(self, focus: Focus | None) -> Entry | None:
        """The entry a remembered subject stands for (None when a reloaded pack no longer has it)."""
        if focus is None:
            return None
        position = self._positions.get((focus.kind, focus.title))
        return self.index.by_kind[focus.kind][position] if position is not None else None

    def _latest(self, thread: Conversation | None, kinds: tuple[Kind, ...] | None = None) -> Entry | None:
        """The most recent subject of the thread, of one of these kinds if given."""
        if thread is None:
            return None
        for focus in thread.recent:
            if kinds is None or focus.kind in kinds:
                entry = self._entry_of(focus)
                if entry is not None:
                    return entry
        return None

    def _person(self, pronoun: str, thread: Conversation) -> Entry | None:
        """The character a "she"/"he" points at: the one talked about, or one the latest entry names."""
        for focus in thread.recent:
            entry = self._entry_of(focus)
            if entry is None:
                continue
            if entry.kind == "character":
                if self._pronoun_fits(entry, pronoun):
                    return entry
                continue
            named = [self.index.entries[i] for i in self._mentions.get(entry.id, ())]
            fitting = [c for c in named if self._pronoun_fits(c, pronoun)]
            stated = [c for c in fitting if getattr(c.subject, "pronoun", None)]
            if stated or fitting:
                return (stated or fitting)[0]
            return None
        return None

    @staticmethod
    def _pronoun_fits(entry: Entry, pronoun: str) -> bool:
        stated = getattr(entry.subject, "pronoun", None)
        return stated is None or stated == pronoun or stated == "they"

    def _content_terms(self, query: Query) -> list[str]:
        """The question's significant terms that are more than words for a kind of thing."""
        return [t for t, _, _ in query.terms if t not in _CUE_TERMS and t not in _NOUN_TERMS]

    def _mostly_reference(self, query: Query) -> bool:
        """ "what does it mean?", "who composed it?": a pronoun and at most one word of its own."""
        return len(self._content_terms(query)) <= 1

    def _names_an_entry(self, query: Query, *, besides: tuple[Kind, ...] = (), longer_than: int = 0) -> bool:
        """Does the question hold a whole title or alias (of more than `longer_than` words) of an entry?"""
        stems = query.stem_set
        return any(
            self.index.entries[i].kind not in besides
            and any(
                len(terms) > longer_than and all(t in stems for t in terms)
                for terms in self.index.entries[i].name_terms
            )
            for i in query.named
        )

    def _named_people(self, query: Query) -> tuple[int, ...]:
        return tuple(i for i in query.named if self.index.entries[i].kind == "character")

    def _person_described(
        self, query: Query, scores: dict[int, float], *, besides: tuple[int, ...] = ()
    ) -> Entry | None:
        """ "the young composer she falls for", "who's the strict teacher": a question shaped like one about a
        person, whose own words fit one character's description clearly better than the others'."""
        words = set(query.words)
        if not words & _PERSON_SHAPE or words & _SCENE_SHAPE:
            return None
        people = [p for p in self.index.by_kind.get("character", []) if p.id not in besides]
        postings = self.index.postings
        # Words the pack never uses say nothing about any of its people: only the pack's own words count.
        content = [
            (t, w) for t, w, _ in query.terms if t not in _NOUN_TERMS and t not in _PERSON_CUE_TERMS and t in postings
        ]
        total = sum(w for _, w in content)
        if len(people) < 1 or not total:
            return None
        fits = sorted(
            ((sum(w * postings.get(t, {}).get(p.id, 0.0) for t, w in content) / total, p.id) for p in people),
            reverse=True,
        )
        best, best_id = fits[0]
        runner = fits[1][0] if len(fits) > 1 else 0.0
        if best < PERSON_FLOOR or best < runner * PERSON_MARGIN:
            return None
        top_id, top = max(
            ((i, s) for i, s in scores.items() if i not in besides), key=lambda item: item[1], default=(best_id, 0.0)
        )
        top_kind = self.index.entries[top_id].kind
        if top_id != best_id and top_kind != "character" and self._names_an_entry(query) and not besides:
            return None  # "who is in the first scene" names a scene: not a description of a person
        if top_kind in ("soundtrack", "track") and top >= CONFIDENT:
            return None  # "who composed the score" asks for the music's credit
        return self.index.entries[best_id]

    def _name_holders(self, stem_: str) -> list[Entry]:
        """Entries with this word in one of their names (title or alias)."""
        return [self.index.entries[i] for i in self.index.name_holders.get(stem_, ())]

    def _clarify(self, entries: list[Entry], *, lead: str = "") -> Answer:
        """Ask which one: the choices numbered; the next turn may answer with a number or a name."""
        listing = "\n".join(f"{n}. {e.title} ({_KIND_NOUN[e.kind]})" for n, e in enumerate(entries, start=1))
        text = (f"{lead} " if lead else "") + f"Which one do you mean?\n{listing}\nReply with a number or a name."
        alternatives = tuple(self._alternative(e.id, 0.5) for e in entries)
        return Answer("none", "", 0.0, text, None, alternatives, "clarify")

    def _out_of_range(self, text: str) -> Answer:
        return Answer("none", "", 0.0, text, None, (), "out_of_range")

    def _hit(self, entry: Entry, score: float, alternatives: tuple[Alternative, ...]) -> Answer:
        return Answer(
            kind=entry.kind,
            title=entry.title,
            score=min(1.0, score),
            text=render(entry.subject, self.pack),
            subject=entry.subject,
            alternatives=alternatives,
        )

    def _alternative(self, entry_id: int, score: float) -> Alternative:
        entry = self.index.entries[entry_id]
        return Alternative(entry.kind, entry.title, min(1.0, score))

    def _decline(self, reason: str, *, missing: str = "", alternatives: tuple[Alternative, ...] = ()) -> Answer:
        text = help_text(self.pack, missing)
        if reason == "small_talk":
            text = "Hello! " + text
        elif reason == "no_thread":
            text = (
                "I can't tell what that refers to: we haven't talked about a scene, a track or a character yet. " + text
            )
        return Answer("none", "", 0.0, text, None, alternatives, reason, missing)
