"""An edge disappears with the record at either of its ends, and returns with its restore."""

from __future__ import annotations

from typing import Any

from tests.mutations.helpers import token

CREATE = """mutation($p: CreatePersonInput!, $s: CreateStakeholderInput!) {
    person: createPerson(input: $p) { ... on Person { id version } }
    stakeholder: createStakeholder(input: $s) { ... on Stakeholder { id slug } } }"""
MEMBER = """mutation($input: CreateMembershipInput!) {
    createMembership(input: $input) { ... on Membership { id } } }"""
DELETE = """mutation($input: RecordVersionInput!) {
    deletePerson(input: $input) { ... on Person { version } } }"""
RESTORE = """mutation($input: RecordVersionInput!) {
    restorePerson(input: $input) { ... on Person { version } } }"""
MEMBERS = """query($slug: String!) { stakeholder(slug: $slug) {
    members { totalCount edges { node { role person { fullName } } } } } }"""


async def test_memberships_of_a_deleted_person_are_hidden(as_role: Any) -> None:
    editor = await as_role("editor")
    t = token()
    created = await editor.data(
        CREATE,
        {"p": {"fullName": f"Siti {t}"}, "s": {"name": f"KIM Ujung {t}", "category": "KIM"}},
    )
    person, slug = created["person"], created["stakeholder"]["slug"]
    await editor.data(
        MEMBER,
        {
            "input": {
                "personId": person["id"],
                "stakeholderId": created["stakeholder"]["id"],
                "role": "ketua",
            }
        },
    )
    listed = {
        "members": {
            "totalCount": 1,
            "edges": [{"node": {"role": "ketua", "person": {"fullName": f"Siti {t}"}}}],
        }
    }
    assert (await editor.data(MEMBERS, {"slug": slug}))["stakeholder"] == listed

    await editor.data(DELETE, {"input": {"id": person["id"], "version": 1}})
    hidden = {"members": {"totalCount": 0, "edges": []}}
    assert (await editor.data(MEMBERS, {"slug": slug}))["stakeholder"] == hidden
    anonymous = await as_role(None)
    assert (await anonymous.data(MEMBERS, {"slug": slug}))["stakeholder"] == hidden

    await editor.data(RESTORE, {"input": {"id": person["id"], "version": 2}})
    assert (await editor.data(MEMBERS, {"slug": slug}))["stakeholder"] == listed
