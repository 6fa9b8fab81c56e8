"""Recently changed records, for the dashboard of staff who write (editors and admins).

Unlike the admin-only audit log it shows no changed values, only which record changed, how,
by whom and when, and only registry and newsroom records (not accounts, keys or logins).
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID

import strawberry
from tortoise.models import Model

from api import models
from api.models import AuditAction, Role
from schema.audit.types import AuditAction as AuditActionEnum  # registered as a GraphQL enum
from schema.audit.types import global_id
from schema.context import Info
from schema.errors import AccessDenied, InputError

MAX_RECENT = 50
HIDDEN_TYPES = ("User", "ApiKey")
SESSION_ACTIONS = (AuditAction.LOGIN, AuditAction.LOGOUT)

# The column naming each kind of record; links (memberships, mentions, ...) have no name.
LABELS: dict[str, tuple[type[Model], str]] = {
    "Affair": (models.Affair, "name"),
    "Article": (models.Article, "title"),
    "Event": (models.Event, "title"),
    "Person": (models.Person, "full_name"),
    "Region": (models.Region, "name"),
    "Regulation": (models.Regulation, "title"),
    "Stakeholder": (models.Stakeholder, "name"),
    "Tag": (models.Tag, "name"),
}


def _label_loader(info: Info, entity_type: str) -> Any:
    model, column = LABELS[entity_type]

    async def load(ids: list[UUID]) -> list[str | None]:
        # Deleted records keep their name here: the change may be their deletion.
        rows = await model.filter(id__in=ids).values_list("id", column)
        names = dict(rows)
        return [names.get(key) for key in ids]

    return info.context.loaders.keyed(("recent.label", entity_type), load)


def _row(root: object) -> models.AuditEntry:
    assert isinstance(root, models.AuditEntry)
    return root


@strawberry.type(description="One change to a registry or newsroom record.")
class RecentChange:
    at: dt.datetime = strawberry.field(description="When it happened.")
    action: AuditActionEnum = strawberry.field(description="What was done.")
    entity_type: str = strawberry.field(
        description='The kind of record ("Stakeholder", "Article", ...), as in the schema.'
    )

    @strawberry.field(description="Global id of the record (for `node(id:)` while visible).")
    def entity_id(self) -> strawberry.ID | None:
        entry = _row(self)
        return global_id(entry.entity_type, entry.entity_id)

    @strawberry.field(description="The record's name or title; null for links between records.")
    async def label(self, info: Info) -> str | None:
        entry = _row(self)
        if entry.entity_type not in LABELS or entry.entity_id is None:
            return None
        name: str | None = await _label_loader(info, entry.entity_type).load(entry.entity_id)
        return name

    @strawberry.field(description="Who did it: the staff member's name, or the partner key's.")
    async def actor_name(self, info: Info) -> str | None:
        entry = _row(self)
        user_id = entry.actor_user_id  # type: ignore[attr-defined]  # the FK column
        if user_id is not None:
            user: models.User | None = await info.context.loaders.get(models.User, user_id)
            return None if user is None else user.full_name or user.email
        key_id = entry.actor_key_id  # type: ignore[attr-defined]  # the FK column
        key: models.ApiKey | None = await info.context.loaders.get(models.ApiKey, key_id)
        return None if key is None else key.name


async def recent_changes(info: Info, first: int) -> list[RecentChange]:
    viewer = info.context.viewer
    if not (viewer.is_staff and viewer.role in (Role.ADMIN, Role.EDITOR)):
        raise AccessDenied("Only editors and admins may see recent changes.")
    if not 1 <= first <= MAX_RECENT:
        raise InputError(f"`first` must be between 1 and {MAX_RECENT}, got {first}.", field="first")
    entries = (
        await models.AuditEntry.exclude(entity_type__in=HIDDEN_TYPES)
        .exclude(action__in=SESSION_ACTIONS)
        .order_by("-at", "-id")
        .limit(first)
    )
    return entries  # type: ignore[return-value]  # the rows are resolved as RecentChange
