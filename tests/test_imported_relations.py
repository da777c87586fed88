"""Who is who to whom on a page imported as it is: "guided by his mentor A, who once faced B, and by his sister C"
(the repeated "by his" is the first one's "his"), a relation counted from someone described ("the sister of the
young Dutch player"), and "who gives <named> the note" (someone else than the one named)."""

from __future__ import annotations

import pytest

from bot.authoring.people import about
from tests.scoring import answer_after, page_engine

SYNOPSIS = (
    "In this thriller, brash young Dutch chess prodigy Pieter Voskuil arrives at a tense tournament in Bled determined "
    "to dethrone the reigning champion Ilya Moravek, known as the Glacier. Pieter is guided by his aging mentor "
    "Konrad Albers, a Viennese coach who once faced Moravek himself, and by his older sister Greet Voskuil, who "
    "guards his notebooks."
)
SCENES = [
    ("The Arrival", "Pieter arrives in Bled and Greet unpacks his notebooks at the hotel.", "The start."),
    (
        "The Washroom Note",
        "During a break Pieter steps into the washroom. Moravek enters and checks every stall. Without looking at "
        "Pieter, he presses a folded scoresheet into his hand. Moravek leaves first; Pieter follows a minute later.",
        "The note drags Pieter into a plan far bigger than the tournament.",
    ),
]


@pytest.fixture(scope="module")
def chess(tmp_path_factory):
    return page_engine(tmp_path_factory.mktemp("chess"), "The Glass Pawn", SYNOPSIS, SCENES)


def test_a_repeated_by_his_has_the_first_ones_owner(chess):
    assert chess.scorer.possessed["Greet Voskuil"] == [("Pieter Voskuil", ("older", "sister"))]
    assert answer_after(chess, "greet", "her brother").title == "Pieter Voskuil"
    assert answer_after(chess, "pieter", "his mentor").title == "Konrad Albers"


def test_a_card_cut_after_and_by_his_says_whose(chess):
    sentence = SYNOPSIS.split(". ")[-1]
    others = ["Pieter Voskuil", "Ilya Moravek", "Konrad Albers"]
    assert about(sentence, "Greet Voskuil", others).startswith("Pieter Voskuil's older sister Greet Voskuil")


def test_a_relation_of_someone_described(chess):
    said = "Who is the sister of the young Dutch chess prodigy?"
    assert chess.answer(said).title == "Greet Voskuil"


def test_who_does_a_deed_to_the_one_named_is_someone_else(chess):
    assert chess.answer("who gives pieter the note").title == "Ilya Moravek"
    assert chess.answer("who is pieter").title == "Pieter Voskuil"  # being, not a deed done to him


def test_a_gendered_noun_right_before_a_name_settles_the_pronoun():
    from bot.authoring.people import propose

    synopsis = (
        "In this drama, Matthias Voll, a gifted court painter, serves his patron Leopold Arn, the vain Duke. At home, "
        "his younger sister Bettina Voll grinds his pigments and paints better than he does."
    )
    texts = ["Matthias paints. He sulks. Bettina laughs at his work, and he storms off while his patron waits."]
    pronouns = {p.name: p.pronoun for p in propose(synopsis, texts, exclude=[])}
    assert pronouns["Bettina Voll"] == "she"  # though the "his" and "he" around her mean her brother
    assert pronouns["Matthias Voll"] == "he"


def test_a_part_going_on_with_the_subjects_verb_says_whose_subject():
    sentence = (
        "In this costume drama, Matthias Voll, a gifted court painter, serves his demanding patron Leopold Arn, "
        "the vain Duke of Wessen, in a small principality."
    )
    assert about(sentence, "Leopold Arn", ["Matthias Voll"]).startswith(
        "Matthias Voll serves his demanding patron Leopold Arn"
    )


def test_an_owner_said_without_the_apostrophe_and_with_an_adjective(chess, engine):
    assert chess.answer("pieter old mentor").title == "Konrad Albers"
    assert engine.answer("vicky old teacher").title == "Boris Lermontov"
    assert engine.answer("Who is Vicky Page teacher?").title == "Boris Lermontov"
    assert engine.answer("boris the teacher").title == "Boris Lermontov"  # "the" between: no owner


def test_who_employs_someone_is_the_one_their_card_calls_their_patron(tmp_path):
    synopsis = (
        "In this costume drama, Matthias Voll, a gifted court painter, serves his demanding patron Leopold Arn, the "
        "vain Duke of Wessen. Matthias must compete with Cornelis Hage, a charming newcomer."
    )
    film = page_engine(tmp_path, "A Crown of Oils", synopsis)
    assert film.answer("who employs matthias").title == "Leopold Arn"
    assert film.answer("who pays matthias").title == "Leopold Arn"


