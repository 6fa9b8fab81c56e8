"""One SQL statement per root field, returning its JSON from the database.

Each list's rows are the SQL Tortoise compiles for its queryset (the access rule, the filters)
with the order and page window the resolvers use; nested lists are correlated subqueries on
their parent's row, aggregated into a JSON array; references are correlated subqueries for one
object. Every value is a parameter: the statement's parts share one Parameterizer and are
rendered in the order they appear in the text, so PostgreSQL's `$n` and SQLite's `?` both line
up with one list of values.
"""

from __future__ import annotations

from typing import Any

from pypika_tortoise.queries import Table
from pypika_tortoise.terms import Criterion, Field, Parameterizer
from tortoise.expressions import RawSQL
from tortoise.queryset import QuerySet

from schema.compiled.describe import Unsupported
from schema.compiled.rows import BoundList, BoundObject
from schema.loaders import OrderTerm, order_sql

# PostgreSQL's functions take at most 100 arguments: 50 keys and values.
MAX_KEYS = 50


def count_slot(slot: str) -> str:
    return f"{slot}c"


class Statement:
    def __init__(self, dialect: str) -> None:
        self.postgres = dialect == "postgres"
        self.params = Parameterizer()
        self.aliases = 0

    @property
    def values(self) -> list[Any]:
        return self.params.values

    def alias(self) -> str:
        self.aliases += 1
        return f"t{self.aliases}"

    def rows(self, qs: QuerySet[Any], where: Criterion | None = None) -> str:
        # An annotation keeps Tortoise from adding the model's default ordering.
        qs = qs.annotate(_page=RawSQL("1"))
        qs._make_query()
        query = qs.query
        if where is not None:
            query = query.where(where)
        sql: str = query.get_sql(query.QUERY_CLS.SQL_CONTEXT.copy(parameterizer=self.params))
        return sql

    def page(self, bound: BoundList, start: int, size: int, where: Criterion | None) -> str:
        rows = self.rows(_joined(bound), where)
        order = order_sql(bound.qs.model, bound.terms)
        return f"{rows} ORDER BY {order} LIMIT {int(size)} OFFSET {int(start)}"

    def top_list(self, bound: BoundList, start: int, size: int) -> str:
        """Rows start..start+size (plus one, to tell if more follow), one JSON object each."""
        alias = self.alias()
        obj = self.object(bound.node, alias)
        page = self.page(bound, start, size + 1, None)
        return (
            f'SELECT {obj} AS "j" FROM ({page}) AS "{alias}" ORDER BY {_order(bound.terms, alias)}'
        )

    def lookup(self, qs: QuerySet[Any], node: BoundObject) -> str:
        alias = self.alias()
        obj = self.object(node, alias)
        return f'SELECT {obj} AS "j" FROM ({self.rows(qs)}) AS "{alias}"'

    def object(self, node: BoundObject, alias: str) -> str:
        pairs = [f'\'{column}\', "{alias}"."{column}"' for column in node.columns]
        for bound in node.lists:
            pairs.append(f"'{bound.plan.slot}', {self._json(self.nested_list(bound, alias))}")
            if bound.counted:
                pairs.append(f"'{count_slot(bound.plan.slot)}', {self.nested_count(bound, alias)}")
        for ref in node.refs:
            inner = self.alias()
            obj = self.object(ref.target, inner)
            model = ref.qs.model
            pk = Field(model._meta.pk_attr, table=Table(model._meta.db_table))
            where = pk == Field(_source(node, ref.plan.spec.attr), table=Table(alias))
            sub = f'(SELECT {obj} FROM ({self.rows(ref.qs, where)}) AS "{inner}")'
            pairs.append(f"'{ref.plan.slot}', {self._json(sub)}")
        if len(pairs) > MAX_KEYS:
            raise Unsupported("too many keys")
        function = "json_build_object" if self.postgres else "json_object"
        return f"{function}({', '.join(pairs)})"

    def nested_list(self, bound: BoundList, parent: str) -> str:
        alias = self.alias()
        window = bound.window
        obj = self.object(bound.node, alias)
        where = self._correlation(bound, parent)
        if window.from_end:
            reversed_bound = BoundList(
                bound.plan, bound.qs, [t.reverse() for t in bound.terms], window, bound.node
            )
            page = self.page(reversed_bound, 0, window.size, where)
            terms = reversed_bound.terms
        else:
            page = self.page(bound, window.start, window.size + 1, where)
            terms = bound.terms
        if self.postgres:
            agg = f"json_agg({obj} ORDER BY {_order(terms, alias)})"
            return f'(SELECT {agg} FROM ({page}) AS "{alias}")'
        # SQLite (before 3.44) has no ORDER BY in aggregates: it aggregates the ordered rows.
        return f'(SELECT json_group_array({obj}) FROM ({page}) AS "{alias}")'

    def nested_count(self, bound: BoundList, parent: str) -> str:
        alias = self.alias()
        rows = self.rows(_joined(bound), self._correlation(bound, parent))
        return f'(SELECT COUNT(*) FROM ({rows}) AS "{alias}")'

    def _correlation(self, bound: BoundList, parent: str) -> Criterion:
        spec = bound.plan.spec
        assert spec.parent is not None
        table = spec.parent.via_table or bound.qs.model._meta.db_table
        # The parent's id attribute is its column (`id`; lists hang off primary keys).
        return Field(spec.parent.column, table=Table(table)) == Field(
            spec.parent_attr, table=Table(parent)
        )

    def _json(self, sub: str) -> str:
        # SQLite passes a subquery's JSON on as text; json() makes it JSON again.
        return sub if self.postgres else f"json({sub})"


def _joined(bound: BoundList) -> QuerySet[Any]:
    """The rows with the table they hang off their parent through joined, as the resolvers'
    `parent.lookup()` filter joins it."""
    parent = bound.plan.spec.parent
    if parent is None or parent.via is None:
        return bound.qs
    return bound.qs.filter(**{f"{parent.via}__{parent.column}__isnull": False})


def _order(terms: list[OrderTerm], alias: str) -> str:
    return ", ".join(term.sql(alias) for term in terms)


def _source(node: BoundObject, attr: str) -> str:
    model = node.plans[0].record.model
    field = model._meta.fields_map[attr]
    return field.source_field or field.model_field_name
