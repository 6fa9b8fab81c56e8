"""The audit log query: admins only, newest first, nothing in the API changes it."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api import models
from schema.audit.inputs import AuditFilter
from schema.audit.types import AuditEntry
from schema.context import Info
from schema.errors import AccessDenied
from schema.lists import AFTER, BEFORE, FILTER, FIRST, LAST
from schema.loaders import OrderTerm, fetch_page
from schema.pagination import Connection, PageWindow, once

NEWEST_FIRST = (OrderTerm("at", descending=True), OrderTerm("id", descending=True))


@strawberry.type
class AuditQuery:
    @strawberry.field(
        description="Every recorded change, newest first (admins only). Entries are never "
        "edited or deleted through the API."
    )
    async def audit_log(
        self,
        info: Info,
        filter: Annotated[AuditFilter | None, FILTER] = None,
        first: Annotated[int | None, FIRST] = None,
        after: Annotated[str | None, AFTER] = None,
        last: Annotated[int | None, LAST] = None,
        before: Annotated[str | None, BEFORE] = None,
    ) -> Connection[AuditEntry]:  # type: ignore[type-var]  # entries are not Nodes
        if not info.context.viewer.is_admin:
            raise AccessDenied("Only admins may read the audit log.")
        window = PageWindow.from_args(first, after, last, before)
        qs = models.AuditEntry.all()
        if filter is not None:
            qs = filter.apply(qs)
        count = once(qs.count)
        if window.from_end:
            window = window.resolve(await count())
        rows, has_more = await fetch_page(qs, NEWEST_FIRST, window)
        return Connection.build(rows, window, has_more, count)
