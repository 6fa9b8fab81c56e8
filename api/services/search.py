"""Name search for autocomplete (the article editor's mention picker).

Case-insensitive; a record whose name (or alias, code, number) starts with the text ranks
before one that only contains it. One statement per kind of record, each already limited, so
the cost does not grow with the registry.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from pypika_tortoise.enums import SqlTypes
from pypika_tortoise.functions import Cast
from tortoise.expressions import Case, Function, Q, RawSQL, When
from tortoise.models import Model
from tortoise.queryset import QuerySet

MIN_LENGTH = 2


class _Text(Cast):
    def __init__(self, term: Any, alias: str | None = None) -> None:
        super().__init__(term, SqlTypes.VARCHAR, alias=alias)


class AsText(Function):
    """A JSON column as its text, so LIKE can look inside a list of names."""

    database_func = _Text


@dataclass(frozen=True, slots=True)
class Source:
    """Where to look for one kind of record: its visible rows and the columns to match."""

    kind: str
    rows: QuerySet[Any]
    label: str  # the column naming the record; results of a kind are ordered by it
    columns: tuple[str, ...] = ()  # further text columns (codes, numbers)
    name_lists: tuple[str, ...] = ()  # JSON lists of names (aliases)


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    record: Model
    label: str
    matched: str  # the name, alias, code or number that matched
    prefix: bool


def _conditions(source: Source, text: str) -> tuple[Q, Q]:
    """(contains, starts with): each over every column the source matches."""
    contains, starts = Q(), Q()
    for column in (source.label, *source.columns):
        contains |= Q(**{f"{column}__icontains": text})
        starts |= Q(**{f"{column}__istartswith": text})
    for column in source.name_lists:
        # In the JSON text ["KIM Rukun", "Rukun"] a name starts right after a quote.
        contains |= Q(**{f"_{column}_text__icontains": text})
        starts |= Q(**{f"_{column}_text__icontains": f'"{text}'})
    return contains, starts


def _matched(record: Model, source: Source, folded: str) -> tuple[str, bool] | None:
    """The first name of the record that starts with the text, else the first containing it."""
    names: list[str] = [str(getattr(record, c) or "") for c in (source.label, *source.columns)]
    for column in source.name_lists:
        names.extend(str(name) for name in getattr(record, column) or [])
    for name in names:
        if name.casefold().startswith(folded):
            return name, True
    for name in names:
        if folded in name.casefold():
            return name, False
    return None


async def _search_one(source: Source, text: str, first: int) -> list[Hit]:
    qs = source.rows
    for column in source.name_lists:
        qs = qs.annotate(**{f"_{column}_text": AsText(column)})
    contains, starts = _conditions(source, text)
    qs = (
        qs.filter(contains)
        # Literals, not parameters: PostgreSQL would take a parameter in THEN for text.
        .annotate(_rank=Case(When(starts, then=RawSQL("0")), default=RawSQL("1")))  # type: ignore[arg-type]  # an expression
        .order_by("_rank", source.label, "id")
        .limit(first)
    )
    folded = text.casefold()
    hits = []
    for record in await qs:
        # The database's case folding is ASCII-only on SQLite; this check is not.
        found = _matched(record, source, folded)
        if found is not None:
            hits.append(Hit(source.kind, record, getattr(record, source.label), *found))
    return hits


async def search(sources: Sequence[Source], text: str, first: int) -> list[Hit]:
    """The best `first` matches across `sources`: prefix matches first, then by label."""
    hits = [hit for source in sources for hit in await _search_one(source, text, first)]
    hits.sort(key=lambda hit: (not hit.prefix, hit.label.casefold(), hit.kind))
    return hits[:first]
