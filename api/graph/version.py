"""A cheap fingerprint of the data the graph is built from, read on every graph request.

Every writing transaction increments the one row of `data_version` (api/services/audit.py
`record`, and `simpul demo`'s bulk loads): the row lock makes each writer wait for the one
before it to commit, so the value a reader sees counts every write committed before it, and
none after. (The newest audit id, used before, could not promise that on PostgreSQL: a
transaction holding a lower id may commit after one holding a higher id, and its write would
be missed until the next.) The stakeholder count is kept beside it: rows added by hand, or by
a tool that does not count its writes, still show when they add stakeholders (the test suite's
fixtures do). Read from the database, the fingerprint is the same for every worker
and host: none of them serves a graph older than the last committed write.
"""

from __future__ import annotations

from typing import Any

from tortoise import connections

_SQL = "SELECT (SELECT value FROM data_version WHERE id = 1), (SELECT COUNT(*) FROM stakeholders)"


async def data_version() -> tuple[Any, ...]:
    _, rows = await connections.get("default").execute_query(_SQL)
    return tuple(rows[0])
