"""A small made-up film, built in code for the tests: nothing in it comes from the shipped pack, and a scene and a
track share a title (films often name a cue after its scene)."""

from __future__ import annotations

from bot.core import Character, Film, Pack, Scene, Soundtrack, Track

SHARED_TITLE = "The Storm"


def made_up_pack() -> Pack:
    scenes = (
        ("The Arrival", "Mara Quill rows out to the lighthouse on a grey morning and meets the old keeper.",
         "The island's isolation is set up from the first shot."),
        (SHARED_TITLE, "A gale cuts the island off and the lamp fails at midnight.",
         "The turning point: Mara must climb the tower alone."),
        ("The Lantern", "Mara repairs the great lens by candlelight while the sea rises.",
         "Her patience becomes the film's quiet heroism."),
        ("The Rescue", "At dawn the beam guides Tobias Wren's fishing boat past the rocks.",
         "The ending rewards her vigil."),
    )
    return Pack(
        film=Film(title="Harbour Lights", genre="mystery",
                  synopsis="A young keeper keeps a remote lighthouse burning through one long storm."),
        characters=(Character("Mara Quill", "the young lighthouse keeper"),
                    Character("Tobias Wren", "a fisherman caught at sea")),
        soundtrack=Soundtrack(composer="Ada Finch", tracks=(
            Track("Harbour Theme", "Opening titles", "Ada Finch"),
            Track(SHARED_TITLE, "Music under the gale", "The Coastline Quartet"),
            Track("Dawn Beam", "End credits"),
        )),
        scenes=tuple(Scene(number, title, summary, context)
                     for number, (title, summary, context) in enumerate(scenes, start=1)),
    )
