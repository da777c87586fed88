"""Answer quality on question sets: the development set (a copy of the shared one), our paraphrases, and
question sets written blind (from the seed page only, by writers who never saw the engine), single questions
and conversations, on the shipped pack and on two made-up packs."""

from __future__ import annotations

import pytest

from bot.authoring.importer import import_page
from bot.core import Engine, load_pack, parse_pack
from tests.scoring import DATA, load, score_conversations, score_questions

SINGLE_SETS = [
    ("questions.jsonl", 0.95),  # the shared development set
    ("paraphrases.jsonl", 0.95),
    ("blind-single.jsonl", 0.93),  # order, lists, the film in other words, entries by description
    ("blind-b-single.jsonl", 0.93),
    ("blind-c-single.jsonl", 0.93),
    ("blind-d-single.jsonl", 0.93),
    ("blind-e-single.jsonl", 0.93),
    ("blind-f-single.jsonl", 0.93),
]
CONVERSATION_SETS = [
    ("blind-conversations.jsonl", 0.92),
    ("blind-b-conversations.jsonl", 0.92),
    ("blind-c-conversations.jsonl", 0.92),
    ("blind-d-conversations.jsonl", 0.92),
    ("blind-e-conversations.jsonl", 0.90),
    ("blind-f-conversations.jsonl", 0.90),
]
# The seventh blind set (G), written by four writers in four styles; its other half is held back unseen.
# Floors a little under what the engine scores, per style: single questions, conversation turns, and whole
# conversations right end to end.
BLIND_G = [
    ("discord", 0.94, 0.93, 0.88),
    ("esl", 0.91, 0.93, 0.88),
    ("longwinded", 0.86, 0.90, 0.85),
    ("terse", 0.94, 0.95, 0.90),
]
OTHER_PACKS = [("overture", 0.90, 0.85), ("ledger", 0.90, 0.85)]


def _fail(name: str, accuracy: float, floor: float, misses: list[str]) -> str:
    return f"top-1 {accuracy:.3f} < {floor} on {name}; misses:\n" + "\n".join(misses)


@pytest.mark.parametrize("name, floor", SINGLE_SETS)
def test_single_questions(engine, name, floor):
    score = score_questions(engine.answer, load(name))
    assert score.accuracy >= floor, _fail(name, score.accuracy, floor, score.misses)


@pytest.mark.parametrize("name, floor", CONVERSATION_SETS)
def test_conversation_turns(engine, name, floor):
    score = score_conversations(engine.answer, load(name))
    assert score.accuracy >= floor, _fail(name, score.accuracy, floor, score.misses)


@pytest.mark.parametrize("name", [name for name, _ in SINGLE_SETS])
def test_declines_off_topic_and_answers_the_rest(engine, name):
    score = score_questions(engine.answer, load(name))
    assert score.declined_off_topic / score.off_topic >= 0.95, score.misses
    assert score.declined_answerable / score.answerable <= 0.05, score.misses  # one small set: a few questions


def test_answerable_questions_are_rarely_declined_over_all_sets(engine):
    score = score_questions(engine.answer, [row for name, _ in SINGLE_SETS for row in load(name)])
    assert score.declined_answerable / score.answerable <= 0.03, score.misses


# Set H: the other halves, held back unseen until the end of issue 14 and scored once as its estimate (single
# 0.93, turns 0.86, conversations right end to end 0.45-0.88 by style). Spent now: regression floors only.
BLIND_H = [
    ("discord", 0.93, 0.86, 0.7),
    ("esl", 0.86, 0.80, 0.65),
    ("longwinded", 0.8, 0.72, 0.4),
    ("terse", 0.86, 0.92, 0.8),
]


