"""Each create, update, delete and restore writes exactly one audit entry with its change."""

from __future__ import annotations

from typing import Any

from api.models import AuditAction, AuditEntry, Stakeholder
from tests.conftest import GraphQLClient
from tests.mutations.helpers import create, key, mutate, token, user_of


async def entries(record_id: str) -> list[dict[str, Any]]:
    return (
        await AuditEntry.filter(entity_id=key(record_id))
        .order_by("id")
        .values("actor_user_id", "actor_key_id", "action", "entity_type", "entity_id", "changes")
    )


async def test_the_audit_log_holds_each_change_once(editor: GraphQLClient) -> None:
    t = token()
    user = await user_of(editor)
    input = {"name": f"KIM Audit {t}", "category": "KIM", "memberCount": 12}
    record = await create(editor, "Stakeholder", input)
    update = {"id": record, "version": 1, "name": f"KIM Audit {t}", "status": "DORMANT"}
    await mutate(editor, "updateStakeholder", {**update, "memberCount": 15})
    await mutate(editor, "deleteStakeholder", {"id": record, "version": 2})
    deleted_at = (await Stakeholder.get(id=key(record))).deleted_at
    assert deleted_at is not None
    await mutate(editor, "restoreStakeholder", {"id": record, "version": 3})

    def entry(action: AuditAction, changes: dict[str, Any]) -> dict[str, Any]:
        return {
            "actor_user_id": user,
            "actor_key_id": None,
            "action": action,
            "entity_type": "Stakeholder",
            "entity_id": key(record),
            "changes": changes,
        }

    assert await entries(record) == [
        entry(
            AuditAction.CREATE,
            {
                "name": {"before": None, "after": f"KIM Audit {t}"},
                "category": {"before": None, "after": "kim"},
                "member_count": {"before": None, "after": 12},
                "slug": {"before": None, "after": f"kim-audit-{t}"},
            },
        ),
        # The name was sent unchanged, so it is not part of the change.
        entry(
            AuditAction.UPDATE,
            {
                "status": {"before": "active", "after": "dormant"},
                "member_count": {"before": 12, "after": 15},
            },
        ),
        entry(
            AuditAction.DELETE, {"deleted_at": {"before": None, "after": deleted_at.isoformat()}}
        ),
        entry(
            AuditAction.RESTORE, {"deleted_at": {"before": deleted_at.isoformat(), "after": None}}
        ),
    ]


async def test_removing_an_edge_keeps_its_values_in_the_log(
    editor: GraphQLClient, refs: dict[str, str]
) -> None:
    input = {"eventId": refs["event"], "personId": refs["person"], "topic": "Literasi digital"}
    speaker = await create(editor, "EventSpeaker", input)
    removed = await mutate(editor, "deleteEventSpeaker", {"id": speaker, "version": 1})
    assert removed["__typename"] == "EventSpeaker"
    log = await entries(speaker)
    assert [e["action"] for e in log] == [AuditAction.CREATE, AuditAction.DELETE]
    assert log[1]["changes"] == {
        "event_id": {"before": str(key(refs["event"])), "after": None},
        "person_id": {"before": str(key(refs["person"])), "after": None},
        "mode": {"before": "in_person", "after": None},
        "topic": {"before": "Literasi digital", "after": None},
    }
