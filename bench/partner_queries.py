"""Partner-style GraphQL benchmark: load a demo database, serve it, measure nested queries.

Run from the repository root with the project's virtualenv:

    .venv/bin/python bench/partner_queries.py                       # SQLite, --scale 10000
    .venv/bin/python bench/partner_queries.py \\
        --database-url postgres://postgres@127.0.0.1:5432/simpul_bench

Steps: (1) build the database with `simpul migrate` + `simpul demo --scale N --seed S` (or reuse
it with --reuse), (2) start `simpul serve` on a free loopback port with
SIMPUL_REPORT_SQL_COUNT=1, (3) warm up, then run each partner query alone and then the mix under
--concurrency for --duration seconds (or --max-requests, whichever comes first), (4) print
requests, errors, requests/s, latency percentiles, SQL statements per request and response sizes.

It prints figures and asserts nothing about time. The exit status is non-zero only when the
database cannot be built, the server does not start, or a request fails (transport error,
HTTP status other than 200, a response with an "errors" key or without the expected data).
See bench/README.md.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import math
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import unquote, urlsplit

import asyncpg  # type: ignore[import-untyped]
import httpx

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"

# --------------------------------------------------------------------------------------------
# The partner queries. Page sizes are variables so the page-size probe can vary them.
# --------------------------------------------------------------------------------------------

Q1_LATEST_ARTICLES = """
query LatestArticles($first: Int!, $mentions: Int!) {
  articles(first: $first) {
    edges {
      node {
        title
        publishedAt
        mentions(first: $mentions) {
          edges {
            node {
              target {
                ... on Stakeholder { name category region { code name } }
              }
            }
          }
        }
      }
    }
  }
}
"""

Q2_STAKEHOLDER_PROFILE = """
query StakeholderProfile($slug: String!, $members: Int!, $events: Int!, $articles: Int!) {
  stakeholder(slug: $slug) {
    name
    region { name ancestors { name } }
    members(first: $members) {
      totalCount
      edges { node { role person { fullName } } }
    }
    events(first: $events) {
      edges { node { role event { title startsAt } } }
    }
    articles(first: $articles) {
      totalCount
      edges { node { title publishedAt } }
    }
  }
}
"""

Q3_FILTERED_STAKEHOLDERS = """
query FilteredStakeholders($region: String!, $first: Int!) {
  stakeholders(
    first: $first
    filter: {region: $region, category: [KIM], status: [ACTIVE]}
  ) {
    totalCount
    edges { node { name memberCount region { name } } }
  }
}
"""

DISCOVER_PROFILES = """
query DiscoverProfiles($first: Int!) {
  stakeholders(first: $first, filter: {status: [ACTIVE]}) {
    totalCount
    edges { node { slug members(first: 1) { totalCount } } }
  }
}
"""

DISCOVER_REGIONS = """
query DiscoverRegions($first: Int!) {
  stakeholders(first: $first, filter: {category: [KIM], status: [ACTIVE]}) {
    totalCount
    edges { node { region { code level ancestors { code level } } } }
  }
}
"""

DATA_SUMMARY = """
{
  articles { totalCount }
  stakeholders { totalCount }
  people { totalCount }
  events { totalCount }
}
"""


@dataclass
class QuerySpec:
    """One partner query: its document, how to make the next request's variables, a check."""

    key: str
    title: str
    document: str
    make_variables: Callable[[int], dict[str, Any]]
    check: Callable[[dict[str, Any]], str | None]
    _sequence: Iterator[int] = field(default_factory=itertools.count)

    def next_variables(self) -> dict[str, Any]:
        return self.make_variables(next(self._sequence))


def _check_q1(data: dict[str, Any]) -> str | None:
    articles = data.get("articles")
    if not isinstance(articles, dict) or not articles.get("edges"):
        return "Q1: no articles in the response"
    return None


def _check_q2(data: dict[str, Any]) -> str | None:
    if not isinstance(data.get("stakeholder"), dict):
        return "Q2: stakeholder(slug:) returned null"
    return None


def _check_q3(data: dict[str, Any]) -> str | None:
    stakeholders = data.get("stakeholders")
    if not isinstance(stakeholders, dict) or not isinstance(stakeholders.get("totalCount"), int):
        return "Q3: no stakeholders connection in the response"
    return None


