"""Changing one's own password: the current one is required; other sessions end."""

from __future__ import annotations

from typing import Any

from api.auth.sessions import CSRF_REFUSED
from api.models import AuditAction, AuditEntry
from tests.accounts.conftest import PASSWORD, VIEWER, Clients, new_user

CHANGE = """
mutation($current: String!, $new: String!) {
  changePassword(input: {currentPassword: $current, newPassword: $new}) {
    __typename
    ... on Viewer { email csrfToken }
    ... on ValidationError { errors { field code message } }
    ... on MutationError { message }
  }
}
"""
NEW_PASSWORD = "a brand new passphrase"


async def test_change_password_ends_the_other_sessions(client: Clients) -> None:
    user = await new_user()
    here, elsewhere = await client(), await client()
    login = await here.login(user.email)
    await elsewhere.login(user.email)

    result = await here.data(CHANGE, {"current": PASSWORD, "new": NEW_PASSWORD})

    assert result == {
        "changePassword": {
            "__typename": "Viewer",
            "email": user.email,
            "csrfToken": login["csrfToken"],
        }
    }
    assert (await here.data(VIEWER))["viewer"]["email"] == user.email
    assert await elsewhere.data(VIEWER) == {"viewer": None}
    assert (await (await client()).login(user.email, PASSWORD))["__typename"] == (
        "PermissionDeniedError"
    )
    assert (await (await client()).login(user.email, NEW_PASSWORD))["__typename"] == "Viewer"
    entry = await AuditEntry.get(entity_id=user.id, action=AuditAction.UPDATE)
    assert list(entry.changes) == ["password_changed_at"]
    assert entry.actor_user_id == user.id  # type: ignore[attr-defined]  # the FK column
    logged = str(await AuditEntry.filter(entity_id=user.id).values_list("changes", flat=True))
    assert PASSWORD not in logged
    assert NEW_PASSWORD not in logged


async def test_wrong_current_password_is_refused(client: Clients) -> None:
    user = await new_user()
    here, elsewhere = await client(), await client()
    await here.login(user.email)
    await elsewhere.login(user.email)

    result = await here.data(CHANGE, {"current": "not my password", "new": NEW_PASSWORD})

    assert result["changePassword"]["errors"] == [
        {
            "field": "currentPassword",
            "code": "INVALID",
            "message": "`currentPassword` is not your current password.",
        }
    ]
    assert (await elsewhere.data(VIEWER))["viewer"] is not None
    assert (await (await client()).login(user.email))["__typename"] == "Viewer"


async def test_new_password_must_be_long_enough(client: Clients) -> None:
    user = await new_user()
    here = await client()
    await here.login(user.email)

    result = await here.data(CHANGE, {"current": PASSWORD, "new": "short"})

    assert result["changePassword"]["errors"] == [
        {
            "field": "newPassword",
            "code": "TOO_SHORT",
            "message": "`newPassword` must have at least 10 characters.",
        }
    ]


async def test_change_password_needs_the_csrf_token(client: Clients) -> None:
    user = await new_user()
    here = await client()
    await here.login(user.email)
    here.csrf = ""

    result = await here.data(CHANGE, {"current": PASSWORD, "new": NEW_PASSWORD})

    assert result["changePassword"] == {
        "__typename": "PermissionDeniedError",
        "message": CSRF_REFUSED,
    }


async def test_anonymous_cannot_change_a_password(client: Clients) -> None:
    browser = await client()

    result: dict[str, Any] = await browser.data(CHANGE, {"current": PASSWORD, "new": NEW_PASSWORD})

    assert result["changePassword"] == {
        "__typename": "PermissionDeniedError",
        "message": "Log in to change your password.",
    }
