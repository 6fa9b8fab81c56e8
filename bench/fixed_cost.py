"""The fixed cost of a request: `{ __typename }` and a one-row lookup, under wrk, per worker.

    .venv/bin/python bench/fixed_cost.py                  # SQLite: a fresh migrated file
    .venv/bin/python bench/fixed_cost.py --database-url postgres://postgres@127.0.0.1:5432/db

Starts `simpul serve` in production mode (a benchmark-only secret, rate limits raised so that
the limiter runs but never refuses, no access log) on a free loopback port, then runs wrk
(`apt-get install wrk`) with keep-alive connections: a warm-up, then --rounds rounds per
query. Prints each round's requests/s and latency percentiles and the median. Asserts nothing
about time. See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from partner_queries import RAISED_LIMITS, RESULTS, free_port, simpul_command

QUERIES = {
    "typename": {"query": "{ __typename }"},
    "lookup": {"query": 'query Region { region(code: "64") { code name } }'},
}
# wrk: POST the body in $BODY; print one JSON line of figures (latencies in microseconds).
WRK_SCRIPT = """
local f = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/json"
function done(summary, latency, requests)
  io.write(string.format('RESULT {"requests":%d,"duration_us":%d,"non2xx":%d,' ..
    '"p50_us":%d,"p99_us":%d}\\n', summary.requests, summary.duration, summary.errors.status,
    latency:percentile(50), latency:percentile(99)))
end
"""


def wrk(url: str, body: Path, script: Path, connections: int, seconds: float) -> dict[str, float]:
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds:g}s", "-s", str(script), url]
    out = subprocess.run(
        command, env=os.environ | {"BODY": str(body)}, capture_output=True, text=True, check=True
    ).stdout
    line = next(line for line in out.splitlines() if line.startswith("RESULT "))
    figures: dict[str, float] = json.loads(line.removeprefix("RESULT "))
    figures["rps"] = figures["requests"] / (figures["duration_us"] / 1e6)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default="", help="default: a fresh SQLite file")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--duration", type=float, default=10.0, help="seconds per round (10)")
    parser.add_argument("--warmup", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--queries", default=",".join(QUERIES))
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is needed: apt-get install wrk", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="simpul-fixed-cost-"))
    url = args.database_url or f"sqlite://{work}/simpul.sqlite3"
    env = os.environ | {
        "SIMPUL_MODE": "production",
        "SIMPUL_SECRET_KEY": "fixed-cost-benchmark-only-0123456789abcdef0123",
        "SIMPUL_DATABASE_URL": url,
        "SIMPUL_DATA_DIR": str(work),
    }
    env = RAISED_LIMITS | env  # the caller's environment may set other limits
    env.pop("REDIS_URL", None)
    env.pop("SIMPUL_REPORT_SQL_COUNT", None)
    subprocess.run(simpul_command("migrate"), env=env, check=True, capture_output=True)
    port = free_port()
    RESULTS.mkdir(parents=True, exist_ok=True)
    log = (RESULTS / "fixed-cost-server.log").open("wb")
    serve = ["serve", "--host", "127.0.0.1", "--port", str(port), "--workers", str(args.workers)]
    server = subprocess.Popen(simpul_command(*serve), env=env, stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                print(f"the server did not start; see {log.name}", file=sys.stderr)
                return 3
            time.sleep(0.2)
        script = work / "post.lua"
        script.write_text(WRK_SCRIPT)
        engine = url.split("://")[0]
        print(f"simpul serve --workers {args.workers}, {engine}, wrk -c{args.connections}")
        print(f"{'query':10} {'req/s (rounds)':>32} {'median':>8} {'p50 ms':>7} {'p99 ms':>7}")
        for name in args.queries.split(","):
            body = work / f"{name}.json"
            body.write_text(json.dumps(QUERIES[name]))
            answer = httpx.post(f"{base}/graphql", json=QUERIES[name], timeout=10)
            if answer.status_code != 200 or "errors" in answer.json():
                print(f"{name}: {answer.status_code} {answer.text}", file=sys.stderr)
                return 1
            wrk(f"{base}/graphql", body, script, args.connections, args.warmup)
            rounds = [
                wrk(f"{base}/graphql", body, script, args.connections, args.duration)
                for _ in range(args.rounds)
            ]
            if any(r["non2xx"] for r in rounds):
                print(f"{name}: non-2xx answers: {[r['non2xx'] for r in rounds]}")
            rates = " ".join(f"{r['rps']:.0f}" for r in rounds)
            middle = sorted(rounds, key=lambda r: r["rps"])[len(rounds) // 2]
            print(
                f"{name:10} {rates:>32} {statistics.median(r['rps'] for r in rounds):8.0f} "
                f"{middle['p50_us'] / 1000:7.2f} {middle['p99_us'] / 1000:7.2f}"
            )
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
