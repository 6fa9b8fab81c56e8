"""Coverage by region: what a region and each region of a tier below it hold.

Every number is counted over the region's subtree. A coverage report costs a fixed number of
statements (the root, its regions, one GROUP BY for stakeholders, two for articles, one for
events), each run only when a field needing it is asked for, and shared by every region.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import strawberry

from api import models
from api.models import RegionLevel, StakeholderCategory, StakeholderStatus
from api.services import coverage
from schema.context import Context, Info
from schema.dashboard import scope
from schema.errors import InputError
from schema.inputs import REGION_CODE
from schema.visibility import visible

if TYPE_CHECKING:
    from schema.regions.types import Region

RegionRef = Annotated["Region", strawberry.lazy("schema.regions.types")]
T = TypeVar("T")


@strawberry.type(description="How many stakeholders of one category.")
class CategoryCount:
    category: StakeholderCategory = strawberry.field(description="The category.")
    count: int = strawberry.field(description="How many.")


@strawberry.type(description="How many stakeholders with one status.")
class StatusCount:
    status: StakeholderStatus = strawberry.field(description="The status.")
    count: int = strawberry.field(description="How many.")


def by_category(counts: Counter[tuple[str, str]]) -> list[CategoryCount]:
    """Every category, in the vocabulary's order, zeros included."""
    per = Counter[str]()
    for (category, _), n in counts.items():
        per[category] += n
    return [CategoryCount(category=c, count=per[c.value]) for c in StakeholderCategory]


def by_status(counts: Counter[tuple[str, str]]) -> list[StatusCount]:
    per = Counter[str]()
    for (_, status), n in counts.items():
        per[status] += n
    return [StatusCount(status=s, count=per[s.value]) for s in StakeholderStatus]


ACTIVE_KIM = (StakeholderCategory.KIM.value, StakeholderStatus.ACTIVE.value)


@dataclass(frozen=True, slots=True)
class Report:
    """One coverage question: a root region's code and the code length of the tier asked."""

    context: Context
    root: str
    length: int
    levels: tuple[RegionLevel, ...]

    async def _once(self, name: str, compute: Callable[[], Awaitable[T]]) -> T:
        async def load(keys: list[Any]) -> list[Any]:
            return [await compute() for _ in keys]

        key = ("coverage", name, self.root, self.length, self.levels)
        result: T = await self.context.loaders.keyed(key, load).load(None)
        return result

    async def regions(self) -> list[models.Region]:
        async def compute() -> list[models.Region]:
            return await models.Region.filter(
                code__startswith=f"{self.root}.", level__in=self.levels
            ).order_by("code")

        return await self._once("regions", compute)

    async def stakeholders(self) -> dict[str, Counter[tuple[str, str]]]:
        rows = visible(models.Stakeholder, self.context.viewer)
        return await self._once(
            "stakeholders", lambda: coverage.stakeholder_tally(rows, self.root, self.length)
        )

    async def articles(self) -> dict[str, set[Any]]:
        viewer = self.context.viewer
        articles = scope.published_articles(viewer)
        mentions = scope.published_mentions(viewer).filter(region_id__not_isnull=True)
        return await self._once(
            "articles", lambda: coverage.article_sets(articles, mentions, self.root, self.length)
        )

    async def events(self) -> Counter[str]:
        rows = scope.events(self.context.viewer)
        return await self._once(
            "events", lambda: coverage.event_tally(rows, self.root, self.length)
        )


@strawberry.type(description="What a region holds, counted over all its sub-regions.")
class RegionTally:
    region: RegionRef = strawberry.field(description="The region.")
    report: strawberry.Private[Report]
    # None for the root: everything under it, including rows registered above the tier.
    area: strawberry.Private[str | None]

    async def _stakeholders(self) -> Counter[tuple[str, str]]:
        tally = await self.report.stakeholders()
        if self.area is not None:
            return tally.get(self.area, Counter())
        return sum(tally.values(), Counter())

    @strawberry.field(description="Stakeholders registered in it.")
    async def stakeholders(self) -> int:
        return (await self._stakeholders()).total()

    @strawberry.field(description="Stakeholders per category, every category listed.")
    async def stakeholders_by_category(self) -> list[CategoryCount]:
        return by_category(await self._stakeholders())

    @strawberry.field(description="Stakeholders per status, every status listed.")
    async def stakeholders_by_status(self) -> list[StatusCount]:
        return by_status(await self._stakeholders())

    @strawberry.field(description="Active KIM (Komunitas Informasi Masyarakat) in it.")
    async def active_kim(self) -> int:
        return (await self._stakeholders())[ACTIVE_KIM]

    @strawberry.field(
        description="Published articles datelined in it or mentioning a region in it (each "
        "article once)."
    )
    async def articles(self) -> int:
        sets = await self.report.articles()
        if self.area is not None:
            return len(sets.get(self.area, ()))
        return len(set().union(*sets.values()))

    @strawberry.field(description="Events held in it, except cancelled ones.")
    async def events(self) -> int:
        tally = await self.report.events()
        return tally[self.area] if self.area is not None else tally.total()


async def tallies(report: Report) -> list[RegionTally]:
    return [
        RegionTally(region=region, report=report, area=region.code)  # type: ignore[arg-type]  # a Region row
        for region in await report.regions()
    ]


@strawberry.type(description="A region and each region of a tier below it, with their counts.")
class Coverage:
    region: RegionRef = strawberry.field(description="The region asked about.")
    level: RegionLevel = strawberry.field(
        description="The tier of `regions` (REGENCY and CITY are one tier)."
    )
    report: strawberry.Private[Report]

    @strawberry.field(description="Counts for the whole region.")
    def total(self) -> RegionTally:
        return RegionTally(region=self.region, report=self.report, area=None)

    @strawberry.field(description="Counts for each region of the tier inside it, by code.")
    async def regions(self) -> list[RegionTally]:
        return await tallies(self.report)

    @strawberry.field(description="Regions of the tier without an active KIM, by code.")
    async def regions_without_active_kim(self) -> list[RegionRef]:
        tally = await self.report.stakeholders()
        return [
            region  # type: ignore[misc]  # Region rows
            for region in await self.report.regions()
            if not tally.get(region.code, Counter())[ACTIVE_KIM]
        ]


async def coverage_of(info: Info, code: str, level: RegionLevel | None) -> Coverage:
    if not REGION_CODE.match(code):
        raise InputError(
            f"Invalid region code {code!r}: expected a Kemendagri code such as 64 or 64.01.",
            field="region",
        )
    root: models.Region | None = await info.context.loaders.get(models.Region, code, "code")
    if root is None:
        raise InputError(f"Unknown region code {code!r}.", field="region")
    below = coverage.tier_below(root.level)
    if below is None:
        raise InputError(f"Region {code} is a village: it has no regions inside.", field="region")
    level = level or below
    if coverage.CODE_LENGTH[level] <= coverage.CODE_LENGTH[root.level]:
        raise InputError(
            f"`level` must lie below {root.level.value} {code}: {below.value} or lower, "
            f"not {level.value}.",
            field="level",
        )
    report = Report(info.context, code, coverage.CODE_LENGTH[level], coverage.tier(level))
    return Coverage(region=root, level=level, report=report)  # type: ignore[arg-type]  # a Region row
