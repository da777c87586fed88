"""Follow-ups said in fewer or other words than the rules first knew: no article ("in next scene"), a list asked
for after a count ("give list please"), a track's maker asked in any verb ("who is the author of that one?"),
a filming place asked as yes-or-no, the asker's purpose after a comma ("just so I have it straight")."""

from __future__ import annotations

import pytest
import yaml

from bot.core import Conversation
from bot.core.answers import Reason
from tests.scoring import answer_after, page_engine


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


@pytest.fixture(scope="module")
def chess():
    """A thriller whose synopsis says who is whose: a sister, a mentor, a handler, a former wife."""
    from bot.core import Engine, parse_pack

    film = {
        "title": "Endgame at Lucerne",
        "synopsis": (
            "In this thriller, Leo Varga plays for a title. Guided by his weary mentor, Augustin Pell, and managed "
            "by his older sister, Katalin Varga, Leo faces Viktor Sobolev, whose stern handler, Colonel Arkady "
            "Demin, watches every move, while Harriet Sloane, a journalist and Augustin's former wife, digs."
        ),
    }
    people = [
        ("Leo Varga", "A young chess prodigy.", "he", ["Leo"]),
        ("Augustin Pell", "Guided by his weary mentor, Augustin Pell.", "he", ["Augustin"]),
        ("Katalin Varga", "Managed by his older sister, Katalin Varga.", "she", ["Katalin"]),
        ("Viktor Sobolev", "His rival, the grandmaster Viktor Sobolev.", "he", ["Viktor"]),
        ("Harriet Sloane", "Harriet Sloane, a journalist and Augustin's former wife.", "she", ["Harriet"]),
        ("Arkady Demin", "Viktor's stern handler, Colonel Arkady Demin.", "he", ["Arkady", "Demin"]),
    ]
    characters = [{"name": n, "description": d, "pronoun": p, "aliases": a} for n, d, p, a in people]
    scenes = [{"title": "The Draw", "summary": "Leo draws black against Viktor.", "context": "The start."}]
    return Engine(parse_pack(yaml.safe_dump({"film": film, "characters": characters, "scenes": scenes})))


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        ("who is katalin", "her brothers mentor?", "Augustin Pell"),  # a relation through another
        ("who is katalin", "who is her brother's rival?", "Viktor Sobolev"),
        ("who is harriet", "She was married with who?", "Augustin Pell"),  # the other side of "former wife"
        ("who is augustin", "who did he marry", "Harriet Sloane"),
    ],
)
def test_relations_through_another_and_marriage(chess, before, question, title):
    assert answer_after(chess, before, question).title == title


def test_a_pick_then_a_question_of_it_and_a_tracks_maker_by_its_place(engine):
    assert answer_after(engine, "list the songs", "Who has composed the second one?").title == "Entr'acte"
    said = "And the first one, in which moment of the film is it played?"
    assert answer_after(engine, "list the songs", said).title == "The Red Shoes Ballet"
    # not an order relation said after a place: "back to that opening: what's the scene right after it?"
    said = "back to that opening: what's the scene that comes right after it?"
    assert answer_after(engine, "tell me about the very first scene", said).title == "The First Rehearsal"


def test_rite_is_right(engine):
    assert engine.answer("what happens rite after the audition").title == "The First Rehearsal"


def test_the_other_track_its_description_fits_just_after_a_track():
    from bot.core import Engine, parse_pack

    tracks = [
        {"title": "Sealed Move", "description": "Brooding strings for the adjourned game", "credit": "Ana Berg"},
        {"title": "Lakeside Waltz", "description": "Ballroom music at the reception", "credit": "Ana Berg"},
        {"title": "Time Control", "description": "A ticking clock motif under the final game"},
    ]
    scenes = [
        {"title": "The Reception", "summary": "A waltz plays in the ballroom.", "context": "A pause."},
        {"title": "The Last Game", "summary": "The clock ticks as Leo plays his final game.", "context": "The end."},
    ]
    pack = {"film": {"title": "Endgame", "synopsis": "In this thriller, a game."}, "scenes": scenes}
    engine = Engine(parse_pack(yaml.safe_dump({**pack, "soundtrack": {"composer": "Ana Berg", "tracks": tracks}})))
    # "clock" is in a scene too, but just after a track "the clock one" is the track it describes
    assert answer_after(engine, ["the music?", "the ballroom one"], "and whats the clock one about").title == (
        "Time Control"
    )


