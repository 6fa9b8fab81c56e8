"""Account administration: create, list, deactivate, reactivate, end sessions (admins only)."""

from __future__ import annotations

import secrets
from uuid import uuid4

import pytest

from api.models import AuditAction, AuditEntry, User
from schema.accounts.types import global_id
from tests.accounts.conftest import PASSWORD, VIEWER, Client, Clients, new_user

USER_FIELDS = "... on User { id email fullName role isActive } ... on MutationError { message }"
CREATE_USER = f"""
mutation($input: CreateUserInput!) {{
  createUser(input: $input) {{
    __typename {USER_FIELDS} ... on ValidationError {{ errors {{ field code }} }}
  }}
}}
"""
DEACTIVATE = (
    f"mutation($id: ID!) {{ deactivateUser(input: {{id: $id}}) {{ __typename {USER_FIELDS} }} }}"
)
REACTIVATE = (
    f"mutation($id: ID!) {{ reactivateUser(input: {{id: $id}}) {{ __typename {USER_FIELDS} }} }}"
)
REVOKE_SESSIONS = """
mutation($id: ID!) {
  revokeUserSessions(input: {id: $id}) {
    __typename ... on SessionsRevoked { count user { email } } ... on MutationError { message }
  }
}
"""


async def logged_in(client: Clients, role: str | None) -> Client:
    browser = await client()
    if role is not None:
        await browser.login((await new_user(role)).email)
    return browser


async def test_admin_creates_an_account_that_can_log_in(client: Clients) -> None:
    admin = await logged_in(client, "admin")
    email = f"New.Person-{secrets.token_hex(4)}@Example.org"

    result = await admin.data(
        CREATE_USER,
        {"input": {"email": email, "role": "VIEWER", "password": PASSWORD, "fullName": "Nia"}},
    )

    user = await User.get(email=email.lower())
    assert result["createUser"] == {
        "__typename": "User",
        "id": global_id("User", user.id),
        "email": email.lower(),
        "fullName": "Nia",
        "role": "VIEWER",
        "isActive": True,
    }
    assert user.password_hash.startswith("$argon2id$")
    entry = await AuditEntry.get(entity_id=user.id, action=AuditAction.CREATE)
    assert entry.changes == {
        "email": {"before": None, "after": email.lower()},
        "full_name": {"before": None, "after": "Nia"},
        "role": {"before": None, "after": "viewer"},
        "is_active": {"before": None, "after": True},
    }
    assert (await (await client()).login(email))["__typename"] == "Viewer"


async def test_create_user_refuses_bad_input(client: Clients) -> None:
    admin = await logged_in(client, "admin")
    taken = await new_user()

    duplicate = await admin.data(
        CREATE_USER,
        {"input": {"email": taken.email.upper(), "role": "EDITOR", "password": PASSWORD}},
    )
    invalid = await admin.data(
        CREATE_USER, {"input": {"email": "not-an-email", "role": "EDITOR", "password": "short"}}
    )

    assert duplicate["createUser"]["errors"] == [{"field": "email", "code": "DUPLICATE"}]
    assert invalid["createUser"]["errors"] == [
        {"field": "email", "code": "INVALID"},
        {"field": "password", "code": "TOO_SHORT"},
    ]


async def test_admin_lists_accounts_without_any_hash(client: Clients) -> None:
    admin = await logged_in(client, "admin")
    user = await new_user("analyst", full_name="Listed Analyst")

    data = await admin.data("{ users { email fullName role isActive } }")

    assert {
        "email": user.email,
        "fullName": "Listed Analyst",
        "role": "ANALYST",
        "isActive": True,
    } in data["users"]
    emails = [u["email"] for u in data["users"]]
    assert emails == sorted(emails)


