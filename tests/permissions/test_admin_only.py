"""What only admins may do: read the audit log and erase a person's personal data."""

from __future__ import annotations

import json

import pytest

from api import models as m
from tests.conftest import GraphQLClient
from tests.permissions.graph import CONTACT, LEGAL_BASIS, Graph
from tests.permissions.roles import ROLES

AUDIT_LOG = "{ auditLog(first: 1) { totalCount } }"


@pytest.mark.parametrize("role", ROLES)
async def test_audit_log_is_for_admins(client: GraphQLClient, graph: Graph, role: str) -> None:
    if role == "admin":
        data = await client.data(AUDIT_LOG)
        assert data == {"auditLog": {"totalCount": await m.AuditEntry.all().count()}}
        return
    body = await client.post(AUDIT_LOG)
    assert body["data"] is None
    assert [(e["message"], e["path"], e["extensions"]) for e in body["errors"]] == [
        ("Only admins may read the audit log.", ["auditLog"], {"code": "FORBIDDEN"})
    ]


ERASE = """mutation($input: ErasePersonInput!) { result: erasePerson(input: $input) {
  __typename ... on MutationError { message }
  ... on Person { fullName slug position contact { email } dataLegalBasis version } } }"""


@pytest.mark.parametrize("role", ROLES)
async def test_erasure_is_for_admins(client: GraphQLClient, graph: Graph, role: str) -> None:
    person = graph["person"]
    reason = f"Permintaan penghapusan dari subjek data {graph.t}"
    variables = {"input": {"id": graph.id("person"), "version": 1, "reason": reason}}

    result = (await client.data(ERASE, variables))["result"]

    stored = await m.Person.get(id=person.id)
    entries = await m.AuditEntry.filter(entity_type="Person", entity_id=person.id)
    if role != "admin":
        assert result == {
            "__typename": "PermissionDeniedError",
            "message": "Only admins may erase personal data.",
        }
        assert (stored.version, stored.contact, stored.erased_at) == (1, CONTACT, None)
        assert entries == []
        return
    assert result == {
        "__typename": "Person",
        "fullName": "(dihapus)",
        "slug": f"dihapus-{person.id.hex}",
        "position": "",
        "contact": None,
        "dataLegalBasis": "",
        "version": 2,
    }
    assert stored.erased_at is not None
    assert [(e.action, e.changes) for e in entries] == [
        (
            m.AuditAction.ERASE,
            {
                "erased": [
                    "contact",
                    "data_legal_basis",
                    "full_name",
                    "honorific_prefix",
                    "honorific_suffix",
                    "position",
                    "region_id",
                    "slug",
                ],
                "reason": reason,
            },
        )
    ]
    logged = json.dumps(entries[0].changes)
    for value in [*CONTACT.values(), LEGAL_BASIS, person.full_name, person.slug]:
        assert value not in logged
