"""What the statistics count, for a given caller. Every set starts from `visible()`.

- Articles: published ones only (status published, or scheduled and due), dated by
  `published_at`. Drafts, articles in review and archived ones never count, for anyone.
- Activity: a stakeholder is active when a published article mentions it, or when it organises
  or takes part in an event that was not cancelled, dated by the event's start. People's
  memberships do not make their groups active.
- Events: every event not cancelled.
"""

from __future__ import annotations

import datetime as dt

from tortoise.queryset import QuerySet

from api import models
from api.models import ArticleStatus, EventStatus
from api.services.activity import Sources
from schema.visibility import Viewer, visible

PUBLISHED = (ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED)


def published_articles(viewer: Viewer) -> QuerySet[models.Article]:
    now = dt.datetime.now(dt.UTC)
    return visible(models.Article, viewer).filter(status__in=PUBLISHED, published_at__lte=now)


def published_mentions(viewer: Viewer) -> QuerySet[models.Mention]:
    now = dt.datetime.now(dt.UTC)
    return visible(models.Mention, viewer).filter(
        article__status__in=PUBLISHED, article__published_at__lte=now
    )


def events(viewer: Viewer) -> QuerySet[models.Event]:
    return visible(models.Event, viewer).exclude(status=EventStatus.CANCELLED)


def activity(viewer: Viewer) -> Sources:
    return Sources(
        mentions=published_mentions(viewer).filter(stakeholder_id__not_isnull=True),
        participations=visible(models.EventParticipation, viewer).filter(
            event__starts_at__not_isnull=True, event__status__not=EventStatus.CANCELLED
        ),
    )
