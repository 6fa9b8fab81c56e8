from __future__ import annotations

from typing import Any

import strawberry
from tortoise.queryset import QuerySet

from schema.context import Context
from schema.enums import SpeakerMode
from schema.inputs import one_of, region_subtree, sorting, text_search


@strawberry.input(description="Conditions on people; all given ones must hold.")
class PersonFilter:
    search: str | None = strawberry.field(default=None, description="Name contains.")
    is_public_figure: bool | None = strawberry.field(default=None, description="Public figure.")
    region: str | None = strawberry.field(
        default=None, description="Region code; sub-regions included."
    )

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        qs = text_search(qs, self.search, "full_name")
        if self.is_public_figure is not None:
            qs = qs.filter(is_public_figure=self.is_public_figure)
        if self.region is not None:
            qs = await region_subtree(qs, self.region, ctx)
        return qs


PERSON_SORT = sorting(
    "Person", "people", {"FULL_NAME": "full_name", "CREATED_AT": "created_at"}, default="FULL_NAME"
)


@strawberry.input(description="Conditions on event speakers.")
class SpeakerFilter:
    mode: list[SpeakerMode] | None = strawberry.field(default=None, description="Any of.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        return one_of(qs, "mode", self.mode)


SPEAKER_SORT = sorting("Speaker", "speakers", {"CREATED_AT": "created_at"}, default="CREATED_AT")
