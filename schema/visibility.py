"""What a caller may see. Every list, lookup, nested relation and count starts here.

Staff see every record that is not deleted. Everyone else sees an article once it is public:
published, or scheduled, from its `published_at` on. A scheduled article therefore appears by
itself when its time comes, with nobody acting. Mentions, quotes and coverage are seen only with
their article; relation evidence that is an article, only with it. An edge (a membership, a
mention, a participation, ...) is seen only while the records at both of its ends are.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypeVar

from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from api.models import (
    Affair,
    Article,
    ArticleStatus,
    ArticleTag,
    EventCoverage,
    EventParticipation,
    EventSpeaker,
    Membership,
    Mention,
    Quote,
    Relation,
    RelationEvidence,
)
from api.models.base import SoftDeletable
from api.services.actor import NOBODY, Actor

# Who is asking: the same Actor the services act for.
Viewer = Actor
ANONYMOUS = NOBODY

# Records that belong to an article are visible only with it.
_ARTICLE_PARTS: tuple[type[Model], ...] = (Mention, Quote, EventCoverage)


# A scheduled article is public once its time has passed, exactly like a published one.
_PUBLIC_STATUSES = (ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED)


def _published(prefix: str, now: datetime) -> dict[str, Any]:
    """Conditions for a public article (through `prefix`, e.g. `article__`, for its parts)."""
    conditions: dict[str, Any] = {
        f"{prefix}status__in": _PUBLIC_STATUSES,
        f"{prefix}published_at__lte": now,
    }
    if prefix:
        conditions[f"{prefix}deleted_at"] = None
    return conditions


# The soft-deletable records at the ends of each edge; a nullable end that is unset passes.
_ENDS: dict[type[Model], tuple[str, ...]] = {
    Membership: ("person", "stakeholder"),
    Relation: ("source", "target"),
    RelationEvidence: ("relation", "article", "event"),
    Mention: ("article", "stakeholder", "person", "event", "regulation"),
    Quote: ("article", "person"),
    EventParticipation: ("event", "stakeholder"),
    EventSpeaker: ("event", "person"),
    EventCoverage: ("event", "article"),
    Affair: ("regulation",),
    ArticleTag: ("article",),
}

M = TypeVar("M", bound=Model)


def non_null_columns(model: type[Model], viewer: Viewer) -> frozenset[str]:
    """Columns `visible()` guarantees are set, so ordering by them needs no NULL handling
    (which would keep the databases from reading the rows in index order)."""
    if model is Article and not viewer.is_staff:
        return frozenset({"published_at"})
    return frozenset()


def visible(model: type[M], viewer: Viewer) -> QuerySet[M]:
    qs = model.all()
    if issubclass(model, SoftDeletable):
        qs = qs.filter(deleted_at=None)
    ends = _ENDS.get(model, ())
    if ends:
        qs = qs.filter(**{f"{end}__deleted_at": None for end in ends})
    if viewer.is_staff:
        return qs
    now = datetime.now(UTC)
    if model is Article:
        return qs.filter(**_published("", now))
    if model in _ARTICLE_PARTS:
        return qs.filter(**_published("article__", now))
    if model is RelationEvidence:
        return qs.filter(Q(article_id=None) | Q(**_published("article__", now)))
    return qs
