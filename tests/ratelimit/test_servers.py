"""Two `simpul serve` processes sharing one limit held in Redis."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from api.settings import Settings
from tests.ratelimit.conftest import QUERY, REDIS_URL, make_key

SIMPUL = Path(sys.executable).parent / "simpul"
STARTUP_TIMEOUT = 30.0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start(
    settings: Settings, port: int, redis_prefix: str, log: Path, **extra: str
) -> subprocess.Popen[bytes]:
    env = os.environ | {
        "SIMPUL_MODE": "test",
        "SIMPUL_SECRET_KEY": "test-only-secret-" * 3,
        "SIMPUL_DATABASE_URL": settings.database_url,
        "SIMPUL_DATA_DIR": str(settings.data_dir),
        "REDIS_URL": REDIS_URL,
        "SIMPUL_RATE_LIMIT_REDIS_PREFIX": redis_prefix,
        **extra,
    }
    with log.open("wb") as out:
        return subprocess.Popen(
            [str(SIMPUL), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )


async def wait_until_up(
    http: httpx.AsyncClient, base: str, process: subprocess.Popen[bytes]
) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        assert process.poll() is None, f"server on {base} exited with {process.returncode}"
        try:
            if (await http.get(f"{base}/healthz", timeout=1)).status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.2)
    raise AssertionError(f"server on {base} did not answer /healthz in {STARTUP_TIMEOUT} s")


async def test_two_servers_share_one_limit_in_redis(
    write_settings: Settings, write_orm: None, redis_prefix: str, tmp_path: Path
) -> None:
    key = await make_key(requests_per_minute=5)
    ports = [free_port(), free_port()]
    processes = [
        start(write_settings, port, redis_prefix, tmp_path / f"server-{port}.log") for port in ports
    ]
    try:
        headers = {"Authorization": f"Bearer {key}"}
        async with httpx.AsyncClient(headers=headers, timeout=10) as http:
            bases = [f"http://127.0.0.1:{port}" for port in ports]
            for base, process in zip(bases, processes, strict=True):
                await wait_until_up(http, base, process)
            statuses = [
                (await http.post(f"{base}/graphql", json=QUERY)).status_code
                for _ in range(3)
                for base in bases
            ]
    finally:
        stop(processes)
    assert statuses == [200, 200, 200, 200, 200, 429]


def stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


async def test_client_addresses_come_from_trusted_proxies_only(
    write_settings: Settings, redis_prefix: str, tmp_path: Path
) -> None:
    """Two servers, one trusting the test's own connection (127.0.0.1) as a proxy and one
    trusting another host: the forwarded address picks the rate-limit bucket on the first only."""
    trusting, distrusting = free_port(), free_port()
    processes = [
        start(write_settings, port, redis_prefix, tmp_path / f"server-{port}.log", **extra)
        for port, extra in (
            (trusting, {"SIMPUL_FORWARDED_ALLOW_IPS": "127.0.0.1"}),
            (distrusting, {"SIMPUL_FORWARDED_ALLOW_IPS": "192.0.2.200"}),
        )
    ]
    try:
        async with httpx.AsyncClient(timeout=10) as http:
            remaining = {}
            for port, process in zip((trusting, distrusting), processes, strict=True):
                base = f"http://127.0.0.1:{port}"
                await wait_until_up(http, base, process)
                remaining[port] = [
                    (
                        await http.post(
                            f"{base}/graphql", json=QUERY, headers={"X-Forwarded-For": client}
                        )
                    ).headers["ratelimit-remaining"]
                    for client in (f"203.0.113.{port % 200}", f"203.0.113.{port % 200 + 1}")
                ]
    finally:
        stop(processes)
    # Trusted: two clients with a fresh budget each. Not trusted: both are 127.0.0.1.
    assert remaining[trusting] == ["119", "119"]
    assert remaining[distrusting][1] == str(int(remaining[distrusting][0]) - 1)
