"""Login, logout, the session cookie, session expiry and revocation, and the CSRF check."""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from api.auth.sessions import CSRF_REFUSED
from api.models import AuditAction, AuditEntry, Session, User
from schema.accounts.types import global_id
from tests.accounts.conftest import LOGIN, LOGOUT, VIEWER, Clients, new_user
from tests.conftest import GraphQLClient

WEEK = 7 * 24 * 3600


def _cookie(response: Any) -> tuple[str, str]:
    """(token, attributes) of the one Set-Cookie header."""
    [header] = response.headers.get_list("set-cookie")
    first, _, attributes = header.partition("; ")
    name, _, token = first.partition("=")
    assert name == "simpul_session"
    return token, attributes


async def test_login_sets_the_session_cookie(client: Clients) -> None:
    user = await new_user("editor", full_name="Rina Editor")
    browser = await client()

    response = await browser.send(
        LOGIN, {"email": user.email.upper(), "password": "correct horse battery"}
    )

    token, attributes = _cookie(response)
    assert attributes == f"Max-Age={WEEK}; Path=/; HttpOnly; SameSite=Lax"
    session = await Session.get(token_hash=hashlib.sha256(token.encode()).hexdigest())
    assert response.json()["data"]["login"] == {
        "__typename": "Viewer",
        "id": global_id("User", user.id),
        "email": user.email,
        "fullName": "Rina Editor",
        "role": "EDITOR",
        "csrfToken": session.csrf_token,
    }
    assert session.user_id == user.id  # type: ignore[attr-defined]  # the FK column
    assert session.expires_at - session.last_seen_at == dt.timedelta(days=7)  # type: ignore[operator]  # set at login
    assert not await Session.filter(token_hash=token).exists()
    await user.refresh_from_db()
    assert user.last_login_at is not None


async def test_cookie_is_secure_over_https(client: Clients) -> None:
    user = await new_user()
    browser = await client(https=True)

    response = await browser.send(LOGIN, {"email": user.email, "password": "correct horse battery"})

    _, attributes = _cookie(response)
    assert attributes == f"Max-Age={WEEK}; Path=/; HttpOnly; SameSite=Lax; Secure"


async def test_cookie_is_secure_behind_an_https_proxy(client: Clients) -> None:
    user = await new_user()
    browser = await client()

    response = await browser.send(
        LOGIN,
        {"email": user.email, "password": "correct horse battery"},
        headers={"X-Forwarded-Proto": "https"},
    )

    _, attributes = _cookie(response)
    assert attributes.endswith("; SameSite=Lax; Secure")


async def test_viewer_is_the_logged_in_user_with_the_csrf_token(client: Clients) -> None:
    user = await new_user("analyst", full_name="Andi Analis")
    browser = await client()
    assert await browser.data(VIEWER) == {"viewer": None}

    login = await browser.login(user.email)

    assert await browser.data(VIEWER) == {
        "viewer": {
            "id": global_id("User", user.id),
            "email": user.email,
            "fullName": "Andi Analis",
            "role": "ANALYST",
            "csrfToken": login["csrfToken"],
        }
    }


async def test_viewer_carries_the_office_time_zone(client: Clients) -> None:
    user = await new_user("editor")
    browser = await client()
    await browser.login(user.email)

    assert await browser.data("{ viewer { timeZone } }") == {
        "viewer": {"timeZone": "Asia/Makassar"}
    }


async def test_logout_ends_the_session_and_clears_the_cookie(client: Clients) -> None:
    user = await new_user()
    browser = await client()
    await browser.login(user.email)
    token = browser.http.cookies["simpul_session"]

    response = await browser.send(LOGOUT)

    assert response.json()["data"] == {"logout": {"__typename": "LoggedOut", "ended": True}}
    assert response.headers.get_list("set-cookie") == [
        "simpul_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax"
    ]
    session = await Session.get(token_hash=hashlib.sha256(token.encode()).hexdigest())
    assert session.revoked_at is not None
    again = await client()
    again.http.cookies["simpul_session"] = token
    assert await again.data(VIEWER) == {"viewer": None}
    entries = await AuditEntry.filter(entity_id=user.id).order_by("id")
    assert [e.action for e in entries] == [
        AuditAction.CREATE,
        AuditAction.LOGIN,
        AuditAction.LOGOUT,
    ]


