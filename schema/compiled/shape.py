"""The response, from the database's JSON: keys in the order asked, values finished per leaf.

Pages, cursors and pageInfo follow `Connection.build` and the loaders exactly: a forward page
fetches one row more than it shows to tell whether more follow; a page counted from the end
(`last` without `before`) is read backwards and starts at the total minus its length.
"""

from __future__ import annotations

from typing import Any

from schema.compiled.describe import Leaf, Unsupported
from schema.compiled.plan import (
    EdgesPlan,
    ListPlan,
    ObjectPlan,
    PageInfoPlan,
    RefPlan,
    UnionPlan,
)
from schema.compiled.rows import BoundList, BoundObject
from schema.compiled.sql import count_slot
from schema.pagination import encode_cursor


class Page:
    __slots__ = ("count", "has_more", "rows", "start")

    def __init__(self, rows: list[Any], start: int, has_more: bool, count: int | None) -> None:
        self.rows = rows
        self.start = start
        self.has_more = has_more
        self.count = count


def top_page(rows: list[Any], start: int, size: int, count: int | None) -> Page:
    return Page(rows[:size], start, len(rows) > size, count)


def nested_page(bound: BoundList, row: dict[str, Any]) -> Page:
    rows: list[Any] = row[bound.plan.slot] or []
    count: int | None = row.get(count_slot(bound.plan.slot))
    window = bound.window
    if window.from_end:
        shown = list(reversed(rows[: window.size]))
        assert count is not None
        return Page(shown, count - len(shown), False, count)
    return Page(rows[: window.size], window.start, len(rows) > window.size, count)


def connection(bound: BoundList, page: Page) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, what in bound.plan.selections:
        if what == "totalCount":
            out[key] = page.count
        elif isinstance(what, str):
            out[key] = what[1:]
        elif isinstance(what, PageInfoPlan):
            out[key] = _page_info(what, page)
        else:
            out[key] = _edges(what, bound, page)
    return out


def _page_info(plan: PageInfoPlan, page: Page) -> dict[str, Any]:
    n = len(page.rows)
    values = {
        "hasNextPage": page.has_more,
        "hasPreviousPage": page.start > 0,
        "startCursor": encode_cursor(page.start) if n else None,
        "endCursor": encode_cursor(page.start + n - 1) if n else None,
    }
    return {
        key: what[1:] if what.startswith("@") else values[what] for key, what in plan.selections
    }


def _edges(plan: EdgesPlan, bound: BoundList, page: Page) -> list[dict[str, Any]]:
    edges = []
    for i, row in enumerate(page.rows):
        edge: dict[str, Any] = {}
        for key, what in plan.selections:
            if isinstance(what, ObjectPlan):
                edge[key] = obj(what, bound.node, row)
            elif what == "cursor":
                edge[key] = encode_cursor(page.start + i)
            else:
                edge[key] = what[1:]
        edges.append(edge)
    return edges


def obj(plan: ObjectPlan, node: BoundObject, row: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, what in plan.selections:
        if type(what) is Leaf:
            out[key] = what.finish(row)
        elif type(what) is RefPlan:
            out[key] = _ref(what, node, row)
        elif isinstance(what, str):
            out[key] = what
        elif isinstance(what, ListPlan):
            bound = _bound_list(node, what)
            out[key] = connection(bound, nested_page(bound, row))
        elif isinstance(what, RefPlan):
            out[key] = _ref(what, node, row)
        elif isinstance(what, UnionPlan):
            member = what.members.get(row[what.discriminator])
            if member is None:
                raise Unsupported("an unknown union member")
            out[key] = _ref(member, node, row)
        else:
            out[key] = what.finish(row)
    return out


def _ref(plan: RefPlan, node: BoundObject, row: dict[str, Any]) -> dict[str, Any] | None:
    found = row[plan.slot]
    if found is None:
        return None
    for ref in node.refs:
        if ref.plan is plan:
            return obj(plan.target, ref.target, found)
    raise AssertionError("a reference not bound")


def _bound_list(node: BoundObject, plan: ListPlan) -> BoundList:
    for bound in node.lists:
        if bound.plan is plan:
            return bound
    raise AssertionError("a list not bound")