def test_a_title_before_a_name_is_a_role_and_a_relative_clause_on_a_role_finds_its_holder(chess):
    assert chess.answer("who is the colonel").title == "Arkady Demin"  # "Colonel Arkady Demin" on the page
    said = "And the colonel who's pacing at the back during the game, who is he?"
    assert answer_after(chess, "who is leo", said).title == "Arkady Demin"  # not the "he" in play
    # the relative clause describes someone else, or is the question itself
    assert answer_after(chess, "who is leo", "the man that they arrest, who is he?").title != "Arkady Demin"


@pytest.fixture(scope="module")
def rescue(tmp_path_factory):
    """A survival drama whose synopsis qualifies a relation ("her bitter rival for the chief guide's post,
    Dominik") and gives two relations at once ("her gruff mentor and boss, the station chief Matthias")."""
    synopsis = (
        "In this survival drama, Lena Hart is a young rescue guide who has trained for years under her gruff mentor "
        'and boss, the station chief Matthias Ebner, known to everyone as "the Old Goat". Lena must climb alongside '
        "her bitter rival for the chief guide's post, Dominik Roth, who was once the climbing partner of the stranded "
        "alpinist Anouk Laval."
    )
    scenes = [
        (
            "The Briefing",
            "Matthias sends Lena and Dominik up the mountain while the storm builds over the station.",
            "The rescue begins.",
        ),
        (
            "The Whiteout",
            "Lena and Dominik lose the trail in a whiteout and shelter together under a ledge.",
            "The rivals must trust each other.",
        ),
    ]
    return page_engine(tmp_path_factory.mktemp("pages"), "The North Face", synopsis, scenes)


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        ("who is dominik", "his rival", "Lena Hart"),  # the other side of "her bitter rival for the ... post"
        ("who is matthias", "his student who is she", "Lena Hart"),  # the other side of "her gruff mentor and boss"
        (None, 'How is called the man that everybody name "the old goat"?', "Matthias Ebner"),
    ],
)
def test_relations_said_with_a_qualifier_or_two_at_once(rescue, before, question, title):
    assert answer_after(rescue, before, question).title == title


def test_the_scene_one_when_asked_which_is_the_scene(rescue):
    from bot.core import Engine, parse_pack

    pack = {
        "film": {"title": "Storm", "synopsis": "In this drama, a storm."},
        "scenes": [
            {"title": "The Briefing", "summary": "The team meets.", "context": "The start."},
            {"title": "Whiteout", "summary": "The snow blinds them.", "context": "The peril."},
        ],
        "soundtrack": {"composer": "Ana Berg", "tracks": [{"title": "Whiteout", "description": "Strings."}]},
    }
    engine = Engine(parse_pack(yaml.safe_dump(pack)))
    answer = answer_after(engine, "whiteout pls", "the scene one")
    assert (answer.kind, answer.title) == ("scene", "Whiteout")  # not scene 1, The Briefing


def test_a_runtime_asked_after_we_re_planning_is_one_question(engine):
    said = (
        "We're planning a watch party and need to know whether it fits between dinner and the last bus, so I was "
        "wondering how long the film actually runs? Roughly is fine."
    )
    answer = engine.answer(said, Conversation())
    assert answer.kind == "none" and answer.reason == Reason.MISSING_FACT


def test_one_more_back_and_forward_step_again_from_the_thread(engine):
    fourth, second = (engine.answer(q).title for q in ("scene 4", "scene 2"))
    assert answer_after(engine, ["scene 5", "and before that"], "one more back").title == engine.answer("scene 3").title
    assert answer_after(engine, "scene 3", "another one back").title == second
    assert answer_after(engine, "scene 3", "one more forward").title == fourth


def test_a_hypothetical_quiz_question_about_a_number_picks_it(engine):
    said = "And what if they ask about number seven instead? I'd like to be ready for the pub quiz."
    assert answer_after(engine, "scene four", said).title == engine.answer("scene 7").title


def test_the_girl_just_after_the_plot_is_the_one_it_is_about(engine):
    assert answer_after(engine, "whats the movie about", "whos the girl").title == "Vicky Page"
    assert answer_after(engine, None, "whos the guy").reason == "clarify"  # two men, nothing said: which one?


def test_whom_their_relation_loves(engine):
    assert answer_after(engine, "lermontov who is he", "who does his student fall for").title == "Julian Craster"


def test_back_to_the_scenes_rather_than_her_is_no_question_about_her_scenes(engine):
    said = "Going back to the scenes for a second rather than her, what happens in the very first one?"
    assert answer_after(engine, "who is vicky", said).title == engine.answer("scene 1").title


