"""Long messages whose question leans on a sentence before it, and messages that set the film aside.

Each case is a class of failure seen in blind sets, written again in other words: a place in the film or a
title said in a story sentence and pointed at by "that one" or "it"; an idiom that holds a structure word
("from beginning to end"); a message saying it is not about films; an aside before a question the pack can't
answer; a typo inside a title.
"""

from __future__ import annotations

import pytest

from bot.core import Conversation
from bot.core.answers import Reason
from tests.scoring import answer_after


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # a place said in the story, pointed at by the question after it
        (
            "Our film club covers one scene a week and this time I got scene number four. What happens in that one?",
            "The Dream Sequence",
        ),
        ("We paused at the second to last scene because the baby woke up. What goes on in it?", "The Isolation"),
        ("My nephew is writing about scene 6 for school. Could you tell me about that one?", "The Confrontation"),
        # ... a title said in the story, pointed at by "it"
        (
            "A friend keeps quoting the part called The Premiere Night at me, over and over. What happens in it?",
            "The Premiere Night",
        ),
        # ... a typo inside the title
        (
            "Everyone online calls 'The Dancers Choise' the heart of the film. What happens in that scene?",
            "The Dancer's Choice",
        ),
    ],
)
def test_a_story_sentence_lends_the_place_or_title_its_question_points_at(engine, question, title):
    assert engine.answer(question, Conversation()).title == title


@pytest.mark.parametrize(
    "question",
    [
        # the place is the edge of another, or the place of something the question describes
        "Somewhere between her collapse and the final scene there is one more. What happens in the middle there?",
        "My sister says the part where she collapses is the very last scene. Which scene is that collapse?",
    ],
)
def test_a_place_said_as_the_edge_or_place_of_another_is_not_lent(engine, question):
    assert engine.answer(question, Conversation()).title != "The Final Decision"


def test_from_beginning_to_end_asks_for_all_of_a_scene_not_the_ending(engine):
    assert engine.answer("Walk me through the audition, from beginning to end.").title == "The Audition"
    assert engine.answer("what goes on in the dream sequence start to finish").title == "The Dream Sequence"
    assert engine.answer("how does it end").title == "The Final Decision"  # the ending itself still is


@pytest.mark.parametrize(
    ("question", "title"),
    [("what's in the seventh", "The Tragic Fall"), ("and what happens in the fifth?", "The Premiere Night")],
)
def test_a_bare_ordinal_after_in_is_a_place_in_the_film(engine, question, title):
    assert engine.answer(question).title == title


def test_for_this_one_before_a_question_is_the_film_but_in_this_one_is_the_scene(engine):
    assert engine.answer("For this one, which scene is second to last?").title == "The Isolation"
    said = answer_after(engine, "tell me about the dancer's choice", "in this one, what does boris tell her?")
    assert said.title == "The Dancer's Choice"


@pytest.mark.parametrize(
    "question",
    [
        "This has nothing to do with films, sorry, but my laptop won't connect to the wifi. Any idea how to debug it?",
        "I know you're here for a particular film, but my tomatoes keep splitting on the vine. Any thoughts?",
        "this isn't about the movie, but who is boris johnson?",
    ],
)
def test_a_message_setting_the_film_aside_is_declined(engine, question):
    answer = engine.answer(question, Conversation())
    assert answer.kind == "none" and answer.reason == Reason.OFF_TOPIC


def test_a_message_setting_the_film_aside_still_answers_a_name_spelt_out(engine):
    assert engine.answer("not about the film really, but what happens in the audition?").title == "The Audition"


def test_an_aside_before_a_fact_the_pack_lacks_is_no_second_question(engine):
    thread = Conversation()
    engine.answer("how does the film end?", thread)
    said = "Before we begin, and this is a bit of a tangent, do you know where I can rent it online?"
    answer = engine.answer(said, thread)
    assert answer.kind == "none" and answer.reason == Reason.MISSING_FACT


