"""The audit log as the API shows it: read-only, admins only."""

from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry
from strawberry.relay.utils import to_base64
from strawberry.scalars import JSON

from api import models
from api.models import AuditAction
from api.services.erasure import PERSONAL_COLUMNS
from schema.accounts.types import User
from schema.context import Info

strawberry.enum(AuditAction, description="What an audit entry records.")

__all__ = ["AuditAction", "AuditEntry"]

HIDDEN = {"before": None, "after": None, "hidden": True}


def global_id(type_name: str, key: Any) -> strawberry.ID | None:
    return None if key is None else strawberry.ID(to_base64(type_name, str(key)))


def _row(root: object) -> models.AuditEntry:
    """The stored entry a resolver's `self` really is."""
    assert isinstance(root, models.AuditEntry)
    return root


def visible_changes(entry: models.AuditEntry, sees_personal_data: bool) -> dict[str, Any]:
    """The entry's changes, with personal data hidden from callers who may not see it."""
    changes: dict[str, Any] = dict(entry.changes or {})
    if sees_personal_data:
        return changes
    for name in PERSONAL_COLUMNS.get(entry.entity_type, frozenset()):
        if isinstance(changes.get(name), dict):
            changes[name] = HIDDEN
    return changes


@strawberry.type(description="One recorded action: who did what to which record, when.")
class AuditEntry:
    id: strawberry.ID = strawberry.field(
        description="Identifies the entry; larger ids were written later."
    )
    at: dt.datetime = strawberry.field(description="When it happened.")
    action: AuditAction = strawberry.field(description="What was done.")
    entity_type: str = strawberry.field(
        description='The kind of record ("Person", "Article", ...), as in the schema.'
    )
    ip_address: str = strawberry.field(description="Where the request came from.")

    @strawberry.field(
        description="Global id of the record (usable with `node(id:)` while it is visible)."
    )
    def entity_id(self) -> strawberry.ID | None:
        entry = _row(self)
        return global_id(entry.entity_type, entry.entity_id)

    @strawberry.field(description="The staff user who acted (null if a partner key did).")
    async def actor(self, info: Info) -> User | None:
        key = _row(self).actor_user_id  # type: ignore[attr-defined]  # the FK column
        user: models.User | None = await info.context.loaders.get(models.User, key)
        return None if user is None else User.of(user)

    @strawberry.field(description="Global id of the partner API key that acted, if a key did.")
    def actor_key_id(self) -> strawberry.ID | None:
        return global_id("ApiKey", _row(self).actor_key_id)  # type: ignore[attr-defined]  # FK column

    @strawberry.field(
        description='The change: {"field": {"before": ..., "after": ...}} for creates, updates '
        'and deletes; {"erased": [fields], "reason": ...} for an erasure (never the erased '
        'values). Personal data shows as {"hidden": true} to callers who may not see it, and '
        'values removed by a later erasure as {"erased": true}.'
    )
    def changes(self, info: Info) -> JSON:
        return JSON(visible_changes(_row(self), info.context.viewer.sees_personal_data))
