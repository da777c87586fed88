"""A library folder for the Discord tests: The Red Shoes (the default film) beside two made-up films."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import discord

from bot import create_bot

ROOT = Path(__file__).resolve().parents[2]
FILMS = {
    "the-red-shoes": ROOT / "data" / "the-red-shoes.yaml",
    "overture": ROOT / "tests" / "data" / "packs" / "overture.yaml",
    "ledger": ROOT / "tests" / "data" / "packs" / "ledger.yaml",
}


def library_folder(folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    for key, path in FILMS.items():
        shutil.copy(path, folder / f"{key}.yaml")
    return folder


async def start_library_bot(simcord_env, settings, folder: Path, default: str = "the-red-shoes"):
    """The bot over the folder, every film loaded (the rest are read off the event loop after the default)."""
    await simcord_env.restart_bot(create_bot(replace(settings, pack_path=folder, default_film=default)))
    bot = simcord_env.bot
    if bot.loading is not None:
        await bot.loading
    return bot


def manager(simcord_env, guild, name: str):
    """A member of the server with Manage Server (who may use /settings)."""
    role = guild.create_role("Admins", permissions=discord.Permissions(manage_guild=True))
    return guild.add_member(simcord_env.create_user(name), roles=[role])


def buttons_of(message) -> dict[str, str]:
    """label -> custom id of a message's buttons."""
    return {child.label: child.custom_id for row in message.components for child in row.children}