def build_specs(slugs: Sequence[str], regions: Sequence[str]) -> list[QuerySpec]:
    return [
        QuerySpec(
            "Q1",
            "latest articles with mentioned stakeholders and their regions",
            Q1_LATEST_ARTICLES,
            lambda n: {"first": 20, "mentions": 10},
            _check_q1,
        ),
        QuerySpec(
            "Q2",
            "stakeholder profile with members, events and latest articles",
            Q2_STAKEHOLDER_PROFILE,
            lambda n: {"slug": slugs[n % len(slugs)], "members": 20, "events": 10, "articles": 10},
            _check_q2,
        ),
        QuerySpec(
            "Q3",
            "filtered stakeholder list (KIM, ACTIVE, region) with totalCount",
            Q3_FILTERED_STAKEHOLDERS,
            lambda n: {"region": regions[n % len(regions)], "first": 50},
            _check_q3,
        ),
    ]


# Page sizes for the SQL-count probe: small, the benchmark's size, the maximum (for Q1, the
# largest the anonymous cost limit of 30,000 admits: 1 + 100 * (3 + 4 * 70) = 28,301).
PROBE_VARIABLES: dict[str, list[dict[str, Any]]] = {
    "Q1": [
        {"first": 1, "mentions": 1},
        {"first": 20, "mentions": 10},
        {"first": 100, "mentions": 70},
    ],
    "Q2": [
        {"members": 1, "events": 1, "articles": 1},
        {"members": 20, "events": 10, "articles": 10},
        {"members": 100, "events": 100, "articles": 100},
    ],
    "Q3": [{"first": 1}, {"first": 50}, {"first": 100}],
}


# --------------------------------------------------------------------------------------------
# Database: build with `simpul migrate` + `simpul demo`, or reuse.
# --------------------------------------------------------------------------------------------


class BenchError(RuntimeError):
    """A step the benchmark needs failed; the message says which."""


def log(message: str = "") -> None:
    print(message, flush=True)


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


def sqlite_path(url: str) -> Path:
    raw = url.removeprefix("sqlite://").split("?", 1)[0]
    if raw in ("", ":memory:"):
        raise BenchError("the benchmark needs a SQLite file, not an in-memory database")
    return Path(raw)


def normalise_url(url: str) -> str:
    """Make a relative SQLite path absolute (subprocesses run from the repository root)."""
    if is_sqlite(url):
        path = sqlite_path(url)
        if not path.is_absolute():
            return "sqlite://" + str(Path.cwd() / path)
    return url


def describe_url(url: str) -> str:
    if is_sqlite(url):
        return f"SQLite {sqlite_path(url)}"
    parts = urlsplit(url)
    return f"PostgreSQL {parts.hostname}:{parts.port or 5432}/{parts.path.lstrip('/')}"


def marker_path(url: str) -> Path:
    return RESULTS / ("loaded-" + re.sub(r"[^A-Za-z0-9]+", "_", url).strip("_") + ".json")


def _pg_parts(url: str) -> tuple[dict[str, Any], str]:
    parts = urlsplit(url)
    name = unquote(parts.path.lstrip("/"))
    if not re.fullmatch(r"[A-Za-z0-9_]+", name):
        raise BenchError(f"unsupported PostgreSQL database name {name!r} (letters, digits, _)")
    connect: dict[str, Any] = {
        "host": parts.hostname or "127.0.0.1",
        "port": parts.port or 5432,
        "user": unquote(parts.username or "postgres"),
    }
    if parts.password:
        connect["password"] = unquote(parts.password)
    return connect, name


async def _pg_recreate(url: str) -> None:
    connect, name = _pg_parts(url)
    conn = await asyncpg.connect(database="postgres", timeout=10, **connect)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()


async def _pg_counts(url: str) -> dict[str, int] | None:
    connect, name = _pg_parts(url)
    try:
        conn = await asyncpg.connect(database=name, timeout=10, **connect)
    except asyncpg.InvalidCatalogNameError:
        return None
    try:
        counts: dict[str, int] = {}
        for table in ("stakeholders", "articles"):
            counts[table] = int(await conn.fetchval(f"SELECT count(*) FROM {table}"))
        return counts
    except asyncpg.UndefinedTableError:
        return None
    finally:
        await conn.close()