# Sets I to Z and AA to AX (issue 14): four writers each, from the seed page alone. I was half development, half
# held back (scored once, then used as development material); J to AX were each written fresh and scored once
# through `ask --json [--conversation]`; J to S, V to X, AA, AD, AF, AI, AK, AM, AO, AQ, AS, AU and AW were then
# fixed against; T, U, Y, Z, AB, AC, AE, AG, AH, AJ, AL, AN, AP, AR, AT, AV and AX were estimates (AE and AN then
# fixed against too). AY to BN, the rounds after, the same way (BI fixed against, BJ held back, BL written at its
# round's end and scored on the final answerer, a second estimate; then BM fixed against, BN held back, BO written
# at that round's end, the same way; then BP fixed against, BQ held back, BR written mid-round and held back to
# its end; then BS fixed against, BT held back, BU written mid-round and held back to its end). Spent:
# regression floors a little below what the engine scores: (single, turns, end to end) for each style.
STYLES = ("discord", "esl", "longwinded", "terse")
LATER_SETS = {
    "i": ((0.96, 0.96, 0.9), (0.97, 0.9, 0.78), (0.85, 0.72, 0.42), (0.96, 0.94, 0.87)),
    "j": ((0.93, 0.89, 0.8), (0.9, 0.82, 0.55), (0.8, 0.58, 0.2), (0.96, 0.92, 0.8)),
    "k": ((0.9, 0.9, 0.72), (0.93, 0.78, 0.5), (0.83, 0.57, 0.17), (0.93, 0.93, 0.82)),
    "l": ((0.93, 0.86, 0.72), (0.93, 0.85, 0.65), (0.67, 0.65, 0.25), (0.93, 0.87, 0.72)),
    "m": ((0.96, 0.89, 0.75), (0.96, 0.85, 0.65), (0.7, 0.64, 0.32), (0.93, 0.93, 0.82)),
    "n": ((0.9, 0.9, 0.75), (0.87, 0.76, 0.47), (0.73, 0.66, 0.3), (0.93, 0.94, 0.85)),
    "o": ((0.93, 0.94, 0.85), (0.83, 0.82, 0.6), (0.8, 0.66, 0.3), (0.9, 0.9, 0.8)),
    "p": ((0.9, 0.89, 0.77), (0.87, 0.9, 0.72), (0.77, 0.7, 0.4), (0.93, 0.95, 0.9)),
    "q": ((0.93, 0.92, 0.77), (0.83, 0.92, 0.8), (0.73, 0.69, 0.4), (0.93, 0.95, 0.92)),
    "r": ((0.94, 0.88, 0.78), (0.94, 0.89, 0.75), (0.91, 0.73, 0.43), (0.94, 0.94, 0.9)),
    "s": ((0.98, 0.97, 0.95), (0.98, 0.89, 0.75), (0.81, 0.77, 0.53), (0.94, 0.95, 0.93)),
    "t": ((0.98, 0.95, 0.9), (0.91, 0.84, 0.65), (0.84, 0.79, 0.65), (0.98, 0.93, 0.83)),
    "u": ((0.98, 0.93, 0.85), (0.94, 0.93, 0.85), (0.74, 0.66, 0.3), (0.98, 0.94, 0.9)),
    "v": ((0.93, 0.92, 0.85), (0.83, 0.9, 0.77), (0.96, 0.78, 0.57), (0.96, 0.96, 0.92)),
    "w": ((0.96, 0.9, 0.83), (0.93, 0.92, 0.83), (0.8, 0.74, 0.5), (0.93, 0.94, 0.88)),
    "x": ((0.96, 0.92, 0.83), (0.9, 0.91, 0.77), (0.86, 0.64, 0.3), (0.96, 0.93, 0.8)),
    "y": ((0.96, 0.94, 0.88), (0.93, 0.92, 0.83), (0.9, 0.72, 0.4), (0.93, 0.93, 0.83)),
    "z": ((0.96, 0.92, 0.78), (0.9, 0.94, 0.88), (0.8, 0.74, 0.43), (0.96, 0.95, 0.93)),
    "aa": ((0.98, 0.96, 0.95), (0.98, 0.89, 0.75), (0.81, 0.81, 0.6), (0.98, 0.93, 0.88)),
    "ab": ((0.91, 0.94, 0.85), (0.91, 0.89, 0.8), (0.78, 0.68, 0.3), (0.98, 0.96, 0.95)),
    "ac": ((0.98, 0.92, 0.8), (0.94, 0.9, 0.8), (0.81, 0.8, 0.57), (0.98, 0.94, 0.9)),
    "ad": ((0.98, 0.98, 0.98), (0.98, 0.95, 0.9), (0.94, 0.93, 0.85), (0.98, 0.96, 0.95)),
    "ae": ((0.98, 0.94, 0.9), (0.88, 0.86, 0.63), (0.81, 0.74, 0.53), (0.98, 0.95, 0.9)),
    "af": ((0.98, 0.94, 0.93), (0.98, 0.94, 0.88), (0.74, 0.74, 0.45), (0.98, 0.97, 0.95)),
    "ag": ((0.94, 0.93, 0.9), (0.94, 0.84, 0.7), (0.91, 0.73, 0.53), (0.98, 0.97, 0.95)),
    "ah": ((0.98, 0.98, 0.98), (0.94, 0.87, 0.74), (0.86, 0.76, 0.44), (0.94, 0.98, 0.98)),
    "ai": ((0.91, 0.97, 0.95), (0.88, 0.94, 0.9), (0.91, 0.88, 0.7), (0.98, 0.98, 0.98)),
    "aj": ((0.94, 0.94, 0.93), (0.98, 0.93, 0.88), (0.88, 0.79, 0.5), (0.94, 0.94, 0.88)),
    "ak": ((0.94, 0.97, 0.95), (0.91, 0.92, 0.83), (0.91, 0.87, 0.65), (0.98, 0.97, 0.95)),
    "al": ((0.98, 0.94, 0.88), (0.94, 0.89, 0.8), (0.84, 0.83, 0.6), (0.98, 0.96, 0.93)),
    "am": ((0.98, 0.94, 0.9), (0.98, 0.93, 0.85), (0.91, 0.94, 0.9), (0.91, 0.96, 0.93)),
    "an": ((0.94, 0.96, 0.93), (0.91, 0.95, 0.9), (0.91, 0.84, 0.7), (0.98, 0.95, 0.93)),
    "ao": ((0.98, 0.95, 0.95), (0.91, 0.98, 0.98), (0.98, 0.89, 0.73), (0.91, 0.98, 0.98)),
    "ap": ((0.98, 0.92, 0.85), (0.94, 0.94, 0.88), (0.88, 0.8, 0.57), (0.94, 0.97, 0.95)),
    "aq": ((0.98, 0.93, 0.88), (0.91, 0.94, 0.88), (0.94, 0.86, 0.73), (0.98, 0.98, 0.98)),
    "as": ((0.98, 0.92, 0.85), (0.94, 0.94, 0.88), (0.91, 0.83, 0.57), (0.98, 0.93, 0.9)),
    "ar": ((0.98, 0.94, 0.88), (0.84, 0.9, 0.75), (0.88, 0.85, 0.68), (0.98, 0.95, 0.9)),
    "at": ((0.98, 0.96, 0.93), (0.91, 0.81, 0.68), (0.91, 0.82, 0.63), (0.98, 0.94, 0.9)),
    "au": ((0.98, 0.95, 0.93), (0.91, 0.92, 0.83), (0.88, 0.9, 0.78), (0.98, 0.96, 0.93)),
    "aw": ((0.98, 0.98, 0.98), (0.98, 0.95, 0.9), (0.98, 0.88, 0.75), (0.98, 0.97, 0.95)),
    "av": ((0.98, 0.97, 0.95), (0.91, 0.94, 0.88), (0.88, 0.83, 0.63), (0.91, 0.98, 0.98)),
    "ax": ((0.94, 0.96, 0.95), (0.94, 0.93, 0.85), (0.94, 0.79, 0.5), (0.94, 0.94, 0.9)),
    "ay": ((0.94, 0.94, 0.85), (0.98, 0.94, 0.85), (0.78, 0.86, 0.68), (0.98, 0.96, 0.93)),
    "ba": ((0.94, 0.97, 0.95), (0.94, 0.92, 0.78), (0.78, 0.93, 0.83), (0.94, 0.97, 0.95)),
    "az": ((0.91, 0.91, 0.8), (0.84, 0.9, 0.75), (0.91, 0.86, 0.7), (0.98, 0.96, 0.93)),
    "bb": ((0.98, 0.94, 0.9), (0.98, 0.88, 0.75), (0.74, 0.89, 0.75), (0.98, 0.95, 0.9)),
    "bc": ((0.98, 0.98, 0.98), (0.98, 0.93, 0.85), (0.74, 0.85, 0.7), (0.98, 0.95, 0.9)),
    "bd": ((0.94, 0.91, 0.83), (0.94, 0.88, 0.75), (0.84, 0.8, 0.57), (0.98, 0.95, 0.9)),
    "be": ((0.94, 0.92, 0.83), (0.91, 0.87, 0.68), (0.84, 0.92, 0.83), (0.98, 0.97, 0.95)),
    "bf": ((0.98, 0.94, 0.85), (0.98, 0.95, 0.9), (0.94, 0.87, 0.75), (0.98, 0.97, 0.95)),
    "bg": ((0.94, 0.87, 0.7), (0.91, 0.94, 0.88), (0.94, 0.87, 0.7), (0.98, 0.93, 0.85)),
    "bj": ((0.88, 0.94, 0.88), (0.98, 0.89, 0.8), (0.78, 0.88, 0.73), (0.94, 0.94, 0.88)),
    "bl": ((0.98, 0.95, 0.93), (0.84, 0.89, 0.73), (0.81, 0.83, 0.65), (0.94, 0.96, 0.93)),
    "bm": ((0.94, 0.92, 0.83), (0.94, 0.9, 0.78), (0.84, 0.86, 0.73), (0.98, 0.97, 0.95)),
    "bn": ((0.94, 0.9, 0.78), (0.91, 0.9, 0.75), (0.91, 0.88, 0.68), (0.98, 0.96, 0.9)),
    "bo": ((0.98, 0.98, 0.98), (0.94, 0.94, 0.88), (0.81, 0.85, 0.65), (0.98, 0.95, 0.9)),
    "bp": ((0.98, 0.94, 0.9), (0.98, 0.91, 0.8), (0.81, 0.87, 0.68), (0.98, 0.96, 0.93)),
    "bq": ((0.94, 0.95, 0.9), (0.98, 0.92, 0.85), (0.88, 0.85, 0.68), (0.98, 0.93, 0.85)),
    "br": ((0.98, 0.93, 0.88), (0.91, 0.89, 0.75), (0.91, 0.84, 0.65), (0.98, 0.93, 0.85)),
    "bs": ((0.98, 0.98, 0.98), (0.98, 0.97, 0.95), (0.91, 0.94, 0.85), (0.98, 0.98, 0.98)),
    "bt": ((0.98, 0.96, 0.93), (0.94, 0.9, 0.8), (0.71, 0.87, 0.68), (0.98, 0.95, 0.95)),
    "bu": ((0.94, 0.9, 0.78), (0.98, 0.94, 0.88), (0.94, 0.86, 0.65), (0.98, 0.92, 0.78)),
}
# BI was written in two styles only (fixed against, beside BJ held back)
PARTIAL_SETS = {"bi": {"discord": (0.91, 0.93, 0.85), "longwinded": (0.88, 0.87, 0.78)}}


