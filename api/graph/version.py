"""A cheap fingerprint of the data the graph is built from, read on every graph request.

Every change made through the API writes an audit entry in the same transaction, so the newest
audit id moves with each write. Bulk loads (`simpul demo`) write no audit entries, but every
load that adds anything adds stakeholders (the seed graph on a fresh database, each synthetic
set), so their count moves with them. Counting every table would catch more hand-made changes
but costs tens of milliseconds on PostgreSQL, on every request. Read from the database, the
fingerprint is the same for every worker and host: none of them serves a graph older than the
last committed write.
"""

from __future__ import annotations

from typing import Any

from tortoise import connections

_SQL = "SELECT (SELECT MAX(id) FROM audit_entries), (SELECT COUNT(*) FROM stakeholders)"


async def data_version() -> tuple[Any, ...]:
    _, rows = await connections.get("default").execute_query(_SQL)
    return tuple(rows[0])
