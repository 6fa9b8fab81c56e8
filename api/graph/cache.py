"""One snapshot per database per process, rebuilt when the data version changes.

Every graph request reads the data version (version.py, one cheap statement) and compares it
with the snapshot's. Equal: what was derived from the snapshot (networks, metrics, exports) is
reused. Different: the snapshot is rebuilt once, however many requests are waiting for it, and
what was derived from the old one goes with it. `counts` tells how often each was computed.

Derived results are kept in one LRU shared by every caller, bounded by an estimate of their
size in bytes (`SIMPUL_GRAPH_CACHE_MB`): a caller asking for ever new filters evicts old results
rather than growing the process. A result that does not fit is served and not kept. Computing
one that is not kept costs the caller's query-cost budget (`price`, see service.py).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import Counter
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from cachetools import LRUCache

from api.graph.load import load_snapshot
from api.graph.snapshot import Snapshot
from api.graph.version import data_version
from api.ratelimit import CostBudget
from api.settings import Settings

T = TypeVar("T")
Key = tuple[Any, ...]


class BudgetSpent(Exception):
    """The caller's query-cost budget cannot pay for a new computation."""

    def __init__(self, message: str, retry_after: int) -> None:
        super().__init__(message)
        self.retry_after = retry_after


def _size(entry: tuple[Any, int]) -> int:
    return entry[1]


class GraphCache:
    def __init__(self, zone: dt.tzinfo = dt.UTC, budget_bytes: int = 256 * 2**20) -> None:
        self.zone = zone
        self.snapshot: Snapshot | None = None
        self.counts: Counter[str] = Counter()
        # (name, *key) → (value, estimated bytes); only for the current snapshot.
        self.results: LRUCache[Key, tuple[Any, int]] = LRUCache(budget_bytes, getsizeof=_size)
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
                self.results.clear()  # the old snapshot's results go with it
            return snapshot

    async def derive(
        self,
        graph: Snapshot,
        name: str,
        key: Key,
        compute: Callable[[], Awaitable[T]],
        *,
        size: Callable[[T], int],
        budget: CostBudget | None = None,
        price: Callable[[], int] = lambda: 0,
    ) -> T:
        """`compute()` the `name`d result once per snapshot and key, even when several requests
        ask for it at once, and keep it while it fits (`size` estimates its bytes). A request
        that computes it first pays `price()` units from `budget`, or gets BudgetSpent."""
        key = (name, *key)
        charged = budget is None
        while True:
            if graph is self.snapshot and (found := self.results.get(key)) is not None:
                value: T = found[0]
                return value
            pending = self._pending.get((id(graph), *key))
            if pending is not None:
                waited: T = await asyncio.shield(pending)
                return waited
            if charged:
                break
            assert budget is not None
            units = min(price(), budget.bucket.cost_per_minute)
            if units > 0 and (retry_after := await budget.charge(units)) is not None:
                raise BudgetSpent(budget.message(retry_after), retry_after)
            charged = True  # and look again: another request may have started it meanwhile
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        # Waiters re-raise a failure themselves; nobody waiting must not warn about it.
        future.add_done_callback(lambda done: done.cancelled() or done.exception())
        self._pending[(id(graph), *key)] = future
        try:
            value = await compute()
            self.counts[name] += 1
            # A request still reading an older snapshot keeps its result to itself.
            bytes_ = size(value)
            if graph is self.snapshot and bytes_ <= self.results.maxsize:
                self.results[key] = (value, bytes_)
            future.set_result(value)
            return value
        except BaseException as error:
            future.set_exception(error)
            raise
        finally:
            del self._pending[(id(graph), *key)]


_CACHES: dict[tuple[str, str], GraphCache] = {}


def graph_cache(settings: Settings) -> GraphCache:
    """The process's cache for one database (tests open several), dating in the office zone."""
    key = (settings.database_url, settings.timezone)
    cache = _CACHES.get(key)
    if cache is None:
        budget = settings.graph_cache_mb * 2**20
        cache = _CACHES[key] = GraphCache(ZoneInfo(settings.timezone), budget)
    return cache
