"""neighbourhood(id:): what is near a node, by kind, type and date, capped, and who sees it."""

from __future__ import annotations

import datetime as dt

from api import models as m
from tests.conftest import GraphQLClient
from tests.permissions.graph import Graph

QUERY = """
query($id: ID!, $depth: Int! = 1, $kinds: [GraphEdgeKind!], $types: [GraphNodeType!],
      $asOf: Date, $limit: Int! = 200) {
  neighbourhood(id: $id, depth: $depth, edgeKinds: $kinds, nodeTypes: $types, asOf: $asOf,
                limit: $limit) {
    truncated
    centre { label }
    nodes { id type label distance }
    edges { kind source target role evidence { kind title } }
  }
}
"""


async def near(
    client: GraphQLClient, g: Graph, name: str, **variables: object
) -> dict[str, object]:
    data = await client.data(QUERY, {"id": g.id(name), **variables})
    found: dict[str, object] = data["neighbourhood"]
    return found


def labels(found: dict[str, object]) -> list[tuple[str, int]]:
    nodes = found["nodes"]
    assert isinstance(nodes, list)
    return [(n["label"], n["distance"]) for n in nodes]


def kinds(found: dict[str, object]) -> list[tuple[str, str]]:
    edges = found["edges"]
    assert isinstance(edges, list)
    return sorted((e["kind"], e["role"] or "") for e in edges)


async def test_anonymous_sees_published_articles_only(
    graph: Graph, anonymous: GraphQLClient
) -> None:
    t = graph.t
    found = await near(anonymous, graph, "stakeholder")
    assert found["truncated"] is False
    assert labels(found) == [
        (f"KIM Permission {t}", 0),
        (f"Desa {t}", 1),
        (f"Sanggar Permission {t}", 1),
        (f"Siti Permission {t}", 1),
        (f"Sosialisasi {t}", 1),
        (f"Terbit {t}", 1),
    ]
    assert kinds(found) == [
        ("LOCATED_IN", ""),
        ("MEMBERSHIP", "ketua"),
        ("MENTION", ""),
        ("ORGANISER", "organiser"),
        ("RELATION", "kemitraan"),
    ]
    # The data version; and a load (one statement per table) when it changed.
    assert anonymous.last_sql_count == 1 + 19
    await near(anonymous, graph, "stakeholder")
    assert anonymous.last_sql_count == 1  # only the data version


async def test_staff_see_drafts(graph: Graph, staff: GraphQLClient) -> None:
    found = await near(staff, graph, "stakeholder")
    assert (f"Draf {graph.t}", 1) in labels(found)
    draft = await near(staff, graph, "draft")
    assert draft["centre"] == {"label": f"Draf {graph.t}"}


async def test_hidden_or_unknown_centre_is_null(graph: Graph, anonymous: GraphQLClient) -> None:
    data = await anonymous.data(QUERY, {"id": graph.id("draft")})
    assert data == {"neighbourhood": None}


async def test_edge_kinds_node_types_and_depth(graph: Graph, anonymous: GraphQLClient) -> None:
    t = graph.t
    found = await near(anonymous, graph, "person", kinds=["MEMBERSHIP", "RELATION"], depth=2)
    assert labels(found) == [
        (f"Siti Permission {t}", 0),
        (f"KIM Permission {t}", 1),
        (f"Sanggar Permission {t}", 2),
    ]
    relation = next(e for e in found["edges"] if e["kind"] == "RELATION")  # type: ignore[attr-defined]
    assert relation["evidence"] == [
        {"kind": "RELATION", "title": "kemitraan"},
        {"kind": "ARTICLE", "title": f"Terbit {t}"},
    ]
    people_only = await near(anonymous, graph, "stakeholder", types=["PERSON"])
    assert labels(people_only) == [(f"KIM Permission {t}", 0), (f"Siti Permission {t}", 1)]


async def test_as_of_respects_dates(graph: Graph, anonymous: GraphQLClient) -> None:
    await m.Membership.filter(id=graph.key("membership")).update(
        started_on=dt.date(2020, 1, 1), ended_on=dt.date(2021, 12, 31)
    )
    kinds_only = ["MEMBERSHIP", "MENTION"]
    during = await near(anonymous, graph, "stakeholder", kinds=kinds_only, asOf="2021-06-01")
    assert kinds(during) == [("MEMBERSHIP", "ketua")]  # the article was published today
    after = await near(anonymous, graph, "stakeholder", kinds=kinds_only, asOf="2022-01-01")
    assert kinds(after) == []
    today = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=1)
    now = await near(anonymous, graph, "stakeholder", kinds=kinds_only, asOf=today.isoformat())
    assert kinds(now) == [("MENTION", "")]


async def test_limit_truncates(graph: Graph, anonymous: GraphQLClient) -> None:
    t = graph.t
    found = await near(anonymous, graph, "stakeholder", limit=3)
    assert found["truncated"] is True
    # Every neighbour has one edge to the centre: ties go by label.
    assert labels(found) == [
        (f"KIM Permission {t}", 0),
        (f"Desa {t}", 1),
        (f"Sanggar Permission {t}", 1),
    ]


async def test_coappearance_edges(graph: Graph, anonymous: GraphQLClient) -> None:
    found = await near(anonymous, graph, "stakeholder", kinds=["COAPPEARANCE"])
    assert found["edges"] == [
        {
            "kind": "COAPPEARANCE",
            "source": min(graph.id("stakeholder"), graph.id("stakeholder2"), key=_key),
            "target": max(graph.id("stakeholder"), graph.id("stakeholder2"), key=_key),
            "role": None,
            "evidence": [
                {"kind": "EVENT", "title": f"Sosialisasi {graph.t}"},
                {"kind": "ARTICLE", "title": f"Terbit {graph.t}"},
            ],
        }
    ]


def _key(global_id: str) -> str:
    from strawberry.relay.utils import from_base64

    return from_base64(global_id)[1]


async def test_bad_arguments(graph: Graph, anonymous: GraphQLClient) -> None:
    assert await anonymous.errors(QUERY, {"id": graph.id("stakeholder"), "depth": 4}) == [
        "`depth` must be between 1 and 3, got 4."
    ]
    assert await anonymous.errors(QUERY, {"id": graph.id("stakeholder"), "limit": 0}) == [
        "`limit` must be between 1 and 2000, got 0."
    ]
    assert await anonymous.errors(QUERY, {"id": graph.id("membership")}) == [
        "`id` must be the id of a stakeholder, person, region, article, event or regulation, "
        "not of a Membership."
    ]
    assert await anonymous.errors(QUERY, {"id": "nonsense"}) == [
        "Malformed global id 'nonsense': expected an `id` returned by this API."
    ]