@pytest.mark.parametrize(
    "blind, style, single_floor, turn_floor, end_to_end_floor",
    [("g", *floors) for floors in BLIND_G]
    + [("h", *floors) for floors in BLIND_H]
    + [(name, style, *floors) for name, sets in LATER_SETS.items() for style, floors in zip(STYLES, sets, strict=True)]
    + [(name, style, *floors) for name, sets in PARTIAL_SETS.items() for style, floors in sets.items()],
)
def test_blind_sets_per_style(engine, blind, style, single_floor, turn_floor, end_to_end_floor):
    singles = score_questions(engine.answer, load(f"blind-{blind}-{style}-single.jsonl"))
    assert singles.accuracy >= single_floor, _fail(style, singles.accuracy, single_floor, singles.misses)
    turns = score_conversations(engine.answer, load(f"blind-{blind}-{style}-conversations.jsonl"))
    assert turns.accuracy >= turn_floor, _fail(style, turns.accuracy, turn_floor, turns.misses)
    assert turns.end_to_end >= end_to_end_floor, _fail(style, turns.end_to_end, end_to_end_floor, turns.misses)


def test_blind_g_answerable_questions_are_rarely_declined(engine):
    rows = [row for style, *_ in BLIND_G for row in load(f"blind-g-{style}-single.jsonl")]
    score = score_questions(engine.answer, rows)
    assert score.declined_answerable / score.answerable <= 0.05, score.misses


