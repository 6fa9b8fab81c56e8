"""Calendar months in the office's time zone, and the SQL that sorts instants into them.

Statistics count "per month" as the office reads a calendar (Settings.timezone, Asia/Makassar
by default), not per UTC month: an article published at 07:00 WITA on 1 March is a March
article although it is still February in UTC.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from tortoise.expressions import Case, Q, RawSQL, When

MAX_MONTHS = 36


@dataclass(frozen=True, slots=True)
class Month:
    first_day: dt.date
    start: dt.datetime  # the first instant of the month in the office's zone
    end: dt.datetime  # the first instant of the next month


def today(timezone: str) -> dt.date:
    return dt.datetime.now(ZoneInfo(timezone)).date()


def start_of(day: dt.date, timezone: str) -> dt.datetime:
    """The instant the office's `day` begins."""
    return dt.datetime.combine(day, dt.time(), ZoneInfo(timezone))


def _shift(first_day: dt.date, months: int) -> dt.date:
    index = first_day.year * 12 + first_day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def months_back(day: dt.date, months: int) -> dt.date:
    """The same day `months` calendar months earlier (the month's last day if it is shorter)."""
    first = _shift(day.replace(day=1), -months)
    following = _shift(first, 1)
    return first.replace(day=min(day.day, (following - dt.timedelta(days=1)).day))


def last_months(*, until: dt.date, count: int, timezone: str) -> list[Month]:
    """The `count` months ending with the one holding `until`, oldest first."""
    last = until.replace(day=1)
    return [_month(_shift(last, n - count + 1), timezone) for n in range(count)]


def _month(first_day: dt.date, timezone: str) -> Month:
    return Month(
        first_day=first_day,
        start=start_of(first_day, timezone),
        end=start_of(_shift(first_day, 1), timezone),
    )


def month_index(column: str, months: list[Month]) -> Any:
    """A CASE expression giving the position in `months` of the month `column` falls in."""
    # Literals, not parameters: PostgreSQL would take a parameter in THEN for text.
    whens = [
        When(Q(**within(column, [month])), then=RawSQL(str(i)))  # type: ignore[arg-type]  # an expression
        for i, month in enumerate(months)
    ]
    return Case(*whens, default=RawSQL("-1"))  # type: ignore[arg-type]  # an expression


def within(column: str, months: list[Month]) -> dict[str, Any]:
    """Filter conditions keeping the instants that fall in one of `months`."""
    return {f"{column}__gte": months[0].start, f"{column}__lt": months[-1].end}
