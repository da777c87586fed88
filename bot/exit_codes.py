"""The process exit statuses of `python -m bot`: one per way start-up can fail, so scripts can tell them apart."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INVALID_PACK = 1  # the pack file is missing or invalid (also `validate` and `ask` with a bad pack)
    BAD_SETTINGS = 2  # a setting is invalid, or DISCORD_TOKEN is not set
    TOKEN_REJECTED = 3  # Discord answered the login with 401: the token is wrong or was reset
    NO_NETWORK = 4  # Discord could not be reached (no network, DNS, firewall, Discord down)
    INTENT_MISSING = 5  # a privileged intent the settings need is not enabled in the developer portal
    GATEWAY_CLOSED = 6  # the gateway closed for good: 4004 (authentication failed), invalid shard or version
    EXTENSION_FAILED = 7  # a cog did not load: the bot stopped before syncing its commands
