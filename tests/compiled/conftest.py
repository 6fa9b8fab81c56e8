"""Two apps over the same database, one per read engine, and a client of each per caller."""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.settings import ReadEngine, Settings
from tests.conftest import CSRF_HEADER, SESSION_COOKIE, GraphQLClient, staff_session
from tests.permissions.roles import partner_key

ENGINES: tuple[ReadEngine, ...] = ("resolvers", "compiled")
# Who asks: no credentials, a partner app's key, and two staff roles.
CALLERS = ("anonymous", "key", "analyst", "admin")
# The differential tests send many requests a minute from one address.
UNLIMITED = 1_000_000


@dataclasses.dataclass
class Pair:
    """The same caller on both engines."""

    resolvers: GraphQLClient
    compiled: GraphQLClient


@pytest.fixture
async def pairs(write_settings: Settings, write_orm: None) -> AsyncIterator[dict[str, Pair]]:
    apps = {
        engine: create_app(
            dataclasses.replace(
                write_settings,
                read_engine=engine,
                rate_limit_anonymous_per_minute=UNLIMITED,
                rate_limit_key_per_minute=UNLIMITED,
                rate_limit_staff_per_minute=UNLIMITED,
            )
        )
        for engine in ENGINES
    }
    credentials: dict[str, tuple[dict[str, str], dict[str, str]]] = {"anonymous": ({}, {})}
    for role in ("analyst", "admin"):
        token, csrf = await staff_session(role)
        credentials[role] = ({SESSION_COOKIE: token}, {CSRF_HEADER: csrf})
    _, bearer = await partner_key()
    credentials["key"] = ({}, {"Authorization": f"Bearer {bearer}"})
    opened: list[httpx.AsyncClient] = []

    def client(engine: ReadEngine, caller: str) -> GraphQLClient:
        cookies, headers = credentials[caller]
        http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=apps[engine]),
            base_url="http://testserver",
            cookies=cookies,
            headers=headers,
        )
        opened.append(http)
        return GraphQLClient(http)

    yield {
        caller: Pair(client("resolvers", caller), client("compiled", caller)) for caller in CALLERS
    }
    for http in opened:
        await http.aclose()


async def both(pair: Pair, query: str, variables: dict[str, Any] | None = None) -> tuple[str, str]:
    """The JSON text each engine answers with (key order included)."""
    import json

    texts = []
    for client in (pair.resolvers, pair.compiled):
        body = await client.post(query, variables)
        texts.append(json.dumps(body))
    return texts[0], texts[1]