def test_the_music_asked_of_a_named_scene_is_the_track_placed_in_it(tmp_path):
    synopsis = "In this costume drama, Matthias Voll, a gifted court painter, serves the vain Duke Leopold Arn."
    scenes = [
        ("The Commission", "The Duke summons Matthias and orders a portrait.", "It begins."),
        ("The Palace Ball", "Candles blaze in the gallery as the court dances to a stately gavotte.", "A turn."),
    ]
    page_engine(tmp_path, "A Crown of Oils", synopsis, scenes)  # writes the page; its soundtrack is added below
    page = tmp_path / "page.txt"
    lines = page.read_text(encoding="utf-8").split("\n")
    music = [
        "Sound Tracks from A Crown of Oils by Theo Brand",
        "The Duke's Gavotte",
        "The Duke's Gavotte by Theo Brand, Courtly dance played at the palace ball",
        "Lapis Blue",
        "Lapis Blue by Rosa Acht, Harpsichord theme for the workshop",
    ]
    page.write_text("\n".join(lines[:3] + music + lines[3:]), encoding="utf-8")
    from bot.authoring.importer import import_page
    from bot.core import Engine, parse_pack

    film = Engine(parse_pack(import_page(page)))
    for said in (
        "what music plays at the palace ball",
        "What is the music which is playing in the ball of the palace?",
    ):
        assert film.answer(said).title == "The Duke's Gavotte"
    assert film.answer("tell me about the palace ball").title == "The Palace Ball"


def test_what_the_asker_never_caught_is_said_before_the_question_not_part_of_it(chess):
    said = "That had me gripping the sofa. One thing I never quite caught, though: who is the man checking every stall?"
    assert answer_after(chess, "the washroom note", said).title == "Ilya Moravek"


def test_a_card_says_whose_his_and_his_girlfriend_is_the_one_who_falls_for_him(tmp_path):
    synopsis = (
        "In this family comedy, widowed baker Walter Dunleavy, known to the town as Pops, runs the bakery with his "
        "ambitious daughter June Dunleavy. Matters get messier when June falls for Eddie Sorensen, a delivery boy."
    )
    film = page_engine(tmp_path, "Sugar Town", synopsis)
    cards = {p.name: p.description for p in film.pack.characters}
    assert cards["June Dunleavy"].startswith("Walter Dunleavy runs the bakery with his ambitious daughter")
    assert answer_after(film, "eddie", "his girlfriend").title == "June Dunleavy"
    assert answer_after(film, "june", "her boyfriend").title == "Eddie Sorensen"


DIVERS = (
    "In this sea drama, Edda Morrow is a young salvage diver whose older brother, radio operator Piet Morrow, is "
    "stranded aboard the damaged trawler MV Halcyon off the coast. Under the command of her stern boss, Captain Olaf "
    "Brenner, Edda must race the storm alongside her old mentor, the diver Gus Rennick, while her rival Tobias Wren "
    "insists the dive should be his."
)
DIVES = [("The Storm", "Edda dives alone. She finds the wreck and her brother waves to her.", "Her nerve holds.")]


@pytest.fixture(scope="module")
def divers(tmp_path_factory):
    return page_engine(tmp_path_factory.mktemp("divers"), "Salt Line", DIVERS, DIVES)


def test_whose_relation_set_off_by_commas_stays_on_both_cards(divers):
    """ "a diver whose older brother, Piet, is stranded": her card goes on past his name, his says whose he is."""
    cards = {p.title: p.subject.description for p in divers.index.by_kind["character"]}
    assert "Piet Morrow, is stranded aboard" in cards["Edda Morrow"]
    assert cards["Piet Morrow"].startswith("Edda Morrow's older brother, radio operator Piet Morrow")
    assert answer_after(divers, "edda morrow", "her brother").title == "Piet Morrow"


def test_a_ships_prefix_is_not_a_person(divers):
    assert "MV Halcyon" not in {p.title for p in divers.index.by_kind["character"]}


def test_a_chain_said_with_of(divers):
    """ "the boss of her brother", "the boss of piet's sister": the relation of the one the inner relation names."""
    assert answer_after(divers, "who is piet morrow", "who is the boss of his sister").title == "Olaf Brenner"
    assert answer_after(divers, None, "who is the boss of piet's sister").title == "Olaf Brenner"
    assert answer_after(divers, None, "who is the mentor of piets sister").title == "Gus Rennick"


