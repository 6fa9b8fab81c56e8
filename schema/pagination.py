"""Cursor connections with totalCount, and the page window every list field accepts.

Cursors are opaque base64 strings holding an offset into the ordered result; the order always
ends with the primary key, so an offset names one row for as long as the data is unchanged.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic

import strawberry
from strawberry import relay
from strawberry.relay.types import NodeType
from strawberry.relay.utils import from_base64, to_base64

from schema.errors import InputError

MAX_PAGE_SIZE = 100
DEFAULT_PAGE_SIZE = 20
CURSOR_PREFIX = "cursor"


def encode_cursor(offset: int) -> str:
    return to_base64(CURSOR_PREFIX, offset)


def decode_cursor(cursor: str, argument: str) -> int:
    try:
        prefix, value = from_base64(cursor)
        offset = int(value)
    except (ValueError, TypeError):
        prefix, offset = "", -1
    if prefix != CURSOR_PREFIX or offset < 0:
        raise InputError(
            f"Invalid cursor {cursor!r} in `{argument}`: use a cursor returned by this list.",
            field=argument,
        )
    return offset


@dataclass(frozen=True, slots=True)
class PageWindow:
    """Which rows of an ordered list a page covers: [start, start + size)."""

    start: int
    size: int
    # Set when the window is counted from the end (`last` without `before`).
    from_end: bool = False

    @classmethod
    def from_args(
        cls,
        first: int | None,
        after: str | None,
        last: int | None,
        before: str | None,
        *,
        max_size: int = MAX_PAGE_SIZE,
    ) -> PageWindow:
        for name, value in (("first", first), ("last", last)):
            if value is not None and not 0 <= value <= max_size:
                raise InputError(
                    f"`{name}` must be between 0 and {max_size}, got {value}.", field=name
                )
        if first is not None and last is not None:
            raise InputError("Pass either `first` or `last`, not both.", field="last")
        start = decode_cursor(after, "after") + 1 if after is not None else 0
        end = decode_cursor(before, "before") if before is not None else None
        if end is not None and end < start:
            end = start
        if last is not None:
            if end is None:
                return cls(start=start, size=last, from_end=True)
            return cls(start=max(start, end - last), size=min(last, end - start))
        size = DEFAULT_PAGE_SIZE if first is None else first
        if end is not None:
            size = min(size, end - start)
        return cls(start=start, size=size)

    def resolve(self, total: int) -> PageWindow:
        """Turn a window counted from the end into one counted from the start."""
        if not self.from_end:
            return self
        end = total
        start = max(self.start, end - self.size)
        return PageWindow(start=start, size=end - start)

    @property
    def key(self) -> tuple[int, int, bool]:
        return (self.start, self.size, self.from_end)


@strawberry.type(description="A page of a list, with the total number of matching items.")
class Connection(relay.Connection[NodeType], Generic[NodeType]):
    _count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="How many items match, across all pages.")
    async def total_count(self) -> int:
        return await self._count()

    @classmethod
    def build(
        cls,
        rows: Sequence[Any],
        window: PageWindow,
        has_more: bool,
        count: Callable[[], Awaitable[int]],
    ) -> Connection[Any]:
        edges = [
            relay.Edge(cursor=encode_cursor(window.start + i), node=row)
            for i, row in enumerate(rows)
        ]
        page_info = relay.PageInfo(
            has_next_page=has_more,
            has_previous_page=window.start > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        )
        connection: Connection[Any] = Connection(page_info=page_info, edges=edges, _count=count)
        return connection


def once(fn: Callable[[], Awaitable[int]]) -> Callable[[], Awaitable[int]]:
    """Memoise a count so totalCount and a `last` page share one query."""
    cache: list[int] = []

    async def call() -> int:
        if not cache:
            cache.append(await fn())
        return cache[0]

    return call
