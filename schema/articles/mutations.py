"""The newsroom's mutations: moving articles between editorial states, tags, restoring a
revision, and counting readers' views."""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable
from typing import Annotated, Any
from uuid import UUID

import strawberry

from api import models
from api.services import articles
from api.services.articles import InvalidTransition, Move
from api.services.errors import ServiceError
from api.services.specs import ARTICLE
from schema.articles.types import Article
from schema.context import Info
from schema.enums import ArticleStatus
from schema.errors import InputError
from schema.lookups import key_text
from schema.mutations.errors import (
    ConflictError,
    MutationError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    to_payload,
)
from schema.mutations.generate import RecordVersionInput, schema_names
from schema.node import parse_global_id
from schema.visibility import ANONYMOUS, visible

strawberry.enum(Move, name="ArticleMove", description="A move between editorial states.")

NAMES = schema_names(ARTICLE) | {"publish_at": "publishAt"}


@strawberry.type(description="The move does not start from the article's current state.")
class InvalidTransitionError(MutationError):
    current_status: ArticleStatus = strawberry.field(
        description="The state the article is in (a scheduled article past its time: PUBLISHED)."
    )
    allowed_moves: list[Move] = strawberry.field(description="The moves that start from it.")


ArticleChangeResult = Annotated[
    Article
    | InvalidTransitionError
    | ValidationError
    | ConflictError
    | NotFoundError
    | PermissionDeniedError,
    strawberry.union(
        "ArticleChangeResult", description="The article after a newsroom change, or why not."
    ),
]


@strawberry.input(description="When a scheduled article becomes public.")
class ScheduleArticleInput:
    id: strawberry.ID = strawberry.field(description="Global id of the Article.")
    version: int = strawberry.field(description="The version you read.")
    publish_at: dt.datetime = strawberry.field(
        description="A future time, with its offset (2030-01-01T08:00:00+08:00)."
    )


@strawberry.input(description="The full list of an article's tags.")
class SetArticleTagsInput:
    article_id: strawberry.ID = strawberry.field(description="Global id of the Article.")
    version: int = strawberry.field(description="The version you read.")
    tags: list[str] = strawberry.field(description="Tag names; missing tags are created.")


@strawberry.input(description="One tag of an article.")
class ArticleTagInput:
    article_id: strawberry.ID = strawberry.field(description="Global id of the Article.")
    version: int = strawberry.field(description="The version you read.")
    tag: str = strawberry.field(description="The tag's name.")


@strawberry.input(description="Which revision to bring back.")
class RestoreArticleRevisionInput:
    article_id: strawberry.ID = strawberry.field(description="Global id of the Article.")
    version: int = strawberry.field(description="The version of the article you read.")
    number: int = strawberry.field(description="The revision's number.")


@strawberry.input(description="The article a reader opened.")
class RecordArticleViewInput:
    slug: str = strawberry.field(description="The article's slug.")


@strawberry.type(description="How often readers opened an article.")
class ArticleViewCount:
    view_count: int = strawberry.field(description="Readers counted, each once a day.")
    counted: bool = strawberry.field(description="Whether this view was counted (first today).")


RecordArticleViewResult = Annotated[
    ArticleViewCount | NotFoundError,
    strawberry.union("RecordArticleViewResult", description="The view count, or why not."),
]


def _article_id(value: str, name: str = "id") -> UUID:
    model, key = parse_global_id(value, name)
    if model is not models.Article:
        raise InputError(f"`{name}` must be the id of an Article.", field=name)
    return key


async def _change(call: Awaitable[models.Article]) -> ArticleChangeResult:
    try:
        return await call  # type: ignore[return-value]  # the model row resolves as Article
    except InvalidTransition as error:
        return InvalidTransitionError(
            message=str(error), current_status=error.current, allowed_moves=error.allowed
        )
    except ServiceError as error:
        return to_payload(error, NAMES)  # type: ignore[no-any-return]  # one of the error types


async def _move(
    info: Info, input: Any, move: Move, publish_at: dt.datetime | None = None
) -> ArticleChangeResult:
    return await _change(
        articles.transition(
            article_id=_article_id(input.id),
            version=input.version,
            move=move,
            actor=info.context.viewer,
            publish_at=publish_at,
        )
    )