def test_a_title_in_capitals_before_a_name_is_dropped_not_the_person(tmp_path):
    """ "rival DJ Dale Szymanski": Dale Szymanski, a person; "the trawler MV Halcyon": no one."""
    synopsis = "In this comedy, Josie Brann hosts the night show while rival DJ Dale Szymanski steals her listeners."
    names = {p.title for p in page_engine(tmp_path, "Static", synopsis).index.by_kind["character"]}
    assert "Dale Szymanski" in names and not any(name.startswith("DJ") for name in names)


def _people(tmp_path, synopsis):
    cards = page_engine(tmp_path, "Page", synopsis).index.by_kind["character"]
    return {p.title: p.subject.description for p in cards}


def test_review_of_round_au_names_titles_and_ships(tmp_path):
    """An independent review's counter-examples: a first name that is also a word stays ("Tyler", "Christopher"),
    initials are a name ("CJ Ransome"), a two-word ship is no one, "Head" is a surname after no place word."""
    people = _people(
        tmp_path,
        "In this drama, Nurse Tyler Ann Brooks arrives on the island. When Christopher Dean Marsh, the owner's "
        "nephew, arrives, sonar operator CJ Ransome hears a second boat, the supply boat MV Northern Lass. The "
        "formidable Marjorie Head of the lighthouse board visits the lighthouse on Carrow Head with Principal "
        "Keeper Silas Gorran.",
    )
    assert {"Tyler Ann Brooks", "Christopher Dean Marsh", "CJ Ransome", "Marjorie Head", "Silas Gorran"} <= set(people)
    assert not {"Northern Lass", "MV Northern Lass", "Carrow Head", "Keeper Silas Gorran"} & set(people)


def test_review_of_round_au_whose_follows_the_one_named(tmp_path):
    """ "Nell hires a detective to trace a missing girl whose mother, Coral Vane, ...": Coral is the girl's mother,
    not Nell's; "then rescues Pia Noor, a botanist": Pia's card is not about Oskar's shuttle."""
    people = _people(
        tmp_path,
        "In this mystery, Nell Quarry hires a private detective to trace a missing girl whose mother, nightclub "
        "singer Coral Vane, has not seen her in a year. She wrecks Oskar Lind's shuttle, then rescues Pia Noor, a "
        "stranded botanist.",
    )
    assert "Nell Quarry's mother" not in people["Coral Vane"]
    assert not people["Pia Noor"].startswith("Oskar")


def test_and_her_relation_after_a_list_is_the_heads(tmp_path):
    """ "Station owner Verna Kittredge, Josie's boss, and her business partner, engineer Marcus Oyelaran, ...": her
    partner is Verna's (the head of the list), not Josie's, whose name is said as a possessive."""
    synopsis = (
        "In this comedy, Josie Brann runs the night show. Station owner Verna Kittredge, Josie's no-nonsense boss, "
        "and her business partner, engineer Marcus Oyelaran, struggle to keep the station on the air."
    )
    engine = page_engine(tmp_path, "Static", synopsis)
    cards = {p.title: p.subject.description for p in engine.index.by_kind["character"]}
    assert cards["Marcus Oyelaran"].startswith("Verna Kittredge's business partner")
    assert answer_after(engine, "who is marcus oyelaran", "and who is his partner?").title == "Verna Kittredge"


def test_his_relation_is_the_sentences_subject(tmp_path):
    """ "Callum Fennimore, a boatyard apprentice, fights for a seat after his older sister, coxswain Maisie
    Fennimore, ...": Callum's sister; "Guided by his mentor ..., and managed by his older sister, Katalin Varga, Leo
    must face his great rival, Viktor Sobolev": Leo's rival (not Katalin's, set off after his relation); and "his
    boss" is the one a card calls "Viktor's stern handler" though Viktor's own card names another."""
    synopsis = (
        "In this sports drama, Callum Fennimore, a boatyard apprentice, fights for a seat in the eight after his "
        "older sister, coxswain Maisie Fennimore, persuades the coach. Guided by his weary mentor, the former "
        "champion Augustin Pell, and managed by his fiercely protective older sister, Katalin Varga, Leo Varga must "
        "face his great rival, Viktor Sobolev, the grandmaster the press calls the Glacier. Viktor's stern handler, "
        "Colonel Arkady Demin, watches every game."
    )
    engine = page_engine(tmp_path, "Rivals", synopsis)
    cards = {p.title: p.subject.description for p in engine.index.by_kind["character"]}
    assert cards["Maisie Fennimore"].startswith("Callum Fennimore's older sister")
    assert cards["Viktor Sobolev"].startswith("Leo Varga's great rival")
    assert answer_after(engine, "who is maisie fennimore", "her brother?").title == "Callum Fennimore"
    assert answer_after(engine, "whos viktor sobolev", "his boss").title == "Arkady Demin"


