"""One snapshot per database per process, rebuilt when the data version changes.

Every graph request reads the data version (version.py, one cheap statement) and compares it
with the snapshot's. Equal: everything derived from the snapshot (views, networks, metrics) is
reused. Different: the snapshot is rebuilt once, however many requests are waiting for it, and
what was derived from the old one goes with it. `counts` tells how often each was computed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from api.graph.load import load_snapshot
from api.graph.snapshot import Snapshot
from api.graph.version import data_version

T = TypeVar("T")


class GraphCache:
    def __init__(self, zone: dt.tzinfo = dt.UTC) -> None:
        self.zone = zone
        self.snapshot: Snapshot | None = None
        self.counts: Counter[str] = Counter()
        self._lock = asyncio.Lock()
        self._pending: dict[tuple[Any, ...], asyncio.Future[Any]] = {}

    async def current(self) -> Snapshot:
        version = await data_version()
        snapshot = self.snapshot
        if snapshot is not None and snapshot.version == version:
            return snapshot
        async with self._lock:
            snapshot = self.snapshot
            if snapshot is None or snapshot.version != version:
                snapshot = await load_snapshot(version, self.zone)
                self.counts["snapshot"] += 1
                self.snapshot = snapshot
            return snapshot

    async def derive(
        self, graph: Snapshot, name: str, key: tuple[Any, ...], compute: Callable[[], Awaitable[T]]
    ) -> T:
        """`compute()` the `name`d result once per snapshot and key, even when several requests
        ask for it at once."""
        key = (name, *key)
        if key in graph.memo:
            found: T = graph.memo[key]
            return found
        pending = self._pending.get((id(graph), *key))
        if pending is not None:
            waited: T = await asyncio.shield(pending)
            return waited
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        # Waiters re-raise a failure themselves; nobody waiting must not warn about it.
        future.add_done_callback(lambda done: done.cancelled() or done.exception())
        self._pending[(id(graph), *key)] = future
        try:
            value = await compute()
            self.counts[name] += 1
            graph.memo[key] = value
            future.set_result(value)
            return value
        except BaseException as error:
            future.set_exception(error)
            raise
        finally:
            del self._pending[(id(graph), *key)]


_CACHES: dict[tuple[str, str], GraphCache] = {}


def graph_cache(database_url: str, time_zone: str) -> GraphCache:
    """The process's cache for one database (tests open several), dating in the office zone."""
    key = (database_url, time_zone)
    cache = _CACHES.get(key)
    if cache is None:
        cache = _CACHES[key] = GraphCache(ZoneInfo(time_zone))
    return cache
