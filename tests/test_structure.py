"""The film's structure: order relations, nth, lists and counts, the film in other words."""

from __future__ import annotations

import pytest

from bot.core import Conversation
from bot.core.recognisers import read
from tests.scoring import answer_after


@pytest.mark.parametrize(
    "question, title",
    [
        ("what happens once the audition is over", "The First Rehearsal"),
        ("which scene sits just before the confrontation", "The Premiere Night"),
        ("what comes between the premiere night and the tragic fall", "The Confrontation"),
        ("the scene two after the audition", "The Dancer's Choice"),
        ("second to last scene", "The Isolation"),
        ("the middle scene", "The Premiere Night"),
        ("the opening scene", "The Audition"),
        ("scene number 5", "The Premiere Night"),
        ("what comes after the bit where she dreams the shoes control her", "The Premiere Night"),
    ],
)
def test_scene_order(engine, question, title):
    answer = engine.answer(question)
    assert (answer.kind, answer.title) == ("scene", title)


@pytest.mark.parametrize(
    "question, title",
    [
        ("what's track two", "Entr'acte"),
        ("the first song", "The Red Shoes Ballet"),
        ("which track comes before entr'acte", "The Red Shoes Ballet"),
    ],
)
def test_track_order(engine, question, title):
    answer = engine.answer(question)
    assert (answer.kind, answer.title) == ("track", title)


@pytest.mark.parametrize(
    "question",
    [
        "what comes before the first scene",
        "the scene after the final decision",
        "the tenth scene",
        "the track after entr'acte",
    ],
)
def test_past_either_end_is_none(engine, question):
    answer = engine.answer(question)
    assert answer.kind == "none" and answer.reason == "out_of_range"


def test_a_question_about_a_named_scene_with_its_own_content_is_about_that_scene(engine):
    assert engine.answer("why does she panic after the premiere").title == "The Premiere Night"


@pytest.mark.parametrize(
    "question",
    [
        "give me the scene list",
        "number of scenes?",
        "how many scenes are there",
        "all the scenes in order",
        "in what order do the scenes go",
    ],
)
def test_scene_list_and_count(engine, pack, question):
    answer = engine.answer(question)
    assert (answer.kind, answer.title) == ("scenes", pack.film.title)
    assert f"has {len(pack.scenes)} memorable scenes" in answer.text
    assert [line.split(". ", 1)[1] for line in answer.text.splitlines()[1:]] == [s.title for s in pack.scenes]


@pytest.mark.parametrize("question", ["how many tracks are there", "tracklist?", "list the songs"])
def test_track_list_is_the_soundtrack(engine, question):
    assert engine.answer(question).kind == "soundtrack"


@pytest.mark.parametrize(
    "question",
    [
        "sum up the film for me",
        "what's the premise",
        "what are the themes",
        "whats the main conflict in the story",
        "what is this movie even about",
    ],
)
def test_the_film_in_any_words(engine, question):
    assert engine.answer(question).kind == "film"


@pytest.mark.parametrize("question", ["what is the plot of black swan", "tell me about the movie moulin rouge"])
def test_other_films_plots_are_declined(engine, question):
    assert engine.answer(question).kind == "none"


@pytest.mark.parametrize(
    "question, title",
    [
        ("the young composer she falls for", "Julian Craster"),
        ("who is her strict teacher", "Boris Lermontov"),
        ("the main girl", "Vicky Page"),
    ],
)
def test_characters_by_role_or_relation(engine, question, title):
    answer = engine.answer(question)
    assert (answer.kind, answer.title) == ("character", title)


def test_first_appearance_of_a_character(engine):
    answer = engine.answer("which scene does boris first appear in")
    assert (answer.kind, answer.title) == ("scene", "The Dancer's Choice")


def test_how_the_film_is_beginning_and_opening_alone_are_the_first_scene(engine):
    assert engine.answer("How the film is beginning?").title == "The Audition"
    assert engine.answer("opening?", Conversation()).title == "The Audition"  # nothing before it: the film's
    thread = Conversation()
    engine.answer("list the tracks", thread)
    assert engine.answer("the opening one", thread).kind == "track"  # after the tracks: the first of them


def test_a_doer_asked_after_filler_is_still_the_one_the_scene_names(engine):
    thread = Conversation()
    engine.answer("the tragic fall", thread)
    assert engine.answer("wait who was the guy who rushes to her side", thread).title == "Boris Lermontov"


