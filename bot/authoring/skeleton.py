"""`pack new`: a commented pack to fill in by hand. Every blank is left empty, so the loader names each one
still to fill (`must be text, found nothing`) until it is, and the filled file validates as it stands."""

from __future__ import annotations

from .yaml_text import quoted

TEMPLATE = """\
# {title}: a film pack. Fill every empty value, delete what the film doesn't have, then check it with
#   python -m bot validate THIS-FILE
# Write only what you know about the film: the bot answers from this file and nothing else.
# aliases: other names a member may type for an entry. keywords: the entry's content in other words.

film:
  title: {quoted_title}
  synopsis:  # a paragraph: who the film is about and what happens
  # genre: drama  # optional: only if you know it
  # colour: "#336699"  # optional: the embed colour
  # aliases: []  # optional: e.g. the title without its leading "The"

characters:  # optional: delete the whole section if you list no one
  - name:  # the full name, as the film gives it
    description:  # who they are, in a sentence
    # pronoun: she  # optional: she, he or they; lets "who is she?" follow on
    # aliases: []  # optional: e.g. the first name and the last name

soundtrack:  # optional: delete the whole section if the film lists no music
  composer:  # optional: delete this line if no one is named
  tracks:
    - title:
      description:  # what the piece is and where it plays
      # credit: ""  # optional: the performer; not a department such as "Cinematography"

# The memorable scenes, in film order. Copy a block for each further scene.
# spoiler: true marks a scene that gives the ending away (servers hide it behind spoiler bars).
scenes:
  - title:
    summary:  # what happens
    context:  # optional: why the scene matters; delete the line if you have nothing to say
    spoiler: false
  - title:
    summary:
    context:
    spoiler: true
"""


def skeleton(title: str) -> str:
    """The commented pack for a film called `title`."""
    return TEMPLATE.format(title=" ".join(title.split()), quoted_title=quoted(title.strip()))
