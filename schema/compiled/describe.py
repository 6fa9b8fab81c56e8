"""What the compiler knows about the schema, read from the declarations the resolvers use.

Every object type with a `model` (the Record types) is described field by field: a stored
column, the global id, a value computed from the record alone, a nested list (`list_field`), a
to-one reference (`ref_field`). A field described as none of these (a resolver that reads the
context, takes arguments or returns an object) is unsupported: a query asking for it is answered
by the resolvers.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from graphql import (
    GraphQLField,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
)
from strawberry.relay.utils import to_base64
from strawberry.types.field import StrawberryField
from tortoise import Tortoise
from tortoise.fields.base import Field as ModelField
from tortoise.models import Model

from schema.lists import LIST_SPEC, REF_SPEC, UNION_SPEC, ListSpec, RefSpec, UnionSpec
from schema.lookups import LOOKUP_SPEC, LookupSpec

DEFINITION = "strawberry-definition"


class Unsupported(Exception):
    """The operation asks for something the compiler does not express (or a value it cannot
    give as the resolvers would, such as a null for a non-null field)."""


# Turns a row of the database's JSON (column name -> raw value) into the field's value.
Finish = Callable[[dict[str, Any]], Any]


@dataclass(frozen=True, slots=True)
class Leaf:
    columns: tuple[str, ...]
    finish: Finish


@dataclass(frozen=True, slots=True)
class Nested:
    """A list_field (`spec.parent` set) under a record, a ref_field, or a union reference."""

    spec: ListSpec | RefSpec | UnionSpec
    field: StrawberryField
    type_name: str  # the connection type, or the referenced record type


FieldDesc = Leaf | Nested


@dataclass(frozen=True, slots=True)
class RecordType:
    name: str
    model: type[Model]
    fields: dict[str, FieldDesc]  # supported fields by GraphQL name


def strawberry_field(field: GraphQLField) -> StrawberryField | None:
    found = (field.extensions or {}).get(DEFINITION)
    return found if isinstance(found, StrawberryField) else None


def list_spec(field: GraphQLField) -> ListSpec | None:
    found = strawberry_field(field)
    spec = found.metadata.get(LIST_SPEC) if found is not None else None
    return spec if isinstance(spec, ListSpec) else None


def lookup_spec(field: GraphQLField) -> LookupSpec | None:
    found = strawberry_field(field)
    spec = found.metadata.get(LOOKUP_SPEC) if found is not None else None
    return spec if isinstance(spec, LookupSpec) else None


@cache
def describe(schema: GraphQLSchema) -> dict[str, RecordType]:
    """The record types of `schema` by GraphQL name (computed once per schema, once the
    ORM knows the models' relations)."""
    if not Tortoise._inited:
        raise RuntimeError("describe() needs Tortoise initialised")
    found: dict[str, RecordType] = {}
    for name, gql_type in schema.type_map.items():
        if not isinstance(gql_type, GraphQLObjectType):
            continue
        definition = (gql_type.extensions or {}).get(DEFINITION)
        model = getattr(getattr(definition, "origin", None), "model", None)
        if isinstance(model, type) and issubclass(model, Model):
            found[name] = _record(name, model, gql_type)
    return found


def _record(name: str, model: type[Model], gql_type: GraphQLObjectType) -> RecordType:
    fields: dict[str, FieldDesc] = {}
    for field_name, field in gql_type.fields.items():
        desc = _field(name, model, field_name, field)
        if desc is not None:
            fields[field_name] = desc
    return RecordType(name, model, fields)


def _field(
    type_name: str, model: type[Model], field_name: str, field: GraphQLField
) -> FieldDesc | None:
    sf = strawberry_field(field)
    if sf is None:
        return None
    if field_name == "id":
        return Leaf(("id",), _global_id(type_name, model))
    spec = sf.metadata.get(LIST_SPEC) or sf.metadata.get(REF_SPEC) or sf.metadata.get(UNION_SPEC)
    if isinstance(spec, ListSpec | RefSpec | UnionSpec):
        return Nested(spec, sf, _named(field.type).name)
    if field.args:
        return None
    if sf.base_resolver is None:
        model_field = model._meta.fields_map.get(sf.python_name)
        if model_field is None or not _is_leaf(field.type):
            return None
        column = _column(model_field)
        complete = _completer(field.type)
        to_python = model_field.to_python_value
        return Leaf((column,), lambda row: complete(to_python(row[column])))
    return _computed(model, sf, field)


def _computed(model: type[Model], sf: StrawberryField, field: GraphQLField) -> Leaf | None:
    """A resolver that reads nothing but its record (`def citation(self) -> str`): it is run
    on a record built from the row, exactly as the resolver path runs it on the model."""
    resolver = sf.base_resolver
    if resolver is None or not _is_leaf(field.type):
        return None
    func = resolver.wrapped_func
    if not inspect.isfunction(func) or inspect.iscoroutinefunction(func):
        return None
    if list(inspect.signature(func).parameters) != ["self"]:
        return None
    complete = _completer(field.type)
    model_fields = [
        (f.model_field_name, _column(f), f.to_python_value)
        for f in model._meta.fields_map.values()
        if f.model_field_name in model._meta.db_fields
    ]
    columns = tuple(column for _, column, _ in model_fields)

    def finish(row: dict[str, Any]) -> Any:
        record = model.__new__(model)
        for attr, column, to_python in model_fields:
            record.__dict__[attr] = to_python(row[column])
        return complete(func(record))

    return Leaf(columns, finish)


def _global_id(type_name: str, model: type[Model]) -> Finish:
    to_python = model._meta.fields_map[model._meta.pk_attr].to_python_value

    def finish(row: dict[str, Any]) -> str:
        return to_base64(type_name, str(to_python(row["id"])))

    return finish


def _column(field: ModelField[Any]) -> str:
    return field.source_field or field.model_field_name


def _named(gql_type: Any) -> Any:
    while isinstance(gql_type, GraphQLNonNull | GraphQLList):
        gql_type = gql_type.of_type
    return gql_type


def _is_leaf(gql_type: GraphQLOutputType) -> bool:
    return isinstance(_named(gql_type), GraphQLLeafType)


def _completer(gql_type: GraphQLOutputType) -> Callable[[Any], Any]:
    """graphql-core's completion of a leaf value (or a list of them), minus the machinery."""
    if isinstance(gql_type, GraphQLNonNull):
        inner = _completer(gql_type.of_type)

        def complete(value: Any) -> Any:
            if value is None:
                raise Unsupported("null for a non-null field")
            return inner(value)

        return complete
    if isinstance(gql_type, GraphQLList):
        item = _completer(gql_type.of_type)
        return lambda value: None if value is None else [item(v) for v in value]
    assert isinstance(gql_type, GraphQLLeafType)
    serialize = gql_type.serialize
    return lambda value: None if value is None else serialize(value)
