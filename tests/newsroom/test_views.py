"""Readers' views count once per reader and day; repeating a request does not inflate them."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import hmac
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.models import Article, ArticleRevision, ArticleStatus, ArticleView, AuditEntry
from api.services.articles import reader_hash
from api.settings import Settings
from tests.conftest import GraphQLClient
from tests.newsroom.helpers import article_in, minutes

VIEW = """mutation($slug: String!) { result: recordArticleView(input: {slug: $slug}) {
    __typename ... on ArticleViewCount { viewCount counted } ... on MutationError { message } } }"""


async def _view(client: GraphQLClient, slug: str) -> dict[str, Any]:
    result: dict[str, Any] = (await client.data(VIEW, {"slug": slug}))["result"]
    return result


@pytest.fixture
async def other_reader(write_settings: Settings, write_orm: None) -> AsyncIterator[GraphQLClient]:
    """An anonymous reader at another address than the test clients' 127.0.0.1."""
    app = create_app(write_settings)
    transport = httpx.ASGITransport(app=app, client=("10.0.0.8", 40000))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield GraphQLClient(http)


async def test_one_reader_counts_once_a_day_another_reader_counts_too(
    as_role: Any, other_reader: GraphQLClient
) -> None:
    article = await article_in(ArticleStatus.PUBLISHED)
    reader, other = await as_role(None), other_reader

    first = await _view(reader, article.slug)
    again = await _view(reader, article.slug)
    another = await _view(other, article.slug)

    assert [first, again, another] == [
        {"__typename": "ArticleViewCount", "viewCount": 1, "counted": True},
        {"__typename": "ArticleViewCount", "viewCount": 1, "counted": False},
        {"__typename": "ArticleViewCount", "viewCount": 2, "counted": True},
    ]
    stored = await Article.get(id=article.pk)
    assert (stored.view_count, stored.version, stored.updated_at) == (
        2,
        article.version,
        article.updated_at,
    )
    assert await AuditEntry.filter(entity_id=article.pk).count() == 0
    assert await ArticleRevision.filter(article_id=article.pk).count() == 0


async def test_a_new_user_agent_from_the_same_address_is_the_same_reader(as_role: Any) -> None:
    article = await article_in(ArticleStatus.PUBLISHED)
    reader = await as_role(None)

    results = []
    for n in range(5):
        reader.http.headers["User-Agent"] = f"Mozilla/5.0 (Rotating {n})"
        results.append(await _view(reader, article.slug))

    assert [r["counted"] for r in results] == [True, False, False, False, False]
    assert (await Article.get(id=article.pk)).view_count == 1
    assert await ArticleView.filter(article_id=article.pk).count() == 1


async def test_simultaneous_repeats_still_count_once(as_role: Any) -> None:
    article = await article_in(ArticleStatus.PUBLISHED)
    reader = await as_role(None)

    results = await asyncio.gather(*(_view(reader, article.slug) for _ in range(5)))

    assert sorted(r["counted"] for r in results) == [False, False, False, False, True]
    assert (await Article.get(id=article.pk)).view_count == 1
    assert await ArticleView.filter(article_id=article.pk).count() == 1


async def test_staff_count_like_anyone_and_a_scheduled_article_counts_once_due(
    as_role: Any,
) -> None:
    due = await article_in(ArticleStatus.SCHEDULED, minutes(-1))
    editor = await as_role("editor")

    assert await _view(editor, due.slug) == {
        "__typename": "ArticleViewCount",
        "viewCount": 1,
        "counted": True,
    }


async def test_only_public_articles_can_be_viewed(as_role: Any) -> None:
    anonymous, editor = await as_role(None), await as_role("editor")
    hidden = [
        await article_in(ArticleStatus.DRAFT),
        await article_in(ArticleStatus.IN_REVIEW),
        await article_in(ArticleStatus.SCHEDULED, minutes(60)),
        await article_in(ArticleStatus.ARCHIVED),
        await article_in(ArticleStatus.PUBLISHED, deleted_at=minutes(-1)),
    ]
    for article in hidden:
        for client in (anonymous, editor):  # staff see drafts, but they are not read publicly
            assert await _view(client, article.slug) == {
                "__typename": "NotFoundError",
                "message": f"No published article has the slug {article.slug!r}.",
            }
        assert (await Article.get(id=article.pk)).view_count == 0
    assert await _view(anonymous, "tidak-ada") == {
        "__typename": "NotFoundError",
        "message": "No published article has the slug 'tidak-ada'.",
    }


def test_the_reader_is_stored_as_a_keyed_digest_that_changes_daily() -> None:
    day = dt.date(2026, 3, 1)
    digest = reader_hash(secret_key="k" * 32, ip_address="10.0.0.7", day=day)

    assert digest == hmac.new(b"k" * 32, b"10.0.0.7\n2026-03-01", hashlib.sha256).hexdigest()
    assert digest != reader_hash(
        secret_key="k" * 32, ip_address="10.0.0.7", day=dt.date(2026, 3, 2)
    )
    assert digest != reader_hash(secret_key="j" * 32, ip_address="10.0.0.7", day=day)
    assert digest != reader_hash(secret_key="k" * 32, ip_address="10.0.0.8", day=day)
