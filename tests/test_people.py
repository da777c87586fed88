"""Characters proposed from a synopsis: full names only, never places, openers or honorifics; a pronoun only
where the page's pronouns can point at no one else."""

from __future__ import annotations

import pytest

from bot.authoring.people import about, nicknames_in, propose


def names(synopsis: str, *texts: str) -> list[str]:
    return [p.name for p in propose(synopsis, list(texts), exclude=[])]


@pytest.mark.parametrize(
    ("synopsis", "expected"),
    [
        ("Eventually Vicky Page must choose between her art and her love.", ["Vicky Page"]),
        ("Inspector Edda Lund watches the harbour while the tide comes in.", ["Edda Lund"]),
        ("The composer Ludwig van Houten hides in the village of Bramble Hill.", ["Ludwig van Houten"]),
        (
            "Siobhan O'Hara-Quinn joins the Midsummer Kite Race with Ana Lucía Ferraz.",
            ["Siobhan O'Hara-Quinn", "Ana Lucía Ferraz"],
        ),
        ("Søren Dahl's brother vanishes from the Blue Anchor, a club in Varden Bay.", ["Søren Dahl"]),
        ("The storm hits Varden Bay at night and nobody is named here at all.", []),
        ("Rosa Lind moves to a small flat in New York and writes to Ada Brook.", ["Rosa Lind", "Ada Brook"]),
        (
            "She meets Anna Bell, Tom Reed and Lu Vey; Kit Moss. Jo Park waits.",
            ["Anna Bell", "Tom Reed", "Lu Vey", "Kit Moss", "Jo Park"],
        ),
        # a surname that is a plural noun too, after "the": still a person (no page calls him "the Banks")
        (
            "Ivy Lund fights the ruthless Victor Banks and the veteran Rory Wells.",
            ["Ivy Lund", "Victor Banks", "Rory Wells"],
        ),
    ],
)
def test_full_names_only(synopsis, expected):
    assert names(synopsis) == expected


def test_the_film_and_track_titles_are_not_people():
    assert [
        p.name for p in propose("Red Mesa Sunrise plays as Inés Calderón rides.", [], exclude=["Red Mesa Sunrise"])
    ] == ["Inés Calderón"]


def test_a_pronoun_where_only_one_person_can_be_meant():
    people = propose(
        "Maren Holt keeps a lighthouse. The ferryman Tobias Wren rows the mail across each week.",
        ["Maren climbs the tower. She finds the lamp dark.", "Tobias waits at the quay. He says nothing."],
        exclude=[],
    )
    assert [(p.name, p.pronoun) for p in people] == [("Maren Holt", "she"), ("Tobias Wren", "he")]


def test_no_pronoun_when_the_page_gives_none_or_mixed_signals():
    people = propose(
        "Ada Brook and Cy Lowe share a flat.",
        ["Ada Brook cooks. Cy Lowe reads."],
        exclude=[],
    )
    assert [p.pronoun for p in people] == [None, None]


def test_a_plural_their_is_not_a_singular_they():
    people = propose(
        "Tam Rook and Lu Vey fly the ship.",
        ["Tam and Lu check their charts. They both sleep. Tam Rook wakes, their watch ringing."],
        exclude=[],
    )
    assert all(p.pronoun is None for p in people)


def test_a_part_opening_with_while_goes_to_the_person_after_it():

    sentence = (
        "She turns to her old mentor, Elias Brandt, a retired detective, while her rival, the reporter Marcus Vane, "
        "races her to every lead."
    )
    others = ["Elias Brandt", "Marcus Vane"]
    assert about(sentence, "Elias Brandt", others) == "She turns to her old mentor, Elias Brandt, a retired detective."
    assert about(sentence, "Marcus Vane", others) == "Her rival, the reporter Marcus Vane, races her to every lead."