def _sqlite_counts(url: str) -> dict[str, int] | None:
    path = sqlite_path(url)
    if not path.is_file():
        return None
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=10)
    try:
        return {
            table: int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("stakeholders", "articles")
        }
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def table_counts(url: str) -> dict[str, int] | None:
    """Row counts of a few tables, or None when the database or its tables do not exist."""
    return _sqlite_counts(url) if is_sqlite(url) else asyncio.run(_pg_counts(url))


async def _pg_statistics(url: str, run_analyze: bool) -> bool:
    connect, name = _pg_parts(url)
    conn = await asyncpg.connect(database=name, timeout=10, **connect)
    try:
        if run_analyze:
            await conn.execute("ANALYZE")
        analyzed = await conn.fetchval(
            "SELECT count(*) FROM pg_stat_user_tables WHERE relname = 'articles'"
            " AND (last_analyze IS NOT NULL OR last_autoanalyze IS NOT NULL)"
        )
        return bool(analyzed)
    finally:
        await conn.close()


def _sqlite_statistics(url: str, run_analyze: bool) -> bool:
    conn = sqlite3.connect(sqlite_path(url), timeout=30)
    try:
        if run_analyze:
            conn.execute("ANALYZE")
            conn.commit()
        found = conn.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
        ).fetchone()[0]
        return bool(found)
    finally:
        conn.close()


def planner_statistics(url: str, *, run_analyze: bool = False) -> bool:
    """Whether the query planner has statistics on the tables (after ANALYZE, if asked)."""
    if is_sqlite(url):
        return _sqlite_statistics(url, run_analyze)
    return asyncio.run(_pg_statistics(url, run_analyze))


