"""Helpers for the rate-limit tests: API keys on the write database and clients per caller."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Callable
from dataclasses import replace
from typing import Any

import httpx
import pytest
import redis.asyncio as aioredis
from starlette.applications import Starlette

from api.app import create_app
from api.auth.keys import new_prefix, new_secret
from api.models import ApiKey
from api.ratelimit import RateLimitMiddleware
from api.settings import Settings

REDIS_URL = "redis://127.0.0.1:6379/0"
QUERY = {"query": "{ __typename }"}


async def make_key(requests_per_minute: int | None = None) -> str:
    """A new live API key on the write database; returns the whole key."""
    issued = new_secret(new_prefix())
    await ApiKey.create(
        name=f"rate-limit test {issued.prefix}",
        prefix=issued.prefix,
        secret_hash=issued.digest,
        scopes=["read"],
        requests_per_minute=requests_per_minute,
    )
    return issued.key


def limited(settings: Settings, **limits: Any) -> Settings:
    return replace(settings, **limits)


def client(
    app: Starlette,
    *,
    key: str | None = None,
    address: str = "192.0.2.1",
    cookies: dict[str, str] | None = None,
) -> httpx.AsyncClient:
    headers = {"Authorization": f"Bearer {key}"} if key else {}
    transport = httpx.ASGITransport(app=app, client=(address, 40000))
    return httpx.AsyncClient(
        transport=transport, base_url="http://testserver", headers=headers, cookies=cookies
    )


@pytest.fixture
async def clients(write_orm: None) -> AsyncIterator[Callable[..., httpx.AsyncClient]]:
    """`clients(app, key=..., address=...)`: HTTP clients closed after the test."""
    made: list[httpx.AsyncClient] = []

    def make(app: Starlette, **kwargs: Any) -> httpx.AsyncClient:
        made.append(client(app, **kwargs))
        return made[-1]

    yield make
    for http in made:
        await http.aclose()


@pytest.fixture
async def redis_prefix() -> AsyncIterator[str]:
    """A unique Redis key prefix; the keys under it are deleted afterwards.

    Redis must be running (CI starts it): if it is not, the ping raises and the test fails.
    """
    connection = aioredis.from_url(REDIS_URL)
    try:
        assert await connection.ping()
        prefix = f"simpul-test-{secrets.token_hex(6)}"
        yield prefix
        keys = [key async for key in connection.scan_iter(match=f"{prefix}*")]
        if keys:
            await connection.delete(*keys)
    finally:
        await connection.aclose()


def app_for(settings: Settings) -> Starlette:
    return create_app(settings)


def rate_limiter(app: Starlette) -> RateLimitMiddleware | None:
    """The app's rate limiter, once a request has built the middleware stack."""
    layer: Any = app.middleware_stack
    while layer is not None and not isinstance(layer, RateLimitMiddleware):
        layer = getattr(layer, "app", None)
    return layer


async def close(app: Starlette) -> None:
    """Close the rate limiter's Redis connections (the lifespan does this in a server)."""
    if (layer := rate_limiter(app)) is not None:
        await layer.aclose()
