"""Command sync without waste: push the slash commands only when they changed since the last push."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

import discord
from discord import app_commands

log = logging.getLogger(__name__)

# What this process synced but could not record, per state file and scope: it still saves a needless sync (and
# Discord's daily command-creation quota) on the next login while the file stays unwritable; warned once per file.
_unrecorded: dict[tuple[Path, str], str] = {}
_warned: set[Path] = set()


def commands_hash(tree: app_commands.CommandTree, guild: discord.abc.Snowflake | None = None) -> str:
    """A stable hash of the JSON Discord would receive for this scope."""
    payload = sorted(
        (command.to_dict(tree) for command in tree.get_commands(guild=guild)),
        key=lambda c: (c.get("type", 1), c["name"]),
    )
    return hashlib.sha256(json.dumps(payload, sort_keys=True).encode()).hexdigest()


def _read(path: Path) -> dict[str, str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


async def sync_commands(
    tree: app_commands.CommandTree,
    state_path: Path,
    *,
    application_id: int | None,
    guild_id: int | None = None,
    force: bool = False,
) -> bool:
    """Sync globally, or to one guild (instant, for development); skip when unchanged. True if synced."""
    guild = discord.Object(guild_id) if guild_id else None
    if guild is not None:
        tree.copy_global_to(guild=guild)
    scope = f"{application_id}:{'guild:' + str(guild_id) if guild_id else 'global'}"
    digest = commands_hash(tree, guild)
    state = _read(state_path)
    if not force and digest in (state.get(scope), _unrecorded.get((state_path, scope))):
        log.info("slash commands unchanged since the last sync (%s); not syncing", scope)
        return False
    try:
        synced = await tree.sync(guild=guild)
    except discord.HTTPException as error:
        log.error("could not sync slash commands (%s): %s", scope, error)
        return False
    state[scope] = digest
    try:
        state_path.parent.mkdir(parents=True, exist_ok=True)
        # Written beside, then renamed over: a crash mid-write leaves the old record, never half a file.
        temporary = state_path.with_name(state_path.name + ".tmp")
        temporary.write_text(json.dumps(state, indent=2, sort_keys=True), encoding="utf-8")
        os.replace(temporary, state_path)
        _unrecorded.pop((state_path, scope), None)
    except OSError as error:
        _unrecorded[(state_path, scope)] = digest
        if state_path not in _warned:
            _warned.add(state_path)
            log.warning(
                "synced, but could not record it in %s (%s): until it is writable, each start of the "
                "process syncs again; COMMAND_STATE_PATH sets where it goes",
                state_path,
                error.strerror,
            )
    log.info("synced %d slash commands (%s)", len(synced), scope)
    return True
