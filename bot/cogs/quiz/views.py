"""What the quiz shows on Discord: the answer buttons (their custom ids carry game, round and choice) and embeds."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal, Protocol, runtime_checkable

import discord
from discord.ext import commands

from ...core import Pack
from ...core.quiz import MAX_CHOICES, Round
from ...utils import limits
from ...utils.embeds import pack_colour
from ...utils.replies import defer, finish, respond

QUIZ_COG = "Quiz"
Outcome = Literal["right", "wrong", "already", "over"]
Saved = Literal["saved", "failed", "unknown", "not kept"]  # what became of a point in the database


class AnsweredGame(Protocol):
    """What an answer button needs of a running game (game.QuizGame)."""

    channel_id: int
    keep_scores: bool

    def answer(self, round_number: int, choice: int, user_id: int, name: str) -> Outcome: ...

    async def saved(self, round_number: int) -> Saved: ...


class FinishedGame(Protocol):
    """What the final scores show of a game (game.QuizGame)."""

    pack: Pack
    scores: dict[int, int]
    names: dict[int, str]
    rounds: list[Round]
    rounds_played: int
    stopped_by: str | None
    keep_scores: bool
    unsaved: int


@runtime_checkable
class GameRegistry(Protocol):
    """The quiz cog, as the buttons see it: the games running in this process, by id."""

    @property
    def games_by_id(self) -> Mapping[str, AnsweredGame]: ...


def running_game(client: discord.Client, game_id: str) -> AnsweredGame | None:
    """The game a button belongs to, if it is still being played in this process."""
    cog = client.get_cog(QUIZ_COG) if isinstance(client, commands.Bot) else None
    if not isinstance(cog, GameRegistry):
        return None
    return cog.games_by_id.get(game_id)


# Anything after "quiz:" reaches the button, so a forged or mangled id gets a clear answer, not silence.
_STATE = re.compile(r"(?P<game>[0-9a-f]{8}):(?P<round>[0-9]{1,2}):(?P<choice>[0-9])")
ROUND_OVER = "That round is over."
RIGHT: dict[str, str] = {  # by what became of the point (quiz_game.Saved)
    "saved": "Right! That's a point for you.",
    "failed": "Right, you were first! But your point couldn't be saved: the scores database isn't answering.",
    "unknown": "Right, you were first! But the scores database didn't answer in time: your point may not be saved.",
    "not kept": "Right, you were first! (Scores aren't kept in this game.)",
}
RESULTS: dict[str, str] = {
    "right": RIGHT["saved"],
    "wrong": "Not that one: you're out of this round.",
    "already": "You have already answered this round.",
    "over": ROUND_OVER,
}


class QuizAnswerButton(discord.ui.DynamicItem[discord.ui.Button], template=r"quiz:(?P<state>.{0,90})"):
    """One answer of one round: `quiz:<game id>:<round>:<choice>`."""

    def __init__(
        self,
        game_id: str,
        round_number: int,
        choice: int,
        label: str,
        *,
        style: discord.ButtonStyle = discord.ButtonStyle.primary,
        disabled: bool = False,
    ) -> None:
        super().__init__(
            discord.ui.Button(
                label=limits.button_label(label),
                style=style,
                disabled=disabled,
                custom_id=f"quiz:{game_id}:{round_number}:{choice}",
            )
        )
        self.game_id = game_id
        self.round_number = round_number
        self.choice = choice

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Item[Any], match: re.Match[str], /
    ) -> QuizAnswerButton:
        state = _STATE.fullmatch(match["state"])
        if state is None:
            return cls("", 0, -1, "?")
        return cls(state["game"], int(state["round"]), int(state["choice"]), "?")

    async def callback(self, interaction: discord.Interaction) -> None:
        game = running_game(interaction.client, self.game_id)
        if game is None or game.channel_id != interaction.channel_id:
            await respond(interaction, content=ROUND_OVER, ephemeral=True)
            return
        outcome = game.answer(self.round_number, self.choice, interaction.user.id, interaction.user.display_name)
        if outcome != "right" or not game.keep_scores:
            await respond(
                interaction, content=RIGHT["not kept"] if outcome == "right" else RESULTS[outcome], ephemeral=True
            )
            return
        # "Right!" promises a point: said only once the database has it, so the answer waits on it (deferred).
        if await defer(interaction, ephemeral=True):
            await finish(interaction, content=RIGHT[await game.saved(self.round_number)])


def answer_view(game_id: str, number: int, round_: Round, *, closed: bool = False) -> discord.ui.View:
    """The round's choices as buttons; once closed, all disabled with the right one in green."""
    view = discord.ui.View(timeout=None)
    for choice, label in enumerate(round_.choices[:MAX_CHOICES]):
        style = discord.ButtonStyle.primary
        if closed:
            style = discord.ButtonStyle.success if choice == round_.correct else discord.ButtonStyle.secondary
        view.add_item(QuizAnswerButton(game_id, number, choice, label, style=style, disabled=closed))
    return view


def round_embed(pack: Pack, number: int, total: int, round_: Round, seconds: float) -> discord.Embed:
    embed = discord.Embed(
        title=f"Round {number} of {total}: {round_.clue.question}",
        description=round_.clue.text,
        colour=pack_colour(pack),
    )
    embed.set_footer(text=f"{seconds:.0f} seconds · one answer each · {pack.film.title} quiz")
    return limits.fit_embed(embed)


SCORED: dict[str, str] = {  # the reveal's end, by what became of the winner's point (quiz_game.Saved)
    "saved": "got it first and scores a point.",
    "not kept": "got it first and scores a point.",  # in this game's scores: the game said none are stored
    "failed": "got it first, but the point couldn't be saved.",
    "unknown": "got it first, but the point may not have been saved.",
}


def reveal_text(round_: Round, winner: str | None, *, saved: Saved = "saved") -> str:
    answer = limits.echo(round_.answer, limits.BUTTON_LABEL)
    if winner is None:
        return f"⏱️ Nobody got it. The answer: **{answer}**."
    return f"✅ The answer: **{answer}**. {limits.echo(winner, 80)} {SCORED[saved]}"


def scores_embed(game: FinishedGame) -> discord.Embed:
    """The game's final scores, best first."""
    ranked = sorted(game.scores.items(), key=lambda item: -item[1])
    lines = [
        f"{place}. {limits.echo(game.names[user], 80)}: {points} point{'s' if points != 1 else ''}"
        for place, (user, points) in enumerate(ranked, start=1)
    ]
    played = f"{game.rounds_played} of {len(game.rounds)} rounds"
    if game.stopped_by is not None:
        heading = f"Stopped by {limits.echo(game.stopped_by, 80)} after {played}."
    else:
        heading = f"{played.capitalize()} played."
    embed = discord.Embed(
        title="Quiz over",
        description="\n".join([heading, "", *lines] if lines else [heading, "Nobody scored this time."]),
        colour=pack_colour(game.pack),
    )
    if not game.keep_scores:
        footer = "Scores weren't kept this game: the scores database wasn't answering"
    elif game.unsaved:
        footer = "Points the database didn't take don't count on /quiz leaderboard; the others do"
    else:
        footer = "Every point counts on /quiz leaderboard"
    embed.set_footer(text=footer)
    return limits.fit_embed(embed)
