"""Test database and HTTP client.

The suite runs against SIMPUL_TEST_DATABASE_URL (a fresh SQLite file by default). The schema is
built by the dialect's migration chain, then the seed graph and a small synthetic graph are
loaded once per session; tests read that data through the real HTTP app.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from tortoise import Tortoise

from api.app import create_app
from api.db import install_sql_counter, start_counting, stop_counting, tortoise_config
from api.settings import Settings

SYNTHETIC_SCALE = 40
SYNTHETIC_SEED = 7


def make_settings(tmp_root: Path, suffix: str = "") -> Settings:
    url = os.environ.get("SIMPUL_TEST_DATABASE_URL", "")
    if url and suffix:
        url = f"{url}_{suffix}"
    return Settings(
        mode="test",
        secret_key="test-only-secret-" * 3,
        # Tests fire requests in bursts from one address; tests/ratelimit sets its own limits.
        rate_limit_concurrency=50,
        data_dir=tmp_root,
        database_url=url or f"sqlite://{tmp_root / f'test{suffix}.sqlite3'}",
        # A stand-in for the built SPA: the real build is tested end to end (frontend/e2e).
        admin_dir=Path(__file__).resolve().parent / "fixtures" / "admin",
    )


async def reset_database(settings: Settings) -> None:
    """Drop everything in the test database so the migration chain starts from empty."""
    if settings.dialect == "sqlite":
        path = Path(settings.database_url.removeprefix("sqlite://"))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)  # noqa: ASYNC240  # set-up, before any I/O
        return
    import asyncpg  # type: ignore[import-untyped]  # asyncpg ships no type information

    url = settings.database_url.replace("postgres://", "postgresql://")
    server, name = url.rsplit("/", 1)
    admin = await asyncpg.connect(f"{server}/postgres")
    try:
        if not await admin.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", name):
            await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    conn = await asyncpg.connect(url)
    try:
        await conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    finally:
        await conn.close()


async def _prepare(settings: Settings) -> None:
    from api.demo import run_demo
    from api.migrate import upgrade

    await reset_database(settings)
    await upgrade(settings)
    await run_demo(settings, scale=SYNTHETIC_SCALE, seed=SYNTHETIC_SEED, quiet=True)


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    settings = make_settings(tmp_path_factory.mktemp("simpul"))
    asyncio.run(_prepare(settings))
    install_sql_counter()
    return settings


@pytest.fixture(scope="session")
def write_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A second database, same data, for tests that write: the read-only tests keep theirs."""
    settings = make_settings(tmp_path_factory.mktemp("simpul-writes"), suffix="writes")
    asyncio.run(_prepare(settings))
    install_sql_counter()
    return settings


@pytest.fixture
async def write_orm(write_settings: Settings) -> AsyncIterator[None]:
    await Tortoise.init(config=tortoise_config(write_settings))
    try:
        yield
    finally:
        await Tortoise.close_connections()


@pytest.fixture
async def orm(settings: Settings) -> AsyncIterator[None]:
    await Tortoise.init(config=tortoise_config(settings))
    try:
        yield
    finally:
        await Tortoise.close_connections()


class GraphQLClient:
    """Posts real query strings to /graphql and counts the SQL statements each one costs."""

    def __init__(self, http: httpx.AsyncClient) -> None:
        self.http = http
        self.last_sql_count = 0

    async def post(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        counter, token = start_counting()
        try:
            response = await self.http.post(
                "/graphql", json={"query": query, "variables": variables or {}}
            )
        finally:
            stop_counting(token)
        self.last_sql_count = counter[0]
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def data(self, query: str, variables: dict[str, Any] | None = None) -> dict[str, Any]:
        body = await self.post(query, variables)
        assert "errors" not in body, body["errors"]
        data: dict[str, Any] = body["data"]
        return data

    async def errors(self, query: str, variables: dict[str, Any] | None = None) -> list[str]:
        body = await self.post(query, variables)
        assert body.get("errors"), body
        return [error["message"] for error in body["errors"]]


@pytest.fixture
async def http(settings: Settings, orm: None) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
        yield client


@pytest.fixture
async def gql(http: httpx.AsyncClient) -> GraphQLClient:
    return GraphQLClient(http)


SESSION_COOKIE = "simpul_session"
CSRF_HEADER = "X-CSRF-Token"


async def staff_session(role: str, email: str | None = None) -> tuple[str, str]:
    """A staff user of `role` with a live session: returns (session token, CSRF token).

    The contract with the auth layer: the session cookie `simpul_session` holds a token whose
    SHA-256 hex digest is `Session.token_hash`; cookie-authenticated mutations must send
    `X-CSRF-Token` equal to `Session.csrf_token`.
    """
    import datetime as dt
    import hashlib
    import secrets

    from api.models import Role, Session, User

    user = await User.create(
        email=email or f"{role}-{secrets.token_hex(4)}@example.org",
        full_name=f"Test {role}",
        role=Role(role),
        password_hash="!unusable",
    )
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    await Session.create(
        user=user,
        token_hash=hashlib.sha256(token.encode()).hexdigest(),
        csrf_token=csrf,
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
    )
    return token, csrf


@pytest.fixture
async def as_role(write_settings: Settings, write_orm: None) -> AsyncIterator[Any]:
    """`await as_role("editor")` gives a GraphQLClient on the write database, logged in as a
    new user of that role; `await as_role(None)` an anonymous one."""
    app = create_app(write_settings)
    clients: list[httpx.AsyncClient] = []

    async def make(role: str | None) -> GraphQLClient:
        cookies, headers = {}, {}
        if role is not None:
            token, csrf = await staff_session(role)
            cookies, headers = {SESSION_COOKIE: token}, {CSRF_HEADER: csrf}
        client = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="http://testserver",
            cookies=cookies,
            headers=headers,
        )
        clients.append(client)
        return GraphQLClient(client)

    yield make
    for client in clients:
        await client.aclose()
