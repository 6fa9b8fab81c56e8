from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from schema.context import Context
from schema.enums import ParticipationRole, RelationKind, StakeholderCategory, StakeholderStatus
from schema.inputs import DateRange, one_of, region_subtree, sorting, text_search


@strawberry.input(description="Conditions on stakeholders; all given ones must hold.")
class StakeholderFilter:
    search: str | None = strawberry.field(default=None, description="Name contains.")
    category: list[StakeholderCategory] | None = strawberry.field(
        default=None, description="Any of these categories."
    )
    status: list[StakeholderStatus] | None = strawberry.field(
        default=None, description="Any of these statuses."
    )
    region: str | None = strawberry.field(
        default=None, description="Region code; sub-regions included (64 matches 64.01.04)."
    )
    founded: DateRange | None = strawberry.field(default=None, description="Founding date.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        qs = text_search(qs, self.search, "name")
        qs = one_of(one_of(qs, "category", self.category), "status", self.status)
        if self.region is not None:
            qs = await region_subtree(qs, self.region, ctx)
        if self.founded is not None:
            qs = self.founded.apply(qs, "founded_on", "founded")
        return qs


STAKEHOLDER_SORT = sorting(
    "Stakeholder",
    "stakeholders",
    {
        "NAME": "name",
        "FOUNDED_ON": "founded_on",
        "MEMBER_COUNT": "member_count",
        "CREATED_AT": "created_at",
        "UPDATED_AT": "updated_at",
    },
    default="NAME",
    nullable={"founded_on", "member_count"},
)


def _active_on(qs: QuerySet[Any], day: dt.date | None) -> QuerySet[Any]:
    if day is None:
        return qs
    return qs.filter(Q(started_on=None) | Q(started_on__lte=day)).filter(
        Q(ended_on=None) | Q(ended_on__gte=day)
    )


@strawberry.input(description="Conditions on memberships; all given ones must hold.")
class MembershipFilter:
    role: list[str] | None = strawberry.field(
        default=None, description="Any of these roles (ketua, sekretaris, anggota, ...)."
    )
    active_on: dt.date | None = strawberry.field(
        default=None, description="Only memberships in force on this date (as of)."
    )

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        return _active_on(one_of(qs, "role", self.role), self.active_on)


MEMBERSHIP_SORT = sorting(
    "Membership",
    "memberships",
    {"STARTED_ON": "started_on", "ROLE": "role", "CREATED_AT": "created_at"},
    default="STARTED_ON",
    nullable={"started_on"},
)


@strawberry.input(description="Conditions on relations; all given ones must hold.")
class RelationFilter:
    kind: list[RelationKind] | None = strawberry.field(default=None, description="Any of.")
    active_on: dt.date | None = strawberry.field(
        default=None, description="Only relations in force on this date (as of)."
    )

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        return _active_on(one_of(qs, "kind", self.kind), self.active_on)


RELATION_SORT = sorting(
    "Relation",
    "relations",
    {"STARTED_ON": "started_on", "CREATED_AT": "created_at"},
    default="CREATED_AT",
    nullable={"started_on"},
)


@strawberry.input(description="Conditions on event participations.")
class ParticipationFilter:
    role: list[ParticipationRole] | None = strawberry.field(default=None, description="Any of.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        return one_of(qs, "role", self.role)


PARTICIPATION_SORT = sorting(
    "Participation", "participations", {"CREATED_AT": "created_at"}, default="CREATED_AT"
)