def test_which_scenes_just_after_someone_are_theirs(engine):
    answer = answer_after(engine, "who's lermontov", "which scenes")
    assert answer.entries == answer_after(engine, None, "which scenes name boris").entries
    assert answer_after(engine, ["who's lermontov", "which scenes"], "the last one").title == answer.entries[-1]
    assert answer_after(engine, "the audition", "which scenes").entries is None  # the whole list


def test_previous_scene_to_this_is_the_one_before(engine):
    before = answer_after(engine, "the dream sequence", "what comes before it?").title
    assert answer_after(engine, "the dream sequence", "Okay, and previous scene to this?").title == before


def test_two_terse_questions_one_the_pack_lacks(engine):
    answer = engine.answer("director? plot")
    assert answer.kind == "film" and "director" in answer.text.lower()
    assert engine.answer("Who is Vicky? I forget.").title == "Vicky Page"


def test_the_askers_occasion_and_the_whole_score_are_no_missing_facts(engine):
    said = "I'd like to find the music from the big climactic ballet for her birthday, so which track is that?"
    assert engine.answer(said).title == "The Red Shoes Ballet"
    assert answer_after(engine, "the red shoes ballet", "Who wrote all the score of it?").kind == "soundtrack"
    assert engine.answer("when is vicky's birthday").reason == "missing_fact"


def test_the_others_besides_that_piece_are_the_soundtrack(engine):
    assert (
        answer_after(engine, "the entracte", "anything else on the soundtrack besides that one?").kind == "soundtrack"
    )


def test_going_back_to_someone_then_a_question_is_no_order(engine):
    """ "Going back to Vicky, then, who's the young man she falls for?": "then" goes on; no scene after Vicky."""
    said = "Going back to Vicky, then, who's the young man she falls for in the story?"
    assert answer_after(engine, "which scenes is vicky in", said).title == "Julian Craster"
    assert answer_after(engine, None, "the audition, then?").title == engine.answer("scene 2").title


def test_second_language_wordings_of_places_lists_and_loves(engine):
    """ "list all the scene", "what is the 8 scene?", "which scene is coming in second?", "his student fall in
    love with who?": a plural left out, a number before its noun, a place said with "coming in", whom they love."""
    assert engine.answer("Please list all the scene of this movie").kind == "scenes"
    assert engine.answer("Please, what is the 8 scene?").title == engine.answer("scene 8").title
    assert answer_after(engine, "Please, what is the 8 scene?", "And the 1?").title == engine.answer("scene 1").title
    assert engine.answer("Which scene is coming in second?").title == engine.answer("scene 2").title
    assert answer_after(engine, "who is boris", "His student fall in love with who?").title == "Julian Craster"


@pytest.mark.parametrize(
    "before, question, expected",
    [
        (["confrontation", "who is boris"], "that scene, next?", "The Tragic Fall"),
        (["confrontation", "who is boris"], "that scene, previous?", "The Premiere Night"),
        (["the dancer's choice"], "what's that one, then?", "The Dancer's Choice"),  # "then" is no "next"
    ],
)
def test_the_scene_talked_about_then_a_bare_order_word(engine, before, question, expected):
    assert answer_after(engine, before, question).title == expected


@pytest.mark.parametrize(
    "before, question",
    [
        (None, "Vicky's instructor, in which scenes he is?"),
        (None, "which scenes is vicky's teacher in"),
        ("who is vicky", "her mentor's scenes"),
    ],
)
def test_the_scenes_of_someone_named_by_relation(engine, before, question):
    """ "vicky's instructor": his scenes, not Vicky's (a possessive relation said with a name or "her")."""
    answer = answer_after(engine, before, question)
    assert answer.kind == "scenes"
    assert list(answer.entries) == ["The Dancer's Choice", "The Confrontation", "The Tragic Fall"]


@pytest.mark.parametrize(
    "question, expected",
    [
        ("srry the one after the tragic fall i mean", "The Isolation"),
        ("oh lol sry i meant after the dream sequence", "The Premiere Night"),
        ("no the dream sequence i mean", "The Dream Sequence"),
    ],
)
def test_a_correction_with_i_mean_last_or_after_chatter(engine, question, expected):
    assert answer_after(engine, "tell me about the audition", question).title == expected