@pytest.mark.parametrize(
    "before, question, kind, title",
    [
        ("the audition", "k tell me more", "scene", "The Audition"),  # "k" opens it
        ("the audition", "k and the next scene", "scene", "The First Rehearsal"),
        ("the audition", "lol whats after that", "scene", "The First Rehearsal"),
        ("the audition", "Ok, and which scene is the fourth?", "scene", "The Dream Sequence"),
        ("the audition", "Quick question, what is the genre of this movie?", "film", "The Red Shoes"),
        (None, "Which scene is opening the movie?", "scene", "The Audition"),
        (None, "What is the story of The Red Shoes film, shortly?", "film", "The Red Shoes"),  # "shortly": no title
        (None, "How much money it made in the cinemas?", "none", ""),
        (None, "ty bot ur the best who composed the score", "soundtrack", "The Red Shoes"),
    ],
)
def test_plain_questions_in_second_language_and_chat_wordings(engine, before, question, kind, title):
    answer = answer_after(engine, before, question)
    assert (answer.kind, answer.title) == (kind, title), question


def test_the_scene_after_a_named_one_then_what_happens_in_that_one(engine):
    question = "So, the scene that comes right after the audition, where she trains, what happens in that one?"
    assert engine.answer(question).title == "The First Rehearsal"
    within = "after she finishes dancing theres a long silence and then the director claps.. what happens there"
    assert engine.answer(within).title == "The Audition"  # what happens there: within the scene described


def test_that_one_in_an_order_question_is_what_the_clauses_before_it_describe(engine):
    message = (
        "There's a scene I loved where she sits alone with photographs and clippings of her former glory, "
        "so sad. What scene comes right before that one?"
    )
    assert engine.answer(message, Conversation()).title == "The Tragic Fall"  # before The Isolation
    assert engine.answer("the dream scene whats after it").title == "The Premiere Night"


def test_an_order_anchor_ends_with_its_clause_and_a_preamble_is_no_anchor(engine):
    thread = Conversation()
    engine.answer("the confrontation", thread)
    said = "And the scene that comes after this one, should we brace ourselves?"
    assert engine.answer(said, thread).title == "The Tragic Fall"
    thread = Conversation()
    engine.answer("the premiere night", thread)
    said = "One last test, and then I'm making tea: what happens in the scene after that one?"
    assert engine.answer(said, thread).title == "The Confrontation"
    assert engine.answer("what comes right after the dreamlike one?").title == "The Premiere Night"


@pytest.mark.parametrize(
    "before, question, title",
    [
        (None, "hello hello, please show me the scenes of this film, thank you very much", "The Red Shoes"),
        (None, "the one where she wakes up from the dream what happens after", "The Premiere Night"),
        (None, "hiii 👋 quick q whats the soundtrack like who made it", "The Red Shoes"),  # the score's maker
        ("which scenes is boris in", "n the last of em", "The Tragic Fall"),
        ("the dream sequence", "ok anyway back to the scene whats next", "The Premiere Night"),
        ("the tragic fall", "who runs to her", "Boris Lermontov"),  # he rushes to her side; she sprints
        ("entr'acte", "who composed all of it", "The Red Shoes"),  # all of it: the soundtrack
        ("the audition", "And how it finishes?", "The Final Decision"),
        (None, "The film win Oscar or not? And the rehearsal scene what happen?", "The First Rehearsal"),
        (None, "What is the story of the whole film, short?", "The Red Shoes"),
        ("list the scenes", "ok which ones the 6th", "The Confrontation"),
        ("list the scenes", "Number 6 is about what?", "The Confrontation"),
        ("which scenes is boris in", "first of those what happens", "The Dancer's Choice"),
        ("the audition", "omg ok and then what happens", "The First Rehearsal"),
        ("the confrontation", "and the start", "The Audition"),
        ("the final decision", "ok back to the fight scene whats after it", "The Tragic Fall"),
        ("who is julian", "his love", "Vicky Page"),
        ("who is boris", "anyway, his girl", "Vicky Page"),
    ],
)
def test_lists_picks_anchors_credits_and_loves_in_chat_and_second_language_wordings(engine, before, question, title):
    assert answer_after(engine, before, question).title == title, question


def test_a_trailing_then_and_of_these_scenes(engine):
    thread = Conversation()
    engine.answer("who is boris", thread)
    answer = engine.answer("what scenes is the teacher in then", thread)
    assert answer.kind == "scenes" and answer.entries == ("The Dancer's Choice", "The Confrontation", "The Tragic Fall")
    assert engine.answer("The last of these scenes, what happens there?", thread).title == "The Tragic Fall"


@pytest.mark.parametrize(
    "question", ["is the soundtrack on spotify", "track length?", "Where can I listen it, on Spotify?"]
)
def test_streaming_and_a_track_s_length_are_missing_facts(engine, question):
    assert engine.answer(question).kind == "none"


