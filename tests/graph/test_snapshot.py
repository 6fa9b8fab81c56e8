"""Graph dates fall on the office's day (no database)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from api.graph.snapshot import day_of

WITA = ZoneInfo("Asia/Makassar")


@pytest.mark.parametrize(
    ("value", "day"),
    [
        # 16:30 UTC is 00:30 the next day in Makassar: SQLite text and PostgreSQL objects alike.
        ("2026-11-29 16:30:00+00:00", dt.date(2026, 11, 30)),
        (dt.datetime(2026, 11, 29, 16, 30, tzinfo=dt.UTC), dt.date(2026, 11, 30)),
        ("2026-11-29 15:59:59", dt.date(2026, 11, 29)),
        # A date column is a calendar day in any zone.
        ("2026-11-29", dt.date(2026, 11, 29)),
        (dt.date(2026, 11, 29), dt.date(2026, 11, 29)),
        (None, None),
    ],
)
def test_timestamps_fall_on_their_office_day(value: object, day: dt.date | None) -> None:
    assert day_of(value, WITA) == (day.toordinal() if day else None)
