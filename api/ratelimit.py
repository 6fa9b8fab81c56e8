"""Request rate limits on /graphql: a pure ASGI middleware in front of the GraphQL app.

Every request to /graphql (and to the graph exports under /exports/) is counted against one
bucket, chosen cheaply before anything runs:

- `Authorization: Bearer spl_<prefix>_<secret>` naming a live key, its secret checked against
  the stored digest: the key's bucket (its `requests_per_minute`, else
  `rate_limit_key_per_minute`).
- a `simpul_session` cookie naming a live session: that session's bucket
  (`rate_limit_staff_per_minute`).
- anything else, including wrong secrets, unknown key prefixes, malformed keys and dead
  cookies: the client address (`rate_limit_anonymous_per_minute`). Made-up credentials buy no
  extra budget, a known prefix with a wrong secret cannot spend the key's, and the answer does
  not tell whether a prefix exists.

The limit is a sliding window of one minute (`limits`' sliding window counter): this minute's
count plus last minute's, weighted by the share of last minute still inside the window. Each
bucket is two counters, whatever its traffic, so a request costs the same at any rate, and a
query's cost is charged the same way. The counters live in process memory, or in Redis when
`REDIS_URL` is set, so that every worker and host shares them.

Database access: at most one indexed single-row query per key prefix or cookie per
`LOOKUP_TTL` seconds per process (the result, found or not, is cached in memory), so a change
to a key (its `requests_per_minute`, a rotation or revocation) or a logout takes effect here
within that time; the app itself refuses a rotated or revoked key at once.

A refused request gets HTTP 429 with a GraphQL-style JSON body and `Retry-After` (the seconds
until the request would fit; up to two minutes, as this minute's requests still weigh in the
next); nothing is executed. Every counted response carries `RateLimit-Limit`,
`RateLimit-Remaining` and `RateLimit-Reset` (seconds until one more request fits than now).
If the counter store fails (Redis down), `rate_limit_on_store_failure` decides: `open` lets
the request through, `closed` answers 503 (`RATE_LIMIT_UNAVAILABLE`, with `Retry-After`). A
warning line (no traceback) is logged at most once per `STORE_REPORT_EVERY` seconds per process,
with how many requests the failures affected since the previous line.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import logging
import math
import time
from dataclasses import dataclass, field
from http.cookies import SimpleCookie

from limits import RateLimitItem, RateLimitItemPerMinute
from limits.aio.storage import MemoryStorage, RedisStorage
from limits.aio.strategies import SlidingWindowCounterRateLimiter
from redis.asyncio import ConnectionPool
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.auth.keys import KEY_PATTERN, secret_digest
from api.auth.sessions import SESSION_COOKIE, token_digest
from api.models import ApiKey, Session
from api.settings import Settings

log = logging.getLogger("simpul.ratelimit")

PATH = "/graphql"
EXPORTS = "/exports/"  # the graph exports (api/graph/http.py) count like queries
LOOKUP_TTL = 30.0
LOOKUP_CACHE_SIZE = 10_000
STORE_REPORT_EVERY = 60.0
STORE_RETRY_AFTER = 30
# Expired in-memory counters are swept at most this often (limits' MemoryStorage sweeps every
# key after each hit, which costs more the more callers there are).
SWEEP_EVERY = 10.0
UNAVAILABLE = (
    f"Rate limiting is unavailable, so requests are refused for now; "
    f"retry in {STORE_RETRY_AFTER} s."
)

WHO = {"key": "this API key", "session": "this session", "address": "this address"}


@dataclass(frozen=True, slots=True)
class Bucket:
    kind: str  # key, session or address
    ident: str
    per_minute: int
    cost_per_minute: int = 0
    concurrency: int = 1


@dataclass(slots=True)
class StoreFailures:
    """Counter store failures, reported as one warning line per `every` seconds at most."""

    closed: bool
    every: float = STORE_REPORT_EVERY
    affected: int = 0
    reported_at: float | None = None

    def note(self, error: Exception) -> None:
        self.affected += 1
        now = time.monotonic()
        if self.reported_at is not None and now - self.reported_at < self.every:
            return
        reason = (str(error).splitlines() or [""])[0]
        log.warning(
            "rate limit store unavailable (%s: %s); %d request(s) %s since the last report",
            type(error).__name__,
            reason,
            self.affected,
            "refused" if self.closed else "let through unlimited",
        )
        self.affected, self.reported_at = 0, now


@dataclass(slots=True)
class CostBudget:
    """The query-cost units a bucket may spend per minute; charged once a query's cost is known
    (schema/limits), before it runs. Found in `request.state.cost_budget`."""

    limiter: SlidingWindowCounterRateLimiter
    bucket: Bucket
    failures: StoreFailures = field(default_factory=lambda: StoreFailures(closed=False))
    unavailable: bool = False

    async def charge(self, cost: int) -> int | None:
        """Spend `cost` units: None when allowed, else the seconds to wait."""
        item = RateLimitItemPerMinute(self.bucket.cost_per_minute)
        identifiers = ("cost", self.bucket.kind, self.bucket.ident)
        units = max(1, cost)
        try:
            if await self.limiter.hit(item, *identifiers, cost=units):
                return None
            window = await Window.read(self.limiter, item, identifiers)
        except Exception as error:  # the store is down: as the settings say
            self.failures.note(error)
            self.unavailable = self.failures.closed
            return STORE_RETRY_AFTER if self.unavailable else None
        return window.seconds_until(min(units, item.amount), item)

    def message(self, retry_after: int) -> str:
        if self.unavailable:
            return UNAVAILABLE
        return (
            f"Query budget exceeded: {self.bucket.cost_per_minute} cost units per minute for "
            f"{WHO[self.bucket.kind]}; retry in {retry_after} s."
        )


@dataclass(frozen=True, slots=True)
class Window:
    """A bucket's sliding window counter as the store holds it."""

    previous: int  # units counted in the previous period
    current: int  # units counted in this one
    left: float  # seconds until this period ends

    @classmethod
    async def read(
        cls,
        limiter: SlidingWindowCounterRateLimiter,
        item: RateLimitItem,
        identifiers: tuple[str, ...],
    ) -> Window:
        storage: MemoryStorage | RedisStorage = limiter.storage  # type: ignore[assignment]  # ours
        previous, previous_ttl, current, current_ttl = await storage.get_sliding_window(
            item.key_for(*identifiers), item.get_expiry()
        )
        # A counter lives two periods: the current one ends a period before its time to live.
        period = item.get_expiry()
        left = current_ttl - period if current_ttl > period else previous_ttl
        return cls(previous, current, min(max(left, 0.0), period))

    def used(self, item: RateLimitItem) -> float:
        return self.previous * self.left / item.get_expiry() + self.current

    def remaining(self, item: RateLimitItem) -> int:
        return max(0, item.amount - math.floor(self.used(item)))

    def seconds_until(self, units: int, item: RateLimitItem) -> int:
        """Whole seconds (at least 1) until `units` more fit in the window (at most the limit)."""
        period, room = item.get_expiry(), item.amount - units
        if self.current <= room:
            # The previous period's share shrinks until it leaves room enough.
            wait = (
                self.left - period * (room - self.current) / self.previous if self.previous else 0
            )
        else:
            # This period's units weigh in the next too, shrinking as it passes.
            wait = self.left + period * (1 - room / self.current)
        return max(1, math.ceil(wait))


