"""Bad input gets a GraphQL error that says what was wrong, never a stack trace."""

import base64
import dataclasses

import httpx
import pytest

from api.app import create_app
from api.settings import ReadEngine, Settings
from tests.conftest import GraphQLClient


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    ("query", "message"),
    [
        (
            '{ node(id: "not-an-id") { id } }',
            "Malformed global id 'not-an-id': expected an `id` returned by this API.",
        ),
        (
            f'{{ node(id: "{_b64("Spaceship:1")}") {{ id }} }}',
            f"Global id '{_b64('Spaceship:1')}' names an unknown type 'Spaceship'.",
        ),
        (
            f'{{ node(id: "{_b64("Stakeholder:42")}") {{ id }} }}',
            f"Global id '{_b64('Stakeholder:42')}' holds a malformed key.",
        ),
        ('{ region(code: "99.98") { name } }', "Unknown region code '99.98'."),
        (
            '{ region(code: "Paser") { name } }',
            "Invalid region code 'Paser': expected a Kemendagri code such as 64.01.",
        ),
        (
            '{ stakeholders(filter: {region: "65.99"}) { totalCount } }',
            "Unknown region code '65.99'.",
        ),
        (
            '{ stakeholders(after: "bm9wZQ==") { totalCount } }',
            "Invalid cursor 'bm9wZQ==' in `after`: use a cursor returned by this list.",
        ),
        (
            '{ articles(before: "%%%") { totalCount } }',
            "Invalid cursor '%%%' in `before`: use a cursor returned by this list.",
        ),
        (
            "{ stakeholders(first: 101) { totalCount } }",
            "`first` must be between 0 and 100, got 101.",
        ),
        ("{ stakeholders(last: -1) { totalCount } }", "`last` must be between 0 and 100, got -1."),
        (
            "{ stakeholders(first: 2, last: 2) { totalCount } }",
            "Pass either `first` or `last`, not both.",
        ),
        (
            '{ events(filter: {starts: {from: "2024-01-02T00:00:00Z", '
            'to: "2024-01-01T00:00:00Z"}}) { totalCount } }',
            "`starts`: `from` (2024-01-02 00:00:00+00:00) is after "
            "`to` (2024-01-01 00:00:00+00:00).",
        ),
        (
            "{ stakeholders(filter: {category: [SPACESHIP]}) { totalCount } }",
            "Value 'SPACESHIP' does not exist in 'StakeholderCategory' enum.",
        ),
    ],
)
async def test_bad_input_is_named(gql: GraphQLClient, query: str, message: str) -> None:
    body = await gql.post(query)
    assert [error["message"] for error in body["errors"]] == [message]
    assert "Traceback" not in str(body)


async def test_nested_page_size_is_limited_too(gql: GraphQLClient) -> None:
    errors = await gql.errors(
        "{ regions(first: 1) { edges { node { children(first: 500) { totalCount } } } } }"
    )
    assert errors == ["`first` must be between 0 and 100, got 500."]


async def test_nodes_refuses_too_many_ids(gql: GraphQLClient) -> None:
    ids = ", ".join('"x"' for _ in range(101))
    errors = await gql.errors(f"{{ nodes(ids: [{ids}]) {{ id }} }}")
    assert errors == ["`ids` may hold at most 100 ids, got 101."]


async def test_field_errors_carry_a_code_and_the_field(gql: GraphQLClient) -> None:
    body = await gql.post('{ region(code: "99.98") { name } }')
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "code"}


async def test_unexpected_failures_are_masked(
    gql: GraphQLClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from schema.loaders import Loaders

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("connection string postgres://secret@db")

    monkeypatch.setattr(Loaders, "by_key", broken)
    body = await gql.post('{ region(code: "64") { name } }')
    assert [error["message"] for error in body["errors"]] == ["Unexpected error."]
    assert "secret" not in str(body)


async def test_query_depth_is_limited(gql: GraphQLClient) -> None:
    nested = "parent { " * 12 + "code" + " }" * 12
    errors = await gql.errors(f'{{ region(code: "64.01.04") {{ {nested} }} }}')
    assert errors == ["Query depth 13 exceeds the limit of 10 for anonymous callers."]


@pytest.mark.parametrize("engine", ["compiled", "resolvers"])
async def test_a_failing_field_does_not_cancel_its_siblings_shared_loads(
    settings: Settings, orm: None, engine: ReadEngine
) -> None:
    """graphql-core cancels the siblings of a field that fails; one cancelled while awaiting a
    DataLoader key must not cancel that key for the other fields waiting on it."""
    query = """{ a: stakeholders(first: 5) { edges { node { region { name } } } }
        b: stakeholders(first: 5) { edges { node { region { name }
            members(first: 1, last: 1) { totalCount } } } } }"""
    app = create_app(dataclasses.replace(settings, read_engine=engine))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        response = await http.post("/graphql", json={"query": query})

    assert response.status_code == 200
    body = response.json()
    assert body["data"] is None
    assert [(e["message"], e["path"]) for e in body["errors"]] == [
        ("Pass either `first` or `last`, not both.", ["b", "edges", 0, "node", "members"])
    ]
