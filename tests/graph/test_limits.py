"""What one caller can make the graph compute and keep: filters on a grid for anonymous callers
and keys, new networks paid for by their size, and a cache bounded in bytes."""

from __future__ import annotations

import gc
import re
import weakref
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from api.app import create_app
from api.auth.keys import new_prefix, new_secret
from api.graph import cache as graph_caches
from api.graph.cache import GraphCache, graph_cache
from api.graph.http import EXPORT_COST
from api.models import ApiKey
from api.settings import Settings
from tests.conftest import GraphQLClient
from tests.mutations.helpers import mutate
from tests.permissions.graph import Graph

NETWORK = """
query($filter: StakeholderNetworkFilter) { stakeholderNetwork(filter: $filter) { nodeCount } }
"""
SIZES = "{ stakeholderNetwork { nodeCount edgeCount } }"
PARTNERS = """
query($id: ID!, $filter: StakeholderNetworkFilter) {
  coappearancePartners(id: $id, filter: $filter) { count }
}
"""
ANY = "staff sessions and keys with the graph:any-filter scope may use any"
OFF_GRID: list[tuple[dict[str, Any], str, str]] = [
    (
        {"halfLife": 100},
        f"`halfLife` must be one of 30, 90, 180, 365, 730 (days), got 100; {ANY}.",
        "halfLife",
    ),
    (
        {"from": "2024-01-15"},
        f"`from` must be the first day of a month (such as 2024-01-01), got 2024-01-15; {ANY}.",
        "from",
    ),
    (
        {"to": "2024-02-28"},
        f"`to` must be the last day of a month (such as 2024-02-29), got 2024-02-28; {ANY}.",
        "to",
    ),
]
ON_GRID = {"halfLife": 90, "from": "2024-01-01", "to": "2024-02-29"}
BUDGET_SPENT = re.compile(
    r"Query budget exceeded: \d+ cost units per minute for this address; retry in \d+ s\."
)


async def key_with(scopes: list[str]) -> str:
    issued = new_secret(new_prefix())
    await ApiKey.create(
        name=f"graph limits {issued.prefix}",
        prefix=issued.prefix,
        secret_hash=issued.digest,
        scopes=scopes,
    )
    return issued.key


@pytest.fixture
async def clients(write_settings: Settings, write_orm: None) -> AsyncIterator[Any]:
    """`await make(cost_per_minute=…, key=…)`: a client of a new app (its own budgets)."""
    made: list[httpx.AsyncClient] = []

    async def make(cost_per_minute: int = 100_000, key: str | None = None) -> httpx.AsyncClient:
        settings = replace(write_settings, rate_limit_anonymous_cost_per_minute=cost_per_minute)
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=create_app(settings)),
            base_url="http://testserver",
            headers=headers,
        )
        made.append(client)
        return client

    yield make
    for client in made:
        await client.aclose()


async def post(client: httpx.AsyncClient, query: str, **variables: Any) -> httpx.Response:
    return await client.post("/graphql", json={"query": query, "variables": variables})


async def test_anonymous_callers_and_keys_choose_filters_from_a_grid(
    graph: Graph, clients: Any
) -> None:
    anonymous = await clients()
    key = await clients(key=await key_with(["read"]))
    for caller in (anonymous, key):
        for flt, message, field in OFF_GRID:
            extensions = {"code": "BAD_USER_INPUT", "field": field}
            for query, path in (
                (NETWORK, "stakeholderNetwork"),
                (PARTNERS, "coappearancePartners"),
            ):
                body = (await post(caller, query, filter=flt, id=graph.id("stakeholder"))).json()
                assert body["errors"] == [
                    {"message": message, "locations": body["errors"][0]["locations"],
                     "path": [path], "extensions": extensions}
                ]  # fmt: skip
            params = "&".join(f"{name}={value}" for name, value in flt.items())
            response = await caller.get(f"/exports/network-nodes.csv?{params}")
            assert response.status_code == 400
            assert response.json() == {"errors": [{"message": message, "extensions": extensions}]}
        body = (await post(caller, NETWORK, filter=ON_GRID)).json()
        assert "errors" not in body
        response = await caller.get("/exports/network-nodes.csv?halfLife=90&from=2024-01-01")
        assert response.status_code == 200


async def test_staff_and_keys_with_the_scope_may_use_any_filter(
    graph: Graph, clients: Any, staff: GraphQLClient
) -> None:
    anywhere = await clients(key=await key_with(["read", "graph:any-filter"]))
    flt = {"halfLife": 100, "from": "2024-01-15", "to": "2024-02-28"}
    body = (await post(anywhere, NETWORK, filter=flt)).json()
    assert "errors" not in body
    response = await anywhere.get("/exports/network.gexf?halfLife=100&to=2024-02-28")
    assert response.status_code == 200
    assert "nodeCount" in (await staff.data(NETWORK, {"filter": flt}))["stakeholderNetwork"]


