from __future__ import annotations

from typing import Any

from tortoise import fields
from tortoise.models import Model

from api.models.accounts import ApiKey


class PersistedQuery(Model):
    """A query document known by its SHA-256 (automatic persisted queries, allow-lists)."""

    sha256 = fields.CharField(max_length=64, primary_key=True)
    query = fields.TextField()
    operation_name = fields.CharField(max_length=200, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    # Unused documents are pruned (schema/persisted.py); touched at most once a day.
    last_used_at = fields.DatetimeField(null=True, db_index=True)
    # The key that registered it, for its quota; NULL for staff and older documents. A plain
    # column: SQLite cannot add a foreign key to an existing table.
    api_key_id = fields.UUIDField(null=True, db_index=True)

    class Meta:
        table = "persisted_queries"


class ApiKeyOperation(Model):
    """An operation a key in allow-list mode may run."""

    id = fields.BigIntField(primary_key=True)
    api_key: fields.ForeignKeyRelation[ApiKey] = fields.ForeignKeyField(
        "models.ApiKey", related_name="operations", on_delete=fields.CASCADE, db_index=True
    )
    query: fields.ForeignKeyRelation[PersistedQuery] = fields.ForeignKeyField(
        "models.PersistedQuery",
        related_name="allowed_for",
        on_delete=fields.CASCADE,
        db_index=True,
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "api_key_operations"
        unique_together = (("api_key", "query"),)


class ApiKeyUsage(Model):
    """One key's use on one day: requests, errors, and the operations and fields it used."""

    id = fields.BigIntField(primary_key=True)
    api_key: fields.ForeignKeyRelation[ApiKey] = fields.ForeignKeyField(
        "models.ApiKey", related_name="usage", on_delete=fields.CASCADE, db_index=True
    )
    day = fields.DateField(db_index=True)
    requests = fields.IntField(default=0)
    errors = fields.IntField(default=0)
    refused = fields.IntField(default=0)
    # {"operation name": count}; {"Type.field": count}
    operations: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    fields_used: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    last_used_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_key_usage"
        unique_together = (("api_key", "day"),)
        ordering = ["-day"]
