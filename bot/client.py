"""The Discord bot: configuration, extensions, the command tree and its error handler."""

from __future__ import annotations

import asyncio
import logging
import time
import traceback
from typing import Any

import discord
from discord import app_commands
from discord.ext import commands

from .config import Settings
from .core import Conversations, Engine
from .core.conversation import MAX_CONVERSATIONS
from .core.library import FilmAnswer, FilmConversation, Library
from .reload import LibraryReloader
from .storage import GuildSettings, Store, StoreError, open_store
from .storage.service import SettingsService
from .sync import sync_commands
from .utils import options
from .utils.cooldown import FreeTextLimiter
from .utils.films import ConversationFilms
from .utils.replies import GENERIC_ERROR, NO_PINGS, respond
from .utils.views import OpenEntryButton, SceneNavButton

log = logging.getLogger(__name__)

STORE_CLOSE_WAIT = 1.0  # seconds for the database to close at shutdown (a healthy one takes milliseconds)

EXTENSIONS = (
    "bot.cogs.scenes",
    "bot.cogs.soundtrack",
    "bot.cogs.film",
    "bot.cogs.films",
    "bot.cogs.ask",
    "bot.cogs.help",
    "bot.cogs.admin",
    "bot.cogs.heartbeat",
    "bot.cogs.settings",
    "bot.cogs.quiz",
)


class ExtensionFailed(RuntimeError):
    """An extension did not load: the bot stops rather than sync a tree missing its commands."""

    def __init__(self, extensions: list[str]) -> None:
        self.extensions = extensions
        super().__init__(f"could not load {', '.join(extensions)}")


class FilmTree(app_commands.CommandTree):
    """Every unhandled command error: a traceback in the log, an ephemeral apology to the user."""

    async def interaction_check(self, interaction: discord.Interaction, /) -> bool:
        """A forged option value discord.py could not parse is refused here, before it tries."""
        data: dict[str, Any] = dict(interaction.data or {})
        if interaction.type is discord.InteractionType.application_command and options.unreadable(
            data.get("options", [])
        ):
            log.info("interaction %s refused: an option value that is not of its type", interaction.id)
            await respond(interaction, content=options.UNREADABLE, ephemeral=True)
            return False
        return True

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        command = interaction.command.qualified_name if interaction.command else "?"
        if isinstance(error, app_commands.CheckFailure):
            await respond(interaction, content=str(error) or "You can't use that here.", ephemeral=True)
            return
        original = getattr(error, "original", error)
        log.error(
            "command /%s failed:\n%s",
            command,
            "".join(traceback.format_exception(type(original), original, original.__traceback__)),
        )
        await respond(interaction, content=GENERIC_ERROR, ephemeral=True)