def test_a_cast_question_reported_with_someones_reason_is_only_the_missing_fact(engine):
    said = (
        "A friend asked who played Boris in the original, so she could look up his other films. Do you happen to know?"
    )
    answer = engine.answer(said, Conversation())
    assert answer.kind == "none" and answer.reason == Reason.MISSING_FACT


def test_which_character_is_that_leans_on_the_person_described_before_it(engine):
    said = (
        "For the costume party I want to be the severe ballet man, the one who demands she give up love for "
        "her art. Which character is that, and how is he described in your summary?"
    )
    assert engine.answer(said, Conversation()).title == "Boris Lermontov"
    assert engine.answer("What's the film actually about, according to your summary?").kind == "film"


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("my cousin keeps wondering what happens after the audition", "The First Rehearsal"),
        ("I wonder what comes right before the dream sequence", "The Dancer's Choice"),
        # a hollow question leans on the reported one before it
        ("My aunt asked me what comes after the premiere night. Do you know?", "The Confrontation"),
    ],
)
def test_a_reported_question_is_read_from_its_question_word(engine, question, title):
    assert engine.answer(question, Conversation()).title == title


@pytest.mark.parametrize(
    "question",
    [
        "Since my friend is asking what follows it, what's the scene after the audition?",  # why it is asked
        "I watched it twice. Could you list the scenes so I know what to look for?",  # no question inside
    ],
)
def test_a_reported_question_that_only_says_why_is_not_read_alone(engine, question):
    answer = engine.answer(question, Conversation())
    assert answer.kind in ("scene", "scenes") and answer.title != "The Audition"


def test_a_part_reporting_who_asks_is_no_second_question(engine):
    said = "My grandad asked me something I couldn't answer: what year the film came out. Do you know?"
    answer = engine.answer(said, Conversation())
    assert answer.kind == "none" and answer.reason == Reason.MISSING_FACT


@pytest.mark.parametrize(
    ("question", "title"),
    [
        # "that track" / "that part" with no words of its own leans on the description before it
        (
            "For our party playlist I want the quiet interlude music they play between acts. What's that track "
            "called and how is it described?",
            "Entr'acte",
        ),
        (
            "There's a bit where she dreams she is dancing in a magical otherworldly place and then wakes full of "
            "dread. I think it's in the middle of the film. Can you walk me through that part?",
            "The Dream Sequence",
        ),
        # "who she is" after a story about someone said by what they are
        (
            "My aunt and I argued all through dinner about the young ballerina, because she thinks the film is about "
            "her. Could you remind me who she is and what she wants?",
            "Vicky Page",
        ),
    ],
)
def test_a_pointer_with_no_words_of_its_own_leans_on_the_story_before_it(engine, question, title):
    assert engine.answer(question, Conversation()).title == title


