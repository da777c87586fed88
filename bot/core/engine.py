"""The answerer: free-text questions, name look-ups and autocomplete over one pack."""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, replace
from pathlib import Path

from .answers import Alternative, Answer, Kind, Resolution, Subject, help_text, render, render_scene_list
from .conversation import Conversation, Focus
from .index import KEYWORD_FIELD, Entry, Index
from .intents import FilmFacts, is_request, is_small_talk
from .loader import load_pack
from .names import NameIndex
from .pack import Pack
from .reader import Reading
from .reader import read as read_question
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


class Engine:
    """Answers questions about one pack. Build once (the index is precomputed), then call freely."""

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
        people = [(entry.id, entry.names) for entry in self.index.by_kind.get("character", [])]
        named: dict[int, tuple[int, ...]] = {}
        for entry in (
            *self.index.by_kind.get("scene", []),
            *self.index.by_kind.get("track", []),
            *self.index.by_kind.get("film", []),
        ):
            subject = entry.subject
            text = fold(" ".join(getattr(subject, f, "") or "" for f in _TEXT_FIELDS))
            found = []
            for person, names in people:
                # "Nora's" folds to "noras": a name counts with a possessive s too.
                first = re.search(r"\b(?:" + "|".join(map(re.escape, names)) + r")s?\b", text)
                if first is not None:
                    found.append((first.start(), person))
            named[entry.id] = tuple(person for _, person in sorted(found))
        return named

    @classmethod
    def from_path(cls, path: str | Path) -> Engine:
        return cls(load_pack(path))

    # ------------------------------------------------------------------ reading a question

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
        return Query(
            tuple(words),
            tuple(terms),
            tuple(stems.items()),
            " ".join(words),
            " ".join(folded),
            frozenset(seen),
            frozenset(stems),
        )

    # ------------------------------------------------------------------ scoring

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
            for entry_id, field in pairs:
                if group and entry_id not in holders:  # matched through a synonym, not as written
                    field *= SYNONYM_MATCH
                coverage[entry_id] = coverage.get(entry_id, 0.0) + weight * field
        terms = [t for t, _, _ in query.terms]
        for pair in zip(terms, terms[1:], strict=False):
            for entry_id in index.phrases.get(pair, ()):
                if entry_id in coverage:  # the two words together, as the entry's keywords say them
                    coverage[entry_id] += PHRASE_BONUS * total
        named = self._name_bonus(query, total)
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

    def _name_bonus(self, query: Query, total: float) -> dict[int, float]:
        """Entries whose whole title or alias is in the question, with the bonus each earns."""
        weights = dict(query.stems)
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

    # ------------------------------------------------------------------ public API

    def answer(self, question: str, conversation: Conversation | None = None) -> Answer:
        """Answer a free-text question; with a conversation, read it against the thread and record it."""
        answer = self._answer(question, conversation)
        if conversation is not None:
            conversation.remember(answer)
        return answer

    def _answer(self, question: str, conversation: Conversation | None) -> Answer:
        query = self.read(question)
        if not query.words:
            return self._decline("empty")
        # dict.fromkeys: the question is checked once when spelling corrected nothing
        fact = self.facts.missing_fact(*dict.fromkeys((query.typed, query.corrected)))
        if fact is not None:
            music = self._latest(conversation, ("track", "soundtrack")) if conversation is not None else None
            if fact.topic == "the cast" and music is not None and music is self._latest(conversation):
                return self._hit(music, 1.0, ())  # "who played it?" after a track asks for its credit
            return self._decline("missing_fact", missing=fact.topic)
        if is_small_talk(list(query.words)):
            return self._decline("small_talk")
        if is_request(query.typed):
            return self._decline("off_topic")
        thread = conversation if conversation is not None and (conversation.recent or conversation.pending) else None
        listed = thread is not None and thread.focus is not None and thread.focus.kind in _LISTS
        reading = read_question(
            query.corrected, pending=bool(thread and (thread.pending or listed)), knows=self.index.knows
        )
        if thread is not None and reading.person and reading.asks in ("describe", "appears"):
            query = self._with_person_named(query, reading.person, thread)
        if reading.asks == "describe" and thread is not None and thread.pending:
            picked = self._pick_by_words(query, thread)
            if picked is not None:
                return self._hit(picked, 1.0, ())
        match reading.asks:
            case "pick":
                return self._pick(reading, thread)
            case "more":
                if reading.person and thread is not None:
                    return self._follow_reference(query, reading, thread) or self._decline("no_thread")
                return self._more(thread)
            case "film":
                if reading.person and thread is not None:
                    followed = self._follow_reference(query, reading, thread)
                    if followed is not None:
                        return followed
                if self._about_the_film(query):
                    return self._hit(self.index.by_kind["film"][0], 1.0, ())
            case "other":
                return self._other(reading, thread)
            case "list":
                return self._list(reading)
            case "nth":
                if reading.kind is None and conversation is None:
                    reading = replace(reading, kind="scene")  # asked alone, "the last one" is the last scene
                return self._nth(self._with_thread_kind(reading, thread))
            case "appears":
                appears = self._appears(query, reading, thread)
                if appears is not None:
                    return appears
            case "order":
                answer = self._order(reading, query, thread)
                if answer is not None:
                    return answer
        return self._describe(query, reading, thread, conversation)

    def _describe(
        self, query: Query, reading: Reading, thread: Conversation | None, conversation: Conversation | None
    ) -> Answer:
        """The entry a question names or describes; a pronoun with nothing else to go on means the thread."""
        if self._names_another_work(query):
            return self._decline("off_topic")
        if self.facts.asks_genre(query.typed) and self.index.by_kind.get("film") and not self._unknown_words(query):
            return self._hit(self.index.by_kind["film"][0], 1.0, ())  # its reply gives the genre
        scores = self._scores(query) if query.terms else self._kind_only(query)
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))[:4]
        confident = bool(ranked) and ranked[0][1] >= CONFIDENT
        if reading.demonstrative and thread is not None and not self._names_an_entry(query, longer_than=1):
            followed = self._follow_reference(query, reading, thread)  # "how does that scene end"
            if followed is not None:
                return followed
        other = self._someone_else(query, reading, thread, scores)
        if other is not None:
            return self._hit(other, max(CONFIDENT, scores.get(other.id, 0.0)), ())
        if reading.refers_back and not self._names_an_entry(query):
            if thread is not None and (not confident or self._mostly_reference(query)):
                followed = self._follow_reference(query, reading, thread)
                if followed is not None:
                    return followed
            elif (
                thread is None
                and conversation is not None
                and not self._content_terms(query)
                and not (set(query.words) & _NAMING_CUES)
            ):
                return self._decline("no_thread")  # a follow-up to nothing; alone (no conversation) it is a guess
        unsure = self._unsure(query, ranked)
        if unsure:
            return self._clarify(unsure)
        besides = self._named_people(query) if reading.someone_else else ()
        person = self._person_described(query, scores, besides=besides)
        if person is not None:
            return self._hit(person, max(CONFIDENT, scores.get(person.id, 0.0)), ())
        if not confident:
            close = tuple(self._alternative(i, s) for i, s in ranked[:3] if s >= CONFIDENT * 0.7)
            return self._decline("off_topic", alternatives=close)
        best_id, best_score = ranked[0]
        entry = self._preferred(query, scores, self.index.entries[best_id])
        if entry.id != best_id:
            ranked = [(entry.id, best_score)] + [(i, s) for i, s in ranked if i != entry.id]
        alternatives = tuple(
            self._alternative(i, s) for i, s in ranked[1:] if s >= max(CONFIDENT * 0.8, best_score * 0.75)
        )
        return self._hit(entry, best_score, alternatives)

    # ------------------------------------------------------------------ the thread

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

    def _more(self, thread: Conversation | None) -> Answer:
        if thread is not None and thread.focus is not None and thread.focus.kind == "scenes":
            return self._list(Reading("list", kind="scene"))
        entry = self._latest(thread)
        return self._hit(entry, 1.0, ()) if entry is not None else self._decline("no_thread")

    def _other(self, reading: Reading, thread: Conversation | None) -> Answer:
        """ "and the other one?": the other of two, or what was also close last time."""
        kinds: tuple[Kind, ...] | None = (reading.kind,) if reading.kind else None
        current = self._latest(thread, kinds)
        if current is None or thread is None:
            return self._decline("no_thread")
        siblings = [e for e in self.index.by_kind[current.kind] if e.id != current.id]
        if len(siblings) == 1:
            return self._hit(siblings[0], 1.0, ())
        for focus in (*thread.others, *thread.recent):
            entry = self._entry_of(focus)
            if entry is not None and entry.id != current.id and entry.kind == current.kind:
                return self._hit(entry, 1.0, ())
        return self._decline("no_thread")

    def _pick(self, reading: Reading, thread: Conversation | None) -> Answer:
        """ "the first one", "2": a choice from the open "which one did you mean?", or from a list just shown."""
        if thread is not None and not thread.pending and thread.focus is not None:
            return self._nth(Reading("nth", kind=_LISTS[thread.focus.kind], position=reading.pick))
        pending = [self._entry_of(Focus(a.kind, a.title)) for a in (thread.pending if thread else ())]
        choices = [e for e in pending if e is not None]
        index = reading.pick or 1
        position = index - 1 if index > 0 else len(choices) + index
        if not choices or not 0 <= position < len(choices):
            return self._decline("no_thread")
        chosen = choices[position]
        return self._hit(chosen, 1.0, tuple(self._alternative(e.id, 0.5) for e in choices if e.id != chosen.id))

    def _pick_by_words(self, query: Query, thread: Conversation) -> Entry | None:
        """ "the track", "the opening night one", a name: the pending choice these words fit best, if one does."""
        choices = [e for e in (self._entry_of(Focus(a.kind, a.title)) for a in thread.pending) if e is not None]
        if not choices:
            return None
        kinds = {kind for kind, cues in _CUES.items() if set(query.words) & cues}
        of_kind = [e for e in choices if e.kind in kinds]
        if len(of_kind) == 1 and len({e.kind for e in choices}) > 1:
            return of_kind[0]
        scores = self._scores(query) if query.terms else {}
        fitting = sorted(((scores.get(e.id, 0.0), e.id) for e in choices), reverse=True)
        if fitting and fitting[0][0] >= PICK_FLOOR and (len(fitting) == 1 or fitting[0][0] > fitting[1][0] * 1.2):
            best = self.index.entries[fitting[0][1]]
            rival = max(scores.items(), key=lambda item: item[1], default=(best.id, 0.0))
            if rival[0] == best.id or rival[1] < CONFIDENT or not self._names_an_entry(query):
                return best
        return None

    def _follow_reference(self, query: Query, reading: Reading, thread: Conversation) -> Answer | None:
        """A pronoun read against the thread: "who composed it?" after a track is that track's credit; "who is
        she?" after a scene is the person that scene names; "this scene" is the latest scene."""
        words = set(query.words)
        if reading.person and (words & _PERSON_QUESTION or not self._content_terms(query)):
            person = self._person(reading.person, thread)
            return self._hit(person, 1.0, ()) if person is not None else self._decline("no_thread")
        if words & _CREDIT_WORDS or query.stem_set & _CREDIT_STEMS:
            track = self._latest(thread, ("track", "soundtrack"))
            focus = self._latest(thread)
            if focus is not None and focus.kind in ("track", "soundtrack"):
                return self._hit(focus, 1.0, ())
            soundtrack = self.index.by_kind.get("soundtrack")
            if soundtrack:
                return self._hit(track if track is not None and focus is None else soundtrack[0], 1.0, ())
        kinds: tuple[Kind, ...] | None = (reading.demonstrative,) if reading.demonstrative else None
        entry = self._latest(thread, kinds)
        return self._hit(entry, 1.0, ()) if entry is not None else None

    def _with_person_named(self, query: Query, pronoun: str, thread: Conversation) -> Query:
        """ "which scene does he fight with her in", just after talking about someone: read "he" as that person."""
        latest = self._latest(thread)
        if latest is None or latest.kind != "character" or not self._pronoun_fits(latest, pronoun):
            return query
        forms = _PRONOUN_FORMS[pronoun]
        named = " ".join(latest.title if word in forms else word for word in query.corrected.split())
        return self.read(named) if named != query.corrected else query

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
        total = sum(weight for _, weight, _ in query.terms)
        if not total:
            return False
        stems = query.stem_set
        return any(
            self.index.entries[i].kind not in besides
            and any(
                len(terms) > longer_than and all(t in stems for t in terms)
                for terms in self.index.entries[i].name_terms
            )
            for i in self._name_bonus(query, total)
        )

    def _someone_else(
        self, query: Query, reading: Reading, thread: Conversation | None, scores: dict[int, float]
    ) -> Entry | None:
        """ "who does she fall for", "and the girl who falls for him?": a person described by their relation to
        the one a pronoun points at, who is therefore someone else."""
        if thread is None or reading.pronoun is None:
            return None
        noun_person = reading.person != reading.pronoun or bool(set(query.words) & _PERSON_NOUN_WORDS)
        if not (reading.someone_else or noun_person):
            return None
        referent = self._person(reading.pronoun, thread)
        if referent is None:
            return None
        return self._person_described(query, scores, besides=(referent.id,))

    def _named_people(self, query: Query) -> tuple[int, ...]:
        total = sum(weight for _, weight, _ in query.terms)
        named = self._name_bonus(query, total) if total else {}
        return tuple(i for i in named if self.index.entries[i].kind == "character")

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

    def _about_the_film(self, query: Query) -> bool:
        """A question about the plot or themes that names no entry of ours and no other work."""
        if not self.index.by_kind.get("film") or self._names_an_entry(query, besides=("film",)):
            return False
        if self._names_another_work(query):
            return False
        unknown = self._unknown_words(query)
        return not unknown or bool(set(query.words) & (_FILM_WORDS | _PLOT_WORDS))  # "set up a discord bot": no

    def _unsure(self, query: Query, ranked: list[tuple[int, float]]) -> list[Entry]:
        """Entries too close to choose between: one name shared by a scene and a track with nothing around it
        to tell them apart, or a bare "the track" when there are two or three."""
        entries = self.index.entries
        if len(ranked) >= 2:
            (first, top), (second, runner) = ranked[0], ranked[1]
            a, b = entries[first], entries[second]
            if a.kind != b.kind and set(a.names) & set(b.names) and top - runner < SHARED_NAME_MARGIN:
                return [a, b]
        lone = [t for t in query.stems if is_significant(t[0])]
        if len(query.terms) == 1 and len(lone) == 1:
            holders = {e.id for e in self._name_holders(lone[0][0])}
            if 2 <= len(holders) <= MAX_CLARIFY:
                return [entries[i] for i in sorted(holders, key=lambda i: -dict(ranked).get(i, 0.0))]
        if set(query.words) & _EXPLICIT["scene"]:
            people = self._named_people(query)
            named_terms = {t for i in people for terms in entries[i].name_terms for t in terms}
            if len(people) == 1 and {s for s, _ in query.stems if is_significant(s)} <= named_terms | _NOUN_STEMS:
                scenes = [e for e in self.index.by_kind.get("scene", []) if people[0] in self._mentions.get(e.id, ())]
                if 2 <= len(scenes) <= MAX_CLARIFY:
                    return scenes  # "the scene with the mentor": which of the scenes that name them?
        if len(ranked) >= 2 and ranked[0][1] - ranked[1][1] <= NEAR_TIE and ranked[1][1] >= CONFIDENT * 0.8:
            close = [entries[i] for i, score in ranked[:MAX_CLARIFY] if ranked[0][1] - score <= NEAR_TIE]
            if len({e.kind for e in close}) == 1 and not self._names_an_entry(query):
                return close  # two scenes the words fit about as well: ask rather than guess
        if not self._content_terms(query):
            kinds = [kind for kind, nouns in _KIND_NOUNS.items() if set(query.words) & nouns]
            if len(kinds) == 1:
                of_kind = self.index.by_kind.get(kinds[0], [])
                if 2 <= len(of_kind) <= MAX_CLARIFY:
                    return of_kind
        return []

    # ------------------------------------------------------------------ the film's structure

    def _list(self, reading: Reading) -> Answer:
        if reading.kind == "track" and self.index.by_kind.get("soundtrack"):
            return self._hit(self.index.by_kind["soundtrack"][0], 1.0, ())
        return Answer("scenes", self.pack.film.title, 1.0, render_scene_list(self.pack))

    def _with_thread_kind(self, reading: Reading, thread: Conversation | None) -> Reading:
        """ "the last one": of the kind the thread is about; with no thread, a scene or a track (asked)."""
        if reading.kind is not None:
            return reading
        latest = self._latest(thread, ("scene", "track"))
        return replace(reading, kind=latest.kind if latest is not None else None)

    def _appears(self, query: Query, reading: Reading, thread: Conversation | None) -> Answer | None:
        """The first (or last) scene whose text names a character: the one the question names, or "she"."""
        total = sum(weight for _, weight, _ in query.terms)
        named = [self.index.entries[i] for i in (self._name_bonus(query, total) if total else {})]
        people = [e for e in named if e.kind == "character"]
        if not people and reading.person and thread is not None:
            person = self._person(reading.person, thread)
            people = [person] if person is not None else []
        if len(people) != 1:
            return None
        scenes = [e for e in self.index.by_kind.get("scene", []) if people[0].id in self._mentions.get(e.id, ())]
        if not scenes:
            return self._out_of_range(f"No scene in my pack names {people[0].title}.")
        return self._hit(scenes[0] if (reading.position or 1) > 0 else scenes[-1], 1.0, ())

    def _nth(self, reading: Reading) -> Answer:
        if reading.kind is None:
            both = [
                entries[index]
                for kind in ("scene", "track")
                if (entries := self.index.by_kind.get(kind, []))
                and (index := _index_of(reading.position, len(entries))) is not None
            ]
            if len(both) == 2:
                return self._clarify(both)
        kind: Kind = reading.kind or "scene"
        entries = self.index.by_kind.get(kind, [])
        position = reading.position if reading.position is not None else 1
        index = _index_of(position, len(entries))
        if index is None:
            return self._out_of_range(
                f"{self.pack.film.title} has {_count(len(entries), kind)}, so there is no "
                f"{_ordinal_words(position)} {_KIND_NOUN[kind]}."
            )
        return self._hit(entries[index], 1.0, ())

    def _order(self, reading: Reading, query: Query, thread: Conversation | None) -> Answer | None:
        """Next, previous or between, from named entries or from the thread; None when the anchor is no entry
        (then the question is read as a description)."""
        kinds: tuple[Kind, ...] = (reading.kind,) if reading.kind else ("scene", "track")
        anchors = [self._anchor(text, kinds, thread) for text in reading.anchors]
        if reading.anchors and any(a is None for a in anchors):
            return None
        if not anchors:
            anchor = self._latest(thread, kinds) or self._latest(thread, ("scene", "track"))
            if anchor is None:
                return self._decline("no_thread")
            anchors = [anchor]
        entries = self.index.by_kind[anchors[0].kind]  # type: ignore[union-attr]
        here = self._positions[(anchors[0].kind, anchors[0].title)]  # type: ignore[union-attr]
        noun = _KIND_NOUN[anchors[0].kind]  # type: ignore[union-attr]
        if reading.relation == "between":
            return self._between(entries, here, anchors[1], noun)  # type: ignore[arg-type]
        step = reading.steps if reading.relation == "next" else -reading.steps
        target = here + step
        if not 0 <= target < len(entries):
            edge = "last" if step > 0 else "first"
            side = "after" if step > 0 else "before"
            return self._out_of_range(
                f"{entries[here].title} is the {edge} {noun}"
                f"{' in film order' if noun == 'scene' else ''}: nothing comes {side} it."
            )
        return self._hit(entries[target], 1.0, ())

    def _between(self, entries: list[Entry], here: int, other: Entry, noun: str) -> Answer:
        there = self._positions[(other.kind, other.title)]
        low, high = sorted((here, there))
        inside = entries[low + 1 : high]
        if other.kind != entries[here].kind or not inside:
            return self._out_of_range(
                f"{entries[low].title} and {entries[high].title} come one right after the "
                f"other: there is no {noun} between them."
            )
        if len(inside) == 1:
            return self._hit(inside[0], 1.0, ())
        return self._clarify(inside[:MAX_CLARIFY], lead=f"{len(inside)} {noun}s come between them.")

    def _anchor(self, text: str, kinds: tuple[Kind, ...], thread: Conversation | None) -> Entry | None:
        """The entry an order relation starts from: a name, a description, a position or the thread."""
        words = text.split()
        if not words or all(w in _ANCHOR_REFERENCES or not is_significant(w) for w in words):
            return self._latest(thread, kinds)
        reading = read_question(text)
        if reading.asks == "nth":
            answer = self._nth(reading if reading.kind in kinds else replace(reading, kind=kinds[0]))
            if answer.reason == "clarify":
                return None
            return (
                self.index.by_kind[answer.kind][self._positions[(answer.kind, answer.title)]]
                if answer.kind != "none"
                else None
            )
        query = self.read(text)
        scores = self._scores(query)
        ranked = sorted(((s, i) for i, s in scores.items() if self.index.entries[i].kind in kinds), reverse=True)
        if ranked and ranked[0][0] >= ANCHOR_FLOOR:
            return self.index.entries[ranked[0][1]]
        return None

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

    def _preferred(self, query: Query, scores: dict[int, float], best: Entry) -> Entry:
        """The whole and its parts: "who are the characters" wants the film (its reply lists them);
        "the waltz piece on the soundtrack" wants that one track, not the soundtrack."""
        if best.kind != "scene" and "characters" in query.words and self.index.by_kind.get("film"):
            return self.index.by_kind["film"][0]
        if best.kind == "soundtrack":
            return self._one_track(query, scores, best) or best
        return best

    def _one_track(self, query: Query, scores: dict[int, float], soundtrack: Entry) -> Entry | None:
        """A singular word for a track plus something only that track has."""
        words = set(query.words)
        if not words & _CUES["track"] or words & _LIST_WORDS:
            return None
        postings = self.index.postings
        tracks = [self.index.entries[i] for i in scores if self.index.entries[i].kind == "track"]
        specific = [
            track
            for track in tracks
            if any(
                postings[w].get(track.id, 0) > postings[w].get(soundtrack.id, 0)
                for w in query.term_set - _GENERIC_TRACK
                if w in postings
            )
        ]
        return max(specific, key=lambda t: (scores[t.id], -t.id)) if specific else None

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

    def resolve(self, kind: Kind, name: str) -> Resolution:
        """A name typed in a command: exact, then case/punctuation/accent-insensitive, then fuzzy."""
        entries = self.index.by_kind.get(kind, [])
        exact = self._positions.get((kind, name))
        if exact is not None:
            return Resolution(entries[exact].subject)
        folded = fold(name[:QUESTION_CHARS])
        if not folded:
            return Resolution(None, tuple(e.title for e in entries[:3]))
        for candidate in (folded, folded.removeprefix("the ")):
            named = self.index.by_name.get((kind, candidate))
            if named is not None:
                return Resolution(named.subject)
        names = self._names.get(kind)
        ranked = names.fuzzy(folded, limit=3, cutoff=50.0) if names else []
        if ranked and ranked[0][1] >= 88 and (len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= 8):
            return Resolution(ranked[0][0].subject)
        return Resolution(None, tuple(entry.title for entry, _ in ranked))

    def complete(self, kind: Kind, text: str) -> list[str]:
        """Autocomplete titles of one kind: film order when empty, then name prefixes, word prefixes and
        fuzzy matches (typos), at most 25."""
        entries = self.index.by_kind.get(kind, [])
        folded = fold(text[:100])
        names = self._names.get(kind)
        if not folded or names is None:
            return [e.title for e in entries[:MAX_CHOICES]]
        picked: dict[int, float] = {}
        for rank, search in ((3.0, names.prefixed), (2.0, names.word_prefixed)):
            if len(picked) >= MAX_CHOICES:
                break  # what a weaker rule finds would rank below 25 better matches anyway
            for entry in search(folded):
                picked.setdefault(entry.id, rank)
        if len(picked) < MAX_CHOICES:
            for entry, score in names.fuzzy(folded, limit=MAX_CHOICES, cutoff=60.0):
                picked.setdefault(entry.id, score / 100.0)
        order = sorted(picked.items(), key=lambda item: (-item[1], item[0]))[:MAX_CHOICES]
        return [self.index.entries[entry_id].title for entry_id, _ in order]

    def position(self, kind: Kind, title: str) -> int | None:
        """Where the entry with exactly this title sits among its kind (0-based), or None."""
        return self._positions.get((kind, title))

    def at(self, kind: Kind, position: int) -> Subject:
        """The entry at a position among its kind, or None when out of range."""
        entries = self.index.by_kind.get(kind, [])
        return entries[position].subject if 0 <= position < len(entries) else None
