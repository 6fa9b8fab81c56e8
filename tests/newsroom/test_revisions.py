"""Every create, update, move and tag change stores a numbered revision; staff read them,
see what changed, and restore one."""

from __future__ import annotations

from typing import Any

import pytest
from strawberry.relay.utils import from_base64

from api.models import Article, ArticleStatus
from tests.conftest import GraphQLClient
from tests.newsroom.helpers import caller, gid, minutes, move, mutate, token

CREATE = """mutation($input: CreateArticleInput!) { result: createArticle(input: $input) {
    ... on Article { id version slug } } }"""
UPDATE = """mutation($input: UpdateArticleInput!) { result: updateArticle(input: $input) {
    ... on Article { id version } } }"""
REVISIONS = """query($id: ID!, $first: Int! = 20, $before: Int) { node(id: $id) { ... on Article {
    revisions(first: $first, before: $before) {
        number note title status authorName changes { field before after diff } } } } }"""


async def _article(client: GraphQLClient, **values: Any) -> Article:
    data = await client.data(CREATE, {"input": values})
    return await Article.get(id=from_base64(data["result"]["id"])[1])


async def _update(client: GraphQLClient, article: Article, **values: Any) -> None:
    await article.refresh_from_db()
    data = await client.data(
        UPDATE, {"input": {"id": gid(article), "version": article.version, **values}}
    )
    assert data["result"]["version"] == article.version + 1
    await article.refresh_from_db()


async def _written(client: GraphQLClient) -> tuple[Article, str]:
    """Created, edited, then submitted: revisions 1 to 3."""
    t = token()
    article = await _article(
        client, title=f"Rev {t}", body="<p>Satu</p><p>Dua</p>", summary="Ringkas"
    )
    await _update(
        client, article, title=f"Rev {t} diubah", body="<p>Satu</p><p>Dua diubah</p><p>Tiga</p>"
    )
    await move(client, "submitArticle", article)
    await article.refresh_from_db()
    return article, t


async def test_revisions_are_numbered_newest_first_with_what_changed(as_role: Any) -> None:
    editor = await as_role("editor")
    article, t = await _written(editor)

    data = await editor.data(REVISIONS, {"id": gid(article)})

    assert data["node"]["revisions"] == [
        {
            "number": 3,
            "note": "submit",
            "title": f"Rev {t} diubah",
            "status": "IN_REVIEW",
            "authorName": "Test editor",
            "changes": [{"field": "status", "before": "DRAFT", "after": "IN_REVIEW", "diff": None}],
        },
        {
            "number": 2,
            "note": "",
            "title": f"Rev {t} diubah",
            "status": "DRAFT",
            "authorName": "Test editor",
            "changes": [
                {
                    "field": "body",
                    "before": "<p>Satu</p><p>Dua</p>",
                    "after": "<p>Satu</p><p>Dua diubah</p><p>Tiga</p>",
                    "diff": "--- revision 1\n+++ revision 2\n@@ -1,2 +1,3 @@\n <p>Satu</p>\n"
                    "-<p>Dua</p>\n+<p>Dua diubah</p>\n+<p>Tiga</p>",
                },
                {"field": "title", "before": f"Rev {t}", "after": f"Rev {t} diubah", "diff": None},
            ],
        },
        {
            "number": 1,
            "note": "",
            "title": f"Rev {t}",
            "status": "DRAFT",
            "authorName": "Test editor",
            "changes": [
                {
                    "field": "body",
                    "before": None,
                    "after": "<p>Satu</p><p>Dua</p>",
                    "diff": "--- revision 0\n+++ revision 1\n@@ -0,0 +1,2 @@\n+<p>Satu</p>\n"
                    "+<p>Dua</p>",
                },
                {"field": "category", "before": None, "after": "BERITA", "diff": None},
                {"field": "language", "before": None, "after": "id", "diff": None},
                {"field": "slug", "before": None, "after": f"rev-{t}", "diff": None},
                {"field": "status", "before": None, "after": "DRAFT", "diff": None},
                {
                    "field": "summary",
                    "before": None,
                    "after": "Ringkas",
                    "diff": "--- revision 0\n+++ revision 1\n@@ -0,0 +1 @@\n+Ringkas",
                },
                {"field": "title", "before": None, "after": f"Rev {t}", "diff": None},
            ],
        },
    ]


async def test_revisions_come_in_pages(as_role: Any) -> None:
    analyst, editor = await as_role("analyst"), await as_role("editor")
    article, _ = await _written(editor)

    async def numbers(**args: Any) -> list[int]:
        data = await analyst.data(REVISIONS, {"id": gid(article), **args})
        return [r["number"] for r in data["node"]["revisions"]]

    assert await numbers(first=2) == [3, 2]
    assert await numbers(first=2, before=2) == [1]
    assert await analyst.errors(REVISIONS, {"id": gid(article), "first": 101}) == [
        "`first` must be between 0 and 100, got 101."
    ]


