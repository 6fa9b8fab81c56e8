"""Graph memory under attack: many distinct network filters from one address, then from staff.

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/graph_memory.py --scale 2000

Steps: (1) build (or, with --reuse, keep) the demo database exactly as bench/partner_queries.py
does, (2) serve the app in this process (httpx over ASGI, the server's default limits: one
anonymous address, one staff session), (3) as the anonymous address, ask `stakeholderNetwork`
and the GraphML export for ever new filters on the grid (and a few off it) for --duration
seconds, (4) the same as staff with any half-life, (5) one write (a stakeholder renamed) and
the next request, which loads the new snapshot. Prints the process's resident memory (RSS)
and the graph cache's estimated size after each step, and the answers by outcome. Asserts
nothing. See bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import datetime as dt
import gc
import hashlib
import logging
import random
import secrets
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
from partner_queries import (  # type: ignore[import-not-found]  # the sibling benchmark
    RESULTS,
    BenchError,
    describe_url,
    log,
    normalise_url,
    prepare_database,
)

from api.app import create_app
from api.graph.cache import graph_cache
from api.graph.policy import HALF_LIVES
from api.models import Role, Session, User
from api.settings import Settings

NETWORK = """
query($filter: StakeholderNetworkFilter) { stakeholderNetwork(filter: $filter) { nodeCount } }
"""
RENAME = """
mutation($input: UpdateStakeholderInput!) { updateStakeholder(input: $input) { __typename } }
"""
FIRST = "{ stakeholders(first: 1, orderBy: {field: NAME}) { edges { node { id version name } } } }"
CATEGORIES = ["KIM", "GOVERNMENT_AGENCY", "MEDIA_OUTLET", "CONTENT_CREATOR", "TRADITIONAL_MEDIA"]


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def trimmed_rss_mb() -> float:
    """RSS once freed memory is handed back to the system (glibc keeps it otherwise)."""
    gc.collect()
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    return rss_mb()


def grid_filter(rng: random.Random) -> dict[str, Any]:
    start = dt.date(rng.randint(2018, 2025), rng.randint(1, 12), 1)
    months = rng.randint(1, 36)
    year, month = divmod(start.month - 1 + months, 12)
    end = dt.date(start.year + year, month + 1, 1) - dt.timedelta(days=1)
    return {
        "halfLife": rng.choice(HALF_LIVES),
        "from": start.isoformat(),
        "to": end.isoformat(),
        "category": rng.sample(CATEGORIES, rng.randint(1, 3)),
    }


def query_string(flt: dict[str, Any]) -> str:
    parts = [f"{k}={v}" for k, v in flt.items() if k != "category"]
    parts += [f"category={c.lower()}" for c in flt.get("category", [])]
    return "&".join(parts)


async def staff_cookies(role: Role) -> tuple[dict[str, str], dict[str, str]]:
    user = await User.create(
        email=f"bench-{secrets.token_hex(4)}@example.org",
        full_name="Bench staff",
        role=role,
        password_hash="!unusable",
    )
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    await Session.create(
        user=user,
        token_hash=hashlib.sha256(token.encode()).hexdigest(),
        csrf_token=csrf,
        expires_at=dt.datetime.now(dt.UTC) + dt.timedelta(hours=1),
    )
    return {"simpul_session": token}, {"X-CSRF-Token": csrf}


async def attack(
    client: httpx.AsyncClient, filters: list[dict[str, Any]], duration: float
) -> Counter[str]:
    """Alternate a network query and a GraphML export, a new filter each, until time is up."""
    outcomes: Counter[str] = Counter()
    deadline = time.monotonic() + duration
    for i, flt in enumerate(filters):
        if time.monotonic() > deadline:
            break
        if i % 2:
            response = await client.get(f"/exports/network.graphml?{query_string(flt)}")
            kind = "export"
        else:
            response = await client.post(
                "/graphql", json={"query": NETWORK, "variables": {"filter": flt}}
            )
            kind = "network"
        code = ""
        if response.status_code != 200 or "errors" in response.text[:20]:
            errors = response.json().get("errors") or [{}]
            code = " " + str(errors[0].get("extensions", {}).get("code", ""))
        outcomes[f"{kind} {response.status_code}{code}"] += 1
        if response.status_code == 429:
            await asyncio.sleep(0.5)  # a patient attacker: the window frees up as it moves
    return outcomes


def report(label: str, settings: Settings, outcomes: Counter[str] | None = None) -> None:
    cache = graph_cache(settings)
    log(
        f"    {label:<34} RSS {rss_mb():7.0f} MB  cache {cache.results.currsize / 2**20:6.1f} MB "
        f"in {len(cache.results):3} entries (budget {settings.graph_cache_mb} MB)"
    )
    if outcomes:
        log("      " + ", ".join(f"{k}: {v}" for k, v in sorted(outcomes.items())))


async def run(args: argparse.Namespace) -> None:
    from tortoise import Tortoise

    from api.db import tortoise_config

    settings = Settings(
        mode="development", database_url=args.database_url, graph_cache_mb=args.cache_mb
    )
    app = create_app(settings)
    await Tortoise.init(config=tortoise_config(settings))
    rng = random.Random(args.seed)
    transport = httpx.ASGITransport(app=app)
    timeout = httpx.Timeout(args.request_timeout)
    try:
        async with httpx.AsyncClient(
            transport=transport, base_url="http://bench", timeout=timeout
        ) as anonymous:
            log("[2] in-process app; the default network, once")
            report("before", settings)
            await anonymous.post("/graphql", json={"query": NETWORK})
            report("default network loaded", settings)

            log(f"[3] anonymous: new filters for {args.duration:.0f} s (grid; every 10th off it)")
            filters = [grid_filter(rng) for _ in range(args.max_requests)]
            for k in range(0, len(filters), 10):
                filters[k] = {"halfLife": rng.uniform(1, 1000)}
            report("after", settings, await attack(anonymous, filters, args.duration))

            log(f"[4] staff: any half-life, for {args.duration:.0f} s")
            cookies, headers = await staff_cookies(Role.EDITOR)
            async with httpx.AsyncClient(
                transport=transport,
                base_url="http://bench",
                cookies=cookies,
                headers=headers,
                timeout=timeout,
            ) as staff:
                filters = [{"halfLife": 1 + k / 7} for k in range(args.max_requests)]
                report("after", settings, await attack(staff, filters, args.duration))

            log("[5] one write (another session: this one's budget may be spent), then a read")
            cookies, headers = await staff_cookies(Role.EDITOR)
            async with httpx.AsyncClient(
                transport=transport,
                base_url="http://bench",
                cookies=cookies,
                headers=headers,
                timeout=timeout,
            ) as editor:
                data = (await editor.post("/graphql", json={"query": FIRST})).json()["data"]
                node = data["stakeholders"]["edges"][0]["node"]
                name = node["name"]
                name = name.removesuffix(" *") if name.endswith(" *") else f"{name} *"
                update = {"id": node["id"], "version": node["version"], "name": name}
                variables = {"input": update}
                renamed = await editor.post(
                    "/graphql", json={"query": RENAME, "variables": variables}
                )
                if "Stakeholder" not in renamed.text:
                    raise BenchError(f"the write failed: {renamed.text[:300]}")
                await editor.post("/graphql", json={"query": NETWORK})
                report("after the write", settings)
                log(f"    {'after gc and malloc_trim':<34} RSS {trimmed_rss_mb():7.0f} MB")
    finally:
        await Tortoise.close_connections()


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Measure graph memory under many filters.")
    parser.add_argument("--database-url", help="default: the SQLite file of partner_queries.py")
    parser.add_argument("--scale", type=int, default=2000, help="`simpul demo --scale` (2000)")
    parser.add_argument("--seed", type=int, default=1, help="`simpul demo --seed` (1)")
    parser.add_argument("--reuse", action="store_true", help="keep a database of this scale")
    parser.add_argument("--duration", type=float, default=60.0, help="seconds per caller (60)")
    parser.add_argument("--max-requests", type=int, default=2000, help="per caller (2000)")
    parser.add_argument("--cache-mb", type=int, default=256, help="SIMPUL_GRAPH_CACHE_MB (256)")
    parser.add_argument("--load-timeout", type=float, default=7200.0, help="per load step, s")
    parser.add_argument("--request-timeout", type=float, default=300.0, help="per request, s")
    args = parser.parse_args(argv)
    if args.database_url is None:
        name = f"simpul-bench-scale{args.scale}-seed{args.seed}.sqlite3"
        args.database_url = "sqlite://" + str(RESULTS / name)
    args.database_url = normalise_url(args.database_url)
    args.analyze = False  # prepare_database's option; the demo loader runs ANALYZE itself
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    logging.disable(logging.WARNING)  # the app logs every refusal; the counts say enough
    log(f"[1] database: {describe_url(args.database_url)} (scale {args.scale}, seed {args.seed})")
    try:
        load = prepare_database(args)
    except BenchError as exc:
        log(f"ERROR: loading the database failed: {exc}")
        return 2
    log(f"    load: {load.describe()}")
    asyncio.run(run(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
