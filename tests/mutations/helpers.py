"""Posting the generated mutations and reading their payloads."""

from __future__ import annotations

import json
import secrets
from typing import Any
from uuid import UUID

from strawberry.relay.utils import from_base64, to_base64

from tests.conftest import GraphQLClient

ERRORS = """
    ... on MutationError { message }
    ... on ValidationError { errors { field code message } }
    ... on ConflictError { currentVersion }
"""


def token() -> str:
    return secrets.token_hex(4)


def key(global_id: str) -> UUID:
    return UUID(from_base64(global_id)[1])


def global_id(type_name: str, record_id: UUID) -> str:
    return to_base64(type_name, str(record_id))


class NoObject:
    """Expected in place of a related object that must be null."""

    def __repr__(self) -> str:
        return "NO_OBJECT"


NO_OBJECT = NoObject()


def selection(expected: dict[str, Any]) -> str:
    """The GraphQL selection that returns exactly the keys of `expected`."""
    parts = []
    for name, value in expected.items():
        if isinstance(value, dict):
            parts.append(f"{name} {{ {selection(value)} }}")
        else:
            parts.append(f"{name} {{ id }}" if value is NO_OBJECT else name)
    return " ".join(parts)


def mutation_query(mutation: str, fields: str = "id version") -> str:
    verb = next(v for v in ("create", "update", "delete", "restore") if mutation.startswith(v))
    entity = mutation.removeprefix(verb)
    input_type = (
        "RecordVersionInput" if verb in ("delete", "restore") else f"{verb.title()}{entity}Input"
    )
    return (
        f"mutation($input: {input_type}!) {{ result: {mutation}(input: $input) {{ "
        f"__typename ... on {entity} {{ {fields} }} {ERRORS} }} }}"
    )


async def mutate(
    client: GraphQLClient, mutation: str, input: dict[str, Any], fields: str = "id version"
) -> dict[str, Any]:
    """The payload of one mutation: the object's `fields`, or the typed error."""
    data = await client.data(mutation_query(mutation, fields), {"input": input})
    result: dict[str, Any] = data["result"]
    return result


async def create(client: GraphQLClient, entity: str, input: dict[str, Any]) -> str:
    """Create a record that must be accepted; returns its global id."""
    result = await mutate(client, f"create{entity}", input)
    assert result["__typename"] == entity, result
    assert result["version"] == 1
    created: str = result["id"]
    return created


def shows(data: dict[str, Any], marker: str) -> bool:
    return marker in json.dumps(data)


async def user_of(client: GraphQLClient) -> UUID:
    """The staff user a client's session cookie belongs to."""
    import hashlib

    from api.models import Session

    cookie = client.http.cookies["simpul_session"]
    session = await Session.get(token_hash=hashlib.sha256(cookie.encode()).hexdigest())
    user_id: UUID = session.user_id  # type: ignore[attr-defined]  # the foreign key column
    return user_id


def fill(value: Any, refs: dict[str, str]) -> Any:
    """`value` with "$name" replaced by the record `refs[name]` and "{t}" by the token."""
    if isinstance(value, dict):
        return {k: fill(v, refs) for k, v in value.items()}
    if isinstance(value, list):
        return [fill(v, refs) for v in value]
    if value is NO_OBJECT:
        return None
    if isinstance(value, str):
        return refs[value[1:]] if value.startswith("$") else value.replace("{t}", refs["t"])
    return value


def refused(errors: list[tuple[str, str, str]]) -> dict[str, Any]:
    """The ValidationError payload refusing (field, code, message) for each error."""
    return {
        "__typename": "ValidationError",
        "message": "; ".join(message for _, _, message in errors),
        "errors": [{"field": f, "code": c, "message": m} for f, c, m in errors],
    }
