"""Columns every record shares: a public UUID, timestamps and an optimistic-lock version."""

from uuid import uuid4

from tortoise import fields
from tortoise.models import Model


class Record(Model):
    id = fields.UUIDField(primary_key=True, default=uuid4)
    created_at = fields.DatetimeField(auto_now_add=True)
    updated_at = fields.DatetimeField(auto_now=True)
    version = fields.IntField(default=1)

    class Meta:
        abstract = True


class SoftDeletable(Record):
    deleted_at = fields.DatetimeField(null=True, db_index=True)

    class Meta:
        abstract = True
