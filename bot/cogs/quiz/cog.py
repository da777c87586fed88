"""/quiz start|stop|leaderboard: the scene quiz, one game per channel, scores kept per server."""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable
from typing import TypeVar

import discord
from discord import app_commands
from discord.ext import commands

from ...client import FilmBotBase
from ...core.quiz import DEFAULT_ROUNDS, MAX_ROUNDS, MIN_ROUNDS, QuizUnavailable, plan_game
from ...storage import Store, StoreError
from ...utils import limits, options
from ...utils.embeds import pack_colour
from ...utils.films import film_choices
from ...utils.replies import defer, finish, respond, send
from ...utils.store_calls import within
from .._shared import FILM_OPTION, film_for
from .game import ROUND_SECONDS, QuizGame
from .views import QUIZ_COG, QuizAnswerButton

log = logging.getLogger(__name__)
T = TypeVar("T")

LEADERBOARD_SIZE = 10
INTERRUPTED = (
    "The quiz in this channel was interrupted when I restarted. Points scored before that count on "
    "/quiz leaderboard; /quiz start begins a new game."
)
QUIZ_ERROR = "The quiz stopped because of an error on my side; points scored so far are kept."
NOT_KEPT = "Scores won't be kept this game: the scores database isn't answering."
LEADERBOARD_DOWN = "I can't read the leaderboard right now: the scores database isn't answering. Try again in a minute."
NOT_STARTED = "The quiz didn't start: I lost the connection to Discord on the way. Try /quiz start again."


