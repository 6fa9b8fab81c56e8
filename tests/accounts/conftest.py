"""Clients for the login tests: a real app on the write database, each client at its own IP.

Failed logins are not slowed down here (`login_delay_step=0`); each client gets a fresh IP
address, so the per-address throttle of one test never touches another.
"""

from __future__ import annotations

import dataclasses
import itertools
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

import httpx
import pytest
from starlette.applications import Starlette

from api.app import create_app
from api.models import Role, User
from api.services import accounts
from api.settings import Settings

PASSWORD = "correct horse battery"
CSRF_HEADER = "X-CSRF-Token"

LOGIN = """
mutation($email: String!, $password: String!) {
  login(input: {email: $email, password: $password}) {
    __typename
    ... on Viewer { id email fullName role csrfToken }
    ... on MutationError { message }
    ... on TooManyAttemptsError { retryAfterSeconds }
  }
}
"""
LOGOUT = (
    "mutation { logout { __typename ... on LoggedOut { ended } ... on MutationError { message } } }"
)
VIEWER = "{ viewer { id email fullName role csrfToken } }"

_addresses = itertools.count(1)


class Client:
    """An HTTP client that keeps cookies, like the admin app's browser."""

    def __init__(self, http: httpx.AsyncClient, address: str = "") -> None:
        self.http = http
        self.address = address
        self.csrf = ""

    async def send(
        self,
        query: str,
        variables: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        sent = {CSRF_HEADER: self.csrf} if self.csrf else {}
        return await self.http.post(
            "/graphql",
            json={"query": query, "variables": variables or {}},
            headers=sent | (headers or {}),
        )

    async def data(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        response = await self.send(query, variables)
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        assert "errors" not in body, body["errors"]
        data: dict[str, Any] = body["data"]
        return data

    async def errors(self, query: str, variables: dict[str, Any] | None = None) -> list[str]:
        response = await self.send(query, variables)
        assert response.status_code == 200, response.text
        return [error["message"] for error in response.json()["errors"]]

    async def login(self, email: str, password: str = PASSWORD) -> dict[str, Any]:
        result: dict[str, Any] = (await self.data(LOGIN, {"email": email, "password": password}))[
            "login"
        ]
        if result["__typename"] == "Viewer":
            self.csrf = result["csrfToken"]
        return result


Clients = Callable[..., Awaitable[Client]]


@pytest.fixture
def login_settings(write_settings: Settings) -> Settings:
    return dataclasses.replace(write_settings, login_delay_step=0.0)


@pytest.fixture
async def app(login_settings: Settings, write_orm: None) -> Starlette:
    return create_app(login_settings)


@pytest.fixture
async def client(app: Starlette) -> AsyncIterator[Clients]:
    """`await client()` gives a new browser at a new IP; `https=True` over HTTPS."""
    opened: list[httpx.AsyncClient] = []

    async def make(*, https: bool = False, ip: str | None = None) -> Client:
        n = next(_addresses)
        address = ip or f"10.{secrets.randbelow(200)}.{n // 250 % 250}.{n % 250 + 1}"
        http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app, client=(address, 40000)),
            base_url=f"{'https' if https else 'http'}://testserver",
        )
        opened.append(http)
        return Client(http, address)

    yield make
    for http in opened:
        await http.aclose()


async def new_user(role: str = "editor", password: str = PASSWORD, **values: Any) -> User:
    """A new account on the write database, made by the service (as the CLI does)."""
    return await accounts.create_user(
        email=f"{role}-{secrets.token_hex(5)}@example.org",
        role=Role(role),
        password=password,
        actor=None,
        **values,
    )
