"""Automatic persisted queries, as Apollo clients speak them, over POST and GET."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from api.models import PersistedQuery
from tests.partners.conftest import Client, persisted, sha256

NOT_FOUND = {
    "data": None,
    "errors": [
        {"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
    ],
}
MISMATCH = {
    "data": None,
    "errors": [
        {"message": "provided sha does not match query", "extensions": {"code": "BAD_REQUEST"}}
    ],
}
PASER = {"region": {"code": "64.01", "name": "Kabupaten Paser"}}


def unique_query() -> str:
    # A new document each run: an alias no other test uses.
    alias = f"r{secrets.token_hex(4)}"
    return f'query Paser {{ region(code: "64.01") {{ code name }} {alias}: __typename }}'


def without_alias(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k == "region"}


@pytest.fixture
async def registrar(partner: Any) -> Client:
    """A key that may store persisted queries."""
    client: Client = (await partner("READ", "PERSIST")).client
    return client


async def test_register_then_run_by_hash_over_post(registrar: Client, clients: Any) -> None:
    client = registrar
    query = unique_query()

    first = await client.post({"extensions": persisted(query)})
    assert (first.status_code, first.json()) == (200, NOT_FOUND)
    registered = await client.post({"query": query, "extensions": persisted(query)})
    assert registered.status_code == 200
    assert without_alias(registered.json()["data"]) == PASER
    by_hash = await client.post({"extensions": persisted(query), "operationName": "Paser"})
    assert by_hash.json() == registered.json()

    stored = await PersistedQuery.get(sha256=sha256(query))
    assert (stored.query, stored.operation_name) == (query, "Paser")
    # Anyone may run it by hash once it is stored.
    anonymous: Client = await clients()
    assert (await anonymous.post({"extensions": persisted(query)})).json() == registered.json()


async def test_register_then_run_by_hash_over_get(registrar: Client) -> None:
    client = registrar
    query = unique_query()

    first = await client.get({"extensions": persisted(query)})
    assert (first.status_code, first.json()) == (200, NOT_FOUND)
    registered = await client.get({"query": query, "extensions": persisted(query)})
    assert without_alias(registered.json()["data"]) == PASER
    by_hash = await client.get({"extensions": persisted(query), "operationName": "Paser"})
    assert (by_hash.status_code, by_hash.json()) == (200, registered.json())


async def test_variables_travel_with_the_hash(registrar: Client) -> None:
    client = registrar
    alias = f"k{secrets.token_hex(4)}"
    query = f"query Region($code: String!) {{ region(code: $code) {{ code }} {alias}: __typename }}"
    await client.post({"query": query, "extensions": persisted(query), "variables": {"code": "64"}})
    response = await client.get({"extensions": persisted(query), "variables": {"code": "64.01"}})
    assert response.json()["data"]["region"] == {"code": "64.01"}


async def test_a_hash_that_does_not_match_the_query_is_refused(clients: Any) -> None:
    client: Client = await clients()
    query = unique_query()
    for send in (client.post, client.get):
        response = await send({"query": query, "extensions": persisted(query + " ")})
        assert (response.status_code, response.json()) == (400, MISMATCH)
    assert not await PersistedQuery.filter(sha256=sha256(query + " ")).exists()
    assert not await PersistedQuery.filter(sha256=sha256(query)).exists()


async def test_an_unknown_version_is_refused(clients: Any) -> None:
    client: Client = await clients()
    query = unique_query()
    response = await client.post(
        {"query": query, "extensions": {"persistedQuery": {"version": 2, "sha256Hash": "x"}}}
    )
    assert response.status_code == 400
    assert response.json()["errors"] == [
        {
            "message": "Unsupported persisted query version",
            "extensions": {"code": "PERSISTED_QUERY_NOT_SUPPORTED"},
        }
    ]


GET_MUTATION = {
    "errors": [
        {
            "message": "mutations are not allowed when using GET",
            "extensions": {"code": "BAD_REQUEST"},
        }
    ]
}


async def test_mutations_never_run_over_get(staff: Any) -> None:
    editor: Client = await staff("editor")
    mutation = f"mutation Out{secrets.token_hex(4)} {{ logout {{ __typename }} }}"

    response = await editor.get({"query": mutation, "extensions": persisted(mutation)})
    assert (response.status_code, response.json()) == (400, GET_MUTATION)
    # Not stored either: a GET cannot plant a mutation for a later hash-only GET.
    assert not await PersistedQuery.filter(sha256=sha256(mutation)).exists()

    # Stored by POST, the hash still cannot run it over GET; the session survives.
    await editor.post({"query": mutation, "extensions": persisted(mutation), "operationName": "x"})
    by_hash = await editor.get({"extensions": persisted(mutation)})
    assert (by_hash.status_code, by_hash.json()) == (400, GET_MUTATION)
