"""One quiz game in one channel: its rounds, who answered, its scores, and the task that plays it on the event loop."""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import Awaitable, Callable

import discord

from ...core import Pack
from ...core.quiz import Round
from ...storage.base import StoreError, StoreTimeout
from ...utils.replies import edit, send
from .views import Outcome, Saved, answer_view, reveal_text, round_embed, scores_embed

log = logging.getLogger(__name__)

ROUND_SECONDS = 20.0  # how long a round takes answers (the default)
BREAK_SECONDS = 5.0  # between a reveal and the next clue, so the reveal is read before it scrolls away
ROUND_LOST = "The quiz stopped: I couldn't post the next round. Points scored so far are kept."


def new_game_id() -> str:
    """8 hex digits: unguessable enough that a button from an old game never matches a new one."""
    return secrets.token_hex(4)


class QuizGame:
    """The rounds are played by `run()`; `answer()` and `stop()` come from clicks and commands meanwhile.

    Answers are checked and recorded without awaiting anything, so on one event loop two clicks can never both
    be first. A right answer's point is written by a task of its own (`saved()` waits for it): the rounds never
    wait on the database beyond the break, so they keep their time whatever it does."""

    def __init__(
        self,
        *,
        pack: Pack,
        film: str,
        rounds: list[Round],
        channel: discord.abc.Messageable,
        channel_id: int,
        guild_id: int,
        starter_id: int,
        record_point: Callable[[int], Awaitable[None]],
        round_seconds: float = ROUND_SECONDS,
        break_seconds: float = BREAK_SECONDS,
        game_id: str | None = None,
    ) -> None:
        self.id = game_id or new_game_id()
        self.pack = pack
        self.film = film  # its key: the game plays this film to its end, whatever the server switches to
        self.rounds = rounds
        self.channel = channel
        self.channel_id = channel_id
        self.guild_id = guild_id
        self.starter_id = starter_id
        self.round_seconds = round_seconds
        self.break_seconds = break_seconds
        self.scores: dict[int, int] = {}
        self.names: dict[int, str] = {}
        self.round_number = 0
        self.rounds_played = 0
        self.stopped_by: str | None = None
        self.message: discord.Message | None = None  # the current round's clue
        self.keep_scores = True  # False: the database was down at the start, nothing is written
        self.unsaved = 0  # points the database did not confirm
        self._record_point = record_point
        self._saving: dict[int, asyncio.Task[Saved]] = {}  # each round's point, being written
        self._open = False
        self._answered: set[int] = set()
        self._winner: int | None = None
        self._timer: asyncio.Task[None] | None = None

    # ------------------------------------------------------------------ from clicks and commands

    def answer(self, round_number: int, choice: int, user_id: int, name: str) -> Outcome:
        """One member's one answer to the current round."""
        if not self._open or round_number != self.round_number:
            return "over"
        round_ = self.rounds[round_number - 1]
        if not 0 <= choice < len(round_.choices):
            return "over"  # a forged id: no such button was ever sent
        if user_id in self._answered:
            return "already"
        self._answered.add(user_id)
        if choice != round_.correct:
            return "wrong"
        self._open = False
        self._winner = user_id
        self.names[user_id] = name
        self.scores[user_id] = self.scores.get(user_id, 0) + 1
        if self.keep_scores:
            self._saving[round_number] = asyncio.create_task(self._save(user_id))
        self._wake()
        return "right"

    async def saved(self, round_number: int) -> Saved:
        """What became of the point won in a round, once the database has answered (or was given up on)."""
        task = self._saving.get(round_number)
        return "not kept" if task is None else await asyncio.shield(task)

    def stop(self, by: str) -> None:
        """End the game after the current round's reveal."""
        self.stopped_by = by
        self._open = False
        self._wake()

    # ------------------------------------------------------------------ the game itself

    async def run(self) -> None:
        """Play every round, then post the scores. Cancelled (the bot is shutting down): nothing more is sent."""
        for number, round_ in enumerate(self.rounds, start=1):
            if self.stopped_by is not None:
                break
            self.round_number, self._answered, self._winner, self._open = number, set(), None, True
            self.message = await send(
                self.channel,
                view=answer_view(self.id, number, round_),
                embed=round_embed(self.pack, number, len(self.rounds), round_, self.round_seconds),
            )
            if self.message is None:  # refused, or lost on the way (it is never posted twice): the game ends here
                self._open = False
                log.info("quiz %s ends: cannot post in channel %s", self.id, self.channel_id)
                await send(self.channel, content=ROUND_LOST)
                return
            if self._open:  # a quick right answer may have closed it while the clue was being posted
                await self._pause(self.round_seconds)
            self._open = False
            self.rounds_played = number
            next_round = asyncio.get_running_loop().time() + self.break_seconds  # from the close, whatever comes
            await edit(self.message, view=answer_view(self.id, number, round_, closed=True))
            winner = self._winner
            saved = await self._settled(number)
            await send(
                self.channel,
                content=reveal_text(round_, self.names[winner] if winner is not None else None, saved=saved),
            )
            if number < len(self.rounds):
                await self._pause(next_round - asyncio.get_running_loop().time())
        await send(self.channel, embed=scores_embed(self))

    async def _save(self, user_id: int) -> Saved:
        try:
            await self._record_point(user_id)
        except StoreError as error:
            self.unsaved += 1
            log.warning("quiz %s: a point of user %s was not saved: %s", self.id, user_id, error)
            return "unknown" if isinstance(error, StoreTimeout) else "failed"
        except Exception:
            self.unsaved += 1
            log.exception("quiz %s: a point of user %s was not saved", self.id, user_id)
            return "failed"
        return "saved"

    async def _settled(self, round_number: int) -> Saved:
        """What became of the round's point (if any), waiting for the database no longer than the break."""
        task = self._saving.get(round_number)
        if task is None:
            return "not kept" if self._winner is not None else "saved"
        done, _ = await asyncio.wait({task}, timeout=self.break_seconds)
        return task.result() if done else "unknown"

    async def _pause(self, seconds: float) -> None:
        """Sleep on the event loop until `seconds` pass or `_wake()` is called (a right answer, a stop)."""
        if self.stopped_by is not None or seconds <= 0:
            return
        self._timer = timer = asyncio.create_task(asyncio.sleep(seconds))
        try:
            await asyncio.wait({timer})
        finally:
            timer.cancel()
            self._timer = None

    def _wake(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
