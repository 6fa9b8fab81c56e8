"""Memory under a long mixed read load: does one `simpul serve` worker's RSS stay flat?

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/memory_soak.py \\
        --database-url postgres://postgres@127.0.0.1:5432/simpul_soak --minutes 10

Steps: (1) build the database with `simpul migrate` + `simpul demo --scale N` (or reuse it with
--reuse), as bench/partner_queries.py does; (2) start one `simpul serve` worker on a loopback
port, with the rate limits raised so that nothing is refused; (3) send the partner queries Q1,
Q2 and Q3 of bench/partner_queries.py in turn from --concurrency clients in this process,
until --minutes have passed or --max-requests were sent; (4) print, every --interval seconds,
the requests sent and the server's resident set size (VmRSS from /proc, so Linux only), and at
the end how far the last RSS is from the first sample's.

The exit status is 1 when the last RSS differs from the first by more than --tolerance per
cent (10: the issue's target, "RSS after 10 minutes of mixed Q1-Q3 load is within 10 % of its
value after the first minute"), 2 or 3 when the database cannot be built or the server fails,
4 when a request fails.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import httpx
from partner_queries import (  # type: ignore[import-not-found]  # the sibling benchmark
    BenchError,
    Server,
    build_specs,
    describe_url,
    discover,
    log,
    normalise_url,
    prepare_database,
    send,
    start_server,
    tail,
    wait_for_health,
)

# Nothing in this run should be refused: one client address sends everything.
UNLIMITED = {
    "SIMPUL_RATE_LIMIT_ANONYMOUS_PER_MINUTE": "100000000",
    "SIMPUL_RATE_LIMIT_ANONYMOUS_COST_PER_MINUTE": "1000000000",
    "SIMPUL_RATE_LIMIT_CONCURRENCY": "1000",
}


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise BenchError(f"no VmRSS for process {pid}")


async def soak(args: argparse.Namespace, server: Server) -> int:
    await wait_for_health(server, args.startup_timeout)
    limits = httpx.Limits(max_connections=args.concurrency)
    timeout = httpx.Timeout(args.request_timeout)
    async with httpx.AsyncClient(
        base_url=server.base_url, limits=limits, timeout=timeout, trust_env=False
    ) as client:
        slugs, regions = await discover(client, 50)
        specs = build_specs(slugs, regions)
        tickets = itertools.count()
        sent = failed = 0
        first_error = ""
        deadline = time.monotonic() + args.minutes * 60

        async def worker() -> None:
            nonlocal sent, failed, first_error
            while time.monotonic() < deadline and (ticket := next(tickets)) < args.max_requests:
                sample = await send(client, specs[ticket % len(specs)])
                sent += 1
                if sample.error:
                    failed += 1
                    first_error = first_error or sample.error

        clients = [asyncio.create_task(worker()) for _ in range(args.concurrency)]
        samples: list[float] = []
        log(f"{'minute':>7} {'requests':>9} {'req/s':>7} {'errors':>7} {'RSS MiB':>8}")
        started = last_time = time.monotonic()
        last_sent = 0
        while not all(task.done() for task in clients):
            await asyncio.wait(clients, timeout=args.interval)
            now = time.monotonic()
            samples.append(rss_mib(server.process.pid))
            rate = (sent - last_sent) / max(now - last_time, 1e-9)
            minute = (now - started) / 60
            log(f"{minute:7.1f} {sent:9d} {rate:7.1f} {failed:7d} {samples[-1]:8.1f}")
            last_sent, last_time = sent, now
        await asyncio.gather(*clients)
    if failed:
        log(f"{failed} of {sent} requests failed; the first: {first_error}")
        return 4
    change = (samples[-1] - samples[0]) / samples[0] * 100
    within = abs(change) <= args.tolerance
    log(
        f"RSS {samples[0]:.1f} MiB after the first {args.interval:.0f} s, {samples[-1]:.1f} MiB "
        f"at the end, peak {max(samples):.1f} MiB: {change:+.1f} % "
        f"({'within' if within else 'NOT within'} {args.tolerance:g} %)"
    )
    return 0 if within else 1


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", required=True, help="PostgreSQL (or sqlite://) URL")
    parser.add_argument("--scale", type=int, default=1000, help="`simpul demo --scale` (1000)")
    parser.add_argument("--seed", type=int, default=1, help="`simpul demo --seed` (1)")
    parser.add_argument("--reuse", action="store_true", help="keep an already loaded database")
    parser.add_argument("--minutes", type=float, default=10.0, help="length of the load (10)")
    parser.add_argument("--interval", type=float, default=60.0, help="seconds per sample (60)")
    parser.add_argument("--concurrency", type=int, default=4, help="requests in flight (4)")
    parser.add_argument(
        "--max-requests", type=int, default=1_000_000, help="cap on requests sent (1000000)"
    )
    parser.add_argument("--tolerance", type=float, default=10.0, help="allowed change, %% (10)")
    parser.add_argument("--startup-timeout", type=float, default=60.0)
    parser.add_argument("--request-timeout", type=float, default=60.0)
    parser.add_argument("--load-timeout", type=float, default=7200.0)
    args = parser.parse_args(argv)
    if min(args.minutes, args.interval, args.concurrency, args.max_requests) <= 0:
        parser.error("--minutes, --interval, --concurrency and --max-requests must be positive")
    args.database_url = normalise_url(args.database_url)
    args.analyze = True  # planner statistics, so the plans do not change during the run
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    log(f"[1] database: {describe_url(args.database_url)} (scale {args.scale}, seed {args.seed})")
    try:
        log(f"    load: {prepare_database(args).describe()}")
    except BenchError as exc:
        log(f"ERROR: loading the database failed: {exc}")
        return 2
    os.environ.update(UNLIMITED)
    server = start_server(args.database_url)
    log(f"[2] `simpul serve` at {server.base_url}, pid {server.process.pid}")
    log(f"[3] Q1, Q2, Q3 in turn, {args.concurrency} in flight, for {args.minutes:g} min")
    try:
        return asyncio.run(soak(args, server))
    except (BenchError, httpx.HTTPError) as exc:
        log(f"ERROR: {exc}")
        log(tail(server.stderr_path, 30))
        return 3
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
