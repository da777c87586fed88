"""The fifth stage: the scorer ranks entries for what the policy still has to look up, and knows who names whom."""

from __future__ import annotations

import pytest


def best(engine, question: str) -> str:
    scores = engine.scorer.scores(engine.read(question))
    return engine.index.entries[max(scores, key=scores.__getitem__)].title


def test_a_whole_name_outranks_words_found_in_running_text(engine):
    assert best(engine, "the audition") == "The Audition"
    assert best(engine, "what happens in the isolation") == "The Isolation"


def test_a_description_finds_its_scene(engine):
    assert best(engine, "she flips through old photos and newspaper clippings") == "The Isolation"


def test_a_person_is_found_by_their_description_and_not_by_a_scene_named_beside_it(engine):
    tokens = engine.read("who is the strict teacher")
    found = engine.scorer.person_described(tokens, engine.scorer.scores(tokens))
    assert found is not None and found.title == "Boris Lermontov"
    assert engine.scorer.person_described(engine.read("what happens in the audition"), {}) is None


def test_people_are_linked_when_one_card_names_the_other(engine):
    vicky = next(e for e in engine.index.by_kind["character"] if e.title == "Vicky Page")
    assert {e.title for e in engine.scorer.linked_people(vicky)} == {"Boris Lermontov", "Julian Craster"}
    boris = next(e for e in engine.index.by_kind["character"] if e.title == "Boris Lermontov")
    assert engine.scorer.called_by(boris, ("student",)) is None  # his card calls him an instructor, not a student
    assert engine.scorer.called_by(boris, ("instructor",)).title == "Vicky Page"


def test_another_work_and_another_person_are_told_apart_from_ours(engine):
    scorer = engine.scorer
    assert scorer.names_another_work(engine.read("the plot of the nutcracker"))
    assert not scorer.names_another_work(engine.read("the plot of the film"))
    assert scorer.names_another_work(engine.read("who did the music for giselle"))
    assert not scorer.names_another_work(engine.read("who did the music for this fr"))  # slang, not a title
    assert not scorer.names_another_work(engine.read("the music for this one"))  # "this": the film talked about
    assert not scorer.names_another_work(engine.read("who did the music for this masterpiece"))
    assert scorer.names_someone_else(engine.read("who is boris johnson"))
    assert not scorer.names_someone_else(engine.read("who is vicky paige"))  # a typo of her own name
    assert scorer.lists_another_work(engine.read("which scenes are in swan lake"))
    assert not scorer.lists_another_work(engine.read("all the scenes in order for my notes"))


def test_a_retelling_in_the_askers_own_words_is_not_drowned_by_them(engine):
    """In a retelling ("the bit where ...", or a long message), words the pack never uses ("shimmery") count for less
    beside three it does, so a scene told in other words fits better than if they weighed in full; elsewhere
    unknown words weigh in full ("best ballet shoes for beginners" is no question about the ballet)."""
    from dataclasses import replace

    from bot.core.scorer import Scorer

    retold = engine.read("the bit where she dances in a shimmery otherworldly place that turns into a nightmare")
    scores = engine.scorer.scores(retold)
    top = max(scores, key=scores.__getitem__)
    assert engine.index.entries[top].title == "The Dream Sequence"
    in_full = Scorer(engine.index, replace(engine.tuning, retold_word=1.0)).scores(retold)
    assert scores[top] > in_full[top]
    off_topic = engine.scorer.scores(engine.read("best ballet shoes for beginners"))
    assert max(off_topic.values()) < engine.tuning.confident
    short = engine.read(
        "what happens if she dances in a shimmery place that turns into a nightmare"
    )  # asks: no retelling
    assert (
        engine.scorer.scores(short)[top]
        == Scorer(engine.index, replace(engine.tuning, retold_word=1.0)).scores(short)[top]
    )


def test_whom_a_track_alone_is_credited_to_names_it(engine):
    by_title = {entry.title: entry for entry in engine.index.entries}
    assert "walter goehr" in by_title["Entr'acte"].names
    said = (
        "My cousin mentioned the name Walter Goehr in connection with the music, which I'd never heard before. "
        "Which piece on the soundtrack is that name attached to?"
    )
    assert engine.answer(said).title == "Entr'acte"