async def test_new_networks_are_paid_for_by_their_size(
    graph: Graph, clients: Any, write_settings: Settings
) -> None:
    sizes = (await post(await clients(), SIZES)).json()["data"]["stakeholderNetwork"]
    n, m = sizes["nodeCount"], sizes["edgeCount"]
    static = 1 + 1000  # the query's estimated cost (schema/limits/cost.py)
    new_network = n + (n + m)  # built: a unit per stakeholder; measured: and per link
    graph_cache(write_settings).results.clear()
    # A new network, the same again from the cache, then the static cost of one more query.
    client = await clients(cost_per_minute=static + new_network + static + static)
    assert (await post(client, SIZES)).json()["data"]["stakeholderNetwork"] == sizes
    assert (await post(client, SIZES)).json()["data"]["stakeholderNetwork"] == sizes
    refused = await post(client, NETWORK, filter={"category": ["KIM"]})
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) > 0
    [error] = refused.json()["errors"]
    assert BUDGET_SPENT.fullmatch(error["message"]), error
    assert error["extensions"] == {"code": "RATE_LIMITED", "limit": "cost_per_minute"}
    assert refused.json()["data"] is None


async def test_export_files_not_cached_are_paid_for_by_their_size(
    graph: Graph, clients: Any, write_settings: Settings
) -> None:
    sizes = (await post(await clients(), SIZES)).json()["data"]["stakeholderNetwork"]
    n, m = sizes["nodeCount"], sizes["edgeCount"]
    graph_cache(write_settings).results.clear()
    first = EXPORT_COST + n + (n + m) + (n + m)  # network, measures and the file
    client = await clients(cost_per_minute=first + EXPORT_COST + EXPORT_COST)
    for _ in range(2):  # the second time from the cache
        assert (await client.get("/exports/network-edges.csv")).status_code == 200
    refused = await client.get("/exports/network-nodes.csv")  # a file not written yet
    assert refused.status_code == 429
    [error] = refused.json()["errors"]
    assert BUDGET_SPENT.fullmatch(error["message"]), error
    assert error["extensions"] == {"code": "RATE_LIMITED"}


@pytest.fixture
def small_cache(write_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Callable[[int], Any]:
    def make(budget_bytes: int) -> GraphCache:
        cache = GraphCache(ZoneInfo(write_settings.timezone), budget_bytes)
        key = (write_settings.database_url, write_settings.timezone)
        monkeypatch.setitem(graph_caches._CACHES, key, cache)
        return cache

    return make


async def test_the_cache_keeps_what_fits_its_budget(
    graph: Graph, staff: GraphQLClient, small_cache: Callable[[int], GraphCache]
) -> None:
    measure = small_cache(2**30)
    await staff.data(NETWORK, {"filter": {"halfLife": 0.5}})
    budget = 3 * int(measure.results.currsize) + 1000  # networks and measures of 3 filters
    cache = small_cache(budget)
    for half_life in range(1, 21):  # staff may ask for any half-life
        await staff.data(NETWORK, {"filter": {"halfLife": half_life}})
        assert cache.results.currsize <= budget
    assert cache.counts["metrics"] == 20
    kept = [key[2:] for key in cache.results if key[0] == "metrics"]
    assert len(kept) == 3
    newest = {"halfLife": 20}
    await staff.data(NETWORK, {"filter": newest})  # the most recent is still there
    assert cache.counts["metrics"] == 20
    response = await staff.http.get("/exports/network.graphml")
    [(value, size)] = [entry for key, entry in cache.results.items() if key[0] == "export"]
    assert value == response.content
    assert size == len(response.content)


async def test_a_result_larger_than_the_budget_is_served_not_kept(
    graph: Graph, anonymous: GraphQLClient, small_cache: Callable[[int], GraphCache]
) -> None:
    cache = small_cache(1000)
    first = await anonymous.data(NETWORK)
    assert await anonymous.data(NETWORK) == first
    assert len(cache.results) == 0
    assert cache.counts["metrics"] == 2


async def test_a_new_snapshot_frees_the_old_ones_results(
    graph: Graph, as_role: Any, small_cache: Callable[[int], GraphCache]
) -> None:
    cache = small_cache(10 * 2**20)
    editor: GraphQLClient = await as_role("editor")
    await editor.data(NETWORK)
    await editor.http.get("/exports/network.gexf")
    assert cache.snapshot is not None
    old = weakref.ref(cache.snapshot)
    assert len(cache.results) == 3  # network, measures, file
    renamed = await mutate(
        editor,
        "updateStakeholder",
        {"id": graph.id("stakeholder2"), "version": 1, "name": f"Baru {graph.t}"},
    )
    assert renamed["__typename"] == "Stakeholder"
    await editor.data(NETWORK)
    gc.collect()
    assert old() is None
    assert len(cache.results) == 2