def test_who_she_is_prefers_one_the_page_calls_she_over_one_whose_pronoun_it_never_states(engine):
    # Julian's pronoun is never stated on the page; "young" is his word, "ballerina" hers
    assert engine.answer("the young ballerina, who is she?").title == "Vicky Page"
    assert engine.answer("the young composer, who is he?").title == "Julian Craster"


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        (None, "two scenes after the opening night, what happens there?", "The Tragic Fall"),
        (
            None,
            "My cousin never dared to ask him who Lermontov even is. Could you tell me, so I can explain?",
            "Boris Lermontov",
        ),
        (
            "what is the film about",
            "And the instructor in that plot summary, the imperious one, what's his deal?",
            "Boris Lermontov",
        ),
        ("what is the film about", "who's the one she's drawn to?", "Julian Craster"),
    ],
)
def test_steps_with_a_question_of_them_a_reported_who_and_the_bots_own_summary(engine, before, question, title):
    assert answer_after(engine, before, question).title == title


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        (
            "tell me about the dancer's choice",
            "Where does that fall in the order of scenes, what number is it?",
            "The Dancer's Choice",
        ),
        (["list the scenes", "the third one on that list"], "And the one two places after that?", "The Premiere Night"),
        # what the asker will ask later, or is after, is no order question now
        (
            None,
            "The part I mean is the premiere. Tell me what happens in it first, and then I'll ask about what "
            "follows, since that's really what I'm after.",
            "The Premiere Night",
        ),
        (
            "list the scenes",
            "Last one, I promise, and then I'll leave you in peace: what comes right before the seventh?",
            "The Confrontation",
        ),
        (
            None,
            "Good evening! Hope you're well, if bots can be well. Quick question from a tired student: which "
            "scene is the one where she's alone after everything goes wrong, reading old articles?",
            "The Isolation",
        ),
        # a reference inside the asker's purpose points at nothing before it
        (
            "tell me about the final decision",
            "That's a powerful ending. Could you tell me what the film's overall "
            "story is, so I can frame that ending properly?",
            "The Red Shoes",
        ),
        # a hollow question leans on the question reported a sentence or two before it
        (
            None,
            "My uncle asked me what happens in the scene where Vicky and Boris confront each other. I had no "
            "idea. Could you help, ideally, so I'm ready next time?",
            "The Confrontation",
        ),
        # a credit's name said before "he": his track
        (None, "I found the name Walter Goehr in my notes. What's the piece he's credited with?", "Entr'acte"),
        (None, "Could you list the scenes for me, from the very start to the very end?", "The Red Shoes"),
    ],
)
def test_long_messages_say_what_they_ask_in_many_ways(engine, before, question, title):
    assert answer_after(engine, before, question).title == title


def test_in_the_first_place_is_no_first_scene(engine):
    said = "He never understood what she wanted in the first place. Could you tell me about her as a character?"
    assert answer_after(engine, "who is vicky", said).title == "Vicky Page"


def test_the_askers_own_clause_before_a_question_that_says_it_all_is_left_out(engine):
    from bot.core import Conversation

    said = (
        "Our conductor mentioned we might play a suite from this film's music. I got curious and wanted to know more "
        "before rehearsals start: who composed the music for the film?"
    )
    assert engine.answer(said, Conversation()).kind == "soundtrack"
    # ... but not a clause asking inside it, describing someone, or reporting what someone said
    said = "I promised I'd find out who wrote the music for it and what's on the soundtrack. Can you help me out?"
    assert engine.answer(said, Conversation()).kind == "soundtrack"
    said = "I lost track of the young man Vicky falls for, the one who composes music. Who is he?"
    assert engine.answer(said, Conversation()).title == "Julian Craster"


def test_whether_the_bot_has_a_fact_is_no_second_question(engine):
    """ "who directed it; do you have that information, or is that outside what your page covers?": one question,
    for a fact the pack lacks, not a compound whose other half is the scene talked about."""
    for after in (
        "My aunt will ask who directed the film; do you have that information, or is that outside what your page "
        "covers?",
        "A friend wanted to know how much money the film made at the box office; is that the kind of thing your "
        "page covers, or should I tell her to look it up?",
    ):
        answer = answer_after(engine, "the audition", after)
        assert (answer.kind, answer.reason) == ("none", "missing_fact"), after
    assert answer_after(engine, None, "who directed it, and what happens in the audition?").title == "The Audition"


def test_who_is_he_according_to_your_summary_leans_on_the_man_described(engine):
    said = (
        "We argued about the romance and could not remember the man Vicky falls in love with, only that he writes "
        "music. Who is he, according to your summary of the film?"
    )
    assert answer_after(engine, None, said).title == "Julian Craster"


def test_a_remembered_neighbour_then_that_one_asks_for_the_neighbour(engine):
    """ "I vaguely remember the scene just before it being louder. What happens in that one?": the one before it."""
    before = answer_after(engine, "the dream sequence", "what comes just before it?").title
    said = "I vaguely remember the scene just before it being a lot louder. What happens in that one?"
    assert answer_after(engine, "the dream sequence", said).title == before != "The Dream Sequence"


