"""The process exit statuses of `python -m bot`: one per way start-up can fail, so scripts can tell them apart."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INVALID_PACK = 1  # the pack file is missing or invalid (also `validate` and `ask` with a bad pack)
    # misconfigured, don't restart: a setting is invalid, DISCORD_TOKEN is not set, or the database can't be used as
    # configured (wrong password 28P01, missing database 3D000, bad URL or sslmode, :memory:, a damaged file)
    BAD_SETTINGS = 2
    TOKEN_REJECTED = 3  # Discord answered the login with 401: the token is wrong or was reset
    # unreachable, retry: Discord or the database refused the connection, timed out or has no DNS name
    NO_NETWORK = 4
    INTENT_MISSING = 5  # a privileged intent the settings need is not enabled in the developer portal
    GATEWAY_CLOSED = 6  # the gateway closed for good: 4004 (authentication failed), invalid shard or version
    EXTENSION_FAILED = 7  # a cog did not load: the bot stopped before syncing its commands
