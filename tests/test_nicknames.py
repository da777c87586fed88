"""Nicknames a page gives its people in passing (bot/core/nicknames.py): whom "him" or "her" means, and what is
no nickname."""

from __future__ import annotations

import pytest

from bot.core.nicknames import nicknames
from bot.core.pack import Character, Film, Pack, Scene, Soundtrack


def pack_with(summary: str) -> Pack:
    people = (
        Character(name="Ada Quill", description="A pilot.", pronoun="she"),
        Character(name="Tom Reyes", description="A mechanic.", pronoun="he"),
    )
    scene = Scene(number=1, title="The Hangar", summary=summary, context="x")
    film = Film(title="Wings", synopsis="Ada flies.", genre=None)
    return Pack(film=film, soundtrack=Soundtrack(composer=None, tracks=()), scenes=(scene,), characters=people)


@pytest.mark.parametrize(
    ("summary", "expected"),
    [
        ("Ada checks the engine while Tom sleeps. The crew call her Sparrow.", {"Ada Quill": ("Sparrow",)}),
        ("Tom arrives late; everyone calls him 'Spanner' behind his back.", {"Tom Reyes": ("Spanner",)}),
        ("Ada talks to Tom, and the men call him Rusty.", {"Tom Reyes": ("Rusty",)}),  # the last "he" named
        ("Tom naps. The crew call him The Bear and laugh.", {"Tom Reyes": ("The Bear",)}),  # more than a word
        # a name, then what they are called
        ("Ada, whom the whole hangar calls Birdie, fuels the plane.", {"Ada Quill": ("Birdie",)}),
        ("Tom Reyes, known to the crew as the Owl, checks the wings.", {"Tom Reyes": ("Owl",)}),
        ("Ada weds the son of Tom Reyes, whom the papers call the Heir.", {}),  # the son's, unnamed
    ],
)
def test_the_word_someone_is_called_is_a_name_of_the_one_the_pronoun_means(summary, expected):
    assert nicknames(pack_with(summary)) == expected


@pytest.mark.parametrize(
    "summary",
    [
        "Ada is furious and calls him a fool.",  # no name: a word in lower case
        "Tom calls her Ada in front of everyone.",  # a name of hers already
        "The sun sets and the crew call him Captain.",  # no "he" named before it
        "Tom sits down. Ada, for once, calls him Friend.",  # the one calling him so is named: he is no one named
        "Tom sits down. The Roman papers call him Professor.",  # ... or said with a name of its own
        "Tom eats. His stepdaughter finally calls him Dad.",  # kin's word, no name
        "Tom laughs. The fishermen call him Uncle Tom.",  # a title before a name of his
        "Tom naps. Ada called him Friday to warn the others.",  # a telephone call
    ],
)
def test_what_is_no_nickname(summary):
    assert nicknames(pack_with(summary)) == {}
