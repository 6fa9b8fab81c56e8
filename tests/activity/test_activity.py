"""Stakeholder activity (last mention, last event, per month) and the dormant list."""

from __future__ import annotations

import secrets
from typing import Any

import pytest

from tests.conftest import GraphQLClient

ACTIVITY = """query($name: String!) {
  stakeholders(filter: {search: $name}) { edges { node { name activity {
    lastMentionedAt lastEventAt lastActiveAt
    perMonth(months: 3, until: "2025-12-01") { month mentions events total }
  } } } }
}"""
DORMANT = """query($months: Int, $asOf: Date, $filter: StakeholderFilter, $first: Int) {
  dormantStakeholders(months: $months, asOf: $asOf, filter: $filter, first: $first) {
    totalCount edges { node { name status } }
  }
}"""


def names(data: dict[str, Any]) -> list[str]:
    return [edge["node"]["name"] for edge in data["dormantStakeholders"]["edges"]]


async def test_activity_of_a_stakeholder(gql: GraphQLClient) -> None:
    data = await gql.data(ACTIVITY, {"name": "KIM Bontang Utara Bersatu"})

    [edge] = data["stakeholders"]["edges"]
    assert edge["node"]["activity"] == {
        "lastMentionedAt": "2025-11-27T00:46:00+00:00",
        "lastEventAt": "2025-11-25T03:46:00+00:00",
        "lastActiveAt": "2025-11-27T00:46:00+00:00",
        "perMonth": [
            {"month": "2025-10-01", "mentions": 0, "events": 0, "total": 0},
            {"month": "2025-11-01", "mentions": 1, "events": 1, "total": 2},
            {"month": "2025-12-01", "mentions": 0, "events": 0, "total": 0},
        ],
    }


async def test_a_page_of_activity_costs_the_same_whatever_its_size(gql: GraphQLClient) -> None:
    query = """query($n: Int) { stakeholders(first: $n) { edges { node { name activity {
        lastActiveAt perMonth(months: 12, until: "2026-10-31") { total } } } } } }"""

    small = await gql.data(query, {"n": 5})
    small_count = gql.last_sql_count
    large = await gql.data(query, {"n": 40})

    assert len(small["stakeholders"]["edges"]) == 5
    assert len(large["stakeholders"]["edges"]) == 40
    # The page, the last mention and event dates, the mentions and events per month.
    assert (small_count, gql.last_sql_count) == (5, 5)
    totals = [
        sum(month["total"] for month in edge["node"]["activity"]["perMonth"])
        for edge in large["stakeholders"]["edges"]
    ]
    assert sum(totals) == 44  # 34 mentions and 10 events


async def test_dormant_kim_of_a_city(gql: GraphQLClient) -> None:
    data = await gql.data(
        DORMANT,
        {"months": 12, "asOf": "2026-11-29", "filter": {"category": ["KIM"], "region": "64.72"}},
    )

    assert data["dormantStakeholders"]["totalCount"] == 4
    assert data["dormantStakeholders"]["edges"] == [
        {"node": {"name": "KIM Samarinda Seberang Berdaya", "status": "DISSOLVED"}},
        {"node": {"name": "KIM Samarinda Ulu Berdaya", "status": "ACTIVE"}},
        {"node": {"name": "KIM Samarinda Ulu Mandiri", "status": "ACTIVE"}},
        {"node": {"name": "KIM Sinar Harapan Sungai Pinang", "status": "DISSOLVED"}},
    ]
    assert gql.last_sql_count == 3  # the region, the count, the page


async def test_the_period_ends_on_as_of_in_office_time(gql: GraphQLClient) -> None:
    # KIM Sepaku Bersinar was last mentioned on 26 May 2026, 08:29 WITA.
    after = await gql.data(DORMANT, {"asOf": "2026-11-29", "first": 100})
    before = await gql.data(DORMANT, {"asOf": "2026-11-25", "first": 100})

    assert after["dormantStakeholders"]["totalCount"] == 24
    assert before["dormantStakeholders"]["totalCount"] == 22
    assert set(names(after)) - set(names(before)) == {"KIM Sepaku Bersinar", "KIM Sinar Harapan"}


async def test_months_are_checked(gql: GraphQLClient) -> None:
    body = await gql.post(DORMANT, {"months": 0})

    assert [(e["message"], e["extensions"]) for e in body["errors"]] == [
        ("`months` must be between 1 and 36, got 0.", {"code": "BAD_USER_INPUT", "field": "months"})
    ]


CREATE = """mutation($input: CreateStakeholderInput!) { result: createStakeholder(input: $input) {
  ... on Stakeholder { name } } }"""


@pytest.mark.parametrize(
    ("founded_on", "as_of", "dormant"),
    [
        (None, None, False),  # registered today, founding unknown: too new to be dormant
        (None, "2099-01-01", True),  # the same group years later
        ("2010-01-01", None, True),  # founded long ago, registered today
    ],
)
async def test_new_stakeholders_are_dormant_only_once_they_existed_for_the_period(
    as_role: Any, founded_on: str | None, as_of: str | None, dormant: bool
) -> None:
    editor: GraphQLClient = await as_role("editor")
    name = f"KIM Baru {secrets.token_hex(4)}"
    await editor.data(CREATE, {"input": {"name": name, "category": "KIM", "foundedOn": founded_on}})

    data = await editor.data(DORMANT, {"asOf": as_of, "filter": {"search": name}})

    assert names(data) == ([name] if dormant else [])
