from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields

from api.models.base import Record, SoftDeletable
from api.models.enums import RegulationKind, RegulationStatus

if TYPE_CHECKING:
    from api.models.stakeholders import Stakeholder


class Regulation(SoftDeletable):
    """A legal instrument (UU, Permen, Perda, SK, ...) identified by kind, number and year."""

    kind = fields.CharEnumField(RegulationKind, max_length=20, db_index=True)
    number = fields.CharField(max_length=100)
    year = fields.IntField(db_index=True)
    title = fields.CharField(max_length=500, db_index=True)
    slug = fields.CharField(max_length=200, unique=True)
    issuer: fields.ForeignKeyNullableRelation[Stakeholder] = fields.ForeignKeyField(
        "models.Stakeholder",
        related_name="issued_regulations",
        null=True,
        on_delete=fields.SET_NULL,
        db_index=True,
    )
    enacted_on = fields.DateField(null=True, db_index=True)
    status = fields.CharEnumField(
        RegulationStatus, max_length=20, default=RegulationStatus.IN_FORCE, db_index=True
    )
    replaced_by: fields.ForeignKeyNullableRelation[Regulation] = fields.ForeignKeyField(
        "models.Regulation",
        related_name="replaces",
        null=True,
        on_delete=fields.SET_NULL,
        db_index=True,
    )
    url = fields.CharField(max_length=1000, null=True)

    class Meta:
        table = "regulations"
        ordering = ["-year", "number"]


class Affair(Record):
    """A public-information affair (urusan) defined by a regulation."""

    regulation: fields.ForeignKeyRelation[Regulation] = fields.ForeignKeyField(
        "models.Regulation", related_name="affairs", on_delete=fields.CASCADE, db_index=True
    )
    name = fields.CharField(max_length=300)
    position = fields.IntField(default=0)
    description = fields.TextField(default="")

    class Meta:
        table = "affairs"
        ordering = ["position"]
