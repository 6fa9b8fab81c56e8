"""Refused input: typed errors that name the input field, and nothing written."""

from __future__ import annotations

from typing import Any
from uuid import uuid4

import pytest

from api.models import Stakeholder
from tests.conftest import GraphQLClient
from tests.mutations.helpers import create, fill, global_id, key, mutate, refused, token

MISSING = global_id("Person", uuid4())


# (mutation, input, refused fields); "$name" is a record of `refs`.
CASES: list[tuple[str, dict[str, Any], list[tuple[str, str, str]]]] = [
    (
        "createStakeholder",
        {"name": "   ", "category": "KIM"},
        [("name", "REQUIRED", "`name` is required.")],
    ),
    (
        "createStakeholder",
        {"name": "K" * 256, "category": "KIM"},
        [("name", "TOO_LONG", "`name` is 256 characters long; at most 255 allowed.")],
    ),
    (
        "createStakeholder",
        {"name": "KIM", "category": "KIM", "memberCount": -1},
        [("memberCount", "OUT_OF_RANGE", "`memberCount` must be at least 0.")],
    ),
    (
        "createStakeholder",
        {"name": "KIM", "category": "KIM", "regionId": "$article"},
        [("regionId", "INVALID", "`regionId` must be the id of a Region.")],
    ),
    (
        "createStakeholder",
        {"name": "KIM", "category": "KIM", "slug": "Bukan Slug"},
        [("slug", "INVALID", "`slug` may hold a-z, 0-9 and hyphens only.")],
    ),
    (
        "createRegion",
        {"code": "6x.01", "name": "Salah", "level": "REGENCY"},
        [("code", "INVALID", "Invalid region code '6x.01': expected e.g. 64.01.04.")],
    ),
    (
        "createRegion",
        {"code": "64.02.99", "name": "Salah", "level": "DISTRICT", "parentId": "$district"},
        [("code", "INVALID", "Region code 64.02.99 does not lie inside its parent 64.01.04.")],
    ),
    (
        "createRegion",
        {"code": "64.01.99", "name": "Yatim", "level": "DISTRICT"},
        [("parentId", "REQUIRED", "Region 64.01.99 needs its parent 64.01.")],
    ),
    (
        "createMembership",
        {
            "personId": "$person",
            "stakeholderId": "$stakeholder",
            "role": "anggota",
            "startedOn": "2022-01-01",
            "endedOn": "2021-12-31",
        },
        [
            (
                "endedOn",
                "END_BEFORE_START",
                "`endedOn` (2021-12-31) is before `startedOn` (2022-01-01).",
            )
        ],
    ),
    (
        "createRelation",
        {
            "sourceId": "$stakeholder",
            "targetId": "$stakeholder2",
            "kind": "FUNDING",
            "startedOn": "2022-01-01",
            "endedOn": "2020-01-01",
        },
        [
            (
                "endedOn",
                "END_BEFORE_START",
                "`endedOn` (2020-01-01) is before `startedOn` (2022-01-01).",
            )
        ],
    ),
    (
        "createEvent",
        {
            "title": "Rapat",
            "kind": "RAPAT",
            "startsAt": "2022-11-16T10:00:00+00:00",
            "endsAt": "2022-11-16T09:00:00+00:00",
        },
        [
            (
                "endsAt",
                "END_BEFORE_START",
                "`endsAt` (2022-11-16 09:00:00+00:00) is before `startsAt` "
                "(2022-11-16 10:00:00+00:00).",
            )
        ],
    ),
    (
        "createMembership",
        {"personId": MISSING, "stakeholderId": "$stakeholder", "role": "anggota"},
        [
            (
                "personId",
                "MISSING_REFERENCE",
                f"`personId` refers to no Person with id {key(MISSING)}.",
            )
        ],
    ),
    (
        "createMembership",
        {"personId": "nope", "stakeholderId": "$stakeholder", "role": "anggota"},
        [
            (
                "personId",
                "INVALID",
                "Malformed global id 'nope': expected an `id` returned by this API.",
            )
        ],
    ),
    (
        "createMention",
        {"articleId": "$article", "targetId": "$article"},
        [
            (
                "targetId",
                "INVALID",
                "`targetId` must be a stakeholder, person, region, event or regulation.",
            )
        ],
    ),
    (
        "createRelation",
        {"sourceId": "$stakeholder", "targetId": "$stakeholder", "kind": "FUNDING"},
        [("targetId", "INVALID", "A relation links two different stakeholders.")],
    ),
    (
        "createRegulation",
        {"kind": "SK", "number": "1", "year": 1800, "title": "tentang Sejarah"},
        [("year", "OUT_OF_RANGE", "`year` must be at least 1945.")],
    ),
    (
        "createArticle",
        {"title": "Judul", "coverImageUrl": "javascript:alert(1)"},
        [
            (
                "coverImageUrl",
                "INVALID",
                "`coverImageUrl` must be a path on this site (/media/cover.jpg) or an http(s) "
                "URL on an allowed image host (SIMPUL_IMAGE_HOSTS: none).",
            )
        ],
    ),
    (
        "createRelationEvidence",
        {"relationId": "$relation", "articleId": "$article", "eventId": "$event"},
        [("articleId", "INVALID", "Evidence is either an article or an event.")],
    ),
    (
        "createStakeholder",
        {"name": "KIM\x00", "category": "KIM"},
        [("name", "INVALID", "`name` must not contain NUL characters.")],
    ),
    (
        "createStakeholder",
        {"name": "KIM", "category": "KIM", "mediaChannels": [{"kind": "web", "value": "x" * 501}]},
        [
            (
                "mediaChannels",
                "TOO_LONG",
                "A value in `mediaChannels` is longer than 500 characters.",
            )
        ],
    ),
    (
        "createTag",
        {"name": "Tag", "slug": "t" * 101},
        [("slug", "TOO_LONG", "`slug` is 101 characters long; at most 100 allowed.")],
    ),
    (
        "createMention",
        {"articleId": "$article", "targetId": "$person", "spanStart": 10, "spanEnd": 3},
        [("spanEnd", "END_BEFORE_START", "`spanEnd` (3) is before `spanStart` (10).")],
    ),
    (
        "createQuote",
        {"articleId": "$article", "personId": "$person", "text": " ", "position": -2},
        [
            ("text", "REQUIRED", "`text` is required."),
            ("position", "OUT_OF_RANGE", "`position` must be at least 0."),
        ],
    ),
]


