"""The newsroom: an article's editorial states, its revisions, its tags and its readers.

Who may move an article from one state to another is decided by one table, MOVES. Every move,
tag change and restore compares-and-sets `version`, writes an audit entry and stores a revision
(a snapshot of the article), all in one transaction. Counting views is not an editorial change:
it touches neither `version`, the audit log nor the revisions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from uuid import UUID

from tortoise.models import Model
from tortoise.transactions import in_transaction

from api.models import (
    Article,
    ArticleStatus,
    AuditAction,
    Role,
)
from api.services import audit
from api.services.actor import Actor
from api.services.articles.revisions import record_revision
from api.services.articles.store import load_current, save_if_current
from api.services.errors import (
    Forbidden,
    ServiceError,
    field_error,
)
from api.services.records import jsonable, require_writer


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


def require_may_remove(article: Model, actor: Actor, restoring: bool) -> None:
    """Deleting a public article takes it down, as archiving does; restoring one puts it back,
    as unarchiving does. Both are refused to the roles those moves refuse, and an archived
    article, which only admins move, is deleted and restored by admins only too (the ARTICLE
    spec's `guard_removal`)."""
    assert isinstance(article, Article)
    status = effective_status(article, dt.datetime.now(dt.UTC))
    if status is _S.PUBLISHED:
        move = Move.UNARCHIVE if restoring else Move.ARCHIVE
    elif status is _S.ARCHIVED:
        move = Move.UNARCHIVE
    else:
        return
    roles = MOVES[move].roles
    if actor.role not in roles:
        who = " and ".join(sorted(f"{role.value}s" for role in roles))
        verb = "restore" if restoring else "delete"
        raise Forbidden(f"Only {who} may {verb} {status.value} articles.")


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
        article = await load_current(article_id, version)
        current = effective_status(article, now)
        if current is not rule.source:
            raise InvalidTransition(move, current)
        published_at = _publish_at(move, article, publish_at, now)
        before = {
            "status": jsonable(article.status),
            "published_at": jsonable(article.published_at),
        }
        await save_if_current(article, version, status=rule.target, published_at=published_at)
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
