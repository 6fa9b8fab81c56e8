"""What the compiler knows about the schema, read from the declarations the resolvers use.

Every object type with a `model` (the Record types) is described field by field: a stored
column, the global id, a value computed from the record alone, a nested list (`list_field`), a
to-one reference (`ref_field`). A field described as none of these (a resolver that reads the
context, takes arguments or returns an object) is unsupported: a query asking for it is answered
by the resolvers.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any

from graphql import (
    GraphQLEnumType,
    GraphQLField,
    GraphQLInt,
    GraphQLLeafType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    GraphQLSchema,
    GraphQLString,
)
from strawberry.relay.utils import to_base64
from strawberry.types.field import StrawberryField
from tortoise import Tortoise
from tortoise.fields.base import Field as ModelField
from tortoise.fields.data import CharEnumFieldInstance, DatetimeField, UUIDField
from tortoise.models import Model
from tortoise.timezone import get_timezone, get_use_tz

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
        return Leaf((column,), _fast(column, model_field, field.type, complete, to_python))
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
    pk = model._meta.fields_map[model._meta.pk_attr]
    to_python = pk.to_python_value
    canonical = _canonical_text(pk)

    def finish(row: dict[str, Any]) -> str:
        value = row["id"]
        if canonical is not None and canonical(value):
            return to_base64(type_name, str(value))
        return to_base64(type_name, str(to_python(value)))

    return finish


# The text forms the database's JSON gives for which the general path (Tortoise's
# `to_python_value`, then the scalar's serialisation) is known to return the text unchanged
# (UUIDs, in lower case with hyphens) or a fixed function of it (UTC timestamps).
_UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_UTC_TEXT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?\+00:00"
)
_INT32 = range(-(2**31), 2**31)
_ENUM_MEMO_SIZE = 256


def _canonical_text(model_field: ModelField[Any]) -> Callable[[Any], bool] | None:
    """For a stored value `v` accepted by the returned test, `str(to_python(v)) == v`."""
    if isinstance(model_field, UUIDField):
        return lambda value: type(value) is str and _UUID_TEXT.fullmatch(value) is not None
    if _plain(model_field) and model_field.field_type is str:
        return lambda value: type(value) is str
    if _plain(model_field) and model_field.field_type is int:
        return lambda value: type(value) is int
    return None


def _plain(model_field: ModelField[Any]) -> bool:
    return type(model_field).to_python_value is ModelField.to_python_value


def _fast(
    column: str,
    model_field: ModelField[Any],
    gql_type: GraphQLOutputType,
    complete: Callable[[Any], Any],
    to_python: Callable[[Any], Any],
) -> Finish:
    """`complete(to_python(row[column]))`, with a shortcut for the values the database
    usually gives: identical results, the general path for anything else."""

    def general(row: dict[str, Any]) -> Any:
        return complete(to_python(row[column]))

    named = _named(gql_type)
    if isinstance(gql_type, GraphQLList) or (
        isinstance(gql_type, GraphQLNonNull) and isinstance(gql_type.of_type, GraphQLList)
    ):
        return general
    if named is GraphQLString and _plain(model_field) and model_field.field_type is str:

        def string(row: dict[str, Any]) -> Any:
            value = row[column]
            return value if type(value) is str else complete(to_python(value))

        return string
    if named is GraphQLInt and _plain(model_field) and model_field.field_type is int:

        def integer(row: dict[str, Any]) -> Any:
            value = row[column]
            return value if type(value) is int and value in _INT32 else complete(to_python(value))

        return integer
    if (
        named.name == "UUID"
        and isinstance(model_field, UUIDField)
        and _agrees(
            complete,
            to_python,
            "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
            "0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9",
        )
    ):

        def uuid_text(row: dict[str, Any]) -> Any:
            value = row[column]
            if type(value) is str and _UUID_TEXT.fullmatch(value) is not None:
                return value
            return complete(to_python(value))

        return uuid_text
    if (
        named.name == "DateTime"
        and isinstance(model_field, DatetimeField)
        and get_use_tz()
        and get_timezone() == "UTC"
        and _agrees(
            complete, to_python, "2001-02-03T04:05:06.7+00:00", "2001-02-03T04:05:06.700000+00:00"
        )
        and _agrees(complete, to_python, "2001-07-03T04:05:06+00:00", "2001-07-03T04:05:06+00:00")
    ):

        def utc_text(row: dict[str, Any]) -> Any:
            value = row[column]
            if type(value) is str and _UTC_TEXT.fullmatch(value) is not None:
                try:
                    return datetime.fromisoformat(value).isoformat()
                except ValueError:
                    pass
            return complete(to_python(value))

        return utc_text
    if isinstance(named, GraphQLEnumType) and isinstance(model_field, CharEnumFieldInstance):
        memo: dict[str, Any] = {}

        def enum(row: dict[str, Any]) -> Any:
            value = row[column]
            found = memo.get(value) if type(value) is str else None
            if found is None:
                found = complete(to_python(value))
                if type(value) is str and len(memo) < _ENUM_MEMO_SIZE:
                    memo[value] = found
            return found

        return enum
    return general


def _agrees(
    complete: Callable[[Any], Any], to_python: Callable[[Any], Any], text: str, expected: str
) -> bool:
    """Whether the general path turns `text` into `expected` (the shortcut's answer)."""
    try:
        return bool(complete(to_python(text)) == expected)
    except Exception:
        return False


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
