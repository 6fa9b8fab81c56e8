"""An article's tags: replaced as a whole, or one at a time; missing tags are created."""

from __future__ import annotations

from typing import Any

from api.models import (
    Article,
    ArticleRevision,
    ArticleStatus,
    AuditAction,
    AuditEntry,
    Tag,
)
from tests.conftest import GraphQLClient
from tests.newsroom.helpers import article_in, gid, mutate, token

TAGS = "query($id: ID!) { node(id: $id) { ... on Article { version tags { name slug } } } }"


async def _set(client: GraphQLClient, article: Article, tags: list[str]) -> dict[str, Any]:
    await article.refresh_from_db()
    return await mutate(
        client,
        "setArticleTags",
        "SetArticleTagsInput",
        {"articleId": gid(article), "version": article.version, "tags": tags},
    )


async def _one(client: GraphQLClient, mutation: str, article: Article, tag: str) -> dict[str, Any]:
    await article.refresh_from_db()
    return await mutate(
        client,
        mutation,
        "ArticleTagInput",
        {"articleId": gid(article), "version": article.version, "tag": tag},
    )


async def _tags(client: GraphQLClient, article: Article) -> list[dict[str, str]]:
    data = await client.data(TAGS, {"id": gid(article)})
    tags: list[dict[str, str]] = data["node"]["tags"]
    return tags


async def test_setting_tags_creates_missing_ones_and_records_the_change(as_role: Any) -> None:
    editor = await as_role("editor")
    t = token()
    article = await article_in(ArticleStatus.DRAFT)
    existing = await Tag.create(name=f"KIM {t}", slug=f"kim-{t}")

    result = await _set(editor, article, [f"Literasi Digital {t}", f"kim {t}", f" KIM {t} "])

    assert (result["__typename"], result["version"]) == ("Article", article.version + 1)
    assert await _tags(editor, article) == [
        {"name": f"Literasi Digital {t}", "slug": f"literasi-digital-{t}"},
        {"name": f"KIM {t}", "slug": f"kim-{t}"},
    ]
    assert await Tag.filter(slug=f"kim-{t}").count() == 1
    assert (await Tag.get(slug=f"kim-{t}")).pk == existing.pk
    entries = await AuditEntry.filter(entity_id=article.pk)
    assert [(e.action, e.changes) for e in entries] == [
        (
            AuditAction.UPDATE,
            {"tags": {"before": [], "after": [f"KIM {t}", f"Literasi Digital {t}"]}},
        )
    ]
    created = await AuditEntry.filter(
        entity_type="Tag",
        entity_id__in=[tag.pk for tag in await Tag.filter(slug=f"literasi-digital-{t}")],
    )
    assert [e.action for e in created] == [AuditAction.CREATE]
    revision = await ArticleRevision.get(article_id=article.pk)
    assert (revision.number, revision.note, revision.snapshot["tags"]) == (
        1,
        "tags",
        [f"KIM {t}", f"Literasi Digital {t}"],
    )


async def test_replacing_removing_and_adding_one_tag(as_role: Any) -> None:
    editor = await as_role("editor")
    t = token()
    article = await article_in(ArticleStatus.PUBLISHED)
    await _set(editor, article, [f"Hoaks {t}", f"Pemilu {t}"])

    await _set(editor, article, [f"Pemilu {t}", f"Desa {t}"])
    assert [tag["name"] for tag in await _tags(editor, article)] == [f"Pemilu {t}", f"Desa {t}"]

    result = await _one(editor, "removeArticleTag", article, f"pemilu {t}")
    assert result["__typename"] == "Article"
    assert [tag["name"] for tag in await _tags(editor, article)] == [f"Desa {t}"]

    await _one(editor, "addArticleTag", article, f"Hoaks {t}")
    assert [tag["name"] for tag in await _tags(editor, article)] == [f"Desa {t}", f"Hoaks {t}"]

    assert await _one(editor, "removeArticleTag", article, "tidak ada") == {
        "__typename": "ValidationError",
        "message": "The article has no tag 'tidak ada'.",
        "errors": [
            {"field": "tag", "code": "INVALID", "message": "The article has no tag 'tidak ada'."}
        ],
    }
    revisions = await ArticleRevision.filter(article_id=article.pk).order_by("number")
    assert [r.number for r in revisions] == [1, 2, 3, 4]


async def test_the_same_tags_again_change_nothing(as_role: Any) -> None:
    editor = await as_role("editor")
    t = token()
    article = await article_in(ArticleStatus.DRAFT)
    await _set(editor, article, [f"Sama {t}"])
    await article.refresh_from_db()

    result = await _set(editor, article, [f"sama {t}"])

    assert result["version"] == article.version
    assert await ArticleRevision.filter(article_id=article.pk).count() == 1


async def test_bad_names_stale_versions_and_readers_are_refused(as_role: Any) -> None:
    editor, viewer = await as_role("editor"), await as_role("viewer")
    article = await article_in(ArticleStatus.DRAFT)

    assert await _set(editor, article, ["!!!", "x" * 101]) == {
        "__typename": "ValidationError",
        "message": "Tag '!!!' has no letters or digits.; "
        "A tag is 101 characters long; at most 100.",
        "errors": [
            {"field": "tags", "code": "INVALID", "message": "Tag '!!!' has no letters or digits."},
            {
                "field": "tags",
                "code": "TOO_LONG",
                "message": "A tag is 101 characters long; at most 100.",
            },
        ],
    }
    assert await mutate(
        editor,
        "setArticleTags",
        "SetArticleTagsInput",
        {"articleId": gid(article), "version": article.version + 5, "tags": ["x"]},
    ) == {
        "__typename": "ConflictError",
        "message": f"Article {article.pk} was changed by someone else: it is now at version "
        f"{article.version}. Reload it and apply your change again.",
        "currentVersion": article.version,
    }
    assert await _set(viewer, article, ["x"]) == {
        "__typename": "PermissionDeniedError",
        "message": "Only admins and editors may change records.",
    }
    assert await _tags(editor, article) == []
