#!/usr/bin/env bash
# The server the end-to-end tests drive: a fresh SQLite database with the demo graph and the demo
# accounts, serving the built admin app (api/static/admin) on the given port.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
port="${1:-8765}"
data="$(mktemp -d -t simpul-e2e-XXXXXX)"
export SIMPUL_MODE=development
export SIMPUL_DATA_DIR="$data"
export SIMPUL_DATABASE_URL="sqlite://$data/e2e.sqlite3"
# The browser signs in many times from one address within a minute.
export SIMPUL_RATE_LIMIT_CONCURRENCY="${SIMPUL_RATE_LIMIT_CONCURRENCY:-20}"
.venv/bin/simpul migrate >/dev/null
.venv/bin/simpul demo --accounts --scale "${SIMPUL_E2E_SCALE:-40}" --seed 7 >/dev/null
exec .venv/bin/simpul serve --host 127.0.0.1 --port "$port"
