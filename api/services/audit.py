"""The audit log: written inside the same transaction as the change it records."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from api.models import AuditAction, AuditEntry
from api.services.actor import Actor


async def record(
    *,
    actor: Actor,
    action: AuditAction,
    entity_type: str,
    entity_id: UUID | None,
    changes: dict[str, Any] | None = None,
) -> AuditEntry:
    return await AuditEntry.create(
        actor_user_id=actor.user_id,
        actor_key_id=actor.key_id,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        changes=changes or {},
        ip_address=actor.ip_address,
    )


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """{"field": {"before": old, "after": new}} for each field whose value changed."""
    return {
        name: {"before": before.get(name), "after": value}
        for name, value in after.items()
        if before.get(name) != value
    }
