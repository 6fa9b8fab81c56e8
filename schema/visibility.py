"""What a caller may see. Every list, lookup, nested relation and count starts here."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, TypeVar

from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from api.models import (
    Article,
    ArticleStatus,
    EventCoverage,
    Mention,
    Quote,
    RelationEvidence,
)
from api.models.base import SoftDeletable
from api.services.actor import NOBODY, Actor

# Who is asking: the same Actor the services act for.
Viewer = Actor
ANONYMOUS = NOBODY

# Records that belong to an article are visible only with it.
_ARTICLE_PARTS: tuple[type[Model], ...] = (Mention, Quote, EventCoverage)


def _published(prefix: str, now: datetime) -> dict[str, Any]:
    conditions: dict[str, Any] = {
        f"{prefix}status": ArticleStatus.PUBLISHED,
        f"{prefix}published_at__lte": now,
    }
    if prefix:
        conditions[f"{prefix}deleted_at"] = None
    return conditions


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
