"""Sending replies: no pings, Discord's limits applied, transient failures retried in time, never a crash."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import discord

from . import limits

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
GENERIC_ERROR = "Something went wrong on my side; please try again in a moment."

T = TypeVar("T")

ATTEMPTS = 3
BACKOFF = (0.5, 1.5)  # seconds before the 2nd and 3rd attempt when Discord gives no Retry-After
RESPONSE_WINDOW = 3.0  # Discord drops an interaction that gets no first response within 3 seconds
SAFETY = 0.25  # network time left for the request itself inside that window
FIRST_TRY = 1.0  # the least time a first response gets, whatever the clocks say
DEFER_AFTER = 2.0  # a first response this late defers first, then follows up (15 minutes instead of 3 s)
SEND_BUDGET = 15.0  # most seconds spent on one message or follow-up, retries and waits included


class Undelivered(Exception):
    """Every attempt failed, or the next one could not be made in time; the cause is logged."""


def transient(error: discord.HTTPException) -> bool:
    """What Discord says may work if tried again: rate limits and server errors."""
    return error.status == 429 or error.status >= 500


def retry_after(error: discord.HTTPException) -> float | None:
    """Discord's Retry-After (seconds) for this failure, if it gave one."""
    if isinstance(error, discord.RateLimited):
        return error.retry_after
    headers = getattr(error.response, "headers", None) or {}
    for name in ("Retry-After", "X-RateLimit-Reset-After"):
        try:
            value = float(headers.get(name, ""))
        except (TypeError, ValueError):
            continue
        if value >= 0:
            return value
    return None


async def _attempts(send: Callable[[], Awaitable[T]], deadline: float, what: str) -> T:
    """Call `send` until it works, retrying only transient failures, never past `deadline` (monotonic)."""
    for attempt in range(1, ATTEMPTS + 1):
        try:
            # The timeout also cuts discord.py's own waits (its webhook client sleeps out any Retry-After).
            async with asyncio.timeout(max(deadline - time.monotonic(), 0.001)):
                return await send()
        except TimeoutError:
            log.warning("%s: no answer from Discord before the deadline (attempt %d)", what, attempt)
            raise Undelivered from None
        except discord.HTTPException as error:
            if isinstance(error, (discord.Forbidden, discord.NotFound)) or not transient(error):
                raise
            wait = retry_after(error)
            wait = BACKOFF[min(attempt, len(BACKOFF)) - 1] if wait is None else wait
            if attempt == ATTEMPTS:
                log.warning("%s failed (attempt %d, giving up): %s", what, attempt, error)
                raise Undelivered from error
            if time.monotonic() + wait >= deadline:
                log.warning(
                    "%s failed (attempt %d, giving up: a retry in %.1f s would be too late): %s",
                    what,
                    attempt,
                    wait,
                    error,
                )
                raise Undelivered from error
            log.warning("%s failed (attempt %d): %s; retrying in %.1f s", what, attempt, error, wait)
            await asyncio.sleep(wait)
    raise AssertionError("unreachable")


def _fitted(content: str | None, embed: discord.Embed | None, view: discord.ui.View | None) -> dict[str, Any]:
    """The keyword arguments of any send: within Discord's limits, pinging nobody."""
    payload: dict[str, Any] = {"allowed_mentions": NO_PINGS}
    if content is not None:
        payload["content"] = limits.content(content)
    if embed is not None:
        payload["embed"] = limits.fit_embed(embed)
    if view is not None:
        payload["view"] = view
    return payload


def _release(view: discord.ui.View | None) -> None:
    """Stop tracking a sent view whose buttons are all DynamicItems (their state is in the custom id, so they are
    dispatched without it): otherwise discord.py keeps each one, and an ephemeral one with a 15-minute timer."""
    if view is not None and all(isinstance(item, discord.ui.DynamicItem) for item in view.children):
        view.stop()


def _age(interaction: discord.Interaction) -> float:
    return max((discord.utils.utcnow() - interaction.created_at).total_seconds(), 0.0)


async def respond(
    interaction: discord.Interaction,
    *,
    content: str | None = None,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
    ephemeral: bool = False,
    edit: bool = False,
) -> bool:
    """Answer an interaction (or follow up if it was answered), retrying in time if Discord fails. True if sent.

    The first response must land within Discord's 3 seconds; when little of that is left, defer first and
    send the reply as a follow-up (or an edit of the original message), which may take longer."""
    payload = _fitted(content, embed, view)
    what = f"reply to interaction {interaction.id}"
    try:
        if not interaction.response.is_done():
            # A host clock running fast must not stop the first try: Discord itself says 404 when it is too late.
            window = time.monotonic() + max(RESPONSE_WINDOW - _age(interaction) - SAFETY, FIRST_TRY)
            if _age(interaction) < DEFER_AFTER:
                if edit:
                    await _attempts(lambda: interaction.response.edit_message(**payload), window, what)
                else:
                    await _attempts(
                        lambda: interaction.response.send_message(ephemeral=ephemeral, **payload), window, what
                    )
                _release(view)
                return True
            log.info("interaction %s is %.1f s old: deferring first", interaction.id, _age(interaction))
            await _attempts(lambda: interaction.response.defer(ephemeral=ephemeral, thinking=not edit), window, what)
        deadline = time.monotonic() + SEND_BUDGET
        if edit:
            await _attempts(lambda: interaction.edit_original_response(**payload), deadline, what)
        else:
            await _attempts(lambda: interaction.followup.send(ephemeral=ephemeral, **payload), deadline, what)
        _release(view)
        return True
    except discord.NotFound:
        log.warning("interaction %s expired before the reply was sent", interaction.id)
    except Undelivered:
        pass
    except discord.HTTPException as error:
        log.warning("%s refused by Discord: %s", what, error)
    return False


async def reply(
    message: discord.Message,
    *,
    content: str | None = None,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
) -> discord.Message | None:
    """Reply to a message without pinging its author or anyone else, retrying in time; None if not sent."""
    return await _post(
        lambda payload: message.reply(mention_author=False, **payload),
        _fitted(content, embed, view),
        view,
        f"reply in channel {message.channel.id}",
    )


async def send(
    channel: discord.abc.Messageable,
    *,
    content: str | None = None,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
) -> discord.Message | None:
    """Post in a channel (not a reply) without pinging anyone, retrying in time; None if not sent."""
    return await _post(
        lambda payload: channel.send(**payload),
        _fitted(content, embed, view),
        view,
        f"post in channel {getattr(channel, 'id', '?')}",
    )


async def edit(
    message: discord.Message, *, embed: discord.Embed | None = None, view: discord.ui.View | None = None
) -> bool:
    """Change a message the bot sent, retrying in time; False (logged) if it could not."""
    return (
        await _post(
            lambda payload: message.edit(**payload), _fitted(None, embed, view), view, f"edit of message {message.id}"
        )
        is not None
    )


async def _post(
    call: Callable[[dict[str, Any]], Awaitable[T]], payload: dict[str, Any], view: discord.ui.View | None, what: str
) -> T | None:
    """One message sent or edited within SEND_BUDGET; what it returned, or None (logged) if it could not be."""
    try:
        done = await _attempts(lambda: call(payload), time.monotonic() + SEND_BUDGET, what)
        _release(view)
        return done
    except discord.Forbidden:
        log.info("%s: no permission", what)
    except Undelivered:
        pass
    except discord.HTTPException as error:
        log.warning("%s refused by Discord: %s", what, error)
    return None
