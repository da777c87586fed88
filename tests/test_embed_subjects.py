"""subject_of(): every embed the bot makes names its entry unambiguously, so a reply to it can continue from it."""

from __future__ import annotations

import discord
import pytest

from bot.core import Engine, load_pack
from bot.utils.embeds import scenes_embed, subject_embed, subject_of
from tests.conftest import DATA

SHARED_TITLE = "The Lost Voice"  # a scene and a track of the made-up pack


def entries(engine: Engine):
    return [(entry.kind, entry.title, entry.subject) for entry in engine.index.entries]


@pytest.mark.parametrize("hide", [True, False])
def test_every_entry_of_the_shipped_pack_reads_back(engine, hide):
    for kind, title, subject in entries(engine):
        assert subject_of(subject_embed(subject, engine.pack, hide_spoilers=hide)) == (kind, title)
    assert subject_of(scenes_embed(engine.pack, hide=hide)) == ("scenes", engine.pack.film.title)


def test_a_scene_and_a_track_with_one_title_stay_apart():
    engine = Engine(load_pack(DATA / "packs" / "overture.yaml"))
    scene = next(s for s in engine.pack.scenes if s.title == SHARED_TITLE)
    track = next(t for t in engine.pack.soundtrack.tracks if t.title == SHARED_TITLE)
    assert subject_of(subject_embed(scene, engine.pack, hide_spoilers=False)) == ("scene", SHARED_TITLE)
    assert subject_of(subject_embed(track, engine.pack, hide_spoilers=False)) == ("track", SHARED_TITLE)
    for kind, title, subject in entries(engine):
        assert subject_of(subject_embed(subject, engine.pack, hide_spoilers=False)) == (kind, title)


def test_an_embed_survives_the_trip_through_discord(engine):
    scene = engine.pack.scenes[3]
    sent = subject_embed(scene, engine.pack, hide_spoilers=True).to_dict()
    assert subject_of(discord.Embed.from_dict(sent)) == ("scene", scene.title)


@pytest.mark.parametrize(
    "embed",
    [
        discord.Embed(),
        discord.Embed(title="The Audition"),
        discord.Embed(title="", description="no title").set_footer(text="Scene 1 of 9 · Film"),
        discord.Embed(title="Someone else's embed").set_footer(text="posted by a webhook"),
        discord.Embed(title="Other: not a soundtrack").set_footer(text="2 tracks · /soundtrack track:<name> for one"),
    ],
)
def test_embeds_not_made_here_have_no_subject(embed):
    assert subject_of(embed) is None
