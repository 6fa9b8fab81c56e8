"""Every role creates every entity through its generated mutation.

Admins and editors get the new object (and an audit entry); analysts, viewers, anonymous callers
and partner keys get a PermissionDeniedError and nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from strawberry.relay.utils import from_base64

from api import models as m
from tests.conftest import GraphQLClient
from tests.permissions.graph import Graph, free_village_code, gid
from tests.permissions.roles import ROLES, WRITERS

REFUSED = {
    "__typename": "PermissionDeniedError",
    "message": "Only admins and editors may change records.",
}

Input = Callable[[Graph], Any]  # may be async (a fresh region code)


async def region_input(g: Graph) -> dict[str, Any]:
    district = await m.Region.get(code="64.01.04")
    return {
        "code": await free_village_code(),
        "name": f"Desa Baru {g.t}",
        "level": "VILLAGE",
        "parentId": gid(district),
    }


CREATES: dict[str, Input] = {
    "Region": region_input,
    "Stakeholder": lambda g: {"name": f"KIM Baru {g.t}", "category": "KIM"},
    "Person": lambda g: {"fullName": f"Rahmat Baru {g.t}"},
    "Membership": lambda g: {
        "personId": g.id("person"),
        "stakeholderId": g.id("stakeholder2"),
        "role": "anggota",
    },
    "Relation": lambda g: {
        "sourceId": g.id("stakeholder2"),
        "targetId": g.id("stakeholder"),
        "kind": "FUNDING",
    },
    "RelationEvidence": lambda g: {"relationId": g.id("relation"), "eventId": g.id("event")},
    "Article": lambda g: {"title": f"Berita Baru {g.t}"},
    "Tag": lambda g: {"name": f"Tag Baru {g.t}"},
    "Mention": lambda g: {"articleId": g.id("article"), "targetId": g.id("stakeholder2")},
    "Quote": lambda g: {
        "articleId": g.id("article"),
        "personId": g.id("person2"),
        "text": "Kutipan baru.",
    },
    "Event": lambda g: {"title": f"Rapat Baru {g.t}", "kind": "RAPAT"},
    "EventParticipation": lambda g: {
        "eventId": g.id("event"),
        "stakeholderId": g.id("stakeholder2"),
        "role": "PARTICIPANT",
    },
    "EventSpeaker": lambda g: {"eventId": g.id("event"), "personId": g.id("person2")},
    "EventCoverage": lambda g: {"eventId": g.id("event"), "articleId": g.id("article2")},
    "Regulation": lambda g: {
        "kind": "SK",
        "number": f"SK-BARU-{g.t}",
        "year": 2025,
        "title": f"tentang KIM Baru {g.t}",
    },
    "Affair": lambda g: {"regulationId": g.id("regulation"), "name": f"Urusan Baru {g.t}"},
}


def create_query(entity: str) -> str:
    return (
        f"mutation($input: Create{entity}Input!) {{ result: create{entity}(input: $input) {{ "
        f"__typename ... on {entity} {{ id version }} ... on MutationError {{ message }} }} }}"
    )


@pytest.mark.parametrize("entity", sorted(CREATES))
@pytest.mark.parametrize("role", ROLES)
async def test_create(client: GraphQLClient, graph: Graph, role: str, entity: str) -> None:
    model = getattr(m, entity)
    values = CREATES[entity](graph)
    if not isinstance(values, dict):
        values = await values
    rows_before = await model.all().count()
    audits_before = await m.AuditEntry.filter(entity_type=entity).count()

    result = (await client.data(create_query(entity), {"input": values}))["result"]

    if role not in WRITERS:
        assert result == REFUSED
        assert await model.all().count() == rows_before
        assert await m.AuditEntry.filter(entity_type=entity).count() == audits_before
        return
    assert result["__typename"] == entity
    assert result["version"] == 1
    type_name, key = from_base64(result["id"])
    assert type_name == entity
    assert await model.filter(id=key).exists()
    entry = await m.AuditEntry.get(entity_type=entity, entity_id=key).select_related("actor_user")
    assert entry.action is m.AuditAction.CREATE
    assert entry.actor_user is not None
    assert entry.actor_user.role == role
