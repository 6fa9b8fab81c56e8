"""Co-appearance partners, the stakeholder network with its metrics, and the graph cache."""

from __future__ import annotations

import datetime as dt
from typing import Any

from api.graph.cache import graph_cache
from api.settings import Settings
from tests.conftest import GraphQLClient
from tests.mutations.helpers import mutate
from tests.permissions.graph import Graph

PARTNERS = """
query($id: ID!, $filter: StakeholderNetworkFilter) {
  coappearancePartners(id: $id, filter: $filter) {
    partner { label } count weight evidence { kind title }
  }
}
"""
NETWORK = """
query($filter: StakeholderNetworkFilter, $where: NetworkNodeFilter, $order: NetworkNodeOrder) {
  stakeholderNetwork(filter: $filter) {
    nodes(filter: $where, orderBy: $order) {
      totalCount
      edges { node { name category degree weightedDegree betweenness community
                     stakeholder { slug } } }
    }
  }
}
"""
BOTH = {"category": ["KIM", "TRADITIONAL_MEDIA"]}


async def test_partners_with_evidence(graph: Graph, anonymous: GraphQLClient) -> None:
    t = graph.t
    data = await anonymous.data(PARTNERS, {"id": graph.id("stakeholder")})
    assert data["coappearancePartners"] == [
        {
            "partner": {"label": f"Sanggar Permission {t}"},
            "count": 2,
            "weight": 2.0,
            "evidence": [
                {"kind": "EVENT", "title": f"Sosialisasi {t}"},  # undated: first
                {"kind": "ARTICLE", "title": f"Terbit {t}"},
            ],
        }
    ]


async def test_staff_count_draft_appearances(graph: Graph, staff: GraphQLClient) -> None:
    data = await staff.data(PARTNERS, {"id": graph.id("stakeholder")})
    assert [p["count"] for p in data["coappearancePartners"]] == [3]


async def test_window_and_half_life(
    graph: Graph, anonymous: GraphQLClient, staff: GraphQLClient
) -> None:
    # A window leaves out the undated event (and the undated draft staff see); the article, a
    # year older than `to`, counts half. Staff may end a window on any day.
    to = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=365)
    window = {"to": to.isoformat(), "halfLife": 365}
    data = await staff.data(PARTNERS, {"id": graph.id("stakeholder"), "filter": window})
    [partner] = data["coappearancePartners"]
    assert (partner["count"], round(partner["weight"], 2)) == (1, 0.5)
    data = await anonymous.data(PARTNERS, {"id": graph.id("stakeholder"), "filter": BOTH})
    assert len(data["coappearancePartners"]) == 1
    only_kim = {"category": ["KIM"]}
    data = await anonymous.data(PARTNERS, {"id": graph.id("stakeholder"), "filter": only_kim})
    assert data["coappearancePartners"] == []


async def test_network_metrics_sorted_and_filtered(graph: Graph, anonymous: GraphQLClient) -> None:
    t = graph.t
    where = {"search": f"Permission {t}", "minDegree": 1}
    order = {"field": "NAME", "direction": "ASC"}
    data = await anonymous.data(NETWORK, {"filter": BOTH, "where": where, "order": order})
    nodes = data["stakeholderNetwork"]["nodes"]
    assert nodes["totalCount"] == 2
    found = [edge["node"] for edge in nodes["edges"]]
    community = found[0]["community"]
    assert found == [
        {"name": f"KIM Permission {t}", "category": "KIM", "degree": 1, "weightedDegree": 2.0,
         "betweenness": 0.0, "community": community,
         "stakeholder": {"slug": f"kim-permission-{t}"}},
        {"name": f"Sanggar Permission {t}", "category": "TRADITIONAL_MEDIA", "degree": 1,
         "weightedDegree": 2.0, "betweenness": 0.0, "community": community,
         "stakeholder": {"slug": f"sanggar-permission-{t}"}},
    ]  # fmt: skip
    by_community = {"community": [community], "search": f"Permission {t}"}
    data = await anonymous.data(NETWORK, {"filter": BOTH, "where": by_community})
    assert data["stakeholderNetwork"]["nodes"]["totalCount"] == 2


