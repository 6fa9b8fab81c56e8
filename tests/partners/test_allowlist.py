"""Allow-list mode: a key that may run only the operations registered for it."""

from __future__ import annotations

import secrets
from typing import Any

from tests.partners.conftest import Client, Partner, persisted, sha256

REGISTER = """
mutation($keyId: ID!, $query: String!) {
  registerApiKeyOperation(input: {keyId: $keyId, query: $query}) {
    __typename
    ... on ApiKeyOperation { sha256 operationName query }
    ... on ValidationError { errors { field code message } }
    ... on MutationError { message }
  }
}
"""
UNREGISTER = """
mutation($keyId: ID!, $sha256: String!) {
  unregisterApiKeyOperation(input: {keyId: $keyId, sha256: $sha256}) {
    __typename ... on ApiKeyOperation { sha256 } ... on MutationError { message }
  }
}
"""
SET_MODE = """
mutation($keyId: ID!, $on: Boolean!) {
  setApiKeyAllowlist(input: {keyId: $keyId, allowlistOnly: $on}) {
    __typename
    ... on ApiKeyAllowlist { allowlistOnly apiKey { id } }
    ... on MutationError { message }
  }
}
"""
OPERATIONS = "query($keyId: ID!) { apiKeyOperations(keyId: $keyId) { sha256 operationName } }"


def refused(operation: str) -> dict[str, Any]:
    message = f"This API key may only run registered operations; `{operation}` is not registered."
    return {
        "data": None,
        "errors": [{"message": message, "extensions": {"code": "OPERATION_NOT_ALLOWED"}}],
    }


async def test_registered_operations_run_and_others_are_refused(
    admin: Client, partner: Any
) -> None:
    key: Partner = await partner()
    allowed = (
        f'query Allowed {{ region(code: "64") {{ code }} a{secrets.token_hex(4)}: __typename }}'
    )
    other = '{ region(code: "64.01") { code } }'

    registered = (await admin.data(REGISTER, {"keyId": key.key_id, "query": allowed}))[
        "registerApiKeyOperation"
    ]
    assert registered == {
        "__typename": "ApiKeyOperation",
        "sha256": sha256(allowed),
        "operationName": "Allowed",
        "query": allowed,
    }
    mode = (await admin.data(SET_MODE, {"keyId": key.key_id, "on": True}))["setApiKeyAllowlist"]
    assert mode == {
        "__typename": "ApiKeyAllowlist",
        "allowlistOnly": True,
        "apiKey": {"id": key.key_id},
    }
    assert (await admin.data(OPERATIONS, {"keyId": key.key_id}))["apiKeyOperations"] == [
        {"sha256": sha256(allowed), "operationName": "Allowed"}
    ]

    ran = await key.client.post({"query": allowed})
    assert ran.json()["data"]["region"] == {"code": "64"}
    by_hash = await key.client.get({"extensions": persisted(allowed)})
    assert by_hash.json()["data"]["region"] == {"code": "64"}

    response = await key.client.post({"query": other})
    assert (response.status_code, response.json()) == (
        200,
        refused(f"anonymous:{sha256(other)[:12]}"),
    )
    # The key's lookup (auth) and the allow-list check; the query itself never ran.
    assert key.client.last_sql_count == 2
    named = await key.client.get({"query": "query Mine { regions { totalCount } }"})
    assert named.json() == refused("Mine")

    gone = await admin.data(UNREGISTER, {"keyId": key.key_id, "sha256": sha256(allowed)})
    assert gone["unregisterApiKeyOperation"] == {
        "__typename": "ApiKeyOperation",
        "sha256": sha256(allowed),
    }
    assert (await key.client.post({"query": allowed})).json() == refused("Allowed")

    await admin.data(SET_MODE, {"keyId": key.key_id, "on": False})
    assert (await key.client.post({"query": other})).json() == {
        "data": {"region": {"code": "64.01"}}
    }


async def test_only_admins_manage_allow_lists(staff: Any, partner: Any) -> None:
    key: Partner = await partner()
    editor: Client = await staff("editor")
    result = (await editor.data(SET_MODE, {"keyId": key.key_id, "on": True}))["setApiKeyAllowlist"]
    assert result == {
        "__typename": "PermissionDeniedError",
        "message": "Only admins may manage API keys.",
    }
    response = await editor.post({"query": OPERATIONS, "variables": {"keyId": key.key_id}})
    assert [e["message"] for e in response.json()["errors"]] == ["Only admins may read API keys."]


async def test_a_query_that_is_not_graphql_cannot_be_registered(
    admin: Client, partner: Any
) -> None:
    key: Partner = await partner()
    result = (await admin.data(REGISTER, {"keyId": key.key_id, "query": "{ region("}))[
        "registerApiKeyOperation"
    ]
    assert result["__typename"] == "ValidationError"
    assert [(e["field"], e["code"]) for e in result["errors"]] == [("query", "INVALID")]
