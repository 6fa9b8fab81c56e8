"""An article's tags: set, add and remove, each a versioned change with a revision."""

from __future__ import annotations

from collections.abc import Callable
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from api.models import (
    Article,
    ArticleTag,
    AuditAction,
    Tag,
)
from api.services import audit
from api.services.actor import Actor
from api.services.articles.revisions import record_revision
from api.services.articles.store import load_current, save_if_current
from api.services.errors import (
    FieldError,
    ValidationFailed,
    field_error,
)
from api.services.records import require_writer
from api.slugs import slugify
from api.text import clean

MAX_TAGS = 30


def _wanted_tags(names: list[str]) -> dict[str, str]:
    """Tag slug -> name as given; each name must make a slug."""
    wanted: dict[str, str] = {}
    errors: list[FieldError] = []
    for raw in names:
        name = clean(raw, multiline=False).strip()
        slug = slugify(name, max_length=100)
        if len(name) > 100:
            errors.append(
                FieldError(
                    "tags", "TOO_LONG", f"A tag is {len(name)} characters long; at most 100."
                )
            )
        elif not slug:
            errors.append(FieldError("tags", "INVALID", f"Tag {raw!r} has no letters or digits."))
        else:
            wanted.setdefault(slug, name)
    if len(wanted) > MAX_TAGS:
        errors.append(FieldError("tags", "TOO_LONG", f"An article has at most {MAX_TAGS} tags."))
    if errors:
        raise ValidationFailed(errors)
    return wanted


async def _tag(slug: str, name: str, actor: Actor) -> Tag:
    tag = await Tag.filter(slug=slug).first()
    if tag is not None:
        return tag
    try:
        async with in_transaction():  # a savepoint: someone may create the same tag meanwhile
            tag = await Tag.create(name=name, slug=slug)
    except IntegrityError:
        return await Tag.get(slug=slug)
    await audit.record(
        actor=actor,
        action=AuditAction.CREATE,
        entity_type="Tag",
        entity_id=tag.pk,
        changes={"name": {"before": None, "after": name}, "slug": {"before": None, "after": slug}},
    )
    return tag


async def _retag(
    article_id: UUID, version: int, actor: Actor, edit: Callable[[list[Tag]], list[str]]
) -> Article:
    require_writer(actor)
    async with in_transaction():
        article = await load_current(article_id, version)
        current = list(await Tag.filter(article_tags__article_id=article_id).order_by("name"))
        wanted = _wanted_tags(edit(current))
        tags = [await _tag(slug, name, actor) for slug, name in wanted.items()]
        if {t.pk for t in tags} == {t.pk for t in current}:
            return article
        await ArticleTag.filter(article_id=article_id).delete()
        await ArticleTag.bulk_create([ArticleTag(article_id=article_id, tag_id=t.pk) for t in tags])
        await save_if_current(article, version)
        await audit.record(
            actor=actor,
            action=AuditAction.UPDATE,
            entity_type="Article",
            entity_id=article.pk,
            changes={
                "tags": {
                    "before": [t.name for t in current],
                    "after": sorted(t.name for t in tags),
                }
            },
        )
        await record_revision(article, actor, note="tags")
    return article


async def set_tags(*, article_id: UUID, version: int, names: list[str], actor: Actor) -> Article:
    """Replace the article's tags, creating the tags that do not exist yet."""
    return await _retag(article_id, version, actor, lambda current: names)


async def add_tag(*, article_id: UUID, version: int, name: str, actor: Actor) -> Article:
    return await _retag(
        article_id, version, actor, lambda current: [t.name for t in current] + [name]
    )


async def remove_tag(*, article_id: UUID, version: int, name: str, actor: Actor) -> Article:
    def without(current: list[Tag]) -> list[str]:
        kept = [t.name for t in current if t.slug != slugify(name, max_length=100)]
        if len(kept) == len(current):
            raise field_error("tag", "INVALID", f"The article has no tag {name!r}.")
        return kept

    return await _retag(article_id, version, actor, without)