async def test_top_page_rank_first(graph: Graph, anonymous: GraphQLClient) -> None:
    query = """{ stakeholderNetwork { nodeCount edgeCount communityCount
      nodes(first: 3) { edges { node { pageRank } } }
      edges(first: 2) { totalCount edges { node { kind weight count } } }
      communities(first: 1) { edges { node { number size members { community } } } } } }"""
    network = (await anonymous.data(query))["stakeholderNetwork"]
    ranks = [edge["node"]["pageRank"] for edge in network["nodes"]["edges"]]
    assert len(ranks) == 3
    assert ranks == sorted(ranks, reverse=True)
    weights = [edge["node"]["weight"] for edge in network["edges"]["edges"]]
    assert weights == sorted(weights, reverse=True)
    assert network["edges"]["totalCount"] == network["edgeCount"]
    [largest] = [edge["node"] for edge in network["communities"]["edges"]]
    assert largest["number"] == 1
    assert {m["community"] for m in largest["members"]} == {1}


WHOLE = """
query($n: Int) {
  stakeholderNetwork {
    nodeCount edgeCount
    nodes(first: $n) { totalCount edges { node { name } } }
    edges(first: $n) { totalCount edges { node { weight } } }
  }
}
"""


async def test_network_pages_go_up_to_5000(graph: Graph, anonymous: GraphQLClient) -> None:
    # The explorer draws a whole network in one request; other lists stop at 100.
    network = (await anonymous.data(WHOLE, {"n": 2000}))["stakeholderNetwork"]
    assert network["nodeCount"] > 20  # more than a default page
    assert len(network["nodes"]["edges"]) == network["nodes"]["totalCount"] == network["nodeCount"]
    assert len(network["edges"]["edges"]) == network["edgeCount"]
    too_many = "{ stakeholderNetwork { nodes(first: 5001) { totalCount } } }"
    [error] = await anonymous.errors(too_many)
    assert error == "`first` must be between 0 and 5000, got 5001."


async def test_bad_filters(graph: Graph, anonymous: GraphQLClient) -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({"region": "64.x"}, "Invalid region code '64.x': expected a Kemendagri code"),
        ({"region": "99"}, "Unknown region code '99'."),
        ({"from": "2024-02-01", "to": "2024-01-01"}, "`from` (2024-02-01) is after `to`"),
        ({"halfLife": 0}, "`halfLife` must be a positive number of days, got 0.0."),
    ]
    for bad, message in cases:
        [error] = await anonymous.errors(NETWORK, {"filter": bad})
        assert error.startswith(message), error
    [error] = await anonymous.errors(PARTNERS, {"id": graph.id("person")})
    assert error == "`id` must be the id of a stakeholder."


async def test_cached_until_a_write(graph: Graph, as_role: Any, write_settings: Settings) -> None:
    editor: GraphQLClient = await as_role("editor")
    cache = graph_cache(write_settings)
    variables = {"filter": BOTH, "where": {"search": f"Permission {graph.t}"}}
    await editor.data(NETWORK, variables)
    before = cache.counts.copy()
    await editor.data(NETWORK, variables)
    await editor.data(NETWORK, variables)
    assert cache.counts == before  # no recomputation without a write
    renamed = await mutate(
        editor,
        "updateStakeholder",
        {"id": graph.id("stakeholder2"), "version": 1, "name": f"Baru {graph.t}"},
    )
    assert renamed["__typename"] == "Stakeholder"
    data = await editor.data(NETWORK, variables | {"where": {"search": f"Baru {graph.t}"}})
    names = [e["node"]["name"] for e in data["stakeholderNetwork"]["nodes"]["edges"]]
    assert names == [f"Baru {graph.t}"]
    assert cache.counts["snapshot"] == before["snapshot"] + 1
    assert cache.counts["metrics"] == before["metrics"] + 1
