"""A caller's query-cost budget per minute, and its number of requests running at once."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import httpx
from starlette.applications import Starlette

from api.ratelimit import RateLimitMiddleware
from api.settings import Settings
from tests.ratelimit.conftest import app_for, limited, make_key


def limiter_of(app: Starlette) -> RateLimitMiddleware:
    layer: Any = app.middleware_stack
    while not isinstance(layer, RateLimitMiddleware):
        layer = layer.app
    return layer


# 10 cost units (regions 1 + 3 x (edges, node, parent)); see schema/limits/cost.py.
COSTLY = {"query": "{ regions(first: 3) { edges { node { code parent { code } } } } }"}


async def test_a_key_that_spends_its_cost_budget_is_refused_until_it_recovers(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient]
) -> None:
    app = app_for(limited(write_settings, rate_limit_key_cost_per_minute=25))
    http = clients(app, key=await make_key())
    for _ in range(2):
        response = await http.post("/graphql", json=COSTLY)
        assert response.status_code == 200, response.text
        assert len(response.json()["data"]["regions"]["edges"]) == 3
    response = await http.post("/graphql", json=COSTLY)
    assert response.status_code == 429
    retry_after = int(response.headers["retry-after"])
    assert 1 <= retry_after <= 120  # this minute's units weigh in the next one too
    assert response.json() == {
        "data": None,
        "errors": [
            {
                "message": "Query budget exceeded: 25 cost units per minute for this API key; "
                f"retry in {retry_after} s.",
                "extensions": {"code": "RATE_LIMITED", "limit": "cost_per_minute"},
            }
        ],
    }
    other = clients(app, key=await make_key())
    assert (await other.post("/graphql", json=COSTLY)).status_code == 200


async def test_requests_beyond_the_concurrency_cap_are_refused_at_once(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient]
) -> None:
    app = app_for(limited(write_settings, rate_limit_concurrency=1))
    key = await make_key()
    http = clients(app, key=key)
    assert (await http.post("/graphql", json=COSTLY)).status_code == 200
    middleware = limiter_of(app)
    prefix = key.split("_")[1]
    middleware.in_flight[("key", prefix)] = 1  # one request of this key is running
    response = await http.post("/graphql", json=COSTLY)
    assert response.status_code == 429
    assert response.json() == {
        "errors": [
            {
                "message": "Too many concurrent requests: at most 1 at a time for this API key; "
                "retry in 1 s.",
                "extensions": {"code": "RATE_LIMITED"},
            }
        ]
    }
    assert response.headers["retry-after"] == "1"
    del middleware.in_flight[("key", prefix)]
    results = await asyncio.gather(*(http.post("/graphql", json=COSTLY) for _ in range(3)))
    assert all(r.status_code in (200, 429) for r in results)
    assert middleware.in_flight == {}
