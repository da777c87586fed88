"""Normalisation: what the answerer reads of a message."""

from bot.core.text import fold, normalise, stem


def test_discord_markup_is_removed():
    raw = "<@123> <@!456> <@&789> <#42> @everyone @here <:shoe:99> <a:spin:98> what?"
    assert normalise(raw) == "what"


def test_a_leading_plain_handle_is_removed():
    assert normalise("@RedShoesBot the audition") == "the audition"


def test_case_accents_apostrophes_and_punctuation_fold():
    assert fold("Entr’acte!!") == "entracte"
    assert fold("The DANCER'S Choice") == "the dancers choice"
    assert fold("Café Première") == "cafe premiere"


def test_emoji_zero_width_and_rtl_marks_disappear():
    assert normalise("the\u200b audition \u202e👏🏽\u200f") == "the audition"


def test_stemming_groups_word_forms():
    assert stem("collapses") == stem("collapsing") == stem("collapse")
    assert stem("isolated") == stem("isolation")
    assert stem("premise") != stem("premiere")