def test_what_a_person_is_to_someone_said_just_before_their_name_is_theirs():

    sentence = (
        "Callum Fennimore, an apprentice, fights for a seat after his older sister, coxswain Maisie Fennimore, "
        "persuades their coach Agatha Renwick to give him a trial."
    )
    others = ["Callum Fennimore", "Agatha Renwick"]
    assert about(sentence, "Maisie Fennimore", others) == "His older sister, coxswain Maisie Fennimore."
    sentence = "As Ruth Cale leans on Eli Dunmore's sixteen-year-old daughter, Tessa Dunmore, for the truth, she waits."
    others = ["Ruth Cale", "Eli Dunmore"]
    assert about(sentence, "Tessa Dunmore", others).startswith("Eli Dunmore's sixteen-year-old daughter, Tessa")
    # after a named person's possessive, any noun says what the one named next is to them (not only kin words)
    sentence = "Mira fears that Oskar Lind's silent bodyguard, Major Tomas Rehn, will stop at nothing."
    others = ["Mira Holt", "Oskar Lind"]
    assert about(sentence, "Tomas Rehn", others).startswith("Oskar Lind's silent bodyguard, Major Tomas Rehn")
    sentence = "Mira fears that her silent chauffeur, Major Tomas Rehn, will stop at nothing."
    assert about(sentence, "Tomas Rehn", ["Mira Holt"]) == "Major Tomas Rehn, will stop at nothing."  # no relation
    # ... only when the name is an appositive of its own: a possessive before another clause's name is not theirs
    sentence = "Vicky Page dances in Boris Lermontov's new ballet, while Julian Craster writes the score."
    assert about(sentence, "Julian Craster", ["Vicky Page", "Boris Lermontov"]) == "Julian Craster writes the score."
    sentence = "After Boris Lermontov's harsh rehearsal, Vicky Page collapses in tears."
    assert about(sentence, "Vicky Page", ["Boris Lermontov"]) == "Vicky Page collapses in tears."


def test_a_title_before_a_name_is_not_part_of_it():
    synopsis = "Her mentor, Senator Alma Voss, warns her, while Governor Ted Rusk and General Ida Marr close ranks."
    assert names(synopsis) == ["Alma Voss", "Ted Rusk", "Ida Marr"]


def test_a_relation_before_a_part_is_no_appositive_when_the_name_is_far_into_it():

    sentence = (
        "When the singer Anya Brel begs him to find her missing brother, he is pulled into a web of smuggling "
        "that leads to the magnate Viktor Hale."
    )
    assert not about(sentence, "Viktor Hale", ["Anya Brel"]).startswith("Her missing brother")
    sentence = "Her mentor urges her to bury the findings, while Governor Ray Pike closes ranks."
    assert not about(sentence, "Ray Pike", []).startswith("Her to bury")


def test_a_title_before_a_name_and_a_nickname_after_it_are_not_people():
    synopsis = (
        "In this western, Eliza Brandt finds an ally in the aging lawman Marshal Amos Kettering, known as Old Iron, "
        "while Deputy Jed Cole, nicknamed Big Jim, rides for the other side."
    )
    assert names(synopsis) == ["Eliza Brandt", "Amos Kettering", "Jed Cole"]
    synopsis = (
        "In this adventure, Elias Fenwick sails under the captain Tobias Marrow, known to his crew as Old Iron, "
        "while the rival Isolde Varga, the so-called Black Heron, hunts them."
    )
    assert names(synopsis) == ["Elias Fenwick", "Tobias Marrow", "Isolde Varga"]


def test_a_nickname_the_synopsis_gives_after_a_name_is_proposed_as_an_alias():

    assert nicknames_in("Amos Kettering, known as Old Iron, rides in.", "Amos Kettering") == ("Old Iron",)
    said = "Augustus Pemberly, known to everyone on the lane as the Velvet Baron."
    assert nicknames_in(said, "Augustus Pemberly") == ("Velvet Baron",)
    assert nicknames_in('Agatha Renwick, a sculler the rowers call "the Admiral," agrees.', "Agatha Renwick") == (
        "Admiral",
    )
    assert nicknames_in("Jedediah Cole, called the Parson, rides for him.", "Jedediah Cole") == ("Parson",)
    said = "their son, Jerzy Wrona, an apprentice everyone calls Jurek, stays inside."
    assert nicknames_in(said, "Jerzy Wrona") == ("Jurek",)
    # not someone called, nor a nickname far beyond the name
    assert nicknames_in("When Mortimer Grell calls Delphine to his office, she goes.", "Mortimer Grell") == ()
    far = "Ada Lux, a clerk who spends the whole of every long and dusty afternoon on a case known as the Harlow File."
    assert nicknames_in(far, "Ada Lux") == ()
    assert nicknames_in("Isolde Varga, the so-called Black Heron, waits.", "Isolde Varga") == ("Black Heron",)
    # the nickname of someone named in between is theirs
    said = "Ada Lux hires Bo Chen, known as the Fox."
    assert nicknames_in(said, "Ada Lux", ("Bo Chen",)) == ()
    assert nicknames_in(said, "Bo Chen", ("Ada Lux",)) == ("Fox",)


