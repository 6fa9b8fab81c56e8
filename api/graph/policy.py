"""Which network filters a caller may use: the one rule for /graphql and the exports.

Each new filter costs seconds of CPU and megabytes of cache, so callers without a need for
more choose from a grid: `halfLife` one of HALF_LIVES, `from` the first day of a month and
`to` the last. Region and category are free (the data bounds them). Staff sessions, and keys
with the `graph:any-filter` scope, may use any value.
"""

from __future__ import annotations

import calendar
import datetime as dt

from api.auth.keys import Scope
from api.graph.network import GraphInputError, NetworkFilter
from api.services.actor import Actor

HALF_LIVES = (30, 90, 180, 365, 730)  # days
_WHO = "staff sessions and keys with the graph:any-filter scope may use any"


def any_filter(actor: Actor) -> bool:
    return actor.is_staff or Scope.GRAPH_ANY_FILTER in actor.scopes


def _last_day(day: dt.date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def check_filter(flt: NetworkFilter, actor: Actor) -> NetworkFilter:
    """`flt` if `actor` may use it, else GraphInputError naming the values allowed."""
    if any_filter(actor):
        return flt
    if flt.half_life is not None and flt.half_life not in HALF_LIVES:
        days = ", ".join(str(d) for d in HALF_LIVES)
        raise GraphInputError(
            f"`halfLife` must be one of {days} (days), got {flt.half_life:g}; {_WHO}.",
            field="halfLife",
        )
    if flt.start is not None and flt.start.day != 1:
        raise GraphInputError(
            f"`from` must be the first day of a month (such as {flt.start:%Y-%m}-01), "
            f"got {flt.start}; {_WHO}.",
            field="from",
        )
    if flt.end is not None and not _last_day(flt.end):
        last = flt.end.replace(day=calendar.monthrange(flt.end.year, flt.end.month)[1])
        raise GraphInputError(
            f"`to` must be the last day of a month (such as {last}), got {flt.end}; {_WHO}.",
            field="to",
        )
    return flt
