"""Every role reads every entity: a top-level list, `nodes(ids:)` and a nested relation.

Anonymous callers and partner keys see published and public data only: a draft article and
whatever belongs to it (its mentions, quotes, event coverage, relation evidence) is null by id,
missing from lists and never counted. Staff roles see everything that is not deleted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from tortoise.models import Model

from api import models as m
from api.models.base import SoftDeletable
from tests.conftest import GraphQLClient
from tests.permissions.graph import Graph
from tests.permissions.roles import ROLES, STAFF

NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }"
NESTED = "query($id: ID!) { node(id: $id) { %s } }"


def page(*nodes: dict[str, Any]) -> dict[str, Any]:
    return {"totalCount": len(nodes), "edges": [{"node": node} for node in nodes]}


def articles(staff: bool) -> list[str]:
    """The graph's published article, and for staff its draft too."""
    return ["article", "draft"] if staff else ["article"]


def titles(g: Graph, staff: bool) -> dict[str, Any]:
    return page(*({"title": g[name].title} for name in articles(staff)))


@dataclass(frozen=True)
class Read:
    public: str  # a graph record every caller sees
    hidden: str | None  # a graph record only staff see
    list_field: str | None  # the top-level list, if the entity has one
    parent: str  # the graph record the nested relation hangs off
    nested: str  # selection on that parent
    expected: Callable[[Graph, bool], dict[str, Any]]  # (graph, staff) -> the parent's data


READS: dict[str, Read] = {
    "Region": Read(
        "region",
        None,
        "regions",
        "stakeholder",
        "... on Stakeholder { region { code } }",
        lambda g, staff: {"region": {"code": g["region"].code}},
    ),
    "Stakeholder": Read(
        "stakeholder",
        None,
        "stakeholders",
        "region",
        "... on Region { stakeholders { totalCount edges { node { name } } } }",
        lambda g, staff: {"stakeholders": page({"name": g["stakeholder"].name})},
    ),
    "Person": Read(
        "person",
        None,
        "people",
        "region",
        "... on Region { people { totalCount edges { node { fullName } } } }",
        lambda g, staff: {"people": page({"fullName": g["person"].full_name})},
    ),
    "Membership": Read(
        "membership",
        None,
        "memberships",
        "stakeholder",
        "... on Stakeholder { members { totalCount edges { node { role person { fullName } } } } }",
        lambda g, staff: {
            "members": page({"role": "ketua", "person": {"fullName": g["person"].full_name}})
        },
    ),
    "Relation": Read(
        "relation",
        None,
        "relations",
        "stakeholder",
        "... on Stakeholder { outgoingRelations { totalCount "
        "edges { node { kind target { name } } } } }",
        lambda g, staff: {
            "outgoingRelations": page(
                {"kind": "KEMITRAAN", "target": {"name": g["stakeholder2"].name}}
            )
        },
    ),
    "RelationEvidence": Read(
        "evidence",
        "evidence_draft",
        None,
        "relation",
        "... on Relation { evidence { article { title } } }",
        lambda g, staff: {
            "evidence": [{"article": {"title": g[name].title}} for name in articles(staff)]
        },
    ),
    "Article": Read(
        "article",
        "draft",
        "articles",
        "stakeholder",
        "... on Stakeholder { articles { totalCount edges { node { title } } } }",
        lambda g, staff: {"articles": titles(g, staff)},
    ),
    "Mention": Read(
        "mention",
        "mention_draft",
        "mentions",
        "stakeholder",
        "... on Stakeholder { mentions { totalCount edges { node { article { title } } } } }",
        lambda g, staff: {
            "mentions": page(*({"article": {"title": g[name].title}} for name in articles(staff)))
        },
    ),
    "Quote": Read(
        "quote",
        "quote_draft",
        "quotes",
        "person",
        "... on Person { quotes { totalCount edges { node { text } } } }",
        lambda g, staff: {
            "quotes": page(*({"text": g[a].text} for a in ("quote", "quote_draft")[: 1 + staff]))
        },
    ),
    "Event": Read(
        "event",
        None,
        "events",
        "region",
        "... on Region { events { totalCount edges { node { title } } } }",
        lambda g, staff: {"events": page({"title": g["event"].title})},
    ),
    "EventParticipation": Read(
        "participation",
        None,
        None,
        "event",
        "... on Event { participations { totalCount "
        "edges { node { role stakeholder { name } } } } }",
        lambda g, staff: {
            "participations": page(
                {"role": "ORGANISER", "stakeholder": {"name": g["stakeholder"].name}}
            )
        },
    ),
    "EventSpeaker": Read(
        "speaker",
        None,
        None,
        "event",
        "... on Event { speakers { totalCount edges { node { mode person { fullName } } } } }",
        lambda g, staff: {
            "speakers": page({"mode": "IN_PERSON", "person": {"fullName": g["person"].full_name}})
        },
    ),
    "EventCoverage": Read(
        "coverage",
        "coverage_draft",
        None,
        "event",
        "... on Event { articles { totalCount edges { node { title } } } }",
        lambda g, staff: {"articles": titles(g, staff)},
    ),
    "Regulation": Read(
        "regulation",
        None,
        "regulations",
        "stakeholder",
        "... on Stakeholder { issuedRegulations { totalCount edges { node { title } } } }",
        lambda g, staff: {"issuedRegulations": page({"title": g["regulation"].title})},
    ),
    "Affair": Read(
        "affair",
        None,
        "affairs",
        "regulation",
        "... on Regulation { affairs { totalCount edges { node { name } } } }",
        lambda g, staff: {"affairs": page({"name": g["affair"].name})},
    ),
    "Tag": Read(
        "tag",
        None,
        "tags",
        "tag",
        "... on Tag { articles { totalCount edges { node { title } } } }",
        lambda g, staff: {"articles": titles(g, staff)},
    ),
}


async def visible_count(model: type[Model], staff: bool) -> int:
    """How many rows the caller may see, by the rules stated independently of the schema."""
    qs = model.all()
    if issubclass(model, SoftDeletable):
        qs = qs.filter(deleted_at=None)
    if not staff:
        # Public: published, or scheduled and its time has come.
        published = {
            "status__in": [m.ArticleStatus.PUBLISHED, m.ArticleStatus.SCHEDULED],
            "published_at__lte": dt.datetime.now(dt.UTC),
        }
        if model is m.Article:
            qs = qs.filter(**published)
        elif model in (m.Mention, m.Quote):
            qs = qs.filter(
                **{f"article__{k}": v for k, v in published.items()}, article__deleted_at=None
            )
    return await qs.count()


@pytest.mark.parametrize("entity", sorted(READS))
@pytest.mark.parametrize("role", ROLES)
async def test_read(client: GraphQLClient, graph: Graph, role: str, entity: str) -> None:
    case = READS[entity]
    staff = role in STAFF

    ids = [graph.id(case.public)] + ([graph.id(case.hidden)] if case.hidden else [])
    expected_nodes: list[Any] = [{"__typename": entity, "id": ids[0]}]
    if case.hidden:
        expected_nodes.append({"__typename": entity, "id": ids[1]} if staff else None)
    assert (await client.data(NODES, {"ids": ids}))["nodes"] == expected_nodes

    nested = await client.data(NESTED % case.nested, {"id": graph.id(case.parent)})
    assert nested["node"] == case.expected(graph, staff)

    if case.list_field is not None:
        count = await visible_count(getattr(m, entity), staff)
        data = await client.data(f"{{ list: {case.list_field}(first: 1) {{ totalCount }} }}")
        assert data["list"]["totalCount"] == count
