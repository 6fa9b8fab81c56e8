from __future__ import annotations

from enum import Enum
from typing import Any

import strawberry
from tortoise.queryset import QuerySet

from schema.context import Context
from schema.enums import SpeakerMode
from schema.inputs import OrderDirection, OrderInput, one_of, region_subtree, text_search
from schema.loaders import OrderTerm


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


@strawberry.enum(description="Fields people can be sorted by.")
class PersonOrderField(Enum):
    FULL_NAME = "full_name"
    CREATED_AT = "created_at"


@strawberry.input(description="Sort order of people.")
class PersonOrder(OrderInput):
    field: PersonOrderField = strawberry.field(
        default=PersonOrderField.FULL_NAME, description="What to sort by."
    )
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.ASC, description="Ascending or descending."
    )


PERSON_ORDER = [OrderTerm("full_name")]


@strawberry.input(description="Conditions on event speakers.")
class SpeakerFilter:
    mode: list[SpeakerMode] | None = strawberry.field(default=None, description="Any of.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        return one_of(qs, "mode", self.mode)


@strawberry.enum(description="Fields speakers can be sorted by.")
class SpeakerOrderField(Enum):
    CREATED_AT = "created_at"


@strawberry.input(description="Sort order of speakers.")
class SpeakerOrder(OrderInput):
    field: SpeakerOrderField = strawberry.field(
        default=SpeakerOrderField.CREATED_AT, description="What to sort by."
    )
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.ASC, description="Ascending or descending."
    )


SPEAKER_ORDER = [OrderTerm("created_at")]
