"""Article revisions: a snapshot after every save, a diff between them, and restore."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from tortoise.models import Model
from tortoise.transactions import in_transaction

from api.models import (
    Article,
    ArticleRevision,
    Tag,
)
from api.services.actor import Actor
from api.services.articles.store import load_current
from api.services.errors import (
    NotFound,
)
from api.services.records import jsonable, require_writer

# Columns that are bookkeeping, not content: left out of revisions.
_NOT_SNAPSHOT = frozenset({"id", "created_at", "updated_at", "version", "deleted_at", "view_count"})


async def _tag_names(article_id: UUID) -> list[str]:
    names = await Tag.filter(article_tags__article_id=article_id).values_list("name", flat=True)
    return sorted(str(name) for name in names)


async def snapshot(article: Article) -> dict[str, Any]:
    """The article's content, state and tags as JSON values, keyed by column."""
    meta = Article._meta
    columns = sorted(meta.db_fields - _NOT_SNAPSHOT)
    state = {column: jsonable(getattr(article, column)) for column in columns}
    return state | {"tags": await _tag_names(article.pk)}


async def record_revision(record: Model, actor: Any, note: str = "") -> None:
    """Store the next numbered revision of an article (the ARTICLE spec's `after_write`)."""
    assert isinstance(record, Article)
    last = (
        await ArticleRevision.filter(article_id=record.pk)
        .order_by("-number")
        .limit(1)
        .values_list("number", flat=True)
    )
    await ArticleRevision.create(
        article_id=record.pk,
        number=(int(last[0]) if last else 0) + 1,  # type: ignore[call-overload]  # flat gives scalars
        author_id=actor.user_id,
        snapshot=await snapshot(record),
        note=note,
    )


async def restore_revision(*, article_id: UUID, version: int, number: int, actor: Actor) -> Article:
    """Write revision `number`'s content back through the normal update (which stores a new
    revision). The state is not changed, and a published article keeps its slug."""
    from api.services import records
    from api.services.specs import ARTICLE  # specs imports this module for its hook

    require_writer(actor)
    async with in_transaction():
        article = await load_current(article_id, version)
        revision = await ArticleRevision.filter(article_id=article_id, number=number).first()
        if revision is None:
            raise NotFound(f"revision {number} of Article", article_id)
        values: dict[str, Any] = {}
        for field in ARTICLE.fields:
            if field.column not in revision.snapshot:
                continue
            if article.published_at is not None and field.name in ARTICLE.locked_when_published:
                continue
            value = revision.snapshot[field.column]
            if value is not None and field.kind == "ref":
                value = UUID(value)
            elif value is not None and field.enum is not None:
                value = field.enum(value)
            values[field.name] = value
        restored = await records.update(ARTICLE, article_id, version, values, actor=actor)
        # The update stored the newest revision; say where its content came from.
        newest = await ArticleRevision.filter(article_id=article_id).order_by("-number").first()
        assert newest is not None
        newest.note = f"restored revision {number}"
        await newest.save(update_fields=["note"])
    assert isinstance(restored, Article)
    return restored