class FilmBotBase(commands.Bot):
    """Shared behaviour of the plain and the sharded bot."""

    def __init__(self, settings: Settings, library: Library, *, force_sync: bool = False, **options: Any) -> None:
        intents = discord.Intents.default()
        # Mentions and DMs carry their content without the privileged intent; answering every message
        # in configured channels needs it (enable "Message Content Intent" in the developer portal).
        intents.message_content = settings.message_content_intent
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=intents,
            allowed_mentions=NO_PINGS,
            tree_cls=FilmTree,
            help_command=None,
            **options,
        )
        self.settings = settings
        self.library = library
        self.reloader = LibraryReloader(library)  # /reload and SIGHUP; reads the films left pending at start
        self.loading: asyncio.Task[int] | None = None  # the rest of the library, read in the background
        self.limiter = FreeTextLimiter(settings.cooldown_rate, settings.cooldown_seconds)
        # One per (channel, member); the least recently active beyond MAX_CONVERSATIONS is forgotten first, so the
        # store stays within a few MB whatever the number of members (benchmarks/run.py measures it).
        self.conversations = Conversations(capacity=MAX_CONVERSATIONS, idle=settings.conversation_idle_seconds)
        self.conversation_films = ConversationFilms(MAX_CONVERSATIONS)  # the film each of them is on
        self.force_sync = force_sync
        self.failed_extensions: list[str] = []
        self.guild_settings: SettingsService  # opened in setup_hook: it needs the event loop

    @property
    def engine(self) -> Engine:
        """The default film's engine (built at start, never evicted): what every answer uses until servers pick
        their film. Read it once per request: a reload swaps it."""
        return self.library.engine()

    def __repr__(self) -> str:
        return f"<{type(self).__name__} pack={self.engine.pack.source!r}>"

    async def setup_hook(self) -> None:
        store = await open_store(self.settings.database_target)
        self.guild_settings = SettingsService(store, GuildSettings.defaults(self.settings))
        started = time.perf_counter()
        changed = await self.guild_settings.load()
        log.info(
            "storage %s: settings of %d servers loaded in %.1f ms",
            store.display_url,
            changed,
            (time.perf_counter() - started) * 1000,
        )
        await self._adopt_old_scores(store)
        self.add_dynamic_items(SceneNavButton, OpenEntryButton)
        for extension in EXTENSIONS:
            try:
                await self.load_extension(extension)
            except Exception:
                self.failed_extensions.append(extension)
                log.exception("failed to load extension %s", extension)
        if self.failed_extensions:
            # Syncing the shorter tree would delete the missing commands in every server, and record it as current.
            raise ExtensionFailed(self.failed_extensions)
        if self.library.pending:  # the default film answers now; the others are read off the event loop
            self.loading = asyncio.create_task(self.reloader.load_rest())
        await sync_commands(
            self.tree,
            self.settings.command_state_path,
            application_id=self.application_id,
            guild_id=self.settings.dev_guild_id,
            force=self.force_sync,
        )

    async def _adopt_old_scores(self, store: Store) -> None:
        """Quiz scores kept before films had keys become the default film's (a no-op once done)."""
        try:
            moved = await store.adopt_unassigned_scores(self.library.default.key)
        except StoreError as error:  # tried again at the next start; those scores show on no leaderboard meanwhile
            log.warning("quiz scores from before films were not given to the default film: %s", error)
            return
        if moved:
            log.info(
                "quiz scores: %d from before films are now the default film's (%s)", moved, self.library.default.key
            )

    async def close(self) -> None:
        """The cogs unload first (the quiz cancels its games), then the gateway and HTTP session close, then the
        database, within STORE_CLOSE_WAIT: a hung one is left to the process's exit rather than waited on."""
        if self.loading is not None:
            self.loading.cancel()
        await super().close()
        if hasattr(self, "guild_settings"):
            try:
                async with asyncio.timeout(STORE_CLOSE_WAIT):
                    await self.guild_settings.store.close()
            except TimeoutError:
                log.warning("the database did not close within %.0f s: its connections are dropped", STORE_CLOSE_WAIT)

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands here: free text is handled by the Ask cog."""

    async def on_ready(self) -> None:
        log.info("ready as %s in %d guilds", self.user, len(self.guilds))

    def ask(self, question: str, *, source: str, conversation: FilmConversation, film: str | None = None) -> FilmAnswer:
        """The library's answer, read against the member's conversation (which starts on the server's film): from
        `film` when the member chose one, else from the film the question names, moving the conversation to it.
        Logged without the user's text (that goes to DEBUG only)."""
        started = time.perf_counter()
        found = self.library.answer(question, conversation, film, route=film is None)
        answer = found.answer
        elapsed = (time.perf_counter() - started) * 1000
        log.info(
            "answer via %s: kind=%s title=%r score=%.2f film=%s in %.2f ms",
            source,
            answer.kind,
            answer.title,
            answer.score,
            found.film.key,
            elapsed,
        )
        log.debug("question was %r", question[:200])
        return found


class FilmBot(FilmBotBase):
    """The bot for one process holding every shard Discord gives it (small and medium deployments)."""


class ShardedFilmBot(FilmBotBase, commands.AutoShardedBot):
    """The bot when SHARD_COUNT is set: this process runs the shards listed in SHARD_IDS (default: all)."""


def create_bot(
    settings: Settings | None = None, *, engine: Engine | None = None, force_sync: bool = False
) -> FilmBotBase:
    """The fully configured bot, not connected. The default film is loaded (and validated) here, the rest of the
    library in the background once running; the cogs and their slash commands are registered in setup_hook, which
    runs on login (and under simcord). `engine`: a film already built, reloaded from PACK_PATH (tests)."""
    settings = settings or Settings.from_env()
    default = settings.default_film
    library = (
        Library.holding(engine, settings.pack_path, default=default)
        if engine is not None
        else Library.open(settings.pack_path, default=default, everything=False)
    )
    library.engine()  # the default film answers from the first message
    if settings.shard_count:
        return ShardedFilmBot(
            settings,
            library,
            force_sync=force_sync,
            shard_count=settings.shard_count,
            shard_ids=list(settings.shard_ids) if settings.shard_ids else None,
        )
    return FilmBot(settings, library, force_sync=force_sync)