def test_second_review_of_round_au_whose_his_and_her(tmp_path):
    """A second review's counter-examples: "his" or "her" before a relation goes to a person the page's pronoun
    fits, not to the sentence's first name; "whose" follows the one named right before it; Head is a surname."""
    synopsis = (
        "In this crime drama, Ruth Alvarez, a weary customs detective, arrests the smuggler Tomas Quill after his "
        "younger brother, Benny Quill, sells him out. Hilde Brandvold hires Ola Dahl as her assistant, but his "
        "mentor, Knut Berge, warns him off. Iris Bell takes piano lessons from Marjorie Head, a strict teacher. "
        "Nell Cray is hired by Ruth Moss whose son, Evan Moss, vanished a year ago."
    )
    scenes = [
        ("The Docks", "Ruth checks the manifest. She finds the crates and she calls for backup.", "A start."),
        ("The Chase", "Tomas runs for the ferry. He hides in the hold, and he waits.", "A chase."),
        ("The Office", "Hilde counts the money. She smiles at Ola. Ola shrugs and he leaves.", "A deal."),
    ]
    cards = {
        p.title: p.subject.description
        for p in page_engine(tmp_path, "Tides", synopsis, scenes).index.by_kind["character"]
    }
    assert not cards["Benny Quill"].startswith("Ruth Alvarez's")
    assert not cards["Knut Berge"].startswith("Hilde Brandvold's")
    assert "Marjorie Head" in cards
    assert "Nell Cray's son" not in cards["Evan Moss"]


def test_a_relation_said_with_its_owners_name_before_the_person(tmp_path):
    """ "Duncan's younger sister Isla", "Rosalba's fiancé, Dario", "whose widowed mother, Jean" (the one the
    relative clause follows), "who was engaged to ... Isla": each read as whose that person is, so "her son" and
    "his fiancée" find them; a year before a name is a make of car, not a person."""
    synopsis = (
        "In this courtroom drama, Duncan Mair is the skipper of a herring boat that sinks in a gale. Among the "
        "drowned is the deckhand Andrew Cowie, who was engaged to Duncan's younger sister Isla Mair and whose "
        "widowed mother, Jean Cowie, blames the skipper. Isla keeps the books for the owner and Duncan's boss "
        "Malcolm Rennie. Retired mechanic Ottavio Sbarra drives his beloved 1926 Lancia Lambda in the race, and "
        "Ottavio's sharp-witted younger sister, Rosalba Sbarra, reads the maps for him."
    )
    scenes = [
        ("The Gale", "Duncan fights the wheel. He loses the boat and Andrew drowns.", "A start."),
        ("The Hearing", "Jean blames Duncan. Isla defends him, and Malcolm says nothing.", "A trial."),
        ("The Race", "Ottavio drives and Rosalba reads the maps. She shouts the turns.", "A race."),
    ]
    engine = page_engine(tmp_path, "Low Water", synopsis, scenes)
    assert "Lancia Lambda" not in {p.title for p in engine.index.by_kind["character"]}
    for before, question, expected in [
        ("who is jean cowie", "her son", "Andrew Cowie"),
        (None, "whos jeans son", "Andrew Cowie"),
        ("who is andrew cowie", "his mother", "Jean Cowie"),
        ("who is andrew cowie", "his fiancee", "Isla Mair"),
        ("who is isla mair", "her brother", "Duncan Mair"),
        (None, "who is the boss of duncan", "Malcolm Rennie"),
        ("who is ottavio sbarra", "his sister", "Rosalba Sbarra"),
    ]:
        assert answer_after(engine, before, question).title == expected, (before, question)


def test_a_card_opening_in_someone_elses_clause_starts_at_what_calls_them_something(tmp_path):
    """ "Andrew, who was engaged to Duncan's younger sister Isla Mair and whose mother ...": Isla's card is the phrase
    that calls her something, not the other one's clause ("Who was engaged to ..."); an appositive or a "who"
    clause after the name stays, the other one's verb does not."""
    synopsis = (
        "In this courtroom drama, Duncan Mair is the skipper of a herring boat that sinks in a gale. Among the "
        "drowned is the deckhand Andrew Cowie, who was engaged to Duncan's younger sister Isla Mair and whose "
        "widowed mother, Jean Cowie, blames the skipper. Later Isla, who keeps the books for the owner and Duncan's "
        "boss Malcolm Rennie, begins to suspect him. Duncan's friend, Tom Reid, is chief mechanic for the "
        "wealthy Count Piero Sala, Duncan's old rival, who fired him after the race."
    )
    cards = {
        p.title: p.subject.description for p in page_engine(tmp_path, "Low Water", synopsis).index.by_kind["character"]
    }
    assert cards["Isla Mair"] == "Duncan's younger sister Isla Mair."
    assert cards["Malcolm Rennie"] == "The owner and Duncan's boss Malcolm Rennie."
    assert cards["Piero Sala"].startswith("The wealthy Count Piero Sala, Duncan's old rival, who fired him")


