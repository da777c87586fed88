"""Questions said with less than the rules first knew: a bare "what happens?" after a scene, "who made that" with
no noun after "that", the noun before "next" ("the scene next"), a list's plural dropped ("list of all scene"),
"the story of <a person>", a second opener after a greeting ("hey!! quick q ..."). Each wording stands for a
class a writer of a blind set used; the tests hold the class, with a neighbour that must not change."""

from __future__ import annotations

import pytest
import yaml

from bot.core import Conversation
from bot.core.answers import Reason
from tests.scoring import answer_after, page_engine


@pytest.mark.parametrize("question", ["what happens", "and what happens?", "ok so what happened", "what goes on there"])
def test_a_bare_what_happens_describes_the_scene_talked_about(engine, question):
    answer = answer_after(engine, ["what scenes is boris in", "the last of those"], question)
    assert (answer.kind, answer.title) == ("scene", "The Tragic Fall")


def test_a_bare_what_happens_after_a_person_is_more_of_them_and_with_nothing_talked_about_says_so(engine):
    assert answer_after(engine, "who is vicky page", "what happens").title == "Vicky Page"
    answer = answer_after(engine, None, "what happens")
    assert answer.kind == "none" and answer.reason == Reason.NO_THREAD


def test_and_then_what_happens_still_asks_for_the_next_scene(engine):
    assert answer_after(engine, "tell me about the confrontation", "omg ok and then what happens").title == (
        "The Tragic Fall"
    )


def test_who_made_that_after_a_picked_track_is_its_credit(engine):
    answer = answer_after(engine, ["what tracks r in the soundtrack", "the last one"], "who made that")
    assert (answer.kind, answer.title) == ("track", "Entr'acte")


def test_who_made_that_after_a_scene_is_still_a_missing_fact(engine):
    answer = answer_after(engine, "tell me about the audition", "who made that")
    assert answer.kind == "none" and answer.reason == Reason.MISSING_FACT


@pytest.mark.parametrize("question", ["And what happen in the scene next?", "the scene previous?"])
def test_the_noun_before_next_or_previous(engine, question):
    want = "The Tragic Fall" if "next" in question else "The Premiere Night"
    assert answer_after(engine, "What happens in the confrontation scene?", question).title == want


@pytest.mark.parametrize("question", ["Please give me list of all scene.", "list of scene"])
def test_a_list_asked_with_its_plural_dropped(engine, question):
    answer = engine.answer(question, Conversation())
    assert answer.kind == "scenes"
    assert answer_after(engine, question, "Number 3 is about what?").title == "The Dancer's Choice"


def test_the_story_of_a_person_is_theirs_and_the_story_of_the_film_the_films(engine):
    assert engine.answer("What is the story of Vicky Page?", Conversation()).title == "Vicky Page"
    assert engine.answer("vicky s story please", Conversation()).title == "Vicky Page"
    assert engine.answer("what is the story of the film", Conversation()).kind == "film"


def test_a_second_opener_after_a_greeting_sentence_is_chatter_too(engine):
    answer = engine.answer("hey!! quick q whats the red shoes about lol", Conversation())
    assert answer.kind == "film"


def test_a_noun_opening_the_asking_clause_is_not_a_greeting(engine):
    said = (
        "I can't stop thinking about The Tragic Fall. Could you describe what happens in that scene?",
        "Yes, that's what I saw. The man who hurries over to her at the end of it, who is he?",
    )
    assert answer_after(engine, said[0], said[1]).title == "Boris Lermontov"


def _missing(answer) -> bool:
    return answer.kind == "none" and answer.reason == Reason.MISSING_FACT


def test_a_statement_beside_a_missing_fact_is_no_second_question(engine):
    said = (
        "Completely separate thing: my cousin is convinced this film won a bunch of Oscars, and I'm not so sure. "
        "Did it win any awards, according to what you have?"
    )
    assert _missing(answer_after(engine, "tell me about the isolation", said))
    # an inverted auxiliary still asks: "and boris, is he her teacher"
    answer = answer_after(engine, None, "what year is it from, and is boris her teacher?")
    assert answer.title == "Boris Lermontov"


def test_an_idiom_with_this_points_at_nothing(engine):
    said = (
        "Walter Goehr, noted. Slight tangent, but my friend is very particular about this sort of thing: what's the "
        "total running time of the soundtrack album, all tracks together?"
    )
    assert _missing(answer_after(engine, "tell me about entr'acte", said))


