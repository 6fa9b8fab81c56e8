"""Autocomplete search: names, aliases, codes and numbers; prefix matches first; visible only."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from tests.conftest import GraphQLClient

SEARCH = """query($query: String!, $types: [SearchType!], $first: Int! = 10) {
  search(query: $query, types: $types, first: $first) {
    label matched prefix node { __typename ... on Region { code } ... on Stakeholder { slug } }
  }
}"""


def hits(data: dict[str, Any]) -> list[tuple[str, str, str, bool]]:
    return [
        (hit["node"]["__typename"], hit["label"], hit["matched"], hit["prefix"])
        for hit in data["search"]
    ]


async def test_an_alias_prefix_ranks_with_name_prefixes(gql: GraphQLClient) -> None:
    data = await gql.data(SEARCH, {"query": "kim paser"})

    assert hits(data) == [
        ("Stakeholder", "KIM Kabupaten Paser", "KIM Paser", True),
        ("Stakeholder", "KIM Paser Belengkong Berdaya", "KIM Paser Belengkong Berdaya", True),
    ]
    assert gql.last_sql_count == 5  # one statement per kind of record


async def test_prefix_matches_come_before_substring_matches(gql: GraphQLClient) -> None:
    data = await gql.data(SEARCH, {"query": "KOMINFO", "first": 4})

    assert hits(data) == [
        ("Stakeholder", "Kementerian Komunikasi dan Informatika", "Kominfo", True),
        (
            "Stakeholder",
            "Dinas Komunikasi dan Informatika Kota Samarinda",
            "Diskominfo Samarinda",
            False,
        ),
        (
            "Stakeholder",
            "Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur",
            "Diskominfo Kaltim",
            False,
        ),
        (
            "Event",
            "Pameran Inovasi Digital Diskominfo Samarinda",
            "Pameran Inovasi Digital Diskominfo Samarinda",
            False,
        ),
    ]


async def test_region_codes_people_and_regulations(gql: GraphQLClient) -> None:
    regions = await gql.data(SEARCH, {"query": "64.01", "types": ["REGION"], "first": 3})
    regions_sql = gql.last_sql_count
    people = await gql.data(SEARCH, {"query": "  pa ", "types": ["PERSON"]})
    laws = await gql.data(SEARCH, {"query": "data pribadi", "types": ["REGULATION", "EVENT"]})

    assert [(h["label"], h["node"]["code"], h["prefix"]) for h in regions["search"]] == [
        ("Desa Samurangau", "64.01.01.2009", True),
        ("Kabupaten Paser", "64.01", True),
        ("Kecamatan Batu Engau", "64.01.09", True),
    ]
    assert regions_sql == 1
    assert [h["label"] for h in people["search"]] == [
        "Rina Oktavia Pane",
        "Roni Mappanyukki",
        "Siti Ratna Pane",
    ]
    assert [h[:2] for h in hits(laws)] == [
        ("Event", "Sosialisasi Pelindungan Data Pribadi Tingkat Kota Bontang"),
        ("Event", "Sosialisasi Pelindungan Data Pribadi Tingkat Kota Samarinda"),
        ("Regulation", "tentang Pelindungan Data Pribadi"),
    ]


@pytest.mark.parametrize(
    ("variables", "message", "field"),
    [
        ({"query": " k "}, "`query` must have at least 2 characters.", "query"),
        ({"query": "kim", "first": 0}, "`first` must be between 1 and 50, got 0.", "first"),
    ],
)
async def test_bad_arguments_are_input_errors(
    gql: GraphQLClient, variables: dict[str, Any], message: str, field: str
) -> None:
    body = await gql.post(SEARCH, variables)

    assert [(e["message"], e["extensions"]) for e in body["errors"]] == [
        (message, {"code": "BAD_USER_INPUT", "field": field})
    ]
    assert gql.last_sql_count == 0


CREATE = """mutation($input: CreateStakeholderInput!) { result: createStakeholder(input: $input) {
  ... on Stakeholder { id version } } }"""
DELETE = """mutation($input: RecordVersionInput!) { result: deleteStakeholder(input: $input) {
  __typename } }"""


async def test_deleted_records_are_not_found(as_role: Any) -> None:
    editor: GraphQLClient = await as_role("editor")
    token = secrets.token_hex(4)
    created = (
        await editor.data(
            CREATE,
            {
                "input": {
                    "name": f"KIM Cari {token}",
                    "category": "KIM",
                    "aliases": [f"Cari {token}"],
                }
            },
        )
    )["result"]
    found = await editor.data(SEARCH, {"query": f"cari {token}"})

    await editor.data(DELETE, {"input": {"id": created["id"], "version": created["version"]}})

    assert hits(found) == [("Stakeholder", f"KIM Cari {token}", f"Cari {token}", True)]
    assert (await editor.data(SEARCH, {"query": f"cari {token}"}))["search"] == []
