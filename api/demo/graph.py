"""A demo graph as plain rows, and how it is written to the database.

Rows are keyword arguments of the model they belong to (`region_id=...` for a foreign key), so a
graph can be built, compared and tested without a database. Writing follows `MODEL_ORDER`, which
puts every row after the rows it references.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from api.models import (
    Affair,
    Article,
    ArticleTag,
    Event,
    EventCoverage,
    EventParticipation,
    EventSpeaker,
    Membership,
    Mention,
    Person,
    Quote,
    Region,
    Regulation,
    Relation,
    RelationEvidence,
    Stakeholder,
    Tag,
)

Row = dict[str, Any]
Advance = Callable[[str, int], None]

MODEL_ORDER: tuple[type[Model], ...] = (
    Region,
    Stakeholder,
    Regulation,
    Affair,
    Person,
    Membership,
    Relation,
    Event,
    EventParticipation,
    EventSpeaker,
    Article,
    Tag,
    ArticleTag,
    Mention,
    Quote,
    EventCoverage,
    RelationEvidence,
)
BATCH_SIZE = 2000
_LOOKUP_CHUNK = 500


@dataclass
class Graph:
    rows: dict[type[Model], list[Row]] = field(default_factory=dict)

    def add(self, model: type[Model], **values: Any) -> Row:
        self.rows.setdefault(model, []).append(values)
        return values

    def of(self, model: type[Model]) -> list[Row]:
        return self.rows.get(model, [])

    def total(self) -> int:
        return sum(len(rows) for rows in self.rows.values())

    def counts(self) -> dict[str, int]:
        return {table_name(m): len(self.of(m)) for m in MODEL_ORDER if self.of(m)}


def table_name(model: type[Model]) -> str:
    return str(model._meta.db_table)


async def insert_rows(
    model: type[Model], rows: list[Row], conn: BaseDBAsyncClient, advance: Advance
) -> None:
    for start in range(0, len(rows), BATCH_SIZE):
        chunk = rows[start : start + BATCH_SIZE]
        await model.bulk_create([model(**row) for row in chunk], using_db=conn)
        advance(table_name(model), len(chunk))


async def missing_rows(graph: Graph, conn: BaseDBAsyncClient) -> Graph:
    """The part of `graph` whose rows are not in the database yet (matched by id)."""
    missing = Graph()
    for model in MODEL_ORDER:
        rows = graph.of(model)
        if not rows:
            continue
        if model is ArticleTag:
            present = await _present_article_tags(rows, conn)
            new = [r for r in rows if (r["article_id"], r["tag_id"]) not in present]
        else:
            ids = await _present_ids(model, [r["id"] for r in rows], conn)
            new = [r for r in rows if r["id"] not in ids]
        if new:
            missing.rows[model] = new
    return missing


async def _present_ids(model: type[Model], ids: list[Any], conn: BaseDBAsyncClient) -> set[Any]:
    present: set[Any] = set()
    for chunk in _chunks(ids):
        found = await model.filter(id__in=chunk).using_db(conn).values_list("id", flat=True)
        present.update(found)
    return present


async def _present_article_tags(rows: list[Row], conn: BaseDBAsyncClient) -> set[tuple[Any, Any]]:
    present: set[tuple[Any, Any]] = set()
    article_ids = list(dict.fromkeys(r["article_id"] for r in rows))
    for chunk in _chunks(article_ids):
        query = ArticleTag.filter(article_id__in=chunk).using_db(conn)
        pairs = await query.values_list("article_id", "tag_id")
        present.update((article, tag) for article, tag in pairs)
    return present


def _chunks(items: list[Any]) -> Iterable[list[Any]]:
    for start in range(0, len(items), _LOOKUP_CHUNK):
        yield items[start : start + _LOOKUP_CHUNK]