class MemoryCounters(MemoryStorage):
    """`limits`' in-process counters, with expired ones swept every SWEEP_EVERY seconds at most
    (a counter is also dropped when read after it expired)."""

    def __init__(self) -> None:
        super().__init__()
        self.sweep_due = 0.0

    async def _MemoryStorage__schedule_expiry(self) -> None:  # replaces the sweep after each hit
        now = time.monotonic()
        if now >= self.sweep_due:
            self.sweep_due = now + SWEEP_EVERY
            await super()._MemoryStorage__schedule_expiry()  # type: ignore[misc]  # its private sweep


class _Lookups:
    """A small time-limited cache of database answers, per process."""

    def __init__(self, ttl: float = LOOKUP_TTL, size: int = LOOKUP_CACHE_SIZE) -> None:
        self.ttl, self.size = ttl, size
        self.entries: dict[str, tuple[float, object]] = {}

    def get(self, name: str) -> tuple[bool, object]:
        entry = self.entries.get(name)
        if entry is None or entry[0] < time.monotonic():
            return False, None
        return True, entry[1]

    def put(self, name: str, value: object) -> None:
        if len(self.entries) >= self.size:
            now = time.monotonic()
            self.entries = {k: v for k, v in self.entries.items() if v[0] >= now}
            if len(self.entries) >= self.size:
                self.entries.clear()
        self.entries[name] = (time.monotonic() + self.ttl, value)


