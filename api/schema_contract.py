"""The partner contract: the current SDL may not break the newest released one.

Policy (docs/partners.md, "Deprecation policy"):

- Every `@deprecated` in the current SDL gives a reason that names a removal date, as
  `after YYYY-MM-DD` (e.g. ``@deprecated(reason: "Use `foo`. Removal after 2027-03-01.")``).
- A breaking change (graphql-core's `find_breaking_changes`) fails the check unless the thing it
  breaks is *retired*: a field, argument, input field or enum value that the released SDL already
  deprecated with such a date, on or before today. A change to a retired field's arguments or
  type is allowed too. A removed type is allowed when every field, argument and input field of the
  released SDL that returned or took it is retired or belongs to a type removed with it. Anything
  else (a new required argument or input field, a removed union member or interface, ...) fails.
- Dangerous changes (`find_dangerous_changes`: a new enum value, a new optional argument, a
  changed default) are printed as warnings and never fail.

Releases live in `schema/released/<YYYY-MM>.graphql`; the newest file name is the contract.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from graphql import (
    BreakingChange,
    BreakingChangeType,
    GraphQLArgument,
    GraphQLEnumType,
    GraphQLEnumValue,
    GraphQLField,
    GraphQLInputField,
    GraphQLInputObjectType,
    GraphQLInterfaceType,
    GraphQLObjectType,
    GraphQLSchema,
    build_schema,
    find_breaking_changes,
    find_dangerous_changes,
    get_named_type,
)

from api.settings import ROOT

RELEASED_DIR = ROOT / "schema" / "released"
CURRENT_SDL = ROOT / "schema" / "schema.graphql"

REMOVAL_DATE = re.compile(r"\bafter (\d{4}-\d{2}-\d{2})\b", re.IGNORECASE)

# "Field Query.foo was removed." and friends (graphql-core 3.3's wording).
_FIELD = re.compile(r"^(?:Field|A required field) (\w+)\.(\w+) ")
_ARGUMENT = re.compile(r"^(?:Argument|A required argument) (\w+)\.(\w+)\((\w+):\)")
_ENUM_VALUE = re.compile(r"^Enum value (\w+)\.(\w+) ")
_TYPE = re.compile(r"^(\w+) was removed\.$")

Deprecatable = GraphQLField | GraphQLArgument | GraphQLInputField | GraphQLEnumValue


@dataclass(frozen=True, slots=True)
class Report:
    released: Path
    errors: list[str]
    warnings: list[str]

    @property
    def ok(self) -> bool:
        return not self.errors


def removal_date(reason: str | None) -> dt.date | None:
    """The date in a deprecation reason's `after YYYY-MM-DD`, or None."""
    match = REMOVAL_DATE.search(reason or "")
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1))
    except ValueError:
        return None


def newest_release(directory: Path = RELEASED_DIR) -> Path:
    releases = sorted(directory.glob("*.graphql"))
    if not releases:
        raise FileNotFoundError(f"no released SDL in {directory}")
    return releases[-1]


def check(
    current_sdl: str, released_sdl: str, *, today: dt.date, released: Path = Path("released")
) -> Report:
    """Compare the current SDL with a released one under the deprecation policy."""
    old, new = build_schema(released_sdl), build_schema(current_sdl)
    errors = [f"DEPRECATION_WITHOUT_DATE: {problem}" for problem in undated_deprecations(new)]
    removed_types = set(old.type_map) - set(new.type_map)
    for change in find_breaking_changes(old, new):
        refusal = _refusal(old, change, today, removed_types)
        if refusal is not None:
            errors.append(f"{change.type.name}: {change.description}{refusal}")
    warnings = [f"{c.type.name}: {c.description}" for c in find_dangerous_changes(old, new)]
    return Report(released=released, errors=errors, warnings=warnings)


def check_files(
    current: Path = CURRENT_SDL, released_dir: Path = RELEASED_DIR, *, today: dt.date
) -> Report:
    released = newest_release(released_dir)
    return check(
        current.read_text(encoding="utf-8"),
        released.read_text(encoding="utf-8"),
        today=today,
        released=released,
    )