def test_a_request_hollow_but_for_the_askers_reason_leans_on_the_description(engine):
    """ "Could you walk me through what happens there, since I was getting drinks?": the scene told before it."""
    said = (
        "There's a scene where she sits alone surrounded by old photographs and newspaper clippings. Could you walk "
        "me through what happens there, since I was getting drinks for half of it?"
    )
    assert answer_after(engine, None, said).title == "The Isolation"


def test_does_your_page_say_is_where_the_answer_is_not_a_name(engine):
    """ "Does your page say who composed it?": the score's composer; "page" is no Vicky Page here."""
    said = "He wants to find out who wrote the score. Does your page say who composed it?"
    assert answer_after(engine, None, said).kind == "soundtrack"


def test_a_relation_conceded_beside_the_question_is_not_the_one_asked(engine):
    """ "the young musician she starts to fall for despite her teacher wanting ...": whom she loves."""
    said = "And the young musician she starts to fall for despite her teacher wanting her focused on ballet, who is he?"
    assert answer_after(engine, "who is vicky page", said).title == "Julian Craster"


def test_the_role_said_before_the_pronoun_wins_over_the_one_set_aside(engine):
    """ "Going back to the instructor, rather than the musician, which scenes is he named in?": Boris's scenes."""
    said = "Going back to the instructor for a moment, rather than the musician, which scenes is he named in?"
    answer = answer_after(engine, ["who is vicky's instructor", "and who does she fall for?"], said)
    assert answer.kind == "scenes" and answer.entries == answer_after(engine, None, "which scenes name boris").entries


def test_who_is_he_after_the_one_a_named_person_falls_for(engine):
    """ "... the name of the young composer Vicky falls for. Who is he?": the one described, not Vicky herself."""
    said = (
        "We were discussing the romance and could not remember the name of the young composer Vicky falls for. "
        "Who is he, and what's his part in the story?"
    )
    assert answer_after(engine, None, said).title == "Julian Craster"


def test_a_track_described_then_asked_on_the_soundtrack(tmp_path):
    """ "There's a warm little theme over the morning broadcast ... Does that opening theme have a name on the
    soundtrack?": that track ("on the soundtrack" says where it is listed, not the whole soundtrack)."""
    from bot.authoring.importer import import_page
    from bot.core import Engine, parse_pack

    page = tmp_path / "page.txt"
    page.write_text(
        "\nStatic\nIn this comedy, Josie Brann hosts the night show.\nSound Tracks from Static by Ola Brand\n"
        "Sign-On\nSign-On by Ola Brand, Warm opening theme over the station's morning broadcast\nNight Owl\n"
        "Night Owl by Ola Brand, Slow ballad during her overnight shifts\nMemorable Scenes from Movie Static\n"
        "The Booth\nJosie sits alone in the booth and takes her first call.\nContext: The start.",
        encoding="utf-8",
    )
    static = Engine(parse_pack(import_page(page)))
    said = (
        "At the very start there's a warm little theme over the station's morning broadcast, and it made me "
        "nostalgic for my grandparents' kitchen radio. Does that opening theme have a name on the soundtrack?"
    )
    assert static.answer(said).title == "Sign-On"
    assert static.answer("is there a piece on the soundtrack for her overnight shifts?").title == "Night Owl"


def test_a_question_the_asker_says_they_are_not_asking_is_left_out(engine):
    """ "... I don't need to know who made it, I'd just like to know what that track is called.": that track."""
    said = (
        "There's this big climactic ballet music I keep humming. I don't need to know who made it, I'd just like "
        "to know what that track is called."
    )
    assert answer_after(engine, None, said).title == "The Red Shoes Ballet"


def test_a_title_said_in_full_before_an_order_question_is_its_anchor_whoever_him_is(engine):
    """ "... the last thing he remembers is The Dream Sequence. What comes right after that one, so I can tell
    him?": "him" is the asker's brother; "that one" is the title said whole in the sentence before."""
    question = (
        "My brother fell asleep halfway through our movie night (he insists he was only 'resting his eyes') and "
        "the last thing he remembers is The Dream Sequence. What scene comes right after that one, so I can tell "
        "him where to pick it back up tonight?"
    )
    assert engine.answer(question, Conversation()).title == "The Premiere Night"


