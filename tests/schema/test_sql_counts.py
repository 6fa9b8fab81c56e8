"""The SQL a query costs depends on its shape, never on how many rows it returns."""

import dataclasses
from collections.abc import AsyncIterator

import httpx
import pytest

from api.app import create_app
from api.settings import ReadEngine, Settings
from tests.conftest import GraphQLClient

# Each shape is run with a page of 5 and a page of 100 on each read engine; `expected` is its
# statement count by the resolvers and by the compiled engine (one per root field and one for
# totalCount; a shape asking for a field it does not compile is answered by the resolvers).
# A shape loads each model by id at most once per depth: two such loads racing on different
# paths may or may not share a batch, which would make the count depend on timing.
SHAPES: dict[str, tuple[str, tuple[int, int]]] = {
    "article feed with mentioned stakeholders and their regions": (
        """query($n: Int) { articles(first: $n) { totalCount edges { node {
            title author { fullName } datelineRegion { code } tags { name }
            mentions(first: 10, filter: {targetType: [STAKEHOLDER]}) { totalCount edges { node {
                evidence target { ... on Stakeholder { name region { code name } } } } } }
        } } } }""",
        (10, 10),
    ),
    "stakeholder profiles": (
        """query($n: Int) { stakeholders(first: $n) { totalCount edges { node {
            name region { name ancestors { code } }
            members(first: 20) { totalCount edges { node { role person { fullName } } } }
            events(first: 10) { totalCount edges { node { role event { title } } } }
            articles(first: 10) { totalCount edges { node { title } } }
            outgoingRelations { edges { node { kind target { name } } } }
            incomingRelations { edges { node { kind startedOn } } }
        } } } }""",
        (15, 15),
    ),
    "regions with children and their stakeholders": (
        """query($n: Int) { regions(first: $n) { totalCount edges { node {
            code parent { code } children(first: 5) { totalCount edges { node { code
                stakeholders(first: 3) { totalCount edges { node { name } } } } } }
        } } } }""",
        (7, 2),
    ),
    "people with memberships, quotes and talks": (
        """query($n: Int) { people(first: $n) { totalCount edges { node {
            fullName memberships { totalCount edges { node { role stakeholder { name } } } }
            quotes { totalCount edges { node { text } } }
            articles { totalCount }
            speaking { totalCount edges { node { mode } } }
        } } } }""",
        (11, 2),
    ),
    "events with speakers, organisers, participants and coverage": (
        """query($n: Int) { events(first: $n) { totalCount edges { node {
            title region { code }
            speakers { edges { node { mode person { fullName } } } }
            organisers { totalCount edges { node { name } } }
            participants(first: 5) { totalCount edges { node { name } } }
            articles { totalCount edges { node { title } } }
        } } } }""",
        (11, 2),
    ),
    "memberships with person and stakeholder": (
        """query($n: Int) { memberships(first: $n) { totalCount edges { node {
            role person { fullName } stakeholder { name } } } } }""",
        (4, 2),
    ),
}


ENGINES: tuple[ReadEngine, ...] = ("resolvers", "compiled")


@pytest.fixture(params=ENGINES)
async def engine_gql(
    request: pytest.FixtureRequest, settings: Settings, orm: None
) -> AsyncIterator[GraphQLClient]:
    app = create_app(dataclasses.replace(settings, read_engine=request.param))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield GraphQLClient(http)


@pytest.mark.parametrize("shape", list(SHAPES))
async def test_statement_count_is_fixed_by_shape(
    engine_gql: GraphQLClient, request: pytest.FixtureRequest, shape: str
) -> None:
    gql = engine_gql
    query, by_engine = SHAPES[shape]
    expected = by_engine[ENGINES.index(request.node.callspec.params["engine_gql"])]
    small = await gql.data(query, {"n": 5})
    small_count = gql.last_sql_count
    large = await gql.data(query, {"n": 100})
    large_count = gql.last_sql_count
    root = next(iter(large))
    assert len(small[root]["edges"]) == 5
    assert len(large[root]["edges"]) > 5
    assert (small_count, large_count) == (expected, expected)