def test_the_parts_after_a_sentence_naming_two_people_belong_to_the_one_named_last():
    sentence = "Elias Fenwick signs on under the captain Tobias Marrow, known as Old Iron, who becomes his mentor."
    assert about(sentence, "Elias Fenwick", ["Tobias Marrow"]) == (
        "Elias Fenwick signs on under the captain Tobias Marrow."
    )
    assert about(sentence, "Tobias Marrow", ["Elias Fenwick"]).endswith("who becomes his mentor.")


def test_common_first_names_are_no_titles():
    synopsis = "In this drama, Dean Salgado breaks horses while Earl Brandt runs the ranch."
    assert names(synopsis) == ["Dean Salgado", "Earl Brandt"]


def test_two_people_joined_by_and_in_one_part_each_get_their_own_half():
    sentence = (
        "When her meddling father Tom Vell rearranges the chart and her sharp grandmother Ada Vell brings a date, "
        "the weekend spirals."
    )
    tom = about(sentence, "Tom Vell", ["Ada Vell"])
    ada = about(sentence, "Ada Vell", ["Tom Vell"])
    assert "Ada" not in tom and "rearranges the chart" in tom
    assert "Tom" not in ada and ada.startswith("Her sharp grandmother Ada Vell brings a date")


def test_a_name_after_known_and_as_with_someone_acting_between_is_a_person():
    synopsis = "In this drama, Mavis Dorn waits. Known in town, she hires Jo as Ada Brisk's replacement at the mill."
    assert "Ada Brisk" in names(synopsis)


def test_a_person_joined_on_as_someones_keeps_whose_they_are():
    sentence = "The incumbent Governor Tom Vell and his ruthless strategist Ada Lind close ranks around the count."
    assert about(sentence, "Tom Vell", ["Ada Lind"]) == "The incumbent Governor Tom Vell."
    assert about(sentence, "Ada Lind", ["Tom Vell"]).startswith("Tom Vell's ruthless strategist Ada Lind")


def test_what_someone_becomes_to_a_person_in_the_next_part_is_kept_with_them():
    sentence = (
        "When the pilot Tom Ashe lands in the field, Ida becomes his partner in smuggling letters, while her brother "
        "Leo Marr carries the post."
    )
    assert about(sentence, "Tom Ashe", ["Ida Marr", "Leo Marr"]).endswith(
        "Ida becomes his partner in smuggling letters."
    )
    # "Tamsin turns to her older sister": her own sister, nothing of the boss named before
    sentence = "With her boss, Oswin Pratt, threatening to fire her, Tamsin turns to her older sister, Jolene Vell."
    assert "Tamsin" not in about(sentence, "Oswin Pratt", ["Tamsin Vell", "Jolene Vell"])


def test_a_relation_with_an_accent_before_a_name_is_theirs():
    sentence = "The doctor Margit Lind keeps the crew alive, helped by her fiancé, the ship's carpenter Rune Hal."
    assert about(sentence, "Rune Hal", ["Margit Lind"]).startswith("Her fiancé, the ship's carpenter Rune Hal")


