"""The plan of a read: the validated operation walked into a tree the SQL and the shaping follow.

Fields are collected as GraphQL's executor collects them (fragments, inline fragments,
@include/@skip, merging by response key), so the plan depends on the document, the operation
and the values of the variables @include/@skip read; arguments are read per request. Anything
the compiler cannot express raises Unsupported, and the operation goes to the resolvers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLField,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLUnionType,
    OperationDefinitionNode,
    OperationType,
)
from graphql.execution.values import VariableValues
from strawberry.types.field import StrawberryField

from schema.compiled.collect import FieldCollector
from schema.compiled.describe import (
    Leaf,
    RecordType,
    Unsupported,
    describe,
    list_spec,
    lookup_spec,
    strawberry_field,
)
from schema.lists import ListSpec, RefSpec, UnionSpec
from schema.lookups import LookupSpec


@dataclass(frozen=True, slots=True)
class Args:
    """Where a field's arguments are read from, per request."""

    field_def: GraphQLField
    node: FieldNode
    strawberry: StrawberryField


@dataclass(slots=True)
class ObjectPlan:
    record: RecordType
    # (response key, what): a Leaf, a typename string, or a nested plan.
    selections: list[tuple[str, Leaf | str | ListPlan | RefPlan | UnionPlan]] = field(
        default_factory=list
    )
    columns: tuple[str, ...] = ()


@dataclass(slots=True)
class ListPlan:
    spec: ListSpec
    args: Args
    slot: str
    # (response key, what): "totalCount", a typename string (prefixed "@"), PageInfoPlan,
    # or EdgesPlan.
    selections: list[tuple[str, str | PageInfoPlan | EdgesPlan]] = field(default_factory=list)

    @property
    def wants_count(self) -> bool:
        return any(what == "totalCount" for _, what in self.selections)


@dataclass(slots=True)
class RefPlan:
    spec: RefSpec
    slot: str
    target: ObjectPlan


@dataclass(slots=True)
class UnionPlan:
    discriminator: str  # the column whose value picks the member
    members: dict[Any, RefPlan]  # by the discriminator's stored value


@dataclass(slots=True)
class PageInfoPlan:
    selections: list[tuple[str, str]]  # (response key, PageInfo field name or "@Typename")


@dataclass(slots=True)
class EdgesPlan:
    selections: list[tuple[str, str | ObjectPlan]]  # "cursor", "@EdgeType", or the node


@dataclass(slots=True)
class RootPlan:
    key: str
    list: ListPlan | None = None
    lookup: tuple[LookupSpec, Args, ObjectPlan] | None = None
    typename: str | None = None


def plan_operation(
    schema: GraphQLSchema,
    document: DocumentNode,
    operation: OperationDefinitionNode,
    variables: VariableValues,
) -> list[RootPlan]:
    if operation.operation is not OperationType.QUERY:
        raise Unsupported("only queries")
    planner = _Planner(schema, document, variables)
    query = schema.query_type
    assert query is not None
    roots = []
    for key, nodes in planner.collect(query, [operation.selection_set]).items():
        name = nodes[0].name.value
        if name == "__typename":
            roots.append(RootPlan(key, typename=query.name))
            continue
        field_def = query.fields.get(name)
        if field_def is None:
            raise Unsupported(name)
        sf = strawberry_field(field_def)
        assert sf is not None
        args = Args(field_def, nodes[0], sf)
        spec = list_spec(field_def)
        if spec is not None and spec.parent is None:
            roots.append(RootPlan(key, list=planner.connection(spec, args, field_def, nodes)))
            continue
        lookup = lookup_spec(field_def)
        if lookup is not None:
            target = planner.record_type(field_def)
            roots.append(RootPlan(key, lookup=(lookup, args, planner.object(target, nodes))))
            continue
        raise Unsupported(name)
    return roots


def _columns(record: RecordType, attr: str) -> tuple[str, ...]:
    field_ = record.model._meta.fields_map[attr]
    return (field_.source_field or field_.model_field_name,)