def test_do_you_happen_to_have_that_information_asks_nothing_more(engine):
    said = "I'd like to know who played Julian Craster. Do you happen to have that information?"
    assert _missing(engine.answer(said, Conversation()))


def test_a_story_told_then_do_you_happen_to_know_asks_only_the_reported_question(engine):
    said = "He also asked me who the actor playing Boris was, and I couldn't tell him. Do you happen to know?"
    assert _missing(answer_after(engine, "tell me about the audition", said))


def test_two_things_announces_the_questions_after_it(engine):
    said = "Two things, if you can: which actor played Boris, and what is his character actually like in the story?"
    answer = engine.answer(said, Conversation())
    assert answer.title == "Boris Lermontov" and answer.note == "the cast"


LEANING = [
    # someone's relation said before "who is he?"
    (
        None,
        "There's a lot of talk about Vicky's instructor, the demanding one who wants her to forget everything else. "
        "Who is he, and what is his role in the story?",
        "Boris Lermontov",
    ),
    # the person described just before beats a name said earlier
    (
        "tell me about the isolation",
        "That sounds like a fitting, if bittersweet, ending. I don't know much about the man who pushed her so hard "
        "all along, her instructor. Could you tell me about him?",
        "Boris Lermontov",
    ),
    # "that piece of music" leans on the music described before
    (
        None,
        "One of my students asked about the music from the big climactic ballet performance in this film, which her "
        "grandfather adored. Could you tell me about that piece of music from the soundtrack?",
        "The Red Shoes Ballet",
    ),
]


LEANING += [
    # an order said mid-sentence ("the one after it, so that ...")
    (
        "What happens in the second scene?",
        "Next week I'd like to carry on with the one after it, so that the series follows the film in order. Could "
        "you tell me what that one involves?",
        "The Dancer's Choice",
    ),
    # an order said before a name is lent with it ...
    (
        "what happens in the final scene?",
        "I want to argue that the scene just before that final one sets up the ending, but I should know what's in "
        "it first. What goes on in that one?",
        "The Isolation",
    ),
    # ... but not the asker's own ("stopping right before the big debut")
    (
        None,
        "Our group watch party is stopping right before the big debut performance, the evening where she finally "
        "goes on stage. Could you tell me what happens that night?",
        "The Premiere Night",
    ),
    # "the part near the end where ...": the description after a few words placing it, not the story around it
    (
        None,
        "My grandmother remembers rather fondly from her cinema club evenings the part near the end where she "
        "sits alone with her old photographs and press cuttings. What happens in that scene?",
        "The Isolation",
    ),
    # "afterwards there was a debate about the very beginning, where ...": no order; the place, then its description;
    # "since half of us were off getting snacks": the askers' reason
    (
        None,
        "A few of us did a watch party, and afterwards there was a long debate about the very beginning, where she "
        "dances for the company while somebody films her on 16mm and there's that awful pause before the clapping "
        "starts. Could you remind me what actually happens in that bit, since half of us were off getting snacks?",
        "The Audition",
    ),
    # a negation far from "scenes" ("without going through the whole film") is no list declined
    (
        None,
        "Without going through the whole film, could you tell me which scenes actually name him, Boris I mean, so "
        "one of us can finally be proven right?",
        "The Red Shoes",
    ),
    # "the one who writes music, who is he?" after a list of scenes: a person, no scene of the list
    (
        "which scenes is boris in",
        "That's fewer than she expected. While we're at it, what about the young man the ballerina falls for, the "
        "one who writes music, since we both remembered him as rather charming? Who is he?",
        "Julian Craster",
    ),
    # "the man who did it, who is he?": the doer
    ("tell me about the tragic fall", "the man who rushes to her side at the end of it, who is he?", "Boris Lermontov"),
]


@pytest.mark.parametrize(("before", "said", "title"), LEANING)
def test_a_question_leans_on_what_the_message_said_before_it(engine, before, said, title):
    assert answer_after(engine, before, said).title == title


def test_the_score_that_piece_comes_from_is_the_scores_credit(engine):
    answer = answer_after(engine, "tell me about entr'acte", "And who composed the score that piece comes from?")
    assert answer.kind == "soundtrack"
    assert answer_after(engine, "tell me about entr'acte", "who has composed this music?").title == "Entr'acte"


