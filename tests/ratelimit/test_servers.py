"""Two `simpul serve` processes sharing one limit held in Redis."""

from __future__ import annotations

from pathlib import Path

import httpx

from api.settings import Settings
from tests.ratelimit.conftest import QUERY, make_key
from tests.servers import free_port, start, stop, wait_until_up


async def test_two_servers_share_one_limit_in_redis(
    write_settings: Settings, write_orm: None, redis_prefix: str, tmp_path: Path
) -> None:
    key = await make_key(requests_per_minute=5)
    ports = [free_port(), free_port()]
    processes = [
        start(write_settings, port, tmp_path / f"server-{port}.log", redis_prefix=redis_prefix)
        for port in ports
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


async def test_client_addresses_come_from_trusted_proxies_only(
    write_settings: Settings, redis_prefix: str, tmp_path: Path
) -> None:
    """Two servers, one trusting the test's own connection (127.0.0.1) as a proxy and one
    trusting another host: the forwarded address picks the rate-limit bucket on the first only."""
    trusting, distrusting = free_port(), free_port()
    processes = [
        start(
            write_settings,
            port,
            tmp_path / f"server-{port}.log",
            redis_prefix=redis_prefix,
            env=extra,
        )
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
