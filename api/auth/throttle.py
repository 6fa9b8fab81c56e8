"""Password guessing: failed logins are slowed down, then refused for a while.

Failures are rows of `login_failures`, so every worker sees the same count on either database.
An account (e-mail) with ACCOUNT_LIMIT failures within WINDOW, or an IP address with
ADDRESS_LIMIT, is refused until LOCKOUT after the last of them. Refused attempts are not
recorded, so a lockout ends on time however often the caller retries.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import math
from dataclasses import dataclass

from tortoise.expressions import Q

from api.models import LoginFailure
from api.services.errors import ServiceError

ACCOUNT_LIMIT = 5
ADDRESS_LIMIT = 20
WINDOW = dt.timedelta(minutes=15)
LOCKOUT = dt.timedelta(minutes=15)
# Rows older than this no longer count; they are pruned as new failures come in.
KEEP = dt.timedelta(days=1)


class TooManyAttempts(ServiceError):
    def __init__(self, whose: str, retry_after: dt.timedelta) -> None:
        minutes = max(1, math.ceil(retry_after.total_seconds() / 60))
        unit = "minute" if minutes == 1 else "minutes"
        super().__init__(f"Too many failed logins {whose}; try again in {minutes} {unit}.")
        self.retry_after = retry_after


@dataclass(frozen=True, slots=True)
class Tally:
    """Recent failures (within WINDOW) for the account and for the address."""

    account: int
    address: int


def _locked_until(times: list[dt.datetime], limit: int) -> dt.datetime | None:
    """The end of the latest lockout: LOCKOUT after `limit` failures that fit in WINDOW."""
    times = sorted(times)
    until = None
    for last in range(limit - 1, len(times)):
        if times[last] - times[last - limit + 1] <= WINDOW:
            until = times[last] + LOCKOUT
    return until


async def check(email: str, ip_address: str, now: dt.datetime) -> Tally:
    """Raise TooManyAttempts while the account or the address is locked out."""
    condition = Q(email=email)
    if ip_address:
        condition |= Q(ip_address=ip_address)
    rows = await LoginFailure.filter(condition, at__gt=now - WINDOW - LOCKOUT).values_list(
        "email", "ip_address", "at"
    )
    by_account = [at for e, _, at in rows if e == email]
    by_address = [at for _, ip, at in rows if ip_address and ip == ip_address]
    for whose, times, limit in (
        ("for this account", by_account, ACCOUNT_LIMIT),
        ("from this address", by_address, ADDRESS_LIMIT),
    ):
        until = _locked_until(times, limit)
        if until is not None and until > now:
            raise TooManyAttempts(whose, until - now)
    return Tally(
        account=sum(1 for at in by_account if at > now - WINDOW),
        address=sum(1 for at in by_address if at > now - WINDOW),
    )


async def record_failure(email: str, ip_address: str, now: dt.datetime) -> None:
    await LoginFailure.create(email=email, ip_address=ip_address)
    await LoginFailure.filter(at__lt=now - KEEP).delete()


async def clear(email: str) -> None:
    """A successful login forgives the account's failures (not the address's others)."""
    await LoginFailure.filter(email=email).delete()


async def slow_down(failures: int, *, step: float, maximum: float) -> None:
    """Wait before answering the `failures`-th failure in a row."""
    await asyncio.sleep(delay(failures, step=step, maximum=maximum))


def delay(failures: int, *, step: float, maximum: float) -> float:
    """Seconds to wait before answering the `failures`-th failure in a row."""
    if failures <= 0 or step <= 0:
        return 0.0
    return min(step * (1 << min(failures - 1, 30)), maximum)