@pytest.mark.parametrize("pack_name, single_floor, conversation_floor", OTHER_PACKS)
def test_a_made_up_pack_works_with_no_code_change(pack_name, single_floor, conversation_floor):
    engine = Engine(load_pack(DATA / "packs" / f"{pack_name}.yaml"))
    singles = score_questions(engine.answer, load(f"packs/{pack_name}-single.jsonl"))
    assert singles.accuracy >= single_floor, _fail(pack_name, singles.accuracy, single_floor, singles.misses)
    turns = score_conversations(engine.answer, load(f"packs/{pack_name}-conversations.jsonl"))
    assert turns.accuracy >= conversation_floor, _fail(pack_name, turns.accuracy, conversation_floor, turns.misses)


def test_the_development_set_is_the_shared_one():
    questions = load("questions.jsonl")
    assert len(questions) == 120
    assert {q["kind"] for q in questions} == {"scene", "track", "soundtrack", "film", "character", "none"}


def test_blind_sets_cover_every_question_type():
    singles = {row["type"] for row in load("blind-single.jsonl")}
    assert singles == {"order", "list", "film", "description", "decline"}
    conversations = {row["type"] for row in load("blind-conversations.jsonl")}
    assert {"next_prev", "pronoun", "more", "other", "standalone", "no_thread", "missing", "clarify"} <= conversations


