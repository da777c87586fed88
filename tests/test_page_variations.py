"""Pages in the seed's format with every variation a site produces (chrome anywhere, no soundtrack, no
dialogue or quote headings, scenes without context, curly apostrophes, accents, " by " inside a title) import
to exactly what they say; any page with a line dropped either imports to a pack that validates or is refused
with `PAGE:line`."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.authoring.importer import genre_of, render_pack
from bot.authoring.page import PageError, parse_page, read_page
from bot.core import PackError, parse_pack

PAGES = Path(__file__).parent / "data" / "pages"
WORDS = "Harbour Lantern Night’s Kite Ballet Océane Dvořák Søren by Mill Frost Orchard Wren's Tide Bell".split()

title = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join)
sentence = st.lists(st.sampled_from([w.lower() for w in WORDS] + ["and", "the", "with"]), min_size=8, max_size=20).map(
    lambda words: " ".join(words).capitalize() + "."
)
prose = st.lists(sentence, min_size=1, max_size=3).map(" ".join)
chrome = st.sampled_from(["Download App", "Share", "", "  "])


@st.composite
def pages(draw):
    film = draw(title)
    scenes = draw(
        st.lists(st.tuples(title, prose, st.none() | prose), min_size=1, max_size=6, unique_by=lambda s: s[0])
    )
    tracks = draw(st.lists(st.tuples(title, st.none() | title, prose), max_size=4, unique_by=lambda t: t[0]))
    composer = draw(st.none() | title)
    lines = ["", film, draw(prose)]
    if draw(st.booleans()):
        lines += [f"Dialogues from Movie {film}", f"Quotes from Movie {film}"]
    if tracks:
        lines.append(f"Sound Tracks from {film}" + (f" by {composer}" if composer else ""))
        for name, credit, notes in tracks:
            lines += [name, f"{name} by {credit}, {notes}" if credit else f"{name}, {notes}"]
    lines.append(f"Memorable Scenes from Movie {film}")
    for name, summary, context in scenes:
        lines += [name, summary] + ([f"Context: {context}"] if context else [])
    noisy = []
    for line in lines:
        noisy.append(line)
        if line and draw(st.integers(0, 5)) == 0:
            noisy.append(draw(chrome))
    return "\n".join(noisy + ["Download App"]), film, scenes, tracks, composer if tracks else None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pages())
def test_a_generated_page_imports_to_exactly_what_it_says(case):
    text, film, scenes, tracks, composer = case
    pack = parse_pack(render_pack(parse_page(text, "page.txt")))
    assert pack.film.title == film
    assert [(s.title, s.summary, s.context) for s in pack.scenes] == [(t, s, c or "") for t, s, c in scenes]
    assert [(t.title, t.credit, t.description) for t in pack.soundtrack.tracks] == [
        (name, credit, notes.rstrip(".")) for name, credit, notes in tracks
    ]
    assert pack.soundtrack.composer == composer


@pytest.mark.parametrize("page", sorted(PAGES.glob("*.txt")), ids=lambda p: p.stem)
def test_a_page_with_any_line_dropped_imports_or_is_refused_with_its_line(page):
    lines = page.read_text(encoding="utf-8").split("\n")
    for dropped in range(len(lines)):
        text = "\n".join(lines[:dropped] + lines[dropped + 1 :])
        try:
            parse_pack(render_pack(parse_page(text, "page.txt")))
        except PageError as error:
            assert re.match(r"page\.txt:\d+: expected ", str(error)), error
        except PackError as error:  # pragma: no cover - the assertion names the broken output
            pytest.fail(f"line {dropped + 1} dropped: the import does not validate: {error}")


def test_two_scenes_of_one_title_are_refused_at_the_second():
    text = (PAGES / "film-1.txt").read_text(encoding="utf-8").replace("The Missing Brother", "The Tram Depot")
    with pytest.raises(PageError) as caught:
        parse_page(text, "page.txt")
    assert str(caught.value).startswith("page.txt:34: expected a scene title not used before")


def test_a_track_without_a_description_is_refused():
    text = (
        (PAGES / "film-5.txt")
        .read_text(encoding="utf-8")
        .replace(
            "Home by Dark by Ferdinand Kuusk, Gentle lullaby over the last evening on the hill",
            "Home by Dark by Ferdinand Kuusk",
        )
    )
    with pytest.raises(PageError) as caught:
        parse_page(text, "page.txt")
    assert str(caught.value).startswith("page.txt:12: expected a description after the credit of track 'Home by Dark'")


@pytest.mark.parametrize(
    ("opening", "genre"),
    [
        ("In this classic drama, a dancer", "drama"),
        ("In this classic musical drama, a singer", "musical drama"),
        ("In this film noir, a detective", "film noir"),
        ("In this heartwarming tale, a boy", None),
        ("In this film, a boy", None),
        ("In this road movie, a trucker", "road movie"),
        ("In this disaster film, a pilot", "disaster film"),
        ("In this heartwarming film, a girl", None),
        ("When a drought comes, a widow", None),
        # what follows the genre before the comma is no part of it
        ("In this moody harbour thriller set in the 1950s, a diver", "moody harbour thriller"),
        ("In this sports drama about a hockey team, a goalie", "sports drama"),
        ("In this family saga, set in Provence, a widow", "family saga"),
        ("In this coming of age drama set in Hull, a girl", "coming of age drama"),  # "of" is part of it
    ],
)
def test_a_genre_only_where_the_page_states_one(opening, genre):
    assert genre_of(opening + " does something.") == genre


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path):
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    with pytest.raises(PageError) as caught:
        read_page(fifo)
    assert str(caught.value).startswith(f"{fifo}:1: expected ")


def test_a_synopsis_or_summary_of_several_paragraphs_is_kept_whole():
    text = (PAGES / "film-1.txt").read_text(encoding="utf-8")
    synopsis = text.split("\n")[2]
    later = "Later still, " + synopsis[0].lower() + synopsis[1:]
    doubled = text.replace(synopsis, f"{synopsis}\n\n{later}", 1)
    pack = parse_pack(render_pack(parse_page(doubled, "page.txt")))
    assert pack.film.synopsis == f"{synopsis}\n{later}"
    assert [s.title for s in pack.scenes] == [s.title for s in parse_pack(render_pack(parse_page(text))).scenes]
    summary = text.split("\n")[15]
    assert summary.startswith("Rain hammers the Vellmark docks")
    longer = text.replace(summary, f"{summary}\n{later}", 1)
    first = parse_pack(render_pack(parse_page(longer, "page.txt"))).scenes[0]
    assert first.summary == f"{summary}\n{later}" and first.context.startswith("The opening paints")


def test_headings_in_another_case_or_spelling_are_read_alike():
    text = (PAGES / "film-5.txt").read_text(encoding="utf-8")
    varied = (
        text.replace("Sound Tracks from", "Soundtracks from")
        .replace("Memorable Scenes from Movie", "memorable scenes from")
        .replace("Quotes from Movie", "QUOTES FROM MOVIE")
        .replace("\nContext: ", "\ncontext : ")
    )
    assert render_pack(parse_page(varied, "page.txt")) == render_pack(parse_page(text, "page.txt"))


def test_windows_line_ends_and_a_byte_order_mark_change_nothing(tmp_path):
    page = PAGES / "film-2.txt"
    windows = tmp_path / "film-2.txt"
    windows.write_bytes(b"\xef\xbb\xbf" + page.read_bytes().replace(b"\n", b"\r\n"))
    assert render_pack(read_page(windows)) == render_pack(read_page(page))