def make_storage(
    settings: Settings,
) -> tuple[MemoryStorage | RedisStorage, ConnectionPool | None]:
    """The counter store, and the Redis connection pool to close at shutdown (if any)."""
    if settings.redis_url:
        pool = ConnectionPool.from_url(settings.redis_url)
        storage = RedisStorage(
            settings.redis_url,
            implementation="redispy",
            key_prefix=settings.rate_limit_redis_prefix,
            connection_pool=pool,  # type: ignore[arg-type]  # typed as scalars, passed through
        )
        return storage, pool
    return MemoryCounters(), None


def _header(scope: Scope, name: bytes) -> str:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return ""


def _cookie(scope: Scope, name: str) -> str:
    raw = _header(scope, b"cookie")
    if name not in raw:
        return ""
    cookies: SimpleCookie = SimpleCookie()
    try:
        cookies.load(raw)
    except Exception:  # a malformed cookie header counts as no cookie
        return ""
    morsel = cookies.get(name)
    return morsel.value if morsel else ""


class RateLimitMiddleware:
    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings
        self.storage, self.pool = make_storage(settings)
        self.limiter = SlidingWindowCounterRateLimiter(self.storage)
        self.lookups = _Lookups()
        self.in_flight: dict[tuple[str, str], int] = {}
        self.store_failures = StoreFailures(closed=settings.rate_limit_on_store_failure == "closed")

    async def aclose(self) -> None:
        """Close the Redis connections (at shutdown; the app's lifespan calls it)."""
        if self.pool is not None:
            await self.pool.disconnect()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self.app(scope, self._closing_at_shutdown(receive), send)
            return
        limited = scope["type"] == "http" and (
            scope["path"] == PATH or scope["path"].startswith(EXPORTS)
        )
        if not limited or scope["method"] == "OPTIONS":
            await self.app(scope, receive, send)
            return
        bucket = await self.bucket(scope)
        item = RateLimitItemPerMinute(bucket.per_minute)
        try:
            allowed = await self.limiter.hit(item, bucket.kind, bucket.ident)
            window = await Window.read(self.limiter, item, (bucket.kind, bucket.ident))
        except Exception as error:  # the store is down: as the settings say
            self.store_failures.note(error)
            if self.store_failures.closed:
                await _refuse(
                    UNAVAILABLE, STORE_RETRY_AFTER, {}, send, 503, "RATE_LIMIT_UNAVAILABLE"
                )
            else:
                await self.app(scope, receive, send)
            return
        remaining = window.remaining(item)
        reset = window.seconds_until(min(remaining + 1, item.amount), item)
        headers = {
            "ratelimit-limit": str(bucket.per_minute),
            "ratelimit-remaining": str(remaining),
            "ratelimit-reset": str(reset),
        }
        if not allowed:
            await _refuse(refusal_message(bucket, reset), reset, headers, send)
            return
        # A request turned away for running too many at once still counted above, so a flood
        # of parallel requests spends the caller's budget and is soon refused outright.
        slot = (bucket.kind, bucket.ident)
        if self.in_flight.get(slot, 0) >= bucket.concurrency:
            message = (
                f"Too many concurrent requests: at most {bucket.concurrency} at a time for "
                f"{WHO[bucket.kind]}; retry in 1 s."
            )
            await _refuse(message, 1, headers, send)
            return
        budget = CostBudget(self.limiter, bucket, self.store_failures)
        scope.setdefault("state", {})["cost_budget"] = budget

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                response_headers = MutableHeaders(scope=message)
                for name, value in headers.items():
                    response_headers[name] = value
            await send(message)

        self.in_flight[slot] = self.in_flight.get(slot, 0) + 1  # no await since the check
        try:
            await self.app(scope, receive, send_with_headers)
        finally:
            self.in_flight[slot] -= 1
            if not self.in_flight[slot]:
                del self.in_flight[slot]

    def _closing_at_shutdown(self, receive: Receive) -> Receive:
        async def wrapped() -> Message:
            message = await receive()
            if message["type"] == "lifespan.shutdown":
                await self.aclose()
            return message

        return wrapped

    async def bucket(self, scope: Scope) -> Bucket:
        authorization = _header(scope, b"authorization").strip()
        scheme, _, credentials = authorization.partition(" ")
        if scheme.lower() == "bearer" and (match := KEY_PATTERN.fullmatch(credentials.strip())):
            prefix, secret = match.groups()
            found, per_minute = await self._key_limit(prefix, secret)
            if found:
                return Bucket(
                    "key",
                    prefix,
                    per_minute or self.settings.rate_limit_key_per_minute,
                    self.settings.rate_limit_key_cost_per_minute,
                    self.settings.rate_limit_concurrency,
                )
        elif not authorization and (token := _cookie(scope, SESSION_COOKIE)):
            digest = token_digest(token)
            if await self._live_session(digest):
                return Bucket(
                    "session",
                    digest,
                    self.settings.rate_limit_staff_per_minute,
                    self.settings.rate_limit_staff_cost_per_minute,
                    4 * self.settings.rate_limit_concurrency,
                )
        client = scope.get("client")
        address = client[0] if client else "unknown"
        return Bucket(
            "address",
            address,
            self.settings.rate_limit_anonymous_per_minute,
            self.settings.rate_limit_anonymous_cost_per_minute,
            self.settings.rate_limit_concurrency,
        )

    async def _key_limit(self, prefix: str, secret: str) -> tuple[bool, int | None]:
        """Whether `prefix` and `secret` name a live key, and its own requests per minute."""
        cached, value = self.lookups.get(f"key:{prefix}")
        if not cached:
            rows = await ApiKey.filter(prefix=prefix).values_list(
                "secret_hash", "requests_per_minute", "revoked_at", "expires_at"
            )
            value = rows[0] if rows else None
            self.lookups.put(f"key:{prefix}", value)
        if value is None:
            return False, None
        assert isinstance(value, tuple)
        secret_hash, per_minute, revoked_at, expires_at = value
        live = revoked_at is None and (expires_at is None or expires_at > dt.datetime.now(dt.UTC))
        if not hmac.compare_digest(secret_hash, secret_digest(secret)) or not live:
            return False, None
        return True, per_minute

    async def _live_session(self, digest: str) -> bool:
        cached, value = self.lookups.get(f"session:{digest}")
        if not cached:
            now = dt.datetime.now(dt.UTC)
            value = await Session.filter(
                token_hash=digest, revoked_at=None, expires_at__gt=now
            ).exists()
            self.lookups.put(f"session:{digest}", value)
        return bool(value)


def refusal_message(bucket: Bucket, retry_after: int) -> str:
    return (
        f"Rate limit exceeded: {bucket.per_minute} requests per minute for {WHO[bucket.kind]}; "
        f"retry in {retry_after} s."
    )


async def _refuse(
    message: str,
    retry_after: int,
    headers: dict[str, str],
    send: Send,
    status: int = 429,
    code: str = "RATE_LIMITED",
) -> None:
    body = json.dumps({"errors": [{"message": message, "extensions": {"code": code}}]}).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(b"retry-after", str(retry_after).encode())]
    raw += [(name.encode(), value.encode()) for name, value in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})
