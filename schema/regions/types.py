from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import strawberry

from api import models
from schema.articles.inputs import ARTICLE_SORT, MENTION_SORT, ArticleFilter, MentionFilter
from schema.context import Info
from schema.enums import RegionLevel
from schema.events.inputs import EVENT_SORT, EventFilter
from schema.lists import list_field, ref_field
from schema.loaders import Parent
from schema.node import Record
from schema.people.inputs import PERSON_SORT, PersonFilter
from schema.regions.inputs import REGION_SORT, RegionFilter
from schema.stakeholders.inputs import STAKEHOLDER_SORT, StakeholderFilter

if TYPE_CHECKING:
    from schema.articles.types import Article, Mention
    from schema.events.types import Event
    from schema.people.types import Person
    from schema.stakeholders.types import Stakeholder

L = strawberry.lazy


@strawberry.type(description="A Kemendagri administrative area: province, regency, district...")
class Region(Record):
    model = models.Region

    code: str = strawberry.field(description="Kemendagri code, e.g. 64.01.04.")
    name: str = strawberry.field(description="Official name, e.g. Kabupaten Paser.")
    level: RegionLevel = strawberry.field(description="Administrative level.")
    parent = ref_field(
        models.Region,
        "parent_id",
        Annotated["Region", L("schema.regions.types")],
        "The region this one lies in.",
    )

    @strawberry.field(description="Every enclosing region, from the province down.")
    async def ancestors(self, info: Info) -> list[Region]:
        code: str = self.code
        parts = code.split(".")
        codes = [".".join(parts[:i]) for i in range(1, len(parts))]
        found = await info.context.loaders.by_key(models.Region, "code").load_many(codes)
        return [region for region in found if region is not None]

    children = list_field(
        Annotated["Region", L("schema.regions.types")],
        models.Region,
        filter_type=RegionFilter,
        sort=REGION_SORT,
        parent=Parent("parent_id"),
        description="Regions directly inside this one.",
    )
    stakeholders = list_field(
        Annotated["Stakeholder", L("schema.stakeholders.types")],
        models.Stakeholder,
        filter_type=StakeholderFilter,
        sort=STAKEHOLDER_SORT,
        parent=Parent("region_id"),
        description="Stakeholders registered in this region (use the `region` filter of "
        "`stakeholders` to include sub-regions).",
    )
    people = list_field(
        Annotated["Person", L("schema.people.types")],
        models.Person,
        filter_type=PersonFilter,
        sort=PERSON_SORT,
        parent=Parent("region_id"),
        description="People based in this region.",
    )
    events = list_field(
        Annotated["Event", L("schema.events.types")],
        models.Event,
        filter_type=EventFilter,
        sort=EVENT_SORT,
        parent=Parent("region_id"),
        description="Events held in this region.",
    )
    articles = list_field(
        Annotated["Article", L("schema.articles.types")],
        models.Article,
        filter_type=ArticleFilter,
        sort=ARTICLE_SORT,
        parent=Parent("dateline_region_id"),
        description="Articles datelined in this region.",
    )
    mentions = list_field(
        Annotated["Mention", L("schema.articles.types")],
        models.Mention,
        filter_type=MentionFilter,
        sort=MENTION_SORT,
        parent=Parent("region_id"),
        description="Articles' mentions of this region.",
    )