# Made-up films written as seed-style pages by one helper and asked about by others (from the page alone), each
# page imported as it is (no hand keywords): film 6 (science fiction, accents, a department credit), film 7 (no
# genre, no soundtrack, curly apostrophes, scenes without context), films 8 to 19 (a western, a mystery, a sports
# drama, a horror film, a road movie, a courtroom drama, an animated adventure, a political thriller, a
# science-fiction comedy, a musical comedy, a heist thriller, a family drama), film 20 (a rowing drama), film 21 (a
# frontier western), film 22 (a romantic comedy),
# film 23 (a seafaring adventure), film 24 (a courtroom drama), film 25 (a mountain rescue thriller),
# film 26 (a boarding-school mystery), film 27 (a vineyard family saga), film 28 (a wartime resistance drama),
# film 29 (a restaurant kitchen comedy), film 30 (an Arctic expedition survival drama), film 31 (a jazz-age
# detective caper), films 32 to 34 (a chess thriller, a circus drama, a mountain rescue drama), film 35 (a small-town
# newsroom drama), film 36 (a 1960s motor-racing drama), film 37 (a lighthouse-island family drama), film 38 (a
# baroque court-painter costume drama), film 39 (a 1970s chess-tournament thriller), film 40 (a Victorian
# plant-hunting expedition, an estimate), film 41 (a 1950s bakery family comedy), film 42 (a 1980s submarine
# rescue drama, written at the end, an estimate), film 43 (a 1960s lighthouse-keepers' mystery), film 45 (a 1990s
# small-town radio comedy-drama), film 44 (a 1930s travelling-circus trapeze melodrama, held back: the estimate),
# film 46 (a 1920s vineyard harvest family saga, a second estimate), films 47 to 52 (the next round's), film 53 (a
# 1930s Louisiana riverboat jazz-band drama) and 54 (a 1980s Polish shipyard strike family drama), fixed against,
# film 55 (a 2000s Icelandic fishing-village election comedy-drama, held back: the estimate) and 56 (a 1960s Kenyan
# safari-lodge family drama, written mid-round, a second estimate), films 57 (a 1990s Scottish island ferry-crew
# comedy-drama) and 58 (a 1920s Shanghai jazz-club noir), fixed against, film 59 (a 2010s Brazilian football-academy
# drama, held back: the estimate), 60 (a 1970s Welsh mining-town brass band) and 61 (a 2020s Vietnamese-Canadian
# restaurant family's wedding comedy), written mid-round, scored at the start and the end only; film 62 (a 1960s
# Norwegian whaling-town lighthouse family drama), fixed against, film 63 (a 2000s Lagos film-studio backstage
# comedy, held back: the estimate), 64 (a 1980s Irish seaside bakery family feud) and 65 (a 2010s Korean-American
# esports team drama), written mid-round, scored at the start and the end only, film 66 (a 1950s Portuguese
# cork-forest village wedding drama) written with BL at the round's end; film 67 (a 1970s Scottish fishing-island
# ferry thriller) fixed against, films 68 (a 1990s Chilean mountain-observatory family drama) and 69 (a 2020s
# Canadian prairie grain-town political comedy) held back, film 70 (a 1930s Greek island sponge-diving family
# drama) written with BO at the round's end; film 71 (a 2000s Lagos family record-label drama) fixed against, films
# 72 (a 1920s Alaskan gold-rush western) and 73 (a 2010s Seoul restaurant-kitchen family comedy) held back, film 74
# (a 1980s Marseille dockworkers' strike drama) written with BR and held back to the round's end; film 75 (a 1960s
# Icelandic fishing-village mystery) fixed against, films 76 (a 2020s Nairobi tech-startup drama) and 77 (an 1890s
# Vienna opera-house romance) held back, film 78 (a 1970s Andean mountain-railway drama) written with BU and held
# back to the round's end. Spent.
IMPORTED_FILMS = [
    ("film-6", 0.85, 0.74),
    ("film-7", 0.87, 0.79),
    ("film-8", 0.87, 0.7),
    ("film-9", 0.95, 0.71),
    ("film-10", 0.87, 0.68),
    ("film-11", 0.9, 0.8),
    ("film-12", 0.95, 0.8),
    ("film-13", 0.85, 0.72),
    ("film-14", 0.77, 0.67),
    ("film-15", 0.9, 0.72),
    ("film-16", 0.83, 0.83),
    ("film-17", 0.85, 0.73),
    ("film-18", 0.8, 0.69),
    ("film-19", 0.7, 0.7),
    ("film-20", 0.8, 0.67),
    ("film-21", 0.77, 0.7),
    ("film-22", 0.87, 0.72),
    ("film-23", 0.85, 0.71),
    ("film-24", 0.75, 0.68),
    ("film-25", 0.73, 0.76),
    ("film-26", 0.8, 0.78),
    ("film-27", 0.8, 0.68),
    ("film-28", 0.88, 0.8),
    ("film-29", 0.83, 0.66),
    ("film-30", 0.73, 0.78),
    ("film-31", 0.88, 0.77),
    ("film-32", 0.83, 0.86),
    ("film-33", 0.85, 0.69),
    ("film-34", 0.83, 0.85),
    ("film-35", 0.93, 0.89),
    ("film-36", 0.78, 0.76),
    ("film-37", 0.85, 0.8),
    ("film-38", 0.65, 0.69),
    ("film-39", 0.9, 0.84),
    ("film-40", 0.9, 0.93),
    ("film-41", 0.78, 0.76),
    ("film-42", 0.8, 0.74),
    ("film-43", 0.83, 0.9),
    ("film-45", 0.9, 0.7),
    ("film-44", 0.7, 0.78),
    ("film-46", 0.9, 0.78),
    ("film-47", 0.85, 0.7),
    ("film-48", 0.78, 0.76),
    ("film-50", 0.88, 0.89),
    ("film-51", 0.9, 0.78),
    ("film-49", 0.75, 0.63),
    ("film-52", 0.8, 0.79),
    ("film-53", 0.8, 0.71),
    ("film-54", 0.85, 0.76),
    ("film-55", 0.83, 0.85),
    ("film-56", 0.65, 0.68),
    ("film-57", 0.88, 0.7),
    ("film-58", 0.85, 0.66),
    ("film-59", 0.78, 0.69),
    ("film-60", 0.8, 0.73),
    ("film-61", 0.85, 0.69),
    ("film-62", 0.85, 0.73),
    ("film-63", 0.78, 0.78),
    ("film-64", 0.85, 0.71),
    ("film-65", 0.8, 0.81),
    ("film-66", 0.78, 0.71),
    ("film-67", 0.9, 0.68),
    ("film-68", 0.83, 0.7),
    ("film-69", 0.88, 0.7),
    ("film-70", 0.78, 0.74),
    ("film-71", 0.78, 0.79),
    ("film-72", 0.88, 0.83),
    ("film-73", 0.88, 0.86),
    ("film-74", 0.85, 0.78),
    ("film-75", 0.93, 0.84),
    ("film-76", 0.88, 0.77),
    ("film-77", 0.65, 0.63),
    ("film-78", 0.88, 0.81),
]


@pytest.mark.parametrize("page, single_floor, turn_floor", IMPORTED_FILMS)
def test_an_imported_page_answers_its_blind_questions(page, single_floor, turn_floor):
    engine = Engine(parse_pack(import_page(DATA / "pages" / f"{page}.txt")))
    singles = score_questions(engine.answer, load(f"pages/{page}-single.jsonl"))
    assert singles.accuracy >= single_floor, _fail(page, singles.accuracy, single_floor, singles.misses)
    turns = score_conversations(engine.answer, load(f"pages/{page}-conversations.jsonl"))
    assert turns.accuracy >= turn_floor, _fail(page, turns.accuracy, turn_floor, turns.misses)
