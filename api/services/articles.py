"""The newsroom: an article's editorial states, its revisions, its tags and its readers.

Who may move an article from one state to another is decided by one table, MOVES. Every move,
tag change and restore compares-and-sets `version`, writes an audit entry and stores a revision
(a snapshot of the article), all in one transaction. Counting views is not an editorial change:
it touches neither `version`, the audit log nor the revisions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.models import Model
from tortoise.transactions import in_transaction

from api.models import (
    Article,
    ArticleRevision,
    ArticleStatus,
    ArticleTag,
    ArticleView,
    AuditAction,
    Role,
    Tag,
)
from api.services import audit
from api.services.actor import Actor
from api.services.errors import (
    Conflict,
    FieldError,
    Forbidden,
    NotFound,
    ServiceError,
    ValidationFailed,
    field_error,
)
from api.services.records import jsonable, require_writer
from api.slugs import slugify


class Move(StrEnum):
    SUBMIT = "submit"
    RETURN_TO_DRAFT = "return_to_draft"
    PUBLISH = "publish"
    SCHEDULE = "schedule"
    UNSCHEDULE = "unschedule"
    ARCHIVE = "archive"
    UNARCHIVE = "unarchive"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")


@dataclass(frozen=True, slots=True)
class Rule:
    source: ArticleStatus
    target: ArticleStatus
    roles: frozenset[Role]


_S = ArticleStatus
_EDITORS = frozenset({Role.ADMIN, Role.EDITOR})
_ADMINS = frozenset({Role.ADMIN})

# The one policy table: where each move leads from, to, and which roles may make it.
MOVES: dict[Move, Rule] = {
    Move.SUBMIT: Rule(_S.DRAFT, _S.IN_REVIEW, _EDITORS),
    Move.RETURN_TO_DRAFT: Rule(_S.IN_REVIEW, _S.DRAFT, _EDITORS),
    Move.PUBLISH: Rule(_S.IN_REVIEW, _S.PUBLISHED, _EDITORS),
    Move.SCHEDULE: Rule(_S.IN_REVIEW, _S.SCHEDULED, _EDITORS),
    Move.UNSCHEDULE: Rule(_S.SCHEDULED, _S.IN_REVIEW, _EDITORS),
    Move.ARCHIVE: Rule(_S.PUBLISHED, _S.ARCHIVED, _ADMINS),
    Move.UNARCHIVE: Rule(_S.ARCHIVED, _S.PUBLISHED, _ADMINS),
}

# Columns that are bookkeeping, not content: left out of revisions.
_NOT_SNAPSHOT = frozenset({"id", "created_at", "updated_at", "version", "deleted_at", "view_count"})
MAX_TAGS = 30


class InvalidTransition(ServiceError):
    """The move does not start from the article's current state."""

    def __init__(self, move: Move, current: ArticleStatus) -> None:
        self.current = current
        self.allowed = [m for m, rule in MOVES.items() if rule.source is current]
        allowed = ", ".join(m.label for m in self.allowed) or "none"
        super().__init__(
            f"Cannot {move.label} an article that is {current.value}; "
            f"allowed from {current.value}: {allowed}."
        )


def effective_status(article: Article, now: dt.datetime) -> ArticleStatus:
    """A scheduled article whose time has come is published, though nobody has touched it."""
    status = ArticleStatus(article.status)
    if status is _S.SCHEDULED and article.published_at is not None and article.published_at <= now:
        return _S.PUBLISHED
    return status


def _require_role(actor: Actor, move: Move) -> None:
    require_writer(actor)
    roles = MOVES[move].roles
    if actor.role not in roles:
        who = " and ".join(sorted(f"{role.value}s" for role in roles))
        raise Forbidden(f"Only {who} may {move.label} articles.")


async def _load(article_id: UUID, version: int) -> Article:
    article = await Article.filter(id=article_id, deleted_at=None).first()
    if article is None:
        raise NotFound("Article", article_id)
    if article.version != version:
        raise Conflict("Article", article.pk, article.version)
    return article


async def _save(article: Article, version: int, **columns: Any) -> None:
    """Compare-and-set: write `columns` and bump `version` only if it is still `version`."""
    changed = await Article.filter(id=article.pk, version=version).update(
        **columns, version=F("version") + 1, updated_at=dt.datetime.now(dt.UTC)
    )
    if changed != 1:
        current = await Article.filter(id=article.pk).values_list("version", flat=True)
        raise Conflict("Article", article.pk, int(current[0]) if current else version)  # type: ignore[call-overload]  # flat gives scalars
    await article.refresh_from_db()


