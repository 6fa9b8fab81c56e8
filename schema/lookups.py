"""Single lookups by natural key (slug), returning null when nothing visible matches."""

from __future__ import annotations

from typing import Any

import strawberry
from strawberry.types.field import StrawberryField
from tortoise.models import Model

from schema.context import Info


def by_slug(model: type[Model], node: Any, description: str) -> StrawberryField:
    async def resolver(info: Info, slug: str) -> Any:
        return await info.context.loaders.get(model, slug, "slug")

    resolver.__annotations__ = {"info": strawberry.Info, "slug": str, "return": node | None}
    field: StrawberryField = strawberry.field(resolver=resolver, description=description)
    return field
