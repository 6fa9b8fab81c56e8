"""Coverage of the region tree: what each region holds, counted over its sub-regions.

Kemendagri codes nest by prefix (64 > 64.01 > 64.01.04 > 64.01.04.2002), so the region a row
counts for at a tier is the first characters of its region's code. Each table is therefore
grouped once, in one statement, however many regions are asked about. A row registered above
the tier (a stakeholder of the province itself, asked per district) counts in the root's total
only.

Callers pass the rows that count (the schema applies the caller's visibility).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any
from uuid import UUID

from pypika_tortoise.functions import Substring
from pypika_tortoise.terms import LiteralValue
from tortoise.expressions import Function, Q
from tortoise.functions import Count
from tortoise.queryset import QuerySet

from api.models import Article, Event, Mention, RegionLevel, Stakeholder

# The length of a region code at each tier; regencies (kabupaten) and cities (kota) share one.
CODE_LENGTH = {
    RegionLevel.PROVINCE: 2,
    RegionLevel.REGENCY: 5,
    RegionLevel.CITY: 5,
    RegionLevel.DISTRICT: 8,
    RegionLevel.VILLAGE: 13,
}
TIERS = (
    (RegionLevel.PROVINCE,),
    (RegionLevel.REGENCY, RegionLevel.CITY),
    (RegionLevel.DISTRICT,),
    (RegionLevel.VILLAGE,),
)


def tier(level: RegionLevel) -> tuple[RegionLevel, ...]:
    """The levels sharing `level`'s place in the tree (a regency's tier holds cities too)."""
    return next(levels for levels in TIERS if level in levels)


def tier_below(level: RegionLevel) -> RegionLevel | None:
    index = next(i for i, levels in enumerate(TIERS) if level in levels)
    return TIERS[index + 1][0] if index + 1 < len(TIERS) else None


def in_subtree(path: str, code: str) -> Q:
    """Rows whose region (reached through `path`, e.g. `region__code`) lies in `code`."""
    return Q(**{path: code}) | Q(**{f"{path}__startswith": f"{code}."})


class _CodePrefix(Substring):
    def __init__(self, term: Any, length: int, alias: str | None = None) -> None:
        # Literals, not parameters: PostgreSQL cannot tell the types of SUBSTRING's parameters.
        super().__init__(term, LiteralValue("1"), LiteralValue(str(int(length))), alias=alias)


class CodePrefix(Function):
    """The first `length` characters of a region code: its ancestor at that tier."""

    database_func = _CodePrefix


async def _grouped(
    qs: QuerySet[Any], path: str, root: str, length: int, *columns: str, counted: str = "id"
) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = (
        await qs.filter(in_subtree(path, root))
        .annotate(area=CodePrefix(path, length), n=Count(counted, distinct=True))
        .group_by("area", *columns)
        .values("area", *columns, "n")
    )
    return rows


async def stakeholder_tally(
    stakeholders: QuerySet[Stakeholder], root: str, length: int
) -> dict[str, Counter[tuple[str, str]]]:
    """Per area code: stakeholders by (category, status)."""
    tally: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for row in await _grouped(stakeholders, "region__code", root, length, "category", "status"):
        tally[row["area"]][(str(row["category"]), str(row["status"]))] += int(row["n"])
    return tally


async def event_tally(events: QuerySet[Event], root: str, length: int) -> Counter[str]:
    """Per area code: events held there."""
    return Counter(
        {row["area"]: int(row["n"]) for row in await _grouped(events, "region__code", root, length)}
    )


async def article_sets(
    articles: QuerySet[Article], region_mentions: QuerySet[Mention], root: str, length: int
) -> dict[str, set[UUID]]:
    """Per area code: the articles datelined there or mentioning a region there.

    An article datelined in one district and mentioning another counts for both, once each.
    """
    found: dict[str, set[UUID]] = defaultdict(set)
    datelined = (
        articles.filter(in_subtree("dateline_region__code", root))
        .annotate(area=CodePrefix("dateline_region__code", length))
        .distinct()
        .values_list("area", "id")
    )
    mentioning = (
        region_mentions.filter(in_subtree("region__code", root))
        .annotate(area=CodePrefix("region__code", length))
        .distinct()
        .values_list("area", "article_id")
    )
    for qs in (datelined, mentioning):
        for area, article_id in await qs:
            found[area].add(article_id)
    return found
