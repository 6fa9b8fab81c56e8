from __future__ import annotations

from enum import Enum
from typing import Any, ClassVar

import strawberry
from tortoise.queryset import QuerySet

from schema.context import Context
from schema.enums import EventKind, EventStatus
from schema.inputs import (
    DateTimeRange,
    OrderDirection,
    OrderInput,
    one_of,
    region_subtree,
    text_search,
)
from schema.loaders import OrderTerm


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


@strawberry.enum(description="Fields events can be sorted by.")
class EventOrderField(Enum):
    STARTS_AT = "starts_at"
    TITLE = "title"
    CREATED_AT = "created_at"


@strawberry.input(description="Sort order of events.")
class EventOrder(OrderInput):
    NULLABLE: ClassVar[frozenset[str]] = frozenset({"starts_at"})
    field: EventOrderField = strawberry.field(
        default=EventOrderField.STARTS_AT, description="What to sort by."
    )
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.DESC, description="Ascending or descending."
    )


EVENT_ORDER = [OrderTerm("starts_at", descending=True, nullable=True)]
