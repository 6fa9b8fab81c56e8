"""Arguments the statistics share: month counts and "as of" dates, checked the same way."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry

from api.services.months import MAX_MONTHS, Month, last_months, today
from schema.context import Info
from schema.errors import InputError

MONTHS = strawberry.argument(
    description=f"How many months, counting the month of `until` (1 to {MAX_MONTHS})."
)
UNTIL = strawberry.argument(
    description="A day of the last month counted; default: today, in the office's time zone."
)
Months = Annotated[int, MONTHS]
Until = Annotated[dt.date | None, UNTIL]


def check_count(value: int, argument: str, maximum: int) -> int:
    if not 1 <= value <= maximum:
        raise InputError(
            f"`{argument}` must be between 1 and {maximum}, got {value}.", field=argument
        )
    return value


def office_today(info: Info) -> dt.date:
    return today(info.context.settings.timezone)


def months_until(info: Info, months: int, until: dt.date | None) -> list[Month]:
    """The months a per-month statistic covers, oldest first."""
    check_count(months, "months", MAX_MONTHS)
    return last_months(
        until=until or office_today(info), count=months, timezone=info.context.settings.timezone
    )
