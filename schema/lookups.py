"""Single lookups by natural key (slug), returning null when nothing visible matches."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import strawberry
from strawberry.types.field import StrawberryField
from tortoise.models import Model

from schema.context import Info
from schema.errors import InputError

# Where the compiled read engine (schema/compiled) finds what a lookup declares.
LOOKUP_SPEC = "simpul.lookup"


@dataclass(frozen=True, slots=True)
class LookupSpec:
    """A lookup of one visible `model` row whose `column` equals the `argument`."""

    model: type[Model]
    column: str
    argument: str


def key_text(model: type[Model], column: str, value: str, argument: str) -> str:
    """`value`, to compare with a text column, or an InputError when it is longer than the
    column: it could match nothing, and the ORM refuses to compare it."""
    limit: int | None = getattr(model._meta.fields_map[column], "max_length", None)
    if limit is not None and len(value) > limit:
        raise InputError(
            f"`{argument}` is {len(value)} characters long; at most {limit} allowed.",
            field=argument,
        )
    return value


def by_slug(model: type[Model], node: Any, description: str) -> StrawberryField:
    async def resolver(info: Info, slug: str) -> Any:
        return await info.context.loaders.get(model, key_text(model, "slug", slug, "slug"), "slug")

    resolver.__annotations__ = {"info": strawberry.Info, "slug": str, "return": node | None}
    field: StrawberryField = strawberry.field(
        resolver=resolver,
        description=description,
        metadata={LOOKUP_SPEC: LookupSpec(model, "slug", "slug")},
    )
    return field