def test_relations_across_appositives_and_two_steps_away(tmp_path):
    """A name after a year and a comma is still a name, "West Virginia" is a place, "whom the lane calls Por Por"
    a nickname; "Samuel's former business partner and bitter rival Benny", "the son of Jubal's lifelong rival,
    mine foreman Wade", "she is engaged to Martin" are read as said; a grandmother or an uncle is found two steps
    away (a parent's mother, a parent's brother)."""
    synopsis = (
        "In this labor drama, set in a West Virginia coal camp in 1963, Jubal Dorsey is the aging president of the "
        "miners' local. His daughter, Loretta Dorsey, a schoolteacher who prints leaflets, is engaged to Dell "
        "McCandless, the son of Jubal's lifelong rival, mine foreman Wade McCandless. Jubal's hot-tempered "
        "younger brother, Ira Dorsey, talks of dynamite. Agnes Lau, the widowed founder whom the whole lane calls "
        "Por Por, guards the broth, while her stubborn son Samuel Lau wants his daughter, Ivy Lau, to keep her "
        "job. Ivy would rather cook, but she is engaged to Martin Kwok, a young planner. Samuel's former business "
        "partner and bitter rival Benny Tsang sells fishballs."
    )
    engine = page_engine(tmp_path, "Cinder Fork", synopsis)
    people = {p.title for p in engine.index.by_kind["character"]}
    assert {"Jubal Dorsey", "Agnes Lau"} <= people
    assert not {"West Virginia", "Por Por"} & people
    for before, question, expected in [
        (None, "who is the father of dell", "Wade McCandless"),
        (None, "whos lorettas fiance", "Dell McCandless"),
        (None, "whos ivys fiance", "Martin Kwok"),
        (None, "who is samuel's rival", "Benny Tsang"),
        (None, "ivy's grandma", "Agnes Lau"),
        (None, "whos lorettas uncle", "Ira Dorsey"),
        ("who is loretta dorsey", "her uncle", "Ira Dorsey"),
    ]:
        assert answer_after(engine, before, question).title == expected, (before, question)


def test_review_of_round_ay_relations_and_cards(tmp_path):
    """An independent review of this round's importer rules (14 made-up pages) found these misfires; each is right
    again: a year before a place, a relative clause after a one-word name, a surname two people share, "the son of
    Korean immigrants", "engaged to the daughter of", a father asked who the card only loves, a mother the child's
    words can't tell from a father, "Has-been", "the mother of the bride", a nickname holding a kin word."""
    synopsis = (
        "In 1974 Buenos Aires, Joe Kane runs a gym. Has-been boxer Joe Kane trains his nephew, Billy Kane. Joe, who "
        "owes money to everyone, hires a drifter named Cal, whose sister, Ana Ruiz, is a nurse. Joe's daughter, Rita "
        "Kane, loves her mother, Dot Kane, and Dot's brother, Sid Moss, runs the bar. Rosa Castellano's brother, "
        "Marco Castellano, cooks for their grandmother Lucia Castellano. Ben Cho, the son of Korean immigrants, "
        "marries Mia Chen. Sal Vitti, who is engaged to the daughter of club owner Frank Dunn, manages her. Her "
        "landlord, Leung Tak-wah, whom the street calls Uncle Tak, wants the gym for his nephew, Leung Chi-keung."
    )
    scenes = [
        ("The Gym", "Joe trains Billy. The mother of the bride faints in the heat.", "A start."),
        ("The Bar", "Sid pours a drink for Dot. Rita waits.", "A bar."),
    ]
    engine = page_engine(tmp_path, "Kane's Gym", synopsis, scenes)
    people = {p.title: p for p in engine.index.by_kind["character"]}
    assert "Buenos Aires" not in people
    assert people["Joe Kane"].subject.description.startswith("In 1974 Buenos Aires, Joe Kane runs a gym")
    for before, question, wrong in [
        (None, "who is joe's sister", "Ana Ruiz"),
        (None, "who is lucia's brother", "Marco Castellano"),
        (None, "who is ben's mother", "Mia Chen"),
        (None, "who is sal's fiancee", "Frank Dunn"),
        (None, "who is rita's mom", "Joe Kane"),
        (None, "who is uncle tak", "Leung Chi-keung"),
        ("the gym", "who faints", "Dot Kane"),
    ]:
        assert answer_after(engine, before, question).title != wrong, (before, question)
    assert answer_after(engine, None, "who is marco's sister").title == "Rosa Castellano"
    assert answer_after(engine, None, "who is rita's uncle").title == "Sid Moss"
    assert answer_after(engine, None, "who is uncle tak").title == "Leung Tak-wah"


