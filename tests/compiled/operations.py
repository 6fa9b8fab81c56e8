"""Random valid read operations over the part of the schema the compiled engine expresses.

Driven by the engine's own description of the schema (schema/compiled/describe.py) and the
GraphQL types: root lists and lookups, nested lists and references (the mention target union
included), leaves, `__typename`, filters built from each filter input type, orderings, page
windows (valid and not), aliases, named and inline fragments, variables and @include/@skip.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLInputObjectType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLScalarType,
    GraphQLUnionType,
)
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from schema import schema
from schema.compiled.describe import Leaf, Nested, describe, list_spec, lookup_spec
from schema.lists import ListSpec
from schema.pagination import encode_cursor

GQL = schema._schema
assert GQL.query_type is not None
QUERY: GraphQLObjectType = GQL.query_type
ROOT_LISTS = sorted(
    n for n, f in QUERY.fields.items() if (s := list_spec(f)) is not None and s.parent is None
)
LOOKUPS = sorted(n for n, f in QUERY.fields.items() if lookup_spec(f) is not None)
SLUGS = [
    "kim-kabupaten-paser",
    "dinas-komunikasi-dan-informatika-provinsi-kalimantan-timur",
    "no-such-slug",
    "x" * 300,
]
TEXTS = ["a", "Dinas", "an", "zzz", "%", "_"]
# Mostly valid arguments (the compiled engine answers), sometimes not (the resolvers do).
REGION_CODES = ["64", "64.01", "64.01.04", "64", "64.01", "99", "not-a-code"]
CURSORS = [encode_cursor(k) for k in range(10)] + ["bogus"]
SIZES = ["first"] * 8 + ["last"] * 3 + ["none"] * 3 + ["bad"]


@dataclass
class Operation:
    """A query document and its variables, built as it is drawn."""

    variables: dict[str, Any] = field(default_factory=dict)
    definitions: list[str] = field(default_factory=list)  # variable definitions
    fragments: list[str] = field(default_factory=list)

    def variable(self, type_name: str, value: Any) -> str:
        name = f"v{len(self.variables)}"
        self.variables[name] = value
        self.definitions.append(f"${name}: {type_name}")
        return f"${name}"


def _named(gql_type: Any) -> Any:
    while isinstance(gql_type, GraphQLNonNull | GraphQLList):
        gql_type = gql_type.of_type
    return gql_type


def _literal(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return str(value)


@st.composite
def input_value(draw: st.DrawFn, name: str, gql_type: Any) -> str:
    named = _named(gql_type)
    is_list = isinstance(gql_type, GraphQLList) or (
        isinstance(gql_type, GraphQLNonNull) and isinstance(gql_type.of_type, GraphQLList)
    )
    if isinstance(named, GraphQLEnumType):
        values = draw(st.lists(st.sampled_from(sorted(named.values)), min_size=1, max_size=2))
        return "[" + ", ".join(values) + "]" if is_list else values[0]
    if isinstance(named, GraphQLInputObjectType):
        return draw(input_object(named))
    assert isinstance(named, GraphQLScalarType)
    if named.name == "Boolean":
        value: Any = draw(st.booleans())
    elif named.name == "Int":
        value = draw(st.integers(2000, 2030))
    elif named.name == "Date":
        value = draw(st.dates(dt.date(2010, 1, 1), dt.date(2028, 1, 1))).isoformat()
    elif named.name == "DateTime":
        day = draw(st.dates(dt.date(2015, 1, 1), dt.date(2028, 1, 1)))
        value = f"{day.isoformat()}T00:00:00+00:00"
    elif name in ("region", "within"):
        value = draw(st.sampled_from(REGION_CODES))
    elif name == "role":
        value = draw(st.sampled_from(["ketua", "anggota", "sekretaris"]))
    elif name == "language":
        value = draw(st.sampled_from(["id", "en"]))
    else:
        value = draw(st.sampled_from(TEXTS))
    return f"[{_literal(value)}]" if is_list else _literal(value)


@st.composite
def input_object(draw: st.DrawFn, gql_type: GraphQLInputObjectType) -> str:
    names = draw(st.lists(st.sampled_from(sorted(gql_type.fields)), max_size=2, unique=True))
    parts = [f"{n}: {draw(input_value(n, gql_type.fields[n].type))}" for n in names]
    return "{" + ", ".join(parts) + "}"


@st.composite
def list_arguments(draw: st.DrawFn, op: Operation, field_def: Any) -> str:
    args: list[str] = []
    size = draw(st.sampled_from(SIZES))
    if size == "first":
        n = draw(st.integers(0, 3))
        value = op.variable("Int", n) if draw(st.booleans()) else str(n)
        args.append(f"first: {value}")
    elif size == "last":
        args.append(f"last: {draw(st.integers(1, 3))}")
    elif size == "bad":
        args.append(draw(st.sampled_from(["first: 101", "first: -1", "first: 1, last: 1"])))
    for cursor in ("after", "before"):
        if draw(st.integers(0, 4)) == 0:
            args.append(f"{cursor}: {_literal(draw(st.sampled_from(CURSORS[:5] + CURSORS)))}")
    if draw(st.integers(0, 2)) == 0:
        args.append(f"filter: {draw(input_object(_named(field_def.args['filter'].type)))}")
    if draw(st.integers(0, 2)) == 0:
        order = _named(field_def.args["orderBy"].type)
        column = draw(st.sampled_from(sorted(_named(order.fields["field"].type).values)))
        direction = draw(st.sampled_from(["ASC", "DESC"]))
        args.append(f"orderBy: {{field: {column}, direction: {direction}}}")
    return f"({', '.join(args)})" if args else ""


def _key(draw: st.DrawFn, name: str) -> str:
    return f"{name}_{draw(st.integers(0, 9))}: {name}" if draw(st.integers(0, 5)) == 0 else name


@st.composite
def directive(draw: st.DrawFn, op: Operation) -> str:
    choice = draw(st.integers(0, 9))
    if choice > 1:
        return ""
    flag = draw(st.booleans())
    value = op.variable("Boolean!", flag) if draw(st.booleans()) else _literal(flag)
    return f" @{'include' if choice else 'skip'}(if: {value})"


@st.composite
def record_selection(draw: st.DrawFn, op: Operation, type_name: str, depth: int) -> str:
    record = describe(GQL)[type_name]
    gql_type = GQL.type_map[type_name]
    assert isinstance(gql_type, GraphQLObjectType)
    leaves = sorted(n for n, d in record.fields.items() if isinstance(d, Leaf))
    parts = [
        _key(draw, n) + draw(directive(op))
        for n in draw(st.lists(st.sampled_from(leaves), min_size=1, max_size=4, unique=True))
    ]
    if draw(st.integers(0, 5)) == 0:
        parts.append("__typename")
    nested = sorted(n for n, d in record.fields.items() if isinstance(d, Nested))
    if depth > 0 and nested:
        for name in draw(st.lists(st.sampled_from(nested), max_size=2, unique=True)):
            desc = record.fields[name]
            assert isinstance(desc, Nested)
            field_def = gql_type.fields[name]
            if isinstance(desc.spec, ListSpec):
                args = draw(list_arguments(op, field_def))
                body = draw(connection(op, _named(field_def.type).name, depth - 1))
            else:
                args = ""
                body = draw(target(op, _named(field_def.type), depth - 1))
            parts.append(f"{_key(draw, name)}{args}{draw(directive(op))} {{ {body} }}")
    shape = draw(st.integers(0, 5))
    if shape == 0:
        name = f"F{len(op.fragments)}"
        op.fragments.append(f"fragment {name} on {type_name} {{ {' '.join(parts)} }}")
        return f"...{name}"
    if shape == 1:
        return f"... on Record {{ id }} ... on {type_name} {{ {' '.join(parts)} }}"
    return " ".join(parts)


@st.composite
def target(draw: st.DrawFn, op: Operation, gql_type: Any, depth: int) -> str:
    if not isinstance(gql_type, GraphQLUnionType):
        return draw(record_selection(op, gql_type.name, depth))
    members = draw(st.lists(st.sampled_from(sorted(t.name for t in gql_type.types)), max_size=2))
    parts = ["__typename"] + [
        f"... on {m} {{ {draw(record_selection(op, m, depth))} }}" for m in members
    ]
    return " ".join(parts)


@st.composite
def connection(draw: st.DrawFn, op: Operation, conn_type: str, depth: int) -> str:
    conn = GQL.type_map[conn_type]
    assert isinstance(conn, GraphQLObjectType)
    node = _named(_named(conn.fields["edges"].type).fields["node"].type).name
    parts = []
    if draw(st.integers(0, 2)) == 0:
        parts.append(_key(draw, "totalCount"))
    if draw(st.integers(0, 2)) == 0:
        info = draw(
            st.lists(
                st.sampled_from(
                    ["hasNextPage", "hasPreviousPage", "startCursor", "endCursor", "__typename"]
                ),
                min_size=1,
                max_size=4,
                unique=True,
            )
        )
        parts.append(f"pageInfo {{ {' '.join(info)} }}")
    edge = ["cursor"] if draw(st.booleans()) else []
    edge.append(f"node {{ {draw(record_selection(op, node, depth))} }}")
    parts.append(f"{_key(draw, 'edges')} {{ {' '.join(edge)} }}")
    if draw(st.integers(0, 6)) == 0:
        parts.append("__typename")
    return " ".join(parts)


@st.composite
def operations(draw: st.DrawFn) -> tuple[str, dict[str, Any]]:
    op = Operation()
    roots = []
    for i in range(draw(st.integers(1, 2))):
        if draw(st.integers(0, 4)) == 0:
            name = draw(st.sampled_from(LOOKUPS))
            field_def = QUERY.fields[name]
            slug = _literal(draw(st.sampled_from(SLUGS)))
            body = draw(record_selection(op, _named(field_def.type).name, 2))
            roots.append(f"r{i}: {name}(slug: {slug}) {{ {body} }}")
        else:
            name = draw(st.sampled_from(ROOT_LISTS))
            field_def = QUERY.fields[name]
            args = draw(list_arguments(op, field_def))
            body = draw(connection(op, _named(field_def.type).name, 2))
            roots.append(f"r{i}: {name}{args} {{ {body} }}")
    if draw(st.integers(0, 9)) == 0:
        roots.append("__typename")
    head = f"query Q({', '.join(op.definitions)})" if op.definitions else "query Q"
    document = f"{head} {{ {' '.join(roots)} }} {' '.join(op.fragments)}"
    return document, op.variables


def generate(count: int) -> list[tuple[str, dict[str, Any]]]:
    """`count` operations, the same ones on every run (with the ORM initialised: the
    description reads the models' relations)."""
    found: list[tuple[str, dict[str, Any]]] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
        deadline=None,
    )
    @given(operations())
    def collect(operation: tuple[str, dict[str, Any]]) -> None:
        found.append(operation)

    collect()
    return found
