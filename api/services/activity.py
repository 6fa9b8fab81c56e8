"""Stakeholder activity: being mentioned in a published article, or taking part in an event.

Callers pass the rows that count as activity (the schema decides which articles are public and
which events took place, for the caller's visibility); these functions group them per
stakeholder, in a fixed number of GROUP BY statements whatever the number of stakeholders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from tortoise.expressions import Q, Subquery
from tortoise.functions import Count, Max
from tortoise.queryset import QuerySet

from api.models import EventParticipation, Mention, Stakeholder
from api.services.months import Month, month_index, within

MENTIONED_AT = "article__published_at"
EVENT_AT = "event__starts_at"


@dataclass(frozen=True, slots=True)
class Sources:
    """The activity that counts: mentions of stakeholders, and event participations."""

    mentions: QuerySet[Mention]
    participations: QuerySet[EventParticipation]


@dataclass(frozen=True, slots=True)
class LastActivity:
    mentioned_at: dt.datetime | None = None
    event_at: dt.datetime | None = None

    @property
    def active_at(self) -> dt.datetime | None:
        known = [at for at in (self.mentioned_at, self.event_at) if at is not None]
        return max(known) if known else None


@dataclass(frozen=True, slots=True)
class MonthActivity:
    month: Month
    mentions: int = 0  # articles mentioning the stakeholder
    events: int = 0  # events it organised or took part in


async def _latest(qs: QuerySet[Any], column: str, ids: Sequence[UUID]) -> dict[UUID, Any]:
    rows = (
        await qs.filter(stakeholder_id__in=list(ids))
        .annotate(latest=Max(column))
        .group_by("stakeholder_id")
        .values("stakeholder_id", "latest")
    )
    return {row["stakeholder_id"]: row["latest"] for row in rows}


async def last_activity(sources: Sources, ids: Sequence[UUID]) -> dict[UUID, LastActivity]:
    """When each stakeholder was last mentioned and last at an event (two statements)."""
    mentioned = await _latest(sources.mentions, MENTIONED_AT, ids)
    at_events = await _latest(sources.participations, EVENT_AT, ids)
    return {
        key: LastActivity(mentioned_at=mentioned.get(key), event_at=at_events.get(key))
        for key in ids
    }


async def _per_month(
    qs: QuerySet[Any], column: str, counted: str, ids: Sequence[UUID], months: list[Month]
) -> dict[tuple[UUID, int], int]:
    rows = (
        await qs.filter(stakeholder_id__in=list(ids), **within(column, months))
        .annotate(month=month_index(column, months), n=Count(counted, distinct=True))
        .group_by("stakeholder_id", "month")
        .values("stakeholder_id", "month", "n")
    )
    return {(row["stakeholder_id"], int(row["month"])): int(row["n"]) for row in rows}


async def monthly_activity(
    sources: Sources, ids: Sequence[UUID], months: list[Month]
) -> dict[UUID, list[MonthActivity]]:
    """Each stakeholder's mentions and events in each of `months` (two statements)."""
    mentions = await _per_month(sources.mentions, MENTIONED_AT, "article_id", ids, months)
    events = await _per_month(sources.participations, EVENT_AT, "event_id", ids, months)
    return {
        key: [
            MonthActivity(month, mentions.get((key, i), 0), events.get((key, i), 0))
            for i, month in enumerate(months)
        ]
        for key in ids
    }


def dormant(
    stakeholders: QuerySet[Stakeholder],
    sources: Sources,
    *,
    since: dt.datetime,
    until: dt.datetime,
    known_since: dt.date,
) -> QuerySet[Stakeholder]:
    """Stakeholders with no activity in [since, until) that existed before `since`.

    A stakeholder exists from its founding date or, when that is unknown or later, from its
    registration (`created_at`): a group founded years ago but registered last week can be
    dormant, a group registered last week with no founding date cannot yet.
    """
    # NOT IN over a NULL would exclude everything: only mentions of stakeholders count.
    mentioned = sources.mentions.filter(
        stakeholder_id__not_isnull=True,
        **{f"{MENTIONED_AT}__gte": since, f"{MENTIONED_AT}__lt": until},
    ).values("stakeholder_id")
    at_events = sources.participations.filter(
        **{f"{EVENT_AT}__gte": since, f"{EVENT_AT}__lt": until}
    ).values("stakeholder_id")
    return (
        stakeholders.filter(Q(founded_on__lte=known_since) | Q(created_at__lt=since))
        .exclude(id__in=Subquery(mentioned))
        .exclude(id__in=Subquery(at_events))
    )
