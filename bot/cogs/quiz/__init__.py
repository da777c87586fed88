"""The quiz, as one feature: the cog (commands, games' lives, scores), a game (rounds and answers) and what it shows
on Discord (buttons and embeds). views <- game <- cog: nothing imports back up."""

from .cog import setup

__all__ = ["setup"]