def test_an_aside_off_track_is_no_second_question(engine):
    said = "Hmm, slightly off track, but where can we stream this film at the moment?"
    assert _missing(engine.answer(said, Conversation()))


def test_tell_me_about_that_scene_is_the_scene_whoever_else_it_names(engine):
    said = "Could you tell me a bit more about that scene, specifically what it shows her learning?"
    assert answer_after(engine, "What happens in the second scene of the film?", said).title == "The First Rehearsal"
    said = "The woman in that scene, Vicky, remind me how the film describes her?"
    assert answer_after(engine, "What happens in the second scene of the film?", said).title == "Vicky Page"


@pytest.fixture(scope="module")
def newsroom():
    """A newsroom drama whose heroine is an editor: "the young editor" is her, not a film credit."""
    from bot.core import Engine, parse_pack

    film = {
        "title": "The Gazette",
        "synopsis": "In this newsroom drama, Mara Tull is the young editor of the Gazette, a failing weekly.",
    }
    people = [
        {"name": "Mara Tull", "description": "Mara Tull is the young editor of the Gazette.", "aliases": ["Mara"]},
        {"name": "Ivo Tull", "description": "Her late father, who founded the paper.", "pronoun": "he"},
    ]
    scenes = [
        ("The Meeting", "Mara runs the staff meeting.", "The opening."),
        ("The Council", "Mara stands up at the council meeting and the chairman cuts her off.", "The stakes rise."),
        ("The Diner", "Mara meets an old friend at the diner.", "An ally."),
    ]
    tracks = [{"title": "Night Desk", "description": "Solo piano cue for the late-night newsroom", "credit": "Ada Fox"}]
    pack = {
        "film": film,
        "characters": people,
        "scenes": [{"title": t, "summary": s, "context": c} for t, s, c in scenes],
        "soundtrack": {"composer": "Ada Fox", "tracks": tracks},
    }
    return Engine(parse_pack(yaml.safe_dump(pack)))


def test_a_credit_the_films_heroine_holds_is_her(newsroom):
    said = "Could you tell me a bit more about the main character, the young editor, what's her deal?"
    assert newsroom.answer(said, Conversation()).title == "Mara Tull"
    assert _missing(newsroom.answer("who directed the film?", Conversation()))  # a credit no one in it holds


NEWSROOM_LEANING = [
    (
        "We paused right at the part where Mara stands up at the council meeting and gets cut off by the chairman. "
        "When we start again, what's the scene that comes after that one?",
        "The Diner",
    ),
    ("There's a quiet solo piano bit that plays in the newsroom late at night. Which track is that?", "Night Desk"),
    # the asker's reason ("so I can find it again") is no content of the question
    (
        "There's a quiet solo piano bit that plays in the newsroom late at night. I just want to know what that "
        "track is called so I can find it again, if it's listed.",
        "Night Desk",
    ),
]


@pytest.mark.parametrize(("said", "title"), NEWSROOM_LEANING)
def test_a_question_leans_on_the_thing_described_before(newsroom, said, title):
    assert newsroom.answer(said, Conversation()).title == title


def test_what_its_actually_about_is_the_film(newsroom):
    said = "Before our movie night, could you give me a quick sense of what it's actually about?"
    assert newsroom.answer(said, Conversation()).kind == "film"


@pytest.mark.parametrize(
    "said",
    [
        "Ok, back to the young man, in what scenes he is?",
        "I would like to rewatch the moments he is in before finishing the essay, so which scenes mention him?",
    ],
)
def test_back_to_someone_or_before_the_askers_deed_is_no_order(engine, said):
    answer = answer_after(engine, "who is julian", said)
    assert answer.kind == "scenes" and answer.entries == ()


def test_the_one_that_follows_is_an_order_and_the_scenes_that_follow_a_list(engine):
    said = "Going back to the scenes though, what's the scene that follows the rehearsal one?"
    assert answer_after(engine, "tell me about the audition", said).title == "The Dancer's Choice"
    said = "Could you list all the scenes that follow from that opening, in order?"
    assert answer_after(engine, "how does it open", said).kind == "scenes"


def test_personages_are_characters(engine):
    assert engine.answer("Who are the personages principal?", Conversation()).kind == "film"