@pytest.mark.parametrize(
    "question, expected",
    [
        ("which scene sits right in the middle of the nine memorable ones", "The Premiere Night"),
        ("Which is the scene in middle of the movie?", "The Premiere Night"),
        ("which scene does it actually open with", "The Audition"),
        ("what does the movie end on", "The Final Decision"),
        (
            "Someone in our group chat claimed the film opens with a rehearsal, and I'm fairly sure that's wrong. "
            "Which scene does it actually open with?",
            "The Audition",
        ),
    ],
)
def test_the_middle_the_opening_and_the_end_in_other_words(engine, question, expected):
    assert engine.answer(question).title == expected


def test_a_list_asked_inside_a_story_then_an_ordinal_one_picks_from_it(engine):
    """ "... one card per scene, so could you list the memorable scenes in order?" is the list (not the scenes
    naming "themed night"); "the fourth one because ..., so what happens in that one?" and "the second one, since
    ... What's the story with it?" pick from the list shown (not "the scene right after the seventh one")."""
    thread = Conversation()
    listing = (
        "I'm making little printed cards for each scene for our themed night, one card per scene, so could you list "
        "the memorable scenes in order?"
    )
    assert engine.answer(listing, thread).entries is None
    picked = "My friend called dibs on designing the fourth one because she says it's the prettiest, so what's in it?"
    assert engine.answer(picked, thread).title == "The Dream Sequence"
    tracks = Conversation()
    engine.answer("How many tracks are on the soundtrack?", tracks)
    said = "Thanks! She's curious about the second one, since she's never heard of it. What's the story with it?"
    assert engine.answer(said, tracks).title == "Entr'acte"
    said = "Another student drew the scene that comes right after the seventh one. What happens in that one?"
    assert answer_after(engine, "list the scenes", said).title == "The Isolation"


def test_the_pronoun_the_scenes_are_asked_of_not_the_askers_her(engine):
    """ "Mum wants the romantic parts, bless her, so which scenes is he in?" just after Julian: his scenes (none
    names him), not the "her" of the asker's mum."""
    said = "Mum wants to skip straight to the romantic parts, bless her, so which scenes is he in?"
    answer = answer_after(engine, "who is julian craster", said)
    assert answer.kind == "scenes" and answer.entries == ()


@pytest.mark.parametrize(
    ("question", "title"),
    [
        (
            "My sister and I fell out on the bus over The Tragic Fall. She reckons Boris is right in it, and I think"
            " he is a bully, though I was tired. Can you settle it? What goes on in that scene?",
            "The Tragic Fall",
        ),
        (
            "At book club someone brought up The Red Shoes Ballet. Julian is my favourite character by a mile,"
            " honestly. What is that track?",
            "The Red Shoes Ballet",
        ),
    ],
)
def test_a_title_said_before_sentences_naming_only_people_is_what_it_points_at(engine, question, title):
    """(Titles of two words or more: a one-word title, "confrontation", is too often a word of the story.)"""
    answer = answer_after(engine, None, question)
    assert answer.title == title


def test_a_person_sentence_pointed_at_by_he_is_still_the_person(engine):
    question = "We watched The Audition twice. Then my cousin kept going on about Julian. Who is he?"
    assert answer_after(engine, None, question).title == "Julian Craster"


def test_a_person_or_a_scene_asked_after_a_title_is_not_that_title(engine):
    question = "I watched The Premiere Night. The audience was amazing. Boris was proud. Who was that guy?"
    assert answer_after(engine, None, question).title == "Boris Lermontov"


def test_a_request_said_as_a_statement_is_read_before_the_story_that_opens_the_message(engine):
    """No sentence asks: "I'd love a rundown of ..." is what to read, not the story before it."""
    said = (
        "My book club is doing a film month and I volunteered this one. Before I host the discussion I'd love a "
        "rundown of all the scenes in order so I don't embarrass myself."
    )
    answer = engine.answer(said, Conversation())
    assert answer.kind == "scenes" and answer.entries is None  # the whole list
    # ... but a request pointing back ("a refresher on that scene") leans on the story that describes it
    told = "There's the scene where she wakes on the stage with the red shoes on her feet. I'd love a refresher."
    assert engine.answer(told, Conversation()).kind == "scene"


