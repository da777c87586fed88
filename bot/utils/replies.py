"""Sending replies: no pings, Discord's limits applied, transient failures retried in time, never a crash."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import aiohttp
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
ALREADY_ACKNOWLEDGED = 40060  # Discord's code for a second response to one interaction
# A connection that failed under a request (a reset: errno 104, which discord.py does not retry; a refused or
# dropped connection). TimeoutError is an OSError too: it is caught first, as the deadline.
CONNECTION_ERRORS = (aiohttp.ClientError, OSError)


class Undelivered(Exception):
    """Every attempt failed, or the next one could not be made in time; the cause is logged."""


class Unconfirmed(Undelivered):
    """The connection failed under a request that Discord may have acted on, and repeating it could act twice
    (a POST of a message): it is not repeated, and the caller cannot know whether it landed."""


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


async def _attempts(
    send: Callable[[], Awaitable[T]], deadline: float, what: str, *, repeatable: bool = True
) -> T | None:
    """Call `send` until it works, retrying only transient failures, never past `deadline` (monotonic).

    `repeatable`: sending twice does no harm (an edit; an interaction response, which Discord takes only once).
    Otherwise a connection error is not retried (Unconfirmed), unless the connection could not even be opened.
    None: an interaction response cut off by the connection that Discord did take, as the retry's "already
    acknowledged" shows.

    The wait never multiplies with discord.py's own retries: each attempt, discord.py's sleeps included (it
    sleeps out a 429's Retry-After and backs off 1, 3, 5, 7 s on a 500/502/504), runs inside the one `deadline`.
    Worst case: a channel message or follow-up gives up SEND_BUDGET (15 s) after its first try, at most ATTEMPTS
    of our tries; a first interaction response within RESPONSE_WINDOW (3 s, less its age and SAFETY)."""
    cut_off = False  # a connection error came first: "already acknowledged" then means that attempt landed
    for attempt in range(1, ATTEMPTS + 1):
        try:
            # The timeout also cuts discord.py's own waits (its webhook client sleeps out any Retry-After).
            async with asyncio.timeout(max(deadline - time.monotonic(), 0.001)):
                return await send()
        except TimeoutError:
            log.warning("%s: no answer from Discord before the deadline (attempt %d)", what, attempt)
            raise Undelivered from None
        except discord.HTTPException as error:
            if cut_off and error.code == ALREADY_ACKNOWLEDGED:
                log.info("%s: the attempt cut off by the connection had reached Discord", what)
                return None
            if isinstance(error, (discord.Forbidden, discord.NotFound)) or not transient(error):
                raise
            failure: Exception = error
            wait = retry_after(error)
        except CONNECTION_ERRORS as error:
            # A connection that could not be opened sent nothing: only a later failure leaves the outcome unknown.
            if not repeatable and not isinstance(error, aiohttp.ClientConnectorError):
                log.warning("%s: connection lost (%s); not sent again, Discord may have it already", what, error)
                raise Unconfirmed from error
            cut_off, failure, wait = True, error, None
        wait = BACKOFF[min(attempt, len(BACKOFF)) - 1] if wait is None else wait
        if attempt == ATTEMPTS:
            log.warning("%s failed (attempt %d, giving up): %s", what, attempt, failure)
            raise Undelivered from failure
        if time.monotonic() + wait >= deadline:
            log.warning(
                "%s failed (attempt %d, giving up: a retry in %.1f s would be too late): %s",
                what,
                attempt,
                wait,
                failure,
            )
            raise Undelivered from failure
        log.warning("%s failed (attempt %d): %s; retrying in %.1f s", what, attempt, failure, wait)
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


def _window(interaction: discord.Interaction) -> float:
    """When a first response must have been sent by (monotonic). A host clock running fast must not stop the
    first try: Discord itself says 404 when it is too late."""
    return time.monotonic() + max(RESPONSE_WINDOW - _age(interaction) - SAFETY, FIRST_TRY)


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
            window = _window(interaction)
            if _age(interaction) < DEFER_AFTER:
                try:
                    if edit:
                        await _attempts(lambda: interaction.response.edit_message(**payload), window, what)
                    else:
                        await _attempts(
                            lambda: interaction.response.send_message(ephemeral=ephemeral, **payload), window, what
                        )
                    _release(view)
                    return True
                except discord.HTTPException as error:
                    if error.code != ALREADY_ACKNOWLEDGED:
                        raise
                    # An earlier response whose answer the connection lost did land: follow it up instead.
            else:
                log.info("interaction %s is %.1f s old: deferring first", interaction.id, _age(interaction))
                await _attempts(
                    lambda: interaction.response.defer(ephemeral=ephemeral, thinking=not edit), window, what
                )
        deadline = time.monotonic() + SEND_BUDGET
        if edit:
            await _attempts(lambda: interaction.edit_original_response(**payload), deadline, what)
        else:
            await _attempts(
                lambda: interaction.followup.send(ephemeral=ephemeral, **payload), deadline, what, repeatable=False
            )
        _release(view)
        return True
    except discord.NotFound:
        log.warning("interaction %s expired before the reply was sent", interaction.id)
    except Undelivered:
        pass
    except discord.HTTPException as error:
        log.warning("%s refused by Discord: %s", what, error)
    return False


async def defer(interaction: discord.Interaction, *, ephemeral: bool) -> bool:
    """Tell Discord the answer is coming (members see "thinking..."), within its 3 seconds: every interaction
    whose answer waits on the database does this first, then `finish`es within 15 minutes. True if Discord has it
    (also when a connection error hid that it had)."""
    return await _answered(
        lambda: interaction.response.defer(ephemeral=ephemeral, thinking=True),
        _window(interaction),
        f"deferral of interaction {interaction.id}",
        None,
    )


async def finish(
    interaction: discord.Interaction,
    *,
    content: str | None = None,
    embed: discord.Embed | None = None,
    view: discord.ui.View | None = None,
) -> bool:
    """The answer to a `defer`red interaction, in place of its "thinking..." (an edit: safe to retry); True if
    shown. Its ephemerality is the deferral's."""
    payload = _fitted(content, embed, view)
    return await _answered(
        lambda: interaction.edit_original_response(**payload),
        time.monotonic() + SEND_BUDGET,
        f"answer to deferred interaction {interaction.id}",
        view,
    )


async def _answered(
    call: Callable[[], Awaitable[object]],
    deadline: float,
    what: str,
    view: discord.ui.View | None,
    *,
    repeatable: bool = True,
) -> bool:
    """One interaction call made in time; True if done, False (logged) if not."""
    try:
        await _attempts(call, deadline, what, repeatable=repeatable)
        _release(view)
        return True
    except discord.NotFound:
        log.warning("%s: the interaction expired first", what)
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
        repeatable=False,
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
        repeatable=False,
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
    call: Callable[[dict[str, Any]], Awaitable[T]],
    payload: dict[str, Any],
    view: discord.ui.View | None,
    what: str,
    *,
    repeatable: bool = True,
) -> T | None:
    """One message sent or edited within SEND_BUDGET; what it returned, or None (logged) if it could not be (or
    a connection error left that unknown: a new message is then not sent again)."""
    try:
        done = await _attempts(lambda: call(payload), time.monotonic() + SEND_BUDGET, what, repeatable=repeatable)
        _release(view)
        return done
    except discord.Forbidden:
        log.info("%s: no permission", what)
    except Undelivered:
        pass
    except discord.HTTPException as error:
        log.warning("%s refused by Discord: %s", what, error)
    return None