def test_a_role_after_only_and_a_role_just_before_who_is_she():
    from bot.core import Engine, parse_pack

    pack = parse_pack(
        yaml.safe_dump(
            {
                "film": {
                    "title": "The Gazette",
                    "synopsis": (
                        "In this drama, Mara Tull edits the Gazette with June Tull, the paper's only photographer, "
                        "while Ivo Marr, the governor, watches."
                    ),
                },
                "characters": [
                    {"name": "Mara Tull", "description": "The editor.", "pronoun": "she"},
                    {"name": "June Tull", "description": "Her sister June Tull, the paper's only photographer."},
                    {"name": "Ivo Marr", "description": "The governor of the county."},  # no pronoun: fits any
                    {"name": "Ada Lind", "description": "An aide who works for the governor.", "pronoun": "she"},
                ],
                "scenes": [{"title": "The Darkroom", "summary": "June develops the prints.", "context": "A clue."}],
            }
        )
    )
    engine = Engine(pack)
    assert "photographer" in engine.index.role_words["June Tull"]
    said = "And the one actually developing the prints there, the photographer, who is she exactly?"
    assert answer_after(engine, "what happens in the darkroom", said).title == "June Tull"
    said = "The woman who works for the governor, who is she?"
    assert engine.answer(said, Conversation()).title == "Ada Lind"  # not the governor named before "who is she"


@pytest.mark.parametrize(
    "said",
    [
        "Slightly unrelated, but my uncle, who took me to that screening and still talks about it, always swore the "
        "film won a bunch of Oscars. Do you happen to know what awards it won?",
        "She also wants to know where she can stream the film tonight, since my humming put her in the mood. Any "
        "idea where it's available?",
    ],
)
def test_the_askers_story_beside_a_missing_fact_asks_nothing_more(engine, said):
    assert _missing(answer_after(engine, "what is the dream sequence", said))


def test_his_student_with_no_one_in_play_is_the_one_a_teacher_is_called_the_teacher_of(engine):
    said = "I'm more interested in the pupil, the young dancer he pushes so hard. Can you tell me about his student?"
    assert engine.answer(said, Conversation()).title == "Vicky Page"


THREAD_WORDINGS = [
    # who does something to her there, when no one the page names does it: the scene tells
    ("What is happening in first rehearsal scene?", "Who is cheering for her there?", "The First Rehearsal"),
    # ... but someone the page names who does it is them
    ("tell me about the tragic fall", "who rushes to her side there", "Boris Lermontov"),
    ("What is happening in first rehearsal scene?", "who is the girl in that scene?", "Vicky Page"),
    ("tell me about the tragic fall", "does boris show up in that", "The Tragic Fall"),
    ("the dancers choice scene", "whos she choosing between there", "The Dancer's Choice"),
    # the film's lead after the film
    ("plot then", "her name?", "Vicky Page"),
    # a bare person noun after a scene: the one it names who fits
    ("the confrontation", "the guy?", "Boris Lermontov"),
    # "her <role>": the one other character the page calls so
    ("ballerina?", "her composer", "Julian Craster"),
]


@pytest.mark.parametrize(("before", "said", "title"), THREAD_WORDINGS)
def test_a_few_words_read_against_the_thread(engine, before, said, title):
    assert answer_after(engine, before, said).title == title


@pytest.fixture(scope="module")
def island(tmp_path_factory):
    """An imported family drama: "her partner, Jonas, to help her ageing father, Magnus" and "her younger
    brother, Ewan": whose each "her" is, and what follows from it."""
    synopsis = (
        "In this family drama, Sorcha Ardlaw returns to the island with her partner, Jonas Eklund, to help her ageing "
        "father, Magnus Ardlaw, through his last winter as keeper. Her restless younger brother, Ewan Ardlaw, is "
        "desperate to leave."
    )
    scene = ("The Ferry Home", "Sorcha and Jonas cross to the island, where Magnus waits on the pier and Ewan sulks.")
    return page_engine(tmp_path_factory.mktemp("island"), "Skerry Light", synopsis, [(*scene, "The family gathers.")])


@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("who is sorcha's father?", "Magnus Ardlaw"),  # the same "her" as "her partner" before it
        ("ewan's dad", "Magnus Ardlaw"),  # his sister's father is his
        ("ewans sisters bf who is he", "Jonas Eklund"),  # a named chain; "partner" said for a boyfriend
        ("ewan's sister", "Sorcha Ardlaw"),  # "her brother, Ewan": she is his sister
    ],
)
def test_family_said_once_is_read_every_way(island, said, title):
    assert island.answer(said, Conversation()).title == title