@pytest.mark.parametrize(
    "question", ["list all the scenes before I host the discussion", "all the scenes before my exam"]
)
def test_before_the_askers_own_time_is_no_order(engine, question):
    answer = engine.answer(question, Conversation())
    assert answer.kind == "scenes" and answer.entries is None  # the whole list


def test_whats_that_one_called_leans_on_the_description_before_it(engine):
    """ "... the tune over the morning crossing, all fiddle. What's that one called?": the one described; but "in
    that one" is the scene talked about."""
    said = "The one I keep humming is the interlude music, the piece between the acts. What's that one called?"
    assert engine.answer(said, Conversation()).title == "Entr'acte"
    asked = "I always thought she was torn over the composer. Who is she arguing with in that one?"
    assert answer_after(engine, "the confrontation", asked).title == "Boris Lermontov"


def test_a_word_of_the_retelling_groups_is_no_word_of_the_packs(engine):
    """ "my cousin bet me ...": "bet" shares a group with "wager" for matching, but names nothing the pack holds, so
    the list asked for is still the whole list."""
    said = "My cousin bet me I could never recite every scene in order, and I lost. Could you list them so I win?"
    answer = engine.answer(said, Conversation())
    assert answer.kind == "scenes" and answer.entries is None
    assert not engine.index.lexicon.knows("bet")


def test_an_agreement_before_the_question_lends_it_nothing(engine):
    """ "Yes! That's the one. Who's actually in it?" just after a scene naming one person: her, the agreement
    read as no part of the question."""
    answer = answer_after(engine, "tell me about the isolation", "Yes! That's the one. Who's actually in it?")
    assert (answer.kind, answer.title) == ("character", "Vicky Page")


def test_where_others_can_watch_it_is_the_same_missing_fact(engine):
    said = "Sounds great. They'll ask where they can watch it, since nobody owns a DVD player. Where can we stream it?"
    assert answer_after(engine, "the audition", said).reason == "missing_fact"


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        (
            None,
            "We rewatched the bit where Vicky sits by herself sorting through old photographs and newspaper "
            "clippings. Which scene follows that one? The credits caught us by surprise.",
            "The Final Decision",
        ),
        (
            None,
            "The part where she dances through a strange dream world with the shoes in control had me gripped. "
            "What comes just before it?",
            "The Dancer's Choice",
        ),
        # ... whatever was talked about before the message
        (
            "tell me about the audition",
            "I keep thinking of the scene where she sits alone, looking through old photos and articles about her "
            "glory days. "
            "What is the scene after it?",
            "The Final Decision",
        ),
    ],
)
def test_an_order_asked_of_it_counts_from_the_scene_the_sentence_before_told(engine, before, question, title):
    answer = answer_after(engine, before, question)
    assert (answer.kind, answer.title) == ("scene", title)


@pytest.mark.parametrize("told", ["Lovely.", "Ooh, dramatic stuff.", "The second one you listed sounds fun."])
def test_a_sentence_telling_no_scene_leaves_it_to_the_thread(engine, told):
    answer = answer_after(engine, ["list the scenes", "tell me about the audition"], f"{told} What comes after it?")
    assert (answer.kind, answer.title) == ("scene", "The First Rehearsal")


@pytest.mark.parametrize(
    "question",
    [
        # an embedded "how many": what leads up to it says why it is asked
        "For the trivia sheet, the first thing people ask is how many memorable scenes the film has. How many?",
        # not remembering is no list declined
        "Honestly I can't remember how many scenes this one has. Can you list them for me?",
        # the asker's own time after the list asked
        "Could you tell me how many scenes there are before we plan the breaks?",
    ],
)
def test_a_count_asked_inside_a_story_is_the_list_of_scenes(engine, question):
    got = engine.answer(question, Conversation())
    assert (got.kind, got.entries) == ("scenes", None)


