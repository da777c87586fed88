"""The synopsis's clauses that say who someone is, read on pages imported as they are: a place named like a person
("Harrow Inn, the coaching inn ..."), a boat named after a noun ("the fishing smack Bonny Meg"), "whose sister X
runs ...", "X, who taught Y ...", "who is both her boss and her lover", "soon to be her fiance", "is secretly
engaged to", "Y's daughter and deckhand X", "his stepson", "Z's former mistress" (his ex), "Z's enforcer"."""

from __future__ import annotations

import pytest

from bot.authoring.people import about, propose
from tests.scoring import answer_after, page_engine

SYNOPSIS = (
    "In this coastal drama, Agnes Varley keeps Harrow Inn, the coaching inn her grandfather built on the cliff road, "
    "and skippers the fishing smack Bonny Meg on the side. Her landlord is the brewer Silas Thorne, who is both her "
    "boss and her lover, while his enforcer Jem Rudd collects the rents. Agnes's daughter and barmaid Lottie "
    "Varley is secretly engaged to Silas's stepson and groom Ned Hale. Silas's former mistress, Clara Webb, runs the "
    "rival alehouse. The old ferryman Tobias Penn, who taught Ned to sail, warns them all. When his niece Mary Penn "
    "arrives and falls for the drifter Luke Amber, soon to be her fiance, the inn fills with gossip."
)
SCENES = [
    ("The Rent Night", "Jem counts the coins while Agnes pours. She smiles at Lottie.", "Agnes owes the rent."),
    ("The Storm", "Agnes takes the Bonny Meg out with Ned. She is soaked. Clara watches.", "Agnes holds on."),
]
OTHERS = ["Agnes Varley", "Silas Thorne", "Jem Rudd", "Lottie Varley", "Ned Hale", "Clara Webb", "Tobias Penn"]


@pytest.fixture(scope="module")
def inn(tmp_path_factory):
    return page_engine(tmp_path_factory.mktemp("inn"), "The Harrow Light", SYNOPSIS, SCENES)


def test_a_place_said_to_be_what_its_last_word_names_is_no_person():
    names = [person.name for person in propose(SYNOPSIS, [], exclude=[])]
    assert "Harrow Inn" not in names
    assert "Agnes Varley" in names


def test_a_name_right_after_a_noun_for_a_thing_is_no_person():
    names = [person.name for person in propose(SYNOPSIS, [], exclude=[])]
    assert "Bonny Meg" not in names
    assert "Tobias Penn" in names


def test_a_whose_clause_says_whose_relation_it_is():
    sentence = (
        "Edda falls for Joseph Kamau, the tracker, whose sister Njeri Kamau runs the clinic and whose father died."
    )
    card = about(sentence, "Njeri Kamau", ["Edda Lund", "Joseph Kamau"])
    assert card == "Joseph Kamau's sister Njeri Kamau runs the clinic."


def test_a_who_clause_after_a_name_is_theirs_up_to_another_subject():
    sentence = (
        "When Ruth arrives, the quiet hand Amos Reedy, who has worked for Ruth for years, begins to prove himself, "
        "the family must weigh the offers of their neighbour."
    )
    card = about(sentence, "Amos Reedy", ["Ruth Calloway"])
    assert "who has worked for Ruth for years, begins to prove himself" in card
    assert "neighbour" not in card


def test_who_is_both_her_boss_and_her_lover(inn):
    assert ("Agnes Varley", ("boss",)) in inn.scorer.possessed["Silas Thorne"]
    assert ("Agnes Varley", ("lover",)) in inn.scorer.possessed["Silas Thorne"]
    assert answer_after(inn, "who is agnes", "her lover?").title == "Silas Thorne"


def test_one_of_two_roles_joined_by_and_is_the_relation(inn):
    assert answer_after(inn, "who is lottie", "her mum?").title == "Agnes Varley"
    assert inn.answer("who is the daughter of agnes").title == "Lottie Varley"


def test_secretly_engaged_is_engaged(inn):
    assert answer_after(inn, "who is lottie varley", "her fiance").title == "Ned Hale"


def test_a_stepson_has_a_stepfather(inn):
    assert answer_after(inn, "who is silas", "and his stepson?").title == "Ned Hale"
    assert answer_after(inn, "who is ned", "his stepfather").title == "Silas Thorne"


def test_a_former_mistress_is_his_ex(inn):
    assert answer_after(inn, "who is silas thorne", "his ex").title == "Clara Webb"


def test_an_enforcer_has_a_boss(inn):
    assert inn.answer("silas's enforcer").title == "Jem Rudd"
    assert answer_after(inn, "who is jem rudd", "his boss").title == "Silas Thorne"


