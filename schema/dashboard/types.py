"""The admin dashboard's statistics: each field is a GROUP BY or two, never a row per record."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Annotated

import strawberry
from tortoise.functions import Count

from api import models
from api.services.months import month_index, within
from schema.context import Info
from schema.dashboard import scope
from schema.dashboard.arguments import Months, Until, months_until
from schema.dashboard.coverage import (
    CategoryCount,
    RegionTally,
    StatusCount,
    by_category,
    by_status,
    coverage_of,
    tallies,
)
from schema.dashboard.recent import RecentChange, recent_changes
from schema.enums import RegionLevel
from schema.inputs import region_subtree
from schema.visibility import visible

REGION = strawberry.argument(
    description="Only stakeholders registered in this region or inside it (a Kemendagri code)."
)
LEVEL = strawberry.argument(
    description="The tier to break down by; default: the one just below `region`."
)


@strawberry.type(description="How many articles were published in one calendar month.")
class MonthCount:
    month: dt.date = strawberry.field(description="The month's first day (office time).")
    count: int = strawberry.field(description="How many.")


async def _stakeholder_tally(info: Info, region: str | None) -> Counter[tuple[str, str]]:
    async def load(codes: list[str | None]) -> list[Counter[tuple[str, str]]]:
        results = []
        for code in codes:
            qs = visible(models.Stakeholder, info.context.viewer)
            if code is not None:
                qs = await region_subtree(qs, code, info.context)
            rows = (
                await qs.annotate(n=Count("id"))
                .group_by("category", "status")
                .values("category", "status", "n")
            )
            results.append(
                Counter({(str(r["category"]), str(r["status"])): int(r["n"]) for r in rows})
            )
        return results

    tally: Counter[tuple[str, str]] = await info.context.loaders.keyed(
        ("dashboard.stakeholders",), load
    ).load(region)
    return tally


@strawberry.type(
    description="Counts for the admin dashboard, over what the caller may see: anonymous "
    "callers and partners count published articles only."
)
class DashboardStats:
    @strawberry.field(description="Stakeholders per category, every category listed.")
    async def stakeholders_by_category(
        self, info: Info, region: Annotated[str | None, REGION] = None
    ) -> list[CategoryCount]:
        return by_category(await _stakeholder_tally(info, region))

    @strawberry.field(description="Stakeholders per status, every status listed.")
    async def stakeholders_by_status(
        self, info: Info, region: Annotated[str | None, REGION] = None
    ) -> list[StatusCount]:
        return by_status(await _stakeholder_tally(info, region))

    @strawberry.field(
        description="Stakeholders per region of a tier under `region` (e.g. per district of "
        "province 64), each counted over its subtree; `coverage` gives more per region."
    )
    async def stakeholders_by_region(
        self,
        info: Info,
        region: Annotated[str, strawberry.argument(description="A Kemendagri code, e.g. 64.")],
        level: Annotated[RegionLevel | None, LEVEL] = None,
    ) -> list[RegionTally]:
        return await tallies((await coverage_of(info, region, level)).report)

    @strawberry.field(
        description="Published articles per calendar month (office time zone), oldest first; "
        "months without any included."
    )
    async def articles_per_month(
        self, info: Info, months: Months = 12, until: Until = None
    ) -> list[MonthCount]:
        window = months_until(info, months, until)
        rows = (
            await scope.published_articles(info.context.viewer)
            .filter(**within("published_at", window))
            .annotate(month=month_index("published_at", window), n=Count("id"))
            .group_by("month")
            .values("month", "n")
        )
        found: dict[int, int] = {int(row["month"]): int(row["n"]) for row in rows}
        return [
            MonthCount(month=month.first_day, count=found.get(i, 0))
            for i, month in enumerate(window)
        ]

    @strawberry.field(
        description="The latest changes to registry and newsroom records, newest first "
        "(editors and admins; at most 50)."
    )
    async def recent_changes(
        self,
        info: Info,
        first: Annotated[int, strawberry.argument(description="How many (1 to 50).")] = 10,
    ) -> list[RecentChange]:
        return await recent_changes(info, first)


__all__ = ["DashboardStats", "MonthCount"]
