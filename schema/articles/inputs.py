from __future__ import annotations

import datetime as dt
from typing import Any

import strawberry
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from api import models
from schema.context import Context
from schema.enums import ArticleCategory, ArticleStatus, MentionTarget
from schema.inputs import (
    DateTimeRange,
    one_of,
    region_subtree,
    sorting,
    text_search,
)
from schema.lookups import key_text


def _status_condition(statuses: list[models.ArticleStatus]) -> Q:
    now = dt.datetime.now(dt.UTC)
    scheduled = models.ArticleStatus.SCHEDULED
    condition = Q(status__in=[s for s in statuses if s is not scheduled])
    if models.ArticleStatus.PUBLISHED in statuses:
        condition |= Q(status=scheduled, published_at__lte=now)
    if scheduled in statuses:
        condition |= Q(status=scheduled, published_at__gt=now)
    return condition


@strawberry.input(description="Conditions on articles; all given ones must hold.")
class ArticleFilter:
    search: str | None = strawberry.field(default=None, description="Title contains.")
    category: list[ArticleCategory] | None = strawberry.field(default=None, description="Any of.")
    status: list[ArticleStatus] | None = strawberry.field(
        default=None,
        description="Any of; PUBLISHED includes scheduled articles whose time has come "
        "(anonymous callers and partner keys see only those).",
    )
    region: str | None = strawberry.field(
        default=None, description="Dateline region code; sub-regions included."
    )
    published: DateTimeRange | None = strawberry.field(
        default=None, description="Publication time."
    )
    tag: str | None = strawberry.field(default=None, description="Has the tag with this slug.")
    language: str | None = strawberry.field(default=None, description="Language code, e.g. id.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        qs = text_search(qs, self.search, "title")
        qs = one_of(qs, "category", self.category)
        if self.status is not None:
            qs = qs.filter(_status_condition(self.status))
        if self.region is not None:
            qs = await region_subtree(qs, self.region, ctx, path="dateline_region")
        if self.published is not None:
            qs = self.published.apply(qs, "published_at", "published")
        if self.tag is not None:
            qs = qs.filter(article_tags__tag__slug=key_text(models.Tag, "slug", self.tag, "tag"))
        if self.language is not None:
            qs = qs.filter(language=key_text(models.Article, "language", self.language, "language"))
        return qs


ARTICLE_SORT = sorting(
    "Article",
    "articles",
    {
        "PUBLISHED_AT": "published_at",
        "TITLE": "title",
        "VIEW_COUNT": "view_count",
        "CREATED_AT": "created_at",
        "UPDATED_AT": "updated_at",
    },
    default="PUBLISHED_AT",
    descending=True,
    nullable={"published_at"},
)


@strawberry.input(description="Conditions on mentions.")
class MentionFilter:
    target_type: list[MentionTarget] | None = strawberry.field(
        default=None, description="Any of these target kinds."
    )
    confirmed: bool | None = strawberry.field(default=None, description="Confirmed by an editor.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        qs = one_of(qs, "target_type", self.target_type)
        if self.confirmed is not None:
            qs = qs.filter(confirmed=self.confirmed)
        return qs


MENTION_SORT = sorting("Mention", "mentions", {"CREATED_AT": "created_at"}, default="CREATED_AT")


@strawberry.input(description="Conditions on quotes.")
class QuoteFilter:
    search: str | None = strawberry.field(default=None, description="Quoted text contains.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        return text_search(qs, self.search, "text")


QUOTE_SORT = sorting(
    "Quote", "quotes", {"POSITION": "position", "CREATED_AT": "created_at"}, default="POSITION"
)


@strawberry.input(description="Conditions on tags.")
class TagFilter:
    search: str | None = strawberry.field(default=None, description="Name contains.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        return text_search(qs, self.search, "name")


TAG_SORT = sorting("Tag", "tags", {"NAME": "name"}, default="NAME")
