"""/settings: a server's admins choose spoilers, answer channels, free text and its cooldown."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, Literal

import discord
from discord import app_commands
from discord.ext import commands

from ..client import FilmBotBase
from ..storage.base import StoreError, StoreTimeout
from ..storage.guild_settings import COOLDOWN_RATE_RANGE, COOLDOWN_SECONDS_RANGE, MAX_ANSWER_CHANNELS, cooldown_problem
from ..utils import limits, options
from ..utils.films import chosen_film, film_choices, server_film, unknown_film
from ..utils.replies import defer, finish, respond
from ..utils.store_calls import STORE_WAIT, within

log = logging.getLogger(__name__)

NOT_CHANGED = "Not changed: the settings database isn't answering. Try again in a minute."
UNKNOWN = (
    "The settings database didn't answer in time, so I can't tell whether that was saved: "
    "/settings show has what it holds now."
)
SCORES_NOT_RESET = "The leaderboard was not reset: the scores database isn't answering. Try again in a minute."
SCORES_UNKNOWN = (
    "The scores database didn't answer in time, so I can't tell whether the leaderboard was reset: "
    "/quiz leaderboard shows it."
)
READ_BACK_AFTER = (0.0, STORE_WAIT, 30.0, 120.0)  # seconds between tries to read back a change of unknown outcome
NOT_A_TEXT_CHANNEL = "Not changed: channel must be one of this server's text channels."
NO_MESSAGE_CONTENT = (
    "Not changed: I run without the Message Content intent, so I can't read messages that don't mention me "
    "and an answer channel would stay silent. Members can still mention me or use /ask. The bot's host can "
    "turn the intent on (MESSAGE_CONTENT=1, and Message Content Intent in the developer portal)."
)


def _on_off(value: bool) -> str:
    return "on" if value else "off"


def _cooldown(rate: int, seconds: float) -> str:
    return f"{rate} answer{'s' if rate != 1 else ''} per {seconds:g} s per member"


def _channels(guild: discord.Guild, channel_ids: frozenset[int]) -> str:
    # The host's ANSWER_CHANNEL_IDS may name other servers' channels: show only this server's.
    here = [f"<#{channel_id}>" for channel_id in sorted(channel_ids) if guild.get_channel(channel_id)]
    return ", ".join(here) or "none"


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class ServerSettings(commands.GroupCog, group_name="settings", group_description="Change how the bot behaves here"):
    """Every command needs Manage Server, checked again at run time: an admin may have opened the commands
    to other members in the server's integration settings."""

    channel = app_commands.Group(name="channel", description="Channels where every message is answered")

    def __init__(self, bot: FilmBotBase) -> None:
        self.bot = bot
        self._reading: set[asyncio.Task[None]] = set()  # read-backs under way (a task must be referenced to live)
        # One change or read-back at a time per server here: a read-back must not land after a newer change.
        self._turns: dict[int, asyncio.Lock] = {}
        super().__init__()

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if not interaction.permissions.manage_guild:
            raise app_commands.MissingPermissions(["manage_guild"])
        return True

    async def _change(self, interaction: discord.Interaction, confirmation: str, **changes: Any) -> None:
        """Store the change, then confirm it; the log says who changed what where."""
        assert interaction.guild_id is not None  # guild_only
        guild_id = interaction.guild_id
        described = " ".join(f"{name}={_logged(value)}" for name, value in changes.items())
        await self._store(
            interaction, lambda: self.bot.guild_settings.change(guild_id, **changes), described, confirmation
        )

    async def _store(
        self,
        interaction: discord.Interaction,
        call: Callable[[], Awaitable[object]],
        described: str,
        confirmation: str,
    ) -> None:
        """A settings change: deferred (the database may take its time), then confirmed, or said to have failed.

        The cache changes only once the database has: a refused change leaves both as they were; one whose
        outcome is unknown (a timeout) is read back from the database, so the cache ends as the database has it."""
        assert interaction.guild_id is not None
        guild_id = interaction.guild_id
        if not await defer(interaction, ephemeral=True):
            return
        try:
            await within(self._in_turn(guild_id, call), "change settings")
        except StoreError as error:
            log.warning("settings: guild=%d %s by user=%d failed: %s", guild_id, described, interaction.user.id, error)
            if isinstance(error, StoreTimeout):
                self._read_back(guild_id)
            await finish(interaction, content=UNKNOWN if isinstance(error, StoreTimeout) else NOT_CHANGED)
            return
        log.info("settings: guild=%d %s by user=%d", guild_id, described, interaction.user.id)
        await finish(interaction, content=confirmation)

    async def _in_turn(self, guild_id: int, call: Callable[[], Awaitable[object]]) -> None:
        async with self._turns.setdefault(guild_id, asyncio.Lock()):
            await call()

    def _read_back(self, guild_id: int) -> None:
        """Read a server's settings back in the background, trying again while the database does not answer."""
        task = asyncio.create_task(self._read_back_until_read(guild_id))
        self._reading.add(task)
        task.add_done_callback(self._reading.discard)

    async def _read_back_until_read(self, guild_id: int) -> None:
        for pause in READ_BACK_AFTER:
            await asyncio.sleep(pause)
            try:
                await within(
                    self._in_turn(guild_id, lambda: self.bot.guild_settings.refresh(guild_id)), "read settings back"
                )
            except StoreError as error:
                log.warning("settings: guild=%d not read back yet: %s", guild_id, error)
                continue
            log.info("settings: guild=%d read back after a change of unknown outcome", guild_id)
            return

    @app_commands.command(name="show")
    async def show(self, interaction: discord.Interaction) -> None:
        """Show this server's settings and their defaults."""
        assert interaction.guild is not None
        current = self.bot.guild_settings.get(interaction.guild.id)
        default = self.bot.guild_settings.defaults
        library = self.bot.library
        film = server_film(self.bot, interaction.guild.id)
        lines = [
            "**Settings for this server** (the default in brackets)",
            f"Film: {limits.echo(film.title, 100)} ({limits.echo(library.default.title, 100)})",
            f"Spoilers: {'hidden' if current.hide_spoilers else 'shown'} "
            f"({'hidden' if default.hide_spoilers else 'shown'})",
            f"Answer channels: {_channels(interaction.guild, current.answer_channel_ids)} "
            f"({_channels(interaction.guild, default.answer_channel_ids)})",
            f"Free text (mentions and answer channels): {_on_off(current.free_text)} ({_on_off(default.free_text)})",
            f"Cooldown: {_cooldown(current.cooldown_rate, current.cooldown_seconds)} "
            f"({_cooldown(default.cooldown_rate, default.cooldown_seconds)})",
        ]
        if current.film and current.film not in library.films:  # the pack left the library since it was chosen
            lines.append(
                f"The film chosen here (`{limits.echo(current.film, 60)}`) is no longer in my library: "
                "I use the default film until you pick another with /settings film."
            )
        if not self.bot.intents.message_content:
            lines.append("Answer channels stay silent: I run without the Message Content intent.")
        await respond(interaction, content="\n".join(lines), ephemeral=True)

    @app_commands.command(name="film")
    @app_commands.describe(film="The film (start typing to search the library)")
    async def film(self, interaction: discord.Interaction, film: app_commands.Range[str, 1, 100]) -> None:
        """Choose the film this server talks about (members can still ask about others with film:)."""
        found = self.bot.library.find(film) if isinstance(film, str) else None
        if found is None:
            content = f"Not changed. {unknown_film(self.bot.library, str(film))}"
            await respond(interaction, content=content, ephemeral=True)
            return
        await self._change(
            interaction,
            f"This server's film is now {limits.echo(found.title, 100)}: commands, questions and new quizzes use it.",
            film=found.key,
        )

    @app_commands.command(name="spoilers")
    @app_commands.describe(mode="hide: late-act scenes behind spoiler bars; show: in plain view")
    async def spoilers(self, interaction: discord.Interaction, mode: Literal["hide", "show"]) -> None:
        """Hide or show the scenes that give the ending away."""
        if options.one_of(mode, ("hide", "show")) is None:
            await respond(interaction, content="Not changed: mode must be hide or show.", ephemeral=True)
            return
        hide = mode == "hide"
        await self._change(
            interaction, f"Spoilers are now {'hidden behind spoiler bars' if hide else 'shown'}.", hide_spoilers=hide
        )

    @app_commands.command(name="free-text")
    @app_commands.describe(state="off: I answer only slash commands here, not mentions or answer channels")
    async def free_text(self, interaction: discord.Interaction, state: Literal["on", "off"]) -> None:
        """Turn answers to mentions and answer-channel messages on or off."""
        if options.one_of(state, ("on", "off")) is None:
            await respond(interaction, content="Not changed: state must be on or off.", ephemeral=True)
            return
        on = state == "on"
        await self._change(
            interaction,
            "Free text is now on: I answer mentions and answer channels."
            if on
            else "Free text is now off: I answer slash commands only here.",
            free_text=on,
        )

    @app_commands.command(name="cooldown")
    @app_commands.describe(answers="How many free-text answers each member gets...", seconds="...per this many seconds")
    async def cooldown(
        self,
        interaction: discord.Interaction,
        answers: app_commands.Range[int, COOLDOWN_RATE_RANGE[0], COOLDOWN_RATE_RANGE[1]],
        seconds: app_commands.Range[int, COOLDOWN_SECONDS_RANGE[0], COOLDOWN_SECONDS_RANGE[1]],
    ) -> None:
        """Set how often each member gets a free-text answer."""
        for name, value, (low, high) in (
            ("answers", answers, COOLDOWN_RATE_RANGE),
            ("seconds", seconds, COOLDOWN_SECONDS_RANGE),
        ):
            if options.whole_number(value, low, high) is None:
                await respond(
                    interaction,
                    content=f"Not changed: {name} must be a whole number from {low} to {high}.",
                    ephemeral=True,
                )
                return
        problem = cooldown_problem(answers, seconds)
        if problem:
            await respond(interaction, content=f"Not changed: {problem}", ephemeral=True)
            return
        await self._change(
            interaction,
            f"Cooldown is now {_cooldown(answers, seconds)}.",
            cooldown_rate=answers,
            cooldown_seconds=float(seconds),
        )

    @app_commands.command(name="reset")
    async def reset(self, interaction: discord.Interaction) -> None:
        """Put every setting back to its default."""
        assert interaction.guild_id is not None
        guild_id = interaction.guild_id
        await self._store(
            interaction,
            lambda: self.bot.guild_settings.reset(guild_id),
            "reset to defaults",
            "Every setting is back to its default (see /settings show).",
        )

    @app_commands.command(name="quiz-reset-scores")
    @app_commands.describe(film="Only this film's leaderboard (start typing to search); every film's without it")
    async def quiz_reset_scores(
        self, interaction: discord.Interaction, film: app_commands.Range[str, 1, 100] | None = None
    ) -> None:
        """Wipe this server's quiz leaderboard: one film's, or every film's."""
        assert interaction.guild_id is not None
        chosen = await chosen_film(self.bot, interaction, film) if film else None
        if film and chosen is None:
            return
        key = chosen.key if chosen is not None else None
        if not await defer(interaction, ephemeral=True):
            return
        try:
            reset = self.bot.guild_settings.store.reset_scores(interaction.guild_id, film=key)
            cleared = await within(reset, "reset scores")
        except StoreError as error:
            log.warning("settings: guild=%d quiz scores not reset: %s", interaction.guild_id, error)
            await finish(interaction, content=SCORES_UNKNOWN if isinstance(error, StoreTimeout) else SCORES_NOT_RESET)
            return
        log.info(
            "settings: guild=%d quiz scores (film %s) of %d members reset by user=%d",
            interaction.guild_id,
            key or "all",
            cleared,
            interaction.user.id,
        )
        which = (
            f"The quiz leaderboard of {limits.echo(chosen.title, 100)} is"
            if chosen
            else "Every film's quiz leaderboard is"
            if len(self.bot.library) > 1
            else "The quiz leaderboard is"
        )
        await finish(
            interaction,
            content=f"{which} empty again ({cleared} member{'s' if cleared != 1 else ''} had points).",
        )

    @film.autocomplete("film")
    @quiz_reset_scores.autocomplete("film")
    async def film_names(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
        return film_choices(self.bot, current)

    @channel.command(name="add")
    @app_commands.describe(channel="A text channel where I answer every message, no mention needed")
    async def channel_add(
        self, interaction: discord.Interaction, channel: app_commands.Transform[object, options.AnyChannel]
    ) -> None:
        """Answer every message in a channel."""
        assert interaction.guild is not None
        channel = options.text_channel(channel)
        if channel is None:
            await respond(interaction, content=NOT_A_TEXT_CHANNEL, ephemeral=True)
            return
        if not self.bot.intents.message_content:
            await respond(interaction, content=NO_MESSAGE_CONTENT, ephemeral=True)
            return
        current = self._here(interaction.guild)
        if channel.id in current:
            await respond(interaction, content=f"I already answer every message in {channel.mention}.", ephemeral=True)
            return
        if len(current) >= MAX_ANSWER_CHANNELS:
            await respond(
                interaction,
                content=f"Not changed: a server can have at most {MAX_ANSWER_CHANNELS} "
                "answer channels; remove one first.",
                ephemeral=True,
            )
            return
        mine = channel.permissions_for(interaction.guild.me)
        if not (mine.view_channel and mine.send_messages):
            await respond(
                interaction,
                content=f"Not changed: I can't read and send messages in {channel.mention}."
                " Give me View Channel and Send Messages there first.",
                ephemeral=True,
            )
            return
        await self._change(
            interaction, f"I now answer every message in {channel.mention}.", answer_channel_ids=current | {channel.id}
        )

    @channel.command(name="remove")
    @app_commands.describe(channel="A channel where I should answer only mentions again")
    async def channel_remove(
        self, interaction: discord.Interaction, channel: app_commands.Transform[object, options.AnyChannel]
    ) -> None:
        """Stop answering every message in a channel."""
        assert interaction.guild is not None
        channel = options.text_channel(channel)
        if channel is None:
            await respond(interaction, content=NOT_A_TEXT_CHANNEL, ephemeral=True)
            return
        current = self._here(interaction.guild)
        if channel.id not in current:
            await respond(
                interaction,
                content=f"Not changed: {channel.mention} is not an answer channel "
                f"(answer channels: {_channels(interaction.guild, current)}).",
                ephemeral=True,
            )
            return
        await self._change(
            interaction,
            f"I no longer answer every message in {channel.mention}.",
            answer_channel_ids=current - {channel.id},
        )

    def _here(self, guild: discord.Guild) -> frozenset[int]:
        """This server's answer channels (a server's own list starts from the default's channels in it)."""
        ids = self.bot.guild_settings.get(guild.id).answer_channel_ids
        return frozenset(channel_id for channel_id in ids if guild.get_channel(channel_id))

    @commands.Cog.listener()
    async def on_guild_remove(self, guild: discord.Guild) -> None:
        """The bot was removed (or the server deleted): nothing of it stays."""
        try:
            deleted = await within(self.bot.guild_settings.forget(guild.id), "delete a server's rows")
        except StoreError as error:  # they stay until `data delete --guild` or the next removal
            log.warning("left guild=%d: its stored rows were not deleted: %s", guild.id, error)
            return
        log.info("left guild=%d: deleted its %d stored rows", guild.id, deleted)

    @commands.Cog.listener()
    async def on_guild_channel_delete(self, channel: discord.abc.GuildChannel) -> None:
        """A deleted answer channel leaves the server's list: its id is kept no longer than it is of use."""
        listed = self.bot.guild_settings.overrides(channel.guild.id).answer_channel_ids
        if listed and channel.id in listed:
            guild_id, remaining = channel.guild.id, listed - {channel.id}
            try:
                await within(
                    self._in_turn(
                        guild_id, lambda: self.bot.guild_settings.change(guild_id, answer_channel_ids=remaining)
                    ),
                    "remove a deleted answer channel",
                )
            except StoreError as error:  # a deleted channel's id in the list does no harm: nothing arrives from it
                log.warning("settings: guild=%d deleted answer channel %d not removed: %s", guild_id, channel.id, error)
                return
            log.info(
                "settings: guild=%d answer channel %d deleted, removed from the list", channel.guild.id, channel.id
            )


def _logged(value: Any) -> str:
    return ",".join(map(str, sorted(value))) if isinstance(value, frozenset) else str(value)


async def setup(bot: FilmBotBase) -> None:
    await bot.add_cog(ServerSettings(bot))
