"""Unique keys and references: slugs, edges added twice, references to deleted records."""

from __future__ import annotations

from tests.conftest import GraphQLClient
from tests.mutations.helpers import create, key, mutate, refused, token


async def test_references_to_deleted_records_are_missing(
    editor: GraphQLClient, refs: dict[str, str]
) -> None:
    person = await create(editor, "Person", {"fullName": f"Hilang {token()}"})
    deleted = await mutate(editor, "deletePerson", {"id": person, "version": 1})
    assert deleted["__typename"] == "Person"
    membership = {"personId": person, "stakeholderId": refs["stakeholder"], "role": "anggota"}
    missing = f"refers to no Person with id {key(person)}."
    assert await mutate(editor, "createMembership", membership) == refused(
        [("personId", "MISSING_REFERENCE", f"`personId` {missing}")]
    )
    mention = {"articleId": refs["article"], "targetId": person}
    assert await mutate(editor, "createMention", mention) == refused(
        [("targetId", "MISSING_REFERENCE", f"`targetId` {missing}")]
    )


async def test_slugs_are_unique(editor: GraphQLClient) -> None:
    t = token()
    first = await mutate(
        editor, "createStakeholder", {"name": f"KIM X {t}", "category": "KIM"}, "slug"
    )
    second = await mutate(
        editor, "createStakeholder", {"name": f"KIM X {t}", "category": "KIM"}, "slug"
    )
    assert (first["slug"], second["slug"]) == (f"kim-x-{t}", f"kim-x-{t}-2")
    taken = {"name": "Lain", "category": "KIM", "slug": f"kim-x-{t}"}
    assert await mutate(editor, "createStakeholder", taken) == refused(
        [("slug", "DUPLICATE", "Another Stakeholder already has this `slug`.")]
    )


async def test_an_edge_cannot_be_added_twice(editor: GraphQLClient, refs: dict[str, str]) -> None:
    edge = {"eventId": refs["event"], "stakeholderId": refs["stakeholder"], "role": "PARTICIPANT"}
    assert (await mutate(editor, "createEventParticipation", edge))["__typename"] == (
        "EventParticipation"
    )
    assert await mutate(editor, "createEventParticipation", edge) == refused(
        [
            (
                "role",
                "DUPLICATE",
                "Another EventParticipation already has this `eventId`, `stakeholderId` and "
                "`role`.",
            )
        ]
    )
    mention = {"articleId": refs["article"], "targetId": refs["stakeholder"]}
    assert (await mutate(editor, "createMention", mention))["__typename"] == "Mention"
    assert await mutate(editor, "createMention", mention) == refused(
        [("targetId", "DUPLICATE", "Another Mention already has this `articleId` and `targetId`.")]
    )
