"""When the counter store (Redis) is unreachable: served or refused as the settings say, and
logged as one line per minute at most."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from limits.aio.strategies import SlidingWindowCounterRateLimiter

from api import ratelimit
from api.settings import Settings
from tests.ratelimit.conftest import QUERY, app_for, close, limited, rate_limiter

CLOSED_PORT = "redis://127.0.0.1:1/0"
REASON = (
    "ConnectionError: Error 111 connecting to 127.0.0.1:1. Connect call failed ('127.0.0.1', 1)."
)


def _lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    records = [r for r in caplog.records if r.name == "simpul.ratelimit"]
    assert all(r.exc_info is None and r.levelno == logging.WARNING for r in records)
    return [r.getMessage() for r in records]


async def test_open_serves_unlimited_and_logs_one_line_per_minute(
    write_settings: Settings,
    clients: Callable[..., httpx.AsyncClient],
    caplog: pytest.LogCaptureFixture,
) -> None:
    app = app_for(limited(write_settings, redis_url=CLOSED_PORT, rate_limit_anonymous_per_minute=2))
    http = clients(app, address="198.51.100.60")
    try:
        responses = [await http.post("/graphql", json=QUERY) for _ in range(5)]

        assert [r.status_code for r in responses] == [200] * 5
        assert all("ratelimit-limit" not in r.headers for r in responses)
        assert _lines(caplog) == [
            f"rate limit store unavailable ({REASON}); 1 request(s) let through unlimited "
            "since the last report"
        ]

        failures = rate_limiter(app).store_failures  # type: ignore[union-attr]  # built by now
        assert failures.reported_at is not None
        failures.reported_at -= ratelimit.STORE_REPORT_EVERY  # a minute later
        assert (await http.post("/graphql", json=QUERY)).status_code == 200

        assert _lines(caplog)[1:] == [
            f"rate limit store unavailable ({REASON}); 5 request(s) let through unlimited "
            "since the last report"
        ]
    finally:
        await close(app)


async def test_closed_refuses_with_503(
    write_settings: Settings,
    clients: Callable[..., httpx.AsyncClient],
    caplog: pytest.LogCaptureFixture,
) -> None:
    settings = limited(write_settings, redis_url=CLOSED_PORT, rate_limit_on_store_failure="closed")
    app = app_for(settings)
    http = clients(app, address="198.51.100.61")
    try:
        responses = [await http.post("/graphql", json=QUERY) for _ in range(3)]

        for response in responses:
            assert response.status_code == 503
            assert response.json() == {
                "errors": [
                    {
                        "message": "Rate limiting is unavailable, so requests are refused for "
                        "now; retry in 30 s.",
                        "extensions": {"code": "RATE_LIMIT_UNAVAILABLE"},
                    }
                ]
            }
            assert response.headers["retry-after"] == "30"
            assert response.headers["content-type"] == "application/json"
        assert _lines(caplog) == [
            f"rate limit store unavailable ({REASON}); 1 request(s) refused since the last report"
        ]
        # Paths without limits are still served.
        assert (await http.get("/healthz")).status_code == 200
    finally:
        await close(app)


async def test_a_store_failure_while_charging_the_query_budget_follows_the_policy(
    write_settings: Settings,
    clients: Callable[..., httpx.AsyncClient],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Redis failing between counting the request and charging its cost: closed refuses."""
    hit = SlidingWindowCounterRateLimiter.hit

    async def cost_store_down(
        self: SlidingWindowCounterRateLimiter, item: Any, *ids: str, **kw: Any
    ) -> bool:
        if ids[0] == "cost":
            raise ConnectionError("store went away")
        return await hit(self, item, *ids, **kw)

    monkeypatch.setattr(SlidingWindowCounterRateLimiter, "hit", cost_store_down)
    closed = app_for(limited(write_settings, rate_limit_on_store_failure="closed"))
    opened = app_for(write_settings)

    refused = await clients(closed, address="198.51.100.62").post("/graphql", json=QUERY)
    served = await clients(opened, address="198.51.100.63").post("/graphql", json=QUERY)

    assert refused.status_code == 429
    assert refused.headers["retry-after"] == "30"
    assert refused.json()["errors"][0]["message"] == ratelimit.UNAVAILABLE
    assert served.status_code == 200
    assert served.json() == {"data": {"__typename": "Query"}}
    assert _lines(caplog) == [
        "rate limit store unavailable (ConnectionError: store went away); 1 request(s) "
        f"{outcome} since the last report"
        for outcome in ("refused", "let through unlimited")
    ]
