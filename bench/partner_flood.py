"""Partner flood: does one partner flooding /graphql hurt another partner's ordinary queries?

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/partner_flood.py                 # SQLite demo, --scale 1000
    .venv/bin/python bench/partner_flood.py --redis         # counters in Redis (REDIS_URL)

Steps: (1) build bench/results/simpul-bench-scale<N>-seed<S>.sqlite3 with `simpul migrate` +
`simpul demo` unless it exists, (2) create two API keys in it: A (the flooder, the default key
limit) and B (an ordinary partner), (3) start `simpul serve` on a free loopback port with the
rate limits below, (4) measure B's paced ordinary queries alone, then again while A floods with
many concurrent clients mixing big legitimate queries and too-costly ones, (5) print B's
p50/p99 idle vs. flooded, A's outcomes, and whether the server stayed up.

It prints figures and asserts nothing about time. Every phase is bounded by --duration and
--max-requests. Loopback only. See bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SIMPUL = Path(sys.executable).parent / "simpul"

B_QUERY = "{ stakeholders(first: 10) { edges { node { name region { name } } } } }"
A_BIG = (
    "{ stakeholders(first: 100) { edges { node { name memberCount"
    " region { name ancestors { name } } } } } }"
)
A_TOO_COSTLY = (
    "{ stakeholders(first: 100) { edges { node { name members(first: 100) {"
    " edges { node { person { fullName } } } } } } } }"
)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--duration", type=float, default=15.0, help="seconds per phase")
    parser.add_argument("--b-rate", type=float, default=4.0, help="B's requests per second")
    parser.add_argument("--flood-concurrency", type=int, default=32)
    parser.add_argument("--max-requests", type=int, default=20_000, help="A's cap")
    parser.add_argument("--key-limit", type=int, default=600, help="default per key, per min")
    parser.add_argument("--anonymous-limit", type=int, default=120)
    parser.add_argument("--redis", action="store_true", help="set REDIS_URL for the server")
    parser.add_argument("--startup-timeout", type=float, default=60.0)
    parser.add_argument("--load-timeout", type=float, default=1800.0)
    return parser.parse_args()


def env_for(database_url: str, args: argparse.Namespace) -> dict[str, str]:
    env = os.environ | {
        "SIMPUL_MODE": "development",
        "SIMPUL_DATABASE_URL": database_url,
        "SIMPUL_RATE_LIMIT_KEY_PER_MINUTE": str(args.key_limit),
        "SIMPUL_RATE_LIMIT_ANONYMOUS_PER_MINUTE": str(args.anonymous_limit),
        "SIMPUL_RATE_LIMIT_REDIS_PREFIX": f"simpul-bench-{os.getpid()}",
    }
    env.pop("REDIS_URL", None)
    if args.redis:
        env["REDIS_URL"] = "redis://127.0.0.1:6379/0"
    return env


def build_database(path: Path, env: dict[str, str], args: argparse.Namespace) -> None:
    if path.exists():
        print(f"database: {path.name} (reused)")
        return
    started = time.monotonic()
    with (RESULTS / "load.log").open("ab") as log:
        for command in (
            ["migrate"],
            ["demo", "--scale", str(args.scale), "--seed", str(args.seed)],
        ):
            subprocess.run(
                [str(SIMPUL), *command],
                env=env,
                stdout=log,
                stderr=subprocess.STDOUT,
                check=True,
                timeout=args.load_timeout,
            )
    print(f"database: {path.name} built in {time.monotonic() - started:.1f} s")


async def create_keys(database_url: str) -> tuple[str, str]:
    from api.auth.keys import new_prefix, new_secret
    from api.models import ApiKey
    from api.orm import with_orm
    from api.settings import Settings

    async def work() -> tuple[str, str]:
        keys = []
        for name in ("bench flooder A", "bench partner B"):
            issued = new_secret(new_prefix())
            await ApiKey.create(
                name=name, prefix=issued.prefix, secret_hash=issued.digest, scopes=["read"]
            )
            keys.append(issued.key)
        return keys[0], keys[1]

    return await with_orm(Settings(database_url=database_url), work)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


async def wait_up(base: str, process: subprocess.Popen[bytes], within: float) -> bool:
    deadline = time.monotonic() + within
    async with httpx.AsyncClient(timeout=2) as http:
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if (await http.get(f"{base}/healthz")).status_code == 200:
                    return True
            except httpx.TransportError:
                pass
            await asyncio.sleep(0.2)
    return False


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(share * len(ordered) + 0.5) - 1))]


async def partner_b(base: str, key: str, rate: float, duration: float) -> tuple[list[float], int]:
    """B's paced ordinary queries; returns the latencies (ms) of successes and the failures."""
    latencies, failures = [], 0
    headers = {"Authorization": f"Bearer {key}"}
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30) as http:
        start = time.monotonic()
        sent = 0
        while (now := time.monotonic()) - start < duration:
            await asyncio.sleep(max(0.0, start + sent / rate - now))
            sent += 1
            began = time.perf_counter()
            try:
                response = await http.post("/graphql", json={"query": B_QUERY})
                ok = response.status_code == 200 and "errors" not in response.json()
            except (httpx.HTTPError, ValueError):
                ok = False
            if ok:
                latencies.append((time.perf_counter() - began) * 1000)
            else:
                failures += 1
    return latencies, failures