def test_a_bare_title_word_names_the_scene_before_the_film_sharing_it(tmp_path):
    """ "the verdict?" on a film called "A Verdict at Low Water" with a scene "The Verdict": the scene (a film-level
    entry sharing the word is no rival for it; a track sharing it still asks which one)."""
    scenes = [("The Storm", "The boat sinks.", "A start."), ("The Verdict", "The jury returns.", "An end.")]
    engine = page_engine(tmp_path, "A Verdict at Low Water", "In this drama, Duncan Mair is a skipper.", scenes)
    assert engine.answer("the verdict?").title == "The Verdict"


def test_whom_someone_works_for(tmp_path):
    """ "Dario ... is chief mechanic for the wealthy Count Edmondo", "Wade ... answers to its superintendent,
    Virgil": the one they work under is their boss, asked as "dario's boss" or "who does dario work for"."""
    synopsis = (
        "In this road comedy, Rosalba's fiancé, Dario Carnevale, is chief mechanic for the wealthy Count Edmondo "
        "Vitali. Rosalba Sbarra reads the maps. Mine foreman Wade McCandless owes everything to the company and "
        "answers to its hard-nosed superintendent, Virgil Tackett."
    )
    engine = page_engine(tmp_path, "The Lambda", synopsis)
    for before, question, expected in [
        (None, "dario's boss", "Edmondo Vitali"),
        (None, "who does dario work for", "Edmondo Vitali"),
        ("who is dario", "who does he work for", "Edmondo Vitali"),
        (None, "who does wade answer to", "Virgil Tackett"),
    ]:
        assert answer_after(engine, before, question).title == expected, (before, question)


def test_the_scene_of_a_track_and_the_track_of_a_scene_by_their_titles(tmp_path):
    """ "which scene does it play in" after "No. 4 Whistle": "The Fire in No. 4"; "song for it" after "The Lamp
    House": "Lamp House Hymn" (a word of substance the two titles share, when only one entry shares it)."""
    lines = [
        "",
        "Cinder Fork",
        "In this labor drama, Jubal Dorsey leads the miners.",
        "Sound Tracks from Cinder Fork by Merle Gantry",
        "Lamp House Hymn",
        "Lamp House Hymn by The Valley Singers, An unaccompanied hymn over the shift change",
        "No. 4 Whistle",
        "No. 4 Whistle by Sound Design, The shrieking whistle and rumble of the cave-in",
        "Memorable Scenes from Movie Cinder Fork",
        "The Lamp House",
        "The miners collect their lamps before dawn.",
        "Context: The opening.",
        "The Fire in No. 4",
        "A fire breaks out deep in the shaft.",
        "Context: The disaster.",
    ]
    page = tmp_path / "page.txt"
    page.write_text("\n".join(lines), encoding="utf-8")
    from bot.authoring.importer import import_page
    from bot.core import Engine, parse_pack

    engine = Engine(parse_pack(import_page(page)))
    assert answer_after(engine, "the no. 4 whistle track", "which scene does it play in").title == "The Fire in No. 4"
    assert answer_after(engine, "the lamp house", "song for it").title == "Lamp House Hymn"


def test_a_track_and_the_scene_its_one_line_fits_best_by_a_clear_lead():
    """A track's one-line description rarely fits a scene "confidently" (it is one line), but when it fits one
    scene far better than any other it places the track there, both ways; and "which scene", "this sound" and a
    bare "which scene" after a track ask where it plays."""
    from tests.scoring import imported_engine

    engine = imported_engine("film-53")
    hot_number = ["the scene where lucien tears into a hot solo and the floor fills", "what track plays there"]
    assert answer_after(engine, hot_number[:1], hot_number[1]).title == "Paddlewheel Stomp"
    assert answer_after(engine, hot_number, "who made it").title == "Paddlewheel Stomp"
    for question in (
        "which scene",
        "in which scene is this sound playing",
        "what scene is it heard in",
        "which scene is that from",
    ):
        assert answer_after(engine, ["tracks", "the last one"], question).title == "Fog Below Baton Rouge"


