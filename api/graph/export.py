"""A stakeholder network as files: GraphML and GEXF (Gephi, via networkx's writers) and CSV
node and edge lists. Nodes carry name, category, status, region and every metric."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

import networkx  # type: ignore[import-untyped]  # networkx ships no type information

from api.graph.audience import View
from api.graph.metrics import Metrics
from api.graph.network import Network
from api.graph.snapshot import date_of

NODE_COLUMNS = (
    "id",
    "label",
    "category",
    "status",
    "region",
    "region_name",
    "degree",
    "weighted_degree",
    "betweenness",
    "page_rank",
    "community",
)
EDGE_COLUMNS = ("source", "target", "count", "weight", "first", "last")
GlobalId = Callable[[str], str]


def node_rows(view: View, network: Network, metrics: Metrics, gid: GlobalId) -> list[list[Any]]:
    g = view.graph
    rows = []
    for p, i in enumerate(network.nodes):
        region = g.region_of.get(i)
        rows.append([
            gid(g.keys[i]), g.labels[i], g.category[i], g.status[i],
            g.codes[region] if region is not None else "",
            g.labels[region] if region is not None else "",
            metrics.degree[p], metrics.weighted_degree[p], metrics.betweenness[p],
            metrics.page_rank[p], metrics.community[p],
        ])  # fmt: skip
    return rows


def edge_rows(view: View, network: Network, gid: GlobalId) -> list[list[Any]]:
    g = view.graph
    rows = []
    for k in network.strongest:
        a, b = network.pairs[k]
        days = [day for day in (g.days[n] for n in network.evidence[k]) if day is not None]
        first, last = (date_of(min(days)), date_of(max(days))) if days else (None, None)
        rows.append([
            gid(g.keys[network.nodes[a]]), gid(g.keys[network.nodes[b]]),
            network.counts[k], network.weights[k],
            first.isoformat() if first else "", last.isoformat() if last else "",
        ])  # fmt: skip
    return rows


def to_csv(columns: tuple[str, ...], rows: list[list[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue().encode()


def to_networkx(view: View, network: Network, metrics: Metrics, gid: GlobalId) -> Any:
    graph = networkx.Graph()
    for row in node_rows(view, network, metrics, gid):
        graph.add_node(row[0], **dict(zip(NODE_COLUMNS[1:], row[1:], strict=True)))
    for source, target, count, weight, first, last in edge_rows(view, network, gid):
        graph.add_edge(source, target, count=count, weight=weight, first=first, last=last)
    return graph


def to_graphml(graph: Any) -> bytes:
    out = io.BytesIO()
    networkx.write_graphml(graph, out)
    return out.getvalue()


def to_gexf(graph: Any) -> bytes:
    out = io.BytesIO()
    networkx.write_gexf(graph, out)
    return out.getvalue()
