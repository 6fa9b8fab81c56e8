"""Filter and sort building blocks shared by every list."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any, ClassVar

import strawberry
from tortoise.expressions import Q
from tortoise.queryset import QuerySet

from api.models import Region
from schema.context import Context
from schema.errors import InputError
from schema.loaders import OrderTerm

REGION_CODE = re.compile(r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$")


@strawberry.enum(description="Sort direction.")
class OrderDirection(Enum):
    ASC = "asc"
    DESC = "desc"


class OrderInput:
    """Base of every `orderBy` input: a field enum and a direction."""

    field: Any
    direction: OrderDirection
    NULLABLE: ClassVar[frozenset[str]] = frozenset()

    def terms(self) -> list[OrderTerm]:
        column = str(self.field.value)
        return [OrderTerm(column, self.direction is OrderDirection.DESC, column in self.NULLABLE)]


@dataclass(frozen=True, slots=True)
class Sorting:
    """A list's `orderBy` input type and the order it has when none is given."""

    input: type[OrderInput]
    default: list[OrderTerm]


def sorting(
    name: str,
    plural: str,
    fields: dict[str, str],
    *,
    default: str,
    descending: bool = False,
    nullable: set[str] | None = None,
) -> Sorting:
    """Build the `<Name>OrderField` enum and `<Name>Order` input for a list of `plural`."""
    nulls = frozenset(nullable or ())
    members: type[Enum] = Enum(f"{name}OrderField", fields)  # type: ignore[misc]  # built at run time
    field_enum = strawberry.enum(members, description=f"Fields {plural} can be sorted by.")
    direction = OrderDirection.DESC if descending else OrderDirection.ASC
    namespace = {
        "__annotations__": {"field": field_enum, "direction": OrderDirection},
        "NULLABLE": nulls,
        "field": strawberry.field(default=field_enum[default], description="What to sort by."),
        "direction": strawberry.field(default=direction, description="Ascending or descending."),
    }
    input_type = strawberry.input(
        type(f"{name}Order", (OrderInput,), namespace), description=f"Sort order of {plural}."
    )
    column = fields[default]
    return Sorting(input_type, [OrderTerm(column, descending, column in nulls)])


@strawberry.input(description="An inclusive range of dates; either end may be open.")
class DateRange:
    from_: dt.date | None = strawberry.field(name="from", default=None, description="Earliest.")
    to: dt.date | None = strawberry.field(default=None, description="Latest (inclusive).")

    def apply(self, qs: QuerySet[Any], column: str, argument: str) -> QuerySet[Any]:
        if self.from_ and self.to and self.from_ > self.to:
            raise InputError(
                f"`{argument}`: `from` ({self.from_}) is after `to` ({self.to}).", field=argument
            )
        if self.from_:
            qs = qs.filter(**{f"{column}__gte": self.from_})
        if self.to:
            qs = qs.filter(**{f"{column}__lte": self.to})
        return qs


@strawberry.input(description="An inclusive range of instants; either end may be open.")
class DateTimeRange:
    from_: dt.datetime | None = strawberry.field(name="from", default=None, description="From.")
    to: dt.datetime | None = strawberry.field(default=None, description="Until (inclusive).")

    def apply(self, qs: QuerySet[Any], column: str, argument: str) -> QuerySet[Any]:
        if self.from_ and self.to and self.from_ > self.to:
            raise InputError(
                f"`{argument}`: `from` ({self.from_}) is after `to` ({self.to}).", field=argument
            )
        if self.from_:
            qs = qs.filter(**{f"{column}__gte": self.from_})
        if self.to:
            qs = qs.filter(**{f"{column}__lte": self.to})
        return qs


async def region_subtree(
    qs: QuerySet[Any], code: str, ctx: Context, path: str = "region"
) -> QuerySet[Any]:
    """Rows whose region is `code` or lies inside it (64 matches 64.01.04)."""
    if not REGION_CODE.match(code):
        raise InputError(
            f"Invalid region code {code!r}: expected a Kemendagri code such as 64, 64.01, "
            "64.01.04 or 64.01.04.2002.",
            field="region",
        )
    if await ctx.loaders.get(Region, code, field="code") is None:
        raise InputError(f"Unknown region code {code!r}.", field="region")
    prefix = f"{path}__" if path else ""
    return qs.filter(Q(**{f"{prefix}code": code}) | Q(**{f"{prefix}code__startswith": f"{code}."}))


def text_search(qs: QuerySet[Any], text: str | None, *columns: str) -> QuerySet[Any]:
    if not text or not text.strip():
        return qs
    needle = text.strip()
    condition = Q(**{f"{columns[0]}__icontains": needle})
    for column in columns[1:]:
        condition |= Q(**{f"{column}__icontains": needle})
    return qs.filter(condition)


def one_of(qs: QuerySet[Any], column: str, values: list[Any] | None) -> QuerySet[Any]:
    if values is None:
        return qs
    return qs.filter(**{f"{column}__in": list(values)})
