"""A scheduled article becomes public by itself once its time has passed."""

from __future__ import annotations

from typing import Any

from strawberry.relay.utils import to_base64

from api.models import (
    Article,
    ArticleStatus,
    Mention,
    MentionTarget,
    Stakeholder,
    StakeholderCategory,
)
from tests.newsroom.helpers import article_in, gid, minutes, token

QUERY = """query($search: String!, $due: ID!, $waiting: ID!, $stakeholder: ID!, $dueSlug: String!,
        $waitingSlug: String!) {
    articles(filter: {search: $search}) { totalCount edges { node { title status } } }
    due: node(id: $due) { ... on Article { title } }
    waiting: node(id: $waiting) { ... on Article { title } }
    dueBySlug: article(slug: $dueSlug) { title }
    waitingBySlug: article(slug: $waitingSlug) { title }
    stakeholder: node(id: $stakeholder) { ... on Stakeholder {
        articles { totalCount edges { node { title } } }
        mentions { totalCount edges { node { article { title } } } }
    } }
}"""


async def _scene() -> tuple[dict[str, Any], Article, Article]:
    """A stakeholder mentioned by two scheduled articles: one due, one still waiting."""
    t = token()
    stakeholder = await Stakeholder.create(
        name=f"KIM Jadwal {t}", slug=f"kim-jadwal-{t}", category=StakeholderCategory.KIM
    )
    due = await article_in(
        ArticleStatus.SCHEDULED, minutes(-1), title=f"Jadwal lewat {t}", slug=f"lewat-{t}"
    )
    waiting = await article_in(
        ArticleStatus.SCHEDULED, minutes(60), title=f"Jadwal nanti {t}", slug=f"nanti-{t}"
    )
    for article in (due, waiting):
        await Mention.create(
            article=article, target_type=MentionTarget.STAKEHOLDER, stakeholder=stakeholder
        )
    variables = {
        "search": t,
        "due": gid(due),
        "waiting": gid(waiting),
        "stakeholder": to_base64("Stakeholder", str(stakeholder.pk)),
        "dueSlug": due.slug,
        "waitingSlug": waiting.slug,
    }
    return variables, due, waiting


async def test_anonymous_callers_see_a_scheduled_article_once_its_time_has_passed(
    as_role: Any,
) -> None:
    variables, due, _waiting = await _scene()
    anonymous = await as_role(None)

    data = await anonymous.data(QUERY, variables)

    assert data == {
        "articles": {
            "totalCount": 1,
            # Its time has come: it reads as published, with nobody having acted.
            "edges": [{"node": {"title": due.title, "status": "PUBLISHED"}}],
        },
        "due": {"title": due.title},
        "waiting": None,
        "dueBySlug": {"title": due.title},
        "waitingBySlug": None,
        "stakeholder": {
            "articles": {"totalCount": 1, "edges": [{"node": {"title": due.title}}]},
            "mentions": {"totalCount": 1, "edges": [{"node": {"article": {"title": due.title}}}]},
        },
    }


async def test_time_passing_makes_the_waiting_one_public_with_nobody_acting(
    as_role: Any,
) -> None:
    variables, _due, waiting = await _scene()
    anonymous = await as_role(None)
    # Simulate the clock reaching the scheduled time: the stored state does not change.
    await Article.filter(id=waiting.pk).update(published_at=minutes(-1))

    data = await anonymous.data(QUERY, variables)

    assert data["articles"]["totalCount"] == 2
    assert data["waiting"] == {"title": waiting.title}
    assert data["waitingBySlug"] == {"title": waiting.title}
    assert data["stakeholder"]["articles"]["totalCount"] == 2
    assert data["stakeholder"]["mentions"]["totalCount"] == 2
    assert (await Article.get(id=waiting.pk)).status == ArticleStatus.SCHEDULED


async def test_staff_see_both_all_along(as_role: Any) -> None:
    variables, _due, waiting = await _scene()
    viewer = await as_role("viewer")

    data = await viewer.data(QUERY, variables)

    assert data["articles"]["totalCount"] == 2
    assert data["waiting"] == {"title": waiting.title}
    assert data["stakeholder"]["articles"]["totalCount"] == 2


async def test_drafts_in_review_and_archived_articles_stay_hidden(as_role: Any) -> None:
    t = token()
    anonymous = await as_role(None)
    for status in (ArticleStatus.DRAFT, ArticleStatus.IN_REVIEW, ArticleStatus.ARCHIVED):
        await article_in(status, minutes(-10), title=f"Tersembunyi {t}", slug=f"{status}-{t}")

    data = await anonymous.data(
        "query($s: String!) { articles(filter: {search: $s}) { totalCount } }", {"s": t}
    )

    assert data == {"articles": {"totalCount": 0}}


async def test_the_status_filter_treats_a_due_schedule_as_published(as_role: Any) -> None:
    variables, due, waiting = await _scene()
    editor = await as_role("editor")
    query = """query($search: String!) {
        published: articles(filter: {search: $search, status: [PUBLISHED]}) {
            edges { node { title status } } }
        scheduled: articles(filter: {search: $search, status: [SCHEDULED]}) {
            edges { node { title status } } } }"""
    data = await editor.data(query, {"search": variables["search"]})
    assert data == {
        "published": {"edges": [{"node": {"title": due.title, "status": "PUBLISHED"}}]},
        "scheduled": {"edges": [{"node": {"title": waiting.title, "status": "SCHEDULED"}}]},
    }
