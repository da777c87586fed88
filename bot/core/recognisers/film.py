"""The film recogniser: the film as a whole, in other words (its plot, premise, themes; "what is it about")."""

from __future__ import annotations

import re
from dataclasses import replace

from .reading import Heard, Reading
from .words import LIST_NEGATED, PERSON_NOUNS, kind_in

# The film as a whole, in other words: its plot, premise, story, conflict, themes; "what is it about".
_FILM_LEVEL = re.compile(
    r"\b(?:plot|plots|storyline|story|premise|synopsis|summary|summarize|summarise|summarized|recap|"
    r"overview|gist|"
    r"setup|set up|conflict|conflicts|dilemma|themes|(?:main|central|major|key|overall) theme|theme of|thematic|"
    r"logline|main idea|central idea|big idea|message|"
    r"moral|tldr|nutshell|basic idea|what it is about|what its about|whats it about|about what|sum up|sum it up|"
    r"summing up|in short|brief|briefly|elevator pitch|narrative|arc|vibe|vibes|tone|mood)\b"
    r"|\b(?:what|whats) (?:is|was|s)? ?(?:the|this|that)? ?(?:film|movie|it|its) (?:even |all |really |actually )?"
    r"(?:talks? |talking )?about\b"  # "what is this movie talk about?"
    r"|\bwhat (?:the|this) (?:film|movie|story) (?:is|was) (?:\w+ )?about\b"
    r"|\bwhat (?:the|this) (?:films|movies) about\b"
    r"|\b(?:film|movie) about\b|\babout (?:the|this) (?:film|movie)\b|\bwhat happens in (?:the|this) (?:film|movie)\b"
    r"|\b(?:explain|describe|summari[sz]e|recap|tell me about|walk me through) (?:the|this) (?:whole )?"
    r"(?:film|movie)\b"
    r"|\b(?:deal|story|idea|point) (?:with|of|behind) (?:the|this) (?:film|movie)\b"
    r"|\b(?:main|central|core|big|key|basic|overall|underlying) (?:conflict|tension|struggle|question|problem|theme|"
    r"idea|message|point)\b|\bcharacters\b|\bwho s who\b"
    r"|\bwhat (?:film|movie) (?:is|s) (?:this|it)(?: bot)? (?:for|about)\b"  # "what movie is this bot for"
)

_FILM_TRIGGERS = frozenset(
    """plot plots storyline story premise synopsis summary summarize summarise summarized recap
    overview gist setup set conflict conflicts dilemma tension struggle question problem characters who themes theme
    thematic logline idea message moral tldr nutshell about sum summing short brief briefly pitch narrative arc
    explain describe tell walk deal point film movie vibe vibes tone mood""".split()
)

_A_BIT = re.compile(r"\ba (?:little )?bit (?=about\b)")
_FEEL_WORDS = frozenset("vibe vibes tone mood".split())
_OF_IT = re.compile(r"\b(?:vibe|vibes|tone|mood) of (?:it|this|that)(?: one| track| song| scene)?$")
_THEIR_STORY = re.compile(
    r"\b(?:her|his|their) (?:own |back ?)?(?:story|arc)\b"
    r"|\b(?:her|his) (?:central |main |big )?(?:conflict|struggle|dilemma)\b"
)
_DOING_ABOUT_WHAT = re.compile(r"\b(?:they|she|he|we|you|i)(?: are| re| is| s| was| were)? \w+ing about what$")
# the theme as music: said with what names or plays a tune
_THE_THEME_TUNE = re.compile(
    r"\b(?:main|central) theme (?:music|song|tune|track|piece|called)\b"
    r"|\b(?:song|tune|track|piece)s? (?:\w+ ){0,3}main theme\b"
    # "the central theme, that plays over the titles": music heard somewhere
    r"|\b(?:main|central) theme (?:the one |that )?(?:plays |playing |played |is played |heard )?(?:over|under) "
    r"(?:the )?(?:opening|title|titles|credits|start|end|ending|final|first|last)\b"
    r"|\b(?:main|central) theme (?:the one |that )(?:plays|playing|played|is played|heard)\b"
)  # (not "the main theme, by the way", "the role the main theme plays in the story")
_STORY_WORDS = frozenset("story storyline narrative arc plot characters".split())

_ASKS_SOMEONE = re.compile(r"\b(?:" + "|".join(PERSON_NOUNS) + r")\b|\bwho (?:is|s|was)\b")
# asked inside a request: "remind me who julian is in this story" (a name, not "who the lead is")
_WHO_NAME_IS = re.compile(r"\bwho (?P<said>(?:\w+ ){1,2})(?:is|s|was)\b")


def _asks_someone(heard: Heard) -> bool:
    if _ASKS_SOMEONE.search(heard.text):
        return True
    found = _WHO_NAME_IS.search(heard.text)
    return found is not None and any(heard.names(w) for w in found["said"].split())


def film(heard: Heard) -> Reading | None:
    """The film as a whole, in other words: its plot, premise, themes; "what is it about"."""
    if heard.tokens.disowned:
        return None  # "this isn't about the movie, but ...": the film said only to set it aside
    found = _FILM_LEVEL.search(heard.text) if heard.vocabulary & _FILM_TRIGGERS else None
    if found is None or found.group() in _STORY_WORDS and _asks_someone(heard):
        return None  # "the composer inside the story", "for the characters, who is boris?" ask for a person
    if heard.pending and found.group() in _FEEL_WORDS and _OF_IT.search(heard.text):
        return None  # "what's the mood of it" just after a scene or a track: that one's
    if found.group() == "about what" and _DOING_ABOUT_WHAT.search(heard.text):
        return None  # "they are fighting about what?": what a scene's people do, not the film's plot
    if "theme" in found.group() and _THE_THEME_TUNE.search(heard.text):
        return None  # "what's the main theme called": the theme music, not what the film is about
    if _THEIR_STORY.search(heard.text):
        return None  # "what is her name and her story?": her own story, not the film's
    if kind_in(_A_BIT.sub(" ", heard.text)) is not None and not LIST_NEGATED.search(heard.text):
        return None  # ("tell me a bit about the story": an idiom, no scene)
    return replace(heard.base, asks="film")


_THE_THEME_ALONE = re.compile(r"^(?:(?:and|so|ok|the|its|whats|what is|s) )*(?:main|central) theme(?: please| pls)?$")


def theme_alone(text: str) -> bool:
    """ "main theme", "what's the main theme": the film's themes, or a track the pack calls its main theme."""
    return _THE_THEME_ALONE.match(text) is not None