class Quiz(commands.Cog, name=QUIZ_COG):
    """Games run as tasks on the event loop; the channels with a game are also stored, so a restart can tell them."""

    quiz = app_commands.Group(
        name="quiz", description="A quiz on the film's scenes, music and characters", guild_only=True
    )

    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot
        self.games: dict[int, QuizGame] = {}  # by channel id
        self.games_by_id: dict[str, QuizGame] = {}
        self.rng = random.Random()
        # Each game's task, by channel id: registered in the same step as its game (no await between), so a game in
        # `games` always has a task playing it, and the task forgets its game however it ends.
        self.tasks: dict[int, asyncio.Task[None]] = {}
        self._unrecorded_ends: set[str] = set()  # ids of games that ended here while the database was down

    async def cog_load(self) -> None:
        self.bot.add_dynamic_items(QuizAnswerButton)

    async def cog_unload(self) -> None:
        """Shutting down (or reloading): the games stop where they are; their rows tell the channels next time."""
        self.bot.remove_dynamic_items(QuizAnswerButton)
        for task in list(self.tasks.values()):
            task.cancel()

    @property
    def store(self) -> Store:
        return self.bot.guild_settings.store

    # ------------------------------------------------------------------ commands

    @quiz.command(name="start")
    @app_commands.describe(
        rounds=f"How many rounds ({MIN_ROUNDS}-{MAX_ROUNDS}, {DEFAULT_ROUNDS} by default)",
        spoilers="Include the scenes that give the ending away",
        film=FILM_OPTION,
    )
    async def start(
        self,
        interaction: discord.Interaction,
        rounds: app_commands.Range[int, MIN_ROUNDS, MAX_ROUNDS] = DEFAULT_ROUNDS,
        spoilers: bool = False,
        film: app_commands.Range[str, 1, 100] | None = None,
    ) -> None:
        """Start a quiz in this channel: the first right answer scores."""
        channel, guild_id = interaction.channel, interaction.guild_id
        count, include = options.whole_number(rounds, MIN_ROUNDS, MAX_ROUNDS), options.flag(spoilers)
        if count is None or include is None:
            problem = (
                f"rounds must be a whole number from {MIN_ROUNDS} to {MAX_ROUNDS}"
                if count is None
                else "spoilers must be true or false"
            )
            await respond(interaction, content=f"Not started: {problem}.", ephemeral=True)
            return
        if guild_id is None or not isinstance(channel, discord.abc.Messageable):
            await respond(interaction, content="The quiz is played in a server's text channel.", ephemeral=True)
            return
        can = interaction.app_permissions
        if not (can.send_messages and can.embed_links):
            await respond(
                interaction,
                ephemeral=True,
                content=("I can't post the rounds here: I need Send Messages and Embed Links in this channel."),
            )
            return
        running = self.games.get(channel.id)
        if running is not None:
            where = f" ({running.message.jump_url})" if running.message is not None else ""
            await respond(
                interaction,
                ephemeral=True,
                content=(
                    f"A quiz is already running in this channel{where}, round {running.round_number} of "
                    f"{len(running.rounds)}. Answer along, or /quiz stop it first."
                ),
            )
            return
        chosen = await film_for(self.bot, interaction, film)
        if chosen is None:
            return
        pack = chosen.engine.pack
        with_spoilers = include or not self.bot.guild_settings.hides_spoilers(guild_id)
        try:
            planned = plan_game(pack, count, spoilers=with_spoilers, rng=self.rng)
        except QuizUnavailable as error:
            await respond(interaction, content=str(error), ephemeral=True)
            return
        game = QuizGame(
            pack=pack,
            film=chosen.key,
            rounds=planned,
            channel=channel,
            channel_id=channel.id,
            guild_id=guild_id,
            starter_id=interaction.user.id,
            record_point=lambda user_id: self._add_point(guild_id, chosen.key, user_id),
        )
        announcement = (
            f"{limits.echo(interaction.user.display_name, 80)} starts a quiz on {limits.echo(pack.film.title, 100)}: "
            f"{len(planned)} round"
            f"{'s' if len(planned) != 1 else ''}, {ROUND_SECONDS:.0f} seconds each, one answer per member per "
            f"round; the first right answer scores.{' Spoilers included.' if with_spoilers else ''}"
        )
        self.games[channel.id] = self.games_by_id[game.id] = game
        self.tasks[channel.id] = asyncio.create_task(self._run(game, interaction, announcement))

    @quiz.command(name="stop")
    async def stop(self, interaction: discord.Interaction) -> None:
        """Stop this channel's quiz (the member who started it, or anyone with Manage Messages)."""
        game = self.games.get(interaction.channel_id or 0)
        if game is None:
            await respond(interaction, content="No quiz is running in this channel.", ephemeral=True)
            return
        if interaction.user.id != game.starter_id and not interaction.permissions.manage_messages:
            await respond(
                interaction,
                ephemeral=True,
                content=("Only the member who started this quiz, or someone with Manage Messages, can stop it."),
            )
            return
        game.stop(by=interaction.user.display_name)
        task = self.tasks.get(game.channel_id)
        if task is None or task.done():  # never so (a game is registered with its task); if it were, don't keep it
            self._forget(game)
        await respond(interaction, content="Stopping the quiz: the answer and the scores follow.", ephemeral=True)

    @quiz.command(name="leaderboard")
    @app_commands.describe(film="The film whose scores to show (start typing to search); this server's film by default")
    async def leaderboard(
        self, interaction: discord.Interaction, film: app_commands.Range[str, 1, 100] | None = None
    ) -> None:
        """This server's top ten quiz players at a film, and your own rank."""
        guild_id = interaction.guild_id
        assert guild_id is not None  # guild_only
        chosen = await film_for(self.bot, interaction, film)
        if chosen is None:
            return
        if not await defer(interaction, ephemeral=False):  # the scores are read from the database
            return

        async def read() -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
            return (
                await self.store.top_scores(guild_id, LEADERBOARD_SIZE, film=chosen.key),
                await self.store.rank_of(guild_id, interaction.user.id, film=chosen.key),
            )

        try:
            top, mine = await within(read(), "read the leaderboard")  # one bound for both queries
        except StoreError as error:
            log.warning("quiz: leaderboard of guild %s not read: %s", guild_id, error)
            # Said where the leaderboard would have been: a public deferral's answer can't turn private.
            await finish(interaction, content=LEADERBOARD_DOWN)
            return
        pack = chosen.engine.pack
        lines = [f"{rank}. <@{user_id}>: {_points(points)}" for rank, user_id, points in _ranked(top)]
        embed = discord.Embed(
            title=f"{pack.film.title} quiz: leaderboard",
            colour=pack_colour(pack),
            description="\n".join(lines) or "No points yet: /quiz start begins a game.",
        )
        embed.add_field(
            name="You", inline=False, value=f"#{mine[0]} with {_points(mine[1])}" if mine else "No points yet."
        )
        await finish(interaction, embed=embed)

    @start.autocomplete("film")
    @leaderboard.autocomplete("film")
    async def film_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return film_choices(self.bot, current)

    # ------------------------------------------------------------------ games

    async def _run(self, game: QuizGame, interaction: discord.Interaction, announcement: str) -> None:
        """A game from its start to its end: each step of starting it may fail, and then it ends there."""
        tried = False  # to record the game: its row is then removed at the end (the write may have landed)
        try:
            # The start waits on the database: defer first (public, as the announcement will be).
            if not await defer(interaction, ephemeral=False):
                log.info("quiz %s not started: Discord did not take the reply", game.id)
                return
            tried = True
            game.keep_scores = await _stored(
                self.store.start_quiz_game(game.guild_id, game.channel_id, game.id, game.starter_id), "record the game"
            )
            if not game.keep_scores:
                announcement = f"{announcement} {NOT_KEPT}"
            if not await finish(interaction, content=announcement):
                log.info("quiz %s not started: the announcement could not be shown", game.id)
                await respond(interaction, content=NOT_STARTED, ephemeral=True)
                return
            await self._play(game)
        except asyncio.CancelledError:
            tried = False  # shutting down (or the server left): the row stays, and the next start tells the channel
            raise
        finally:
            self._forget(game)
            if tried:
                await self._record_end(game.channel_id, game.id)

    async def _record_end(self, channel_id: int, game_id: str) -> None:
        """Delete a game's row. If the database can't, the game is remembered as ended here, so the ready event of
        a re-identify deletes the row instead of announcing the game as interrupted by a restart."""
        if await _stored(self.store.end_quiz_game(channel_id), "record the game's end"):
            self._unrecorded_ends.discard(game_id)
        else:
            self._unrecorded_ends.add(game_id)

    async def _play(self, game: QuizGame) -> None:
        log.info("quiz %s started in channel %s: %d rounds", game.id, game.channel_id, len(game.rounds))
        try:
            await game.run()
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("quiz %s in channel %s failed", game.id, game.channel_id)
            await send(game.channel, content=QUIZ_ERROR)
        log.info(
            "quiz %s ended after %d rounds%s",
            game.id,
            game.rounds_played,
            " (stopped)" if game.stopped_by is not None else "",
        )

    def _forget(self, game: QuizGame) -> None:
        """Unregister a game and its task (only its own: a newer game in the channel stays)."""
        if self.games.get(game.channel_id) is game:
            del self.games[game.channel_id]
            self.tasks.pop(game.channel_id, None)
        self.games_by_id.pop(game.id, None)

    async def _add_point(self, guild_id: int, film: str, user_id: int) -> None:
        """Raises StoreError (StoreTimeout: unknown) if the database did not take it; the game says so."""
        await within(self.store.add_score(guild_id, user_id, 1, film=film), "add a point")

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """The bot left a server: its games end without a word (their rows go with the server's data)."""
        for game in [g for g in self.games.values() if g.guild_id == guild.id]:
            task = self.tasks.get(game.channel_id)
            self._forget(game)
            if task is not None:
                task.cancel()

    @commands.Cog.listener()
    async def on_ready(self) -> None:
        """Games the last run left unfinished end here with a message in their channel."""
        for row in await _quietly(within(self.store.running_quiz_games(), "read"), "read the running games") or []:
            channel_id = int(row["channel_id"])
            if row["game_id"] in self._unrecorded_ends:  # it ended normally here: nothing to announce
                await self._record_end(channel_id, row["game_id"])
                continue
            guild = self.bot.get_guild(int(row["guild_id"]))
            if guild is None or channel_id in self.games:
                continue  # another process's server, or still playing here (this is a reconnect)
            channel = guild.get_channel_or_thread(channel_id)
            if isinstance(channel, discord.abc.Messageable):
                await send(channel, content=INTERRUPTED)
            await _quietly(within(self.store.end_quiz_game(channel_id), "end"), "record the game's end")


async def _quietly(call: Awaitable[T], what: str) -> T | None:
    """A store call a game can live without: a failure is logged and the game goes on."""
    try:
        return await call
    except Exception:
        log.exception("quiz: could not %s", what)
        return None


async def _stored(call: Awaitable[object], what: str) -> bool:
    """A store call (bounded) whose failure the caller works around: True if it was done (a failure is logged)."""
    try:
        await within(call, what)
    except StoreError as error:
        log.warning("quiz: could not %s: %s", what, error)
        return False
    return True


def _ranked(top: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(rank, user, points) with ties sharing a rank: 1, 2, 2, 4."""
    ranked: list[tuple[int, int, int]] = []
    for index, (user_id, points) in enumerate(top):
        rank = ranked[-1][0] if ranked and ranked[-1][2] == points else index + 1
        ranked.append((rank, user_id, points))
    return ranked


def _points(points: int) -> str:
    return f"{points} point{'s' if points != 1 else ''}"


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(Quiz(bot))
