"""A stakeholder network as files: GraphML and GEXF (Gephi, via networkx's writers) and CSV
node and edge lists. Nodes carry name, category, status, region and every metric.

Names are written as the database holds them, less what XML cannot hold (api/text.py; a row
written by hand may still carry it); a CSV cell that a spreadsheet would run as a formula is
quoted with a leading apostrophe (OWASP's advice on CSV injection)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from typing import Any

import networkx  # type: ignore[import-untyped]  # networkx ships no type information

from api.graph.audience import View
from api.graph.metrics import Metrics
from api.graph.network import Network
from api.graph.snapshot import date_of
from api.text import xml_safe

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
# What Excel, LibreOffice and Google Sheets read as the start of a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


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


def csv_cell(value: Any) -> Any:
    """`value`, or a text a spreadsheet would run as a formula behind an apostrophe. Numbers,
    and texts that are just a number (-1.5), are left alone: a spreadsheet reads them as numbers.
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(value):
        return f"'{value}"
    return value


def to_csv(columns: tuple[str, ...], rows: list[list[Any]]) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([csv_cell(value) for value in row] for row in rows)
    return out.getvalue().encode()


def _xml_value(value: Any) -> Any:
    return xml_safe(value) if isinstance(value, str) else value


def to_networkx(view: View, network: Network, metrics: Metrics, gid: GlobalId) -> Any:
    graph = networkx.Graph()
    for row in node_rows(view, network, metrics, gid):
        values = [_xml_value(value) for value in row[1:]]
        graph.add_node(row[0], **dict(zip(NODE_COLUMNS[1:], values, strict=True)))
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
