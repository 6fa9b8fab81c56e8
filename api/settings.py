"""One Settings object, read from the environment, shared by the app, the CLI and the tools."""

from __future__ import annotations

import datetime as dt
import ipaddress
import math
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Mode = Literal["development", "production", "test"]
Introspection = Literal["on", "staff", "off"]
StoreFailure = Literal["open", "closed"]
ReadEngine = Literal["compiled", "resolvers"]

PLACEHOLDER_SECRET = "change-me"
DEV_ORIGINS = ("http://localhost:5173", "http://127.0.0.1:5173")  # the Vite dev server
ROOT = Path(__file__).resolve().parent.parent
# The admin SPA is built into the package (frontend/vite.config.ts) so that pip installs it.
ADMIN_DIR = Path(__file__).resolve().parent / "static" / "admin"


class SettingsError(ValueError):
    """Raised when the environment describes an unusable configuration."""


MIN_SECRET_LENGTH = 32
MIN_SECRET_BITS = 128


def secret_bits(secret: str) -> float:
    """The secret's length times the Shannon entropy of its character frequencies: 0 for one
    repeated character, about 4 bits a character for hex, about 5 for `token_urlsafe`."""
    counts = Counter(secret)
    return -sum(n * math.log2(n / len(secret)) for n in counts.values())


def strong_secret(secret: str) -> bool:
    return (
        secret != PLACEHOLDER_SECRET
        and len(secret) >= MIN_SECRET_LENGTH
        and secret_bits(secret) >= MIN_SECRET_BITS
    )


def _default_database_url(data_dir: Path) -> str:
    return f"sqlite://{data_dir / 'simpul.sqlite3'}"


