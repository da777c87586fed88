"""Running the bot for real: logging, the token, clean shutdown on SIGTERM/SIGINT, `sync`, one line per failure."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
from typing import TextIO

import aiohttp
import discord

from .client import ExtensionFailed, FilmBotBase, create_bot
from .config import Settings, token_help
from .core import PackError
from .exit_codes import ExitCode
from .log_tokens import install as mask_tokens_in_log
from .reload import Reload
from .storage import StoreError, StoreUnavailable

log = logging.getLogger("bot")
LOG_FORMAT = "[{asctime}] [{levelname:<8}] {name}: {message}"  # discord.py's own, without its colours

# SIGTERM to exit: systemd kills after 30 s and Docker after 10 s; the bot is done within 5 s whatever hangs.
CANCEL_WAIT = 0.5  # for work cut short by a signal (a login waiting on the database) to wind down
SHUTDOWN_WAIT = 3.5  # for the bot to close; the interpreter's own exit comes after

# Exceptions that mean Discord could not be reached at all (aiohttp's connection errors are OSErrors too).
UNREACHABLE = (OSError, aiohttp.ClientError, asyncio.TimeoutError, discord.DiscordServerError)


def _fail(code: ExitCode, line: str) -> ExitCode:
    print(line, file=sys.stderr)
    return code


def _gateway_failure(error: BaseException) -> ExitCode | None:
    """The exit status and line for an error that ended the gateway connection; None for an unexpected one."""
    if isinstance(error, discord.PrivilegedIntentsRequired):
        return _fail(
            ExitCode.INTENT_MISSING,
            "ANSWER_CHANNEL_IDS needs the Message Content intent (so does "
            "MESSAGE_CONTENT=1): enable it under Bot > Privileged Gateway Intents in the developer portal, "
            "or set MESSAGE_CONTENT=0.",
        )
    if isinstance(error, discord.ConnectionClosed):
        if error.code == 4004:
            return _fail(
                ExitCode.GATEWAY_CLOSED,
                "Discord's gateway rejected DISCORD_TOKEN (close code 4004). Reset "
                "the token under Bot in the developer portal and update .env.",
            )
        return _fail(
            ExitCode.GATEWAY_CLOSED,
            f"Discord's gateway closed the connection for good (close code "
            f"{error.code}); check SHARD_COUNT and SHARD_IDS.",
        )
    if isinstance(error, UNREACHABLE):
        return _fail(
            ExitCode.NO_NETWORK,
            f"Cannot reach Discord ({type(error).__name__}); check the network, DNS and firewall, then start again.",
        )
    return None


async def _serve(settings: Settings, *, sync_only: bool, guild_id: int | None) -> int:
    if sync_only and guild_id:
        from dataclasses import replace

        settings = replace(settings, dev_guild_id=guild_id)
    bot = create_bot(settings, force_sync=sync_only)
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    with contextlib.suppress(NotImplementedError, RuntimeError):  # no signal handlers on this platform
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        reload_on_hangup(loop, bot)
    try:
        return await _until_stopped(bot, settings, stop, sync_only=sync_only)
    finally:
        await shut_down(bot)


async def _until_stopped(bot: FilmBotBase, settings: Settings, stop: asyncio.Event, *, sync_only: bool) -> int:
    """Log in (which opens the database and syncs the commands), then run until the gateway ends or a signal
    comes; a signal during start-up counts as much as one later."""
    login = asyncio.create_task(bot.login(settings.token.reveal()))
    if not await _before(login, stop):
        log.info("shutting down while starting")
        return ExitCode.OK
    try:
        login.result()
    except discord.LoginFailure:
        return _fail(
            ExitCode.TOKEN_REJECTED,
            "Discord rejected DISCORD_TOKEN. Reset the token under Bot in the developer portal and update .env.",
        )
    except ExtensionFailed as error:
        return _fail(ExitCode.EXTENSION_FAILED, f"Stopped without syncing commands: {error} (traceback above).")
    except UNREACHABLE as error:
        return _gateway_failure(error) or ExitCode.NO_NETWORK
    if sync_only:
        return ExitCode.OK
    runner = asyncio.create_task(bot.connect(reconnect=True))
    if not await _before(runner, stop):
        log.info("shutting down")
        return ExitCode.OK
    ended = runner.exception()
    if ended is not None:
        code = _gateway_failure(ended)
        if code is None:
            raise ended
        return code
    return ExitCode.OK


async def _before(work: asyncio.Task[None], stop: asyncio.Event) -> bool:
    """Wait for `work` or `stop`; True if the work ended first, else the work is cancelled (not waited for long)."""
    stopper = asyncio.create_task(stop.wait())
    try:
        await asyncio.wait({work, stopper}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        stopper.cancel()
    if work.done():
        return True
    work.cancel()
    await asyncio.wait({work}, timeout=CANCEL_WAIT)
    if work.done() and not work.cancelled() and work.exception() is not None:
        log.info("stopped while starting: %s", type(work.exception()).__name__)  # no matter now: we are stopping
    return False


async def shut_down(bot: FilmBotBase) -> None:
    """Close the bot (its games, the gateway, the HTTP session, the database) within SHUTDOWN_WAIT: then the
    process ends whatever still hangs (a database that never answers keeps its sockets until exit)."""
    try:
        async with asyncio.timeout(SHUTDOWN_WAIT):
            await bot.close()
    except TimeoutError:
        log.warning("shutdown: not everything closed within %.1f s; exiting anyway", SHUTDOWN_WAIT)


def reload_on_hangup(loop: asyncio.AbstractEventLoop, bot: FilmBotBase) -> None:
    """SIGHUP reloads the pack: the usual "read your files again" signal (`systemctl reload`, `kill -HUP`)."""
    hangup = getattr(signal, "SIGHUP", None)
    if hangup is None:
        return
    pending: set[asyncio.Task[Reload]] = set()  # a task nobody references may be collected before it runs

    def reload() -> None:
        task = loop.create_task(bot.reloader.reload())
        pending.add(task)
        task.add_done_callback(pending.discard)

    loop.add_signal_handler(hangup, reload)


def setup_logging(level: str, *, stream: TextIO | None = None) -> None:
    """discord.py's log format, in colour only on a real terminal: discord.py also colours when it finds
    /.dockerenv, and `docker logs` or journald then show the raw escape codes."""
    handler = logging.StreamHandler(stream)
    colour = handler.stream.isatty() and not os.environ.get("NO_COLOR")
    plain = logging.Formatter(LOG_FORMAT, "%Y-%m-%d %H:%M:%S", style="{")
    options = {} if colour else {"formatter": plain}  # no formatter: discord.py picks its coloured one
    discord.utils.setup_logging(handler=handler, level=getattr(logging, level), root=True, **options)


def run(settings: Settings, *, sync_only: bool = False, guild_id: int | None = None) -> int:
    """Start the bot (or just sync its commands); returns the process exit status (see ExitCode)."""
    if not settings.token:
        return _fail(ExitCode.BAD_SETTINGS, token_help())
    setup_logging(settings.log_level)
    mask_tokens_in_log()
    # The bot has no voice features: discord.py's start-up warnings about missing voice libraries are noise.
    discord.VoiceClient.warn_nacl = discord.VoiceClient.warn_dave = False
    try:
        return asyncio.run(_serve(settings, sync_only=sync_only, guild_id=guild_id))
    except PackError as error:
        return _fail(ExitCode.INVALID_PACK, str(error))
    except StoreUnavailable as error:  # the database may be back soon: NO_NETWORK is restarted by the systemd unit
        return _fail(ExitCode.NO_NETWORK, str(error))
    except StoreError as error:
        return _fail(ExitCode.BAD_SETTINGS, str(error))
    except KeyboardInterrupt:
        return ExitCode.OK
