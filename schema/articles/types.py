from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated, Any

import strawberry

from api import models
from api.services.articles import effective_status
from schema.articles.inputs import (
    ARTICLE_SORT,
    MENTION_SORT,
    QUOTE_SORT,
    ArticleFilter,
    MentionFilter,
    QuoteFilter,
)
from schema.articles.mentioned import MentionedEntity
from schema.articles.revisions import revisions_field
from schema.context import Info
from schema.enums import ArticleCategory, ArticleStatus, MentionTarget
from schema.events.inputs import EVENT_SORT, EventFilter
from schema.lists import UNION_SPEC, UnionSpec, list_field, ref_field
from schema.loaders import Parent
from schema.node import Record

if TYPE_CHECKING:
    from schema.events.types import Event
    from schema.people.types import Person
    from schema.regions.types import Region

L = strawberry.lazy
PersonRef = Annotated["Person", L("schema.people.types")]
ArticleRef = Annotated["Article", L("schema.articles.types")]

_TARGET_COLUMNS: dict[models.MentionTarget, tuple[type[Any], str]] = {
    models.MentionTarget.STAKEHOLDER: (models.Stakeholder, "stakeholder_id"),
    models.MentionTarget.PERSON: (models.Person, "person_id"),
    models.MentionTarget.REGION: (models.Region, "region_id"),
    models.MentionTarget.EVENT: (models.Event, "event_id"),
    models.MentionTarget.REGULATION: (models.Regulation, "regulation_id"),
}


@strawberry.type(description="A label grouping articles.")
class Tag(Record):
    model = models.Tag

    name: str = strawberry.field(description="As shown.")
    slug: str = strawberry.field(description="Stable, URL-safe key.")
    articles = list_field(
        ArticleRef,
        models.Article,
        filter_type=ArticleFilter,
        sort=ARTICLE_SORT,
        parent=Parent("tag_id", via="article_tags", via_table="article_tags"),
        description="Articles with this tag, latest first.",
    )


@strawberry.type(description="A news item, announcement or feature published by the office.")
class Article(Record):
    model = models.Article

    title: str = strawberry.field(description="Headline.")
    slug: str = strawberry.field(description="Stable, URL-safe key; fixed once published.")
    category: ArticleCategory = strawberry.field(description="berita, pengumuman, ...")
    dateline: str = strawberry.field(description='Place as printed, e.g. "Tana Paser".')
    editor_initials: str = strawberry.field(description='Editor initials, e.g. "Rzk/ty".')
    summary: str = strawberry.field(description="Short summary.")
    body: str = strawberry.field(description="Sanitised HTML.")
    cover_image_url: str | None = strawberry.field(description="Cover image address.")
    language: str = strawberry.field(description="Language code.")
    source_url: str | None = strawberry.field(description="Where it was first published.")

    @strawberry.field(
        description="Editorial state; a scheduled article whose time has come is PUBLISHED."
    )
    def status(self) -> ArticleStatus:
        article: models.Article = self  # type: ignore[assignment]  # the root is the model
        return effective_status(article, dt.datetime.now(dt.UTC))

    published_at: dt.datetime | None = strawberry.field(description="Publication time.")
    view_count: int = strawberry.field(description="How often readers opened it.")
    author = ref_field(models.Person, "author_id", PersonRef, "Who wrote it.")
    dateline_region = ref_field(
        models.Region,
        "dateline_region_id",
        Annotated["Region", L("schema.regions.types")],
        "The region the dateline names.",
    )

    @strawberry.field(description="Its tags.")
    async def tags(self, info: Info) -> list[Tag]:
        links = await info.context.loaders.children(models.ArticleTag, "article_id", ["id"]).load(
            self.id
        )
        found = await info.context.loaders.by_key(models.Tag).load_many([t.tag_id for t in links])
        return [tag for tag in found if tag is not None]

    mentions = list_field(
        Annotated["Mention", L("schema.articles.types")],
        models.Mention,
        filter_type=MentionFilter,
        sort=MENTION_SORT,
        parent=Parent("article_id"),
        description="Entities it mentions, with evidence.",
    )
    quotes = list_field(
        Annotated["Quote", L("schema.articles.types")],
        models.Quote,
        filter_type=QuoteFilter,
        sort=QUOTE_SORT,
        parent=Parent("article_id"),
        description="Passages quoting people, in order.",
    )
    events = list_field(
        Annotated["Event", L("schema.events.types")],
        models.Event,
        filter_type=EventFilter,
        sort=EVENT_SORT,
        parent=Parent("article_id", via="coverage", via_table="event_coverage"),
        description="Events it reports on.",
    )
    revisions = revisions_field()


@strawberry.type(description="An article naming an entity.")
class Mention(Record):
    model = models.Mention

    target_type: MentionTarget = strawberry.field(description="What kind of entity.")
    evidence: str = strawberry.field(description="The sentence that names it.")
    span_start: int | None = strawberry.field(description="Start offset in the body text.")
    span_end: int | None = strawberry.field(description="End offset in the body text.")
    confirmed: bool = strawberry.field(description="Whether an editor confirmed it.")
    article = ref_field(models.Article, "article_id", ArticleRef, "The mentioning article.")

    @strawberry.field(
        description="The entity mentioned (null if it is not visible).",
        metadata={UNION_SPEC: UnionSpec("target_type", _TARGET_COLUMNS)},
    )
    async def target(self, info: Info) -> MentionedEntity | None:
        model, column = _TARGET_COLUMNS[self.target_type]
        return await info.context.loaders.get(model, getattr(self, column))  # type: ignore[no-any-return]


@strawberry.type(description="A passage of an article quoting a person.")
class Quote(Record):
    model = models.Quote

    text: str = strawberry.field(description="The quoted words.")
    position: int = strawberry.field(description="Order within the article.")
    article = ref_field(models.Article, "article_id", ArticleRef, "The quoting article.")
    person = ref_field(models.Person, "person_id", PersonRef, "Who is quoted.")
