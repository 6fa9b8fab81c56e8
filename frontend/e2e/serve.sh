#!/usr/bin/env bash
# The server the end-to-end tests drive: a fresh SQLite database with the demo graph and the demo
# accounts, serving the built admin app (api/static/admin) on the given port.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
port="${1:-8765}"
data="$(mktemp -d -t simpul-e2e-XXXXXX)"
server=""
# Playwright ends the run with SIGTERM (gracefulShutdown): stop the server, then drop the data.
cleanup() {
    if [[ -n "$server" ]]; then
        kill "$server" 2>/dev/null || true
        wait "$server" 2>/dev/null || true
    fi
    rm -rf "$data"
}
trap cleanup EXIT
trap 'exit 143' INT TERM
export SIMPUL_MODE=development
export SIMPUL_DATA_DIR="$data"
export SIMPUL_DATABASE_URL="sqlite://$data/e2e.sqlite3"
# Every test signs in from 127.0.0.1: the login page's requests are anonymous and share one
# address budget (120 a minute by default), and a screen's parallel queries share one session's
# concurrency (2 x 4 by default). The tests measure behaviour, not the limits (tests/ratelimit).
export SIMPUL_RATE_LIMIT_ANONYMOUS_PER_MINUTE=100000
export SIMPUL_RATE_LIMIT_STAFF_PER_MINUTE=100000
export SIMPUL_RATE_LIMIT_ANONYMOUS_COST_PER_MINUTE=100000000
export SIMPUL_RATE_LIMIT_STAFF_COST_PER_MINUTE=100000000
export SIMPUL_RATE_LIMIT_CONCURRENCY=50
.venv/bin/simpul migrate >/dev/null
.venv/bin/simpul demo --accounts --scale "${SIMPUL_E2E_SCALE:-40}" --seed 7 >/dev/null
.venv/bin/simpul serve --host 127.0.0.1 --port "$port" &
server=$!
wait "$server"
