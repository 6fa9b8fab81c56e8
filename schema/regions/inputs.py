from __future__ import annotations

from enum import Enum
from typing import Any

import strawberry
from tortoise.queryset import QuerySet

from schema.context import Context
from schema.enums import RegionLevel
from schema.inputs import OrderDirection, OrderInput, one_of, region_subtree, text_search
from schema.loaders import OrderTerm


@strawberry.input(description="Conditions on regions; all given ones must hold.")
class RegionFilter:
    search: str | None = strawberry.field(default=None, description="Name or code contains.")
    level: list[RegionLevel] | None = strawberry.field(default=None, description="Any of.")
    within: str | None = strawberry.field(
        default=None, description="Inside this region code (the region itself included)."
    )

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        qs = one_of(text_search(qs, self.search, "name", "code"), "level", self.level)
        if self.within is not None:
            qs = await region_subtree(qs, self.within, ctx, path="")
        return qs


@strawberry.enum(description="Fields regions can be sorted by.")
class RegionOrderField(Enum):
    CODE = "code"
    NAME = "name"


@strawberry.input(description="Sort order of regions.")
class RegionOrder(OrderInput):
    field: RegionOrderField = strawberry.field(
        default=RegionOrderField.CODE, description="What to sort by."
    )
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.ASC, description="Ascending or descending."
    )


REGION_ORDER = [OrderTerm("code")]
