"""Database servers that misbehave, on loopback, made of real sockets: one that accepts and never answers, a proxy
to a real server that can stop forwarding mid-session (the server is up, the bytes go nowhere), and one that
refuses the login with a chosen SQLSTATE."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from urllib.parse import urlsplit, urlunsplit


@asynccontextmanager
async def silent_server() -> AsyncIterator[int]:
    """A port that accepts connections and never sends a byte; yields the port."""
    held: list[asyncio.StreamWriter] = []

    async def accept(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        held.append(writer)  # kept open: the client waits for an answer that never comes

    server = await asyncio.start_server(accept, "127.0.0.1", 0)
    try:
        yield server.sockets[0].getsockname()[1]
    finally:
        for writer in held:
            writer.transport.abort()
        server.close()


class FreezingProxy:
    """Forwards a TCP connection to a real server until `freeze()`; after it, every byte either way is dropped
    and new connections are accepted but never answered."""

    def __init__(self, target_host: str, target_port: int) -> None:
        self.target = (target_host, target_port)
        self.frozen = False
        self._commit_delay = 0.0
        self._writers: list[asyncio.StreamWriter] = []
        self._server: asyncio.Server | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    async def start(self) -> int:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", 0)
        return self._server.sockets[0].getsockname()[1]

    def freeze(self) -> None:
        self.frozen = True

    def hold_next_commit(self, seconds: float) -> None:
        """The server's answer to the next COMMIT reaches the client `seconds` late: the change is saved, but the
        client cannot know it in time."""
        self._commit_delay = seconds

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.append(writer)
        if self.frozen:
            return
        up_reader, up_writer = await asyncio.open_connection(*self.target)
        self._writers.append(up_writer)
        for source, sink in ((reader, up_writer), (up_reader, writer)):
            task = asyncio.create_task(self._pipe(source, sink))
            self._tasks.add(task)

    async def _pipe(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        while data := await source.read(65536):
            if self._commit_delay and b"COMMIT\0" in data:  # PostgreSQL's CommandComplete for a COMMIT
                delay, self._commit_delay = self._commit_delay, 0.0
                await asyncio.sleep(delay)
            if not self.frozen:
                sink.write(data)

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for writer in self._writers:
            writer.transport.abort()
        if self._server is not None:
            self._server.close()


@asynccontextmanager
async def freezing_proxy(url: str) -> AsyncIterator[tuple[FreezingProxy, str]]:
    """A proxy in front of the PostgreSQL at `url`; yields it and the same URL through the proxy."""
    parts = urlsplit(url)
    proxy = FreezingProxy(parts.hostname or "127.0.0.1", parts.port or 5432)
    port = await proxy.start()
    user = f"{parts.username}@" if parts.username else ""
    try:
        yield proxy, urlunsplit(parts._replace(netloc=f"{user}127.0.0.1:{port}"))
    finally:
        await proxy.stop()


@contextmanager
def refusing_postgres(sqlstate: str, message: str) -> Iterator[int]:
    """A server speaking just enough of PostgreSQL's protocol to refuse the login with this error (say 28P01, a
    wrong password: the test server trusts every login, so it cannot give one); yields its port."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(10)

    def serve() -> None:
        with contextlib.suppress(OSError):
            while True:
                connection, _ = listener.accept()
                with connection:
                    _refuse(connection, sqlstate, message)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        listener.close()


def _refuse(connection: socket.socket, sqlstate: str, message: str) -> None:
    while True:
        header = connection.recv(8)
        if len(header) < 8:
            return
        length, code = struct.unpack("!ii", header)
        if code == 80877103:  # SSLRequest: no TLS here
            connection.sendall(b"N")
            continue
        connection.recv(length - 8)  # the startup message: user, database, options
        fields = b"".join(
            key + value.encode() + b"\0"
            for key, value in ((b"S", "FATAL"), (b"V", "FATAL"), (b"C", sqlstate), (b"M", message))
        )
        body = fields + b"\0"
        connection.sendall(b"E" + struct.pack("!i", len(body) + 4) + body)
        return


def listening_but_never_accepting() -> socket.socket:
    """A bound, listening socket nobody accepts on: the kernel completes the handshake, then nothing answers."""
    return socket.create_server(("127.0.0.1", 0))