async def flooder_a(
    base: str, key: str, args: argparse.Namespace, stop: asyncio.Event
) -> Counter[str]:
    outcomes: Counter[str] = Counter()
    headers = {"Authorization": f"Bearer {key}"}
    limits = httpx.Limits(max_connections=args.flood_concurrency)
    async with httpx.AsyncClient(base_url=base, headers=headers, timeout=30, limits=limits) as http:

        async def worker(index: int) -> None:
            n = index
            while not stop.is_set() and sum(outcomes.values()) < args.max_requests:
                query = A_TOO_COSTLY if n % 2 else A_BIG
                n += 1
                try:
                    response = await http.post("/graphql", json={"query": query})
                except httpx.HTTPError as exc:
                    outcomes[f"transport error ({type(exc).__name__})"] += 1
                    continue
                if response.status_code == 429:
                    outcomes["429 rate limited"] += 1
                elif response.status_code == 200 and "errors" not in response.json():
                    outcomes["200 data"] += 1
                elif response.status_code == 200:
                    codes = {e.get("extensions", {}).get("code") for e in response.json()["errors"]}
                    outcomes[f"200 refused {'/'.join(sorted(map(str, codes)))}"] += 1
                else:
                    outcomes[f"HTTP {response.status_code}"] += 1

        await asyncio.gather(*(worker(i) for i in range(args.flood_concurrency)))
    return outcomes


async def run(args: argparse.Namespace) -> int:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"simpul-bench-scale{args.scale}-seed{args.seed}.sqlite3"
    database_url = f"sqlite://{path}"
    env = env_for(database_url, args)
    build_database(path, env, args)
    key_a, key_b = await create_keys(database_url)
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with (RESULTS / "flood-server.log").open("wb") as log:
        server = subprocess.Popen(  # noqa: ASYNC220  # started once, before any load
            [str(SIMPUL), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
    try:
        if not await wait_up(base, server, args.startup_timeout):
            print("server did not start; see bench/results/flood-server.log")
            return 3
        print(
            f"limits: keys {args.key_limit}/min, anonymous {args.anonymous_limit}/min, "
            f"counters in {'Redis' if args.redis else 'memory'}; B paced at {args.b_rate}/s, "
            f"A with {args.flood_concurrency} concurrent clients; {args.duration:.0f} s per phase"
        )
        await partner_b(base, key_b, args.b_rate, 2.0)  # warm-up, not counted
        idle, idle_failures = await partner_b(base, key_b, args.b_rate, args.duration)
        stop = asyncio.Event()
        flood = asyncio.create_task(flooder_a(base, key_a, args, stop))
        await asyncio.sleep(1.0)  # let the flood reach full speed
        flooded, flooded_failures = await partner_b(base, key_b, args.b_rate, args.duration)
        stop.set()
        outcomes = await flood
        up = server.poll() is None and await wait_up(base, server, 10)
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=10)

    print(f"\n{'B (ordinary partner)':<24}{'requests':>9}{'failed':>8}{'p50 ms':>9}{'p99 ms':>9}")
    for name, values, failures in (
        ("idle", idle, idle_failures),
        ("A flooding", flooded, flooded_failures),
    ):
        p50, p99 = percentile(values, 0.5), percentile(values, 0.99)
        print(f"{name:<24}{len(values) + failures:>9}{failures:>8}{p50:>9.1f}{p99:>9.1f}")
    ratio50 = percentile(flooded, 0.5) / percentile(idle, 0.5)
    ratio99 = percentile(flooded, 0.99) / percentile(idle, 0.99)
    print(f"{'flooded / idle':<24}{'':>17}{ratio50:>8.2f}x{ratio99:>8.2f}x")
    print(f"\nA (flooder): {sum(outcomes.values())} requests")
    for outcome, count in sorted(outcomes.items()):
        print(f"  {outcome:<40}{count:>8}")
    print(f"\nserver stayed up: {'yes' if up else 'NO'}")
    return 0 if up else 1


def main() -> None:
    sys.path.insert(0, str(ROOT))
    sys.exit(asyncio.run(run(parse_args())))


if __name__ == "__main__":
    main()