def test_a_nickname_points_a_pronoun_at_its_person_not_at_the_one_named_after_it():
    synopsis = (
        "Signe Lund is a young navigator. Her mentor, the leader Edmund Ash, whom the crew call the Old Man, "
        "insists they wait."
    )
    texts = [
        "Signe stands at the chart table, where she plots the drift. The Old Man coughs in his bunk. Lying in his "
        "sleeping bag, he sends for Signe. He tells her she was right. He gives her his sextant."
    ]
    people = {person.name: person for person in propose(synopsis, texts, exclude=[])}
    assert people["Signe Lund"].pronoun == "she"
    assert people["Edmund Ash"].pronoun == "he"


@pytest.mark.parametrize(
    "sentence, pronoun",
    [
        ("When the pilot Tom Ashe lands, Ida Marr tells Leo Marr that she is his sister.", None),  # "his": Leo's
        ("Tom Ashe returns home, Leo Marr was her husband once.", "he"),  # "her": not Tom's
    ],
)
def test_a_relation_the_next_part_gives_someone_else_is_not_theirs(sentence, pronoun):
    assert about(sentence, "Tom Ashe", ["Ida Marr", "Leo Marr"], pronoun).count(",") == 0, sentence


def test_a_name_set_inside_someone_elses_clause_leaves_the_clause_whole():
    sentence = "Mara Tull is the editor of the Gazette, the paper her late father, Ivo Tull, founded long ago."
    assert about(sentence, "Mara Tull", ["Ivo Tull"]) == sentence  # not cut at "her late father."
    assert about(sentence, "Ivo Tull", ["Mara Tull"]).startswith("Her late father, Ivo Tull")
    named_on = "Mara Tull, the paper her father, Ivo Tull, and then Ada Voss sits down."
    assert "Ada Voss" not in about(named_on, "Mara Tull", ["Ivo Tull", "Ada Voss"])  # a name after it: not hers


def test_a_comma_inside_closing_quotes_ends_a_part():
    sentence = (
        "Backed by her mentor, copy chief Otis Barr, known as “the Pencil,” and by her younger sister June Tull, "
        "the paper’s photographer, Mara Tull races on."
    )
    others = ["Otis Barr", "June Tull", "Mara Tull"]
    assert about(sentence, "Otis Barr", [o for o in others if o != "Otis Barr"]).endswith("“the Pencil”.")
    assert about(sentence, "June Tull", [o for o in others if o != "June Tull"]).startswith("By her younger sister")


def test_a_relation_of_four_words_before_an_appositive_name():
    sentence = "Mara Tull races her old college friend turned rival, Priya Oduya of the Herald, to the story."
    assert about(sentence, "Priya Oduya", ["Mara Tull"]).startswith("Her old college friend turned rival, Priya")


def test_an_appositive_name_does_not_take_the_clause_after_it():
    sentence = "Sorcha Ardlaw returns with her partner, Jonas Eklund, to help her father, Magnus Ardlaw, on the isle."
    assert about(sentence, "Jonas Eklund", ["Sorcha Ardlaw", "Magnus Ardlaw"]) == (
        "Her partner, Jonas Eklund, to help her father."
    )


def test_a_style_is_part_of_the_name_a_title_is_not():
    synopsis = (
        "In this drama, the gruff owner Sir Geoffrey Pembury hires Rowan Ashcombe, while Marshal Clara Whitlock "
        "watches."
    )
    names = [person.name for person in propose(synopsis, [synopsis], exclude=[])]
    assert "Sir Geoffrey Pembury" in names and "Clara Whitlock" in names


def test_a_styled_name_is_also_known_without_its_style(tmp_path):
    from bot.authoring.importer import import_page

    page = tmp_path / "chicane.txt"
    lines = [
        "",
        "Chicane",
        "In this drama, the owner Sir Geoffrey Pembury hires Rowan Ashcombe.",
        "Memorable Scenes from Movie Chicane",
        "The Test Run",
        "Rowan drives for Sir Geoffrey.",
        "Context: The start.",
    ]
    page.write_text("\n".join(lines), encoding="utf-8")
    pack = import_page(page)
    assert 'name: "Sir Geoffrey Pembury"' in pack and '"Geoffrey Pembury"' in pack and '"Sir Geoffrey"' in pack