def test_a_who_clause_teaching_someone_makes_them_his_student(inn):
    card = next(c for c in inn.pack.characters if c.name == "Tobias Penn").description
    assert "who taught Ned to sail" in card


def test_soon_to_be_her_fiance_and_falls_for(inn):
    told = inn.scorer.possessed["Luke Amber"]
    assert ("Mary Penn", ("fiance",)) in told
    assert any(owner == "Mary Penn" and "lover" in role for owner, role in told)
    assert answer_after(inn, "who is mary penn", "her fiance?").title == "Luke Amber"


@pytest.mark.parametrize(
    "question", ["whos lottie engaged to", "who is lottie varley engaged to", "who did lottie marry"]
)
def test_who_someone_named_is_engaged_or_married_to(inn, question):
    """ "whos odile engaged to": her fiance, whatever scene is named for the engagement; "who did she marry" asks
    for a spouse the page never names (she is only engaged): said so, not her own card."""
    answer = inn.answer(question)
    if "marry" in question:
        assert answer.reason == "missing_fact"
    else:
        assert answer.title == "Ned Hale"


def test_a_surname_that_is_also_a_trade_or_a_thing_is_still_a_person():
    """Review of the place rules: "Peter Baker, the village baker", "the younger Sheng brother", "the newspaper Tom
    Hale founded" (he does something: no paper's name) all name people."""
    synopsis = (
        "In this comedy, Nell Quarry runs a bakery with Peter Baker, the village baker, while Sonny Sheng, the "
        "younger Sheng brother, works for the newspaper Tom Hale founded and rows the ferry Lady Jane to the island."
    )
    names = [person.name for person in propose(synopsis, [], exclude=[])]
    assert {"Peter Baker", "Sonny Sheng", "Tom Hale"} <= set(names)
    assert "Lady Jane" not in names


def test_an_old_partner_is_no_ex_and_a_stepfather_is_a_he():
    from bot.core.roles import _with_ex

    assert _with_ex(("old", "partner")) == ("old", "partner")  # "Cole's old partner Frank": on the force
    assert _with_ex(("former", "wife")) == ("former", "wife", "ex")


def test_a_stepparent_asked_is_of_the_sex_the_word_says(inn):
    assert answer_after(inn, "who is ned hale", "his stepmother").title != "Silas Thorne"


def test_whose_clause_after_someones_role_is_not_guessed(tmp_path):
    """ "Sheng's accountant Grace Wu, who is both his sister and his lawyer": his is Sheng's (two Shengs: no one
    to say), not the last man named."""
    synopsis = (
        "In this thriller, Ray Cole hunts Augustin Sheng. Sheng's accountant Grace Wu, who is both his sister and his "
        "lawyer, keeps the books, while Sonny Sheng, the younger brother, waits."
    )
    engine = page_engine(tmp_path, "The Jade Ledger", synopsis)
    assert engine.scorer.possessed.get("Grace Wu", []) == []


def test_an_engagement_only_a_card_tells_is_still_found(tmp_path):
    """ "Peter Baker, the village baker, who is secretly engaged to her": no relation read, but his card says it."""
    synopsis = (
        "In this drama, Morag Sinclair skippers the ferry. Kirsty's best friend is Peter Baker, the village baker, "
        "who is secretly engaged to her. Kirsty Sinclair dreams of art school."
    )
    engine = page_engine(tmp_path, "The Crossing", synopsis)
    assert engine.answer("who is kirsty engaged to").title == "Peter Baker"


def test_surnames_that_name_places_too_are_people_unless_said_to_be_the_place():
    """ "Henry Lodge" and "Rosie Abbey" are people; "Kilima Lodge, the safari lodge" is a place; "On the ferry Duncan
    Reid, Callum's bodyguard, watches" names a man, after where he is."""
    synopsis = (
        "In this drama, Henry Lodge keeps Kilima Lodge, the safari lodge his father built, with Rosie Abbey. On the "
        "ferry Duncan Reid, Henry's bodyguard, watches."
    )
    names = [person.name for person in propose(synopsis, [], exclude=[])]
    assert {"Henry Lodge", "Rosie Abbey", "Duncan Reid"} <= set(names)
    assert "Kilima Lodge" not in names


def test_meets_one_and_falls_for_another_is_the_subjects_love(tmp_path):
    """ "Tom Harlan meets Clara Bell at the dance and falls for her cousin Sadie Pike": Tom loves Sadie, not Clara."""
    synopsis = "In this western, Tom Harlan meets Clara Bell at the dance and falls for her cousin Sadie Pike."
    engine = page_engine(tmp_path, "Spring Dance", synopsis)
    loves = [owner for owner, role in engine.scorer.possessed.get("Sadie Pike", []) if "love" in role]
    assert loves == ["Tom Harlan"]
