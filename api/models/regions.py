from __future__ import annotations

from tortoise import fields

from api.models.base import Record
from api.models.enums import RegionLevel


class Region(Record):
    """A Kemendagri administrative area; its dotted code is the key partner systems share."""

    code = fields.CharField(max_length=20, unique=True)
    name = fields.CharField(max_length=200, db_index=True)
    level = fields.CharEnumField(RegionLevel, max_length=20, db_index=True)
    parent: fields.ForeignKeyNullableRelation[Region] = fields.ForeignKeyField(
        "models.Region",
        related_name="children",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )

    children: fields.ReverseRelation[Region]

    class Meta:
        table = "regions"
        ordering = ["code"]
