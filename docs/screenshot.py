"""Make docs/scene-reply.png: the real bot answers /scene in simcord's offline Discord, headless Chromium
photographs simcord's local preview page.

    pip install "simcord[preview]==3.2.1" && apt-get install chromium
    python docs/screenshot.py docs/scene-reply.png
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

import simcord

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bot import create_bot
from bot.config import Settings

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=900,760",
    "--virtual-time-budget=5000",
]


async def main(out: str) -> None:
    work = Path(tempfile.mkdtemp())
    bot = create_bot(Settings(command_state_path=work / "commands.json"))
    async with simcord.run(bot) as env:
        guild = env.create_guild(name="Film Club")
        channel = guild.create_text_channel("red-shoes")
        alice = guild.add_member(env.create_user("alice"))
        await alice.slash(channel, "scene", name="The Dream Sequence")
        async with env.preview(
            channel, viewers=[alice], layout="channel", display="fixed", width=900, height=760
        ) as preview:
            browser = await asyncio.create_subprocess_exec(
                "chromium",
                *CHROMIUM_FLAGS,
                f"--user-data-dir={work / 'chromium'}",
                f"--screenshot={out}",
                preview.url,
                stdout=asyncio.subprocess.DEVNULL,
                stderr=asyncio.subprocess.DEVNULL,
            )
            await browser.wait()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1] if len(sys.argv) > 1 else "docs/scene-reply.png"))