async def test_restoring_writes_the_content_back_as_a_new_revision(as_role: Any) -> None:
    editor = await as_role("editor")
    article, t = await _written(editor)

    result = await mutate(
        editor,
        "restoreArticleRevision",
        "RestoreArticleRevisionInput",
        {"articleId": gid(article), "version": article.version, "number": 1},
    )

    assert result == {
        "__typename": "Article",
        "id": gid(article),
        "version": article.version + 1,
        "status": "IN_REVIEW",
        "publishedAt": None,
        "slug": f"rev-{t}",
        "title": f"Rev {t}",
    }
    restored = await Article.get(id=article.pk)
    assert (restored.body, restored.summary) == ("<p>Satu</p><p>Dua</p>", "Ringkas")
    data = await editor.data(REVISIONS, {"id": gid(article), "first": 1})
    assert data["node"]["revisions"] == [
        {
            "number": 4,
            "note": "restored revision 1",
            "title": f"Rev {t}",
            "status": "IN_REVIEW",
            "authorName": "Test editor",
            "changes": [
                {
                    "field": "body",
                    "before": "<p>Satu</p><p>Dua diubah</p><p>Tiga</p>",
                    "after": "<p>Satu</p><p>Dua</p>",
                    "diff": "--- revision 3\n+++ revision 4\n@@ -1,3 +1,2 @@\n <p>Satu</p>\n"
                    "-<p>Dua diubah</p>\n-<p>Tiga</p>\n+<p>Dua</p>",
                },
                {"field": "title", "before": f"Rev {t} diubah", "after": f"Rev {t}", "diff": None},
            ],
        }
    ]


async def test_restoring_keeps_a_published_articles_state_and_slug(as_role: Any) -> None:
    editor = await as_role("editor")
    t = token()
    article = await _article(editor, title=f"Awal {t}")
    await _update(editor, article, title=f"Kedua {t}", slug=f"kedua-{t}")
    await move(editor, "submitArticle", article)
    await article.refresh_from_db()
    await move(editor, "publishArticle", article)
    await article.refresh_from_db()

    result = await mutate(
        editor,
        "restoreArticleRevision",
        "RestoreArticleRevisionInput",
        {"articleId": gid(article), "version": article.version, "number": 1},
    )

    assert (result["title"], result["slug"], result["status"]) == (
        f"Awal {t}",
        f"kedua-{t}",
        "PUBLISHED",
    )


async def test_restoring_refuses_stale_versions_unknown_numbers_and_non_editors(
    as_role: Any,
) -> None:
    editor, analyst = await as_role("editor"), await as_role("analyst")
    article, _ = await _written(editor)

    async def restore(client: GraphQLClient, version: int, number: int) -> dict[str, Any]:
        return await mutate(
            client,
            "restoreArticleRevision",
            "RestoreArticleRevisionInput",
            {"articleId": gid(article), "version": version, "number": number},
        )

    assert await restore(editor, 1, 1) == {
        "__typename": "ConflictError",
        "message": f"Article {article.pk} was changed by someone else: it is now at version 3. "
        "Reload it and apply your change again.",
        "currentVersion": 3,
    }
    assert await restore(editor, 3, 99) == {
        "__typename": "NotFoundError",
        "message": f"No revision 99 of Article with id {article.pk}.",
    }
    assert await restore(analyst, 3, 1) == {
        "__typename": "PermissionDeniedError",
        "message": "Only admins and editors may change records.",
    }
    assert (await Article.get(id=article.pk)).version == 3


@pytest.mark.parametrize("role", [None, "key"], ids=["anonymous", "partner key"])
async def test_anonymous_callers_and_partner_keys_never_see_revisions(
    as_role: Any, role: str | None
) -> None:
    editor, reader = await as_role("editor"), await caller(as_role, role)
    article, _ = await _written(editor)
    await Article.filter(id=article.pk).update(
        status=ArticleStatus.PUBLISHED, published_at=minutes(-1)
    )

    body = await reader.post(
        "query($slug: String!) { article(slug: $slug) { slug revisions { number } } }",
        {"slug": article.slug},
    )

    assert body["data"] == {"article": {"slug": article.slug, "revisions": None}}
    assert [(e["message"], e["path"], e["extensions"]) for e in body["errors"]] == [
        ("Only staff may see article revisions.", ["article", "revisions"], {"code": "FORBIDDEN"})
    ]


async def test_revisions_cost_the_same_sql_for_one_article_or_many(as_role: Any) -> None:
    editor = await as_role("editor")
    for _ in range(3):
        await _written(editor)
    query = """query($first: Int!) { articles(first: $first, filter: {search: "Rev "}) {
        edges { node { revisions { number authorName changes { field } } } } } }"""

    await editor.data(query, {"first": 1})
    one = editor.last_sql_count
    await editor.data(query, {"first": 3})
    assert editor.last_sql_count == one
