from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any, ClassVar

import strawberry
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from schema.context import Context
from schema.enums import ParticipationRole, RelationKind, StakeholderCategory, StakeholderStatus
from schema.inputs import DateRange, OrderDirection, OrderInput, one_of, region_subtree, text_search
from schema.loaders import OrderTerm


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


@strawberry.enum(description="Fields stakeholders can be sorted by.")
class StakeholderOrderField(Enum):
    NAME = "name"
    FOUNDED_ON = "founded_on"
    MEMBER_COUNT = "member_count"
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"


@strawberry.input(description="Sort order of stakeholders.")
class StakeholderOrder(OrderInput):
    NULLABLE: ClassVar[frozenset[str]] = frozenset({"founded_on", "member_count"})
    field: StakeholderOrderField = strawberry.field(
        default=StakeholderOrderField.NAME, description="What to sort by."
    )
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.ASC, description="Ascending or descending."
    )


STAKEHOLDER_ORDER = [OrderTerm("name")]


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


@strawberry.enum(description="Fields memberships can be sorted by.")
class MembershipOrderField(Enum):
    STARTED_ON = "started_on"
    ROLE = "role"
    CREATED_AT = "created_at"


@strawberry.input(description="Sort order of memberships.")
class MembershipOrder(OrderInput):
    NULLABLE: ClassVar[frozenset[str]] = frozenset({"started_on"})
    field: MembershipOrderField = strawberry.field(
        default=MembershipOrderField.STARTED_ON, description="What to sort by."
    )
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.ASC, description="Ascending or descending."
    )


MEMBERSHIP_ORDER = [OrderTerm("started_on", nullable=True)]


@strawberry.input(description="Conditions on relations; all given ones must hold.")
class RelationFilter:
    kind: list[RelationKind] | None = strawberry.field(default=None, description="Any of.")
    active_on: dt.date | None = strawberry.field(
        default=None, description="Only relations in force on this date (as of)."
    )

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        return _active_on(one_of(qs, "kind", self.kind), self.active_on)


@strawberry.enum(description="Fields relations can be sorted by.")
class RelationOrderField(Enum):
    STARTED_ON = "started_on"
    CREATED_AT = "created_at"


@strawberry.input(description="Sort order of relations.")
class RelationOrder(OrderInput):
    NULLABLE: ClassVar[frozenset[str]] = frozenset({"started_on"})
    field: RelationOrderField = strawberry.field(
        default=RelationOrderField.CREATED_AT, description="What to sort by."
    )
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.ASC, description="Ascending or descending."
    )


RELATION_ORDER = [OrderTerm("created_at")]


@strawberry.input(description="Conditions on event participations.")
class ParticipationFilter:
    role: list[ParticipationRole] | None = strawberry.field(default=None, description="Any of.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        return one_of(qs, "role", self.role)


@strawberry.enum(description="Fields participations can be sorted by.")
class ParticipationOrderField(Enum):
    CREATED_AT = "created_at"


@strawberry.input(description="Sort order of participations.")
class ParticipationOrder(OrderInput):
    field: ParticipationOrderField = strawberry.field(
        default=ParticipationOrderField.CREATED_AT, description="What to sort by."
    )
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.ASC, description="Ascending or descending."
    )


PARTICIPATION_ORDER = [OrderTerm("created_at")]
