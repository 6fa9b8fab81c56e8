"""Per-request DataLoaders: the SQL a query costs depends on its shape, not on its rows.

Lookups by key batch into one `IN (...)` query per model. Nested lists batch every parent of a
level into one query that numbers each parent's rows with ROW_NUMBER() and keeps the page.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from collections.abc import Awaitable, Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import Any

from strawberry.dataloader import DataLoader
from tortoise.expressions import RawSQL
from tortoise.models import Model
from tortoise.queryset import QuerySet

from schema.pagination import Connection, PageWindow, once
from schema.visibility import Viewer, visible


@dataclass(frozen=True, slots=True)
class OrderTerm:
    column: str
    descending: bool = False
    nullable: bool = False

    def not_null(self) -> OrderTerm:
        return OrderTerm(self.column, self.descending, nullable=False)

    def reverse(self) -> OrderTerm:
        return OrderTerm(self.column, not self.descending, self.nullable)

    def sql(self, table: str) -> str:
        column = f'"{table}"."{self.column}"'
        direction = "DESC" if self.descending else "ASC"
        # NULLs last on both engines (SQLite and PostgreSQL disagree by default).
        nulls = f"({column} IS NULL), " if self.nullable else ""
        return f"{nulls}{column} {direction}"


def order_sql(model: type[Model], terms: Sequence[OrderTerm]) -> str:
    table = model._meta.db_table
    return ", ".join(term.sql(table) for term in terms)


@dataclass(frozen=True, slots=True)
class Parent:
    """How a nested list hangs off its parent: a column of the listed table, or of a join."""

    column: str
    via: str | None = None  # reverse relation to join through, e.g. "mentions"
    via_table: str | None = None

    def lookup(self) -> str:
        return f"{self.via}__{self.column}__in" if self.via else f"{self.column}__in"

    def sql(self, model: type[Model]) -> str:
        table = self.via_table or model._meta.db_table
        return f'"{table}"."{self.column}"'


def _compile(qs: QuerySet[Any]) -> tuple[str, list[Any]]:
    qs._make_query()
    sql, params = qs.query.get_parameterized_sql()
    return sql, list(params)


async def _run(qs: QuerySet[Any], sql: str, params: list[Any]) -> list[dict[str, Any]]:
    qs._choose_db_if_not_chosen()
    rows: list[dict[str, Any]] = await qs._db.execute_query_dict(sql, params)
    return rows


async def fetch_page(
    qs: QuerySet[Any], terms: Sequence[OrderTerm], window: PageWindow
) -> tuple[list[Any], bool]:
    """One page of a top-level list, plus whether more rows follow."""
    model = qs.model
    # An annotation keeps Tortoise from adding the model's default ordering.
    sql, params = _compile(qs.annotate(_page=RawSQL("1")))
    sql = f"{sql} ORDER BY {order_sql(model, terms)} LIMIT {window.size + 1} OFFSET {window.start}"
    rows = await _run(qs, sql, params)
    items = [model._init_from_db(**row) for row in rows[: window.size]]
    return items, len(rows) > window.size


async def fetch_pages(
    qs: QuerySet[Any],
    parent: Parent,
    parent_ids: Sequence[Hashable],
    terms: Sequence[OrderTerm],
    start: int,
    size: int,
) -> dict[Any, list[Any]]:
    """Rows start..start+size (plus one, to tell if more follow) of every parent's list."""
    model = qs.model
    partition = parent.sql(model)
    numbered = qs.filter(**{parent.lookup(): list(parent_ids)}).annotate(
        _parent=RawSQL(partition),
        _rn=RawSQL(
            f"ROW_NUMBER() OVER (PARTITION BY {partition} ORDER BY {order_sql(model, terms)})"
        ),
    )
    inner, params = _compile(numbered)
    sql = (
        f'SELECT * FROM ({inner}) AS "numbered" '
        f'WHERE "numbered"."_rn" > {start} AND "numbered"."_rn" <= {start + size + 1} '
        f'ORDER BY "numbered"."_parent", "numbered"."_rn"'
    )
    grouped: dict[Any, list[Any]] = defaultdict(list)
    pk_field = model._meta.fields_map[model._meta.pk_attr]
    for row in await _run(qs, sql, params):
        key = row["_parent"]
        grouped[pk_field.to_python_value(key) if key is not None else None].append(
            model._init_from_db(**row)
        )
    return grouped


async def count_per_parent(
    qs: QuerySet[Any], parent: Parent, parent_ids: Sequence[Hashable]
) -> dict[Any, int]:
    model = qs.model
    partition = parent.sql(model)
    keyed = qs.filter(**{parent.lookup(): list(parent_ids)}).annotate(_parent=RawSQL(partition))
    inner, params = _compile(keyed)
    sql = f'SELECT "keyed"."_parent" AS "p", COUNT(*) AS "n" FROM ({inner}) AS "keyed" GROUP BY 1'
    pk_field = model._meta.fields_map[model._meta.pk_attr]
    return {
        pk_field.to_python_value(row["p"]): int(row["n"]) for row in await _run(qs, sql, params)
    }