def _publish_at(
    move: Move, article: Article, wanted: dt.datetime | None, now: dt.datetime
) -> dt.datetime | None:
    if move is Move.PUBLISH:
        return now
    if move is Move.UNSCHEDULE:
        return None
    if move is not Move.SCHEDULE:
        return article.published_at  # archiving keeps the publication time
    if wanted is None:
        raise field_error("publish_at", "REQUIRED", "`publish_at` is required to schedule.")
    if wanted.tzinfo is None:
        raise field_error(
            "publish_at", "INVALID", "`publish_at` needs a time zone, e.g. 2030-01-01T08:00+08:00."
        )
    if wanted <= now:
        raise field_error("publish_at", "OUT_OF_RANGE", "`publish_at` must be in the future.")
    return wanted


async def transition(
    *,
    article_id: UUID,
    version: int,
    move: Move,
    actor: Actor,
    publish_at: dt.datetime | None = None,
) -> Article:
    """Make `move` (see MOVES) if the caller's role allows it and the article is where it starts."""
    _require_role(actor, move)
    rule = MOVES[move]
    now = dt.datetime.now(dt.UTC)
    async with in_transaction():
        article = await _load(article_id, version)
        current = effective_status(article, now)
        if current is not rule.source:
            raise InvalidTransition(move, current)
        published_at = _publish_at(move, article, publish_at, now)
        before = {
            "status": jsonable(article.status),
            "published_at": jsonable(article.published_at),
        }
        await _save(article, version, status=rule.target, published_at=published_at)
        after = {"status": jsonable(article.status), "published_at": jsonable(article.published_at)}
        await audit.record(
            actor=actor,
            action=AuditAction.TRANSITION,
            entity_type="Article",
            entity_id=article.pk,
            changes={name: {"before": before[name], "after": after[name]} for name in before},
        )
        await record_revision(article, actor, note=move.label)
    return article


# Revisions


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
        article = await _load(article_id, version)
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


# Tags


def _wanted_tags(names: list[str]) -> dict[str, str]:
    """Tag slug -> name as given; each name must make a slug."""
    wanted: dict[str, str] = {}
    errors: list[FieldError] = []
    for raw in names:
        name = raw.strip()
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
        article = await _load(article_id, version)
        current = list(await Tag.filter(article_tags__article_id=article_id).order_by("name"))
        wanted = _wanted_tags(edit(current))
        tags = [await _tag(slug, name, actor) for slug, name in wanted.items()]
        if {t.pk for t in tags} == {t.pk for t in current}:
            return article
        await ArticleTag.filter(article_id=article_id).delete()
        await ArticleTag.bulk_create([ArticleTag(article_id=article_id, tag_id=t.pk) for t in tags])
        await _save(article, version)
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


# Views


def today(timezone: str) -> dt.date:
    """The day in the office's time zone: readers are counted once per such day."""
    return dt.datetime.now(ZoneInfo(timezone)).date()


def reader_hash(*, secret_key: str, ip_address: str, user_agent: str, day: dt.date) -> str:
    """A keyed digest of the reader: the same client on the same day, the same value; the
    address itself is never stored."""
    message = "\n".join((ip_address, user_agent, day.isoformat())).encode()
    return hmac.new(secret_key.encode(), message, hashlib.sha256).hexdigest()


async def record_view(
    *, article_id: UUID, ip_address: str, user_agent: str, secret_key: str, day: dt.date
) -> tuple[int, bool]:
    """Count a reader's view of a public article once a day: (view count, whether counted).

    The caller checks the article is public. A repeat, even one racing the first, hits the
    unique (article, reader, day) row and changes nothing.
    """
    reader = reader_hash(
        secret_key=secret_key, ip_address=ip_address, user_agent=user_agent, day=day
    )
    async with in_transaction():
        try:
            async with in_transaction():  # a savepoint, so a duplicate leaves the rest usable
                await ArticleView.create(article_id=article_id, reader_hash=reader, day=day)
        except IntegrityError:
            counted = False
        else:
            counted = True
            await Article.filter(id=article_id).update(view_count=F("view_count") + 1)
        count = await Article.filter(id=article_id).values_list("view_count", flat=True)
    return int(count[0]), counted  # type: ignore[call-overload]  # flat gives scalars
