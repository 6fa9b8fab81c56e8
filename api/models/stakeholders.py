from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields

from api.models.base import SoftDeletable
from api.models.enums import RelationKind, StakeholderCategory, StakeholderStatus

if TYPE_CHECKING:
    from api.models.articles import Article
    from api.models.events import Event
    from api.models.people import Person
    from api.models.regions import Region
    from api.models.regulations import Regulation


class Stakeholder(SoftDeletable):
    """An organisation or group in the registry (KIM, media group, agency, ...)."""

    name = fields.CharField(max_length=255, db_index=True)
    slug = fields.CharField(max_length=255, unique=True)
    aliases: fields.Field[list[str]] = fields.JSONField(default=list)
    category = fields.CharEnumField(StakeholderCategory, max_length=30, db_index=True)
    region: fields.ForeignKeyNullableRelation[Region] = fields.ForeignKeyField(
        "models.Region",
        related_name="stakeholders",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    status = fields.CharEnumField(
        StakeholderStatus, max_length=20, default=StakeholderStatus.ACTIVE, db_index=True
    )
    founded_on = fields.DateField(null=True, db_index=True)
    legal_basis = fields.CharField(max_length=500, null=True)
    # Regulations name their issuing stakeholder; a foreign key back would make the two tables
    # a cycle the schema generator refuses, so this reference is a plain indexed column that
    # the write path checks.
    legal_basis_regulation_id = fields.UUIDField(null=True, db_index=True)
    classification = fields.CharField(max_length=100, null=True)
    description = fields.TextField(default="")
    media_channels: fields.Field[list[dict[str, str]]] = fields.JSONField(default=list)
    potentials: fields.Field[list[str]] = fields.JSONField(default=list)
    member_count = fields.IntField(null=True)
    # Personal data (UU 27/2022): never exposed to anonymous callers or partner keys.
    contact: fields.Field[dict[str, str] | None] = fields.JSONField(null=True)

    class Meta:
        table = "stakeholders"
        ordering = ["name"]


class Membership(SoftDeletable):
    """A person's role in a stakeholder, with dates and the SK that appointed them."""

    person: fields.ForeignKeyRelation[Person] = fields.ForeignKeyField(
        "models.Person", related_name="memberships", on_delete=fields.CASCADE, db_index=True
    )
    stakeholder: fields.ForeignKeyRelation[Stakeholder] = fields.ForeignKeyField(
        "models.Stakeholder",
        related_name="memberships",
        on_delete=fields.CASCADE,
        db_index=True,
    )
    role = fields.CharField(max_length=100, db_index=True)
    started_on = fields.DateField(null=True)
    ended_on = fields.DateField(null=True)
    source_regulation: fields.ForeignKeyNullableRelation[Regulation] = fields.ForeignKeyField(
        "models.Regulation",
        related_name="memberships",
        null=True,
        on_delete=fields.SET_NULL,
        db_index=True,
    )

    class Meta:
        table = "memberships"
        ordering = ["started_on"]


class Relation(SoftDeletable):
    """A directed tie between two stakeholders (mentoring, partnership, funding, ...)."""

    source: fields.ForeignKeyRelation[Stakeholder] = fields.ForeignKeyField(
        "models.Stakeholder",
        related_name="outgoing_relations",
        on_delete=fields.CASCADE,
        db_index=True,
    )
    target: fields.ForeignKeyRelation[Stakeholder] = fields.ForeignKeyField(
        "models.Stakeholder",
        related_name="incoming_relations",
        on_delete=fields.CASCADE,
        db_index=True,
    )
    kind = fields.CharEnumField(RelationKind, max_length=20, db_index=True)
    started_on = fields.DateField(null=True)
    ended_on = fields.DateField(null=True)
    note = fields.TextField(default="")

    class Meta:
        table = "relations"
        ordering = ["created_at"]


class RelationEvidence(SoftDeletable):
    """An article or event that documents a relation."""

    relation: fields.ForeignKeyRelation[Relation] = fields.ForeignKeyField(
        "models.Relation", related_name="evidence", on_delete=fields.CASCADE, db_index=True
    )
    article: fields.ForeignKeyNullableRelation[Article] = fields.ForeignKeyField(
        "models.Article",
        related_name="relation_evidence",
        null=True,
        on_delete=fields.CASCADE,
        db_index=True,
    )
    event: fields.ForeignKeyNullableRelation[Event] = fields.ForeignKeyField(
        "models.Event",
        related_name="relation_evidence",
        null=True,
        on_delete=fields.CASCADE,
        db_index=True,
    )

    class Meta:
        table = "relation_evidence"
        ordering = ["created_at"]
