"""Compare-and-set across processes: `simpul serve --workers 3` on PostgreSQL.

The server runs against the write database (already migrated and loaded by the session
fixture); staff sessions are made in that database, and the requests go over real sockets.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.models import Stakeholder
from api.settings import Settings
from tests.conftest import CSRF_HEADER, SESSION_COOKIE, staff_session
from tests.mutations.helpers import key, mutation_query, token

pytestmark = pytest.mark.skipif(
    not os.environ.get("SIMPUL_TEST_DATABASE_URL"),
    reason="several workers need PostgreSQL: set SIMPUL_TEST_DATABASE_URL",
)

ROOT = Path(__file__).resolve().parents[2]
WORKERS = 3
STARTUP_SECONDS = 60
RACERS = 30
RACE_SECONDS = 2.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def server(write_settings: Settings, tmp_path: Path) -> Iterator[str]:
    port = free_port()
    env = {
        **os.environ,
        "SIMPUL_MODE": "test",
        "SIMPUL_SECRET_KEY": "workers-test-secret-" * 3,
        "SIMPUL_DATABASE_URL": write_settings.database_url,
        "SIMPUL_DATA_DIR": str(tmp_path),
        "SIMPUL_DB_POOL_SIZE": "4",
        # The races below need every request to run, not to be turned away as a flood.
        "SIMPUL_RATE_LIMIT_CONCURRENCY": "100",
    }
    command = [sys.executable, "-m", "api.cli", "serve", "--host", "127.0.0.1"]
    command += ["--port", str(port), "--workers", str(WORKERS)]
    with open(tmp_path / "server.log", "wb") as log:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    try:
        url = f"http://127.0.0.1:{port}"
        wait_until_up(url, process, tmp_path / "server.log")
        yield url
    finally:
        # The server and its workers are one process group, started above.
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=5)


def wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"the server exited with {process.returncode}:\n{log.read_text()}")
        try:
            if httpx.get(f"{url}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    pytest.fail(f"the server did not answer within {STARTUP_SECONDS} s:\n{log.read_text()}")


@pytest.fixture
async def editors(server: str, write_orm: None) -> AsyncIterator[list[httpx.AsyncClient]]:
    clients = []
    for _ in range(WORKERS):
        session, csrf = await staff_session("editor")
        clients.append(
            httpx.AsyncClient(
                base_url=server,
                cookies={SESSION_COOKIE: session},
                headers={CSRF_HEADER: csrf},
                timeout=30,
            )
        )
    try:
        yield clients
    finally:
        for client in clients:
            await client.aclose()


async def post(client: httpx.AsyncClient, mutation: str, input: dict[str, Any]) -> dict[str, Any]:
    query = mutation_query(mutation, "id version memberCount")
    response = await client.post("/graphql", json={"query": query, "variables": {"input": input}})
    assert response.status_code == 200, response.text
    body = response.json()
    assert "errors" not in body, body
    result: dict[str, Any] = body["data"]["result"]
    return result


async def new_stakeholder(client: httpx.AsyncClient) -> str:
    input = {"name": f"KIM Pekerja {token()}", "category": "KIM", "memberCount": 0}
    created = await post(client, "createStakeholder", input)
    assert created["__typename"] == "Stakeholder", created
    record: str = created["id"]
    return record


async def test_many_updates_of_one_version_have_one_winner(
    editors: list[httpx.AsyncClient],
) -> None:
    record = await new_stakeholder(editors[0])
    results = await asyncio.wait_for(
        asyncio.gather(
            *(
                post(
                    editors[n % WORKERS],
                    "updateStakeholder",
                    {"id": record, "version": 1, "memberCount": n + 1},
                )
                for n in range(RACERS)
            )
        ),
        timeout=60,
    )
    winners = [r for r in results if r["__typename"] == "Stakeholder"]
    conflicts = [r for r in results if r["__typename"] == "ConflictError"]
    assert (len(winners), len(conflicts)) == (1, RACERS - 1), results
    assert winners[0]["version"] == 2
    assert {c["currentVersion"] for c in conflicts} == {2}
    stored = await Stakeholder.get(id=key(record))
    assert (stored.version, stored.member_count) == (2, winners[0]["memberCount"])


async def increment_until(client: httpx.AsyncClient, record: str, deadline: float) -> int:
    """Read the counter and write it plus one until `deadline`; returns the writes accepted."""
    query = "query($id: ID!) { node(id: $id) { ... on Stakeholder { version memberCount } } }"
    accepted = 0
    while time.monotonic() < deadline:
        response = await client.post("/graphql", json={"query": query, "variables": {"id": record}})
        current = response.json()["data"]["node"]
        input = {
            "id": record,
            "version": current["version"],
            "memberCount": current["memberCount"] + 1,
        }
        result = await post(client, "updateStakeholder", input)
        if result["__typename"] == "Stakeholder":
            accepted += 1
        else:
            assert result["__typename"] == "ConflictError", result
    return accepted


async def test_read_then_update_loops_lose_no_update(editors: list[httpx.AsyncClient]) -> None:
    for _ in range(2):
        record = await new_stakeholder(editors[0])
        deadline = time.monotonic() + RACE_SECONDS
        accepted = await asyncio.wait_for(
            asyncio.gather(*(increment_until(c, record, deadline) for c in editors)), timeout=60
        )
        assert sum(accepted) > 0
        stored = await Stakeholder.get(id=key(record))
        assert (stored.member_count, stored.version) == (sum(accepted), 1 + sum(accepted))