async def test_logout_needs_the_csrf_token(client: Clients) -> None:
    user = await new_user()
    browser = await client()
    await browser.login(user.email)
    browser.csrf = ""

    result = await browser.data(LOGOUT)

    assert result == {"logout": {"__typename": "PermissionDeniedError", "message": CSRF_REFUSED}}
    assert (await browser.data(VIEWER))["viewer"]["email"] == user.email


async def test_logout_without_a_session_ends_nothing(client: Clients) -> None:
    browser = await client()

    assert await browser.data(LOGOUT) == {"logout": {"__typename": "LoggedOut", "ended": False}}


async def _logged_in(client: Clients) -> tuple[Any, Session]:
    user = await new_user()
    browser = await client()
    await browser.login(user.email)
    token = browser.http.cookies["simpul_session"]
    session = await Session.get(token_hash=hashlib.sha256(token.encode()).hexdigest())
    return browser, session


async def test_expired_session_is_anonymous(client: Clients) -> None:
    browser, session = await _logged_in(client)
    now = dt.datetime.now(dt.UTC)
    await Session.filter(id=session.id).update(expires_at=now - dt.timedelta(seconds=1))

    assert await browser.data(VIEWER) == {"viewer": None}


async def test_idle_session_is_anonymous(client: Clients) -> None:
    browser, session = await _logged_in(client)
    now = dt.datetime.now(dt.UTC)
    await Session.filter(id=session.id).update(last_seen_at=now - dt.timedelta(hours=12, seconds=1))

    assert await browser.data(VIEWER) == {"viewer": None}


async def test_revoked_session_is_anonymous(client: Clients) -> None:
    browser, session = await _logged_in(client)
    await Session.filter(id=session.id).update(revoked_at=dt.datetime.now(dt.UTC))

    assert await browser.data(VIEWER) == {"viewer": None}


async def test_use_keeps_a_session_alive_noting_it_once_a_minute(client: Clients) -> None:
    browser, session = await _logged_in(client)
    now = dt.datetime.now(dt.UTC)
    recent, old = now - dt.timedelta(seconds=30), now - dt.timedelta(hours=11)

    await Session.filter(id=session.id).update(last_seen_at=recent)
    await browser.data(VIEWER)
    assert (await Session.get(id=session.id)).last_seen_at == recent

    await Session.filter(id=session.id).update(last_seen_at=old)
    assert (await browser.data(VIEWER))["viewer"] is not None
    seen = (await Session.get(id=session.id)).last_seen_at
    assert seen is not None
    assert seen >= now


CREATE_TAG = """
mutation($name: String!) {
  createTag(input: {name: $name}) {
    __typename ... on Tag { name } ... on MutationError { message }
  }
}
"""


async def test_record_mutation_without_the_csrf_header_is_refused(as_role: Any) -> None:
    editor: GraphQLClient = await as_role("editor")
    del editor.http.headers["X-CSRF-Token"]

    result = await editor.data(CREATE_TAG, {"name": "csrf-missing-tag"})

    assert result == {"createTag": {"__typename": "PermissionDeniedError", "message": CSRF_REFUSED}}


async def test_record_mutation_with_a_wrong_csrf_header_is_refused(as_role: Any) -> None:
    editor: GraphQLClient = await as_role("editor")
    editor.http.headers["X-CSRF-Token"] = "not-the-token"

    result = await editor.data(CREATE_TAG, {"name": "csrf-wrong-tag"})

    assert result == {"createTag": {"__typename": "PermissionDeniedError", "message": CSRF_REFUSED}}


async def test_logged_in_editor_writes_with_the_login_csrf_token(client: Clients) -> None:
    user = await new_user("editor")
    browser = await client()
    await browser.login(user.email)

    result = await browser.data(CREATE_TAG, {"name": "tag-by-login-session"})

    assert result == {"createTag": {"__typename": "Tag", "name": "tag-by-login-session"}}
    assert await User.filter(id=user.id).exists()


async def test_logging_in_again_ends_the_browser_s_previous_session(client: Clients) -> None:
    first, second = await new_user(), await new_user()
    browser = await client()
    await browser.login(first.email)
    previous = browser.http.cookies["simpul_session"]

    await browser.login(second.email)

    assert (await browser.data(VIEWER))["viewer"]["email"] == second.email
    session = await Session.get(token_hash=hashlib.sha256(previous.encode()).hexdigest())
    assert session.revoked_at is not None
