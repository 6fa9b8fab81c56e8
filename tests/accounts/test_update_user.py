"""updateUser: admins change an account's role and name; the last active admin stays one."""

from __future__ import annotations

from collections.abc import AsyncIterator
from uuid import UUID, uuid4

import pytest
from strawberry.relay.utils import from_base64

from api.models import AuditAction, AuditEntry, Role, User
from schema.accounts.types import global_id
from tests.accounts.conftest import VIEWER, Client, Clients, new_user

UPDATE = """mutation($input: UpdateUserInput!) { updateUser(input: $input) {
  __typename ... on User { fullName role version } ... on MutationError { message }
  ... on ValidationError { errors { field code message } } } }"""


async def _admin(client: Clients) -> tuple[Client, str]:
    browser = await client()
    await browser.login((await new_user("admin")).email)
    return browser, (await browser.data(VIEWER))["viewer"]["id"]


async def test_admin_changes_role_and_name_audited(client: Clients) -> None:
    admin, _ = await _admin(client)
    user = await new_user("viewer", full_name="Nia")

    result = await admin.data(
        UPDATE,
        {"input": {"id": global_id("User", user.id), "role": "EDITOR", "fullName": " Nia R. "}},
    )

    assert result["updateUser"] == {
        "__typename": "User",
        "fullName": "Nia R.",
        "role": "EDITOR",
        "version": 2,
    }
    entry = await AuditEntry.get(entity_id=user.id, action=AuditAction.UPDATE)
    assert entry.changes == {
        "full_name": {"before": "Nia", "after": "Nia R."},
        "role": {"before": "viewer", "after": "editor"},
    }


async def test_unchanged_fields_write_nothing(client: Clients) -> None:
    admin, _ = await _admin(client)
    user = await new_user("analyst", full_name="Ana")

    result = await admin.data(
        UPDATE, {"input": {"id": global_id("User", user.id), "role": "ANALYST"}}
    )

    assert result["updateUser"]["version"] == 1
    assert not await AuditEntry.filter(entity_id=user.id, action=AuditAction.UPDATE).exists()


@pytest.fixture
async def sole_admin(client: Clients) -> AsyncIterator[tuple[Client, str]]:
    """An admin who is, for the test, the only active one (the others come back after)."""
    admin, me = await _admin(client)
    others = await User.filter(role=Role.ADMIN, is_active=True).exclude(id=UUID(from_base64(me)[1]))
    await User.filter(id__in=[other.id for other in others]).update(is_active=False)
    try:
        yield admin, me
    finally:
        await User.filter(id__in=[other.id for other in others]).update(is_active=True)


async def test_the_last_active_admin_cannot_demote_themselves(
    sole_admin: tuple[Client, str],
) -> None:
    admin, me = sole_admin

    result = await admin.data(UPDATE, {"input": {"id": me, "role": "EDITOR"}})

    assert result["updateUser"] == {
        "__typename": "ValidationError",
        "message": "This is the last active admin: make another account an admin first.",
        "errors": [
            {
                "field": "role",
                "code": "LAST_ADMIN",
                "message": "This is the last active admin: make another account an admin first.",
            }
        ],
    }
    assert (await admin.data(VIEWER))["viewer"]["role"] == "ADMIN"


async def test_an_admin_may_step_down_while_another_admin_is_active(client: Clients) -> None:
    admin, me = await _admin(client)
    await new_user("admin")

    result = await admin.data(UPDATE, {"input": {"id": me, "role": "EDITOR"}})

    assert result["updateUser"]["role"] == "EDITOR"


@pytest.mark.parametrize("role", ["editor", "analyst", "viewer", None])
async def test_only_admins_change_accounts(client: Clients, role: str | None) -> None:
    browser = await client()
    if role is not None:
        await browser.login((await new_user(role)).email)
    target = global_id("User", (await new_user()).id)

    result = await browser.data(UPDATE, {"input": {"id": target, "role": "ADMIN"}})

    assert result["updateUser"] == {
        "__typename": "PermissionDeniedError",
        "message": "Only admins may change accounts.",
    }


async def test_bad_input(client: Clients) -> None:
    admin, _ = await _admin(client)
    user = await new_user()

    long_name = await admin.data(
        UPDATE, {"input": {"id": global_id("User", user.id), "fullName": "x" * 201}}
    )
    unknown = await admin.data(UPDATE, {"input": {"id": global_id("User", uuid4())}})

    assert long_name["updateUser"]["errors"] == [
        {
            "field": "fullName",
            "code": "TOO_LONG",
            "message": "`fullName` may have at most 200 characters.",
        }
    ]
    assert unknown["updateUser"]["__typename"] == "NotFoundError"