async def test_no_account_type_exposes_a_hash_or_secret(client: Clients) -> None:
    browser = await client()
    for type_name in ("User", "Viewer", "ApiKey", "IssuedApiKey"):
        data = await browser.data(
            "query($name: String!) { __type(name: $name) { fields { name } } }", {"name": type_name}
        )
        names = {field["name"] for field in data["__type"]["fields"]}
        assert not {n for n in names if "hash" in n.lower() or n in ("password", "secret")}


async def test_deactivated_user_cannot_log_in_and_loses_their_sessions(client: Clients) -> None:
    admin = await logged_in(client, "admin")
    user = await new_user()
    session = await client()
    await session.login(user.email)

    result = await admin.data(DEACTIVATE, {"id": global_id("User", user.id)})

    assert result["deactivateUser"]["isActive"] is False
    assert await session.data(VIEWER) == {"viewer": None}
    assert await (await client()).login(user.email) == {
        "__typename": "PermissionDeniedError",
        "message": "This account is deactivated; ask an administrator to reactivate it.",
    }
    # A wrong password gets the usual answer: the state is shown only to the password's owner.
    assert (await (await client()).login(user.email, "wrong password!"))["message"] == (
        "Wrong email or password."
    )
    entry = await AuditEntry.get(entity_id=user.id, action=AuditAction.UPDATE)
    assert entry.changes == {"is_active": {"before": True, "after": False}}

    again = await admin.data(REACTIVATE, {"id": global_id("User", user.id)})

    assert again["reactivateUser"]["isActive"] is True
    assert await session.data(VIEWER) == {"viewer": None}
    assert (await (await client()).login(user.email))["__typename"] == "Viewer"


async def test_admin_cannot_deactivate_themselves(client: Clients) -> None:
    admin = await logged_in(client, "admin")
    me = (await admin.data(VIEWER))["viewer"]["id"]

    result = await admin.data(DEACTIVATE, {"id": me})

    assert result["deactivateUser"] == {
        "__typename": "PermissionDeniedError",
        "message": "You cannot deactivate your own account.",
    }


async def test_admin_ends_every_session_of_a_user(client: Clients) -> None:
    admin = await logged_in(client, "admin")
    user = await new_user()
    first, second = await client(), await client()
    await first.login(user.email)
    await second.login(user.email)

    result = await admin.data(REVOKE_SESSIONS, {"id": global_id("User", user.id)})

    assert result["revokeUserSessions"] == {
        "__typename": "SessionsRevoked",
        "count": 2,
        "user": {"email": user.email},
    }
    assert await first.data(VIEWER) == {"viewer": None}
    assert await second.data(VIEWER) == {"viewer": None}


async def test_unknown_and_malformed_user_ids(client: Clients) -> None:
    admin = await logged_in(client, "admin")

    result = await admin.data(DEACTIVATE, {"id": global_id("User", uuid4())})
    errors = await admin.errors(DEACTIVATE, {"id": global_id("ApiKey", uuid4())})

    assert result["deactivateUser"]["__typename"] == "NotFoundError"
    assert result["deactivateUser"]["message"].startswith("No User with id ")
    assert errors == ["`id` must be a global id of type User."]


@pytest.mark.parametrize("role", ["editor", "analyst", "viewer", None])
async def test_only_admins_administer_accounts(client: Clients, role: str | None) -> None:
    browser = await logged_in(client, role)
    target = global_id("User", (await new_user()).id)

    create = await browser.data(
        CREATE_USER,
        {
            "input": {
                "email": f"x-{secrets.token_hex(4)}@example.org",
                "role": "ADMIN",
                "password": PASSWORD,
            }
        },
    )
    deactivate = await browser.data(DEACTIVATE, {"id": target})
    revoke = await browser.data(REVOKE_SESSIONS, {"id": target})

    assert create["createUser"]["message"] == "Only admins may create accounts."
    assert deactivate["deactivateUser"]["message"] == (
        "Only admins may deactivate or reactivate accounts."
    )
    assert revoke["revokeUserSessions"]["message"] == "Only admins may end other people's sessions."
    assert await browser.errors("{ users { email } }") == ["Only admins may list accounts."]
