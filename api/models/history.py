from __future__ import annotations

from typing import Any
from uuid import uuid4

from tortoise import fields
from tortoise.models import Model

from api.models.accounts import ApiKey, User
from api.models.articles import Article
from api.models.enums import AuditAction


class AuditEntry(Model):
    """Who did what to which record, and the change. Nothing in the API edits or deletes it."""

    id = fields.BigIntField(primary_key=True)
    at = fields.DatetimeField(auto_now_add=True, db_index=True)
    actor_user: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="audit_entries",
        null=True,
        on_delete=fields.SET_NULL,
        db_index=True,
    )
    actor_key: fields.ForeignKeyNullableRelation[ApiKey] = fields.ForeignKeyField(
        "models.ApiKey",
        related_name="audit_entries",
        null=True,
        on_delete=fields.SET_NULL,
        db_index=True,
    )
    action = fields.CharEnumField(AuditAction, max_length=20, db_index=True)
    entity_type = fields.CharField(max_length=50, db_index=True)
    entity_id = fields.UUIDField(null=True, db_index=True)
    # {"field": {"before": ..., "after": ...}}; erasures record only which fields were erased.
    changes: fields.Field[dict[str, Any]] = fields.JSONField(default=dict)
    ip_address = fields.CharField(max_length=64, default="")

    class Meta:
        table = "audit_entries"
        ordering = ["-at", "-id"]


class DataVersion(Model):
    """One row counting committed writes: every writing transaction increments it, so a reader
    that sees the new value sees everything the write committed (api/graph/version.py)."""

    id = fields.IntField(primary_key=True)
    value = fields.BigIntField(default=0)

    class Meta:
        table = "data_version"


class ArticleRevision(Model):
    """A snapshot of an article after each update."""

    id = fields.UUIDField(primary_key=True, default=uuid4)
    article: fields.ForeignKeyRelation[Article] = fields.ForeignKeyField(
        "models.Article", related_name="revisions", on_delete=fields.CASCADE, db_index=True
    )
    number = fields.IntField()
    created_at = fields.DatetimeField(auto_now_add=True)
    author: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="revisions",
        null=True,
        on_delete=fields.SET_NULL,
        db_index=True,
    )
    snapshot: fields.Field[dict[str, Any]] = fields.JSONField()
    note = fields.CharField(max_length=300, default="")

    class Meta:
        table = "article_revisions"
        unique_together = (("article", "number"),)
        ordering = ["-number"]


class ArticleView(Model):
    """One reader's view of an article on one day, so repeated requests count once."""

    id = fields.BigIntField(primary_key=True)
    article: fields.ForeignKeyRelation[Article] = fields.ForeignKeyField(
        "models.Article", related_name="views", on_delete=fields.CASCADE, db_index=True
    )
    reader_hash = fields.CharField(max_length=64)
    day = fields.DateField()

    class Meta:
        table = "article_views"
        unique_together = (("article", "reader_hash", "day"),)
