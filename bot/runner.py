"""Running the bot for real: logging, the token, clean shutdown on SIGTERM/SIGINT, and `sync`."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys

import discord

from .client import FilmBotBase, create_bot
from .config import TOKEN_HELP, Settings
from .core import PackError
from .reload import Reload

log = logging.getLogger("bot")


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
    async with bot:
        try:
            await bot.login(settings.token)
        except discord.LoginFailure:
            print("Discord rejected DISCORD_TOKEN. Reset the token under Bot in the developer portal and "
                  "update .env.", file=sys.stderr)
            return 2
        if sync_only:
            return 0
        runner = asyncio.create_task(bot.connect(reconnect=True))
        stopper = asyncio.create_task(stop.wait())
        done, _ = await asyncio.wait({runner, stopper}, return_when=asyncio.FIRST_COMPLETED)
        if stopper in done:
            log.info("shutting down")
        await bot.close()
        runner.cancel()
        stopper.cancel()
        error = runner.exception() if runner in done else None
        if error is not None:
            if isinstance(error, discord.PrivilegedIntentsRequired):
                print("ANSWER_CHANNEL_IDS needs the Message Content intent: enable it under Bot > Privileged "
                      "Gateway Intents in the developer portal, or leave ANSWER_CHANNEL_IDS empty.", file=sys.stderr)
                return 2
            raise error
    return 0


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


def run(settings: Settings, *, sync_only: bool = False, guild_id: int | None = None) -> int:
    """Start the bot (or just sync its commands); returns the process exit status."""
    if not settings.token:
        print(TOKEN_HELP, file=sys.stderr)
        return 2
    discord.utils.setup_logging(level=getattr(logging, settings.log_level), root=True)
    try:
        return asyncio.run(_serve(settings, sync_only=sync_only, guild_id=guild_id))
    except PackError as error:
        print(error, file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
