"""The audit log query: newest first, filtered, paged, read-only, personal data guarded."""

from __future__ import annotations

import json
import secrets
from typing import Any

import pytest
from strawberry.relay.utils import from_base64, to_base64

from api import models as m
from tests.conftest import CSRF_HEADER, GraphQLClient

ENTRY = "action entityType entityId actor { id email role } ipAddress changes"
LOG = f"""query($filter: AuditFilter, $first: Int, $after: String, $last: Int) {{
  auditLog(filter: $filter, first: $first, after: $after, last: $last) {{
    totalCount pageInfo {{ hasNextPage hasPreviousPage endCursor }}
    edges {{ node {{ {ENTRY} }} }} }} }}"""
CREATE = """mutation($input: CreateStakeholderInput!) { result: createStakeholder(input: $input) {
  ... on Stakeholder { id version slug } } }"""
UPDATE = """mutation($input: UpdateStakeholderInput!) { result: updateStakeholder(input: $input) {
  ... on Stakeholder { id version } } }"""
CONTACT = {"email": "sekretariat@example.org", "phone": "+62 000 7777"}


def nodes(connection: dict[str, Any]) -> list[dict[str, Any]]:
    return [edge["node"] for edge in connection["edges"]]


@pytest.fixture
async def admin(as_role: Any) -> GraphQLClient:
    client: GraphQLClient = await as_role("admin")
    return client


@pytest.fixture
async def history(as_role: Any) -> dict[str, Any]:
    """A stakeholder an editor created (with contact details) and then renamed."""
    editor: GraphQLClient = await as_role("editor")
    t = secrets.token_hex(4)
    created = (
        await editor.data(
            CREATE, {"input": {"name": f"KIM Audit {t}", "category": "KIM", "contact": CONTACT}}
        )
    )["result"]
    await editor.data(
        UPDATE, {"input": {"id": created["id"], "version": 1, "name": f"KIM Audit Baru {t}"}}
    )
    entry = await m.AuditEntry.filter(entity_id=from_base64(created["id"])[1]).first()
    assert entry is not None
    user = await m.User.get(id=entry.actor_user_id)  # type: ignore[attr-defined]  # FK column
    return {"t": t, "id": created["id"], "slug": created["slug"], "user": user}


def actor(user: m.User) -> dict[str, Any]:
    return {"id": to_base64("User", str(user.id)), "email": user.email, "role": "EDITOR"}


async def test_a_records_history_newest_first(
    admin: GraphQLClient, history: dict[str, Any]
) -> None:
    await admin.data("{ __typename }")  # the session's first request also notes its use
    await admin.data("{ __typename }")
    signed_in = admin.last_sql_count
    data = await admin.data(LOG, {"filter": {"entityId": history["id"]}})
    # One statement for the page, one for the count, one for every actor (batched).
    assert admin.last_sql_count == signed_in + 3
    t = history["t"]
    common = {"entityType": "Stakeholder", "entityId": history["id"], "ipAddress": "127.0.0.1"}
    assert data["auditLog"] == {
        "totalCount": 2,
        "pageInfo": {
            "hasNextPage": False,
            "hasPreviousPage": False,
            "endCursor": to_base64("cursor", 1),
        },
        "edges": [
            {
                "node": {
                    "action": "UPDATE",
                    **common,
                    "actor": actor(history["user"]),
                    "changes": {
                        "name": {"before": f"KIM Audit {t}", "after": f"KIM Audit Baru {t}"}
                    },
                }
            },
            {
                "node": {
                    "action": "CREATE",
                    **common,
                    "actor": actor(history["user"]),
                    "changes": {
                        "name": {"before": None, "after": f"KIM Audit {t}"},
                        "category": {"before": None, "after": "kim"},
                        "contact": {"before": None, "after": CONTACT},
                        "slug": {"before": None, "after": history["slug"]},
                    },
                }
            },
        ],
    }


async def test_pages_forward_and_from_the_end(
    admin: GraphQLClient, history: dict[str, Any]
) -> None:
    where = {"filter": {"entityId": history["id"]}}
    first = (await admin.data(LOG, {**where, "first": 1}))["auditLog"]
    assert [n["action"] for n in nodes(first)] == ["UPDATE"]
    assert first["pageInfo"]["hasNextPage"] is True
    after = first["pageInfo"]["endCursor"]
    second = (await admin.data(LOG, {**where, "first": 1, "after": after}))["auditLog"]
    assert [n["action"] for n in nodes(second)] == ["CREATE"]
    assert second["pageInfo"] | {"endCursor": None} == {
        "hasNextPage": False,
        "hasPreviousPage": True,
        "endCursor": None,
    }
    oldest = (await admin.data(LOG, {**where, "last": 1}))["auditLog"]
    assert [n["action"] for n in nodes(oldest)] == ["CREATE"]