def test_back_to_that_piece_of_music_is_the_thread_and_did_you_say_asks_again(engine):
    said = "No problem. Back to that piece of music, though: who did you say it's credited to?"
    before = ["What can you tell me about the Entr'acte?", "any idea where I can stream it?"]
    assert answer_after(engine, before, said).title == "Entr'acte"


def test_a_reason_about_the_conversation_is_no_missing_fact(engine):
    said = (
        "Ah well, it was worth a try. Then can you at least tell me about her, since that's where our conversation "
        "started before we got sidetracked by the casting question?"
    )
    answer = answer_after(engine, "who plays vicky page?", said)
    assert answer.title == "Vicky Page"


ROUND_AN = [
    # "the one after next", "the one two back"
    ("the opening scene", "the one after next", "The Dancer's Choice"),
    ("what happens in scene 5", "and the one two back?", "The Dancer's Choice"),
    # "the one just before it, though, because ...": an order said mid-sentence
    (
        "Could you tell me what happens in scene number five?",
        "She was asking me to recap the one just before it, though, because she fell asleep partway through. Could "
        "you describe what happened in that one?",
        "The Dream Sequence",
    ),
    # "tell me about <name>, what drives her and what she struggles with": her, not a scene where she struggles
    (None, "Could you tell me about Vicky Page, what drives her and what she struggles with?", "Vicky Page"),
    # "a bit about the story" is the film
    ("tell me about the final decision", "Can you tell me a bit about the story, just the broad strokes?", None),
    # "name him, so I can tell her": "him" (Boris, named a sentence before), not "her"
    (
        None,
        "She claimed that Boris shows up in almost every important moment. I'm a bit sceptical, honestly. Could you "
        "tell me which of the scenes actually name him, so I can tell her whether she's right?",
        "The Red Shoes",
    ),
    # "the second scene, the one right after that opening": the second scene
    (
        "what is the very first scene?",
        "And if she asks for one more, what happens in the second scene, the one right after that opening?",
        "The First Rehearsal",
    ),
]


ROUND_AN += [
    # "in that scene, who is it that ...": a deed asked of the scene
    (
        "tell me about the tragic fall",
        "In that scene, who is it that rushes to her side afterwards? I vaguely remember someone running to her.",
        "Boris Lermontov",
    ),
    (
        "what happens in the dancer's choice",
        "In that scene, who is the man she talk with in private?",
        "Boris Lermontov",
    ),
    # "I'd like to track where the shoes come up: in which of the scenes do the red shoes get mentioned?"
    (
        None,
        "I'd like to track where the shoes themselves come up: in which of the scenes do the red shoes actually get "
        "mentioned?",
        None,
    ),
]


@pytest.mark.parametrize(("before", "said", "title"), ROUND_AN)
def test_round_an_wordings(engine, before, said, title):
    answer = answer_after(engine, before, said)
    assert answer.title == (title or "The Red Shoes")


def test_the_one_where_is_a_scene_whoever_it_names():
    from tests.scoring import imported_engine

    engine = imported_engine("film-36")  # a motor-racing drama; Carlo dances with Judith at the victory ball
    assert answer_after(engine, "whos carlo", "the one where he dances w judith").title == "The Victory Ball"


# Round AQ: a pick said as a position once a list was shown, a list asked with "what they are", a list asked "for
# us", the bot's own "page", "the overall composer", an adverb inside a missing fact ("who actually played her"),
# a connective before the question ("following on from that, ..."), "anything" inside an aside, and "that part"
# after a scene described with a music word ("newspaper pieces").
AFTER_A_LIST = [
    (
        "which scenes is boris in",
        "Of those ones you listed, could you tell me about the middle one?",
        "The Confrontation",
    ),
    ("list the scenes", "Of the ones you showed, what happens in the second to last one?", "The Isolation"),
]


@pytest.mark.parametrize(("before", "said", "title"), AFTER_A_LIST)
def test_a_position_said_in_a_longer_question_picks_from_the_list_shown(engine, before, said, title):
    assert answer_after(engine, before, said).title == title


