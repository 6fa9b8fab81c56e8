"""Graph benchmark: neighbourhoods, shortest paths, network metrics and exports over HTTP.

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/graph.py                       # SQLite, --scale 10000
    .venv/bin/python bench/graph.py --reuse --database-url postgres://postgres@127.0.0.1:5432/simpul_bench

Steps: (1) build (or, with --reuse, keep) the demo database exactly as bench/partner_queries.py
does, (2) start `simpul serve` (one worker), (3) time the first `stakeholderNetwork` request on
the fresh server (snapshot load + network + metrics: "cold"), then the same request again
("warm", from the cache), and a first request for a new filter (snapshot already loaded),
(4) neighbourhoods at depth 2 and shortest paths between stakeholders, one request at a time,
(5) the four exports of the whole network. Prints p50/p99 per query; asserts nothing about time.
See bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import sys
import time
from collections.abc import Sequence
from typing import Any

import httpx
from partner_queries import (  # type: ignore[import-not-found]  # the sibling benchmark
    RESULTS,
    BenchError,
    describe_url,
    log,
    normalise_url,
    percentile,
    prepare_database,
    start_server,
    tail,
    wait_for_health,
)

NETWORK = """
query Network($filter: StakeholderNetworkFilter) {
  stakeholderNetwork(filter: $filter) {
    nodeCount edgeCount communityCount
    nodes(first: 20) {
      edges { node { id name degree weightedDegree betweenness pageRank community } }
    }
  }
}
"""
SAMPLE = """
query Sample($after: String) {
  stakeholderNetwork {
    nodes(first: 100, after: $after, orderBy: {field: NAME, direction: ASC}) {
      pageInfo { endCursor }
      edges { node { id degree } }
    }
  }
}
"""
NEIGHBOURHOOD = """
query Near($id: ID!) {
  neighbourhood(id: $id, depth: 2, limit: 200) {
    truncated
    nodes { id type label distance }
    edges { kind source target since until evidence { kind id title date } }
  }
}
"""
PATHS = """
query Paths($from: ID!, $to: ID!, $kinds: [GraphEdgeKind!]) {
  shortestPaths(from: $from, to: $to, edgeKinds: $kinds, maxLength: 6, limit: 3) {
    length
    paths { nodes { id label } hops { edges { kind evidence { kind id title date } } } }
  }
}
"""
WITHOUT_REGIONS = ["MEMBERSHIP", "RELATION", "MENTION", "ORGANISER", "EVENT_PARTICIPATION"]
EXPORTS = ("network.graphml", "network.gexf", "network-nodes.csv", "network-edges.csv")


async def post(
    client: httpx.AsyncClient, query: str, variables: dict[str, Any]
) -> tuple[float, Any]:
    started = time.perf_counter()
    response = await client.post("/graphql", json={"query": query, "variables": variables})
    elapsed = (time.perf_counter() - started) * 1000
    body = response.json()
    if response.status_code != 200 or "errors" in body:
        raise BenchError(f"{response.status_code}: {body.get('errors')}")
    return elapsed, body["data"]


def row(label: str, samples: Sequence[float], note: str = "") -> None:
    ordered = sorted(samples)
    p50, p99 = percentile(ordered, 0.50), percentile(ordered, 0.99)
    log(f"    {label:<38} n={len(ordered):<5} p50 {p50:8.1f} ms  p99 {p99:8.1f} ms  {note}")


async def sample_stakeholders(
    client: httpx.AsyncClient, count: int, rng: random.Random
) -> list[str]:
    """Stakeholders with at least one co-appearance, and as many without (all kinds exist)."""
    linked, alone, after = [], [], None
    while True:
        _, data = await post(client, SAMPLE, {"after": after})
        page = data["stakeholderNetwork"]["nodes"]
        for edge in page["edges"]:
            (linked if edge["node"]["degree"] else alone).append(edge["node"]["id"])
        after = page["pageInfo"]["endCursor"]
        if not page["edges"] or len(linked) + len(alone) >= 20 * count:
            break
    chosen = rng.sample(linked, min(len(linked), count * 3 // 4))
    return chosen + rng.sample(alone, min(len(alone), count - len(chosen)))


async def benchmark(args: argparse.Namespace, base_url: str) -> None:
    rng = random.Random(args.seed)
    timeout = httpx.Timeout(args.request_timeout)
    async with httpx.AsyncClient(base_url=base_url, timeout=timeout, trust_env=False) as client:
        log("[3] stakeholder network metrics (the whole network, anonymous caller)")
        cold, data = await post(client, NETWORK, {})
        network = data["stakeholderNetwork"]
        log(f"    {network['nodeCount']} stakeholders, {network['edgeCount']} links, "
            f"{network['communityCount']} communities")  # fmt: skip
        log(f"    cold (fresh server: snapshot load + network + metrics): {cold:8.0f} ms")
        warm = [(await post(client, NETWORK, {}))[0] for _ in range(args.repeat)]
        row("warm (served from the cache)", warm)
        region, _ = await post(client, NETWORK, {"filter": {"region": "64.01"}})
        log(f"    cold for a new filter (region 64.01; snapshot loaded): {region:8.0f} ms")

        log("[4] neighbourhoods (depth 2, limit 200) and shortest paths (3 paths, <= 6 hops)")
        ids = await sample_stakeholders(client, args.samples, rng)
        near, truncated, sizes = [], 0, []
        for node_id in ids:
            elapsed, data = await post(client, NEIGHBOURHOOD, {"id": node_id})
            near.append(elapsed)
            truncated += data["neighbourhood"]["truncated"]
            sizes.append(len(data["neighbourhood"]["nodes"]))
        row(
            "neighbourhood depth 2",
            near,
            f"{truncated} truncated, mean {sum(sizes) / len(sizes):.0f} nodes",
        )
        for label, kinds in (("all stored kinds", None), ("without LOCATED_IN", WITHOUT_REGIONS)):
            times, lengths = [], []
            for _ in range(args.samples):
                a, b = rng.sample(ids, 2)
                elapsed, data = await post(client, PATHS, {"from": a, "to": b, "kinds": kinds})
                times.append(elapsed)
                lengths.append(data["shortestPaths"]["length"])
            found = [n for n in lengths if n is not None]
            mean = sum(found) / len(found) if found else 0
            row(f"shortest paths, {label}", times, f"{len(found)} found, mean {mean:.1f} hops")

        log("[5] exports of the whole network")
        for name in EXPORTS:
            started = time.perf_counter()
            response = await client.get(f"/exports/{name}")
            elapsed = time.perf_counter() - started
            if response.status_code != 200:
                raise BenchError(f"/exports/{name}: {response.status_code} {response.text[:200]}")
            log(f"    {name:<20} {elapsed * 1000:8.0f} ms  {len(response.content) / 1e6:6.1f} MB")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Measure the graph queries and exports.")
    parser.add_argument("--database-url", help="default: the SQLite file of partner_queries.py")
    parser.add_argument("--scale", type=int, default=10000, help="`simpul demo --scale` (10000)")
    parser.add_argument("--seed", type=int, default=1, help="`simpul demo --seed` (1)")
    parser.add_argument("--reuse", action="store_true", help="keep a database of this scale")
    parser.add_argument("--samples", type=int, default=200, help="requests per search (200)")
    parser.add_argument("--repeat", type=int, default=20, help="warm network requests (20)")
    parser.add_argument("--load-timeout", type=float, default=7200.0, help="per load step, s")
    parser.add_argument("--startup-timeout", type=float, default=60.0, help="for /healthz, s")
    parser.add_argument("--request-timeout", type=float, default=120.0, help="per request, s")
    args = parser.parse_args(argv)
    if args.database_url is None:
        name = f"simpul-bench-scale{args.scale}-seed{args.seed}.sqlite3"
        args.database_url = "sqlite://" + str(RESULTS / name)
    args.database_url = normalise_url(args.database_url)
    args.analyze = False  # prepare_database's option; the demo loader runs ANALYZE itself
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    log(f"[1] database: {describe_url(args.database_url)} (scale {args.scale}, seed {args.seed})")
    try:
        load = prepare_database(args)
    except BenchError as exc:
        log(f"ERROR: loading the database failed: {exc}")
        return 2
    log(f"    load: {load.describe()}")
    log("[2] starting `simpul serve` (one worker)")
    # One anonymous client: lift the per-address limits of the server it starts.
    os.environ.setdefault("SIMPUL_RATE_LIMIT_ANONYMOUS_PER_MINUTE", "1000000")
    os.environ.setdefault("SIMPUL_RATE_LIMIT_ANONYMOUS_COST_PER_MINUTE", "1000000000")
    server = start_server(args.database_url)
    try:
        asyncio.run(wait_for_health(server, args.startup_timeout))
        asyncio.run(benchmark(args, server.base_url))
        return 0
    except (BenchError, httpx.HTTPError) as exc:
        log(f"ERROR: {exc}")
        log(tail(server.stderr_path, 30))
        return 3
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
