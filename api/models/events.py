from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields

from api.models.base import Record, SoftDeletable
from api.models.enums import DatePrecision, EventKind, EventStatus, ParticipationRole, SpeakerMode

if TYPE_CHECKING:
    from api.models.articles import Article
    from api.models.people import Person
    from api.models.regions import Region
    from api.models.stakeholders import Stakeholder


class Event(SoftDeletable):
    """Something held with stakeholders; its date may be known only approximately."""

    title = fields.CharField(max_length=300, db_index=True)
    slug = fields.CharField(max_length=300, unique=True)
    kind = fields.CharEnumField(EventKind, max_length=20, db_index=True)
    starts_at = fields.DatetimeField(null=True, db_index=True)
    ends_at = fields.DatetimeField(null=True)
    date_precision = fields.CharEnumField(DatePrecision, max_length=20, default=DatePrecision.EXACT)
    venue = fields.CharField(max_length=300, default="")
    region: fields.ForeignKeyNullableRelation[Region] = fields.ForeignKeyField(
        "models.Region",
        related_name="events",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    status = fields.CharEnumField(
        EventStatus, max_length=20, default=EventStatus.PLANNED, db_index=True
    )
    description = fields.TextField(default="")

    class Meta:
        table = "events"
        ordering = ["-starts_at"]


class EventParticipation(Record):
    """A stakeholder organising or taking part in an event."""

    event: fields.ForeignKeyRelation[Event] = fields.ForeignKeyField(
        "models.Event", related_name="participations", on_delete=fields.CASCADE, db_index=True
    )
    stakeholder: fields.ForeignKeyRelation[Stakeholder] = fields.ForeignKeyField(
        "models.Stakeholder",
        related_name="participations",
        on_delete=fields.CASCADE,
        db_index=True,
    )
    role = fields.CharEnumField(ParticipationRole, max_length=20, db_index=True)

    class Meta:
        table = "event_participations"
        unique_together = (("event", "stakeholder", "role"),)
        ordering = ["created_at"]


class EventSpeaker(Record):
    """A person speaking at an event, in person, online or by recorded video."""

    event: fields.ForeignKeyRelation[Event] = fields.ForeignKeyField(
        "models.Event", related_name="speakers", on_delete=fields.CASCADE, db_index=True
    )
    person: fields.ForeignKeyRelation[Person] = fields.ForeignKeyField(
        "models.Person", related_name="speaking", on_delete=fields.CASCADE, db_index=True
    )
    mode = fields.CharEnumField(SpeakerMode, max_length=20, default=SpeakerMode.IN_PERSON)
    topic = fields.CharField(max_length=300, default="")

    class Meta:
        table = "event_speakers"
        unique_together = (("event", "person"),)
        ordering = ["created_at"]


class EventCoverage(Record):
    """An article reporting on an event."""

    event: fields.ForeignKeyRelation[Event] = fields.ForeignKeyField(
        "models.Event", related_name="coverage", on_delete=fields.CASCADE, db_index=True
    )
    article: fields.ForeignKeyRelation[Article] = fields.ForeignKeyField(
        "models.Article", related_name="coverage", on_delete=fields.CASCADE, db_index=True
    )

    class Meta:
        table = "event_coverage"
        unique_together = (("event", "article"),)
        ordering = ["created_at"]
