from __future__ import annotations

from typing import Any

import strawberry
from tortoise.queryset import QuerySet

from schema.context import Context
from schema.enums import EventKind, EventStatus
from schema.inputs import (
    DateTimeRange,
    one_of,
    region_subtree,
    sorting,
    text_search,
)


@strawberry.input(description="Conditions on events; all given ones must hold.")
class EventFilter:
    search: str | None = strawberry.field(default=None, description="Title contains.")
    kind: list[EventKind] | None = strawberry.field(default=None, description="Any of.")
    status: list[EventStatus] | None = strawberry.field(default=None, description="Any of.")
    region: str | None = strawberry.field(
        default=None, description="Region code; sub-regions included."
    )
    starts: DateTimeRange | None = strawberry.field(default=None, description="Start time.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        qs = text_search(qs, self.search, "title")
        qs = one_of(one_of(qs, "kind", self.kind), "status", self.status)
        if self.region is not None:
            qs = await region_subtree(qs, self.region, ctx)
        if self.starts is not None:
            qs = self.starts.apply(qs, "starts_at", "starts")
        return qs


EVENT_SORT = sorting(
    "Event",
    "events",
    {"STARTS_AT": "starts_at", "TITLE": "title", "CREATED_AT": "created_at"},
    default="STARTS_AT",
    descending=True,
    nullable={"starts_at"},
)