@pytest.mark.parametrize(
    ("mutation", "input", "errors"), CASES, ids=[f"{m}-{i}" for i, (m, _, _) in enumerate(CASES)]
)
async def test_refused_input(
    mutation: str,
    input: dict[str, Any],
    errors: list[tuple[str, str, str]],
    editor: GraphQLClient,
    refs: dict[str, str],
) -> None:
    assert await mutate(editor, mutation, fill(input, refs)) == refused(errors)


async def test_update_refuses_a_required_field_set_to_null(
    editor: GraphQLClient, refs: dict[str, str]
) -> None:
    result = await mutate(
        editor, "updateStakeholder", {"id": refs["stakeholder"], "version": 1, "name": None}
    )
    assert result == refused([("name", "REQUIRED", "`name` is required.")])
    assert (await Stakeholder.get(id=key(refs["stakeholder"]))).version == 1


async def test_a_missing_required_field_is_a_graphql_error(editor: GraphQLClient) -> None:
    query = (
        "mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) "
        "{ __typename } }"
    )
    assert await editor.errors(query, {"input": {"category": "KIM"}}) == [
        "Variable '$input' has invalid value: Expected value of type 'CreateStakeholderInput' "
        "to include required field 'name', found: {'category': 'KIM'}."
    ]


async def test_an_unknown_enum_value_is_a_graphql_error_naming_the_input_path(
    editor: GraphQLClient,
) -> None:
    name = f"KIM {token()}"
    query = (
        "mutation($input: CreateStakeholderInput!) { createStakeholder(input: $input) "
        "{ __typename } }"
    )
    assert await editor.errors(query, {"input": {"name": name, "category": "CLUB"}}) == [
        "Variable '$input' has invalid value at .category: "
        "Value 'CLUB' does not exist in 'StakeholderCategory' enum."
    ]
    assert not await Stakeholder.exists(name=name)


async def test_null_clears_a_field(editor: GraphQLClient) -> None:
    fields = "version position isPublicFigure honorificPrefix"
    input = {"fullName": f"Dewi {token()}", "position": "Ketua", "isPublicFigure": True}
    person = await create(editor, "Person", input)
    cleared = {"id": person, "version": 1, "position": None, "isPublicFigure": None}
    assert await mutate(editor, "updatePerson", cleared, fields) == {
        "__typename": "Person",
        "version": 2,
        "position": "",
        "isPublicFigure": False,
        "honorificPrefix": "",
    }


async def test_a_time_without_offset_is_utc(editor: GraphQLClient) -> None:
    input = {"title": f"Rapat {token()}", "kind": "RAPAT", "startsAt": "2022-11-16T09:00:00+08:00"}
    event = await create(editor, "Event", input)
    later = {"id": event, "version": 1, "endsAt": "2022-11-16T03:00:00"}
    assert await mutate(editor, "updateEvent", later, "startsAt endsAt") == {
        "__typename": "Event",
        "startsAt": "2022-11-16T01:00:00+00:00",
        "endsAt": "2022-11-16T03:00:00+00:00",
    }
    earlier = {"id": event, "version": 2, "endsAt": "2022-11-16T00:30:00"}
    assert await mutate(editor, "updateEvent", earlier) == refused(
        [
            (
                "endsAt",
                "END_BEFORE_START",
                "`endsAt` (2022-11-16 00:30:00+00:00) is before `startsAt` "
                "(2022-11-16 01:00:00+00:00).",
            )
        ]
    )
