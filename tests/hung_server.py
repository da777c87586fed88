"""Database servers that misbehave, on 127.0.0.1, made of real sockets (no mocks).

`HungServer()` accepts and never answers from the start (as a PostgreSQL whose process is stopped, or a firewall
that eats the replies); `HungServer(target=(host, port))` forwards to a real server until `freeze()`, and from then
on reads and drops everything in both directions, leaving every connection open: a server that hangs mid-life.
The asyncio helpers do the same inside a test's event loop (`silent_server`, `freezing_proxy`, whose proxy can
also hold back the answer to one COMMIT), and `refusing_postgres` refuses the login with a chosen SQLSTATE."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from urllib.parse import urlsplit, urlunsplit


class HungServer:
    def __init__(self, target: tuple[str, int] | None = None) -> None:
        self.target = target
        self.frozen = threading.Event()
        if target is None:
            self.frozen.set()
        self.accepted = threading.Event()  # a client has connected
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = [self._listener]
        threading.Thread(target=self._accept, daemon=True).start()

    def freeze(self) -> None:
        self.frozen.set()

    def close(self) -> None:
        for sock in self._sockets:
            with contextlib.suppress(OSError):
                sock.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self._sockets.append(client)
            self.accepted.set()
            upstream = socket.create_connection(self.target) if self.target and not self.frozen.is_set() else None
            if upstream is not None:
                self._sockets.append(upstream)
                threading.Thread(target=self._pump, args=(upstream, client), daemon=True).start()
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket | None) -> None:
        """Copy source to sink until frozen; then (or with no sink) read and drop, so nothing ever answers."""
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                return
            if sink is not None and not self.frozen.is_set():
                try:
                    sink.sendall(data)
                except OSError:
                    return


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