@pytest.mark.parametrize(
    "said",
    [
        "how many scenes are there, and could you show me what they are?",
        "How many memorable scenes does your page list, and what are they?",
        "My cousin counted eight and I counted more, so could you list the memorable scenes for us?",
    ],
)
def test_the_whole_list_asked_with_what_they_are_for_us_or_of_your_page(engine, said):
    answer = engine.answer(said, Conversation())
    assert answer.kind == "scenes"
    assert answer.entries is None  # the whole list, not the scenes naming someone


def test_the_overall_composer_just_after_a_track_is_the_scores(engine):
    assert answer_after(engine, "whats entracte", "whos the overall composer tho").kind == "soundtrack"
    said = "And following on from that, who composed the score for the film as a whole?"
    assert answer_after(engine, "tell me about the interlude piece", said).kind == "soundtrack"


@pytest.mark.parametrize(
    "said",
    [
        "who actually played her?",
        "While I have you, and this is just me being nosy rather than anything to do with our argument, do you "
        "know who actually played her?",
    ],
)
def test_an_adverb_inside_a_missing_fact_keeps_it_missing(engine, said):
    answer = answer_after(engine, "tell me about vicky", said)
    assert (answer.kind, answer.reason) == ("none", Reason.MISSING_FACT)


def test_that_part_after_a_scene_described_with_newspaper_pieces_is_that_scene(engine):
    said = (
        "Fair enough. There's a scene I keep thinking about where she's alone and a bit of a mess, looking through "
        "old photos and newspaper pieces about her glory days. Could you tell me about that part of the film?"
    )
    assert engine.answer(said, Conversation()).title == "The Isolation"


# The last question asked is the one "and <someone>?" repeats: after "who is he?" it is who Boris is, not his
# scenes; "what about her?" just after "is he in any scenes" asks her scenes; someone named beside the one asked
# about ("his deal with vicky") is the "she" of the next question.
def test_and_boris_repeats_the_last_question_not_an_older_one(engine):
    assert answer_after(engine, ["does julian show up in any scene", "who even is he"], "n boris").kind == "character"
    assert answer_after(engine, "does julian show up in any scene", "n boris").kind == "scenes"


def test_what_about_her_repeats_the_scenes_question_for_her(engine):
    before = ["whos vicky page", "whos her love interest", "is he in any scenes"]
    answer = answer_after(engine, before, "what about her")
    assert answer.kind == "scenes"
    assert "The Audition" in (answer.entries or ())


def test_someone_named_beside_the_subject_is_in_play_for_the_next_pronoun(engine):
    assert answer_after(engine, ["julian craster who", "whats his whole deal w vicky"], "n who is she").title == (
        "Vicky Page"
    )


# An anchor said first as a place ("scene 6, what's after it"), a scene named before "how does it end" (that scene's
# end), "they are fighting about what?" (the scene talked about), "whens it from" (the year, a missing fact).
@pytest.mark.parametrize(
    "said", ["scene 6, whats after it", "ok back to scene 6 whats after it", "the sixth scene, what comes after it?"]
)
def test_a_place_said_first_is_the_anchor(engine, said):
    assert answer_after(engine, ["whats scene 2", "what year did this come out"], said).title == "The Tragic Fall"


def test_a_scene_named_before_how_it_ends_is_that_scene(engine):
    assert answer_after(engine, "the final decision", "back to the dream, how it ends?").title == "The Dream Sequence"
    assert engine.answer("ok so, how does it end?").title == "The Final Decision"
    assert engine.answer("in the red shoes, how does it end?").title == "The Final Decision"


def test_doing_about_what_is_the_scene_not_the_plot(engine):
    assert answer_after(engine, "what is the scene number 6?", "They are fighting about what?").title == (
        "The Confrontation"
    )
    assert engine.answer("the film is about what?").kind == "film"


@pytest.mark.parametrize("said", ["whens the film from", "what era is it from"])
def test_when_is_it_from_asks_the_year(engine, said):
    answer = engine.answer(said)
    assert (answer.kind, answer.reason) == ("none", Reason.MISSING_FACT)


# Steps said as a jump ("jump ahead two scenes from that one"), a name lent to a missing fact's "her" is no second
# question, "the girl's instructor" counts from the film's lead.
@pytest.mark.parametrize(
    ("said", "title"),
    [
        ("We should jump ahead two scenes from that one next week. Which one would that be?", "The Tragic Fall"),
        ("skip forward 2 scenes", "The Tragic Fall"),
        ("go back three scenes", "The First Rehearsal"),
    ],
)
def test_a_jump_of_some_scenes_counts_from_the_scene_talked_about(engine, said, title):
    assert answer_after(engine, "what is scene 5", said).title == title


