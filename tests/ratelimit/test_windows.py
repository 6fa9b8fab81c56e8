"""The sliding window counters (api/ratelimit.py): constant space per bucket, and the wait."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest
from limits import RateLimitItemPerMinute

from api.ratelimit import MemoryCounters, Window
from api.settings import Settings
from tests.ratelimit.conftest import app_for, limited, make_key, rate_limiter
from tests.ratelimit.test_budgets import COSTLY

THREE = RateLimitItemPerMinute(3)


async def test_a_bucket_is_two_counters_whatever_its_cost(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient]
) -> None:
    app = app_for(limited(write_settings, rate_limit_key_cost_per_minute=100_000))
    http = clients(app, key=await make_key())
    for _ in range(3):
        assert (await http.post("/graphql", json=COSTLY)).status_code == 200
    layer = rate_limiter(app)
    assert layer is not None
    storage = layer.storage
    assert isinstance(storage, MemoryCounters)
    # Three requests and 30 cost units: one counter each, no entry per unit.
    assert sorted(storage.storage.values()) == [3, 30]
    assert storage.events == {}


@pytest.mark.parametrize(
    ("window", "units", "seconds"),
    [
        # This minute is full: its requests weigh in the next minute, shrinking as it passes.
        (Window(previous=0, current=3, left=30.0), 1, 50),
        # Last minute's 6 requests weigh 3 with half of it left; 2 once 10 s more have passed.
        (Window(previous=6, current=0, left=30.0), 1, 10),
        (Window(previous=6, current=1, left=30.0), 1, 20),
        # The whole budget is free once this minute's units have left the next one.
        (Window(previous=0, current=3, left=30.0), 3, 90),
        # Room already: a second at least.
        (Window(previous=0, current=1, left=30.0), 1, 1),
    ],
)
def test_the_wait_is_until_the_units_fit(window: Window, units: int, seconds: int) -> None:
    assert window.seconds_until(units, THREE) == seconds


def test_the_remaining_units_count_the_weighted_previous_minute() -> None:
    assert Window(previous=6, current=0, left=30.0).remaining(THREE) == 0
    assert Window(previous=6, current=0, left=20.0).remaining(THREE) == 1
    assert Window(previous=1, current=1, left=59.0).remaining(THREE) == 2


async def test_expired_counters_are_swept_now_and_then() -> None:
    storage = MemoryCounters()
    await storage.incr("old", 0.01)  # the first hit sweeps (nothing yet)
    await asyncio.sleep(0.05)
    await storage.incr("new", 60)  # within SWEEP_EVERY: no sweep after this hit
    await asyncio.sleep(0)
    assert set(storage.storage) == {"old", "new"}
    storage.sweep_due = 0.0  # SWEEP_EVERY has passed
    await storage.incr("newer", 60)
    await asyncio.sleep(0.01)
    assert set(storage.storage) == {"new", "newer"}
