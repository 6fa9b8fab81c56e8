"""Limits per caller: a query over a limit is refused by name and measure, and never runs."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.models import ApiKey, Role
from api.services import keys
from api.services.actor import Actor
from api.settings import Settings
from schema.limits import extension
from schema.limits.cost import query_cost
from schema.limits.extension import SHAPE_DEPTH, variables_shape
from tests.accounts.conftest import new_user
from tests.conftest import GraphQLClient

DEEP = '{ region(code: "64") { ' + "parent { " * 10 + "code" + " }" * 10 + " } }"
ALIASES = "{ " + " ".join(f"a{i}: __typename" for i in range(16)) + " }"
TOKENS = "{ " + "__typename " * 1999 + "}"
COSTLY = """{ stakeholders(first: 100) { edges { node {
    members(first: 100) { edges { node { person { fullName } } } } } } } }"""


def refusal(limit: str, measured: int, maximum: int, caller: str) -> dict[str, Any]:
    label = {"tokens": "token count", "aliases": "alias count"}.get(limit, limit)
    return {
        "message": f"Query {label} {measured} exceeds the limit of {maximum} for {caller}.",
        "extensions": {
            "code": "QUERY_TOO_COMPLEX",
            "limit": limit,
            "measured": measured,
            "maximum": maximum,
        },
    }


@pytest.mark.parametrize(
    ("query", "limit", "measured", "maximum"),
    [
        (DEEP, "depth", 11, 10),
        (ALIASES, "aliases", 16, 15),
        (TOKENS, "tokens", 2001, 2000),
        (COSTLY, "cost", 30301, 30000),
    ],
)
async def test_anonymous_limits(
    gql: GraphQLClient, query: str, limit: str, measured: int, maximum: int
) -> None:
    body = await gql.post(query)
    assert body == {
        "data": None,
        "errors": [refusal(limit, measured, maximum, "anonymous callers")],
    }
    assert gql.last_sql_count == 0


async def test_every_limit_exceeded_is_reported(gql: GraphQLClient) -> None:
    one = "stakeholders(first: 100) { edges { node { members(first: 20) { totalCount } } } }"
    query = "{ " + " ".join(f"a{i}: {one}" for i in range(16)) + " }"
    body = await gql.post(query)
    assert [e["extensions"]["limit"] for e in body["errors"]] == ["aliases", "cost"]
    assert body["errors"][1]["extensions"]["measured"] == 16 * (1 + 100 * (2 + 1 + 20 * 1))


async def test_queries_within_the_limits_run(gql: GraphQLClient) -> None:
    data = await gql.data('{ region(code: "64") { ' + "parent { " * 8 + "code" + " }" * 8 + " } }")
    assert data == {"region": {"parent": None}}


PartnerFactory = Callable[..., Awaitable[GraphQLClient]]


@pytest.fixture
async def partner(write_settings: Settings, write_orm: None) -> AsyncIterator[PartnerFactory]:
    """`await partner(max_query_cost=...)` gives a client with a new key on the write DB."""
    app = create_app(write_settings)
    opened: list[httpx.AsyncClient] = []
    admin = await new_user("admin")
    actor = Actor(user_id=admin.id, role=Role.ADMIN)

    async def make(**limits: int) -> GraphQLClient:
        issued = await keys.create_key(
            name=f"Limits {secrets.token_hex(3)}", scopes=["read"], actor=actor
        )
        if limits:
            await ApiKey.filter(id=issued.api_key.id).update(**limits)
        http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="http://testserver",
            headers={"Authorization": f"Bearer {issued.key}"},
        )
        opened.append(http)
        return GraphQLClient(http)

    yield make
    for http in opened:
        await http.aclose()


@pytest.mark.parametrize(
    ("query", "limit", "measured", "maximum"),
    [
        (DEEP, "depth", 11, 10),
        (ALIASES, "aliases", 16, 15),
        (TOKENS, "tokens", 2001, 2000),
        (COSTLY, "cost", 30301, 30000),
    ],
)
async def test_partner_key_limits(
    partner: PartnerFactory, query: str, limit: str, measured: int, maximum: int
) -> None:
    client = await partner()
    await client.data("{ __typename }")  # the key's first use is noted once
    body = await client.post(query)
    assert body == {"data": None, "errors": [refusal(limit, measured, maximum, "partner keys")]}
    # The key lookup only (its limits come with it); nothing of the query itself.
    assert client.last_sql_count == 1


async def test_a_key_with_its_own_limits(partner: PartnerFactory) -> None:
    client = await partner(max_query_cost=100, max_query_depth=3)
    small = "{ stakeholders(first: 10) { edges { node { name } } } }"
    assert len((await client.data(small))["stakeholders"]["edges"]) == 10
    body = await client.post(small.replace("10", "50"))
    assert body["errors"] == [refusal("cost", 101, 100, "this API key")]
    body = await client.post('{ region(code: "64") { parent { parent { parent { code } } } } }')
    assert body["errors"] == [refusal("depth", 4, 3, "this API key")]
    # Limits the key does not override keep the partner defaults.
    assert (await client.post(ALIASES))["errors"] == [refusal("aliases", 16, 15, "this API key")]


async def test_staff_have_larger_limits(as_role: Any) -> None:
    staff = await as_role("analyst")
    assert (await staff.data(DEEP))["region"] == {"parent": None}
    data = await staff.data(
        COSTLY.replace("first: 100) { edges { node {\n", "first: 3) { edges { node {\n")
    )
    assert len(data["stakeholders"]["edges"]) == 3
    deeper = '{ region(code: "64") { ' + "parent { " * 15 + "code" + " }" * 15 + " } }"
    assert (await staff.post(deeper))["errors"] == [refusal("depth", 16, 15, "staff")]
    huge = COSTLY.replace(
        "person { fullName }", "person { memberships(first: 100) { totalCount } }"
    )
    measured = 1 + 100 * (3 + 100 * (3 + 1 + 100 * 1))
    assert (await staff.post(huge))["errors"] == [refusal("cost", measured, 300_000, "staff")]


SHAPED = """query Shaped($n: Int!, $f: StakeholderFilter) {
    stakeholders(first: $n, filter: $f) { edges { node { name } } } }"""


async def test_measures_are_kept_per_document_and_variables_shape(
    partner: PartnerFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    measured: list[Any] = []

    def counting_cost(*args: Any) -> int:
        measured.append(args[2])  # the variables
        return query_cost(*args)

    monkeypatch.setattr(extension, "query_cost", counting_cost)
    client = await partner(max_query_cost=101)  # 1 + 2 * first, +5 for a search
    calls: list[tuple[dict[str, Any], int | None]] = [
        ({"n": 50}, None),
        ({"n": 50, "f": {"search": "a"}}, 106),
        ({"n": 50, "f": {"search": None}}, None),  # a null search costs nothing
        ({"n": 51}, 103),
    ]
    for _ in range(2):
        for variables, refused in calls:
            body = await client.post(SHAPED, variables)
            if refused is None:
                assert "errors" not in body, body
            else:
                assert body == {
                    "data": None,
                    "errors": [refusal("cost", refused, 101, "this API key")],
                }
    # Measured once per shape; the second round came from the cache.
    assert measured == [variables for variables, _ in calls]


def test_the_variables_shape_keeps_what_the_cost_reads() -> None:
    assert variables_shape({"n": 5, "on": True, "f": {"search": "x", "region": None}}) == (
        "object",
        (
            ("n", ("int", 5)),
            ("on", ("bool", True)),
            ("f", ("object", (("search", "value"), ("region", "null")))),
        ),
    )
    assert variables_shape({"f": {"search": "x"}}) == variables_shape({"f": {"search": "y"}})
    assert variables_shape({"ids": ["a", "b"]}) == variables_shape({"ids": []})
    deep: dict[str, Any] = {}
    for _ in range(SHAPE_DEPTH + 1):
        deep = {"d": deep}
    assert variables_shape(deep) is None  # measured every time instead
