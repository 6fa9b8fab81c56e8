from __future__ import annotations

from typing import TYPE_CHECKING

from tortoise import fields
from tortoise.models import Model

from api.models.base import Record, SoftDeletable
from api.models.enums import ArticleCategory, ArticleStatus, MentionTarget

if TYPE_CHECKING:
    from api.models.events import Event
    from api.models.people import Person
    from api.models.regions import Region
    from api.models.regulations import Regulation
    from api.models.stakeholders import Stakeholder


class Article(SoftDeletable):
    """A news item; the body is sanitised HTML."""

    title = fields.CharField(max_length=300, db_index=True)
    slug = fields.CharField(max_length=300, unique=True)
    category = fields.CharEnumField(
        ArticleCategory, max_length=20, default=ArticleCategory.BERITA, db_index=True
    )
    dateline = fields.CharField(max_length=100, default="")
    dateline_region: fields.ForeignKeyNullableRelation[Region] = fields.ForeignKeyField(
        "models.Region",
        related_name="articles",
        null=True,
        on_delete=fields.RESTRICT,
        db_index=True,
    )
    author: fields.ForeignKeyNullableRelation[Person] = fields.ForeignKeyField(
        "models.Person",
        related_name="articles",
        null=True,
        on_delete=fields.SET_NULL,
        db_index=True,
    )
    editor_initials = fields.CharField(max_length=50, default="")
    summary = fields.TextField(default="")
    body = fields.TextField(default="")
    cover_image_url = fields.CharField(max_length=1000, null=True)
    language = fields.CharField(max_length=10, default="id")
    source_url = fields.CharField(max_length=1000, null=True)
    status = fields.CharEnumField(
        ArticleStatus, max_length=20, default=ArticleStatus.DRAFT, db_index=True
    )
    published_at = fields.DatetimeField(null=True, db_index=True)
    view_count = fields.IntField(default=0)

    class Meta:
        table = "articles"
        ordering = ["-published_at"]


class Tag(Record):
    name = fields.CharField(max_length=100)
    slug = fields.CharField(max_length=100, unique=True)

    class Meta:
        table = "tags"
        ordering = ["name"]


class ArticleTag(Model):
    id = fields.BigIntField(primary_key=True)
    article: fields.ForeignKeyRelation[Article] = fields.ForeignKeyField(
        "models.Article", related_name="article_tags", on_delete=fields.CASCADE, db_index=True
    )
    tag: fields.ForeignKeyRelation[Tag] = fields.ForeignKeyField(
        "models.Tag", related_name="article_tags", on_delete=fields.CASCADE, db_index=True
    )

    class Meta:
        table = "article_tags"
        unique_together = (("article", "tag"),)


class Mention(Record):
    """An article naming one entity; exactly one of the target columns is set."""

    article: fields.ForeignKeyRelation[Article] = fields.ForeignKeyField(
        "models.Article", related_name="mentions", on_delete=fields.CASCADE, db_index=True
    )
    target_type = fields.CharEnumField(MentionTarget, max_length=20, db_index=True)
    stakeholder: fields.ForeignKeyNullableRelation[Stakeholder] = fields.ForeignKeyField(
        "models.Stakeholder",
        related_name="mentions",
        null=True,
        on_delete=fields.CASCADE,
        db_index=True,
    )
    person: fields.ForeignKeyNullableRelation[Person] = fields.ForeignKeyField(
        "models.Person",
        related_name="mentions",
        null=True,
        on_delete=fields.CASCADE,
        db_index=True,
    )
    region: fields.ForeignKeyNullableRelation[Region] = fields.ForeignKeyField(
        "models.Region",
        related_name="mentions",
        null=True,
        on_delete=fields.CASCADE,
        db_index=True,
    )
    event: fields.ForeignKeyNullableRelation[Event] = fields.ForeignKeyField(
        "models.Event",
        related_name="mentions",
        null=True,
        on_delete=fields.CASCADE,
        db_index=True,
    )
    regulation: fields.ForeignKeyNullableRelation[Regulation] = fields.ForeignKeyField(
        "models.Regulation",
        related_name="mentions",
        null=True,
        on_delete=fields.CASCADE,
        db_index=True,
    )
    evidence = fields.TextField(default="")
    span_start = fields.IntField(null=True)
    span_end = fields.IntField(null=True)
    confirmed = fields.BooleanField(default=False)

    class Meta:
        table = "mentions"
        ordering = ["created_at"]
        unique_together = (
            ("article", "stakeholder"),
            ("article", "person"),
            ("article", "region"),
            ("article", "event"),
            ("article", "regulation"),
        )


class Quote(Record):
    """A passage of an article quoting a person."""

    article: fields.ForeignKeyRelation[Article] = fields.ForeignKeyField(
        "models.Article", related_name="quotes", on_delete=fields.CASCADE, db_index=True
    )
    person: fields.ForeignKeyRelation[Person] = fields.ForeignKeyField(
        "models.Person", related_name="quotes", on_delete=fields.CASCADE, db_index=True
    )
    text = fields.TextField()
    position = fields.IntField(default=0)

    class Meta:
        table = "quotes"
        ordering = ["position"]
