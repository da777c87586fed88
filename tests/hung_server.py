"""A hung database server on 127.0.0.1, for shutdown tests: a real socket that accepts and never answers.

`HungServer()` is hung from the start (as a PostgreSQL whose process is stopped, or a firewall that eats the
replies). `HungServer(target=(host, port))` forwards to a real server until `freeze()`, and from then on reads
and drops everything in both directions, leaving every connection open: a server that hangs mid-life."""

from __future__ import annotations

import contextlib
import socket
import threading


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
