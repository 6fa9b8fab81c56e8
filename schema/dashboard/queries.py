"""Statistics for the admin dashboard and the analysts: counts, coverage and dormancy."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry

from api import models
from schema.context import Info
from schema.dashboard.activity import AS_OF, DORMANCY_MONTHS, dormancy
from schema.dashboard.coverage import Coverage, coverage_of
from schema.dashboard.types import LEVEL, DashboardStats
from schema.enums import RegionLevel
from schema.lists import AFTER, BEFORE, FILTER, FIRST, LAST, ORDER, resolve_list
from schema.pagination import Connection
from schema.stakeholders.inputs import STAKEHOLDER_SORT, StakeholderFilter
from schema.stakeholders.types import Stakeholder

StakeholderOrder = STAKEHOLDER_SORT.input


@strawberry.type
class DashboardQuery:
    @strawberry.field(description="Counts for the admin dashboard.")
    def dashboard(self) -> DashboardStats:
        return DashboardStats()

    @strawberry.field(
        description="What a region and each region of a tier below it hold (stakeholders, "
        "published articles, events), counted over their subtrees, and which of those regions "
        "have no active KIM."
    )
    async def coverage(
        self,
        info: Info,
        region: Annotated[str, strawberry.argument(description="A Kemendagri code, e.g. 64.")],
        level: Annotated[RegionLevel | None, LEVEL] = None,
    ) -> Coverage:
        return await coverage_of(info, region, level)

    @strawberry.field(
        description="Stakeholders with no activity in the `months` months up to `asOf`: no "
        "published article mentioned them, and they organised or took part in no event (not "
        "cancelled) starting then. Only stakeholders that existed before the period count: "
        "founded before it or, without a founding date, registered before it. Every status is "
        "included unless `filter.status` says otherwise."
    )
    async def dormant_stakeholders(
        self,
        info: Info,
        months: Annotated[int, DORMANCY_MONTHS] = 6,
        as_of: Annotated[dt.date | None, AS_OF] = None,
        filter: Annotated[StakeholderFilter | None, FILTER] = None,
        order_by: Annotated[StakeholderOrder | None, ORDER] = None,  # type: ignore[valid-type]  # built at import
        first: Annotated[int | None, FIRST] = None,
        after: Annotated[str | None, AFTER] = None,
        last: Annotated[int | None, LAST] = None,
        before: Annotated[str | None, BEFORE] = None,
    ) -> Connection[Stakeholder]:
        return await resolve_list(
            info,
            models.Stakeholder,
            filter=dormancy(info, months, as_of, filter),
            order_by=order_by,
            default_order=STAKEHOLDER_SORT.default,
            first=first,
            after=after,
            last=last,
            before=before,
        )
