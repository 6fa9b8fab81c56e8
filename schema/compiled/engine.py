"""The compiled read engine: answers a validated query with one SQL statement per root field.

It runs as the last step before execution (a SchemaExtension's `on_execute`): parsing,
validation, query limits, the cost budget and the introspection policy have all run as for
any query. Setting the execution result skips Strawberry's resolvers. When the operation asks
for anything the compiler does not express, or binding its arguments fails (the resolvers then
report the error, with its path), the resolvers answer the whole operation.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Hashable
from typing import Any

from graphql import ExecutionResult, GraphQLError, get_operation_ast
from graphql.execution.values import VariableValues, get_variable_values
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionContext

from schema.compiled import shape
from schema.compiled.describe import Unsupported
from schema.compiled.plan import RootPlan, plan_operation
from schema.compiled.rows import Binder, BoundRoot
from schema.compiled.sql import Statement
from schema.context import Context
from schema.errors import InputError

log = logging.getLogger(__name__)

PLAN_CACHE_SIZE = 512
_UNSUPPORTED = "unsupported"


class PlanCache:
    """Plans by (document, operation, values of the Boolean variables @include/@skip may
    read), least recently used first out."""

    def __init__(self, size: int = PLAN_CACHE_SIZE) -> None:
        self.size = size
        self._plans: OrderedDict[Hashable, list[RootPlan] | str] = OrderedDict()

    def get(self, key: Hashable) -> list[RootPlan] | str | None:
        found = self._plans.get(key)
        if found is not None:
            self._plans.move_to_end(key)
        return found

    def put(self, key: Hashable, plan: list[RootPlan] | str) -> None:
        self._plans[key] = plan
        self._plans.move_to_end(key)
        while len(self._plans) > self.size:
            self._plans.popitem(last=False)


PLANS = PlanCache()


class CompiledReads(SchemaExtension):
    async def on_execute(self) -> AsyncIterator[None]:
        context = self.execution_context
        ctx = context.context
        if (
            isinstance(ctx, Context)
            and ctx.settings.read_engine == "compiled"
            and not context.result
        ):
            result = await answer(context, ctx)
            if result is not None:
                context.result = result
        yield


async def answer(context: ExecutionContext, ctx: Context) -> ExecutionResult | None:
    """The operation's result, or None for the resolvers to answer it."""
    document = context.graphql_document
    operation = get_operation_ast(document, context.operation_name) if document else None
    if document is None or operation is None:
        return None
    graphql_schema = context.schema._schema
    variables = get_variable_values(
        graphql_schema, operation.variable_definitions or (), context.variables or {}
    )
    if not isinstance(variables, VariableValues):
        return None
    switches = tuple(sorted((k, v) for k, v in variables.coerced.items() if isinstance(v, bool)))
    key = (context.query, context.operation_name, switches)
    plans = PLANS.get(key)
    if plans is None:
        try:
            plans = plan_operation(graphql_schema, document, operation, variables)
        except Unsupported:
            plans = _UNSUPPORTED
        PLANS.put(key, plans)
    if isinstance(plans, str):
        return None
    binder = Binder(context.schema, ctx, variables)
    try:
        bound = [await binder.root(plan) for plan in plans]
        data = {root.plan.key: await _run(root, ctx.settings.dialect) for root in bound}
    except (InputError, GraphQLError, Unsupported):
        return None
    return ExecutionResult(data=data)


async def _run(root: BoundRoot, dialect: str) -> Any:
    if root.plan.typename is not None:
        return root.plan.typename
    if root.lookup is not None:
        qs, node = root.lookup
        statement = Statement(dialect)
        rows = await _fetch(qs, statement.lookup(qs, node), statement.values)
        if not rows:
            return None
        (target,) = (plan for plan in node.plans)
        return shape.obj(target, node, rows[0])
    assert root.list is not None
    bound = root.list
    window = bound.window
    count = await bound.qs.count() if bound.counted else None
    if window.from_end:
        assert count is not None
        window = window.resolve(count)
        if window.size < 0:
            raise Unsupported("a window past the end")
    statement = Statement(dialect)
    sql = statement.top_list(bound, window.start, window.size)
    rows = await _fetch(bound.qs, sql, statement.values)
    page = shape.top_page(rows, window.start, window.size, count)
    return shape.connection(bound, page)


async def _fetch(qs: Any, sql: str, values: list[Any]) -> list[dict[str, Any]]:
    qs._choose_db_if_not_chosen()
    found = await qs._db.execute_query_dict(sql, values)
    return [json.loads(row["j"]) for row in found]