async def test_filters(admin: GraphQLClient, history: dict[str, Any]) -> None:
    user_id = to_base64("User", str(history["user"].id))
    cases: list[tuple[dict[str, Any], list[str]]] = [
        ({"entityId": history["id"], "action": ["CREATE"]}, ["CREATE"]),
        ({"entityId": history["id"], "action": ["DELETE", "ERASE"]}, []),
        ({"actorId": user_id}, ["UPDATE", "CREATE"]),
        ({"actorId": user_id, "entityType": "Stakeholder"}, ["UPDATE", "CREATE"]),
        ({"actorId": user_id, "entityType": "Person"}, []),
        ({"entityId": history["id"], "at": {"from": "2000-01-01T00:00:00Z"}}, ["UPDATE", "CREATE"]),
        ({"entityId": history["id"], "at": {"to": "2000-01-01T00:00:00Z"}}, []),
    ]
    for where, actions in cases:
        data = await admin.data(LOG, {"filter": where})
        assert [n["action"] for n in nodes(data["auditLog"])] == actions, where
        assert data["auditLog"]["totalCount"] == len(actions)


async def test_the_total_is_every_entry(admin: GraphQLClient) -> None:
    data = await admin.data("{ auditLog(first: 0) { totalCount edges { node { id } } } }")
    assert data == {"auditLog": {"totalCount": await m.AuditEntry.all().count(), "edges": []}}


@pytest.mark.parametrize(
    ("where", "message"),
    [
        (
            {"actorId": "nonsense"},
            "Malformed global id 'nonsense' in `actorId`: expected an id returned by this API.",
        ),
        (
            {"actorId": to_base64("Stakeholder", "00000000-0000-0000-0000-000000000001")},
            "`actorId` must be the id of a User or an ApiKey, not a Stakeholder.",
        ),
        (
            {"entityId": to_base64("Stakeholder", "12")},
            f"Malformed global id {to_base64('Stakeholder', '12')!r} in `entityId`: "
            "expected an id returned by this API.",
        ),
        (
            {"at": {"from": "2025-02-01T00:00:00Z", "to": "2025-01-01T00:00:00Z"}},
            "`at`: `from` (2025-02-01 00:00:00+00:00) is after `to` (2025-01-01 00:00:00+00:00).",
        ),
    ],
)
async def test_bad_filters_are_refused(
    admin: GraphQLClient, where: dict[str, Any], message: str
) -> None:
    assert await admin.errors(LOG, {"filter": where}) == [message]


async def test_bad_pages_are_refused(admin: GraphQLClient) -> None:
    assert await admin.errors(LOG, {"first": 101}) == [
        "`first` must be between 0 and 100, got 101."
    ]
    assert await admin.errors(LOG, {"after": "x"}) == [
        "Invalid cursor 'x' in `after`: use a cursor returned by this list."
    ]


async def test_contact_values_need_personal_data_rights(
    admin: GraphQLClient, history: dict[str, Any]
) -> None:
    """An admin session without its CSRF header may read the log, but not personal data."""
    where = {"filter": {"entityId": history["id"], "action": ["CREATE"]}}
    shown = nodes((await admin.data(LOG, where))["auditLog"])[0]["changes"]
    assert shown["contact"] == {"before": None, "after": CONTACT}
    del admin.http.headers[CSRF_HEADER]
    hidden = nodes((await admin.data(LOG, where))["auditLog"])[0]["changes"]
    assert hidden["contact"] == {"before": None, "after": None, "hidden": True}
    assert hidden["name"] == shown["name"]


async def test_nothing_in_the_api_changes_the_audit_log(admin: GraphQLClient) -> None:
    data = await admin.data(
        """{ __type(name: "Mutation") { fields { name
             type { name ofType { name ofType { name } } }
             args { name type { name ofType { name ofType { name } } } } } } }"""
    )
    fields = data["__type"]["fields"]
    assert fields
    assert [f["name"] for f in fields if "audit" in json.dumps(f).lower()] == []