def test_a_name_lent_to_a_missing_facts_pronoun_is_no_second_question(engine):
    said = (
        "Oh, and completely as an aside, my partner swears the actress who played Vicky was a real ballerina. Do "
        "you happen to know who actually played her?"
    )
    answer = answer_after(engine, "tell me about the audition", said)
    assert (answer.kind, answer.reason) == ("none", Reason.MISSING_FACT)
    assert engine.answer("boris + his age?").title == "Boris Lermontov"  # said with "+": two questions


def test_the_girls_instructor_counts_from_the_films_lead(engine):
    said = "My mum likes the mentor figures in these stories, so who's the girl's instructor?"
    assert answer_after(engine, "what is the film about", said).title == "Boris Lermontov"


@pytest.mark.parametrize(
    "said",
    [
        "the man who teaches Vicky, who is he?",
        "My friend mentioned the man who teaches Vicky, the one who's always pushing her to care only about dancing. "
        "I couldn't remember a thing about him. Who is he?",
    ],
)
def test_someone_described_by_a_deed_to_a_named_person_then_who_is_he(engine, said):
    assert engine.answer(said, Conversation()).title == "Boris Lermontov"


@pytest.mark.parametrize(
    ("said", "title"),
    [("And Vicky falls in love with who?", "Julian Craster"), ("vicky loves who", "Julian Craster")],
)
def test_the_one_asked_for_said_where_a_name_would_go(engine, said, title):
    assert engine.answer(said).title == title


@pytest.mark.parametrize("said", ["the strict teacher", "who is the strict teacher"])
def test_a_role_in_the_pages_word_for_it_with_an_adjective_the_page_lacks(engine, said):
    assert engine.answer(said).title == "Boris Lermontov"  # the page: "imperious instructor"
    assert engine.answer("the scene where she argues with her teacher").kind == "scene"


def test_how_the_story_breaks_down_is_its_scenes_not_a_collapse(engine):
    said = (
        "We're splitting the film over two evenings and I'd like to know how the story breaks down first. How many "
        "scenes are there in total, and could you list them for me in order?"
    )
    answer = engine.answer(said, Conversation())
    assert answer.kind == "scenes" and answer.entries is None
    assert engine.answer("she breaks down in tears").title == "The Tragic Fall"
    said = "To plan my timings, I need to know how many scenes you have listed for the film and what they are."
    assert engine.answer(said).kind == "scenes"


def test_his_part_in_the_story_is_his_role_not_a_part_of_the_film(engine):
    said = (
        "I keep forgetting the charming young composer that the heroine falls for. Who is he, and what's his part in "
        "the story?"
    )
    assert engine.answer(said, Conversation()).title == "Julian Craster"


def test_who_is_someone_then_what_the_asker_takes_them_to_be_is_them(engine):
    assert engine.answer("Who is Boris Lermontov? He is the teacher of the girl, no?").title == "Boris Lermontov"
    assert answer_after(engine, "vicky", "and her teacher? he is the director, right?").title == "Boris Lermontov"


def test_fancy_before_a_noun_is_no_liking(engine, tmp_path):
    synopsis = (
        "In this family comedy, Walter Dunn, a widowed baker, feuds with Agatha Pruitt, who opens a fancy pastry shop "
        "across the street. She hires her nephew, Eddie Sorensen."
    )
    film = page_engine(tmp_path, "Sugar Town", synopsis)
    said = "who is the lady who opens the fancy pastry shop?"
    assert film.answer(said).title == "Agatha Pruitt"
    assert film.turn(said).reading.asks != "relation"  # no one "fancies" anyone here
    assert engine.answer("the guy who fancies her").title == "Julian Craster"


def test_a_request_opening_a_later_clause_is_still_a_request(engine):
    said = "Off to the side a little: can you recommend another good ballet film I could watch after this one?"
    answer = answer_after(engine, "the dream sequence", said)
    assert (answer.kind, answer.reason) == ("none", Reason.OFF_TOPIC)
    assert answer_after(engine, "the audition", "Which tracks are inside, can you make me a list?").kind == "soundtrack"
