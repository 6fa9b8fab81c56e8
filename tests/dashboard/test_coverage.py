"""Coverage by region over the demo province: counted over subtrees, in a fixed few statements."""

from __future__ import annotations

import pytest

from tests.conftest import GraphQLClient

COVERAGE = """query($region: String!, $level: RegionLevel) {
  coverage(region: $region, level: $level) {
    region { code } level
    total { stakeholders activeKim articles events }
    regions { region { code } stakeholders activeKim articles events }
    regionsWithoutActiveKim { code name }
  }
}"""


def row(code: str, stakeholders: int, kim: int, articles: int, events: int) -> dict[str, object]:
    return {
        "region": {"code": code},
        "stakeholders": stakeholders,
        "activeKim": kim,
        "articles": articles,
        "events": events,
    }


async def test_province_per_regency_and_city(gql: GraphQLClient) -> None:
    data = (await gql.data(COVERAGE, {"region": "64"}))["coverage"]

    assert gql.last_sql_count == 6  # root, regions, stakeholders, articles (2), events
    assert data["region"] == {"code": "64"}
    assert data["level"] == "REGENCY"
    # One stakeholder has no region; one article is datelined at the province itself.
    assert data["total"] == {"stakeholders": 43, "activeKim": 17, "articles": 170, "events": 21}
    assert data["regions"] == [
        row("64.01", 5, 2, 10, 1),
        row("64.02", 8, 4, 22, 1),
        row("64.03", 1, 1, 4, 0),
        row("64.07", 2, 0, 5, 0),
        row("64.08", 4, 1, 13, 0),
        row("64.09", 2, 1, 6, 0),
        row("64.11", 1, 0, 2, 0),
        row("64.71", 4, 2, 7, 0),
        row("64.72", 10, 4, 49, 17),
        row("64.74", 5, 2, 53, 2),
    ]
    assert data["regionsWithoutActiveKim"] == [
        {"code": "64.07", "name": "Kabupaten Kutai Barat"},
        {"code": "64.11", "name": "Kabupaten Mahakam Ulu"},
    ]


async def test_city_per_district_by_category_and_status(gql: GraphQLClient) -> None:
    data = await gql.data(
        """{ coverage(region: "64.72") { total { stakeholdersByStatus { status count } }
            regions { region { code } events stakeholdersByCategory { category count } } } }"""
    )

    coverage = data["coverage"]
    assert coverage["total"]["stakeholdersByStatus"] == [
        {"status": "ACTIVE", "count": 7},
        {"status": "DORMANT", "count": 1},
        {"status": "DISSOLVED", "count": 2},
    ]
    events = {r["region"]["code"]: r["events"] for r in coverage["regions"] if r["events"]}
    assert events == {
        "64.72.01": 2,
        "64.72.02": 1,
        "64.72.03": 3,
        "64.72.04": 3,
        "64.72.05": 1,
        "64.72.06": 5,
        "64.72.07": 1,
        "64.72.10": 1,
    }
    assert sum(events.values()) == 17  # every event of the city lies in a district
    categories = [r["stakeholdersByCategory"] for r in coverage["regions"]]
    assert all(len(c) == 7 for c in categories)  # every category, zeros included
    assert sum(c[0]["count"] for c in categories) == 7  # KIM across the districts
    assert gql.last_sql_count == 4  # root, regions, stakeholders, events


async def test_only_asked_counts_run(gql: GraphQLClient) -> None:
    await gql.data('{ coverage(region: "64") { regionsWithoutActiveKim { code } } }')

    assert gql.last_sql_count == 3  # root, regions, stakeholders


@pytest.mark.parametrize(
    ("variables", "message", "field"),
    [
        ({"region": "64.x"}, "Invalid region code '64.x'", "region"),
        ({"region": "99"}, "Unknown region code '99'.", "region"),
        (
            {"region": "64.01.01.2009"},
            "Region 64.01.01.2009 is a village: it has no regions inside.",
            "region",
        ),
        (
            {"region": "64.01", "level": "CITY"},
            "`level` must lie below regency 64.01: district or lower, not city.",
            "level",
        ),
    ],
)
async def test_bad_regions_and_levels_are_input_errors(
    gql: GraphQLClient, variables: dict[str, str], message: str, field: str
) -> None:
    body = await gql.post(COVERAGE, variables)

    [error] = body["errors"]
    assert error["message"].startswith(message)
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}