def test_where_in_the_film_a_described_scene_is_tips_between_two_alike(tmp_path):
    """ "the one at the start where the lamp fails" and "near the end where the lamp fails": the same words, told
    of the first scene and of the last; where the question places it says which (and nothing else moves)."""
    from tests.scoring import page_engine

    filler = [(f"Day {n}", f"Keepers mend nets and count gulls on day {n}.", "Quiet.") for n in range(2, 6)]
    scenes = [
        ("The First Storm", "The lamp fails and the keeper climbs the tower in the rain.", "Trouble."),
        *filler,
        ("The Last Storm", "The lamp fails again and the keeper climbs the tower in the rain.", "Trouble."),
    ]
    engine = page_engine(tmp_path, "Rock Light", "In this mystery, Ada Vell keeps a light.", scenes)
    assert best(engine, "the one at the start where the lamp fails and he climbs the tower") == "The First Storm"
    assert best(engine, "the bit near the end where the lamp fails and he climbs the tower") == "The Last Storm"
    assert best(engine, "the bit early on where the lamp fails and he climbs the tower") == "The First Storm"


def test_clipped_words_are_read_as_the_whole_word():
    """ "the sub", "the doc", "a chopper": general English clippings share their word's synonym group."""
    from bot.core.text import canonical, term

    for clipped, whole in [("sub", "submarine"), ("doc", "doctor"), ("chopper", "helicopter"), ("choir", "choral")]:
        assert canonical(term(clipped)) == canonical(term(whole)), clipped
    assert canonical(term("sub")) != canonical(term("subtitle"))


def test_the_start_of_something_in_the_film_is_no_place_in_it(tmp_path):
    """ "at the beginning of ewan's flight the winch cable jams": the start of his flight, not of the film, so no
    scene gains for its place; "the one at the start where ..." does."""
    from dataclasses import replace

    from bot.core.scorer import Scorer
    from bot.core.tuning import TUNING
    from tests.scoring import page_engine

    filler = [(f"Day {n}", f"Crews wash the rotors and log the weather on day {n}.", "Quiet.") for n in range(2, 6)]
    scenes = [
        ("Scramble", "The winch cable jams over the sea and the crew hauls the diver in by hand.", "Trouble."),
        *filler,
        ("Last Flight", "Ewan flies again after retiring; the winch cable jams and he hauls the diver in.", "End."),
    ]
    engine = page_engine(tmp_path, "Rotor", "In this drama, Ewan Price flies rescue missions over the sea.", scenes)
    unplaced = Scorer(engine.index, replace(TUNING, position_hint=0.0))

    def placed(question: str) -> bool:
        tokens = engine.read(question)
        return engine.scorer.scores(tokens) != unplaced.scores(tokens)

    assert not placed("at the beginning of ewan's flight the winch cable jams, what happens?")
    assert placed("the one at the start where the winch cable jams")
    assert best(engine, "the one at the start where the winch cable jams") == "Scramble"


@pytest.mark.parametrize(
    ("said", "event"),
    [
        ("the storm where the lad goes overboard", True),
        ("what happens in the night when she leaves", True),
        ("the lad where the storm is", False),  # a person, not an event
        ("the town where she grew up", False),  # a place
        ("the year when it came out", False),  # a fact of the film
        ("the planner when he faints", False),  # a role of the pack's
        ("the song at the party when they dance", False),  # the music of that event
    ],
)
def test_an_event_and_what_happens_in_it_tells_a_scene(said, event):
    from bot.core.scorer import tells_an_event

    assert tells_an_event(said, frozenset({"planner"})) is event


def test_an_event_told_is_a_scene_even_when_a_person_fits_its_words(tmp_path):
    from tests.scoring import page_engine

    synopsis = (
        "In this thriller, Ada Lorne captains a ferry. When Kit Rowe, the young deckhand she has been training, "
        "vanishes from the deck during a gale, Ada starts to ask questions."
    )
    scenes = [
        ("Rough Water", "A gale catches the ferry halfway over. When Ada turns round, Kit is gone.", "Loss."),
        ("Harbour", "Ada ties up in port and counts the crates.", "Work."),
    ]
    engine = page_engine(tmp_path, "The Ferry", synopsis, scenes)
    answer = engine.answer("the storm where the young lad is gone")
    assert (answer.kind, answer.title) == ("scene", "Rough Water")


@pytest.mark.parametrize(
    "question",
    ["what's 'The Red Shoes Ballet' on the soundtrack?", "is the red shoes ballet on the soundtrack the big number?"],
)
def test_a_track_named_in_full_on_the_soundtrack_is_the_track(engine, question):
    """The track is called like the film (and its soundtrack): "on the soundtrack" says where the track is."""
    assert (engine.answer(question).kind, engine.answer(question).title) == ("track", "The Red Shoes Ballet")


@pytest.mark.parametrize(
    "question",
    [
        "what other tracks are on the soundtrack besides the red shoes ballet?",
        "I loved the red shoes ballet, who did the rest of the soundtrack?",
    ],
)
def test_the_rest_of_the_soundtrack_beside_a_track_named_is_the_soundtrack(engine, question):
    assert engine.answer(question).kind == "soundtrack"
