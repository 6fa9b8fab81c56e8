from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields

from api.models.base import SoftDeletable

if TYPE_CHECKING:
    from api.models.regions import Region


class Person(SoftDeletable):
    """A person; honorifics and degrees are kept apart from the name."""

    full_name = fields.CharField(max_length=255, db_index=True)
    slug = fields.CharField(max_length=255, unique=True)
    honorific_prefix = fields.CharField(max_length=100, default="")
    honorific_suffix = fields.CharField(max_length=100, default="")
    position = fields.CharField(max_length=255, default="")
    is_public_figure = fields.BooleanField(default=False, db_index=True)
    region: fields.ForeignKeyNullableRelation[Region] = fields.ForeignKeyField(
        "models.Region",
        related_name="people",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    # Personal data (UU 27/2022) and the recorded legal basis for holding it.
    contact: fields.Field[dict[str, str] | None] = fields.JSONField(null=True)
    data_legal_basis = fields.CharField(max_length=500, default="")
    erased_at = fields.DatetimeField(null=True)

    class Meta:
        table = "people"
        ordering = ["full_name"]
