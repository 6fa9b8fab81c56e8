"""Admin app benchmark: how much JavaScript the first screen needs, and how fast lists render.

Run from the repository root with the project's virtualenv, after a build (`scripts/setup`):

    .venv/bin/python bench/admin_spa.py                   # sizes + browser, demo --scale 10000
    .venv/bin/python bench/admin_spa.py --sizes-only      # only the bundle sizes
    .venv/bin/python bench/admin_spa.py --scale 500 --loads 3 --routes /regions,/people

(a) Sizes: the JavaScript index.html loads before any lazy route (the entry chunk and the chunks
it imports statically), raw and gzip -6, and the largest lazy chunks. Target: initial <= 250 KB gz.
(b) Render: the list screens in Debian's Chromium (Playwright, bench/admin_spa_browser.mjs)
against `simpul serve` on a SQLite `simpul demo --accounts --scale N --seed S` database, cached
as bench/results/admin-spa-scale<N>-seed<S>.sqlite3. Each screen is opened --loads times in a
fresh browser context (cold HTTP cache) and --loads times again in one warm context; the time
is from navigation start to the frame after the first table row was inserted (a performance
mark). Target: p50 < 1 s.

It prints figures and asserts nothing about them; the exit status is 0 unless something could
not run (no build, no database, no server, a screen without rows). See bench/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from statistics import median
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
BROWSER_SCRIPT = Path(__file__).with_name("admin_spa_browser.mjs")
SIMPUL = Path(sys.executable).parent / "simpul"
ROUTES = "/stakeholders,/people,/articles,/events,/regions,/regulations"
TARGET_INITIAL_KB = 250
TARGET_RENDER_MS = 1000

ENTRY = re.compile(r'<script type="module"[^>]* src="/admin/(assets/[^"]+\.js)"')
PRELOAD = re.compile(r'<link rel="modulepreload"[^>]* href="/admin/(assets/[^"]+\.js)"')
# Static imports of a minified chunk (`import{a}from"./x.js"`, `import"./x.js"`); dynamic
# `import("./x.js")` has a parenthesis and does not match.
STATIC_IMPORT = re.compile(r'(?:\bfrom|\bimport)\s*["\']\./([^"\']+\.js)["\']')


class BenchError(RuntimeError):
    pass


@dataclass(frozen=True)
class Chunk:
    name: str
    raw: int
    gz: int


def chunk(path: Path) -> Chunk:
    data = path.read_bytes()
    return Chunk(path.name, len(data), len(gzip.compress(data, compresslevel=6)))


def initial_chunks(dist: Path) -> list[str]:
    """Chunk paths (relative to dist) loaded before any lazy route: entry + static imports."""
    index = dist / "index.html"
    if not index.is_file():
        raise BenchError(f"{index} is missing: build the app first (scripts/setup)")
    html = index.read_text(encoding="utf-8")
    pending = ENTRY.findall(html) + PRELOAD.findall(html)
    if not pending:
        raise BenchError(f"no module script in {index}")
    seen: list[str] = []
    while pending:
        name = pending.pop(0)
        if name in seen:
            continue
        seen.append(name)
        code = (dist / name).read_text(encoding="utf-8")
        pending.extend(f"assets/{imported}" for imported in STATIC_IMPORT.findall(code))
    return seen


def kb(size: int) -> str:
    return f"{size / 1024:8.1f}"


def report_sizes(dist: Path, largest: int) -> dict[str, Any]:
    entry, *imported = (chunk(dist / name) for name in initial_chunks(dist))
    initial = [entry, *sorted(imported, key=lambda item: item.gz, reverse=True)]
    initial_names = {item.name for item in initial}
    lazy = sorted(
        (chunk(path) for path in (dist / "assets").glob("*.js") if path.name not in initial_names),
        key=lambda item: item.gz,
        reverse=True,
    )
    css = [chunk(path) for path in (dist / "assets").glob("*.css")]
    total_raw, total_gz = sum(c.raw for c in initial), sum(c.gz for c in initial)
    verdict = "within" if total_gz <= TARGET_INITIAL_KB * 1024 else "OVER"
    print(f"\n(a) JavaScript of {dist.relative_to(ROOT) if dist.is_relative_to(ROOT) else dist}")
    print(f"{'chunk':<49}{'raw KB':>8} {'gz KB':>8}")
    for item in initial:
        print(f"  initial  {item.name:<38}{kb(item.raw)} {kb(item.gz)}")
    print(f"{'initial JavaScript':<48}{kb(total_raw)} {kb(total_gz)}", end="")
    print(f"   ({verdict} the {TARGET_INITIAL_KB} KB gz target)")
    for item in lazy[:largest]:
        print(f"  lazy     {item.name:<38}{kb(item.raw)} {kb(item.gz)}")
    print(f"{'lazy chunks: ' + str(len(lazy)):<48}", end="")
    print(f"{kb(sum(c.raw for c in lazy))} {kb(sum(c.gz for c in lazy))}")
    for item in css:
        print(f"  css      {item.name:<38}{kb(item.raw)} {kb(item.gz)}")
    return {
        "initial": [vars(item) for item in initial],
        "initial_gz": total_gz,
        "lazy": [vars(item) for item in lazy],
        "css": [vars(item) for item in css],
    }


def build_database(path: Path, scale: int, seed: int, timeout: float) -> None:
    """The demo database with the staff accounts; built under a temporary name, then renamed,
    so that an interrupted build is not reused."""
    if path.is_file():
        print(f"\ndatabase: {path.relative_to(ROOT)} (reused)")
        return
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    env = os.environ | {"SIMPUL_MODE": "development", "SIMPUL_DATABASE_URL": f"sqlite://{partial}"}
    started = time.monotonic()
    with (RESULTS / "admin-spa-load.log").open("w", encoding="utf-8") as log:
        for command in (
            ["migrate"],
            ["demo", "--accounts", "--scale", str(scale), "--seed", str(seed)],
        ):
            result = subprocess.run(
                [str(SIMPUL), *command], env=env, stdout=log, stderr=subprocess.STDOUT,
                timeout=timeout, check=False,
            )  # fmt: skip
            if result.returncode != 0:
                raise BenchError(f"`simpul {' '.join(command)}` failed: see admin-spa-load.log")
    partial.rename(path)
    print(f"\ndatabase: {path.relative_to(ROOT)} built in {time.monotonic() - started:.0f} s")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_server(database: Path, dist: Path, port: int) -> subprocess.Popen[bytes]:
    env = os.environ | {
        "SIMPUL_MODE": "development",
        "SIMPUL_DATABASE_URL": f"sqlite://{database}",
        "SIMPUL_ADMIN_DIR": str(dist),
        # One browser from one address opens many screens a minute: keep the limits out of it.
        "SIMPUL_RATE_LIMIT_ANONYMOUS_PER_MINUTE": "100000",
        "SIMPUL_RATE_LIMIT_STAFF_PER_MINUTE": "100000",
        "SIMPUL_RATE_LIMIT_STAFF_COST_PER_MINUTE": "100000000",
        "SIMPUL_RATE_LIMIT_CONCURRENCY": "50",
    }
    env.pop("REDIS_URL", None)
    log = (RESULTS / "admin-spa-server.log").open("wb")
    command = [str(SIMPUL), "serve", "--host", "127.0.0.1", "--port", str(port)]
    process = subprocess.Popen(command, env=env, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2):
                return process
        except OSError:
            time.sleep(0.3)
    process.terminate()
    raise BenchError("the server did not answer /healthz: see bench/results/admin-spa-server.log")


def measure(base: str, routes: list[str], loads: int) -> list[dict[str, Any]]:
    node = shutil.which("node")
    if node is None:
        raise BenchError("node is not on PATH (the browser part runs on Node.js)")
    # Other work on the machine shows up in every figure: say how busy it was.
    print(f"\nload average before the browser run: {load_average()}")
    command = [node, str(BROWSER_SCRIPT), base, ",".join(routes), str(loads)]
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=1800)
    if result.returncode != 0:
        raise BenchError(f"the browser run failed:\n{result.stderr.strip()}")
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.1f} {five:.1f} {fifteen:.1f} (1, 5, 15 min) on {os.cpu_count()} CPUs"


def ms(values: list[float]) -> str:
    return f"{median(values):7.0f}" if values else "      -"


def report_render(rows: list[dict[str, Any]], scale: int) -> bool:
    print(f"\n(b) list screens, demo --scale {scale}: ms from navigation start (p50 / max)")
    print(
        f"{'screen':<15}{'rows':>5}{'cold p50':>9}{'max':>7}{'warm p50':>9}{'max':>7}"
        f"{'DCL':>7}{'list at':>8}{'list':>7}  target"
    )
    complete = True
    for row in rows:
        cold = [load["firstRow"] for load in row["cold"] if load["firstRow"] is not None]
        warm = [load["firstRow"] for load in row["warm"] if load["firstRow"] is not None]
        missing = len(row["cold"]) + len(row["warm"]) - len(cold) - len(warm)
        complete = complete and not missing
        dcl = [load["domContentLoaded"] for load in row["cold"]]
        api = [load["slowestApi"] for load in row["cold"]]
        api_start = [load["slowestApiStart"] for load in row["cold"]]
        verdict = "met" if cold and median(cold) < TARGET_RENDER_MS else "MISSED"
        print(
            f"{row['route']:<15}{row['rows']:>5}{ms(cold)}{max(cold, default=0):7.0f}"
            f"{ms(warm)}{max(warm, default=0):7.0f}{ms(dcl)} {ms(api_start)}{ms(api)}  {verdict}"
            + (f"  ({missing} loads showed no row: {row['problem']})" if missing else "")
        )
    print(
        "DCL: DOMContentLoaded; list at / list: when the slowest /graphql request (the list's"
        " query) started and how long it took; p50 of the cold loads."
    )
    print(f"load average after the browser run: {load_average()}")
    return complete


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "api" / "static" / "admin")
    parser.add_argument("--scale", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--loads", type=int, default=5, help="cold and warm loads per screen")
    parser.add_argument("--routes", default=ROUTES, help="comma-separated app paths")
    parser.add_argument("--port", type=int, default=0, help="server port (default: a free one)")
    parser.add_argument("--largest", type=int, default=8, help="lazy chunks to list")
    parser.add_argument("--sizes-only", action="store_true")
    parser.add_argument("--load-timeout", type=float, default=1800.0)
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    dist = args.dist.resolve()
    try:
        figures: dict[str, Any] = {"sizes": report_sizes(dist, args.largest)}
        if args.sizes_only:
            return 0
        database = RESULTS / f"admin-spa-scale{args.scale}-seed{args.seed}.sqlite3"
        build_database(database, args.scale, args.seed, args.load_timeout)
        port = args.port or free_port()
        server = start_server(database, dist, port)
        try:
            routes = [route.strip() for route in args.routes.split(",") if route.strip()]
            figures["render"] = measure(f"http://127.0.0.1:{port}", routes, args.loads)
        finally:
            server.terminate()
            server.wait(timeout=15)
    except BenchError as exc:
        print(f"\nerror: {exc}", file=sys.stderr)
        return 1
    complete = report_render(figures["render"], args.scale)
    (RESULTS / "admin_spa.json").write_text(json.dumps(figures, indent=2), encoding="utf-8")
    return 0 if complete else 1


if __name__ == "__main__":
    sys.exit(main())