def test_what_happens_once_she_finishes_is_the_rest_of_the_scene_talked_about(engine):
    assert answer_after(engine, ["the audition"], "and once she has finished, what happens?").title == "The Audition"
    assert answer_after(engine, ["the audition"], "and after she finished, what then?").title == "The Audition"
    # another deed, or no scene talked about: the next one
    assert answer_after(engine, ["the tragic fall"], "what happens after she collapses").title == "The Isolation"
    assert engine.answer("what happens after she finishes the audition", Conversation()).title == "The First Rehearsal"


def test_which_track_from_the_soundtrack_is_that_leans_on_the_music_described_before(engine):
    question = (
        "There is a piece that swells under the climactic ballet performance; my flatmate whistles it "
        "all day. I have asked her to stop. Which song on the soundtrack is that?"
    )
    assert engine.answer(question, Conversation()).title == "The Red Shoes Ballet"


@pytest.mark.parametrize(
    ("question", "titles"),
    [
        ("how many sad scenes are there", ["The Dream Sequence", "The Isolation", "The Final Decision"]),
        ("how many scenes have applause", ["The Audition", "The First Rehearsal"]),
    ],
)
def test_a_count_of_scenes_about_something_is_still_the_scenes_about_it(engine, question, titles):
    """Review: "how many <topic> scenes" counts those scenes, not every scene."""
    assert list(engine.answer(question, Conversation()).entries or ()) == titles


@pytest.mark.parametrize(
    ("before", "question", "title"),
    [
        (
            "tell me about the audition",
            "after she finishes the audition, what is the next scene",
            "The First Rehearsal",
        ),
        ("tell me about the audition", "which scene comes after she finishes dancing", "The First Rehearsal"),
        ("tell me about the first rehearsal", "what happens once she finishes the rehearsal", "The Dancer's Choice"),
        ("tell me about the audition", "what happens after she finish the dance in it?", "The Audition"),
    ],
)
def test_the_rest_of_the_scene_yields_to_a_next_scene_asked_or_a_scene_finished(engine, before, question, title):
    assert answer_after(engine, before, question).title == title


@pytest.mark.parametrize(
    ("question", "title"),
    [
        (
            "I keep losing my place. I need the scene immediately after the one where she collapses on stage. "
            "Which is it?",
            "The Isolation",
        ),
        (
            "Help me out here, I'm looking for the part just before the one where she collapses. What is it?",
            "The Confrontation",
        ),
        # "I'm after" is the asker looking for it, no order
        ("I'm after the scene where she dances in the dreamlike ballet. Which is it?", "The Dream Sequence"),
    ],
)
def test_an_order_said_before_a_description_in_a_sentence_lent_to_the_question_stays(engine, question, title):
    assert answer_after(engine, None, question).title == title


def test_the_last_of_those_said_before_a_reason_is_a_pick_from_the_list(engine):
    question = "Fine, I'll take the last of those, since my sister likes endings best. What happens in it?"
    assert answer_after(engine, "which scenes is boris in?", question).title == "The Tragic Fall"


def test_the_askers_own_story_beside_the_question_leaves_it_pointing_at_the_scene_told_before(engine):
    question = (
        "This is probably silly. There's a scene where she is alone and broken, going through old clippings of "
        "when she was a star. I really loved the music there, but what happens in it, from start to end?"
    )
    assert answer_after(engine, None, question).title == "The Isolation"


def test_a_question_reported_then_the_askers_own_wrong_answer_is_the_question_asked(engine):
    """ "He asked which scene comes right after X. I said the premiere and he groaned. So what is it really?": the
    reported question, not the guess said between."""
    question = (
        "My cousin tested me on the film over dinner. He asked which scene comes right after The Audition. "
        "I said the premiere and he groaned. So what is it really?"
    )
    assert answer_after(engine, None, question).title == "The First Rehearsal"
