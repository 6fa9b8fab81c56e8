"""The audit log: written inside the same transaction as the change it records."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from tortoise import connections
from tortoise.backends.base.client import BaseDBAsyncClient

from api.models import AuditAction, AuditEntry
from api.services.actor import Actor

# The row lock orders the writing transactions: each waits here for the one before to commit,
# so a reader that sees the new value sees all they wrote (api/graph/version.py).
BUMP = (
    "INSERT INTO data_version (id, value) VALUES (1, 1) "
    "ON CONFLICT (id) DO UPDATE SET value = data_version.value + 1"
)
# Signing in and out changes nothing the graph (or any reader) is built from.
UNVERSIONED = frozenset({AuditAction.LOGIN, AuditAction.LOGOUT})


async def record(
    *,
    actor: Actor,
    action: AuditAction,
    entity_type: str,
    entity_id: UUID | None,
    changes: dict[str, Any] | None = None,
) -> AuditEntry:
    """Record a change in the caller's transaction, and count it as a new data version."""
    entry = await AuditEntry.create(
        actor_user_id=actor.user_id,
        actor_key_id=actor.key_id,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        changes=changes or {},
        ip_address=actor.ip_address,
    )
    if action not in UNVERSIONED:
        await bump_data_version()
    return entry


async def bump_data_version(conn: BaseDBAsyncClient | None = None) -> None:
    """Count a new version of the data; in the writing transaction, just before it commits."""
    await (conn or connections.get("default")).execute_query(BUMP)


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """{"field": {"before": old, "after": new}} for each field whose value changed."""
    return {
        name: {"before": before.get(name), "after": value}
        for name, value in after.items()
        if before.get(name) != value
    }
