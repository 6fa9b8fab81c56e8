"""Stakeholder activity and dormancy (the analysts' "which KIM are active or dormant?").

`Stakeholder.activity` is loaded per request through DataLoaders: a page of stakeholders costs
two GROUP BY statements for the last dates and two per distinct month range, never one per
stakeholder. What counts as activity is defined in schema/dashboard/scope.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import strawberry
from strawberry.types.field import StrawberryField
from tortoise.queryset import QuerySet

from api.services import activity
from api.services.months import MAX_MONTHS, months_back, start_of
from schema.context import Context, Info
from schema.dashboard import scope
from schema.dashboard.arguments import Months, Until, check_count, months_until, office_today
from schema.stakeholders.inputs import StakeholderFilter


@strawberry.type(description="A stakeholder's activity in one calendar month (office time).")
class ActivityMonth:
    month: dt.date = strawberry.field(description="The month's first day.")
    mentions: int = strawberry.field(description="Published articles mentioning it.")
    events: int = strawberry.field(
        description="Events (not cancelled) it organised or took part in, by start date."
    )

    @strawberry.field(description="Mentions plus events.")
    def total(self) -> int:
        return self.mentions + self.events


def _last_loader(info: Info) -> Any:
    sources = scope.activity(info.context.viewer)

    async def load(ids: list[UUID]) -> list[activity.LastActivity]:
        found = await activity.last_activity(sources, ids)
        return [found[key] for key in ids]

    return info.context.loaders.keyed(("activity.last",), load)


@strawberry.type(
    description="When a stakeholder was last active: mentioned in a published article, or "
    "organising or taking part in an event that was not cancelled."
)
class StakeholderActivity:
    stakeholder_id: strawberry.Private[UUID]

    async def _last(self, info: Info) -> activity.LastActivity:
        last: activity.LastActivity = await _last_loader(info).load(self.stakeholder_id)
        return last

    @strawberry.field(description="Publication time of the latest article mentioning it.")
    async def last_mentioned_at(self, info: Info) -> dt.datetime | None:
        return (await self._last(info)).mentioned_at

    @strawberry.field(description="Start of the latest event it organised or took part in.")
    async def last_event_at(self, info: Info) -> dt.datetime | None:
        return (await self._last(info)).event_at

    @strawberry.field(description="The later of `lastMentionedAt` and `lastEventAt`.")
    async def last_active_at(self, info: Info) -> dt.datetime | None:
        return (await self._last(info)).active_at

    @strawberry.field(
        description="Mentions and events per month, oldest first; empty months included."
    )
    async def per_month(
        self, info: Info, months: Months = 12, until: Until = None
    ) -> list[ActivityMonth]:
        window = months_until(info, months, until)
        sources = scope.activity(info.context.viewer)

        async def load(ids: list[UUID]) -> list[list[activity.MonthActivity]]:
            found = await activity.monthly_activity(sources, ids, window)
            return [found[key] for key in ids]

        key = ("activity.months", window[0].first_day, len(window))
        rows: list[activity.MonthActivity] = await info.context.loaders.keyed(key, load).load(
            self.stakeholder_id
        )
        return [
            ActivityMonth(month=r.month.first_day, mentions=r.mentions, events=r.events)
            for r in rows
        ]


def activity_field() -> StrawberryField:
    """`Stakeholder.activity`."""

    def resolver(root: Any) -> StakeholderActivity:
        return StakeholderActivity(stakeholder_id=root.id)

    field: StrawberryField = strawberry.field(  # type: ignore[assignment]  # a field, not a value
        resolver=resolver,
        description="When it was last active, and its activity per month (see "
        "`dormantStakeholders` for what counts).",
    )
    return field


DORMANCY_MONTHS = strawberry.argument(
    description=f"Months without activity (1 to {MAX_MONTHS}; default 6)."
)
AS_OF = strawberry.argument(
    description="The day the period ends (inclusive); default: today, in the office's time zone."
)


@dataclass(frozen=True, slots=True)
class Dormancy:
    """The `filter` of `dormantStakeholders`: the caller's conditions, then no activity."""

    conditions: StakeholderFilter | None
    months: int
    as_of: dt.date

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        if self.conditions is not None:
            qs = await self.conditions.apply(qs, ctx)
        timezone = ctx.settings.timezone
        start = months_back(self.as_of, self.months)
        return activity.dormant(
            qs,
            scope.activity(ctx.viewer),
            since=start_of(start, timezone),
            until=start_of(self.as_of + dt.timedelta(days=1), timezone),
            known_since=start,
        )


def dormancy(
    info: Info, months: int, as_of: dt.date | None, conditions: StakeholderFilter | None
) -> Dormancy:
    check_count(months, "months", MAX_MONTHS)
    return Dormancy(conditions, months, as_of or office_today(info))


__all__ = ["AS_OF", "DORMANCY_MONTHS", "Dormancy", "StakeholderActivity", "activity_field"]