@pytest.mark.parametrize(
    "before, question, title",
    [
        ("list the scenes", "so what goes on in the middle one of those", "The Premiere Night"),
        ("list the songs", "tell me a bit about the first one", "The Red Shoes Ballet"),
        (["list the songs", "tell me a bit about the first one"], "and the other one?", "Entr'acte"),
        ("which scenes name boris", "describe the last of these", "The Tragic Fall"),
        ("list the scenes", "explain fifth", "The Premiere Night"),
        ("list the scenes", "and the one before the last?", "The Isolation"),
    ],
)
def test_a_pick_said_inside_other_words(engine, before, question, title):
    assert answer_after(engine, before, question).title == title, question


@pytest.mark.parametrize(
    "question", ["the last one with boris in it", "the first one where she dances", "the first scene"]
)
def test_words_of_the_pack_around_an_ordinal_are_no_pick(engine, question):
    reading = read(engine.read(question), pending=True, knows=engine.index.knows, facts=engine.facts)
    assert reading.asks != "pick", question


@pytest.mark.parametrize(
    "question",
    [
        "how many scenes are there for the red shoes?",
        "how many scenes does the red shoes have, and what are they called?",
        "the film has how many scene?",
    ],
)
def test_the_films_own_name_and_a_request_to_name_them_leave_a_list_question_whole(engine, question):
    answer = engine.answer(question)
    assert (answer.kind, answer.entries) == ("scenes", None), question  # the whole list, not the scenes naming it


def test_the_red_shoes_as_a_thing_the_scenes_show_is_still_asked_about(engine):
    answer = engine.answer("in which scenes do the red shoes appear")
    assert answer.kind == "scenes" and answer.entries is not None


@pytest.mark.parametrize(
    "question, title",
    [
        ("ok, and the one that comes just after it, what happens there?", "The Confrontation"),
        ("what does the film move on to after that?", "The Confrontation"),
        ("and what does it cut to right after that night?", "The Confrontation"),
    ],
)
def test_after_it_what_happens_there_and_what_the_film_moves_on_to(engine, question, title):
    assert answer_after(engine, "the premiere night", question).title == title, question


@pytest.mark.parametrize(
    "before, question, title",
    [
        (None, "how is the beginning of the film? what does she do?", "The Audition"),
        ("the audition", "and three scenes later, what happens?", "The Dream Sequence"),
        ("the dream sequence", "ok a scene earlier?", "The Dancer's Choice"),
    ],
)
def test_the_opening_with_a_question_after_it_and_steps_later_or_earlier(engine, before, question, title):
    assert answer_after(engine, before, question).title == title, question


@pytest.mark.parametrize(
    "before, question, title",
    [
        ("the audition", "and what does it lead into?", "The First Rehearsal"),
        ("the audition", "where does the story go to from there", "The First Rehearsal"),
        (
            None,
            "My aunt loves it, but whenever she explains it she drifts off into the costumes and I never get the "
            "story. Before I sit down with her on Sunday, could you tell me in plain terms what The Red Shoes is "
            "about?",
            "The Red Shoes",
        ),
        (
            None,
            "I told a friend about it at lunch and forgot the details. There's a part where the young dancer performs "
            "for the director with everyone tense, and at the end there's silence and then he applauds. What happens "
            "in that scene, exactly?",
            "The Audition",
        ),
    ],
)
def test_what_it_leads_into_the_askers_own_time_and_at_the_end_of_a_moment(engine, before, question, title):
    assert answer_after(engine, before, question).title == title, question


@pytest.mark.parametrize(
    "question, kind, title",
    [
        ("I like to know how a film opens before I pick it. How does this one begin?", "scene", "The Audition"),
        ("boris appears where", "scenes", "The Red Shoes"),
    ],
)
def test_how_this_one_begins_and_where_someone_appears(engine, question, kind, title):
    answer = engine.answer(question)
    assert (answer.kind, answer.title) == (kind, title), question


def test_who_someone_is_in_a_scene_placed_by_position(engine):
    """ "who is the girl in the first scene?": the one woman that scene names, not the scene."""
    answer = engine.answer("who is the girl in the first scene")
    assert (answer.kind, answer.title) == ("character", "Vicky Page")
    assert engine.answer("what happens in the first scene").kind == "scene"


def test_the_entry_or_item_just_before_it_is_the_neighbour_on_the_list(engine):
    before = answer_after(engine, ["list the scenes", "the fifth one"], "what comes just before it?").title
    assert answer_after(engine, ["list the scenes", "the fifth one"], "and the item before it?").title == before
    assert (
        answer_after(engine, ["list the scenes", "the fifth one"], "the entry just before it, what happens?").title
        == before
    )


