"""The Node interface, the Record interface every entity implements, and node(id:) lookups."""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import Annotated, Any, ClassVar
from uuid import UUID

import strawberry
from strawberry import relay
from strawberry.relay.utils import from_base64
from tortoise.models import Model

from schema.context import Info
from schema.errors import InputError

MAX_NODES = 100
_REGISTRY: dict[str, type[Model]] = {}


@strawberry.interface(description="A stored record: a public id, timestamps and a version.")
class Record(relay.Node):
    id: relay.NodeID[str]
    model: ClassVar[type[Model]]

    created_at: dt.datetime = strawberry.field(description="When the record was created.")
    updated_at: dt.datetime = strawberry.field(description="When the record last changed.")
    version: int = strawberry.field(
        description="Increases with every change; send it back when updating (optimistic lock)."
    )

    @classmethod
    def is_type_of(cls, obj: Any, info: Any) -> bool:
        return isinstance(obj, cls.model)


def register(*types: type[Record]) -> None:
    for node_type in types:
        _REGISTRY[node_type.__name__] = node_type.model


def parse_global_id(value: str, argument: str = "id") -> tuple[type[Model], UUID]:
    try:
        type_name, raw_id = from_base64(value)
    except (ValueError, TypeError):
        raise InputError(
            f"Malformed global id {value!r}: expected an `id` returned by this API.",
            field=argument,
        ) from None
    model = _REGISTRY.get(type_name)
    if model is None:
        raise InputError(
            f"Global id {value!r} names an unknown type {type_name!r}.", field=argument
        )
    try:
        return model, UUID(raw_id)
    except ValueError:
        raise InputError(f"Global id {value!r} holds a malformed key.", field=argument) from None


@strawberry.type
class NodeQuery:
    @strawberry.field(description="Fetch any object by its global id; null if it is not visible.")
    async def node(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="A global id.")],
    ) -> relay.Node | None:
        model, key = parse_global_id(id)
        return await info.context.loaders.get(model, key)  # type: ignore[no-any-return]

    @strawberry.field(description="Fetch up to 100 objects by global id, in the order given.")
    async def nodes(
        self,
        info: Info,
        ids: Annotated[list[strawberry.ID], strawberry.argument(description="Global ids.")],
    ) -> list[relay.Node | None]:
        if len(ids) > MAX_NODES:
            raise InputError(
                f"`ids` may hold at most {MAX_NODES} ids, got {len(ids)}.", field="ids"
            )
        parsed = [parse_global_id(value, "ids") for value in ids]
        return list(await asyncio.gather(*(info.context.loaders.get(m, key) for m, key in parsed)))
