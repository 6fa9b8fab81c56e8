"""A session cookie naming no live session: the response says so and clears the cookie."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from api.models import Session
from tests.accounts.conftest import LOGIN, PASSWORD, VIEWER, Client, Clients, new_user

CLEARED = ["simpul_session=; Max-Age=0; Path=/; HttpOnly; SameSite=Lax"]


async def _logged_in(client: Clients) -> tuple[Client, Session]:
    browser = await client()
    await browser.login((await new_user()).email)
    token = browser.http.cookies["simpul_session"]
    return browser, await Session.get(token_hash=hashlib.sha256(token.encode()).hexdigest())


@pytest.mark.parametrize("ending", ["expires_at", "revoked_at"])
async def test_an_ended_session_is_signalled_and_its_cookie_cleared(
    client: Clients, ending: str
) -> None:
    browser, session = await _logged_in(client)
    live = await browser.send(VIEWER)
    past = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=1)
    await Session.filter(id=session.id).update(**{ending: past})

    response = await browser.send(VIEWER)

    assert "x-simpul-session" not in live.headers
    assert response.json() == {"data": {"viewer": None}}
    assert response.headers["x-simpul-session"] == "expired"
    assert response.headers.get_list("set-cookie") == CLEARED
    assert response.headers["cache-control"] == "no-store"
    assert "simpul_session" not in browser.http.cookies
    assert "x-simpul-session" not in (await browser.send(VIEWER)).headers


async def test_an_unknown_cookie_is_signalled(client: Clients) -> None:
    browser = await client()
    browser.http.cookies["simpul_session"] = "not-a-session"

    response = await browser.send("{ dashboard { stakeholdersByStatus { count } } }")

    assert response.status_code == 200
    assert response.headers["x-simpul-session"] == "expired"
    assert response.headers.get_list("set-cookie") == CLEARED


async def test_logging_in_over_a_dead_cookie_is_not_signalled(client: Clients) -> None:
    browser, session = await _logged_in(client)
    await Session.filter(id=session.id).update(revoked_at=dt.datetime.now(dt.UTC))

    email = (await new_user()).email
    response = await browser.send(LOGIN, {"email": email, "password": PASSWORD})

    assert response.json()["data"]["login"]["__typename"] == "Viewer"
    assert "x-simpul-session" not in response.headers
    assert (await browser.data(VIEWER))["viewer"]["email"] == email


async def test_requests_without_a_cookie_are_not_signalled(client: Clients) -> None:
    response = await (await client()).send(VIEWER)

    assert "x-simpul-session" not in response.headers
    assert "set-cookie" not in response.headers