class SharedLoader(DataLoader[Any, Any]):
    """A DataLoader whose futures outlive any one field awaiting them. When a field fails,
    graphql-core cancels its siblings; a sibling cancelled while awaiting a cached future would
    cancel that future for every other field waiting on the same key, and their request would
    end in a CancelledError instead of an answer."""

    def load(self, key: Any) -> Awaitable[Any]:
        return asyncio.shield(super().load(key))


class Loaders:
    """The DataLoaders of one request, created on first use."""

    def __init__(self, viewer: Viewer) -> None:
        self.viewer = viewer
        self._loaders: dict[Hashable, DataLoader[Any, Any]] = {}

    def by_key(self, model: type[Model], field: str = "id") -> DataLoader[Any, Any]:
        key = ("by_key", model, field)
        if key not in self._loaders:
            viewer = self.viewer

            async def load(keys: list[Any]) -> list[Any]:
                rows = await visible(model, viewer).filter(**{f"{field}__in": keys})
                found = {getattr(row, field): row for row in rows}
                return [found.get(k) for k in keys]

            self._loaders[key] = SharedLoader(load_fn=load)
        return self._loaders[key]

    async def get(self, model: type[Model], key: Any, field: str = "id") -> Any:
        if key is None:
            return None
        return await self.by_key(model, field).load(key)

    def keyed(
        self, key: Hashable, load_fn: Callable[[list[Any]], Awaitable[list[Any]]]
    ) -> DataLoader[Any, Any]:
        """The request's loader named `key`, made from `load_fn` on first use (for loaders a
        feature defines itself, such as aggregates)."""
        if key not in self._loaders:
            self._loaders[key] = SharedLoader(load_fn=load_fn)
        return self._loaders[key]

    def children(
        self, model: type[Model], column: str, order: Sequence[str] = ("created_at", "id")
    ) -> DataLoader[Any, list[Any]]:
        """Every visible child of each parent: for short lists such as tags or evidence."""
        key = ("children", model, column, tuple(order))
        if key not in self._loaders:
            viewer = self.viewer

            async def load(parent_ids: list[Any]) -> list[list[Any]]:
                qs = visible(model, viewer).filter(**{f"{column}__in": parent_ids})
                grouped: dict[Any, list[Any]] = defaultdict(list)
                for row in await qs.order_by(*order):
                    grouped[getattr(row, column)].append(row)
                return [grouped.get(pid, []) for pid in parent_ids]

            self._loaders[key] = SharedLoader(load_fn=load)
        return self._loaders[key]

    def counts(
        self, signature: Hashable, qs: QuerySet[Any], parent: Parent
    ) -> DataLoader[Any, int]:
        key = ("count", signature)
        if key not in self._loaders:

            async def load(parent_ids: list[Any]) -> list[int]:
                found = await count_per_parent(qs, parent, parent_ids)
                return [found.get(pid, 0) for pid in parent_ids]

            self._loaders[key] = SharedLoader(load_fn=load)
        return self._loaders[key]

    def pages(
        self,
        signature: Hashable,
        qs: QuerySet[Any],
        parent: Parent,
        terms: Sequence[OrderTerm],
        window: PageWindow,
    ) -> DataLoader[Any, Connection[Any]]:
        key = ("page", signature, window.key)
        if key not in self._loaders:
            counts = self.counts(signature, qs, parent)

            async def load(parent_ids: list[Any]) -> list[Connection[Any]]:
                if window.from_end:
                    return await self._pages_from_end(qs, parent, parent_ids, terms, window, counts)
                grouped = await fetch_pages(
                    qs, parent, parent_ids, terms, window.start, window.size
                )
                result = []
                for pid in parent_ids:
                    rows = grouped.get(pid, [])

                    async def count(pid: Any = pid) -> int:
                        return await counts.load(pid)

                    result.append(
                        Connection.build(
                            rows[: window.size], window, len(rows) > window.size, once(count)
                        )
                    )
                return result

            self._loaders[key] = SharedLoader(load_fn=load)
        return self._loaders[key]

    @staticmethod
    async def _pages_from_end(
        qs: QuerySet[Any],
        parent: Parent,
        parent_ids: list[Any],
        terms: Sequence[OrderTerm],
        window: PageWindow,
        counts: DataLoader[Any, int],
    ) -> list[Connection[Any]]:
        totals = await counts.load_many(parent_ids)
        reversed_terms = [term.reverse() for term in terms]
        grouped = await fetch_pages(qs, parent, parent_ids, reversed_terms, 0, window.size)
        result = []
        for pid, total in zip(parent_ids, totals, strict=True):
            rows = list(reversed(grouped.get(pid, [])[: window.size]))
            resolved = PageWindow(start=total - len(rows), size=len(rows))

            async def count(total: int = total) -> int:
                return total

            result.append(Connection.build(rows, resolved, False, count))
        return result
