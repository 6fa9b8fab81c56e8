"""Cross-origin browsers: only configured origins, over HTTP and WebSocket (api/cors.py)."""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import AsyncIterator

import httpx
import pytest
from starlette.types import Message

from api.app import create_app
from api.settings import Settings, SettingsError

PORTAL = "https://portal.example.go.id"
OTHER = "https://evil.example.com"
QUERY = {"query": '{ region(code: "64") { code } }'}


@pytest.fixture
async def browser(settings: Settings, orm: None) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(dataclasses.replace(settings, cors_origins=(PORTAL,)))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


def preflight(origin: str) -> dict[str, str]:
    return {
        "origin": origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "content-type, x-csrf-token",
    }


async def test_a_configured_origin_may_call_with_credentials(browser: httpx.AsyncClient) -> None:
    answer = await browser.options("/graphql", headers=preflight(PORTAL))
    response = await browser.post("/graphql", json=QUERY, headers={"origin": PORTAL})

    assert answer.status_code == 200
    assert answer.headers["access-control-allow-origin"] == PORTAL
    assert answer.headers["access-control-allow-credentials"] == "true"
    assert answer.headers["access-control-allow-methods"] == "GET, POST"
    assert "x-csrf-token" in answer.headers["access-control-allow-headers"].lower()
    assert response.json() == {"data": {"region": {"code": "64"}}}
    assert response.headers["access-control-allow-origin"] == PORTAL
    assert response.headers["access-control-allow-credentials"] == "true"


async def test_another_origin_is_refused(browser: httpx.AsyncClient) -> None:
    answer = await browser.options("/graphql", headers=preflight(OTHER))
    response = await browser.post("/graphql", json=QUERY, headers={"origin": OTHER})

    assert answer.status_code == 400
    assert answer.text == "Disallowed CORS origin"
    # The browser withholds the answer: no CORS header allows it.
    assert "access-control-allow-origin" not in response.headers


def test_allowed_origins_by_mode() -> None:
    secret = secrets.token_hex(32)

    assert Settings(mode="production", secret_key=secret).allowed_origins == ()
    assert Settings(mode="development").allowed_origins == (
        "http://localhost:5173",
        "http://127.0.0.1:5173",
    )
    configured = Settings.from_env({"SIMPUL_CORS_ORIGINS": f" {PORTAL}/ , http://a.test:8080 "})
    assert configured.allowed_origins == (PORTAL, "http://a.test:8080")
    assert Settings.from_env({"SIMPUL_CORS_ORIGINS": ""}).allowed_origins == ()


@pytest.mark.parametrize("origin", ["*", "https://portal.example.go.id/app", "portal.example"])
def test_an_unusable_origin_is_a_configuration_error(origin: str) -> None:
    with pytest.raises(SettingsError, match="SIMPUL_CORS_ORIGINS must list origins"):
        Settings.from_env({"SIMPUL_CORS_ORIGINS": origin})


async def websocket_answer(settings: Settings, origin: str | None) -> list[Message]:
    """What the app sends back to a graphql-ws upgrade of /graphql (no lifespan, no database)."""
    headers = [(b"host", b"testserver"), (b"sec-websocket-protocol", b"graphql-transport-ws")]
    if origin:
        headers.append((b"origin", origin.encode()))
    scope = {
        "type": "websocket",
        "asgi": {"version": "3.0"},
        "scheme": "ws",
        "server": ("testserver", 80),
        "client": ("10.0.0.1", 40000),
        "path": "/graphql",
        "raw_path": b"/graphql",
        "root_path": "",
        "query_string": b"",
        "headers": headers,
        "subprotocols": ["graphql-transport-ws"],
        "state": {},
    }
    sent: list[Message] = []

    async def receive() -> Message:
        return {"type": "websocket.connect"}

    async def send(message: Message) -> None:
        sent.append(message)

    await create_app(settings)(scope, receive, send)
    return sent


async def test_websocket_upgrades_from_unconfigured_origins_are_refused(settings: Settings) -> None:
    configured = dataclasses.replace(settings, cors_origins=(PORTAL,))

    assert await websocket_answer(configured, OTHER) == [
        {"type": "websocket.close", "code": 1008, "reason": "Origin not allowed."}
    ]
    # From a configured origin (or from no browser) the upgrade reaches the router, which has
    # no WebSocket endpoint: /graphql serves HTTP only, so subscriptions are not offered.
    for origin in (PORTAL, None):
        assert await websocket_answer(configured, origin) == [
            {"type": "websocket.close", "code": 1000, "reason": ""}
        ]