class _Planner:
    def __init__(
        self, schema: GraphQLSchema, document: DocumentNode, variables: VariableValues
    ) -> None:
        self.records = describe(schema)
        self.collect = FieldCollector(schema, document, variables).collect
        self.slots = 0

    def slot(self) -> str:
        self.slots += 1
        return f"_{self.slots}"

    def record_type(self, field_def: GraphQLField) -> GraphQLObjectType:
        named = field_def.type
        while hasattr(named, "of_type"):
            named = named.of_type
        if not isinstance(named, GraphQLObjectType) or named.name not in self.records:
            raise Unsupported(str(named))
        return named

    def object(self, gql_type: GraphQLObjectType, nodes: list[FieldNode]) -> ObjectPlan:
        record = self.records[gql_type.name]
        plan = ObjectPlan(record)
        columns: dict[str, None] = {}
        sets = [n.selection_set for n in nodes if n.selection_set is not None]
        for key, sub in self.collect(gql_type, sets).items():
            name = sub[0].name.value
            if name == "__typename":
                plan.selections.append((key, gql_type.name))
                continue
            desc = record.fields.get(name)
            if desc is None:
                raise Unsupported(f"{gql_type.name}.{name}")
            if isinstance(desc, Leaf):
                columns.update(dict.fromkeys(desc.columns))
                plan.selections.append((key, desc))
                continue
            field_def = gql_type.fields[name]
            if isinstance(desc.spec, UnionSpec):
                union = self.union(record, desc.spec, field_def, sub)
                columns.update(dict.fromkeys((union.discriminator,)))
                for member in union.members.values():
                    columns.update(dict.fromkeys(_columns(record, member.spec.attr)))
                plan.selections.append((key, union))
                continue
            attr = desc.spec.attr if isinstance(desc.spec, RefSpec) else desc.spec.parent_attr
            columns.update(dict.fromkeys(_columns(record, attr)))
            if isinstance(desc.spec, ListSpec):
                args = Args(field_def, sub[0], desc.field)
                plan.selections.append((key, self.connection(desc.spec, args, field_def, sub)))
            else:
                target = self.object(self.record_type(field_def), sub)
                plan.selections.append((key, RefPlan(desc.spec, self.slot(), target)))
        plan.columns = tuple(columns)
        return plan

    def union(
        self, record: RecordType, spec: UnionSpec, field_def: GraphQLField, nodes: list[FieldNode]
    ) -> UnionPlan:
        union = field_def.type
        while hasattr(union, "of_type"):
            union = union.of_type
        if not isinstance(union, GraphQLUnionType):
            raise Unsupported(str(union))
        by_model = {self.records[t.name].model: t for t in union.types if t.name in self.records}
        members = {}
        for value, (model, attr) in spec.targets.items():
            member = by_model.get(model)
            if member is None:
                raise Unsupported(str(model))
            target = self.object(member, nodes)
            members[getattr(value, "value", value)] = RefPlan(
                RefSpec(model, attr), self.slot(), target
            )
        (discriminator,) = _columns(record, spec.discriminator)
        return UnionPlan(discriminator, members)

    def connection(
        self, spec: ListSpec, args: Args, field_def: GraphQLField, nodes: list[FieldNode]
    ) -> ListPlan:
        conn_type = self._object_type(field_def)
        plan = ListPlan(spec, args, self.slot())
        sets = [n.selection_set for n in nodes if n.selection_set is not None]
        for key, sub in self.collect(conn_type, sets).items():
            name = sub[0].name.value
            if name == "__typename":
                plan.selections.append((key, "@" + conn_type.name))
            elif name == "totalCount":
                plan.selections.append((key, "totalCount"))
            elif name == "pageInfo":
                plan.selections.append((key, self.page_info(conn_type.fields[name], sub)))
            elif name == "edges":
                plan.selections.append((key, self.edges(conn_type.fields[name], sub)))
            else:
                raise Unsupported(f"{conn_type.name}.{name}")
        return plan

    def page_info(self, field_def: GraphQLField, nodes: list[FieldNode]) -> PageInfoPlan:
        info_type = self._object_type(field_def)
        sets = [n.selection_set for n in nodes if n.selection_set is not None]
        selections = []
        for key, sub in self.collect(info_type, sets).items():
            name = sub[0].name.value
            selections.append((key, "@" + info_type.name if name == "__typename" else name))
        return PageInfoPlan(selections)

    def edges(self, field_def: GraphQLField, nodes: list[FieldNode]) -> EdgesPlan:
        edge_type = self._object_type(field_def)
        sets = [n.selection_set for n in nodes if n.selection_set is not None]
        selections: list[tuple[str, str | ObjectPlan]] = []
        for key, sub in self.collect(edge_type, sets).items():
            name = sub[0].name.value
            if name == "__typename":
                selections.append((key, "@" + edge_type.name))
            elif name == "cursor":
                selections.append((key, "cursor"))
            elif name == "node":
                node_type = self.record_type(edge_type.fields[name])
                selections.append((key, self.object(node_type, sub)))
            else:
                raise Unsupported(f"{edge_type.name}.{name}")
        return EdgesPlan(selections)

    def _object_type(self, field_def: GraphQLField) -> GraphQLObjectType:
        named = field_def.type
        while hasattr(named, "of_type"):
            named = named.of_type
        if not isinstance(named, GraphQLObjectType):
            raise Unsupported(str(named))
        return named