def test_a_tracks_scene_and_a_scenes_music_asked_in_a_few_words():
    from tests.scoring import imported_engine

    engine = imported_engine("film-54")
    assert answer_after(engine, ["tracks", "2"], "its scene?").title == "Leaflets in the Canal"
    assert answer_after(engine, ["tracks", "2", "its scene?"], "next").title == "The Night at the Station"
    canal = "the scene with the bike and the militia vans at the bridge"
    assert answer_after(engine, canal, "wat music plays in that canal bit").title == "Canal at Dusk"


def test_a_bandmate_and_a_relation_that_has_a_relation():
    """ "and his old bandmate" (a relation the same both ways, like a rival); "his fiancee has a brother, who is
    he?": a chain said with "has a"."""
    from tests.scoring import imported_engine

    engine = imported_engine("film-53")
    assert answer_after(engine, "who is augustin", "and his old bandmate").title == "Clarence Mayfield"
    assert answer_after(engine, "who is clarence", "who is his bandmate").title == "Augustin Fontenot"
    henri = "Who is Henri Dufresne in this movie?"
    assert answer_after(engine, henri, "His fiancée has a brother, who is he?").title == "Lucien Bellamy"


def test_what_the_films_regression_pages_found_this_round():
    """Comparing films 6 to 52 re-imported with the round's start found these; each is right again."""
    from tests.scoring import imported_engine

    # an aunt whose pronoun the page leaves to a guess is still found ("his aunt")
    bakery = imported_engine("film-41")
    assert answer_after(bakery, ["first scene", "director?", "next one", "the nephew"], "his aunt").title == (
        "Agatha Pruitt"
    )
    # "and then what" asks no order the next turn's "i mean ..." is counted from
    race = imported_engine("film-48")
    assert answer_after(race, "and then what", "i mean the futa pass scene").title == "The Futa Pass"
    # a roommate is a word of someone's card, not a relation the page never says
    paper = imported_engine("film-35")
    before = (
        "We paused the film right at the part where Della stands up at the council meeting and gets cut off by the"
        " chairman. When we start it again, what's the scene that comes after that one?"
    )
    asked = "And the woman she meets there, is she the one who used to be her roommate back in school? Who is she?"
    assert answer_after(paper, before, asked).title == "Priya Okonjo"


def test_who_does_a_deed_with_the_one_named_there_is_the_other_one_in_that_scene(engine):
    """ "who is fighting with vicky in that one?" just after the confrontation: the one she fights there."""
    assert (
        answer_after(engine, "the confrontation", "who is fighting with vicky in that one?").title == "Boris Lermontov"
    )
    assert answer_after(engine, "the confrontation", "who is vicky?").title == "Vicky Page"  # no deed: her


def test_the_role_himself_is_whom_his_and_he_mean_not_the_he_in_play(tmp_path):
    from tests.scoring import answer_after, page_engine

    synopsis = (
        "In this courtroom drama, Ada Brisk defends Tom Hale, a night porter accused of arson, against the famous "
        "prosecutor Victor Lume."
    )
    scenes = [("The Hearing", "Tom sits silent while Ada argues. He stares at the floor.", "Fear.")]
    engine = page_engine(tmp_path, "The Hearing", synopsis, scenes)
    answer = answer_after(
        engine, "who is tom hale", "And the prosecutor himself, I never caught his full name. What is it?"
    )
    assert (answer.kind, answer.title) == ("character", "Victor Lume")


@pytest.mark.parametrize(
    ("question", "title"),
    [
        ("who's tied up there", "Dan Roe"),  # done to him: named just before the deed
        ("who finds him", "Ada Brisk"),  # done by her
        ("who gets slapped there", "Dan Roe"),  # "Ada slaps Dan": named just after a deed said as done
    ],
)
def test_who_a_deed_is_done_to_is_named_just_before_it(tmp_path, question, title):
    synopsis = "In this thriller, Ada Brisk is a deckhand and Dan Roe is a customs officer."
    scenes = [
        (
            "The Hold",
            "Ada slips into the hold, where she finds Dan tied up among the boxes. Ada slaps Dan awake.",
            "Fear.",
        )
    ]
    engine = page_engine(tmp_path, "Night Ferry", synopsis, scenes)
    answer = answer_after(engine, "what happens in the hold", question)
    assert (answer.kind, answer.title) == ("character", title)