def test_the_place_asked_after_a_but_not_the_one_the_asker_saw(engine):
    said = "I saw the very first scene fine, but what happens in the second scene, the one I missed?"
    assert engine.answer(said).title == engine.answer("scene 2").title


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("how does the red shoes start", "The Audition"),
        ("how does red shoes end?", "The Final Decision"),
        ("yo how does the red shoes finish lol", "The Final Decision"),
    ],
)
def test_how_the_film_said_by_its_title_starts_or_ends(engine, question, title):
    assert engine.answer(question).title == title


def test_how_a_scene_said_by_its_title_ends_is_that_scene(engine):
    assert engine.answer("how does the dream sequence end").title == "The Dream Sequence"


@pytest.mark.parametrize(
    ("before", "kind"), [("scenes", "scenes"), ("what tracks are on the soundtrack", "soundtrack")]
)
def test_how_many_in_total_just_after_a_list_counts_that_list(engine, before, kind):
    from tests.scoring import answer_after

    assert answer_after(engine, before, "how many total").kind == kind
    assert answer_after(engine, before, "ok how many are there altogether").kind == kind


def test_how_many_alone_with_nothing_talked_about_is_no_list(engine):
    assert engine.answer("how many").kind == "none"


@pytest.mark.parametrize(
    "before", [["which scenes is boris in"], ["tell me about the audition"], ["tell me about entr'acte"]]
)
def test_how_many_after_no_whole_list_counts_nothing_else(engine, before):
    from tests.scoring import answer_after

    assert answer_after(engine, before, "ok how many is that").kind == "none"


def test_a_place_among_scenes_anchors_an_order_just_after_the_tracks(engine):
    from tests.scoring import answer_after

    before = ["which scene is exactly in the middle of the film?", "who is the composer of the score?"]
    assert answer_after(engine, before, "ok and the scene before the middle one?").title == "The Dream Sequence"


@pytest.mark.parametrize(
    ("question", "place"), [("what is the second scene from the end?", -2), ("the third scene from the last", -3)]
)
def test_a_place_counted_from_the_end_after_its_noun(engine, question, place):
    """ "the second scene from the end" is counted back from the last, as "the second from the end" is."""
    scenes = engine.index.by_kind["scene"]
    assert engine.answer(question, Conversation()).title == scenes[place].title
    assert engine.answer("the second scene from the beginning", Conversation()).title == scenes[1].title


def test_a_scene_to_end_in_something_counts_from_the_start(engine):
    """ "the first scene to end in tragedy": "to end" is a verb there, not "from the end"."""
    scenes = engine.index.by_kind["scene"]
    assert engine.answer("whats the first scene to end in tragedy", Conversation()).title == scenes[0].title


def test_from_a_scene_to_the_end_is_a_range_not_a_place_counted_back(engine):
    scenes = engine.index.by_kind["scene"]
    said = "tell me everything from the second scene to the end"
    assert engine.answer(said, Conversation()).title == scenes[1].title


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        (None, "opener?", "The Audition"),
        (None, "the closer", "The Final Decision"),
        ("which scene opens the film", "what comes right after that opener?", "The First Rehearsal"),
        (None, "what comes after that opening", "The First Rehearsal"),  # not "Opening Night", an alias
    ],
)
def test_the_opener_and_the_closer_are_places_not_an_aliass_words(engine, before, question, title):
    assert answer_after(engine, before, question).title == title


@pytest.mark.parametrize(
    ("question", "position"),
    [
        ("with which scene does the film open?", 0),
        ("on what scene the movie is end", -1),
        ("with what part it starts", 0),
        ("with which scene the film is opening?", 0),
        ("on what scene the story is finishing", -1),
    ],
)
def test_with_which_scene_the_film_opens_or_ends_is_its_first_or_last(engine, question, position):
    scenes = [s.title for s in engine.pack.scenes]
    assert engine.answer(question).title == scenes[position]


@pytest.mark.parametrize("question", ["the epilogue", "what happens in the coda", "the coda of the film"])
def test_the_coda_or_epilogue_is_the_last_scene_by_position(engine, question):
    assert engine.answer(question).title == engine.pack.scenes[-1].title


@pytest.mark.parametrize("question", ["wat happens after the show in that", "and after the performance there?"])
def test_after_the_event_a_scene_tells_inside_it_is_the_rest_of_that_scene(engine, question):
    assert answer_after(engine, "the premiere night", question).title == "The Premiere Night"
    assert answer_after(engine, "the premiere night", "what happens after that?").title == "The Confrontation"
