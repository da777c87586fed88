"""Interaction tokens masked in every log line: at DEBUG discord.py logs the webhook URLs that carry them
(`/interactions/<id>/<token>/callback`, `/webhooks/<app>/<token>`) and the gateway events holding `token`.

A token answers its interaction for 15 minutes, as the bot: a log shared for a bug report must not hand that out.
The filter sits on the handlers, so it covers discord.py's loggers, aiohttp's and ours alike."""

from __future__ import annotations

import logging
import re

MASK = "***"
_PATTERNS = (
    re.compile(r"(/interactions/\d+/)[^/\s?'\"]+"),
    re.compile(r"(/webhooks/\d+/)[^/\s?'\"]+"),
    re.compile(r"""(['"]token['"]\s*:\s*['"])[^'"]+"""),
)


def mask_tokens(text: str) -> str:
    for pattern in _PATTERNS:
        text = pattern.sub(rf"\g<1>{MASK}", text)
    return text


class TokenMask(logging.Filter):
    """Formats the record's message (and traceback) once, masked; the record then carries no arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_tokens(message)
        if masked != message:
            record.msg, record.args = masked, ()
        if record.exc_info and not record.exc_text:  # an error's text may quote the URL it failed on
            record.exc_text = mask_tokens(logging.Formatter().formatException(record.exc_info))
        return True


def install(logger: logging.Logger | None = None) -> None:
    """Mask on every handler of `logger` (the root logger by default), once each."""
    for handler in (logger or logging.getLogger()).handlers:
        if not any(isinstance(f, TokenMask) for f in handler.filters):
            handler.addFilter(TokenMask())
