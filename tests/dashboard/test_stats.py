"""Dashboard counts over the seed and synthetic demo data: exact numbers, few statements."""

from __future__ import annotations

from typing import Any

from tests.conftest import GraphQLClient

BY_CATEGORY = [
    {"category": "KIM", "count": 23},
    {"category": "TRADITIONAL_MEDIA", "count": 5},
    {"category": "CONTENT_CREATOR", "count": 5},
    {"category": "STRATEGIC_GROUP", "count": 5},
    {"category": "GOVERNMENT_AGENCY", "count": 3},
    {"category": "MEDIA_OUTLET", "count": 2},
    {"category": "OTHER", "count": 1},
]
BY_STATUS = [
    {"status": "ACTIVE", "count": 36},
    {"status": "DORMANT", "count": 5},
    {"status": "DISSOLVED", "count": 3},
]


def counts(rows: list[dict[str, Any]]) -> list[int]:
    return [row["count"] for row in rows]


async def test_stakeholders_by_category_and_status_share_one_statement(gql: GraphQLClient) -> None:
    data = await gql.data(
        "{ dashboard { stakeholdersByCategory { category count } "
        "stakeholdersByStatus { status count } } }"
    )

    assert data["dashboard"] == {
        "stakeholdersByCategory": BY_CATEGORY,
        "stakeholdersByStatus": BY_STATUS,
    }
    assert gql.last_sql_count == 1


async def test_stakeholder_counts_under_a_region_include_its_subtree(gql: GraphQLClient) -> None:
    data = await gql.data(
        '{ dashboard { stakeholdersByCategory(region: "64.72") { count } '
        'stakeholdersByStatus(region: "64.72") { count } } }'
    )

    # Kota Samarinda: 7 KIM (4 active, 1 dormant, 2 dissolved), registered in its districts.
    assert counts(data["dashboard"]["stakeholdersByCategory"]) == [7, 0, 1, 1, 1, 0, 0]
    assert counts(data["dashboard"]["stakeholdersByStatus"]) == [7, 1, 2]
    assert gql.last_sql_count == 2  # the region, then one GROUP BY


async def test_stakeholders_per_regency_and_per_district(gql: GraphQLClient) -> None:
    query = """query($region: String!, $level: RegionLevel) { dashboard {
        stakeholdersByRegion(region: $region, level: $level) { region { code } stakeholders }
    } }"""

    regencies = await gql.data(query, {"region": "64"})
    regencies_sql = gql.last_sql_count
    districts = await gql.data(query, {"region": "64.01", "level": "DISTRICT"})

    assert [
        (row["region"]["code"], row["stakeholders"])
        for row in regencies["dashboard"]["stakeholdersByRegion"]
    ] == [
        ("64.01", 5),
        ("64.02", 8),
        ("64.03", 1),
        ("64.07", 2),
        ("64.08", 4),
        ("64.09", 2),
        ("64.11", 1),
        ("64.71", 4),
        ("64.72", 10),
        ("64.74", 5),
    ]
    paser = {
        row["region"]["code"]: row["stakeholders"]
        for row in districts["dashboard"]["stakeholdersByRegion"]
        if row["stakeholders"]
    }
    # KIM Kabupaten Paser is registered at the regency itself: it is in no district.
    assert paser == {"64.01.02": 1, "64.01.03": 1, "64.01.04": 1, "64.01.06": 1}
    assert len(districts["dashboard"]["stakeholdersByRegion"]) == 10
    assert regencies_sql == 3  # the root, its regencies and cities, one GROUP BY


async def test_articles_per_month_in_office_time_with_empty_months(gql: GraphQLClient) -> None:
    query = """query($months: Int!, $until: Date) { dashboard {
        articlesPerMonth(months: $months, until: $until) { month count } } }"""

    year = await gql.data(query, {"months": 12, "until": "2026-10-31"})
    year_sql = gql.last_sql_count
    quiet = await gql.data(query, {"months": 3, "until": "2018-12-01"})

    assert year["dashboard"]["articlesPerMonth"] == [
        {"month": "2025-11-01", "count": 5},
        {"month": "2025-12-01", "count": 1},
        {"month": "2026-01-01", "count": 1},
        {"month": "2026-02-01", "count": 1},
        {"month": "2026-03-01", "count": 2},
        {"month": "2026-04-01", "count": 1},
        {"month": "2026-05-01", "count": 1},
        {"month": "2026-06-01", "count": 5},
        {"month": "2026-07-01", "count": 2},
        {"month": "2026-08-01", "count": 2},
        {"month": "2026-09-01", "count": 1},
        {"month": "2026-10-01", "count": 1},
    ]
    assert year_sql == 1
    assert quiet["dashboard"]["articlesPerMonth"] == [
        {"month": "2018-10-01", "count": 0},
        {"month": "2018-11-01", "count": 0},
        {"month": "2018-12-01", "count": 0},
    ]


async def test_month_counts_are_checked(gql: GraphQLClient) -> None:
    body = await gql.post("{ dashboard { articlesPerMonth(months: 37) { count } } }")

    assert [(e["message"], e["extensions"]) for e in body["errors"]] == [
        (
            "`months` must be between 1 and 36, got 37.",
            {"code": "BAD_USER_INPUT", "field": "months"},
        )
    ]
