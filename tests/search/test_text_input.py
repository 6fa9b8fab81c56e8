"""Oversized or broken text in a request is bad input that says what is wrong, never
"Unexpected error.": one bound on a read's string arguments (schema/arguments.py), keys held to
their column (schema/lookups.py), and no lone surrogates anywhere in request JSON (schema/http.py).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from tests.conftest import GraphQLClient

LONG = "ab%_" * 20_000  # 80,000 characters: SQLite refuses such a LIKE pattern


def bad_input(message: str, field: str) -> dict[str, Any]:
    return {"message": message, "extensions": {"code": "BAD_USER_INPUT", "field": field}}


async def errors(client: GraphQLClient, query: str, variables: dict[str, Any]) -> list[Any]:
    body = await client.post(query, variables)
    assert body["data"] is None or all(v is None for v in body["data"].values()), body
    return [
        {k: v for k, v in error.items() if k in ("message", "extensions")}
        for error in body["errors"]
    ]


@pytest.mark.parametrize(
    ("query", "variables", "field", "length"),
    [
        ("query($s: String!) { search(query: $s) { label } }", {"s": LONG}, "query", 80_000),
        (
            "query($s: String!) { stakeholders(filter: {search: $s}) { totalCount } }",
            {"s": LONG},
            "filter.search",
            80_000,
        ),
        (
            "query($f: ArticleFilter) { articles(filter: $f) { totalCount } }",
            {"f": {"search": "x" * 501}},
            "filter.search",
            501,
        ),
        ("query($s: String!) { article(slug: $s) { id } }", {"s": "a" * 600}, "slug", 600),
        ("query($s: ID!) { node(id: $s) { id } }", {"s": "x" * 10_000}, "id", 10_000),
        (
            "query($s: String) { articles(after: $s) { totalCount } }",
            {"s": "x" * 999},
            "after",
            999,
        ),
        (f'{{ search(query: "{"k" * 700}") {{ label }} }}', {}, "query", 700),
    ],
)
async def test_a_read_takes_no_text_longer_than_500_characters(
    gql: GraphQLClient, query: str, variables: dict[str, Any], field: str, length: int
) -> None:
    assert await errors(gql, query, variables) == [
        bad_input(f"`{field}` is {length} characters long; at most 500 allowed.", field)
    ]


async def test_500_characters_are_accepted(gql: GraphQLClient) -> None:
    data = await gql.data("query($s: String!) { search(query: $s) { label } }", {"s": "k" * 500})
    assert data == {"search": []}


@pytest.mark.parametrize(
    ("query", "value", "field", "limit"),
    [
        ("query($s: String!) { article(slug: $s) { id } }", "a" * 301, "slug", 300),
        ("query($s: String!) { stakeholder(slug: $s) { id } }", "a" * 300, "slug", 255),
        ("query($s: String!) { tag(slug: $s) { id } }", "a" * 101, "slug", 100),
        (
            "query($s: String!) { articles(filter: {tag: $s}) { totalCount } }",
            "a" * 101,
            "tag",
            100,
        ),
        (
            "query($s: String!) { articles(filter: {language: $s}) { totalCount } }",
            "indonesia-baku",
            "language",
            10,
        ),
    ],
)
async def test_a_key_longer_than_its_column_is_refused(
    gql: GraphQLClient, query: str, value: str, field: str, limit: int
) -> None:
    assert await errors(gql, query, {"s": value}) == [
        bad_input(f"`{field}` is {len(value)} characters long; at most {limit} allowed.", field)
    ]


async def test_a_long_audit_entity_type(as_role: Any) -> None:
    admin = await as_role("admin")
    query = "query($t: String!) { auditLog(filter: {entityType: $t}) { totalCount } }"

    assert await errors(admin, query, {"t": "Person" * 20}) == [
        bad_input("`entityType` is 120 characters long; at most 50 allowed.", "entityType")
    ]
    assert await errors(admin, query, {"t": "P" * 501}) == [
        bad_input(
            "`filter.entityType` is 501 characters long; at most 500 allowed.", "filter.entityType"
        )
    ]


async def test_a_long_slug_to_count_a_view(as_role: Any) -> None:
    reader = await as_role(None)
    query = """mutation($s: String!) { recordArticleView(input: {slug: $s}) { __typename } }"""

    assert await errors(reader, query, {"s": "a" * 400}) == [
        bad_input("`slug` is 400 characters long; at most 300 allowed.", "slug")
    ]


async def post_raw(http: httpx.AsyncClient, body: str) -> httpx.Response:
    return await http.post(
        "/graphql", content=body.encode(), headers={"content-type": "application/json"}
    )


SEARCH = "query($s: String!) { search(query: $s) { label } }"
LOGIN = """mutation($e: String!) { login(input: {email: $e, password: "tidak-benar-123"}) {
    __typename } }"""


@pytest.mark.parametrize(
    ("body", "where"),
    [
        # JSON can spell a lone surrogate; UTF-8 cannot encode it.
        (
            json.dumps({"query": SEARCH}).removesuffix("}") + ', "variables": {"s": "ab\\ud800"}}',
            "variables.s",
        ),
        (
            json.dumps({"query": LOGIN}).removesuffix("}")
            + ', "variables": {"e": "a\\ud800@x.org"}}',
            "variables.e",
        ),
        ('{"query": "{ search(query: \\"ab\\udfff\\") { label } }"}', "query"),
        ('{"query": "{ __typename }", "operationName": "\\ud800"}', "operationName"),
    ],
)
async def test_a_lone_surrogate_is_refused(as_role: Any, body: str, where: str) -> None:
    client = await as_role(None)
    character = "U+DFFF" if "udfff" in body else "U+D800"

    response = await post_raw(client.http, body)

    assert response.status_code == 400
    assert response.json() == {
        "errors": [
            {
                "message": f"The request body holds a lone surrogate ({character}) in `{where}`: "
                "text must be valid Unicode.",
                "extensions": {"code": "BAD_REQUEST"},
            }
        ]
    }


async def test_a_lone_surrogate_in_get_variables_is_refused(gql: GraphQLClient) -> None:
    response = await gql.http.get(
        "/graphql", params={"query": SEARCH, "variables": '{"s": "ab\\ud800"}'}
    )

    assert response.status_code == 400
    assert response.json()["errors"][0]["message"] == (
        "The `variables` parameter holds a lone surrogate (U+D800) in `s`: "
        "text must be valid Unicode."
    )


async def test_a_valid_surrogate_pair_is_text(gql: GraphQLClient) -> None:
    response = await post_raw(
        gql.http,
        json.dumps({"query": SEARCH, "variables": {"s": "KIM \U0001f600"}}, ensure_ascii=True),
    )

    assert response.status_code == 200
    assert response.json() == {"data": {"search": []}}
