"""Autocomplete search over the registry, for the article editor's mention picker."""

from __future__ import annotations

from typing import Annotated

import strawberry

from api import models
from api.services import search
from schema.context import Info
from schema.errors import InputError
from schema.search.types import SearchHit, SearchType
from schema.visibility import Viewer, visible

MAX_HITS = 50


def _sources(viewer: Viewer, types: list[SearchType]) -> list[search.Source]:
    every = {
        SearchType.STAKEHOLDER: search.Source(
            "stakeholder",
            visible(models.Stakeholder, viewer),
            label="name",
            name_lists=("aliases",),
        ),
        SearchType.PERSON: search.Source("person", visible(models.Person, viewer), "full_name"),
        SearchType.REGION: search.Source(
            "region", visible(models.Region, viewer), "name", columns=("code",)
        ),
        SearchType.EVENT: search.Source("event", visible(models.Event, viewer), "title"),
        SearchType.REGULATION: search.Source(
            "regulation", visible(models.Regulation, viewer), "title", columns=("number",)
        ),
    }
    return [every[kind] for kind in SearchType if kind in types]


@strawberry.type
class SearchQuery:
    @strawberry.field(
        description="Records whose name matches `query`, for autocomplete: stakeholders (name "
        "or alias), people (full name), regions (name or code), events (title) and regulations "
        "(title or number). Case-insensitive; names starting with the query come first, then "
        "names containing it, each by name."
    )
    async def search(
        self,
        info: Info,
        query: Annotated[
            str, strawberry.argument(description="At least 2 characters (spaces trimmed).")
        ],
        types: Annotated[
            list[SearchType] | None,
            strawberry.argument(description="Only these kinds; default: all."),
        ] = None,
        first: Annotated[
            int, strawberry.argument(description=f"How many hits (1 to {MAX_HITS}).")
        ] = 10,
    ) -> list[SearchHit]:
        text = query.strip()
        if len(text) < search.MIN_LENGTH:
            raise InputError(
                f"`query` must have at least {search.MIN_LENGTH} characters.", field="query"
            )
        if not 1 <= first <= MAX_HITS:
            raise InputError(
                f"`first` must be between 1 and {MAX_HITS}, got {first}.", field="first"
            )
        sources = _sources(info.context.viewer, list(SearchType) if types is None else types)
        hits = await search.search(sources, text, first)
        return [
            SearchHit(node=hit.record, label=hit.label, matched=hit.matched, prefix=hit.prefix)  # type: ignore[arg-type]  # a model row, resolved by is_type_of
            for hit in hits
        ]
