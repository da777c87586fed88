"""Connection resets under the bot's REST calls (simcord injects HTTP statuses only): `aiohttp.ClientOSError`
errno 104, which discord.py does not retry (it retries only the BSD and Windows errnos, 54 and 10054).

A reset can come before Discord saw the request, or after it acted on it with the answer lost on the way back:
`delivered=True` is the second case, where a blind retry of a POST would post twice. Every attempt is in
`env.http_requests`, delivered or not."""

from __future__ import annotations

import errno
import fnmatch
from types import SimpleNamespace

import aiohttp
import pytest
from simcord.http import router


@pytest.fixture
def connection_reset(monkeypatch):
    """`connection_reset(method, path_pattern, times=1, delivered=False, refused=False)`; times=None: every
    matching call. `refused`: the connection could not even be opened (nothing was sent), not a reset."""
    faults: list[dict] = []
    plain = router.dispatch

    def dispatch(backend, method, path, **kwargs):
        fault = next((f for f in faults if f["method"] == method and fnmatch.fnmatch(path, f["path"])), None)
        if fault is None:
            return plain(backend, method, path, **kwargs)
        if fault["times"] is not None:
            fault["times"] -= 1
            if fault["times"] <= 0:
                faults.remove(fault)
        if fault["refused"]:
            key = SimpleNamespace(host="discord.com", port=443, ssl=True)
            raise aiohttp.ClientConnectorError(key, ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"))
        if fault["delivered"]:
            plain(backend, method, path, **kwargs)
        else:  # it left the bot all the same: logged like any request
            backend.http_requests.append(
                router.HttpLogEntry(method, path, kwargs.get("params") or {}, kwargs.get("json"), kwargs.get("reason"))
            )
        raise aiohttp.ClientOSError(errno.ECONNRESET, "Connection reset by peer")

    monkeypatch.setattr(router, "dispatch", dispatch)

    def inject(
        method: str, path: str, *, times: int | None = 1, delivered: bool = False, refused: bool = False
    ) -> None:
        faults.append({"method": method, "path": path, "times": times, "delivered": delivered, "refused": refused})

    inject.clear = faults.clear  # type: ignore[attr-defined]
    return inject
