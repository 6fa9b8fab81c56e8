"""Loading and compare-and-set saving of an article, shared by the newsroom services."""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID

from tortoise.expressions import F

from api.models import (
    Article,
)
from api.services.errors import (
    Conflict,
    NotFound,
)


async def load_current(article_id: UUID, version: int) -> Article:
    article = await Article.filter(id=article_id, deleted_at=None).first()
    if article is None:
        raise NotFound("Article", article_id)
    if article.version != version:
        raise Conflict("Article", article.pk, article.version)
    return article


async def save_if_current(article: Article, version: int, **columns: Any) -> None:
    """Compare-and-set: write `columns` and bump `version` only if it is still `version`."""
    changed = await Article.filter(id=article.pk, version=version).update(
        **columns, version=F("version") + 1, updated_at=dt.datetime.now(dt.UTC)
    )
    if changed != 1:
        current = await Article.filter(id=article.pk).values_list("version", flat=True)
        raise Conflict("Article", article.pk, int(current[0]) if current else version)  # type: ignore[call-overload]  # flat gives scalars
    await article.refresh_from_db()