def already_loaded(url: str, scale: int, seed: int) -> tuple[bool, str]:
    counts = table_counts(url)
    if counts is None:
        return False, "database or tables missing"
    marker = marker_path(url)
    if marker.is_file():
        recorded = json.loads(marker.read_text(encoding="utf-8"))
        if (recorded.get("scale"), recorded.get("seed")) != (scale, seed):
            return False, f"loaded with scale {recorded.get('scale')} seed {recorded.get('seed')}"
        if recorded.get("counts") != counts:
            return False, f"row counts {counts} differ from the recorded {recorded.get('counts')}"
        return True, f"matches the recorded load ({counts})"
    # No marker (loaded by hand): accept a database that plausibly holds the synthetic graph.
    if counts["articles"] > 0 and counts["stakeholders"] >= max(1, scale // 2):
        return True, f"no marker, but it holds {counts}"
    return False, f"holds only {counts}"


def wipe_database(url: str) -> None:
    if is_sqlite(url):
        path = sqlite_path(url)
        path.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    else:
        asyncio.run(_pg_recreate(url))
    marker_path(url).unlink(missing_ok=True)


def simpul_command(*args: str) -> list[str]:
    """The `simpul` console script next to this interpreter, or the CLI through `python -c`."""
    script = Path(sys.executable).parent / "simpul"
    if script.is_file():
        return [str(script), *args]
    return [sys.executable, "-c", "from api.cli import main; main()", *args]


# The load is one client on 127.0.0.1: the default limits (120 requests a minute per address)
# would answer most of it with 429. The limiter still runs on every request.
RAISED_LIMITS = {
    "SIMPUL_RATE_LIMIT_ANONYMOUS_PER_MINUTE": "100000000",
    "SIMPUL_RATE_LIMIT_ANONYMOUS_COST_PER_MINUTE": "2000000000",
    "SIMPUL_RATE_LIMIT_CONCURRENCY": "1000",
}


def server_env(url: str) -> dict[str, str]:
    env = RAISED_LIMITS | dict(os.environ)
    env.update(
        SIMPUL_DATABASE_URL=url,
        SIMPUL_MODE=env.get("SIMPUL_BENCH_MODE", "development"),
        SIMPUL_DATA_DIR=str(RESULTS),
        SIMPUL_REPORT_SQL_COUNT="1",
        PYTHONUNBUFFERED="1",
    )
    return env


def run_step(
    name: str, command: list[str], env: dict[str, str], logfile: TextIO, timeout: float
) -> float:
    logfile.write(f"\n$ {' '.join(command)}\n")
    logfile.flush()
    started = time.perf_counter()
    try:
        result = subprocess.run(
            command,
            cwd=ROOT,
            env=env,
            stdout=logfile,
            stderr=subprocess.STDOUT,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise BenchError(f"`{name}` did not finish within {timeout:.0f}s") from exc
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise BenchError(f"`{name}` exited with status {result.returncode}")
    return elapsed


def tail(path: Path, lines: int) -> str:
    if not path.is_file():
        return ""
    with path.open(encoding="utf-8", errors="replace") as handle:
        return "".join(handle.readlines()[-lines:])


@dataclass
class LoadReport:
    reused: bool
    migrate_s: float = 0.0
    demo_s: float = 0.0
    reason: str = ""
    analyze_s: float | None = None
    statistics: bool = False

    @property
    def total_s(self) -> float:
        return self.migrate_s + self.demo_s

    def describe(self) -> str:
        if self.reused:
            text = f"reused the existing data, loading skipped ({self.reason})"
        else:
            text = f"migrate {self.migrate_s:.1f}s + demo {self.demo_s:.1f}s = {self.total_s:.1f}s"
        if self.analyze_s is not None:
            text += f"; ANALYZE {self.analyze_s:.1f}s"
        return text

    def describe_statistics(self) -> str:
        return "present" if self.statistics else "absent (no ANALYZE since the load)"


def prepare_database(args: argparse.Namespace) -> LoadReport:
    report = load_database(args)
    if args.analyze:
        started = time.perf_counter()
        planner_statistics(args.database_url, run_analyze=True)
        report.analyze_s = time.perf_counter() - started
    report.statistics = planner_statistics(args.database_url)
    return report


def load_database(args: argparse.Namespace) -> LoadReport:
    url: str = args.database_url
    RESULTS.mkdir(parents=True, exist_ok=True)
    if args.reuse:
        loaded, reason = already_loaded(url, args.scale, args.seed)
        if loaded:
            env = server_env(url)
            load_log = RESULTS / "load.log"
            with load_log.open("a", encoding="utf-8") as handle:
                # Cheap and idempotent: makes sure the schema is at the head of the chain.
                try:
                    run_step("simpul migrate", simpul_command("migrate"), env, handle, 600)
                except BenchError:
                    handle.flush()
                    log(f"    last lines of {load_log.relative_to(ROOT)}:")
                    log(tail(load_log, 25))
                    raise
            return LoadReport(reused=True, reason=reason)
        log(f"    --reuse: rebuilding, the database is not usable as is ({reason})")
    log(f"    recreating {describe_url(url)}")
    wipe_database(url)
    env = server_env(url)
    load_log = RESULTS / "load.log"
    report = LoadReport(reused=False)
    with load_log.open("w", encoding="utf-8") as handle:
        try:
            log("    simpul migrate ...")
            report.migrate_s = run_step(
                "simpul migrate", simpul_command("migrate"), env, handle, args.load_timeout
            )
            log(f"    simpul migrate: {report.migrate_s:.1f}s")
            log(f"    simpul demo --scale {args.scale} --seed {args.seed} ...")
            report.demo_s = run_step(
                "simpul demo",
                simpul_command("demo", "--scale", str(args.scale), "--seed", str(args.seed)),
                env,
                handle,
                args.load_timeout,
            )
            log(f"    simpul demo: {report.demo_s:.1f}s")
        except BenchError:
            handle.flush()
            log(f"    last lines of {load_log.relative_to(ROOT)}:")
            log(tail(load_log, 25))
            raise
    counts = table_counts(url)
    marker_path(url).write_text(
        json.dumps({"scale": args.scale, "seed": args.seed, "counts": counts}), encoding="utf-8"
    )
    return report


# --------------------------------------------------------------------------------------------
# Server
# --------------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@dataclass
class Server:
    process: subprocess.Popen[bytes]
    base_url: str
    stderr_path: Path
    stdout_path: Path
    handles: list[TextIO]

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=15)
        for handle in self.handles:
            handle.close()


def start_server(url: str) -> Server:
    port = free_port()
    RESULTS.mkdir(parents=True, exist_ok=True)
    stderr_path = RESULTS / "server.log"
    stdout_path = RESULTS / "server-access.log"
    err = stderr_path.open("w", encoding="utf-8")
    out = stdout_path.open("w", encoding="utf-8")
    process = subprocess.Popen(
        simpul_command("serve", "--host", "127.0.0.1", "--port", str(port)),
        cwd=ROOT,
        env=server_env(url),
        stdout=out,
        stderr=err,
        stdin=subprocess.DEVNULL,
    )
    return Server(process, f"http://127.0.0.1:{port}", stderr_path, stdout_path, [err, out])


async def wait_for_health(server: Server, limit_s: float) -> float:
    started = time.perf_counter()
    deadline = started + limit_s
    async with httpx.AsyncClient(base_url=server.base_url, timeout=2.0, trust_env=False) as client:
        while time.perf_counter() < deadline:
            if server.process.poll() is not None:
                raise BenchError(f"the server exited with status {server.process.returncode}")
            try:
                response = await client.get("/healthz")
                if response.status_code == 200:
                    return time.perf_counter() - started
            except httpx.HTTPError:
                pass
            await asyncio.sleep(0.2)
    raise BenchError(f"the server did not answer /healthz within {limit_s:.0f}s")


SERVER_ERROR_PATTERN = re.compile(r"Traceback|\bERROR\b|Error:|Exception", re.IGNORECASE)
ACCESS_STATUS_PATTERN = re.compile(r'HTTP/[\d.]+" (\d{3})')


def scan_server_logs(server: Server) -> tuple[list[str], Counter[str]]:
    """Error-looking lines of the server's stderr, and the HTTP statuses of its access log."""
    error_lines: list[str] = []
    statuses: Counter[str] = Counter()
    for path in (server.stderr_path, server.stdout_path):
        if not path.is_file():
            continue
        with path.open(encoding="utf-8", errors="replace") as handle:
            for line in handle:
                match = ACCESS_STATUS_PATTERN.search(line)
                if match:
                    statuses[match.group(1)] += 1
                elif SERVER_ERROR_PATTERN.search(line):
                    error_lines.append(line.rstrip())
    return error_lines, statuses


# --------------------------------------------------------------------------------------------
# Load generation and figures
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sample:
    key: str
    latency_ms: float
    error: str | None
    sql: int | None
    size: int


@dataclass
class Phase:
    name: str
    elapsed_s: float
    samples: list[Sample]


class GraphQLFailure(BenchError):
    pass


async def graphql(
    client: httpx.AsyncClient, document: str, variables: dict[str, Any] | None = None
) -> tuple[dict[str, Any], int | None, int]:
    """Run one query; return its data, X-SQL-Count and response size, or raise on any error."""
    response = await client.post("/graphql", json={"query": document, "variables": variables})
    if response.status_code != 200:
        raise GraphQLFailure(f"HTTP {response.status_code}: {response.text[:300]}")
    payload = response.json()
    if "errors" in payload:
        raise GraphQLFailure(f"GraphQL errors: {json.dumps(payload['errors'])[:500]}")
    data = payload.get("data")
    if not isinstance(data, dict):
        raise GraphQLFailure("response without data")
    return data, _sql_count(response), len(response.content)


def _sql_count(response: httpx.Response) -> int | None:
    raw = response.headers.get("x-sql-count")
    return int(raw) if raw is not None and raw.isdigit() else None


async def send(client: httpx.AsyncClient, spec: QuerySpec) -> Sample:
    body = {"query": spec.document, "variables": spec.next_variables()}
    started = time.perf_counter()
    try:
        response = await client.post("/graphql", json=body)
    except httpx.HTTPError as exc:
        latency = (time.perf_counter() - started) * 1000
        return Sample(spec.key, latency, f"{type(exc).__name__}: {exc}", None, 0)
    latency = (time.perf_counter() - started) * 1000
    error: str | None = None
    if response.status_code != 200:
        error = f"HTTP {response.status_code}: {response.text[:200]}"
    else:
        try:
            payload = response.json()
        except ValueError:
            payload = None
        if not isinstance(payload, dict):
            error = "response is not a JSON object"
        elif "errors" in payload:
            error = f"GraphQL errors: {json.dumps(payload['errors'])[:300]}"
        elif not isinstance(payload.get("data"), dict):
            error = "response without data"
        else:
            error = spec.check(payload["data"])
    return Sample(spec.key, latency, error, _sql_count(response), len(response.content))


async def run_phase(
    name: str,
    client: httpx.AsyncClient,
    specs: Sequence[QuerySpec],
    *,
    concurrency: int,
    duration: float,
    max_requests: int,
) -> Phase:
    """`concurrency` workers send the specs round-robin until the time or the count runs out."""
    samples: list[Sample] = []
    tickets = itertools.count()
    started = time.perf_counter()
    deadline = started + duration

    async def worker() -> None:
        while time.perf_counter() < deadline:
            ticket = next(tickets)
            if ticket >= max_requests:
                return
            samples.append(await send(client, specs[ticket % len(specs)]))

    await asyncio.gather(*(worker() for _ in range(concurrency)))
    return Phase(name, time.perf_counter() - started, samples)


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    """Nearest-rank percentile of already sorted values."""
    rank = max(1, math.ceil(fraction * len(sorted_values)))
    return sorted_values[rank - 1]


@dataclass(frozen=True, slots=True)
class Figures:
    label: str
    requests: int
    errors: int
    rps: float
    p50: float | None
    p90: float | None
    p99: float | None
    sql_min: int | None
    sql_max: int | None
    sql_mean: float | None
    bytes_mean: float | None

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def figures(label: str, samples: Sequence[Sample], elapsed_s: float) -> Figures:
    ok = [sample for sample in samples if sample.error is None]
    latencies = sorted(sample.latency_ms for sample in ok)
    sql = [sample.sql for sample in ok if sample.sql is not None]
    return Figures(
        label=label,
        requests=len(samples),
        errors=len(samples) - len(ok),
        rps=len(samples) / elapsed_s if elapsed_s > 0 else 0.0,
        p50=percentile(latencies, 0.50) if latencies else None,
        p90=percentile(latencies, 0.90) if latencies else None,
        p99=percentile(latencies, 0.99) if latencies else None,
        sql_min=min(sql) if sql else None,
        sql_max=max(sql) if sql else None,
        sql_mean=sum(sql) / len(sql) if sql else None,
        bytes_mean=sum(sample.size for sample in ok) / len(ok) if ok else None,
    )


HEADER = (
    f"{'':<10}{'requests':>9}{'errors':>8}{'req/s':>9}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}"
    f"{'SQL/req min-max':>17}{'bytes/resp':>12}"
)


def _ms(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def format_row(fig: Figures) -> str:
    sql = "-" if fig.sql_min is None else f"{fig.sql_min}-{fig.sql_max}"
    size = "-" if fig.bytes_mean is None else f"{fig.bytes_mean:.0f}"
    return (
        f"{fig.label:<10}{fig.requests:>9}{fig.errors:>8}{fig.rps:>9.1f}{_ms(fig.p50):>9}"
        f"{_ms(fig.p90):>9}{_ms(fig.p99):>9}{sql:>17}{size:>12}"
    )


def phase_figures(phase: Phase, keys: Sequence[str]) -> list[Figures]:
    rows = [figures(phase.name, phase.samples, phase.elapsed_s)]
    if len(keys) > 1:
        for key in keys:
            subset = [sample for sample in phase.samples if sample.key == key]
            rows.append(figures(f"  {key}", subset, phase.elapsed_s))
    return rows


def error_summary(samples: Sequence[Sample]) -> Counter[str]:
    return Counter(f"{s.key}: {s.error}" for s in samples if s.error is not None)


# --------------------------------------------------------------------------------------------
# Discovery of real slugs and region codes
# --------------------------------------------------------------------------------------------


async def discover(client: httpx.AsyncClient, limit: int) -> tuple[list[str], list[str]]:
    data, _, _ = await graphql(client, DISCOVER_PROFILES, {"first": 100})
    nodes = [edge["node"] for edge in data["stakeholders"]["edges"]]
    with_members = [node["slug"] for node in nodes if node["members"]["totalCount"] > 0]
    slugs = (with_members or [node["slug"] for node in nodes])[:limit]
    if not slugs:
        raise BenchError("no active stakeholders in the database")

    data, _, _ = await graphql(client, DISCOVER_REGIONS, {"first": 100})
    found: Counter[str] = Counter()
    for edge in data["stakeholders"]["edges"]:
        region = edge["node"]["region"]
        if region is None:
            continue
        for candidate in [region, *region["ancestors"]]:
            if candidate["level"] in ("REGENCY", "CITY"):
                found[candidate["code"]] += 1
    regions = [code for code, _ in found.most_common(5)]
    if "64.01" in regions:
        regions.remove("64.01")
    regions = ["64.01", *regions][:5]
    return slugs, regions


# --------------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------------


async def benchmark(args: argparse.Namespace, server: Server, load: LoadReport) -> int:
    startup = await wait_for_health(server, args.startup_timeout)
    log(f"    /healthz answered after {startup:.1f}s")
    limits = httpx.Limits(
        max_connections=args.concurrency, max_keepalive_connections=args.concurrency
    )
    async with httpx.AsyncClient(
        base_url=server.base_url,
        timeout=httpx.Timeout(args.request_timeout),
        limits=limits,
        trust_env=False,
    ) as client:
        summary, _, _ = await graphql(client, DATA_SUMMARY)
        counts = {name: value["totalCount"] for name, value in summary.items()}
        log("    visible to partners: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
        slugs, regions = await discover(client, limit=50)
        log(f"    Q2 rotates over {len(slugs)} active stakeholders, e.g. {slugs[:3]}")
        log(f"    Q3 rotates over regions {regions}")
        specs = build_specs(slugs, regions)
        by_key = {spec.key: spec for spec in specs}

        log("\n[3] SQL statements per request by page size (one request each, sequential)")
        probe_rows: list[dict[str, Any]] = []
        probe_failed = False
        for spec in specs:
            cells: list[str] = []
            sql_by_size: list[int | None] = []
            base = spec.next_variables()  # the same slug / region for every page size
            for variables in PROBE_VARIABLES[spec.key]:
                merged = {**base, **variables}
                try:
                    _, sql, size = await graphql(client, spec.document, merged)
                except (GraphQLFailure, httpx.HTTPError) as exc:
                    probe_failed = True
                    log(f"    {spec.key} {variables}: FAILED {exc}")
                    continue
                probe_rows.append({"query": spec.key, "variables": merged, "sql": sql})
                sql_by_size.append(sql)
                pages = "/".join(str(value) for value in variables.values())
                cells.append(f"pages {pages}: {sql} SQL, {size} B")
            # Page size 1 may touch fewer kinds of rows; from the benchmark's page size to the
            # maximum, a batched query keeps the same count.
            grows = len(sql_by_size) == 3 and (sql_by_size[2] or 0) > (sql_by_size[1] or 0)
            flag = "   <-- grows with page size" if grows else ""
            log(f"    {spec.key}  " + "; ".join(cells) + flag)

        log(
            f"\n[4] load: concurrency {args.concurrency}, {args.duration:g}s per phase "
            f"(at most {args.max_requests} requests), warm-up {args.warmup:g}s excluded"
        )
        warmup = await run_phase(
            "warm-up",
            client,
            specs,
            concurrency=args.concurrency,
            duration=args.warmup,
            max_requests=args.max_requests,
        )
        log(
            f"    warm-up: {len(warmup.samples)} requests, "
            f"{len(warmup.samples) - len([s for s in warmup.samples if s.error is None])} errors"
        )
        phases: list[tuple[Phase, list[str]]] = []
        for key in args.queries:
            phase = await run_phase(
                key,
                client,
                [by_key[key]],
                concurrency=args.concurrency,
                duration=args.duration,
                max_requests=args.max_requests,
            )
            phases.append((phase, [key]))
            log(f"    {key} alone: {len(phase.samples)} requests in {phase.elapsed_s:.1f}s")
        if len(args.queries) > 1:
            mix_specs = [by_key[key] for key in args.queries]
            phase = await run_phase(
                "mix",
                client,
                mix_specs,
                concurrency=args.concurrency,
                duration=args.duration,
                max_requests=args.max_requests,
            )
            phases.append((phase, list(args.queries)))
            log(f"    mix: {len(phase.samples)} requests in {phase.elapsed_s:.1f}s")

    # ---- report
    dialect = "sqlite" if is_sqlite(args.database_url) else "postgres"
    log("\n" + "=" * len(HEADER))
    log(f"Simpul partner queries - {describe_url(args.database_url)}")
    log(f"scale {args.scale} seed {args.seed}; load: {load.describe()}")
    log(f"planner statistics: {load.describe_statistics()}")
    log(f"concurrency {args.concurrency}, {args.duration:g}s per phase, one uvicorn worker")
    for spec in specs:
        if spec.key in args.queries:
            log(f"  {spec.key}: {spec.title}")
    log("=" * len(HEADER))
    log(HEADER)
    all_rows: list[Figures] = []
    for phase, keys in phases:
        for row in phase_figures(phase, keys):
            all_rows.append(row)
            log(format_row(row))
    log("=" * len(HEADER))

    errors = error_summary(warmup.samples)
    for phase, _ in phases:
        errors.update(error_summary(phase.samples))
    if errors:
        log("\nFailed requests (count: query: error):")
        for message, count in errors.most_common(10):
            log(f"  {count}: {message}")

    server_errors, statuses = scan_server_logs(server)
    log(f"\nServer access log statuses: {dict(sorted(statuses.items()))}")
    if server_errors:
        log(f"Server stderr has {len(server_errors)} error-looking lines, first ones:")
        for line in server_errors[:10]:
            log(f"  {line}")
    else:
        log(f"Server stderr ({server.stderr_path.relative_to(ROOT)}): no errors")

    results_path = RESULTS / f"partner_queries-{dialect}.json"
    results_path.write_text(
        json.dumps(
            {
                "database": describe_url(args.database_url),
                "scale": args.scale,
                "seed": args.seed,
                "load": {
                    "reused": load.reused,
                    "migrate_s": load.migrate_s,
                    "demo_s": load.demo_s,
                    "analyze_s": load.analyze_s,
                    "planner_statistics": load.statistics,
                },
                "visible_counts": counts,
                "concurrency": args.concurrency,
                "duration_s": args.duration,
                "probe": probe_rows,
                "figures": [row.as_dict() for row in all_rows],
                "failed_requests": dict(errors),
                "server_error_lines": server_errors[:50],
            },
            indent=2,
        ),
        encoding="utf-8",
    )
    log(f"Figures written to {results_path.relative_to(ROOT)}")
    return 1 if errors or probe_failed else 0


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Load a demo database, serve it and measure partner-style GraphQL queries."
    )
    parser.add_argument(
        "--database-url",
        help="SIMPUL_DATABASE_URL to benchmark (default: a SQLite file under bench/results/)",
    )
    parser.add_argument("--scale", type=int, default=10000, help="`simpul demo --scale` (10000)")
    parser.add_argument("--seed", type=int, default=1, help="`simpul demo --seed` (1)")
    parser.add_argument("--concurrency", type=int, default=8, help="requests in flight (8)")
    parser.add_argument("--duration", type=float, default=20.0, help="seconds per phase (20)")
    parser.add_argument("--warmup", type=float, default=5.0, help="warm-up seconds (5)")
    parser.add_argument(
        "--max-requests", type=int, default=50000, help="cap on requests per phase (50000)"
    )
    parser.add_argument(
        "--queries",
        default="Q1,Q2,Q3",
        help="comma-separated subset of Q1,Q2,Q3 to run (default all, then their mix)",
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="keep the database if it already holds this scale/seed; otherwise rebuild it",
    )
    parser.add_argument(
        "--analyze",
        action="store_true",
        help="run ANALYZE before serving (the statistics stay in the database)",
    )
    parser.add_argument(
        "--load-timeout", type=float, default=7200.0, help="limit per load step, s (7200)"
    )
    parser.add_argument(
        "--startup-timeout", type=float, default=60.0, help="wait for /healthz, s (60)"
    )
    parser.add_argument("--request-timeout", type=float, default=60.0, help="per request, s (60)")
    args = parser.parse_args(argv)
    if args.database_url is None:
        name = f"simpul-bench-scale{args.scale}-seed{args.seed}.sqlite3"
        args.database_url = "sqlite://" + str(RESULTS / name)
    args.database_url = normalise_url(args.database_url)
    args.queries = [key.strip().upper() for key in args.queries.split(",") if key.strip()]
    unknown = sorted(set(args.queries) - {"Q1", "Q2", "Q3"})
    if unknown or not args.queries:
        parser.error(f"--queries takes Q1, Q2 and/or Q3, not {unknown or args.queries}")
    if args.concurrency < 1 or args.duration <= 0 or args.max_requests < 1 or args.warmup < 0:
        parser.error("--concurrency, --duration and --max-requests must be positive")
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
    log(f"    planner statistics: {load.describe_statistics()}")

    log("[2] starting `simpul serve` (SIMPUL_REPORT_SQL_COUNT=1)")
    server = start_server(args.database_url)
    log(f"    {server.base_url}, stderr -> {server.stderr_path.relative_to(ROOT)}")
    try:
        return asyncio.run(benchmark(args, server, load))
    except (BenchError, httpx.HTTPError) as exc:
        log(f"ERROR: {exc}")
        server.stop()
        log(f"    last lines of {server.stderr_path.relative_to(ROOT)}:")
        log(tail(server.stderr_path, 30))
        return 3
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
