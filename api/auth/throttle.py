"""Password guessing: failed logins are slowed down, then refused for a while.

Failures are rows of `login_failures` (e-mail, address, time), so every worker sees the same
counts on either database. An attempt is checked and reserved as a row in one transaction
before its password is verified, and attempts on one account or from one address take turns at
that (on PostgreSQL an advisory lock, across workers): a reserved attempt counts as a failure,
so parallel guesses cannot all pass one check made before any of them failed. A wrong password
keeps the row; a right one deletes it with the pair's earlier failures; a refused attempt
reserves nothing, so a lockout ends on time however often the caller retries.

Three limits, each refusing until LOCKOUT after the failure that reached it within WINDOW:

- PAIR_LIMIT failures of one account from one address refuse that account from that address;
- ADDRESS_LIMIT failures from one address, whatever the accounts, refuse that address;
- ACCOUNT_LIMIT failures of one account, from anywhere, refuse it to callers it does not know.
  A known caller (an address the account logged in from within KNOWN_FOR, or a live session of
  the account) is not refused by this limit, so guessing from elsewhere cannot lock the owner out.

Below the limits, each failure from an address is answered more slowly than the one before.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import math
from dataclasses import dataclass
from uuid import UUID

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from api.auth.sessions import token_digest
from api.models import LoginFailure, Session
from api.services.errors import ServiceError

PAIR_LIMIT = 10
ADDRESS_LIMIT = 20
ACCOUNT_LIMIT = 5
WINDOW = dt.timedelta(minutes=15)
LOCKOUT = dt.timedelta(minutes=15)
KNOWN_FOR = dt.timedelta(days=30)
# Rows older than this no longer count; they are pruned as new failures come in.
KEEP = dt.timedelta(days=1)


class TooManyAttempts(ServiceError):
    def __init__(self, whose: str, retry_after: dt.timedelta) -> None:
        minutes = max(1, math.ceil(retry_after.total_seconds() / 60))
        unit = "minute" if minutes == 1 else "minutes"
        super().__init__(f"Too many failed logins {whose}; try again in {minutes} {unit}.")
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Attempt:
    """A reserved attempt: its row, and the address's failures within WINDOW before it."""

    id: int
    email: str
    ip_address: str
    earlier_failures: int


def _locked_until(times: list[dt.datetime], limit: int) -> dt.datetime | None:
    """The end of the latest lockout: LOCKOUT after `limit` failures that fit in WINDOW."""
    times = sorted(times)
    until = None
    for last in range(limit - 1, len(times)):
        if times[last] - times[last - limit + 1] <= WINDOW:
            until = times[last] + LOCKOUT
    return until


async def known(
    user_id: UUID, ip_address: str, session_token: str | None, now: dt.datetime
) -> bool:
    """Whether the account logged in from this address within KNOWN_FOR, or the caller holds
    a live session of it (an ended session still shows the address logged in)."""
    ways = []
    if ip_address:
        ways.append(Q(ip_address=ip_address, created_at__gt=now - KNOWN_FOR))
    if session_token:
        live = Q(revoked_at=None, expires_at__gt=now)
        ways.append(Q(live, token_hash=token_digest(session_token)))
    if not ways:
        return False
    return await Session.filter(Q(*ways, join_type="OR"), user_id=user_id).exists()


async def begin(email: str, ip_address: str, *, known: bool) -> Attempt:
    """Reserve an attempt before its password is checked; raise TooManyAttempts (reserving
    nothing) while a limit holds. `known`: the caller is exempt from the account-wide limit."""
    async with in_transaction() as connection:
        if connection.capabilities.dialect == "postgres":
            await _take_turns(connection, f"email:{email}", f"address:{ip_address}")
        now = dt.datetime.now(dt.UTC)  # once it is this attempt's turn
        condition = Q(email=email)
        if ip_address:
            condition |= Q(ip_address=ip_address)
        # Attempts still being checked count as failures: that is what bounds parallel ones.
        rows = await LoginFailure.filter(condition, at__gt=now - WINDOW - LOCKOUT).values_list(
            "email", "ip_address", "at"
        )
        by_account = [at for e, _, at in rows if e == email]
        by_pair = [at for e, ip, at in rows if e == email and ip == ip_address]
        by_address = [at for _, ip, at in rows if ip_address and ip == ip_address]
        limits = [
            ("for this account from this address", by_pair, PAIR_LIMIT),
            ("from this address", by_address, ADDRESS_LIMIT),
        ]
        if not known:
            limits.append(("for this account", by_account, ACCOUNT_LIMIT))
        for whose, times, limit in limits:
            until = _locked_until(times, limit)
            if until is not None and until > now:
                raise TooManyAttempts(whose, until - now)
        reserved = await LoginFailure.create(email=email, ip_address=ip_address, at=now)
    recent = by_address if ip_address else by_pair
    return Attempt(
        id=reserved.id,
        email=email,
        ip_address=ip_address,
        earlier_failures=sum(1 for at in recent if at > now - WINDOW),
    )


async def _take_turns(connection: BaseDBAsyncClient, *names: str) -> None:
    """Serialise, until commit, the transactions that name the same account or address, on
    every worker. SQLite needs nothing: Tortoise runs its transactions one at a time."""
    # Locks are taken in one global order (by number), so two transactions cannot deadlock.
    for number in sorted({_lock_number(name) for name in names}):
        await connection.execute_query("SELECT pg_advisory_xact_lock($1)", [number])


def _lock_number(name: str) -> int:
    digest = hashlib.sha256(f"simpul-login:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


async def failed(now: dt.datetime) -> None:
    """The password was wrong: the reservation stays as a failure; old rows are pruned."""
    await LoginFailure.filter(at__lt=now - KEEP).delete()


async def succeeded(attempt: Attempt) -> None:
    """The password was right: forgive the pair's failures (not the account's from elsewhere,
    which would hand a guesser a fresh allowance whenever the owner logs in)."""
    await LoginFailure.filter(
        email=attempt.email, ip_address=attempt.ip_address, id__lte=attempt.id
    ).delete()


async def release(attempt: Attempt) -> None:
    """Neither a failure nor a login (a right password for a deactivated account)."""
    await LoginFailure.filter(id=attempt.id).delete()


async def slow_down(failures: int, *, step: float, maximum: float) -> None:
    """Wait before answering the `failures`-th failure in a row."""
    await asyncio.sleep(delay(failures, step=step, maximum=maximum))


def delay(failures: int, *, step: float, maximum: float) -> float:
    """Seconds to wait before answering the `failures`-th failure in a row."""
    if failures <= 0 or step <= 0:
        return 0.0
    return min(step * (1 << min(failures - 1, 30)), maximum)
