"""Security headers on every response (api/headers.py)."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import re
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from api.app import create_app
from api.headers import SecurityHeadersMiddleware
from api.settings import Settings

ADMIN_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
)
API_POLICY = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
COMMON = {
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
}
HSTS = "max-age=31536000; includeSubDomains"
QUERY = {"query": "{ __typename }"}


def security_headers(response: httpx.Response) -> dict[str, str]:
    names = ("content-security-policy", *COMMON, "strict-transport-security")
    return {name: response.headers[name] for name in names if name in response.headers}


def client(app: Any, base_url: str = "http://testserver") -> httpx.AsyncClient:
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 40000))
    return httpx.AsyncClient(transport=transport, base_url=base_url)


@pytest.fixture
async def https(settings: Settings, orm: None) -> AsyncIterator[httpx.AsyncClient]:
    async with client(create_app(settings), "https://testserver") as http:
        yield http


@pytest.mark.parametrize("path", ["/admin/", "/admin/stakeholders/abc", "/admin/assets/app.js"])
async def test_the_admin_app_gets_its_policy(http: httpx.AsyncClient, path: str) -> None:
    response = await http.get(path)

    assert response.status_code == 200
    assert security_headers(response) == {"content-security-policy": ADMIN_POLICY, **COMMON}


async def test_the_api_may_load_nothing(http: httpx.AsyncClient) -> None:
    graphql = await http.post("/graphql", json=QUERY)
    export = await http.get("/exports/network-nodes.csv")
    health = await http.get("/healthz")
    refused = await http.post("/graphql", content=b"[]", headers={"content-type": "text/plain"})

    for response in (graphql, export, health, refused):
        assert security_headers(response) == {"content-security-policy": API_POLICY, **COMMON}
    assert [graphql.status_code, export.status_code, health.status_code, refused.status_code] == [
        200,
        200,
        200,
        400,
    ]


async def test_refusals_before_the_app_carry_them(settings: Settings, orm: None) -> None:
    app = create_app(dataclasses.replace(settings, max_body_bytes=10))
    async with client(app) as http:
        response = await http.post("/graphql", json=QUERY)

    assert response.status_code == 413
    assert security_headers(response) == {"content-security-policy": API_POLICY, **COMMON}


async def test_admin_images_come_from_the_allowed_hosts_only(settings: Settings, orm: None) -> None:
    hosts = ("media.kaltimprov.go.id", "diskominfo.kaltimprov.go.id")
    async with client(create_app(dataclasses.replace(settings, image_hosts=hosts))) as http:
        response = await http.get("/admin/")

    assert response.headers["content-security-policy"] == ADMIN_POLICY.replace(
        "img-src 'self' data:;",
        "img-src 'self' data: diskominfo.kaltimprov.go.id media.kaltimprov.go.id;",
    )


async def test_hsts_over_https_only(https: httpx.AsyncClient, http: httpx.AsyncClient) -> None:
    secure = await https.get("/admin/")
    plain = await http.get("/admin/")
    # A client's own claim to be behind an HTTPS proxy is not believed.
    claimed = await http.get("/admin/", headers={"x-forwarded-proto": "https"})

    assert secure.headers["strict-transport-security"] == HSTS
    assert "strict-transport-security" not in plain.headers
    assert "strict-transport-security" not in claimed.headers


async def test_hsts_behind_a_trusted_proxy(settings: Settings, orm: None) -> None:
    # What `simpul serve` does: uvicorn takes the scheme from a trusted proxy's header.
    # uvicorn types the app it wraps more narrowly than Starlette declares itself.
    app = ProxyHeadersMiddleware(create_app(settings), trusted_hosts="127.0.0.1")  # type: ignore[arg-type]
    async with client(app) as http:
        proxied = await http.get("/healthz", headers={"x-forwarded-proto": "https"})
        direct = await http.get("/healthz")

    assert proxied.headers["strict-transport-security"] == HSTS
    assert "strict-transport-security" not in direct.headers


async def test_graphiql_gets_the_policy_it_needs(settings: Settings, orm: None) -> None:
    app = create_app(dataclasses.replace(settings, mode="development"))
    async with client(app) as http:
        response = await http.get("/graphql", headers={"accept": "text/html"})

    assert response.status_code == 200
    scripts = re.findall(r"<script>(.*?)</script>", response.text, re.DOTALL)
    assert len(scripts) == 1
    digest = base64.b64encode(hashlib.sha256(scripts[0].encode()).digest()).decode()
    assert response.headers["content-security-policy"] == (
        f"default-src 'self'; script-src 'sha256-{digest}' https://unpkg.com; "
        "style-src 'self' 'unsafe-inline' https://unpkg.com; font-src 'self' data:; "
        "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
        "form-action 'self'; frame-ancestors 'none'"
    )
    assert {name: response.headers[name] for name in COMMON} == COMMON


async def test_a_header_the_route_set_is_kept() -> None:
    async def framed(request: Request) -> Response:
        return PlainTextResponse(
            "ok", headers={"x-frame-options": "SAMEORIGIN", "referrer-policy": "no-referrer"}
        )

    app = Starlette(
        routes=[Route("/framed", framed)], middleware=[Middleware(SecurityHeadersMiddleware)]
    )
    async with client(app) as http:
        response = await http.get("/framed")

    assert security_headers(response) == {
        "content-security-policy": API_POLICY,
        "x-frame-options": "SAMEORIGIN",
        "x-content-type-options": "nosniff",
        "referrer-policy": "no-referrer",
    }
    assert response.headers.get_list("x-frame-options") == ["SAMEORIGIN"]
