"""Requests that are not GraphQL get a 4xx with a GraphQL-style JSON error, never a 500."""

from __future__ import annotations

import gzip
import json
import logging
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.settings import Settings

JSON = {"content-type": "application/json"}
QUERY = "{ __typename }"


def refusal(message: str, code: str = "BAD_REQUEST") -> dict[str, Any]:
    return {"errors": [{"message": message, "extensions": {"code": code}}]}


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b'{"query":"\xff"}', "The request body is not valid UTF-8."),
        ('{"query": "{ __typename }"}'.encode("utf-16"), "The request body is not valid UTF-8."),
        (
            f'{{"query": "{QUERY}", "variables": {{"a": {nested(3000)}}}}}'.encode(),
            "The request body is nested more than 100 levels deep.",
        ),
        (
            f'{{"query": "{QUERY}", "variables": {{"a": {nested(99)}}}}}'.encode(),
            "The request body is nested more than 100 levels deep.",
        ),
        (b'{"query": "{ __typename ', "Unable to parse request body as JSON"),
        (b"[]", "The request body must be a JSON object with a `query`."),
    ],
    ids=["not-utf-8", "utf-16", "3000-deep", "101-deep", "truncated", "array"],
)
async def test_a_malformed_body_is_a_bad_request(
    http: httpx.AsyncClient, body: bytes, message: str
) -> None:
    response = await http.post("/graphql", content=body, headers=JSON)

    assert response.status_code == 400
    assert response.headers["content-type"] == "application/json"
    assert response.json() == refusal(message)


async def test_json_nested_100_deep_is_fine(http: httpx.AsyncClient) -> None:
    body = f'{{"query": "{QUERY}", "variables": {{"a": {nested(98)}}}}}'

    response = await http.post("/graphql", content=body.encode(), headers=JSON)

    assert response.json() == {"data": {"__typename": "Query"}}


async def test_strawberrys_refusals_are_json_too(http: httpx.AsyncClient) -> None:
    wrong_type = await http.post(
        "/graphql", content=json.dumps({"query": QUERY}), headers={"content-type": "text/plain"}
    )
    no_query = await http.post("/graphql", json={"variables": {}})

    assert (wrong_type.status_code, wrong_type.json()) == (
        400,
        refusal("Unsupported content type"),
    )
    assert (no_query.status_code, no_query.json()) == (
        400,
        refusal("No GraphQL query found in the request"),
    )


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"variables": "nope"}, "The `variables` parameter is not valid JSON."),
        (
            {"variables": f'{{"a": {nested(3000)}}}'},
            "The `variables` parameter is nested more than 100 levels deep.",
        ),
        (
            {"extensions": nested(3000)},
            "The `extensions` parameter is nested more than 100 levels deep.",
        ),
        (
            {"variables": "[1]"},
            "The GraphQL operation's `variables` must be an object or null, if provided.",
        ),
    ],
    ids=["not-json", "deep-variables", "deep-extensions", "array"],
)
async def test_malformed_get_parameters_are_a_bad_request(
    http: httpx.AsyncClient, params: dict[str, str], message: str
) -> None:
    response = await http.get("/graphql", params={"query": QUERY, **params})

    assert response.status_code == 400
    assert response.json() == refusal(message)


async def test_get_variables_still_work(http: httpx.AsyncClient) -> None:
    query = "query ($code: String!) { region(code: $code) { code } }"

    response = await http.get(
        "/graphql", params={"query": query, "variables": json.dumps({"code": "64"})}
    )

    assert response.json() == {"data": {"region": {"code": "64"}}}


@pytest.mark.parametrize("coding", ["gzip", "br", "identity, deflate"])
async def test_a_compressed_body_is_unsupported(http: httpx.AsyncClient, coding: str) -> None:
    body = gzip.compress(json.dumps({"query": QUERY}).encode())
    headers = {**JSON, "content-encoding": coding}

    response = await http.post("/graphql", content=body, headers=headers)

    assert response.status_code == 415
    assert response.headers["accept-encoding"] == "identity"
    name = coding.split(", ")[-1]
    assert response.json() == refusal(
        f"Content-Encoding '{name}' is not supported: send the request body uncompressed.",
        "UNSUPPORTED_MEDIA_TYPE",
    )


async def test_an_identity_body_is_fine(http: httpx.AsyncClient) -> None:
    headers = {**JSON, "content-encoding": "identity"}

    response = await http.post("/graphql", content=json.dumps({"query": QUERY}), headers=headers)

    assert response.json() == {"data": {"__typename": "Query"}}


async def test_exports_refuse_a_content_coding_and_bad_parameters(
    http: httpx.AsyncClient,
) -> None:
    coded = await http.get("/exports/network.graphml", headers={"content-encoding": "gzip"})
    # Query strings are decoded leniently (U+FFFD for bad UTF-8), then checked like any value.
    bad_date = await http.get("/exports/network.graphml?from=%FF")

    assert coded.status_code == 415
    assert coded.json() == refusal(
        "Content-Encoding 'gzip' is not supported: send the request body uncompressed.",
        "UNSUPPORTED_MEDIA_TYPE",
    )
    assert bad_date.status_code == 400
    assert bad_date.json() == {
        "errors": [
            {
                "message": "`from` must be a date like 2024-12-31, not '\ufffd'.",
                "extensions": {"code": "BAD_USER_INPUT", "field": "from"},
            }
        ]
    }


async def test_a_client_gone_before_its_body_is_not_an_error(
    settings: Settings, orm: None, caplog: pytest.LogCaptureFixture
) -> None:
    """A browser that navigates away mid-request sends `http.disconnect`: nothing to answer,
    and no traceback (anyone could fill the log with abandoned requests)."""
    app = create_app(settings)
    messages: list[dict[str, Any]] = [
        {"type": "http.request", "body": b'{"query": "{ __ty', "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/graphql",
        "raw_path": b"/graphql",
        "query_string": b"",
        "root_path": "",
        "headers": [(b"content-type", b"application/json"), (b"host", b"testserver")],
        "client": ("127.0.0.1", 40000),
        "server": ("testserver", 80),
        "state": {},
    }
    with caplog.at_level(logging.INFO):
        await app(scope, receive, send)  # type: ignore[arg-type]  # a plain dict scope

    assert sent == []
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
