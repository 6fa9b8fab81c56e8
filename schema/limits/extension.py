"""Refuse a query that asks for too much, before it is validated or run.

Runs as the first step of validation, on the parsed document: the token count, alias count,
depth and estimated cost are measured and compared with the caller's limits. A refused query
gets one GraphQL error per limit exceeded (code QUERY_TOO_COMPLEX) and nothing is executed.

The measures depend only on the query text, the operation name and, for the cost, the variables'
page sizes and which input fields they fill; so they are kept per (text, operation, the
variables' shape), bounded, and each document is measured once whoever sends it. The caller's
limits are compared with them on every request.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Hashable, Mapping
from typing import Any

from cachetools import LRUCache
from graphql import (
    DocumentNode,
    GraphQLError,
    GraphQLSchema,
    GraphQLSyntaxError,
    Lexer,
    Source,
    TokenKind,
)
from strawberry.extensions import SchemaExtension
from strawberry.types import ExecutionContext

from api.services.actor import NOBODY, Actor
from schema.errors import copy_error
from schema.limits.cost import (
    TooMuchWork,
    WorkBudget,
    count_aliases,
    fragment_cycle,
    query_cost,
    query_depth,
)
from schema.limits.policy import Limits, limits_for

CODE = "QUERY_TOO_COMPLEX"
LABELS = {"tokens": "token count", "aliases": "alias count", "depth": "depth", "cost": "cost"}
# Steps the depth and cost measures may take per token of the document, and in any case. Each
# selection is one step per measure, so this is only reached by a measure gone non-linear.
WORK_PER_TOKEN = 4
WORK_MINIMUM = 1_000
# Measures kept, by the characters of query text they are for (the measures themselves are small).
MEASURES_CHARS = 2_000_000
MEASURE_OVERHEAD = 200
# Variables nested deeper than this are measured every time rather than shaped into a key.
SHAPE_DEPTH = 20
WORK = "work"  # the measures of a document that needs more work to measure than its size allows

Measured = dict[str, int] | GraphQLError | str


def count_tokens(query: str) -> int:
    """Tokens as graphql-core's parser counts them for `max_tokens` (comments excluded)."""
    lexer = Lexer(Source(query))
    count = 0
    try:
        while lexer.advance().kind is not TokenKind.EOF:
            count += 1
    except GraphQLSyntaxError:
        pass  # the parser has already reported it
    return count


def too_complex(limit: str, measured: int, limits: Limits) -> GraphQLError:
    maximum: int = getattr(limits, limit)
    return GraphQLError(
        f"Query {LABELS[limit]} {measured} exceeds the limit of {maximum} for {limits.caller}.",
        extensions={"code": CODE, "limit": limit, "measured": measured, "maximum": maximum},
    )


class QueryLimits(SchemaExtension):
    async def on_validate(self) -> AsyncIterator[None]:
        context = self.execution_context
        document = context.graphql_document
        if document is not None and context.pre_execution_errors is None:
            viewer: Actor = getattr(context.context, "viewer", NOBODY)
            request = getattr(context.context, "request", None)
            key = getattr(getattr(request, "state", None), "simpul_api_key", None)
            limits = await limits_for(viewer, key)
            measured = measures(context.schema._schema, document, context)
            if isinstance(measured, str):  # WORK
                measured = GraphQLError(
                    f"Query needs more work to measure than its size allows for {limits.caller}.",
                    extensions={"code": CODE, "limit": "work"},
                )
            if isinstance(measured, GraphQLError):
                context.pre_execution_errors = [measured]
                yield
                return
            errors = [
                too_complex(limit, value, limits)
                for limit, value in measured.items()
                if value > getattr(limits, limit)
            ]
            if not errors:
                errors = await _charge(context.context, measured["cost"])
            if errors:
                # Set before validation runs, so Strawberry skips it and returns these.
                context.pre_execution_errors = errors
        yield


MEASURES: LRUCache[Hashable, tuple[int, Measured]] = LRUCache(
    maxsize=MEASURES_CHARS, getsizeof=lambda entry: entry[0]
)


def measures(schema: GraphQLSchema, document: DocumentNode, context: ExecutionContext) -> Measured:
    """`_measure`'s answer, from the cache when the same document and variables' shape was
    measured before."""
    query = context.query or ""
    shape = variables_shape(context.variables or {})
    if shape is None:
        return _measure(schema, document, context)
    key = (query, context.operation_name, shape)
    found = MEASURES.get(key)
    if found is None:
        found = (len(query) + MEASURE_OVERHEAD, _measure(schema, document, context))
        if found[0] <= MEASURES_CHARS:
            MEASURES[key] = found
    return _copy(found[1])


def _copy(measured: Measured) -> Measured:
    # A cycle's error is answered to each caller as a new error (errors are edited in place).
    if isinstance(measured, GraphQLError):
        return copy_error(measured)
    return dict(measured) if isinstance(measured, dict) else measured


def variables_shape(value: Any, depth: int = 0) -> Hashable | None:
    """What the cost may read from the variables, as a key: integers (page sizes, limits) as
    they are, the keys of objects and whether each value is null, and nothing of other values
    (texts, lists). None when nested deeper than SHAPE_DEPTH."""
    if depth > SHAPE_DEPTH:
        return None
    if value is None:
        return "null"
    if isinstance(value, int):  # and bool: the key tells True from 1
        return (type(value).__name__, value)
    if isinstance(value, Mapping):
        items = []
        for name, item in value.items():
            shaped = variables_shape(item, depth + 1)
            if shaped is None:
                return None
            items.append((name, shaped))
        return ("object", tuple(items))
    return "value"


def _measure(schema: GraphQLSchema, document: DocumentNode, context: ExecutionContext) -> Measured:
    """The document's measures, or what refuses it without measuring further: a fragment
    cycle's error, or WORK (more work than the document's size allows)."""
    cycle = fragment_cycle(document)
    if cycle is not None:
        via = "".join(f" via '{name}'" for name in cycle[1:-1])
        return GraphQLError(
            f"Cannot spread fragment '{cycle[0]}' within itself{via}.",
            extensions={"code": "GRAPHQL_VALIDATION_FAILED"},
        )
    tokens = count_tokens(context.query or "")
    budget = WorkBudget(max(WORK_MINIMUM, WORK_PER_TOKEN * tokens))
    name = context.operation_name
    try:
        return {
            "tokens": tokens,
            "aliases": count_aliases(document),
            "depth": query_depth(document, name, budget),
            "cost": query_cost(schema, document, context.variables, name, budget),
        }
    except TooMuchWork:
        return WORK


async def _charge(context: object, cost: int) -> list[GraphQLError]:
    """Spend the query's cost from the caller's per-minute budget (set by the rate limiter)."""
    request = getattr(context, "request", None)
    budget = getattr(getattr(request, "state", None), "cost_budget", None)
    if budget is None:
        return []
    retry_after = await budget.charge(cost)
    if retry_after is None:
        return []
    response = getattr(context, "response", None)
    if response is not None:
        response.status_code = 429
        response.headers["retry-after"] = str(retry_after)
    return [
        GraphQLError(
            budget.message(retry_after),
            extensions={"code": "RATE_LIMITED", "limit": "cost_per_minute"},
        )
    ]
