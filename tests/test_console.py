"""The console on a real terminal (a pseudo-terminal): line editing, history, Ctrl-C and Ctrl-D."""

from __future__ import annotations

import os
import pty
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.test_cli import run

ROOT = Path(__file__).parent.parent
UP = "\x1b[A"
CTRL_D = "\x04"


@dataclass
class Terminal:
    """A process whose standard input, output and error are one pseudo-terminal, as in a shell."""

    process: subprocess.Popen[bytes]
    master: int
    seen: str = field(default="")

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def expect(self, text: str, *, after: int = 0) -> int:
        """Read until `text` shows up past position `after`; its end. The deadline only stops a hung test."""
        deadline = time.monotonic() + 30
        while (found := self.seen.find(text, after)) < 0:
            assert time.monotonic() < deadline, f"never saw {text!r} in:\n{self.seen}"
            self._read(0.5)
        return found + len(text)

    def finish(self) -> int:
        """Wait for the process to exit, keeping its last output; its exit status."""
        status = self.process.wait(timeout=30)
        while self._read(0.1):
            pass
        return status

    def _read(self, wait: float) -> bool:
        if not select.select([self.master], [], [], wait)[0]:
            return False
        try:
            chunk = os.read(self.master, 4096)
        except OSError:  # the process closed its end
            return False
        self.seen += chunk.decode(errors="replace")
        return bool(chunk)


@pytest.fixture
def terminal() -> Iterator[Callable[..., Terminal]]:
    opened: list[Terminal] = []

    def start(*args: str) -> Terminal:
        master, slave = pty.openpty()
        process = subprocess.Popen(
            [sys.executable, "-m", "bot", *args],
            stdin=slave,
            stdout=slave,
            stderr=slave,
            cwd=ROOT,
            env={"PYTHONPATH": str(ROOT), "TERM": "xterm", "HOME": str(ROOT)},
            # A runner that started us with Ctrl-C ignored (a background job) would pass that on: a terminal doesn't.
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        os.close(slave)
        opened.append(Terminal(process, master))
        return opened[-1]

    yield start
    for term in opened:
        if term.process.poll() is None:
            term.process.kill()
            term.process.wait()
        os.close(term.master)


def interrupt(process: subprocess.Popen[bytes]) -> None:
    """Ctrl-C, pressed again if the first one came before input() sat down to wait: CPython's readline can miss a
    signal that lands between printing the prompt and waiting for a key (a person is never that fast; a loaded
    test machine is)."""
    for _ in range(10):
        process.send_signal(signal.SIGINT)  # what the terminal sends on Ctrl-C
        try:
            process.wait(timeout=2)
            return
        except subprocess.TimeoutExpired:
            continue


def test_arrow_up_recalls_the_last_question(terminal):
    chat = terminal("chat")
    chat.expect("you> ")
    chat.type("audition\r")
    first = chat.expect("bot> The Audition")
    chat.expect("you> ", after=first)
    chat.type(UP + "\r")  # without line editing this would ask about "^[[A"
    chat.expect("bot> The Audition", after=first)
    chat.type("quit\r")
    assert chat.finish() == 0


def test_ctrl_c_ends_the_chat_quietly(terminal):
    chat = terminal("chat")
    chat.expect("you> ")
    interrupt(chat.process)
    assert chat.finish() == 0
    assert "Traceback" not in chat.seen and "KeyboardInterrupt" not in chat.seen
    assert chat.seen.endswith("\n")


def test_ctrl_d_ends_the_chat_quietly(terminal):
    chat = terminal("chat")
    chat.expect("you> ")
    chat.type(CTRL_D)
    assert chat.finish() == 0
    assert "Traceback" not in chat.seen and chat.seen.endswith("\n")


def test_ask_on_a_terminal_says_where_it_reads_questions(terminal):
    ask = terminal("ask")
    ask.expect("Reading questions from standard input")
    ask.type("audition\r")
    ask.expect("The Audition (Scene 1 of ")
    ask.type(CTRL_D)
    assert ask.finish() == 0


def test_ctrl_c_stops_ask_without_a_traceback(terminal):
    ask = terminal("ask")
    ask.expect("Reading questions from standard input")
    interrupt(ask.process)
    assert ask.finish() == 130  # interrupted, as shells report it
    assert "Traceback" not in ask.seen


def test_empty_lines_are_ignored():
    result = run("-m", "bot", "chat", stdin="\n   \n\nwho is julian\n\nquit\n")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("bot> ") == 1 and "bot> Julian Craster" in result.stdout


def test_piped_ask_says_nothing_about_standard_input():
    result = run("-m", "bot", "ask", stdin="audition\n")
    assert result.returncode == 0 and result.stderr == ""
