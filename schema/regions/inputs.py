from __future__ import annotations

from typing import Any

import strawberry
from tortoise.queryset import QuerySet

from schema.context import Context
from schema.enums import RegionLevel
from schema.inputs import one_of, region_subtree, sorting, text_search


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


REGION_SORT = sorting("Region", "regions", {"CODE": "code", "NAME": "name"}, default="CODE")
