"""A draft article reached by any path: hidden from anonymous callers and partner keys.

Staff roles see it wherever it is linked; everyone else gets null by id or slug, and lists
through relations neither return nor count it.
"""

from __future__ import annotations

import pytest

from tests.conftest import GraphQLClient
from tests.permissions.graph import Graph
from tests.permissions.roles import ROLES, STAFF

ARTICLES = "articles { totalCount edges { node { title } } }"
MENTIONS = "mentions { totalCount edges { node { article { title } } } }"
QUERY = f"""query($draft: ID!, $slug: String!, $person: ID!, $region: ID!, $event: ID!,
                 $tag: ID!, $stakeholder: ID!) {{
  byId: node(id: $draft) {{ id }}
  bySlug: article(slug: $slug) {{ title {MENTIONS} quotes {{ totalCount }} }}
  person: node(id: $person) {{ ... on Person {{ {ARTICLES} quotes {{ totalCount }} }} }}
  region: node(id: $region) {{ ... on Region {{ {ARTICLES} }} }}
  event: node(id: $event) {{ ... on Event {{ {ARTICLES} {MENTIONS} }} }}
  tag: node(id: $tag) {{ ... on Tag {{ {ARTICLES} }} }}
  stakeholder: node(id: $stakeholder) {{ ... on Stakeholder {{ {ARTICLES} {MENTIONS} }} }}
}}"""


def page(*titles: str) -> dict[str, object]:
    return {"totalCount": len(titles), "edges": [{"node": {"title": t}} for t in titles]}


def mentions(*titles: str) -> dict[str, object]:
    return {
        "totalCount": len(titles),
        "edges": [{"node": {"article": {"title": t}}} for t in titles],
    }


@pytest.mark.parametrize("role", ROLES)
async def test_draft_through_relations(client: GraphQLClient, graph: Graph, role: str) -> None:
    draft, published = graph["draft"].title, graph["article"].title
    data = await client.data(
        QUERY,
        {
            "draft": graph.id("draft"),
            "slug": graph["draft"].slug,
            **{name: graph.id(name) for name in ("person", "region", "event", "tag")},
            "stakeholder": graph.id("stakeholder"),
        },
    )
    both = [published, draft] if role in STAFF else [published]
    assert data == {
        "byId": {"id": graph.id("draft")} if role in STAFF else None,
        "bySlug": (
            {"title": draft, "mentions": mentions(draft, draft), "quotes": {"totalCount": 1}}
            if role in STAFF
            else None
        ),
        "person": {"articles": page(*both), "quotes": {"totalCount": len(both)}},
        "region": {"articles": page(*both)},
        "event": {"articles": page(*both), "mentions": mentions(*both)},
        "tag": {"articles": page(*both)},
        "stakeholder": {"articles": page(*both), "mentions": mentions(*both)},
    }
