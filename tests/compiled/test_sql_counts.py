"""The compiled engine costs one statement per root field, plus one for a top-level
`totalCount` (or a page counted from the end), whatever the page size and the nesting."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from tests.conftest import GraphQLClient

# (query, statements): every shape reads nested lists, references and the mention union.
SHAPES: dict[str, tuple[str, int]] = {
    "article feed with mentioned stakeholders and their regions": (
        """query($n: Int) { articles(first: $n) { edges { node {
            id title slug publishedAt status author { fullName displayName }
            datelineRegion { code }
            mentions(first: 10, filter: {targetType: [STAKEHOLDER]}) { totalCount edges { node {
                evidence target { ... on Stakeholder { name category region { code name } } } } } }
        } } } }""",
        1,
    ),
    "stakeholders with totalCount, members, articles and relations": (
        """query($n: Int) { stakeholders(first: $n) { totalCount edges { node {
            name region { name parent { code } }
            members(first: 20) { totalCount edges { node { role person { fullName } } } }
            events(first: 10) { totalCount edges { node { role event { title } } } }
            outgoingRelations(first: 5) { edges { node { kind target { name } } } }
            incomingRelations(last: 2) { edges { node { kind startedOn } } }
        } } } }""",
        2,
    ),
    "regions with children and their stakeholders": (
        """query($n: Int) { regions(first: $n) { edges { node {
            code parent { code } children(first: 5) { totalCount edges { node { code
                stakeholders(first: 3) { totalCount edges { node { name } } } } } }
        } } } }""",
        1,
    ),
    "events with speakers, organisers and coverage, and people": (
        """query($n: Int) {
            events(first: $n) { edges { node {
                title speakers(first: 5) { edges { node { mode person { fullName } } } }
                organisers(first: 5) { totalCount edges { node { name } } }
                articles(first: 5) { totalCount edges { node { title } } } } } }
            people(first: $n) { edges { node {
                displayName memberships(first: 5) { edges { node { role stakeholder { name } } } }
                quotes(first: 5) { totalCount edges { node { text } } } } } }
        }""",
        2,
    ),
}


@pytest.fixture
async def compiled(settings: Settings, orm: None) -> AsyncIterator[GraphQLClient]:
    app = create_app(dataclasses.replace(settings, read_engine="compiled"))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield GraphQLClient(http)


@pytest.mark.parametrize("shape", list(SHAPES))
async def test_one_statement_per_root_field(compiled: GraphQLClient, shape: str) -> None:
    query, expected = SHAPES[shape]
    small = await compiled.data(query, {"n": 1})
    small_count = compiled.last_sql_count
    large = await compiled.data(query, {"n": 100})
    large_count = compiled.last_sql_count
    root = next(iter(large))
    assert len(small[root]["edges"]) == 1
    assert len(large[root]["edges"]) > 1
    assert (small_count, large_count) == (expected, expected)


async def test_a_lookup_is_one_statement(compiled: GraphQLClient) -> None:
    data = await compiled.data(
        """{ stakeholder(slug: "kim-kabupaten-paser") {
            name region { code } articles(first: 20) { edges { node { title } } }
            members(first: 100) { edges { node { role person { fullName } } } } } }"""
    )
    assert data["stakeholder"]["name"] == "KIM Kabupaten Paser"
    assert compiled.last_sql_count == 1
