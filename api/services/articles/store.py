"""Loading an article at the version an editor read, shared by the newsroom services."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from api.models import Article
from api.services.errors import Conflict
from api.services.records import compare_and_set, load


async def load_current(article_id: UUID, version: int) -> Article:
    """The article, if it is not deleted and still at `version`."""
    article = await load(Article, article_id)
    if article.version != version:
        raise Conflict("Article", article.pk, article.version)
    return article


async def save_if_current(article: Article, version: int, **columns: Any) -> None:
    """Compare-and-set: write `columns` and bump `version` only if it is still `version`."""
    await compare_and_set(article, version, columns)
