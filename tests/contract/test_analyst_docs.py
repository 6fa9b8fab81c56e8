"""Every example in docs/analysts.md runs against the demo data and gives the answer shown.

A ```graphql block runs anonymously. The ```json block right after it is its answer: the
`data`, or the whole body when it shows `errors` (without their `locations`). Answers must
match exactly, except that a number shown with decimals matches the real one rounded to as many
places. Every export URL in a ```sh block is fetched and parsed; the ```csv block right after
one holds the rows that file has, in any order, ids possibly cut short with "…".
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

import pytest
from graphql import FieldNode, OperationDefinitionNode, parse

from api.graph import export
from api.graph.http import EXPORT_COST, FORMATS
from api.services.months import MAX_MONTHS
from api.settings import Settings
from schema import schema
from schema.graph.inputs import MAX_DEPTH, MAX_NEIGHBOURHOOD, MAX_PATH_LENGTH, MAX_PATHS
from schema.graph.network import NETWORK_PAGE_MAX
from schema.limits.cost import FIELD_COSTS, query_cost
from schema.limits.policy import DEFAULT_LIMITS
from tests.conftest import GraphQLClient
from tests.contract.guides import DOCS, Block, examples

GUIDE = "analysts.md"
TEXT = (DOCS / GUIDE).read_text(encoding="utf-8")
QUERIES = examples(GUIDE)
EXPORT = re.compile(r"'https?://[^/']+(/exports/[^']+)'")
DOWNLOADS = [block for block in examples(GUIDE, "sh") if EXPORT.search(block.text)]
URLS = [url for block in DOWNLOADS for url in EXPORT.findall(block.text)]
COLUMNS = {"network-nodes.csv": export.NODE_COLUMNS, "network-edges.csv": export.EDGE_COLUMNS}
ROOTS = {"network.graphml": "graphml", "network.gexf": "gexf"}
# What the guide promises to cover: every root field here, and Stakeholder.activity.
COVERED = {
    "search",
    "coappearancePartners",
    "stakeholderNetwork",
    "neighbourhood",
    "shortestPaths",
    "dormantStakeholders",
    "coverage",
    "dashboard",
    "activity",
}


def name(block: Block) -> str:
    operation = parse(block.text).definitions[0]
    assert isinstance(operation, OperationDefinitionNode)
    assert operation.name is not None
    return operation.name.value


def fields(block: Block) -> Iterator[str]:
    stack = list(parse(block.text).definitions)
    while stack:
        node = stack.pop()
        if isinstance(node, FieldNode):
            yield node.name.value
        selections = getattr(node, "selection_set", None)
        stack.extend(selections.selections if selections else ())


def differences(real: Any, shown: Any, path: str = "") -> Iterator[str]:
    """Where a real answer differs from the one shown, as readable lines."""
    if isinstance(shown, float) and isinstance(real, (int, float)):
        places = len(repr(shown).split(".")[1])
        if round(real, places) != shown:
            yield f"{path}: {real} is not {shown}"
    elif isinstance(shown, dict) and isinstance(real, dict):
        if shown.keys() != real.keys():
            yield f"{path}: keys {sorted(real)}, the guide shows {sorted(shown)}"
        for key in shown.keys() & real.keys():
            yield from differences(real[key], shown[key], f"{path}.{key}")
    elif isinstance(shown, list) and isinstance(real, list):
        if len(shown) != len(real):
            yield f"{path}: {len(real)} items, the guide shows {len(shown)}"
        for i, (a, b) in enumerate(zip(real, shown, strict=False)):
            yield from differences(a, b, f"{path}[{i}]")
    elif real != shown or type(real) is not type(shown):
        yield f"{path}: {real!r} is not {shown!r}"


def test_the_guide_covers_the_graph_api() -> None:
    assert len(QUERIES) >= 10
    assert all(block.answer and block.answer.language == "json" for block in QUERIES)
    assert {field for block in QUERIES for field in fields(block)} >= COVERED
    assert {url.split("?")[0] for url in URLS} == {f"/exports/{n}" for n in FORMATS}


@pytest.mark.parametrize("block", QUERIES, ids=[name(block) for block in QUERIES])
async def test_example_gives_the_answer_shown(gql: GraphQLClient, block: Block) -> None:
    assert block.answer is not None
    shown = json.loads(block.answer.text)
    body = await gql.post(block.text)
    if "errors" in shown:
        for error in body.get("errors", []):
            error.pop("locations", None)
        real = body
    else:
        assert "errors" not in body, body["errors"]
        real = body["data"]
    assert not list(differences(real, shown)), list(differences(real, shown))


async def download(gql: GraphQLClient, url: str) -> tuple[str, str]:
    response = await gql.http.get(url)
    assert response.status_code == 200, response.text
    kind = url.split("?")[0].removeprefix("/exports/")
    assert response.headers["content-type"] == FORMATS[kind][1]
    return kind, response.text


@pytest.mark.parametrize("url", URLS)
async def test_export_opens(gql: GraphQLClient, url: str) -> None:
    kind, text = await download(gql, url)
    if kind in COLUMNS:
        rows = list(csv.reader(io.StringIO(text)))
        assert tuple(rows[0]) == COLUMNS[kind]
        assert len(rows) > 1
    else:
        root = ET.fromstring(text)
        assert root.tag.rsplit("}", 1)[-1] == ROOTS[kind]
        assert any(element.tag.endswith("node") for element in root.iter())


def same_row(real: list[str], shown: list[str]) -> bool:
    def same(a: str, b: str) -> bool:
        if b.endswith("…"):
            return a.startswith(b[:-1])
        if re.fullmatch(r"-?\d+\.\d+", b):
            return not list(differences(float(a), float(b)))
        return a == b

    return len(real) == len(shown) and all(map(same, real, shown))


async def test_export_has_the_rows_shown(gql: GraphQLClient) -> None:
    [block] = [block for block in DOWNLOADS if block.answer is not None]
    assert block.answer is not None
    assert block.answer.language == "csv"
    [url] = EXPORT.findall(block.text)
    _, text = await download(gql, url)
    header, *real = list(csv.reader(io.StringIO(text)))
    shown_header, *shown = list(csv.reader(io.StringIO(block.answer.text)))
    assert header == shown_header
    assert len(real) == len(shown)
    for row in shown:
        assert [r for r in real if same_row(r, row)], f"no row like {row}"


def test_the_cost_table_is_the_estimate() -> None:
    table = dict(re.findall(r"^\| `(\w+\.\w+)` \| (\d+) \|$", TEXT, re.M))
    assert len(table) == 12
    for field, cost in table.items():
        type_name, field_name = field.split(".")
        assert FIELD_COSTS[(type_name, field_name)] == int(cost), field
    assert f"Each export spends {EXPORT_COST} units" in TEXT


def test_the_costs_quoted_are_the_estimate() -> None:
    by_name = {name(block): block.text for block in QUERIES}
    quoted = re.findall(r"`([^`]+)`(?: above)? costs ([\d,]*\d)", TEXT)
    assert len(quoted) == 3
    for query, cost in quoted:
        estimate = query_cost(schema._schema, parse(by_name.get(query, query)))
        assert estimate == int(cost.replace(",", "")), query


def test_the_limits_quoted_are_the_servers() -> None:
    words = " ".join(TEXT.split())
    public, staff, defaults = DEFAULT_LIMITS["partner"], DEFAULT_LIMITS["staff"], Settings()
    assert DEFAULT_LIMITS["anonymous"].cost == public.cost
    phrases = [
        f"within `depth` steps (1 to {MAX_DEPTH})",
        f"(default 200, at most {MAX_NEIGHBOURHOOD})",
        f"default 6, up to {MAX_PATH_LENGTH})",
        f"(default 1, up to {MAX_PATHS})",
        f"take pages of up to {NETWORK_PAGE_MAX}",
        f"at most {MAX_MONTHS}:",
        f"`months` outside 1-{MAX_MONTHS}",
        f"at most {public.cost:,} for keys and anonymous callers, {staff.cost:,} for staff",
        f"({defaults.rate_limit_key_cost_per_minute:,} for a key or an address, "
        f"{defaults.rate_limit_staff_cost_per_minute:,} for a staff session)",
        f"{defaults.rate_limit_key_per_minute} per key, "
        f"{defaults.rate_limit_staff_per_minute} per session, "
        f"{defaults.rate_limit_anonymous_per_minute} per address",
    ]
    assert [phrase for phrase in phrases if phrase not in words] == []
