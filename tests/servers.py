"""`simpul serve` processes for tests: a free port, start, wait for /healthz, stop."""

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
from tests.ratelimit.conftest import REDIS_URL

SIMPUL = Path(sys.executable).parent / "simpul"
STARTUP_TIMEOUT = 60.0  # several workers on a busy two-core machine


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start(
    settings: Settings,
    port: int,
    log: Path,
    *,
    redis_prefix: str = "",
    workers: int = 1,
    env: dict[str, str] | None = None,
) -> subprocess.Popen[bytes]:
    """`simpul serve` on `settings`' database in test mode, with more environment variables
    from `env`; counters in Redis under `redis_prefix` when one is given."""
    redis = {"REDIS_URL": REDIS_URL, "SIMPUL_RATE_LIMIT_REDIS_PREFIX": redis_prefix}
    environment = os.environ | {
        "SIMPUL_MODE": "test",
        "SIMPUL_SECRET_KEY": "test-only-secret-" * 3,
        "SIMPUL_DATABASE_URL": settings.database_url,
        "SIMPUL_DATA_DIR": str(settings.data_dir),
        **(redis if redis_prefix else {}),
        **(env or {}),
    }
    command = [str(SIMPUL), "serve", "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as out:
        return subprocess.Popen(
            [*command, "--workers", str(workers)],
            env=environment,
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


def stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