def undated_deprecations(schema: GraphQLSchema) -> list[str]:
    return [
        f'{path} is deprecated without a removal date ("after YYYY-MM-DD") in its reason: '
        f"{element.deprecation_reason!r}."
        for path, element in _deprecatable(schema)
        if element.deprecation_reason is not None
        and removal_date(element.deprecation_reason) is None
    ]


def _deprecatable(schema: GraphQLSchema) -> Iterator[tuple[str, Deprecatable]]:
    for name, type_ in schema.type_map.items():
        if name.startswith("__"):
            continue
        if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
            for field_name, field in type_.fields.items():
                yield f"{name}.{field_name}", field
                for arg_name, arg in field.args.items():
                    yield f"{name}.{field_name}({arg_name}:)", arg
        elif isinstance(type_, GraphQLInputObjectType):
            for field_name, input_field in type_.fields.items():
                yield f"{name}.{field_name}", input_field
        elif isinstance(type_, GraphQLEnumType):
            for value_name, value in type_.values.items():
                yield f"{name}.{value_name}", value


def _refusal(
    old: GraphQLSchema, change: BreakingChange, today: dt.date, removed_types: set[str]
) -> str | None:
    """None when the policy allows this break, else why it does not (may be "")."""
    kind, text = change.type, change.description
    if kind is BreakingChangeType.TYPE_REMOVED and (match := _TYPE.match(text)):
        return _type_refusal(old, match.group(1), today, removed_types)
    if kind is BreakingChangeType.VALUE_REMOVED_FROM_ENUM and (match := _ENUM_VALUE.match(text)):
        enum = old.get_type(match.group(1))
        value = enum.values.get(match.group(2)) if isinstance(enum, GraphQLEnumType) else None
        return _retirement(value, today)
    if kind in (BreakingChangeType.ARG_REMOVED, BreakingChangeType.ARG_CHANGED_KIND) and (
        match := _ARGUMENT.match(text)
    ):
        field = _field(old, match.group(1), match.group(2))
        if isinstance(field, GraphQLField) and _retirement(field, today) is None:
            return None
        arg = field.args.get(match.group(3)) if isinstance(field, GraphQLField) else None
        return _retirement(arg, today)
    if kind is BreakingChangeType.REQUIRED_ARG_ADDED and (match := _ARGUMENT.match(text)):
        field = _field(old, match.group(1), match.group(2))
        retired = isinstance(field, GraphQLField) and _retirement(field, today) is None
        return None if retired else ""
    if kind in (BreakingChangeType.FIELD_REMOVED, BreakingChangeType.FIELD_CHANGED_KIND) and (
        match := _FIELD.match(text)
    ):
        return _retirement(_field(old, match.group(1), match.group(2)), today)
    return ""


def _field(
    schema: GraphQLSchema, type_name: str, field_name: str
) -> GraphQLField | GraphQLInputField | None:
    type_ = schema.get_type(type_name)
    if isinstance(type_, GraphQLObjectType | GraphQLInterfaceType):
        field: GraphQLField | None = type_.fields.get(field_name)
        return field
    if isinstance(type_, GraphQLInputObjectType):
        input_field: GraphQLInputField | None = type_.fields.get(field_name)
        return input_field
    return None


def _retirement(element: Deprecatable | None, today: dt.date) -> str | None:
    if element is None:
        return ""
    if element.deprecation_reason is None:
        return " (it was not deprecated in the released SDL)"
    date = removal_date(element.deprecation_reason)
    if date is None:
        return " (its deprecation in the released SDL names no removal date)"
    if date > today:
        return f" (deprecated, but not removable before {date.isoformat()})"
    return None


def _type_refusal(
    old: GraphQLSchema, type_name: str, today: dt.date, removed_types: set[str]
) -> str | None:
    uses = [
        (path, element)
        for path, element in _deprecatable(old)
        if not isinstance(element, GraphQLEnumValue)
        and get_named_type(element.type).name == type_name
    ]
    if not uses:
        # Reachable only through an interface or a union: nothing in it could be deprecated.
        return " (no field returned it, so nothing retired it)"
    live = [
        path
        for path, element in uses
        if path.split(".")[0] not in removed_types and _retirement(element, today) is not None
    ]
    if live:
        return f" (still used by {', '.join(live)} in the released SDL)"
    return None
