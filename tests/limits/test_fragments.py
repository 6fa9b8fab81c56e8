"""Fragment spreads cannot make the query-limit pre-check do more work than the document's size.

Each level of `fragment Fi on Query { ...Fi+1 ...Fi+1 }` doubles what a naive expansion walks;
the measures take each fragment once, refuse cycles first, and stop at a work budget.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
from graphql import parse

from schema import schema
from schema.limits import extension
from schema.limits.cost import TooMuchWork, WorkBudget, fragment_cycle, query_cost, query_depth
from tests.conftest import GraphQLClient


def nested_spreads(levels: int, spreads: int, leaf: str = "__typename") -> str:
    """`{ ...F0 }` where each fragment spreads the next one `spreads` times."""
    fragments = [
        f"fragment F{i} on Query {{ {' '.join([f'...F{i + 1}'] * spreads)} }}"
        for i in range(levels)
    ]
    fragments.append(f"fragment F{levels} on Query {{ {leaf} }}")
    return "{ ...F0 } " + " ".join(fragments)


FAMILY = [
    (levels, spreads, leaf)
    for levels in (10, 20, 40, 60)
    for spreads in (2, 3)
    for leaf in ("__typename", 'region(code: "64") { name }')
]


def test_a_fragment_is_measured_once_however_often_it_is_spread() -> None:
    document = parse(nested_spreads(60, 3, 'region(code: "64") { parent { name } }'))
    budget = WorkBudget(1_000)
    assert query_depth(document, budget=budget) == 2
    # Each of the 3**60 expansions would cost 2; the estimate says so, computed in a few steps.
    assert query_cost(schema._schema, document, budget=budget) == 2 * 3**60
    assert budget.left > 1_000 - 2 * 200


def test_fragments_are_costed_per_enclosing_limit() -> None:
    query = """{ a: neighbourhood(id: "x", limit: 400) { ...N } b: neighbourhood(id: "y") { ...N } }
        fragment N on Neighbourhood { nodes { ...Node } }
        fragment Node on GraphNode { stakeholder { name } }"""
    # neighbourhood: 1 + 50 * (limit / 200) ** 2, then nodes: 1 + limit * stakeholder 1.
    assert query_cost(schema._schema, parse(query)) == (1 + 200 + 1 + 400) + (1 + 50 + 1 + 200)


def test_the_work_budget_stops_a_measure() -> None:
    document = parse(nested_spreads(5, 2, "a: __typename b: __typename c: __typename"))
    with pytest.raises(TooMuchWork):
        query_depth(document, budget=WorkBudget(5))
    with pytest.raises(TooMuchWork):
        query_cost(schema._schema, document, budget=WorkBudget(5))


@pytest.mark.parametrize(
    ("query", "cycle"),
    [
        ("{ ...A } fragment A on Query { ...A }", ["A", "A"]),
        (
            "{ ...A } fragment A on Query { __typename ...B } "
            'fragment B on Query { region(code: "64") { name } ...C } '
            "fragment C on Query { ... on Query { ...A } }",
            ["A", "B", "C", "A"],
        ),
        ("{ ...A } fragment A on Query { ...B } fragment B on Query { __typename }", None),
        ("{ ...A } fragment A on Query { ...Missing }", None),
    ],
)
def test_fragment_cycles_are_found(query: str, cycle: list[str] | None) -> None:
    assert fragment_cycle(parse(query)) == cycle


async def test_a_fragment_cycle_is_refused_before_anything_else(gql: GraphQLClient) -> None:
    body = await gql.post(
        "{ ...A } fragment A on Query { ...B ...B } fragment B on Query { ...A ...A }"
    )
    assert body == {
        "data": None,
        "errors": [
            {
                "message": "Cannot spread fragment 'A' within itself via 'B'.",
                "extensions": {"code": "GRAPHQL_VALIDATION_FAILED"},
            }
        ],
    }


async def test_a_document_needing_more_work_than_its_size_is_refused(
    gql: GraphQLClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(extension, "WORK_PER_TOKEN", 0)
    monkeypatch.setattr(extension, "WORK_MINIMUM", 3)
    body = await gql.post('{ a: region(code: "64") { name } b: __typename c: __typename }')
    assert body == {
        "data": None,
        "errors": [
            {
                "message": "Query needs more work to measure than its size allows for "
                "anonymous callers.",
                "extensions": {"code": "QUERY_TOO_COMPLEX", "limit": "work"},
            }
        ],
    }


async def _timed(http: httpx.AsyncClient, query: str) -> tuple[float, Any]:
    """The event loop's CPU time for one request (the app runs in this thread): what other
    clients would wait for, and unlike wall time not stretched by other processes."""
    started = time.thread_time()
    response = await http.post("/graphql", json={"query": query})
    return time.thread_time() - started, response.json()


@pytest.mark.parametrize(("levels", "spreads", "leaf"), FAMILY)
async def test_nested_spreads_are_answered_quickly(
    http: httpx.AsyncClient, levels: int, spreads: int, leaf: str
) -> None:
    query = nested_spreads(levels, spreads, leaf)
    # The fastest of three: noise only ever adds time.
    best, body = min([await _timed(http, query) for _ in range(3)], key=lambda run: run[0])
    assert best < 0.050, f"{levels} levels of {spreads} spreads took {best * 1000:.0f} ms"
    if leaf == "__typename":
        assert body == {"data": {"__typename": "Query"}}
    elif spreads**levels <= 30_000:
        assert body == {"data": {"region": {"name": "Provinsi Kalimantan Timur"}}}
    else:
        [error] = body["errors"]
        assert error["extensions"]["code"] == "QUERY_TOO_COMPLEX"
        assert error["extensions"]["measured"] == spreads**levels


async def test_the_server_stays_responsive_under_nested_spreads(
    http: httpx.AsyncClient,
) -> None:
    attacks = [
        asyncio.create_task(http.post("/graphql", json={"query": nested_spreads(60, 3)}))
        for _ in range(20)
    ]
    started = time.perf_counter()
    health = await http.get("/healthz")
    waited = time.perf_counter() - started
    answers = await asyncio.gather(*attacks)
    assert health.json() == {"status": "ok"}
    assert waited < 2.0
    assert all(answer.status_code in (200, 429) for answer in answers)
