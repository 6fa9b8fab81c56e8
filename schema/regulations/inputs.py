from __future__ import annotations

from typing import Any

import strawberry
from tortoise.queryset import QuerySet

from schema.context import Context
from schema.enums import RegulationKind, RegulationStatus
from schema.errors import InputError
from schema.inputs import one_of, sorting, text_search


@strawberry.input(description="Conditions on regulations; all given ones must hold.")
class RegulationFilter:
    search: str | None = strawberry.field(default=None, description="Title contains.")
    kind: list[RegulationKind] | None = strawberry.field(default=None, description="Any of.")
    status: list[RegulationStatus] | None = strawberry.field(default=None, description="Any of.")
    year_from: int | None = strawberry.field(default=None, description="Year at least.")
    year_to: int | None = strawberry.field(default=None, description="Year at most.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        if (
            self.year_from is not None
            and self.year_to is not None
            and self.year_from > self.year_to
        ):
            raise InputError("`yearFrom` is after `yearTo`.", field="yearFrom")
        qs = text_search(qs, self.search, "title")
        qs = one_of(one_of(qs, "kind", self.kind), "status", self.status)
        if self.year_from is not None:
            qs = qs.filter(year__gte=self.year_from)
        if self.year_to is not None:
            qs = qs.filter(year__lte=self.year_to)
        return qs


REGULATION_SORT = sorting(
    "Regulation",
    "regulations",
    {"YEAR": "year", "ENACTED_ON": "enacted_on", "TITLE": "title"},
    default="YEAR",
    descending=True,
    nullable={"enacted_on"},
)


@strawberry.input(description="Conditions on affairs.")
class AffairFilter:
    search: str | None = strawberry.field(default=None, description="Name contains.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        return text_search(qs, self.search, "name")


AFFAIR_SORT = sorting(
    "Affair", "affairs", {"POSITION": "position", "NAME": "name"}, default="POSITION"
)
