"""Recent changes: editors and admins see which records changed, how, by whom; nobody else."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from tests.conftest import GraphQLClient

RECENT = """query($first: Int!) { dashboard { recentChanges(first: $first) {
    entityType entityId label action actorName at } } }"""
CREATE = """mutation($input: CreateStakeholderInput!) { result: createStakeholder(input: $input) {
  ... on Stakeholder { id version } } }"""
DELETE = """mutation($input: RecordVersionInput!) { result: deleteStakeholder(input: $input) {
  __typename } }"""


async def test_editor_sees_the_latest_changes_with_names(as_role: Any) -> None:
    editor: GraphQLClient = await as_role("editor")
    name = f"KIM Dasbor {secrets.token_hex(4)}"
    created = (await editor.data(CREATE, {"input": {"name": name, "category": "KIM"}}))["result"]
    await editor.data(DELETE, {"input": {"id": created["id"], "version": created["version"]}})
    account = await (await as_role("admin")).data(
        f'mutation {{ createUser(input: {{email: "dash-{secrets.token_hex(4)}@example.org", '
        'role: VIEWER, password: "long enough pw"}) { __typename } }'
    )

    data = await editor.data(RECENT, {"first": 2})

    assert account == {"createUser": {"__typename": "User"}}

    changes = data["dashboard"]["recentChanges"]
    # The account created last is not shown: accounts and logins are the audit log's business.
    assert [{k: v for k, v in c.items() if k != "at"} for c in changes] == [
        {
            "entityType": "Stakeholder",
            "entityId": created["id"],
            "label": name,  # still named after its deletion
            "action": "DELETE",
            "actorName": "Test editor",
        },
        {
            "entityType": "Stakeholder",
            "entityId": created["id"],
            "label": name,
            "action": "CREATE",
            "actorName": "Test editor",
        },
    ]
    assert changes[0]["at"] >= changes[1]["at"]


async def test_a_page_of_changes_costs_a_statement_per_kind_of_record(as_role: Any) -> None:
    admin: GraphQLClient = await as_role("admin")

    await admin.data(RECENT, {"first": 50})

    # The session, the entries, their actors, and one lookup per kind of record named.
    assert admin.last_sql_count <= 12


@pytest.mark.parametrize("role", [None, "viewer", "analyst"])
async def test_others_are_refused(as_role: Any, role: str | None) -> None:
    client: GraphQLClient = await as_role(role)

    body = await client.post(RECENT, {"first": 5})

    assert body["data"] is None
    assert [(e["message"], e["extensions"]) for e in body["errors"]] == [
        ("Only editors and admins may see recent changes.", {"code": "FORBIDDEN"})
    ]


async def test_page_size_is_checked(as_role: Any) -> None:
    editor: GraphQLClient = await as_role("editor")

    assert await editor.errors(RECENT, {"first": 51}) == [
        "`first` must be between 1 and 50, got 51."
    ]