@dataclass(frozen=True, slots=True)
class Settings:
    mode: Mode = "development"
    data_dir: Path = field(default_factory=lambda: ROOT / "data")
    database_url: str = ""
    host: str = "127.0.0.1"
    port: int = 8000
    # Proxies whose X-Forwarded-For/-Proto `simpul serve` believes (addresses, networks or "*").
    forwarded_allow_ips: tuple[str, ...] = ("127.0.0.1", "::1")
    secret_key: str = PLACEHOLDER_SECRET
    admin_dir: Path = field(default_factory=lambda: ADMIN_DIR)
    db_pool_size: int = 10
    timezone: str = "Asia/Makassar"
    report_sql_count: bool = False
    # Staff sessions end at the absolute lifetime (the cookie's Max-Age) or after idling.
    session_lifetime: dt.timedelta = dt.timedelta(days=7)
    session_idle_timeout: dt.timedelta = dt.timedelta(hours=12)
    # The n-th failed login in a row is answered after login_delay_step * 2**(n-1) seconds,
    # at most login_delay_max: password guessing gets slow long before it is refused.
    login_delay_step: float = 0.25
    login_delay_max: float = 4.0
    # The partner surface (docs/partners.md). None means "by mode": introspection is on except in
    # production (staff sessions only), GraphiQL is served in development only, and browsers may
    # call the API cross-origin from the Vite dev server in development only.
    introspection: Introspection | None = None
    graphiql: bool | None = None
    # Uvicorn's line per request; None means "by mode": off in production, where the reverse
    # proxy in front logs requests (README, deployment).
    access_log: bool | None = None
    cors_origins: tuple[str, ...] | None = None
    # Requests per minute on /graphql (api/ratelimit.py); counters in Redis when redis_url is set.
    redis_url: str = ""
    rate_limit_key_per_minute: int = 600
    rate_limit_anonymous_per_minute: int = 120
    rate_limit_staff_per_minute: int = 1200
    rate_limit_redis_prefix: str = "simpul-ratelimit"
    # Query cost units (see schema/limits) a caller may spend per minute, and how many of its
    # requests one worker runs at a time: one partner's heavy queries cannot crowd out others.
    rate_limit_key_cost_per_minute: int = 100_000
    rate_limit_anonymous_cost_per_minute: int = 100_000
    rate_limit_staff_cost_per_minute: int = 1_000_000
    rate_limit_concurrency: int = 2
    # When the counter store (Redis) fails: "open" serves unlimited, "closed" answers 503.
    rate_limit_on_store_failure: StoreFailure = "open"
    # Public GET responses (schema/caching.py) may be cached this many seconds.
    cache_max_age: int = 60
    # Hosts article images may load from (api/services/html.py); none: same-origin paths only.
    image_hosts: tuple[str, ...] = ()
    # Larger request bodies are refused with 413 (api/bodylimit.py).
    max_body_bytes: int = 100 * 1024
    # Slow clients: seconds for a request's line and headers to arrive (api/timeouts.py) and for
    # its body (api/bodylimit.py, 408); connections one worker holds before answering 503.
    header_timeout: float = 10.0
    body_timeout: float = 30.0
    max_connections: int = 1000
    # Partner key usage is tallied in memory and written this often (api/services/usage.py).
    usage_flush_seconds: float = 5.0
    # Automatic persisted queries (schema/persisted.py): what one key may store, and how long a
    # document nobody runs (and no allow-list holds) is kept.
    persisted_queries_per_key: int = 500
    persisted_query_chars_per_key: int = 1_000_000
    persisted_query_unused_days: int = 30
    # Networks, measures and exports kept in memory per worker (api/graph/cache.py), in MiB.
    graph_cache_mb: int = 256
    # How reads are answered: "compiled" into one SQL statement per root field where the
    # compiler can (schema/compiled), else by the resolvers; "resolvers" always by resolvers.
    read_engine: ReadEngine = "compiled"

    def __post_init__(self) -> None:
        if not self.database_url:
            object.__setattr__(self, "database_url", _default_database_url(self.data_dir))
        if self.mode != "development" and not strong_secret(self.secret_key):
            raise SettingsError(
                "SIMPUL_SECRET_KEY must be set to a random value of at least "
                f"{MIN_SECRET_LENGTH} characters and {MIN_SECRET_BITS} bits of estimated "
                f"entropy (e.g. `openssl rand -hex 32`) when SIMPUL_MODE is {self.mode!r}"
            )

    @property
    def dialect(self) -> Literal["sqlite", "postgres"]:
        return "sqlite" if self.database_url.startswith("sqlite") else "postgres"

    @property
    def is_development(self) -> bool:
        return self.mode == "development"

    @property
    def introspection_policy(self) -> Introspection:
        if self.introspection is not None:
            return self.introspection
        return "staff" if self.mode == "production" else "on"

    @property
    def logs_access(self) -> bool:
        return self.mode != "production" if self.access_log is None else self.access_log

    @property
    def serves_graphiql(self) -> bool:
        return self.is_development if self.graphiql is None else self.graphiql

    @property
    def allowed_origins(self) -> tuple[str, ...]:
        if self.cors_origins is not None:
            return self.cors_origins
        return DEV_ORIGINS if self.is_development else ()

    @classmethod
    def _per_minute(cls, env: dict[str, str], name: str, default: int) -> int:
        return cls._positive(env, f"SIMPUL_RATE_LIMIT_{name}_PER_MINUTE", default)

    @classmethod
    def _positive(cls, env: dict[str, str], variable: str, default: int) -> int:
        raw = env.get(variable, str(default)).strip()
        if not raw.isdigit() or int(raw) < 1:
            raise SettingsError(f"{variable} must be a positive integer, not {raw!r}")
        return int(raw)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> Settings:
        env = dict(os.environ if environ is None else environ)
        mode = env.get("SIMPUL_MODE", "development")
        if mode not in ("development", "production", "test"):
            raise SettingsError(
                f"SIMPUL_MODE must be development, production or test, not {mode!r}"
            )
        data_dir = Path(env.get("SIMPUL_DATA_DIR", str(ROOT / "data")))
        try:
            port = int(env.get("SIMPUL_PORT", "8000"))
            pool = int(env.get("SIMPUL_DB_POOL_SIZE", "10"))
        except ValueError as exc:
            raise SettingsError(
                f"SIMPUL_PORT and SIMPUL_DB_POOL_SIZE must be integers: {exc}"
            ) from None
        return cls(
            mode=mode,  # type: ignore[arg-type]  # checked against the Literal just above
            data_dir=data_dir,
            database_url=env.get("SIMPUL_DATABASE_URL", ""),
            host=env.get("SIMPUL_HOST", "127.0.0.1"),
            port=port,
            secret_key=env.get("SIMPUL_SECRET_KEY", PLACEHOLDER_SECRET),
            admin_dir=Path(env.get("SIMPUL_ADMIN_DIR", str(ADMIN_DIR))),
            db_pool_size=pool,
            timezone=env.get("SIMPUL_TIMEZONE", "Asia/Makassar"),
            report_sql_count=env.get("SIMPUL_REPORT_SQL_COUNT", "") in ("1", "true", "yes"),
            introspection=_introspection(env.get("SIMPUL_INTROSPECTION")),
            graphiql=_flag(env, "SIMPUL_GRAPHIQL"),
            access_log=_flag(env, "SIMPUL_ACCESS_LOG"),
            cors_origins=_origins(env.get("SIMPUL_CORS_ORIGINS")),
            image_hosts=_hosts(env.get("SIMPUL_IMAGE_HOSTS", "")),
            redis_url=env.get("REDIS_URL", ""),
            rate_limit_redis_prefix=env.get("SIMPUL_RATE_LIMIT_REDIS_PREFIX", "simpul-ratelimit"),
            rate_limit_key_per_minute=cls._per_minute(env, "KEY", 600),
            rate_limit_anonymous_per_minute=cls._per_minute(env, "ANONYMOUS", 120),
            rate_limit_staff_per_minute=cls._per_minute(env, "STAFF", 1200),
            rate_limit_key_cost_per_minute=cls._per_minute(env, "KEY_COST", 100_000),
            rate_limit_anonymous_cost_per_minute=cls._per_minute(env, "ANONYMOUS_COST", 100_000),
            rate_limit_staff_cost_per_minute=cls._per_minute(env, "STAFF_COST", 1_000_000),
            rate_limit_concurrency=cls._positive(env, "SIMPUL_RATE_LIMIT_CONCURRENCY", 2),
            rate_limit_on_store_failure=_store_failure(
                env.get("SIMPUL_RATE_LIMIT_ON_STORE_FAILURE")
            ),
            forwarded_allow_ips=_proxies(env.get("SIMPUL_FORWARDED_ALLOW_IPS")),
            max_body_bytes=_byte_count(env, "SIMPUL_MAX_BODY_BYTES", 100 * 1024),
            header_timeout=_seconds(env, "SIMPUL_HEADER_TIMEOUT", 10.0),
            body_timeout=_seconds(env, "SIMPUL_BODY_TIMEOUT", 30.0),
            max_connections=cls._positive(env, "SIMPUL_MAX_CONNECTIONS", 1000),
            persisted_queries_per_key=cls._positive(env, "SIMPUL_PERSISTED_QUERIES_PER_KEY", 500),
            persisted_query_chars_per_key=cls._positive(
                env, "SIMPUL_PERSISTED_QUERY_CHARS_PER_KEY", 1_000_000
            ),
            persisted_query_unused_days=cls._positive(
                env, "SIMPUL_PERSISTED_QUERY_UNUSED_DAYS", 30
            ),
            graph_cache_mb=cls._positive(env, "SIMPUL_GRAPH_CACHE_MB", 256),
            read_engine=_read_engine(env.get("SIMPUL_READ_ENGINE")),
        )


