"""A real app on the write database, an admin, and partner keys that admin issues."""

from __future__ import annotations

import hashlib
import json
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import httpx
import pytest
from starlette.applications import Starlette

from api.app import create_app
from api.db import start_counting, stop_counting
from api.models import ApiKey
from api.settings import Settings
from tests.conftest import CSRF_HEADER, SESSION_COOKIE, staff_session

CREATE_KEY = """
mutation($name: String!, $scopes: [ApiKeyScope!]!) {
  createApiKey(input: {name: $name, scopes: $scopes}) {
    ... on IssuedApiKey { key apiKey { id } }
    ... on MutationError { message }
  }
}
"""


def sha256(query: str) -> str:
    return hashlib.sha256(query.encode()).hexdigest()


def persisted(query: str) -> dict[str, Any]:
    return {"persistedQuery": {"version": 1, "sha256Hash": sha256(query)}}


class Client:
    """Sends GraphQL over POST or GET, as Apollo clients do; counts the SQL each request costs."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http
        self.last_sql_count = 0

    async def _send(self, method: str, **kwargs: Any) -> httpx.Response:
        counter, token = start_counting()
        try:
            return await self.http.request(method, "/graphql", **kwargs)
        finally:
            stop_counting(token)
            self.last_sql_count = counter[0]

    async def post(self, body: dict[str, Any], **kwargs: Any) -> httpx.Response:
        return await self._send("POST", json=body, **kwargs)

    async def get(self, body: dict[str, Any], **kwargs: Any) -> httpx.Response:
        params = {k: json.dumps(v) if isinstance(v, dict) else v for k, v in body.items()}
        return await self._send("GET", params=params, **kwargs)

    async def data(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        response = await self.post({"query": query, "variables": variables or {}})
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        assert "errors" not in body, body["errors"]
        data: dict[str, Any] = body["data"]
        return data


@dataclass
class Partner:
    client: Client
    key_id: str  # the global id
    uuid: UUID  # the database id


@pytest.fixture
async def app(write_settings: Settings, write_orm: None) -> Starlette:
    return create_app(write_settings)


@pytest.fixture
async def clients(app: Starlette) -> AsyncIterator[Any]:
    opened: list[httpx.AsyncClient] = []

    async def make(
        cookies: dict[str, str] | None = None, headers: dict[str, str] | None = None
    ) -> Client:
        http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="http://testserver",
            cookies=cookies,
            headers=headers,
        )
        opened.append(http)
        return Client(http)

    yield make
    for http in opened:
        await http.aclose()


@pytest.fixture
async def staff(clients: Any) -> Any:
    async def make(role: str) -> Client:
        token, csrf = await staff_session(role)
        client: Client = await clients({SESSION_COOKIE: token}, {CSRF_HEADER: csrf})
        return client

    return make


@pytest.fixture
async def admin(staff: Any) -> Client:
    client: Client = await staff("admin")
    return client


@pytest.fixture
async def partner(admin: Client, clients: Any) -> Any:
    """`await partner()`: a new key, issued by the admin, and a client that sends it;
    `await partner("READ", "PERSIST")` for other scopes."""

    async def make(*scopes: str) -> Partner:
        variables = {"name": f"Portal {secrets.token_hex(3)}", "scopes": list(scopes or ["READ"])}
        issued = (await admin.data(CREATE_KEY, variables))["createApiKey"]
        client = await clients(headers={"Authorization": f"Bearer {issued['key']}"})
        stored = await ApiKey.get(prefix=issued["key"].split("_")[1])
        return Partner(client=client, key_id=issued["apiKey"]["id"], uuid=stored.id)

    return make
