"""SIGTERM ends the real bot within 5 seconds whatever the database does: hung while the bot starts, or hung
while it runs (systemd kills after 30 s, Docker after 10 s). The hung database is a real socket that accepts and
never answers; the bot is a real process against a fake Discord on loopback."""

from __future__ import annotations

import asyncio
import signal
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .conftest import postgres_server
from .fake_discord import FakeDiscord, serving
from .hung_server import HungServer

ROOT = Path(__file__).parent.parent
LIMIT = 5.0  # seconds from SIGTERM to exit


class Bot:
    """`python -m bot` in a fresh process against the fake Discord at `base`; its log read as it comes."""

    def __init__(self, base: str, tmp_path: Path, **env: str) -> None:
        self.lines: list[str] = []
        self.process = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "launch_bot.py"), base],
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            cwd=tmp_path,
            env={"DISCORD_TOKEN": "MTIz.tok.abc", "COMMAND_STATE_PATH": str(tmp_path / "state.json"), **env},
        )
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stderr is not None
        for line in self.process.stderr:
            self.lines.append(line)

    def wait_for(self, text: str, seconds: float = 30.0) -> None:
        deadline = time.monotonic() + seconds
        while not any(text in line for line in self.lines):
            assert self.process.poll() is None, "".join(self.lines)
            assert time.monotonic() < deadline, f"no {text!r} in:\n{''.join(self.lines)}"
            time.sleep(0.05)

    def terminate(self) -> tuple[int, float]:
        """SIGTERM; the exit status and the seconds it took (the process is killed past 30 s)."""
        sent = time.monotonic()
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return -1, time.monotonic() - sent
        return code, time.monotonic() - sent

    @property
    def log(self) -> str:
        return "".join(self.lines)


def test_sigterm_while_the_database_hangs_at_start_up(tmp_path):
    hung = HungServer()
    try:
        with serving(FakeDiscord(close_code=None)) as base:
            bot = Bot(base, tmp_path, DATABASE_URL=f"postgresql://bot@127.0.0.1:{hung.port}/bot")
            assert hung.accepted.wait(30), bot.log  # the bot is connecting to a database that never answers
            time.sleep(0.5)
            code, took = bot.terminate()
    finally:
        hung.close()
    assert took <= LIMIT, f"{took:.1f} s\n{bot.log}"
    assert code == 0, bot.log
    assert "Traceback" not in bot.log


@pytest.fixture
def postgres_url():
    """A fresh schema in TEST_DATABASE_URL's PostgreSQL."""
    url = postgres_server()
    import asyncpg

    schema = f"test_{uuid.uuid4().hex[:12]}"

    async def run(statement: str) -> None:
        connection = await asyncpg.connect(url)
        try:
            await connection.execute(statement)
        finally:
            await connection.close()

    asyncio.run(run(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{url}{'&' if '?' in url else '?'}search_path={schema}"
    finally:
        asyncio.run(run(f"DROP SCHEMA {schema} CASCADE"))


def test_sigterm_while_the_database_hangs_mid_life(tmp_path, postgres_url):
    real = urlsplit(postgres_url)
    proxy = HungServer(target=(real.hostname, real.port))
    proxied = postgres_url.replace(f"{real.hostname}:{real.port}", f"127.0.0.1:{proxy.port}")
    try:
        with serving(FakeDiscord(close_code=None)) as base:
            bot = Bot(base, tmp_path, DATABASE_URL=proxied)
            bot.wait_for("has connected to Gateway")  # running: the database is open, the gateway up
            proxy.freeze()
            code, took = bot.terminate()
    finally:
        proxy.close()
    assert took <= LIMIT, f"{took:.1f} s\n{bot.log}"
    assert code == 0, bot.log
    assert "Traceback" not in bot.log
