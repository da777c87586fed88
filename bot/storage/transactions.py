"""What every query is written against: a row as a dict, and a transaction taking `?` placeholders (both backends)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol

Row = dict[str, Any]


class Transaction(Protocol):
    """Statements inside one transaction, with `?` placeholders whatever the backend."""

    async def execute(self, sql: str, *args: Any) -> None: ...

    async def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None: ...

    async def fetch(self, sql: str, *args: Any) -> list[Row]: ...


class Transactional(Protocol):
    """Anything that opens transactions (the Store): what the query mixins are written against."""

    def transaction(self, *, readonly: bool = False) -> AbstractAsyncContextManager[Transaction]: ...
