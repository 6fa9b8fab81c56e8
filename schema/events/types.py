from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import strawberry

from api import models
from schema.articles.inputs import (
    ARTICLE_SORT,
    MENTION_SORT,
    ArticleFilter,
    MentionFilter,
)
from schema.enums import DatePrecision, EventKind, EventStatus, ParticipationRole, SpeakerMode
from schema.lists import list_field, ref_field
from schema.loaders import Parent
from schema.node import Record
from schema.people.inputs import SPEAKER_SORT, SpeakerFilter
from schema.stakeholders.inputs import (
    PARTICIPATION_SORT,
    STAKEHOLDER_SORT,
    ParticipationFilter,
    StakeholderFilter,
)

if TYPE_CHECKING:
    from schema.articles.types import Article, Mention
    from schema.people.types import Person
    from schema.regions.types import Region
    from schema.stakeholders.types import Stakeholder

L = strawberry.lazy
EventRef = Annotated["Event", L("schema.events.types")]
StakeholderRef = Annotated["Stakeholder", L("schema.stakeholders.types")]
_VIA_PARTICIPATIONS = Parent("event_id", via="participations", via_table="event_participations")


@strawberry.type(description="Something held with stakeholders: a socialisation, a training...")
class Event(Record):
    model = models.Event

    title: str = strawberry.field(description="Name of the event.")
    slug: str = strawberry.field(description="Stable, URL-safe key.")
    kind: EventKind = strawberry.field(description="sosialisasi, pelatihan, rapat, ...")
    starts_at: dt.datetime | None = strawberry.field(description="Start (see datePrecision).")
    ends_at: dt.datetime | None = strawberry.field(description="End.")
    date_precision: DatePrecision = strawberry.field(description="How exact the dates are.")
    venue: str = strawberry.field(description="Venue as printed.")
    status: EventStatus = strawberry.field(description="Planned, held or cancelled.")
    description: str = strawberry.field(description="What it was about.")
    region = ref_field(
        models.Region,
        "region_id",
        Annotated["Region", L("schema.regions.types")],
        "Where it was held.",
    )
    speakers = list_field(
        Annotated["EventSpeaker", L("schema.events.types")],
        models.EventSpeaker,
        filter_type=SpeakerFilter,
        sort=SPEAKER_SORT,
        parent=Parent("event_id"),
        description="Who spoke, and how (in person, online, video).",
    )
    participations = list_field(
        Annotated["EventParticipation", L("schema.events.types")],
        models.EventParticipation,
        filter_type=ParticipationFilter,
        sort=PARTICIPATION_SORT,
        parent=Parent("event_id"),
        description="Stakeholders involved, with their role.",
    )
    organisers = list_field(
        StakeholderRef,
        models.Stakeholder,
        filter_type=StakeholderFilter,
        sort=STAKEHOLDER_SORT,
        parent=_VIA_PARTICIPATIONS,
        where={"participations__role": models.ParticipationRole.ORGANISER},
        description="Stakeholders that organised it.",
    )
    participants = list_field(
        StakeholderRef,
        models.Stakeholder,
        filter_type=StakeholderFilter,
        sort=STAKEHOLDER_SORT,
        parent=_VIA_PARTICIPATIONS,
        where={"participations__role": models.ParticipationRole.PARTICIPANT},
        description="Stakeholders that took part.",
    )
    articles = list_field(
        Annotated["Article", L("schema.articles.types")],
        models.Article,
        filter_type=ArticleFilter,
        sort=ARTICLE_SORT,
        parent=Parent("event_id", via="coverage", via_table="event_coverage"),
        description="Articles that cover it.",
    )
    mentions = list_field(
        Annotated["Mention", L("schema.articles.types")],
        models.Mention,
        filter_type=MentionFilter,
        sort=MENTION_SORT,
        parent=Parent("event_id"),
        description="Where articles mention it.",
    )


@strawberry.type(description="A person speaking at an event.")
class EventSpeaker(Record):
    model = models.EventSpeaker

    mode: SpeakerMode = strawberry.field(description="In person, online or recorded video.")
    topic: str = strawberry.field(description="What they spoke about.")
    event = ref_field(models.Event, "event_id", EventRef, "The event.")
    person = ref_field(
        models.Person, "person_id", Annotated["Person", L("schema.people.types")], "The speaker."
    )


@strawberry.type(description="A stakeholder organising or taking part in an event.")
class EventParticipation(Record):
    model = models.EventParticipation

    role: ParticipationRole = strawberry.field(description="Organiser or participant.")
    event = ref_field(models.Event, "event_id", EventRef, "The event.")
    stakeholder = ref_field(models.Stakeholder, "stakeholder_id", StakeholderRef, "Who.")


@strawberry.type(description="An article reporting on an event.")
class EventCoverage(Record):
    model = models.EventCoverage

    event = ref_field(models.Event, "event_id", EventRef, "The event.")
    article = ref_field(
        models.Article,
        "article_id",
        Annotated["Article", L("schema.articles.types")],
        "The covering article.",
    )
