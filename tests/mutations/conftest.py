"""Fixtures for the write-path tests: an editor and a fresh neighbourhood of records."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from api.models import Article, ArticleStatus, Region
from tests.conftest import GraphQLClient
from tests.mutations.helpers import create, global_id, key, token


@pytest.fixture
async def editor(as_role: Any) -> GraphQLClient:
    client: GraphQLClient = await as_role("editor")
    return client


async def publish(article_id: str) -> None:
    """Test set-up only: make an article public so anonymous callers see it and its parts."""
    now = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)
    await Article.filter(id=key(article_id)).update(
        status=ArticleStatus.PUBLISHED, published_at=now
    )


@pytest.fixture
async def refs(editor: GraphQLClient) -> dict[str, str]:
    """Records of every kind, made through the API, named with a fresh token `t`."""
    t = token()
    district = await Region.get(code="64.01.04")
    stakeholder = await create(editor, "Stakeholder", {"name": f"KIM A {t}", "category": "KIM"})
    stakeholder2 = await create(editor, "Stakeholder", {"name": f"KIM B {t}", "category": "KIM"})
    person = await create(editor, "Person", {"fullName": f"Siti {t}"})
    article = await create(editor, "Article", {"title": f"Berita {t}"})
    await publish(article)
    event = await create(editor, "Event", {"title": f"Sosialisasi {t}", "kind": "SOSIALISASI"})
    regulation = await create(
        editor,
        "Regulation",
        {"kind": "SK", "number": f"SK-{t}", "year": 2022, "title": f"tentang KIM {t}"},
    )
    relation = await create(
        editor,
        "Relation",
        {"sourceId": stakeholder, "targetId": stakeholder2, "kind": "KEMITRAAN"},
    )
    return {
        "t": t,
        "district": global_id("Region", district.id),
        "stakeholder": stakeholder,
        "stakeholder2": stakeholder2,
        "person": person,
        "article": article,
        "event": event,
        "regulation": regulation,
        "relation": relation,
    }
