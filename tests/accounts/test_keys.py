"""Partner API keys: issued by admins, secret shown once, read-only, refused with a clear 401."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import secrets
from typing import Any
from uuid import uuid4

import pytest

from api.auth.keys import EXPIRED, MALFORMED, REVOKED, UNKNOWN
from api.models import ApiKey, AuditAction, AuditEntry
from schema.accounts.types import global_id
from tests.accounts.conftest import VIEWER, Client, Clients, new_user

KEY_FIELDS = """
  id name prefix scopes status expiresAt revokedAt lastUsedAt requestsPerMinute
  owner { email }
"""
CREATE_KEY = f"""
mutation($input: CreateApiKeyInput!) {{
  createApiKey(input: $input) {{
    __typename
    ... on IssuedApiKey {{ key apiKey {{ {KEY_FIELDS} }} }}
    ... on ValidationError {{ errors {{ field code message }} }}
    ... on MutationError {{ message }}
  }}
}}
"""
ROTATE_KEY = f"""
mutation($id: ID!) {{
  rotateApiKey(input: {{id: $id}}) {{
    __typename
    ... on IssuedApiKey {{ key apiKey {{ {KEY_FIELDS} }} }}
    ... on MutationError {{ message }}
  }}
}}
"""
REVOKE_KEY = f"""
mutation($id: ID!) {{
  revokeApiKey(input: {{id: $id}}) {{
    __typename ... on ApiKey {{ {KEY_FIELDS} }} ... on MutationError {{ message }}
  }}
}}
"""
KEY_PATTERN = re.compile(r"spl_([0-9a-f]{12})_([A-Za-z0-9_-]{43})")


async def admin(client: Clients) -> tuple[Client, str]:
    browser = await client()
    user = await new_user("admin")
    await browser.login(user.email)
    return browser, user.email


async def issue(browser: Client, **values: Any) -> dict[str, Any]:
    name = values.pop("name", f"Portal {secrets.token_hex(3)}")
    result = await browser.data(CREATE_KEY, {"input": {"name": name, **values}})
    issued: dict[str, Any] = result["createApiKey"]
    assert issued["__typename"] == "IssuedApiKey", issued
    return issued


def bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def refused(message: str) -> dict[str, Any]:
    return {"errors": [{"message": message, "extensions": {"code": "UNAUTHENTICATED"}}]}


async def test_admin_creates_a_key_whose_secret_is_shown_once(client: Clients) -> None:
    browser, email = await admin(client)

    issued = await issue(
        browser,
        name="Portal Kabupaten Paser",
        expiresAt="2030-01-01T00:00:00+00:00",
        requestsPerMinute=120,
    )

    match = KEY_PATTERN.fullmatch(issued["key"])
    assert match is not None
    prefix, secret = match.groups()
    row = await ApiKey.get(prefix=prefix)
    assert issued["apiKey"] == {
        "id": global_id("ApiKey", row.id),
        "name": "Portal Kabupaten Paser",
        "prefix": prefix,
        "scopes": ["READ"],
        "status": "ACTIVE",
        "expiresAt": "2030-01-01T00:00:00+00:00",
        "revokedAt": None,
        "lastUsedAt": None,
        "requestsPerMinute": 120,
        "owner": {"email": email},
    }
    assert row.secret_hash == hashlib.sha256(secret.encode()).hexdigest()
    listed = await browser.send(f"{{ apiKeys {{ {KEY_FIELDS} }} }}")
    assert issued["apiKey"] in listed.json()["data"]["apiKeys"]
    assert secret not in listed.text
    entry = await AuditEntry.get(entity_id=row.id, action=AuditAction.CREATE)
    assert secret not in str(entry.changes)
    assert entry.changes["prefix"] == {"before": None, "after": prefix}


async def test_a_key_reads_published_data_only(client: Clients) -> None:
    browser, _ = await admin(client)
    key = (await issue(browser))["key"]
    partner, anonymous = await client(), await client()
    draft = (
        await browser.data(
            'mutation { createArticle(input: {title: "Draf rahasia untuk kunci"}) '
            "{ ... on Article { slug status } } }"
        )
    )["createArticle"]
    person = (
        await browser.data(
            'mutation { createPerson(input: {fullName: "Kontak Pribadi", '
            'contact: {email: "pribadi@example.org"}}) { ... on Person { slug } } }'
        )
    )["createPerson"]
    query = """query($article: String!, $person: String!) {
      articles { totalCount }
      article(slug: $article) { title }
      person(slug: $person) { fullName contact { email } }
      viewer { email }
    }"""
    variables = {"article": draft["slug"], "person": person["slug"]}

    as_partner = await partner.send(query, variables, headers=bearer(key))
    as_anonymous = await anonymous.send(query, variables)
    as_admin = await browser.send(query, variables)

    assert draft["status"] == "DRAFT"
    assert as_partner.status_code == 200
    assert as_partner.json() == as_anonymous.json()
    data = as_partner.json()["data"]
    assert data["article"] is None
    assert data["person"] == {"fullName": "Kontak Pribadi", "contact": None}
    assert data["viewer"] is None
    admin_data = as_admin.json()["data"]
    assert admin_data["article"] == {"title": "Draf rahasia untuk kunci"}
    assert admin_data["articles"]["totalCount"] > data["articles"]["totalCount"]


async def test_a_key_can_never_write(client: Clients) -> None:
    browser, _ = await admin(client)
    key = (await issue(browser))["key"]
    partner = await client()

    record = await partner.send(
        'mutation { createTag(input: {name: "kunci-menulis"}) '
        "{ __typename ... on MutationError { message } } }",
        headers=bearer(key),
    )
    issue_key = await partner.send(CREATE_KEY, {"input": {"name": "Sendiri"}}, headers=bearer(key))

    assert record.json()["data"]["createTag"] == {
        "__typename": "PermissionDeniedError",
        "message": "Only admins and editors may change records.",
    }
    assert issue_key.json()["data"]["createApiKey"] == {
        "__typename": "PermissionDeniedError",
        "message": "Only admins may manage API keys.",
    }


async def test_a_key_notes_its_last_use_once_a_minute(client: Clients) -> None:
    browser, _ = await admin(client)
    issued = await issue(browser)
    partner = await client()
    prefix = issued["apiKey"]["prefix"]

    await partner.send(VIEWER, headers=bearer(issued["key"]))
    first = (await ApiKey.get(prefix=prefix)).last_used_at
    assert first is not None
    recent = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=30)
    await ApiKey.filter(prefix=prefix).update(last_used_at=recent)
    await partner.send(VIEWER, headers=bearer(issued["key"]))
    assert (await ApiKey.get(prefix=prefix)).last_used_at == recent

    await ApiKey.filter(prefix=prefix).update(last_used_at=recent - dt.timedelta(minutes=1))
    await partner.send(VIEWER, headers=bearer(issued["key"]))
    used = (await ApiKey.get(prefix=prefix)).last_used_at
    assert used is not None
    assert used > recent


async def test_revoked_key_is_refused(client: Clients) -> None:
    browser, _ = await admin(client)
    issued = await issue(browser)

    result = await browser.data(REVOKE_KEY, {"id": issued["apiKey"]["id"]})
    response = await (await client()).send(VIEWER, headers=bearer(issued["key"]))

    assert result["revokeApiKey"]["status"] == "REVOKED"
    assert result["revokeApiKey"]["revokedAt"] is not None
    assert response.status_code == 401
    assert response.json() == refused(REVOKED) == refused("API key revoked.")
    assert response.headers["www-authenticate"] == 'Bearer realm="simpul", error="invalid_token"'


async def test_expired_key_is_refused(client: Clients) -> None:
    browser, _ = await admin(client)
    issued = await issue(browser, expiresAt="2031-05-01T08:00:00+08:00")
    past = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    await ApiKey.filter(prefix=issued["apiKey"]["prefix"]).update(expires_at=past)

    response = await (await client()).send(VIEWER, headers=bearer(issued["key"]))
    listed = await browser.data("{ apiKeys { prefix status } }")

    assert response.status_code == 401
    assert response.json() == refused(EXPIRED) == refused("API key expired.")
    assert {"prefix": issued["apiKey"]["prefix"], "status": "EXPIRED"} in listed["apiKeys"]


async def test_rotation_replaces_the_secret_at_once(client: Clients) -> None:
    browser, _ = await admin(client)
    issued = await issue(browser)
    partner = await client()

    rotated = (await browser.data(ROTATE_KEY, {"id": issued["apiKey"]["id"]}))["rotateApiKey"]
    old = await partner.send(VIEWER, headers=bearer(issued["key"]))
    new = await partner.send(VIEWER, headers=bearer(rotated["key"]))

    assert rotated["apiKey"]["prefix"] == issued["apiKey"]["prefix"]
    assert rotated["key"] != issued["key"]
    assert old.status_code == 401
    assert old.json() == refused(UNKNOWN)
    assert new.status_code == 200
    assert new.json() == {"data": {"viewer": None}}


async def test_revoked_key_cannot_be_rotated_and_revoking_twice_changes_nothing(
    client: Clients,
) -> None:
    browser, _ = await admin(client)
    issued = await issue(browser)
    first = await browser.data(REVOKE_KEY, {"id": issued["apiKey"]["id"]})

    again = await browser.data(REVOKE_KEY, {"id": issued["apiKey"]["id"]})
    rotated = await browser.data(ROTATE_KEY, {"id": issued["apiKey"]["id"]})

    assert again == first
    assert rotated["rotateApiKey"] == {
        "__typename": "ValidationError",
        "message": "This API key is revoked; create a new one.",
    }


@pytest.mark.parametrize(
    ("header", "message"),
    [
        ("Bearer nope", MALFORMED),
        ("Basic dXNlcjpwYXNz", MALFORMED),
        ("Bearer spl_zzzzzzzzzzzz_" + "a" * 43, MALFORMED),
        ("Bearer", MALFORMED),
        ("Bearer spl_000000000000_" + "a" * 43, UNKNOWN),
    ],
)
async def test_bad_keys_get_a_401(client: Clients, header: str, message: str) -> None:
    response = await (await client()).send(VIEWER, headers={"Authorization": header})

    assert response.status_code == 401
    assert response.json() == refused(message)


def test_key_refusals_say_what_is_wrong() -> None:
    assert MALFORMED == "Malformed API key: send `Authorization: Bearer spl_<prefix>_<secret>`."
    assert UNKNOWN == "Unknown API key (a rotated key's old secret stops working at once)."


async def test_a_bad_key_is_refused_even_with_a_session_cookie(client: Clients) -> None:
    browser, _ = await admin(client)
    key = (await issue(browser))["key"]

    with_key = await browser.send(VIEWER, headers=bearer(key))
    with_bad_key = await browser.send(VIEWER, headers=bearer(key + "x"))

    assert with_key.json() == {"data": {"viewer": None}}
    assert with_bad_key.status_code == 401
    assert with_bad_key.json() == refused(MALFORMED)


async def test_create_key_refuses_bad_input(client: Clients) -> None:
    browser, _ = await admin(client)

    result = await browser.data(
        CREATE_KEY,
        {
            "input": {
                "name": "  ",
                "scopes": [],
                "expiresAt": "2020-01-01T00:00:00Z",
                "requestsPerMinute": 0,
            }
        },
    )

    assert result["createApiKey"]["errors"] == [
        {"field": "name", "code": "REQUIRED", "message": "`name` is required."},
        {"field": "scopes", "code": "REQUIRED", "message": "`scopes` needs at least one scope."},
        {"field": "expiresAt", "code": "INVALID", "message": "`expiresAt` must be in the future."},
        {
            "field": "requestsPerMinute",
            "code": "OUT_OF_RANGE",
            "message": "`requestsPerMinute` must be between 1 and 1000000.",
        },
    ]


async def test_unknown_and_malformed_key_ids(client: Clients) -> None:
    browser, _ = await admin(client)
    missing = uuid4()

    result = await browser.data(REVOKE_KEY, {"id": global_id("ApiKey", missing)})
    errors = await browser.errors(REVOKE_KEY, {"id": "not-an-id"})

    assert result["revokeApiKey"] == {
        "__typename": "NotFoundError",
        "message": f"No ApiKey with id {missing}.",
    }
    assert errors == ["`id` must be a global id of type ApiKey."]


@pytest.mark.parametrize("role", ["editor", "analyst", "viewer", None])
async def test_only_admins_manage_keys(client: Clients, role: str | None) -> None:
    owner, _ = await admin(client)
    issued = await issue(owner)
    browser = await client()
    if role is not None:
        await browser.login((await new_user(role)).email)

    create = await browser.data(CREATE_KEY, {"input": {"name": "Not mine"}})
    rotate = await browser.data(ROTATE_KEY, {"id": issued["apiKey"]["id"]})
    revoke = await browser.data(REVOKE_KEY, {"id": issued["apiKey"]["id"]})

    denied = {"__typename": "PermissionDeniedError", "message": "Only admins may manage API keys."}
    assert create["createApiKey"] == denied
    assert rotate["rotateApiKey"] == denied
    assert revoke["revokeApiKey"] == denied
    assert await browser.errors("{ apiKeys { prefix } }") == ["Only admins may list API keys."]
