"""shortestPaths(from:, to:): the hops between two nodes, with each edge's evidence."""

from __future__ import annotations

from typing import Any

from tests.conftest import GraphQLClient
from tests.permissions.graph import Graph

QUERY = """
query($from: ID!, $to: ID!, $kinds: [GraphEdgeKind!], $max: Int! = 6, $limit: Int! = 1) {
  shortestPaths(from: $from, to: $to, edgeKinds: $kinds, maxLength: $max, limit: $limit) {
    length
    paths {
      nodes { label }
      hops { edges { kind evidence { kind title node { id } } } }
    }
  }
}
"""


async def paths(client: GraphQLClient, g: Graph, a: str, b: str, **more: Any) -> Any:
    data = await client.data(QUERY, {"from": g.id(a), "to": g.id(b), **more})
    return data["shortestPaths"]


async def test_path_with_evidence_per_hop(graph: Graph, anonymous: GraphQLClient) -> None:
    t = graph.t

    def ref(name: str) -> dict[str, str]:
        return {"id": graph.id(name)}

    found = await paths(
        anonymous, graph, "person", "stakeholder2", kinds=["MEMBERSHIP", "RELATION"]
    )
    assert found == {
        "length": 2,
        "paths": [
            {
                "nodes": [
                    {"label": f"Siti Permission {t}"},
                    {"label": f"KIM Permission {t}"},
                    {"label": f"Sanggar Permission {t}"},
                ],
                "hops": [
                    {"edges": [{"kind": "MEMBERSHIP", "evidence": [
                        {"kind": "MEMBERSHIP", "title": "ketua", "node": ref("membership")},
                    ]}]},
                    {"edges": [{"kind": "RELATION", "evidence": [
                        {"kind": "RELATION", "title": "kemitraan", "node": ref("relation")},
                        {"kind": "ARTICLE", "title": f"Terbit {t}", "node": ref("article")},
                    ]}]},
                ],
            }
        ],
    }  # fmt: skip


async def test_staff_see_draft_evidence(graph: Graph, staff: GraphQLClient) -> None:
    found = await paths(staff, graph, "stakeholder", "stakeholder2", kinds=["RELATION"])
    evidence = found["paths"][0]["hops"][0]["edges"][0]["evidence"]
    assert [e["title"] for e in evidence] == ["kemitraan", f"Terbit {graph.t}", f"Draf {graph.t}"]


async def test_every_shortest_path_up_to_limit(graph: Graph, anonymous: GraphQLClient) -> None:
    t = graph.t
    kinds = ["MENTION", "ORGANISER", "EVENT_PARTICIPATION"]
    found = await paths(anonymous, graph, "stakeholder", "stakeholder2", kinds=kinds, limit=5)
    middles = [p["nodes"][1]["label"] for p in found["paths"]]
    assert found["length"] == 2
    assert middles == [f"Sosialisasi {t}", f"Terbit {t}"]
    both_hops = found["paths"][1]["hops"]
    assert [e["kind"] for hop in both_hops for e in hop["edges"]] == ["MENTION", "MENTION"]


async def test_no_path_within_max_length(graph: Graph, anonymous: GraphQLClient) -> None:
    found = await paths(anonymous, graph, "person", "stakeholder2", kinds=["MEMBERSHIP"])
    assert found == {"length": None, "paths": []}
    short = await paths(
        anonymous, graph, "person", "stakeholder2", kinds=["MEMBERSHIP", "RELATION"], max=1
    )
    assert short == {"length": None, "paths": []}


async def test_hidden_end_is_null(graph: Graph, anonymous: GraphQLClient) -> None:
    assert await paths(anonymous, graph, "draft", "person") is None


async def test_bad_arguments(graph: Graph, anonymous: GraphQLClient) -> None:
    variables = {"from": graph.id("person"), "to": graph.id("stakeholder"), "max": 11}
    assert await anonymous.errors(QUERY, variables) == [
        "`maxLength` must be between 1 and 10, got 11."
    ]
