"""List fields: one generic resolver for every connection, top-level or nested.

Each entity declares its filter input (with an async `apply`) and its order input (with
`terms()`); `list_field` turns them into a connection field with `first/after/last/before`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Annotated, Any, Protocol

import strawberry
from strawberry.types.field import StrawberryField
from tortoise.models import Model
from tortoise.queryset import QuerySet

from schema.context import Context, Info
from schema.inputs import Sorting
from schema.loaders import OrderTerm, Parent, fetch_page
from schema.pagination import Connection, PageWindow, once
from schema.visibility import non_null_columns, visible


class ListFilter(Protocol):
    async def apply(self, qs: QuerySet[Any], ctx: Context) -> QuerySet[Any]: ...


class ListOrder(Protocol):
    def terms(self) -> list[OrderTerm]: ...


PK = OrderTerm("id")

FIRST = strawberry.argument(description="Return the first N items (at most 100; default 20).")
AFTER = strawberry.argument(description="Return items after this cursor.")
LAST = strawberry.argument(description="Return the last N items (at most 100).")
BEFORE = strawberry.argument(description="Return items before this cursor.")
FILTER = strawberry.argument(description="Only items matching every given condition.")
ORDER = strawberry.argument(description="Sort order; ties are broken by id.")


# Where the compiled read engine (schema/compiled) finds what a field declares.
LIST_SPEC = "simpul.list"
REF_SPEC = "simpul.ref"
UNION_SPEC = "simpul.union"


@dataclass(frozen=True, slots=True)
class ListSpec:
    """What `list_field` declares: the rows, how they hang off a parent, and their order."""

    model: type[Model]
    sort: Sorting
    parent: Parent | None
    parent_attr: str
    where: Mapping[str, Any] | None


@dataclass(frozen=True, slots=True)
class RefSpec:
    """What `ref_field` declares: the referenced model and the attribute holding its id."""

    model: type[Model]
    attr: str


@dataclass(frozen=True, slots=True)
class UnionSpec:
    """A to-one reference to one of several models, chosen by the value of `discriminator`:
    `targets` maps each value to the model and the attribute holding its id."""

    discriminator: str
    targets: Mapping[Any, tuple[type[Model], str]]


async def resolve_list(
    info: Info,
    model: type[Model],
    *,
    filter: ListFilter | None,
    order_by: ListOrder | None,
    default_order: Sequence[OrderTerm],
    first: int | None,
    after: str | None,
    last: int | None,
    before: str | None,
    where: Mapping[str, Any] | None = None,
    parent: Parent | None = None,
    parent_id: Any = None,
) -> Connection[Any]:
    ctx = info.context
    window = PageWindow.from_args(first, after, last, before)
    qs, terms = await list_rows(ctx, model, filter, order_by, default_order, where)
    if parent is None:
        count = once(qs.count)
        if window.from_end:
            window = window.resolve(await count())
        rows, has_more = await fetch_page(qs, terms, window)
        return Connection.build(rows, window, has_more, count)
    if parent_id is None:
        return Connection.build([], window, False, once(_zero))
    signature = (model, parent, tuple(sorted((where or {}).items())), repr(filter), repr(terms))
    loader = ctx.loaders.pages(signature, qs, parent, terms, window)
    result: Connection[Any] = await loader.load(parent_id)
    return result


async def list_rows(
    ctx: Context,
    model: type[Model],
    filter: ListFilter | None,
    order_by: ListOrder | None,
    default_order: Sequence[OrderTerm],
    where: Mapping[str, Any] | None,
) -> tuple[QuerySet[Any], list[OrderTerm]]:
    """The rows a list may show the caller, and their order (ending with the primary key):
    the resolvers and the compiled read engine both start here."""
    qs = visible(model, ctx.viewer)
    if where:
        qs = qs.filter(**where)
    if filter is not None:
        qs = await filter.apply(qs, ctx)
    non_null = non_null_columns(model, ctx.viewer)
    terms = [
        *(
            term.not_null() if term.column in non_null else term
            for term in (order_by.terms() if order_by is not None else default_order)
        ),
        PK,
    ]
    return qs, terms


async def _zero() -> int:
    return 0


def list_field(
    node: Any,
    model: type[Model],
    *,
    filter_type: type[Any],
    sort: Sorting,
    description: str,
    parent: Parent | None = None,
    parent_attr: str = "id",
    where: Mapping[str, Any] | None = None,
    deprecation_reason: str | None = None,
) -> StrawberryField:
    """A connection field over `model`, top-level or (with `parent`) nested under a node."""

    async def resolver(
        root: Any,
        info: Info,
        filter: Any = None,
        order_by: Any = None,
        first: int | None = None,
        after: str | None = None,
        last: int | None = None,
        before: str | None = None,
    ) -> Any:
        return await resolve_list(
            info,
            model,
            filter=filter,
            order_by=order_by,
            default_order=sort.default,
            first=first,
            after=after,
            last=last,
            before=before,
            where=where,
            parent=parent,
            parent_id=getattr(root, parent_attr) if parent is not None else None,
        )

    resolver.__annotations__ = {
        "root": Any,
        "info": strawberry.Info,
        "filter": Annotated[filter_type | None, FILTER],
        "order_by": Annotated[sort.input | None, ORDER],
        "first": Annotated[int | None, FIRST],
        "after": Annotated[str | None, AFTER],
        "last": Annotated[int | None, LAST],
        "before": Annotated[str | None, BEFORE],
        "return": Connection[node],
    }
    spec = ListSpec(model, sort, parent, parent_attr, where)
    field: StrawberryField = strawberry.field(
        resolver=resolver,
        description=description,
        deprecation_reason=deprecation_reason,
        metadata={LIST_SPEC: spec},
    )
    return field


def ref_field(model: type[Model], attr: str, node: Any, description: str) -> StrawberryField:
    """A to-one reference loaded by id through the request's DataLoader."""

    async def resolver(root: Any, info: Info) -> Any:
        return await info.context.loaders.get(model, getattr(root, attr))

    resolver.__annotations__ = {"root": Any, "info": strawberry.Info, "return": node | None}
    field: StrawberryField = strawberry.field(
        resolver=resolver, description=description, metadata={REF_SPEC: RefSpec(model, attr)}
    )
    return field