def _introspection(raw: str | None) -> Introspection | None:
    if raw is None:
        return None
    value = raw.strip().lower()
    if value not in ("on", "staff", "off"):
        raise SettingsError(f"SIMPUL_INTROSPECTION must be on, staff or off, not {raw!r}")
    return value  # type: ignore[return-value]  # checked against the Literal just above


def _read_engine(raw: str | None) -> ReadEngine:
    value = (raw or "compiled").strip().lower()
    if value not in ("compiled", "resolvers"):
        raise SettingsError(f"SIMPUL_READ_ENGINE must be compiled or resolvers, not {raw!r}")
    return value  # type: ignore[return-value]  # checked against the Literal just above


def _store_failure(raw: str | None) -> StoreFailure:
    value = (raw or "open").strip().lower()
    if value not in ("open", "closed"):
        raise SettingsError(
            f"SIMPUL_RATE_LIMIT_ON_STORE_FAILURE must be open or closed, not {raw!r}"
        )
    return value  # type: ignore[return-value]  # checked against the Literal just above


def _proxies(raw: str | None) -> tuple[str, ...]:
    if raw is None:
        return ("127.0.0.1", "::1")
    proxies = tuple(part.strip() for part in raw.split(",") if part.strip())
    if proxies == ("*",):
        return proxies
    for proxy in proxies:
        try:
            ipaddress.ip_network(proxy)
        except ValueError:
            raise SettingsError(
                "SIMPUL_FORWARDED_ALLOW_IPS must list IP addresses or networks like 10.0.0.5 "
                f"or 10.0.0.0/24, or be * alone; not {proxy!r}"
            ) from None
    return proxies


def _flag(env: dict[str, str], name: str) -> bool | None:
    raw = env.get(name)
    if raw is None:
        return None
    value = raw.strip().lower()
    if value not in ("1", "true", "yes", "0", "false", "no"):
        raise SettingsError(f"{name} must be 1 or 0, not {raw!r}")
    return value in ("1", "true", "yes")


ORIGIN = re.compile(r"^https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?$")


def _origins(raw: str | None) -> tuple[str, ...] | None:
    if raw is None:
        return None
    origins = tuple(part.strip().rstrip("/") for part in raw.split(",") if part.strip())
    for origin in origins:
        if not ORIGIN.match(origin):
            raise SettingsError(
                "SIMPUL_CORS_ORIGINS must list origins like https://portal.example.go.id "
                f"(scheme, host and optional port; no wildcard, no path), not {origin!r}"
            )
    return origins


LABEL = r"[a-z0-9]([a-z0-9-]*[a-z0-9])?"
HOST = re.compile(rf"^{LABEL}(\.{LABEL})*(:[0-9]{{1,5}})?$")


def _hosts(raw: str) -> tuple[str, ...]:
    hosts = tuple(part.strip().lower() for part in raw.split(",") if part.strip())
    for host in hosts:
        if not HOST.match(host):
            raise SettingsError(
                "SIMPUL_IMAGE_HOSTS must list host names like media.example.go.id (optional "
                f"port; no scheme, path or wildcard), not {host!r}"
            )
    return hosts


def _seconds(env: dict[str, str], name: str, default: float) -> float:
    raw = env.get(name, str(default)).strip()
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not math.isfinite(value) or value <= 0:
        raise SettingsError(f"{name} must be a positive number of seconds, not {raw!r}")
    return value


def _byte_count(env: dict[str, str], name: str, default: int) -> int:
    raw = env.get(name, str(default))
    if not raw.strip().isdigit() or int(raw) < 1:
        raise SettingsError(f"{name} must be a positive number of bytes, not {raw!r}")
    return int(raw)
