from __future__ import annotations

from enum import Enum
from typing import Any, ClassVar

import strawberry
from tortoise.queryset import QuerySet

from schema.context import Context
from schema.enums import ArticleCategory, ArticleStatus, MentionTarget
from schema.inputs import (
    DateTimeRange,
    OrderDirection,
    OrderInput,
    one_of,
    region_subtree,
    text_search,
)
from schema.loaders import OrderTerm


@strawberry.input(description="Conditions on articles; all given ones must hold.")
class ArticleFilter:
    search: str | None = strawberry.field(default=None, description="Title contains.")
    category: list[ArticleCategory] | None = strawberry.field(default=None, description="Any of.")
    status: list[ArticleStatus] | None = strawberry.field(
        default=None, description="Any of (anonymous callers see published articles only)."
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
        qs = one_of(one_of(qs, "category", self.category), "status", self.status)
        if self.region is not None:
            qs = await region_subtree(qs, self.region, ctx, path="dateline_region")
        if self.published is not None:
            qs = self.published.apply(qs, "published_at", "published")
        if self.tag is not None:
            qs = qs.filter(article_tags__tag__slug=self.tag)
        if self.language is not None:
            qs = qs.filter(language=self.language)
        return qs


@strawberry.enum(description="Fields articles can be sorted by.")
class ArticleOrderField(Enum):
    PUBLISHED_AT = "published_at"
    TITLE = "title"
    VIEW_COUNT = "view_count"
    CREATED_AT = "created_at"
    UPDATED_AT = "updated_at"


@strawberry.input(description="Sort order of articles.")
class ArticleOrder(OrderInput):
    NULLABLE: ClassVar[frozenset[str]] = frozenset({"published_at"})
    field: ArticleOrderField = strawberry.field(
        default=ArticleOrderField.PUBLISHED_AT, description="What to sort by."
    )
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.DESC, description="Ascending or descending."
    )


ARTICLE_ORDER = [OrderTerm("published_at", descending=True, nullable=True)]


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


@strawberry.enum(description="Fields mentions can be sorted by.")
class MentionOrderField(Enum):
    CREATED_AT = "created_at"


@strawberry.input(description="Sort order of mentions.")
class MentionOrder(OrderInput):
    field: MentionOrderField = strawberry.field(
        default=MentionOrderField.CREATED_AT, description="What to sort by."
    )
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.ASC, description="Ascending or descending."
    )


MENTION_ORDER = [OrderTerm("created_at")]


@strawberry.input(description="Conditions on quotes.")
class QuoteFilter:
    search: str | None = strawberry.field(default=None, description="Quoted text contains.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        return text_search(qs, self.search, "text")


@strawberry.enum(description="Fields quotes can be sorted by.")
class QuoteOrderField(Enum):
    POSITION = "position"
    CREATED_AT = "created_at"


@strawberry.input(description="Sort order of quotes.")
class QuoteOrder(OrderInput):
    field: QuoteOrderField = strawberry.field(
        default=QuoteOrderField.POSITION, description="What to sort by."
    )
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.ASC, description="Ascending or descending."
    )


QUOTE_ORDER = [OrderTerm("position")]


@strawberry.input(description="Conditions on tags.")
class TagFilter:
    search: str | None = strawberry.field(default=None, description="Name contains.")

    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]:
        return text_search(qs, self.search, "name")


@strawberry.enum(description="Fields tags can be sorted by.")
class TagOrderField(Enum):
    NAME = "name"


@strawberry.input(description="Sort order of tags.")
class TagOrder(OrderInput):
    field: TagOrderField = strawberry.field(
        default=TagOrderField.NAME, description="What to sort by."
    )
    direction: OrderDirection = strawberry.field(
        default=OrderDirection.ASC, description="Ascending or descending."
    )


TAG_ORDER = [OrderTerm("name")]
