"""Follow-ups said in fewer or other words than the rules first knew: no article ("in next scene"), a list asked
for after a count ("give list please"), a track's maker asked in any verb ("who is the author of that one?"),
a filming place asked as yes-or-no, the asker's purpose after a comma ("just so I have it straight")."""

from __future__ import annotations

import pytest
import yaml

from bot.core import Conversation
from bot.core.answers import Reason
from tests.scoring import answer_after


def test_next_scene_without_its_article(engine):
    assert (
        answer_after(engine, "tell me about the audition", "what happen in next scene?").title == "The First Rehearsal"
    )


def test_a_count_then_a_bare_request_for_the_list(engine):
    answer = engine.answer("How many tracks has the soundtrack? Give full list please", Conversation())
    assert answer.kind == "soundtrack"
    assert engine.answer("how many scenes has the film? list please", Conversation()).kind == "scenes"


@pytest.mark.parametrize(
    "question",
    ["Who is the author of that one?", "who made this one", "who has composed it?", "who wrote that song"],
)
def test_a_tracks_maker_asked_in_any_verb_is_its_credit(engine, question):
    answer = answer_after(engine, ["what songs are in it", "the second one"], question)
    assert (answer.kind, answer.title) == ("track", "Entr'acte")


@pytest.mark.parametrize("question", ["was it filmed in london", "were they shot on location in paris?"])
def test_where_it_was_filmed_asked_as_yes_or_no_is_a_missing_fact(engine, question):
    answer = answer_after(engine, "whats the premiere scene", question)
    assert answer.kind == "none" and answer.reason == Reason.MISSING_FACT


def test_a_purpose_after_a_comma_is_not_part_of_the_question(engine):
    said = "Who is he, just so I have it straight?"
    assert answer_after(engine, "who is boris", said).title == "Boris Lermontov"
    assert answer_after(engine, "the first rehearsal", "what comes next, so I know what to expect?").title == (
        "The Dancer's Choice"
    )


def test_a_handler_is_someones_boss_both_ways():
    from bot.core import Engine, parse_pack
    from bot.core.cues import ALIKE

    assert "handler" in ALIKE["boss"] and "boss" in ALIKE["handler"]
    pack = parse_pack(
        yaml.safe_dump(
            {
                "film": {
                    "title": "Night Train",
                    "synopsis": "In this thriller, Ana Roth races Ivo Marr's cold handler, Petra Voss, to the border.",
                },
                "characters": [
                    {"name": "Ana Roth", "description": "A courier.", "pronoun": "she", "aliases": ["Ana"]},
                    {"name": "Ivo Marr", "description": "A defector.", "pronoun": "he", "aliases": ["Ivo"]},
                    {
                        "name": "Petra Voss",
                        "description": "Ivo Marr's cold handler.",
                        "pronoun": "she",
                        "aliases": ["Petra"],
                    },
                ],
                "scenes": [{"title": "The Border", "summary": "Ana crosses the border.", "context": "The start."}],
            }
        )
    )
    engine = Engine(pack)
    assert answer_after(engine, "who is ivo", "his boss").title == "Petra Voss"
    assert engine.answer("who is ivo's handler?").title == "Petra Voss"
    assert engine.answer("ivo's boss").title == "Petra Voss"
