"""The plan bound to one request: each list's rows, order and page window, each reference's
and lookup's rows, built by the resolvers' own code (`list_rows`, `visible`, `PageWindow`).

Binding raises what the resolvers raise for the same arguments (an InputError for `first: 101`
or a bad cursor); the engine then lets the resolvers answer, errors, paths and all.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from graphql.execution.values import VariableValues, get_argument_values
from strawberry.schema.schema import Schema as StrawberrySchema
from strawberry.types.arguments import convert_arguments
from tortoise.queryset import QuerySet

from schema.compiled.plan import (
    Args,
    EdgesPlan,
    ListPlan,
    ObjectPlan,
    RefPlan,
    RootPlan,
    UnionPlan,
)
from schema.context import Context
from schema.lists import list_rows
from schema.loaders import OrderTerm
from schema.lookups import key_text
from schema.pagination import PageWindow
from schema.visibility import visible


@dataclass(slots=True)
class BoundObject:
    plans: list[ObjectPlan]  # one per selection of the same rows (edges under two aliases)
    lists: list[BoundList] = field(default_factory=list)
    refs: list[BoundRef] = field(default_factory=list)

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c for plan in self.plans for c in plan.columns))


@dataclass(slots=True)
class BoundList:
    plan: ListPlan
    qs: QuerySet[Any]
    terms: list[OrderTerm]
    window: PageWindow
    node: BoundObject

    @property
    def counted(self) -> bool:
        return self.plan.wants_count or self.window.from_end


@dataclass(slots=True)
class BoundRef:
    plan: RefPlan
    qs: QuerySet[Any]
    target: BoundObject


@dataclass(slots=True)
class BoundRoot:
    plan: RootPlan
    list: BoundList | None = None
    lookup: tuple[QuerySet[Any], BoundObject] | None = None


class Binder:
    def __init__(self, schema: StrawberrySchema, ctx: Context, variables: VariableValues) -> None:
        self.schema = schema
        self.ctx = ctx
        self.variables = variables

    async def root(self, plan: RootPlan) -> BoundRoot:
        if plan.list is not None:
            return BoundRoot(plan, list=await self.connection(plan.list))
        if plan.lookup is not None:
            spec, args, target = plan.lookup
            value = self.arguments(args)[spec.argument]
            key = key_text(spec.model, spec.column, value, spec.argument)
            qs = visible(spec.model, self.ctx.viewer).filter(**{spec.column: key})
            return BoundRoot(plan, lookup=(qs, await self.object([target])))
        return BoundRoot(plan)

    def arguments(self, args: Args) -> dict[str, Any]:
        raw = get_argument_values(args.field_def, args.node, self.variables)
        converted: dict[str, Any] = convert_arguments(
            raw,
            args.strawberry.arguments,
            scalar_registry=self.schema.schema_converter.scalar_registry,
            config=self.schema.config,
        )
        return converted

    async def connection(self, plan: ListPlan) -> BoundList:
        kwargs = self.arguments(plan.args)
        spec = plan.spec
        window = PageWindow.from_args(
            kwargs.get("first"), kwargs.get("after"), kwargs.get("last"), kwargs.get("before")
        )
        qs, terms = await list_rows(
            self.ctx,
            spec.model,
            kwargs.get("filter"),
            kwargs.get("order_by"),
            spec.sort.default,
            spec.where,
        )
        nodes = [
            what
            for _, edges in plan.selections
            if isinstance(edges, EdgesPlan)
            for _, what in edges.selections
            if isinstance(what, ObjectPlan)
        ]
        return BoundList(plan, qs, terms, window, await self.object(nodes))

    async def object(self, plans: list[ObjectPlan]) -> BoundObject:
        bound = BoundObject(plans)
        for plan in plans:
            for _, what in plan.selections:
                if isinstance(what, ListPlan):
                    bound.lists.append(await self.connection(what))
                elif isinstance(what, RefPlan):
                    bound.refs.append(await self.ref(what))
                elif isinstance(what, UnionPlan):
                    bound.refs.extend([await self.ref(ref) for ref in what.members.values()])
        return bound

    async def ref(self, plan: RefPlan) -> BoundRef:
        qs = visible(plan.spec.model, self.ctx.viewer)
        return BoundRef(plan, qs, await self.object([plan.target]))
