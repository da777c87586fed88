"""Database servers that misbehave, on 127.0.0.1, made of real sockets (no mocks).

`HungServer()` accepts and never answers from the start (as a PostgreSQL whose process is stopped, or a firewall
that eats the replies); `HungServer(target=(host, port))` forwards to a real server until `freeze()`, and from then
on reads and drops everything in both directions, leaving every connection open: a server that hangs mid-life.
A proxy can also hold back the answer to one COMMIT (saved, but the client can't know in time), and
`refusing_postgres` refuses the login with a chosen SQLSTATE."""

from __future__ import annotations

import contextlib
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit, urlunsplit


class HungServer:
    def __init__(self, target: tuple[str, int] | None = None) -> None:
        self.target = target
        self.frozen = threading.Event()
        if target is None:
            self.frozen.set()
        self.accepted = threading.Event()  # a client has connected
        self._commit_delay = 0.0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._sockets: list[socket.socket] = [self._listener]
        threading.Thread(target=self._accept, daemon=True).start()

    @classmethod
    def in_front_of(cls, url: str) -> tuple[HungServer, str]:
        """A proxy to the server of a PostgreSQL URL, and the same URL through the proxy."""
        parts = urlsplit(url)
        proxy = cls(target=(parts.hostname or "127.0.0.1", parts.port or 5432))
        user = f"{parts.username}@" if parts.username else ""
        return proxy, urlunsplit(parts._replace(netloc=f"{user}127.0.0.1:{proxy.port}"))

    def freeze(self) -> None:
        self.frozen.set()

    def hold_next_commit(self, seconds: float) -> None:
        """The server's answer to the next COMMIT reaches the client `seconds` late: the change is saved, but the
        client cannot know it in time."""
        self._commit_delay = seconds

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
                threading.Thread(target=self._pump, args=(upstream, client, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    def _pump(self, source: socket.socket, sink: socket.socket | None, from_server: bool = False) -> None:
        """Copy source to sink until frozen; then (or with no sink) read and drop, so nothing ever answers."""
        while True:
            try:
                data = source.recv(65536)
            except OSError:
                return
            if not data:
                return
            if from_server and self._commit_delay and b"COMMIT\0" in data:  # PostgreSQL's CommandComplete
                delay, self._commit_delay = self._commit_delay, 0.0
                time.sleep(delay)
            if sink is not None and not self.frozen.is_set():
                try:
                    sink.sendall(data)
                except OSError:
                    return


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
