from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from api import models
from schema.articles.inputs import (
    ARTICLE_SORT,
    MENTION_SORT,
    ArticleFilter,
    MentionFilter,
)
from schema.context import Info
from schema.dashboard.activity import activity_field
from schema.enums import RelationKind, StakeholderCategory, StakeholderStatus
from schema.lists import list_field, ref_field
from schema.loaders import Parent
from schema.node import Record
from schema.people.types import PERSONAL, ContactDetails, contact_details
from schema.regulations.inputs import REGULATION_SORT, RegulationFilter
from schema.stakeholders.inputs import (
    MEMBERSHIP_SORT,
    PARTICIPATION_SORT,
    RELATION_SORT,
    MembershipFilter,
    ParticipationFilter,
    RelationFilter,
)

if TYPE_CHECKING:
    from schema.articles.types import Article, Mention
    from schema.events.types import Event, EventParticipation
    from schema.people.types import Person
    from schema.regions.types import Region
    from schema.regulations.types import Regulation

L = strawberry.lazy
RegionRef = Annotated["Region", L("schema.regions.types")]
RegulationRef = Annotated["Regulation", L("schema.regulations.types")]
StakeholderRef = Annotated["Stakeholder", L("schema.stakeholders.types")]
PersonRef = Annotated["Person", L("schema.people.types")]


@strawberry.type(description="A channel through which a stakeholder publishes.")
class MediaChannel:
    kind: str = strawberry.field(description="website, instagram, facebook, radio, bulletin, ...")
    value: str = strawberry.field(description="Address, handle or frequency, as published.")


@strawberry.type(description="An organisation or group in the registry.")
class Stakeholder(Record):
    model = models.Stakeholder

    name: str = strawberry.field(description="Official name.")
    slug: str = strawberry.field(description="Stable, URL-safe key.")
    aliases: list[str] = strawberry.field(description="Other names it is known by.")
    category: StakeholderCategory = strawberry.field(description="Kind of stakeholder.")
    status: StakeholderStatus = strawberry.field(description="Active, dormant or dissolved.")
    founded_on: dt.date | None = strawberry.field(description="Founding date.")
    legal_basis: str | None = strawberry.field(description="Founding decree as cited.")
    classification: str | None = strawberry.field(description="Free classification.")
    description: str = strawberry.field(description="What it does.")
    potentials: list[str] = strawberry.field(description="Local potentials it promotes.")
    member_count: int | None = strawberry.field(description="Number of members, if known.")
    region = ref_field(models.Region, "region_id", RegionRef, "Where it is registered.")
    legal_basis_regulation = ref_field(
        models.Regulation,
        "legal_basis_regulation_id",
        RegulationRef,
        "The regulation (SK) it is founded on, when recorded.",
    )

    @strawberry.field(description="Website, social accounts, radio, bulletin.")
    def media_channels(self) -> list[MediaChannel]:
        channels: list[dict[str, str]] = self.media_channels
        return [MediaChannel(kind=c.get("kind", ""), value=c.get("value", "")) for c in channels]

    @strawberry.field(description="How to reach the group." + PERSONAL)
    def contact(self, info: Info) -> ContactDetails | None:
        stored: dict[str, Any] | None = self.contact
        return contact_details(info, stored)

    members = list_field(
        Annotated["Membership", L("schema.stakeholders.types")],
        models.Membership,
        filter_type=MembershipFilter,
        sort=MEMBERSHIP_SORT,
        parent=Parent("stakeholder_id"),
        description="People in it, with roles and dates.",
    )
    outgoing_relations = list_field(
        Annotated["Relation", L("schema.stakeholders.types")],
        models.Relation,
        filter_type=RelationFilter,
        sort=RELATION_SORT,
        parent=Parent("source_id"),
        description="Relations from this stakeholder to others.",
    )
    incoming_relations = list_field(
        Annotated["Relation", L("schema.stakeholders.types")],
        models.Relation,
        filter_type=RelationFilter,
        sort=RELATION_SORT,
        parent=Parent("target_id"),
        description="Relations from others to this stakeholder.",
    )
    mentions = list_field(
        Annotated["Mention", L("schema.articles.types")],
        models.Mention,
        filter_type=MentionFilter,
        sort=MENTION_SORT,
        parent=Parent("stakeholder_id"),
        description="Where articles mention it.",
    )
    articles = list_field(
        Annotated["Article", L("schema.articles.types")],
        models.Article,
        filter_type=ArticleFilter,
        sort=ARTICLE_SORT,
        parent=Parent("stakeholder_id", via="mentions", via_table="mentions"),
        description="Articles that mention it, latest first.",
    )
    events = list_field(
        Annotated["EventParticipation", L("schema.events.types")],
        models.EventParticipation,
        filter_type=ParticipationFilter,
        sort=PARTICIPATION_SORT,
        parent=Parent("stakeholder_id"),
        description="Events it organised or took part in, with its role.",
    )
    activity = activity_field()
    issued_regulations = list_field(
        Annotated["Regulation", L("schema.regulations.types")],
        models.Regulation,
        filter_type=RegulationFilter,
        sort=REGULATION_SORT,
        parent=Parent("issuer_id"),
        description="Regulations it issued.",
    )


@strawberry.type(description="A person's role in a stakeholder.")
class Membership(Record):
    model = models.Membership

    role: str = strawberry.field(description="ketua, sekretaris, anggota, kepala dinas, ...")
    started_on: dt.date | None = strawberry.field(description="From.")
    ended_on: dt.date | None = strawberry.field(description="Until (inclusive).")
    person = ref_field(models.Person, "person_id", PersonRef, "The member.")
    stakeholder = ref_field(models.Stakeholder, "stakeholder_id", StakeholderRef, "The group.")
    source_regulation = ref_field(
        models.Regulation, "source_regulation_id", RegulationRef, "The SK that appointed them."
    )

    @strawberry.field(description="Whether it is in force on `on` (default: today).")
    def is_active(self, on: dt.date | None = None) -> bool:
        day = on or dt.date.today()
        started: dt.date | None = self.started_on
        ended: dt.date | None = self.ended_on
        return (started is None or started <= day) and (ended is None or ended >= day)


@strawberry.type(description="An article or event documenting a relation.")
class RelationEvidence(Record):
    model = models.RelationEvidence

    article = ref_field(
        models.Article,
        "article_id",
        Annotated["Article", L("schema.articles.types")],
        "The article, if the evidence is one.",
    )
    event = ref_field(
        models.Event,
        "event_id",
        Annotated["Event", L("schema.events.types")],
        "The event, if the evidence is one.",
    )


@strawberry.type(description="A directed tie between two stakeholders.")
class Relation(Record):
    model = models.Relation

    kind: RelationKind = strawberry.field(description="Mentoring, partnership, funding, ...")
    started_on: dt.date | None = strawberry.field(description="From.")
    ended_on: dt.date | None = strawberry.field(description="Until (inclusive).")
    note: str = strawberry.field(description="Free note.")
    source = ref_field(models.Stakeholder, "source_id", StakeholderRef, "From.")
    target = ref_field(models.Stakeholder, "target_id", StakeholderRef, "To.")

    @strawberry.field(description="Articles and events documenting it.")
    async def evidence(self, info: Info) -> list[RelationEvidence]:
        loader = info.context.loaders.children(models.RelationEvidence, "relation_id")
        rows: list[RelationEvidence] = await loader.load(self.id)
        return rows