def test_whom_someone_is_engaged_to_is_the_fiancee_or_fiance_the_page_says(tmp_path):
    """ "Kofi's fiancee, Ama Serwaa": "who is kofi engaged to" (a fiancé asked, a fiancée found) and "who did he get
    engaged to lol"; not a deed of his in a scene."""
    synopsis = (
        "In this drama, Kofi Mensah runs a bakery in Accra. Kofi's fiancee, Ama Serwaa, sings in the choir, and his "
        "rival, Yaw Boateng, crashes their engagement party."
    )
    scenes = [("The Party", "Yaw arrives at the engagement party and insults Kofi in front of Ama.", "Trouble.")]
    engine = page_engine(tmp_path, "Bread and Song", synopsis, scenes)
    assert engine.answer("who is kofi engaged to").title == "Ama Serwaa"
    assert engine.answer("who did kofi get engaged to lol").title == "Ama Serwaa"
    assert engine.answer("whos ama engaged to").title == "Kofi Mensah"
    assert answer_after(engine, "who is kofi", "n hes engaged to who").title == "Ama Serwaa"  # the question word last
    assert answer_after(engine, "who is ama", "she is engaged with whom?").title == "Kofi Mensah"


def test_a_role_after_his_before_an_appositive_name_is_what_they_are_to_him(tmp_path):
    """ "Hale ... tries to buy the mine, sending his foreman, Rook Calder, to do the dirty work": Rook is Hale's
    foreman, and Hale his boss (not "her late father instead of her older brother, Dougie": no role of two words)."""
    sentence = "Abe Hale tries to buy the mine, sending his foreman, Rook Calder, to do the dirty work."
    pronouns: dict[str, str | None] = {"Abe Hale": "he", "Rook Calder": None}
    assert about(sentence, "Rook Calder", ["Abe Hale"], None, pronouns).startswith("Abe Hale's foreman, Rook Calder")
    chauffeur = sentence.replace("foreman", "chauffeur")  # a role, not a relation: whose, no pronoun can say
    assert about(chauffeur, "Rook Calder", ["Abe Hale"]).startswith("Rook Calder")
    assert about(chauffeur, "Rook Calder", ["Abe Hale"], None, pronouns).startswith("Abe Hale's chauffeur")
    synopsis = (
        "In this western, Jonah Hale, the agent of a mining company, tries to buy the claim, sending his foreman, "
        "Rook Calder, to do the dirty work."
    )
    scenes = [("The Claim", "Rook rides up the creek while Jonah waits in town.", "Trouble.")]
    engine = page_engine(tmp_path, "Creek Gold", synopsis, scenes)
    assert answer_after(engine, "who is jonah", "his foreman").title == "Rook Calder"
    assert answer_after(engine, "who is rook", "who is his boss").title == "Jonah Hale"


def test_someone_described_then_who_she_is_may_be_the_one_in_play():
    """ "so the deputy mayor lady, who is she exactly?" just after the plot: the pronoun is the one described,
    who may be the film's lead; not someone else related to her (her boss). A relation said inside the
    description ("the woman he's in love with, who is she?") is still someone else."""
    from tests.scoring import imported_engine

    engine = imported_engine("film-69")
    question = "So the deputy mayor lady, who is she exactly?"
    assert answer_after(engine, "what is the movie about", question).title == "Darlene Sawchuk"


def test_who_is_the_man_a_description_fits_though_scenes_share_its_words(tmp_path):
    """ "who is the man who owns the mill in the village?": the one character his description fits clearly,
    not "which scene?" between scenes that say "mill" and "village" too; never one of the wrong sex."""
    synopsis = (
        "In this quiet drama, schoolteacher Wies Kramer returns to the village of Oudeland, where Dirk Brandsma, the "
        "owner of the mill, holds every family's debts."
    )
    scenes = [
        (
            "The Mill",
            "Wies walks past the mill in the village. Dirk watches from the loft; he says nothing.",
            "The start.",
        ),
        ("The Ledger", "At the mill Wies finds the ledger of the village's debts, and she hides it.", "The middle."),
    ]
    engine = page_engine(tmp_path, "Oudeland", synopsis, scenes)
    assert answer_after(engine, None, "Who is the man who owns the mill in the village?").title == "Dirk Brandsma"
    assert answer_after(engine, None, "Who is the woman who owns the mill in the village?").title != "Dirk Brandsma"


def test_a_man_no_scene_tells_doing_it_is_not_the_one_who_does_it(engine):
    """ "who is the man who dances the ballet?": Boris's card says "ballet" but no man dances; not him."""
    assert engine.answer("who is the man who dances the ballet?").title != "Boris Lermontov"