@pytest.mark.parametrize(
    "before, question, expected",
    [
        (
            [
                "the scene where shes nervous backstage n the curtain goes up",
                "whats the track for the climactic ballet",
            ],
            "ok back to that scene, wat comes before it",
            "The Dream Sequence",
        ),
        (
            ["the final decision", "which music plays in the ballet at the climax?"],
            "Ok and go back to the scene from before, which one is before of it?",
            "The Isolation",
        ),
        (["scenes pls", "3", "boris?"], "back to 3, next?", "The Dream Sequence"),
        (
            ["list the scenes", "number 6", "who is boris"],
            "Going back to number 6, what comes right after it?",
            "The Tragic Fall",
        ),
    ],
)
def test_going_back_to_a_scene_past_a_subject_of_another_kind_then_an_order(engine, before, question, expected):
    """ "back to that scene" says which of the subjects in play the order counts from: the scene, though a track
    or a person was talked about since; "back to 3" and "number 6" are places in the list shown."""
    assert answer_after(engine, before, question).title == expected


@pytest.mark.parametrize(
    "before, question",
    [
        ("audition?", "who's watching her"),
        ("tell me about the audition", "whos the director watching her in that one"),
    ],
)
def test_someone_a_scene_calls_by_a_role_does_its_deed(engine, before, question):
    """ "as the director watches her dance": the one person the pack calls the director (a hand pack's keyword, an
    imported one's synopsis), asked of the scene in play; "who's the director?" alone still asks the film's."""
    assert answer_after(engine, before, question).title == "Boris Lermontov"


@pytest.mark.parametrize("question", ["whos the director", "who is the director, and what happens in the dream scene?"])
def test_the_director_asked_of_no_scene_is_the_films(engine, question):
    answer = answer_after(engine, "tell me about the audition", question)
    assert answer.kind == "none" or "director" in answer.text.lower()
    assert answer.title != "Boris Lermontov"


@pytest.mark.parametrize(
    "before, question",
    [
        ("who is vicky", "By the way, the actress who play Vicky, what is her name?"),
        (None, "When the film The Red Shoes was made, what year?"),
        ("who is boris", "Side note, and I know this is a tangent: who was the actor playing him?"),
        ("who is vicky", "was she a real ballerina irl"),
        ("the premiere night", "Random thought while I have you: who actually danced that part in real life?"),
        ("the audition", "do you know if the big ballet bit was all filmed in one take?"),
    ],
)
def test_a_side_question_about_the_real_world_is_declined_not_answered_with_the_subject(engine, before, question):
    """The actress's name, the year, whether a scene was one take: facts no page gives, asked in the middle of a
    conversation; "what is her name" after the actress is the same question, "side note" an aside."""
    answer = answer_after(engine, before, question)
    assert (answer.kind, answer.reason) == ("none", Reason.MISSING_FACT)


def test_back_to_scene_with_no_article_then_next(engine):
    said = "back to scene, next"
    assert answer_after(engine, ["the dancer's choice", "who is boris"], said).title == "The Dream Sequence"


@pytest.mark.parametrize(
    "before, question, expected",
    [
        ("the audition", "nah i meant the one where she struggles then nails the sequence", "The First Rehearsal"),
        ("the audition", "no wait i meant the one where they fight", "The Confrontation"),
        ("the audition", "oh wait no, the one where shes learning moves w the other dancers", "The First Rehearsal"),
    ],
)
def test_a_correction_describing_the_one_meant_is_that_scene_not_her(engine, before, question, expected):
    """ "i meant the one where she ...": a scene told, not the "she" in it."""
    assert answer_after(engine, before, question).title == expected


@pytest.mark.parametrize(
    "question",
    ["how that one ends?", "could you say a little more about how it finishes?", "how did that scene wrap up"],
)
def test_how_that_one_ends_is_the_scene_talked_about(engine, question):
    assert answer_after(engine, "tell me about the confrontation", question).title == "The Confrontation"


def test_how_it_ends_said_plainly_is_still_the_film(engine):
    assert answer_after(engine, "tell me about the confrontation", "and how does it end").title == "The Final Decision"


def test_how_it_ends_for_her_after_a_person_is_not_her_card(engine):
    assert answer_after(engine, "tell me about vicky", "more about how it ends for her").kind == "scene"


@pytest.mark.parametrize(("question", "title"), [("And how is called the next?", "The First Rehearsal")])
def test_how_is_called_the_next_is_its_name(engine, question, title):
    assert answer_after(engine, "tell me about the audition", question).title == title
    assert answer_after(engine, "the dream sequence", "how is called the previous?").title == "The Dancer's Choice"


@pytest.mark.parametrize(
    ("question", "title"), [("the 2nd of his", "The Confrontation"), ("and the last of his?", "The Tragic Fall")]
)
def test_a_pick_of_his_after_his_scenes_is_from_that_list(engine, question, title):
    assert answer_after(engine, "which scenes is boris in?", question).title == title
