"""Contact details and the recorded legal basis (UU 27/2022): admins and editors only.

For everyone else the fields are null, without an error, so the same queries work for all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from api import models as m
from tests.conftest import CSRF_HEADER, GraphQLClient
from tests.permissions.graph import CONTACT, LEGAL_BASIS, Graph, gid
from tests.permissions.roles import ROLES, SEES_PERSONAL_DATA

CONTACT_FIELDS = "contact { email phone whatsapp address }"
QUERY = f"""query($person: ID!, $erased: ID!, $stakeholder: ID!, $search: String!) {{
  person: node(id: $person) {{ ... on Person {{ {CONTACT_FIELDS} dataLegalBasis erasedAt }} }}
  erased: node(id: $erased) {{ ... on Person {{ contact {{ email }} dataLegalBasis erasedAt }} }}
  stakeholder: node(id: $stakeholder) {{ ... on Stakeholder {{ {CONTACT_FIELDS}
    mentions(first: 1) {{ edges {{ node {{
      target {{ ... on Stakeholder {{ contact {{ email }} }} }} }} }} }}
  }} }}
  people(filter: {{search: $search}}) {{ totalCount edges {{ node {{ contact {{ email }} }} }} }}
}}"""


def expected(graph: Graph, erased_at: dt.datetime, sees: bool) -> dict[str, Any]:
    contact = CONTACT if sees else None
    email = {"email": CONTACT["email"]} if sees else None
    return {
        "person": {
            "contact": contact,
            "dataLegalBasis": LEGAL_BASIS if sees else None,
            "erasedAt": None,
        },
        "erased": {
            "contact": None,
            "dataLegalBasis": "" if sees else None,
            "erasedAt": erased_at.isoformat() if sees else None,
        },
        "stakeholder": {
            "contact": contact,
            "mentions": {"edges": [{"node": {"target": {"contact": email}}}]},
        },
        "people": {"totalCount": 1, "edges": [{"node": {"contact": email}}]},
    }


@pytest.mark.parametrize("role", ROLES)
async def test_contact_details(client: GraphQLClient, graph: Graph, role: str) -> None:
    erased_at = dt.datetime(2025, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    erased = await m.Person.create(
        full_name="(dihapus)", slug=f"dihapus-{graph.t}", erased_at=erased_at
    )
    variables = {
        "person": graph.id("person"),
        "erased": gid(erased),
        "stakeholder": graph.id("stakeholder"),
        "search": graph["person"].full_name,
    }
    data = await client.data(QUERY, variables)
    assert data == expected(graph, erased_at, role in SEES_PERSONAL_DATA)


CREATE_PERSON = f"""mutation($input: CreatePersonInput!) {{
  result: createPerson(input: $input) {{ __typename
    ... on Person {{ fullName {CONTACT_FIELDS} dataLegalBasis }} }} }}"""


@pytest.mark.parametrize("role", ["admin", "editor"])
async def test_writers_see_contact_in_mutation_payloads(
    client: GraphQLClient, graph: Graph, role: str
) -> None:
    values = {
        "fullName": f"Dewi {graph.t}",
        "contact": {"email": "dewi@example.org", "whatsapp": "+62 000 5555"},
        "dataLegalBasis": "Persetujuan lisan",
    }
    result = (await client.data(CREATE_PERSON, {"input": values}))["result"]
    assert result == {
        "__typename": "Person",
        "fullName": f"Dewi {graph.t}",
        "contact": {
            "email": "dewi@example.org",
            "phone": None,
            "whatsapp": "+62 000 5555",
            "address": None,
        },
        "dataLegalBasis": "Persetujuan lisan",
    }


async def test_a_session_without_its_csrf_token_reads_no_personal_data(
    as_role: Any, graph: Graph
) -> None:
    """Personal data goes to callers who could change it: a staff session without the CSRF
    header (e.g. a request another site made the browser send) reads it as null."""
    admin: GraphQLClient = await as_role("admin")
    del admin.http.headers[CSRF_HEADER]
    query = "query($id: ID!) { node(id: $id) { ... on Person { contact { email } } } }"
    data = await admin.data(query, {"id": graph.id("person")})
    assert data == {"node": {"contact": None}}
