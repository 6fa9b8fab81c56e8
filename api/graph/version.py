"""A cheap fingerprint of the data the graph is built from, read on every graph request.

Every change made through the API writes an audit entry in the same transaction, so the newest
audit id moves with each write. Bulk loads (`simpul demo`) write no audit entries but only add
rows, so the row counts move with them. Read from the database, the fingerprint is the same for
every worker and host: none of them can serve a graph older than the last committed write.
"""

from __future__ import annotations

from typing import Any

from tortoise import connections

TABLES = (
    "regions",
    "stakeholders",
    "people",
    "articles",
    "events",
    "regulations",
    "memberships",
    "relations",
    "relation_evidence",
    "mentions",
    "quotes",
    "event_participations",
    "event_speakers",
    "event_coverage",
)
_SQL = "SELECT (SELECT MAX(id) FROM audit_entries), " + ", ".join(
    f"(SELECT COUNT(*) FROM {table})" for table in TABLES
)


async def data_version() -> tuple[Any, ...]:
    _, rows = await connections.get("default").execute_query(_SQL)
    return tuple(rows[0])
