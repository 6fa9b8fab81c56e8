"""Newsroom test helpers: articles set up through the ORM, mutations posted over HTTP."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from strawberry.relay.utils import to_base64

from api.models import ApiKey, Article, ArticleStatus
from tests.conftest import GraphQLClient

PAYLOAD = """
    __typename
    ... on Article { id version status publishedAt slug title }
    ... on MutationError { message }
    ... on ValidationError { errors { field code message } }
    ... on ConflictError { currentVersion }
    ... on InvalidTransitionError { currentStatus allowedMoves }
"""


def token() -> str:
    return secrets.token_hex(4)


def gid(article: Article) -> str:
    return to_base64("Article", str(article.pk))


def minutes(n: int) -> dt.datetime:
    """Now plus `n` minutes (minus, for the past), in UTC."""
    return dt.datetime.now(dt.UTC) + dt.timedelta(minutes=n)


async def article_in(
    status: ArticleStatus, published_at: dt.datetime | None = None, **values: Any
) -> Article:
    """An article put straight into `status` (set-up only; the API moves articles by rules)."""
    t = token()
    if published_at is None and status in (
        ArticleStatus.PUBLISHED,
        ArticleStatus.ARCHIVED,
        ArticleStatus.SCHEDULED,
    ):
        published_at = minutes(-60)
    return await Article.create(
        title=values.pop("title", f"Berita {t}"),
        slug=values.pop("slug", f"berita-{t}"),
        status=status,
        published_at=published_at,
        **values,
    )


async def mutate(
    client: GraphQLClient, mutation: str, input_type: str, input: dict[str, Any]
) -> dict[str, Any]:
    """The payload of one newsroom mutation: the article or the typed error."""
    data = await client.data(
        f"mutation($input: {input_type}!) {{ result: {mutation}(input: $input) {{ {PAYLOAD} }} }}",
        {"input": input},
    )
    result: dict[str, Any] = data["result"]
    return result


async def move(
    client: GraphQLClient, mutation: str, article: Article, **extra: Any
) -> dict[str, Any]:
    input_type = "ScheduleArticleInput" if mutation == "scheduleArticle" else "RecordVersionInput"
    return await mutate(
        client, mutation, input_type, {"id": gid(article), "version": article.version, **extra}
    )


async def caller(as_role: Any, role: str | None) -> GraphQLClient:
    """A client for a staff `role`, anonymous (None), or a partner app's read key ("key")."""
    if role != "key":
        client: GraphQLClient = await as_role(role)
        return client
    prefix, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
    await ApiKey.create(
        name=f"Portal {prefix}",
        prefix=prefix,
        secret_hash=hashlib.sha256(secret.encode()).hexdigest(),
        scopes=["read"],
    )
    client = await as_role(None)
    client.http.headers["Authorization"] = f"Bearer spl_{prefix}_{secret}"
    return client
