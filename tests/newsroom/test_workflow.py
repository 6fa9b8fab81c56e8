"""Who may move an article between editorial states, and what each move writes."""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import uuid4

import pytest
from strawberry.relay.utils import to_base64

from api.models import Article, ArticleRevision, ArticleStatus, AuditAction, AuditEntry, Role
from tests.conftest import GraphQLClient
from tests.newsroom.helpers import PAYLOAD, article_in, caller, gid, minutes, move, mutate

EDITORS = ("admin", "editor")
ADMINS = ("admin",)
# mutation: (from, to, roles that may make it) -- the policy, stated independently of the code.
MOVES: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "submitArticle": ("DRAFT", "IN_REVIEW", EDITORS),
    "returnArticleToDraft": ("IN_REVIEW", "DRAFT", EDITORS),
    "publishArticle": ("IN_REVIEW", "PUBLISHED", EDITORS),
    "scheduleArticle": ("IN_REVIEW", "SCHEDULED", EDITORS),
    "unscheduleArticle": ("SCHEDULED", "IN_REVIEW", EDITORS),
    "archiveArticle": ("PUBLISHED", "ARCHIVED", ADMINS),
    "unarchiveArticle": ("ARCHIVED", "PUBLISHED", ADMINS),
}
LABELS = {
    "submitArticle": "submit",
    "returnArticleToDraft": "return to draft",
    "publishArticle": "publish",
    "scheduleArticle": "schedule",
    "unscheduleArticle": "unschedule",
    "archiveArticle": "archive",
    "unarchiveArticle": "unarchive",
}
ALLOWED_FROM = {
    "DRAFT": ["SUBMIT"],
    "IN_REVIEW": ["RETURN_TO_DRAFT", "PUBLISH", "SCHEDULE"],
    "SCHEDULED": ["UNSCHEDULE"],
    "PUBLISHED": ["ARCHIVE"],
    "ARCHIVED": ["UNARCHIVE"],
}
NOT_A_WRITER = "Only admins and editors may change records."


async def _in(state: str) -> Article:
    # A scheduled article still waiting: once its time has passed it counts as published.
    published_at = minutes(60) if state == "SCHEDULED" else None
    return await article_in(ArticleStatus(state.lower()), published_at)


def _extra(mutation: str) -> dict[str, Any]:
    return {"publishAt": minutes(120).isoformat()} if mutation == "scheduleArticle" else {}


@pytest.mark.parametrize("role", ["admin", "editor", "analyst", "viewer", None, "key"])
@pytest.mark.parametrize("mutation", list(MOVES))
async def test_who_may_make_each_move(as_role: Any, role: str | None, mutation: str) -> None:
    source, target, allowed = MOVES[mutation]
    article = await _in(source)
    client = await caller(as_role, role)

    result = await move(client, mutation, article, **_extra(mutation))

    stored = await Article.get(id=article.pk)
    if role in allowed:
        assert result["__typename"] == "Article"
        assert (result["status"], result["version"]) == (target, article.version + 1)
        assert stored.status == ArticleStatus(target.lower())
        return
    expected = "Only admins may archive articles." if mutation == "archiveArticle" else None
    if mutation == "unarchiveArticle":
        expected = "Only admins may unarchive articles."
    assert result == {
        "__typename": "PermissionDeniedError",
        "message": expected if role in EDITORS else NOT_A_WRITER,
    }
    assert (stored.status, stored.version) == (ArticleStatus(source.lower()), article.version)


@pytest.mark.parametrize("mutation", list(MOVES))
async def test_a_move_from_any_other_state_names_the_state_and_the_allowed_moves(
    as_role: Any, mutation: str
) -> None:
    admin = await as_role("admin")
    for state, allowed in ALLOWED_FROM.items():
        if state == MOVES[mutation][0]:
            continue
        article = await _in(state)
        result = await move(admin, mutation, article, **_extra(mutation))
        moves = ", ".join(m.lower().replace("_", " ") for m in allowed)
        assert result == {
            "__typename": "InvalidTransitionError",
            "message": f"Cannot {LABELS[mutation]} an article that is {state.lower()}; "
            f"allowed from {state.lower()}: {moves}.",
            "currentStatus": state,
            "allowedMoves": allowed,
        }
        assert (await Article.get(id=article.pk)).version == article.version


async def test_invalid_transition_messages_read_well(as_role: Any) -> None:
    editor = await as_role("editor")
    draft = await _in("DRAFT")
    in_review = await _in("IN_REVIEW")

    assert (await move(editor, "publishArticle", draft))["message"] == (
        "Cannot publish an article that is draft; allowed from draft: submit."
    )
    assert (await move(editor, "submitArticle", in_review))["message"] == (
        "Cannot submit an article that is in_review; "
        "allowed from in_review: return to draft, publish, schedule."
    )