def test_a_team_is_a_plural_name_after_the_that_the_page_calls_the_plural_again():
    synopsis = "Ivy Lund coaches the struggling Harbor Gulls against the rival Mesa Coyotes, with Tom Banks in goal."
    assert names(synopsis, "The Gulls lose again.", "Ivy watches the Coyotes train.") == ["Ivy Lund", "Tom Banks"]


def test_a_firm_someone_heads_or_works_for_is_no_person_unless_its_name_is_no_word():
    synopsis = (
        "Nia Oduya runs a print shop, while her old partner Dayo Ketu is now the boss of Golden Harbour and "
        "her nephew works for Grace Baker; Sam Ade is the owner of Rose Okafor's old bakery."
    )
    # (one works for someone named in ordinary words too: Grace Baker)
    assert names(synopsis) == ["Nia Oduya", "Dayo Ketu", "Grace Baker", "Sam Ade", "Rose Okafor"]


def test_a_nickname_at_the_end_of_a_long_appositive_is_the_named_ones():
    said = (
        "The buyer is Dayo Ketu, Nia's former partner and now her bitter rival as the boss of a rival shop in "
        "the market, known to the traders as Baba Gold."
    )
    assert nicknames_in(said, "Dayo Ketu", ("Nia Oduya", "Nia")) == ("Baba Gold",)
    said = "Nia Oduya, who later hires Dayo Ketu for the night shift at the print shop, known as the Fox."
    assert nicknames_in(said, "Nia Oduya", ("Dayo Ketu",)) == ()  # said after another, not possessive, name
    said = (
        "Ada Eze, the manager of a small smoky bar down on the old quay where the musicians drink after their shows, "
        "known to the regulars as the Blue Door."
    )
    assert nicknames_in(said, "Ada Eze") == ()  # far after her name, the bar's name, not hers


def test_an_appositive_calling_someone_the_woman_another_left_is_still_theirs():
    sentence = (
        "Things boil over when Mina Seo, the woman Jae Park left before their wedding, opens a bistro across the "
        "alley, and her son Ho Seo takes a job there."
    )
    told = about(sentence, "Mina Seo", ["Jae Park", "Ho Seo"])
    assert "the woman Jae Park left before their wedding, opens a bistro" in told
    assert "Ho Seo" not in told


def test_a_pronoun_that_went_on_meaning_someone_is_not_given_to_the_one_who_speaks_of_her():
    # "Ivo answers that she ...": she is the one the sentences before were about, not Ivo; and a sentence opening
    # with Ivo does not end that chain ("The talk turns to the promise she broke")
    people = propose(
        "Teodora Vale returns to the island, where the harbour warden Ivo Brandt once courted her.",
        [
            "Teodora walks into the office. She asks to see the log. Ivo answers that she lost the right to ask "
            "when she left. The talk turns to the promise she broke.",
            "Ivo closes the book and he sends her away. Teodora climbs the hill and she weeps.",
        ],
        exclude=[],
    )
    assert [(p.name, p.pronoun) for p in people] == [("Teodora Vale", "she"), ("Ivo Brandt", "he")]


@pytest.mark.parametrize(
    ("sentence", "name", "description"),
    [
        # what someone is, said right after their name, naming another person in it
        (
            "The clerk Ines Moor is first to doubt it, while Oskar Lind, the landlord of the mill and the man to whom "
            "Ines owes rent, offers to help.",
            "Oskar Lind",
            "Oskar Lind, the landlord of the mill and the man to whom Ines owes rent, offers to help.",
        ),
    ],
)
def test_a_description_keeps_the_other_person_its_appositive_names(sentence, name, description):
    others = [n for n in ("Ines Moor", "Oskar Lind") if n != name]
    assert about(sentence, name, others) == description


def test_an_appositive_name_after_a_things_possessive_keeps_what_they_are_there():
    sentence = (
        "Mira falls for Jonas Feld, a copyist who never tells her that he is the nephew of the theatre's director, "
        "Konrad Aue."
    )
    assert about(sentence, "Konrad Aue", ["Jonas Feld"]) == "The theatre's director, Konrad Aue."
