"""Several workers and several hosts: `simpul serve` processes on one PostgreSQL and one Redis.

Which worker holds which connection is read from /proc (Linux): the server tells no client.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest

from api.settings import Settings
from tests.conftest import CSRF_HEADER, SESSION_COOKIE, staff_session
from tests.ratelimit.conftest import redis_prefix  # noqa: F401  # a fixture used below
from tests.servers import STARTUP_TIMEOUT, free_port, start, stop, wait_until_up

pytestmark = [
    pytest.mark.skipif(
        not os.environ.get("SIMPUL_TEST_DATABASE_URL"),
        reason="several workers need PostgreSQL: set SIMPUL_TEST_DATABASE_URL",
    ),
    pytest.mark.skipif(sys.platform != "linux", reason="reads sockets from /proc"),
]

TYPENAME = {"query": "{ __typename }"}
KEEP_ALIVE_REQUESTS = 50
# Nagle's algorithm holds each response's body for the client's delayed ACK (40 ms or more):
# 50 stalled requests take at least 2 s, while unstalled ones take about 5 ms each here.
KEEP_ALIVE_SECONDS = 1.5
CONNECTIONS = 32


def _children(parent: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:  # ended meanwhile
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(entry.name))
    return found


def _sockets(pid: int) -> set[int]:
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            link = os.readlink(fd)
        except OSError:
            continue
        if link.startswith("socket:["):
            inodes.add(int(link[len("socket:[") : -1]))
    return inodes


def tcp_sockets(parent: int, port: int) -> dict[int, list[tuple[str, int, int]]]:
    """For each child of `parent`: its TCP sockets on local `port`, as (state, remote port,
    inode); state `0A` is listening and `01` established."""
    table = [line.split() for line in Path("/proc/net/tcp").read_text().splitlines()[1:]]
    held: dict[int, list[tuple[str, int, int]]] = {}
    for pid in _children(parent):
        inodes = _sockets(pid)
        held[pid] = [
            (row[3], int(row[2].rsplit(":", 1)[1], 16), int(row[9]))
            for row in table
            if int(row[1].rsplit(":", 1)[1], 16) == port and int(row[9]) in inodes
        ]
    return {pid: sockets for pid, sockets in held.items() if sockets}


async def both_listening(parent: int, port: int) -> None:
    """Wait until two workers listen: /healthz answers once the first one does."""
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        held = tcp_sockets(parent, port).values()
        if sum(any(state == "0A" for state, _, _ in sockets) for sockets in held) == 2:
            return
        await asyncio.sleep(0.2)
    raise AssertionError(f"two workers did not listen on port {port} in {STARTUP_TIMEOUT} s")


async def test_workers_listen_apart_and_answer_keep_alive_requests_at_once(
    write_settings: Settings, tmp_path: Path
) -> None:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start(
        write_settings,
        port,
        tmp_path / "server.log",
        workers=2,
        env={"SIMPUL_RATE_LIMIT_ANONYMOUS_PER_MINUTE": "1000"},
    )
    one = httpx.AsyncClient(limits=httpx.Limits(max_connections=1), timeout=10)
    many = [httpx.AsyncClient(timeout=10) for _ in range(CONNECTIONS)]
    try:
        await wait_until_up(one, base, server)
        await both_listening(server.pid, port)
        begun = time.perf_counter()
        statuses = [
            (await one.post(f"{base}/graphql", json=TYPENAME)).status_code
            for _ in range(KEEP_ALIVE_REQUESTS)
        ]
        keep_alive_seconds = time.perf_counter() - begun
        listening = {
            pid: {inode for state, _, inode in sockets if state == "0A"}
            for pid, sockets in tcp_sockets(server.pid, port).items()
        }
        answers = await asyncio.gather(*(http.get(f"{base}/healthz") for http in many))
        held = tcp_sockets(server.pid, port)
    finally:
        await asyncio.gather(one.aclose(), *(http.aclose() for http in many))
        stop([server])

    assert statuses == [200] * KEEP_ALIVE_REQUESTS
    assert keep_alive_seconds < KEEP_ALIVE_SECONDS
    # Two workers, each listening on a socket of its own (not one socket shared by both).
    assert sorted(len(inodes) for inodes in listening.values()) == [1, 1]
    assert len(set.union(*listening.values())) == 2
    # The kernel spreads new connections over them (by a hash of the addresses: at least 6
    # of 32 each but for about one run in 10,000).
    assert [answer.status_code for answer in answers] == [200] * CONNECTIONS
    connections = Counter(pid for pid, sockets in held.items() for s in sockets if s[0] == "01")
    assert sorted(connections) == sorted(listening)
    assert connections.total() == CONNECTIONS + 1  # and `one`'s
    assert min(connections.values()) >= 6, connections


CREATE_KEY = """mutation($name: String!) {
  createApiKey(input: {name: $name, scopes: [READ, PERSIST]}) {
    ... on IssuedApiKey { key apiKey { id } }
  }
}"""
REVOKE_KEY = """mutation($id: ID!) {
  revokeApiKey(input: {id: $id}) { ... on ApiKey { status } }
}"""
CREATE_STAKEHOLDER = """mutation($name: String!) {
  createStakeholder(input: {name: $name, category: KIM}) { ... on Stakeholder { name } }
}"""
NETWORK = {"query": "{ stakeholderNetwork { nodeCount } }"}
PERSISTED = 'query Paser { region(code: "64.01") { code name } }'


def persisted(query: str) -> dict[str, Any]:
    digest = hashlib.sha256(query.encode()).hexdigest()
    return {"persistedQuery": {"version": 1, "sha256Hash": digest}}


async def test_two_servers_behave_like_one(
    write_settings: Settings,
    write_orm: None,
    redis_prefix: str,  # noqa: F811  # the fixture imported above
    tmp_path: Path,
) -> None:
    """Two hosts behind a load balancer: `a` and `b` share one database and one Redis."""
    ports = [free_port(), free_port()]
    servers = [
        start(write_settings, port, tmp_path / f"server-{port}.log", redis_prefix=redis_prefix)
        for port in ports
    ]
    token, csrf = await staff_session("admin")
    admin = httpx.AsyncClient(
        cookies={SESSION_COOKIE: token}, headers={CSRF_HEADER: csrf}, timeout=30
    )
    anonymous = httpx.AsyncClient(timeout=30)
    a, b = (f"http://127.0.0.1:{port}/graphql" for port in ports)
    try:
        for port, server in zip(ports, servers, strict=True):
            await wait_until_up(anonymous, f"http://127.0.0.1:{port}", server)

        async def gql(http: httpx.AsyncClient, url: str, query: str, **variables: Any) -> Any:
            response = await http.post(url, json={"query": query, "variables": variables})
            assert response.status_code == 200, response.text
            return response.json()["data"]

        issued = (await gql(admin, a, CREATE_KEY, name="Portal on two hosts"))["createApiKey"]
        partner = httpx.AsyncClient(headers={"Authorization": f"Bearer {issued['key']}"})
        async with partner:
            # One rate limit: each request on either host spends the same budget.
            remaining = [
                int((await partner.post(url, json=TYPENAME)).headers["ratelimit-remaining"])
                for url in (a, b, a, b)
            ]
            # A query the key registers on `a` runs by its hash alone on `b`.
            body = {"query": PERSISTED, "extensions": persisted(PERSISTED)}
            registered = (await partner.post(a, json=body)).json()
            by_hash = (await partner.post(b, json={"extensions": persisted(PERSISTED)})).json()
            # A write on `a` is in `b`'s graph at once, though `b` had built its graph before.
            nodes_before = (await anonymous.post(b, json=NETWORK)).json()
            await gql(admin, a, CREATE_STAKEHOLDER, name="KIM Dua Server")
            nodes_after = (await anonymous.post(b, json=NETWORK)).json()
            # A key revoked on `a` is refused on `b` at once, though `b` had just accepted it.
            revoked = await gql(admin, a, REVOKE_KEY, id=issued["apiKey"]["id"])
            refused = await partner.post(b, json=TYPENAME)
    finally:
        await asyncio.gather(admin.aclose(), anonymous.aclose())
        stop(servers)

    assert remaining == [remaining[0] - n for n in range(4)]
    assert (
        registered == by_hash == {"data": {"region": {"code": "64.01", "name": "Kabupaten Paser"}}}
    )
    count = nodes_before["data"]["stakeholderNetwork"]["nodeCount"]
    assert nodes_after == {"data": {"stakeholderNetwork": {"nodeCount": count + 1}}}
    assert revoked == {"revokeApiKey": {"status": "REVOKED"}}
    assert refused.status_code == 401
    assert refused.json() == {
        "errors": [{"message": "API key revoked.", "extensions": {"code": "UNAUTHENTICATED"}}]
    }