async def test_publishing_sets_the_time_writes_an_audit_entry_and_a_revision(
    as_role: Any,
) -> None:
    editor = await as_role("editor")
    article = await _in("IN_REVIEW")
    before = dt.datetime.now(dt.UTC)

    result = await move(editor, "publishArticle", article)

    published_at = dt.datetime.fromisoformat(result["publishedAt"])
    assert before <= published_at <= dt.datetime.now(dt.UTC)
    entries = await AuditEntry.filter(entity_id=article.pk).prefetch_related("actor_user")
    assert [(e.action, e.entity_type, e.changes) for e in entries] == [
        (
            AuditAction.TRANSITION,
            "Article",
            {
                "status": {"before": "in_review", "after": "published"},
                "published_at": {"before": None, "after": published_at.isoformat()},
            },
        )
    ]
    assert entries[0].actor_user is not None
    assert entries[0].actor_user.role == Role.EDITOR
    revision = await ArticleRevision.get(article_id=article.pk)
    assert (revision.number, revision.note, revision.snapshot["status"]) == (
        1,
        "publish",
        "published",
    )
    assert revision.snapshot["published_at"] == published_at.isoformat()


async def test_scheduling_needs_a_future_time_with_an_offset(as_role: Any) -> None:
    editor = await as_role("editor")
    article = await _in("IN_REVIEW")
    refusals = {
        minutes(-1).isoformat(): ("OUT_OF_RANGE", "`publishAt` must be in the future."),
        "2030-01-01T08:00:00": (
            "INVALID",
            "`publishAt` needs a time zone, e.g. 2030-01-01T08:00+08:00.",
        ),
    }
    for value, (code, message) in refusals.items():
        result = await move(editor, "scheduleArticle", article, publishAt=value)
        assert result == {
            "__typename": "ValidationError",
            "message": message,
            "errors": [{"field": "publishAt", "code": code, "message": message}],
        }
    assert (await Article.get(id=article.pk)).version == article.version

    when = dt.datetime(2031, 5, 2, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    result = await move(editor, "scheduleArticle", article, publishAt=when.isoformat())
    assert (result["status"], dt.datetime.fromisoformat(result["publishedAt"])) == (
        "SCHEDULED",
        when,
    )


async def test_publication_time_through_unschedule_archive_and_unarchive(as_role: Any) -> None:
    admin = await as_role("admin")
    scheduled = await _in("SCHEDULED")
    result = await move(admin, "unscheduleArticle", scheduled)
    assert (result["status"], result["publishedAt"]) == ("IN_REVIEW", None)

    published = await _in("PUBLISHED")
    assert published.published_at is not None
    archived = await move(admin, "archiveArticle", published)
    assert (archived["status"], dt.datetime.fromisoformat(archived["publishedAt"])) == (
        "ARCHIVED",
        published.published_at,
    )
    await published.refresh_from_db()
    again = await move(admin, "unarchiveArticle", published)
    assert (again["status"], dt.datetime.fromisoformat(again["publishedAt"])) == (
        "PUBLISHED",
        published.published_at,
    )


async def test_a_scheduled_article_past_its_time_counts_as_published(as_role: Any) -> None:
    editor, admin = await as_role("editor"), await as_role("admin")
    due = await article_in(ArticleStatus.SCHEDULED, minutes(-5))

    assert await move(editor, "unscheduleArticle", due) == {
        "__typename": "InvalidTransitionError",
        "message": "Cannot unschedule an article that is published; allowed from published: "
        "archive.",
        "currentStatus": "PUBLISHED",
        "allowedMoves": ["ARCHIVE"],
    }
    result = await move(admin, "archiveArticle", due)
    assert result["status"] == "ARCHIVED"


async def test_the_slug_is_locked_once_published_and_stays_so_when_archived(
    as_role: Any,
) -> None:
    editor, admin = await as_role("editor"), await as_role("admin")
    article = await _in("IN_REVIEW")
    await move(editor, "publishArticle", article)
    locked = [
        {"field": "slug", "code": "LOCKED", "message": "`slug` cannot change after publication."}
    ]
    update = """mutation($input: UpdateArticleInput!) { result: updateArticle(input: $input) {
        __typename ... on Article { slug title version }
        ... on ValidationError { errors { field code message } } } }"""

    for client in (editor, admin):
        await article.refresh_from_db()
        data = await client.data(
            update, {"input": {"id": gid(article), "version": article.version, "slug": "baru"}}
        )
        assert data["result"] == {"__typename": "ValidationError", "errors": locked}

    await article.refresh_from_db()
    data = await editor.data(
        update, {"input": {"id": gid(article), "version": article.version, "title": "Judul baru"}}
    )
    assert data["result"] == {
        "__typename": "Article",
        "slug": article.slug,
        "title": "Judul baru",
        "version": article.version + 1,
    }

    await article.refresh_from_db()
    await move(admin, "archiveArticle", article)
    await article.refresh_from_db()
    assert article.published_at is not None
    data = await admin.data(
        update, {"input": {"id": gid(article), "version": article.version, "slug": "lain"}}
    )
    assert data["result"] == {"__typename": "ValidationError", "errors": locked}


async def test_a_stale_version_is_refused_with_the_current_one(as_role: Any) -> None:
    editor = await as_role("editor")
    article = await _in("DRAFT")
    await move(editor, "submitArticle", article)  # now at version 2

    result = await move(editor, "returnArticleToDraft", article)  # still sends version 1

    assert result == {
        "__typename": "ConflictError",
        "message": f"Article {article.pk} was changed by someone else: it is now at version 2. "
        "Reload it and apply your change again.",
        "currentVersion": 2,
    }
    assert (await Article.get(id=article.pk)).status == ArticleStatus.IN_REVIEW


async def test_missing_deleted_and_wrong_ids(as_role: Any) -> None:
    editor = await as_role("editor")
    missing = uuid4()
    result = await mutate(
        editor,
        "submitArticle",
        "RecordVersionInput",
        {"id": to_base64("Article", str(missing)), "version": 1},
    )
    assert result == {"__typename": "NotFoundError", "message": f"No Article with id {missing}."}

    deleted = await article_in(ArticleStatus.DRAFT, deleted_at=minutes(-1))
    result = await move(editor, "submitArticle", deleted)
    assert result == {"__typename": "NotFoundError", "message": f"No Article with id {deleted.pk}."}

    query = f"""mutation($input: RecordVersionInput!) {{
        submitArticle(input: $input) {{ {PAYLOAD} }} }}"""
    stakeholder_id = to_base64("Stakeholder", str(uuid4()))
    assert await editor.errors(query, {"input": {"id": stakeholder_id, "version": 1}}) == [
        "`id` must be the id of an Article."
    ]


async def test_a_session_without_its_csrf_token_cannot_move_articles(as_role: Any) -> None:
    editor = await as_role("editor")
    del editor.http.headers["X-CSRF-Token"]
    article = await _in("DRAFT")

    result = await move(editor, "submitArticle", article)

    assert result["__typename"] == "PermissionDeniedError"
    assert (await Article.get(id=article.pk)).status == ArticleStatus.DRAFT


REMOVAL = """
    __typename
    ... on Article { status version }
    ... on MutationError { message }
"""


async def _remove(client: GraphQLClient, mutation: str, article: Article) -> dict[str, Any]:
    data = await client.data(
        f"mutation($input: RecordVersionInput!) {{ r: {mutation}(input: $input) {{ {REMOVAL} }} }}",
        {"input": {"id": gid(article), "version": article.version}},
    )
    result: dict[str, Any] = data["r"]
    return result


# state: whether an editor may delete (and restore) an article in it. Taking a public article
# down is archiving it in effect, and putting it back is unarchiving: admins only.
REMOVABLE_BY_EDITORS = {
    "DRAFT": True,
    "IN_REVIEW": True,
    "SCHEDULED": True,
    "PUBLISHED": False,
    "ARCHIVED": False,
}


@pytest.mark.parametrize("role", EDITORS)
@pytest.mark.parametrize("state", list(REMOVABLE_BY_EDITORS))
async def test_deleting_and_restoring_follow_the_archiving_rule(
    as_role: Any, role: str, state: str
) -> None:
    article = await _in(state)
    client = await caller(as_role, role)
    allowed = role == "admin" or REMOVABLE_BY_EDITORS[state]

    deleted = await _remove(client, "deleteArticle", article)

    stored = await Article.get(id=article.pk)
    if not allowed:
        assert deleted == {
            "__typename": "PermissionDeniedError",
            "message": f"Only admins may delete {state.lower()} articles.",
        }
        assert (stored.deleted_at, stored.version) == (None, article.version)
        return
    assert (deleted["__typename"], stored.version) == ("Article", article.version + 1)
    assert stored.deleted_at is not None


@pytest.mark.parametrize("state", ["PUBLISHED", "ARCHIVED"])
async def test_only_admins_restore_a_deleted_published_or_archived_article(
    as_role: Any, state: str
) -> None:
    article = await _in(state)
    admin, editor = await as_role("admin"), await as_role("editor")
    await _remove(admin, "deleteArticle", article)
    await article.refresh_from_db()

    refused = await _remove(editor, "restoreArticle", article)
    restored = await _remove(admin, "restoreArticle", article)

    assert refused == {
        "__typename": "PermissionDeniedError",
        "message": f"Only admins may restore {state.lower()} articles.",
    }
    assert (restored["__typename"], restored["status"]) == ("Article", state)


async def test_an_editor_cannot_delete_a_scheduled_article_once_it_is_public(
    as_role: Any,
) -> None:
    article = await article_in(ArticleStatus.SCHEDULED, minutes(-5))
    editor = await as_role("editor")

    result = await _remove(editor, "deleteArticle", article)

    assert result == {
        "__typename": "PermissionDeniedError",
        "message": "Only admins may delete published articles.",
    }
    assert (await Article.get(id=article.pk)).deleted_at is None