@strawberry.type
class NewsroomMutations:
    @strawberry.mutation(description="Send a draft for review (editors, admins).")
    async def submit_article(self, info: Info, input: RecordVersionInput) -> ArticleChangeResult:
        return await _move(info, input, Move.SUBMIT)

    @strawberry.mutation(description="Send an article in review back to draft (editors, admins).")
    async def return_article_to_draft(
        self, info: Info, input: RecordVersionInput
    ) -> ArticleChangeResult:
        return await _move(info, input, Move.RETURN_TO_DRAFT)

    @strawberry.mutation(description="Publish an article in review now (editors, admins).")
    async def publish_article(self, info: Info, input: RecordVersionInput) -> ArticleChangeResult:
        return await _move(info, input, Move.PUBLISH)

    @strawberry.mutation(
        description="Publish an article in review at a future time; it becomes public then, "
        "with nobody acting (editors, admins)."
    )
    async def schedule_article(
        self, info: Info, input: ScheduleArticleInput
    ) -> ArticleChangeResult:
        return await _move(info, input, Move.SCHEDULE, input.publish_at)

    @strawberry.mutation(
        description="Take a scheduled article back to review before its time (editors, admins)."
    )
    async def unschedule_article(
        self, info: Info, input: RecordVersionInput
    ) -> ArticleChangeResult:
        return await _move(info, input, Move.UNSCHEDULE)

    @strawberry.mutation(description="Withdraw a published article from the public (admins).")
    async def archive_article(self, info: Info, input: RecordVersionInput) -> ArticleChangeResult:
        return await _move(info, input, Move.ARCHIVE)

    @strawberry.mutation(description="Publish an archived article again (admins).")
    async def unarchive_article(self, info: Info, input: RecordVersionInput) -> ArticleChangeResult:
        return await _move(info, input, Move.UNARCHIVE)

    @strawberry.mutation(description="Replace an article's tags (editors, admins).")
    async def set_article_tags(self, info: Info, input: SetArticleTagsInput) -> ArticleChangeResult:
        return await _change(
            articles.set_tags(
                article_id=_article_id(input.article_id, "articleId"),
                version=input.version,
                names=input.tags,
                actor=info.context.viewer,
            )
        )

    @strawberry.mutation(description="Add one tag to an article (editors, admins).")
    async def add_article_tag(self, info: Info, input: ArticleTagInput) -> ArticleChangeResult:
        return await _change(
            articles.add_tag(
                article_id=_article_id(input.article_id, "articleId"),
                version=input.version,
                name=input.tag,
                actor=info.context.viewer,
            )
        )

    @strawberry.mutation(description="Remove one tag from an article (editors, admins).")
    async def remove_article_tag(self, info: Info, input: ArticleTagInput) -> ArticleChangeResult:
        return await _change(
            articles.remove_tag(
                article_id=_article_id(input.article_id, "articleId"),
                version=input.version,
                name=input.tag,
                actor=info.context.viewer,
            )
        )

    @strawberry.mutation(
        description="Bring back a revision's content as a new revision; the editorial state "
        "and a published article's slug stay as they are (editors, admins)."
    )
    async def restore_article_revision(
        self, info: Info, input: RestoreArticleRevisionInput
    ) -> ArticleChangeResult:
        return await _change(
            articles.restore_revision(
                article_id=_article_id(input.article_id, "articleId"),
                version=input.version,
                number=input.number,
                actor=info.context.viewer,
            )
        )

    @strawberry.mutation(
        description="Count a reader's view of a public article: once per reader and day "
        "(anyone; no login needed)."
    )
    async def record_article_view(
        self, info: Info, input: RecordArticleViewInput
    ) -> RecordArticleViewResult:
        ctx = info.context
        slug = key_text(models.Article, "slug", input.slug, "slug")
        article = await visible(models.Article, ANONYMOUS).filter(slug=slug).first()
        if article is None:
            return NotFoundError(message=f"No published article has the slug {input.slug!r}.")
        count, counted = await articles.record_view(
            article_id=article.pk,
            ip_address=ctx.request.client.host if ctx.request.client else "",
            secret_key=ctx.settings.secret_key,
            day=articles.today(ctx.settings.timezone),
        )
        return ArticleViewCount(view_count=count, counted=counted)
