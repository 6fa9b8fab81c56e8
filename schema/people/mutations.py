"""Erasing a person's personal data on request (admins only)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Union

import strawberry

from api import models
from api.services import erasure
from api.services.errors import ServiceError
from schema.context import Info
from schema.errors import InputError
from schema.mutations.errors import (
    ConflictError,
    MutationError,
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    to_payload,
)
from schema.node import parse_global_id
from schema.people.types import Person


@strawberry.input(description="Which person to erase, at which version, and why.")
class ErasePersonInput:
    id: strawberry.ID = strawberry.field(description="Global id of the Person.")
    version: int = strawberry.field(description="The version you read.")
    reason: str = strawberry.field(
        description="Why (e.g. the request it answers); kept in the audit log, at most 500 "
        "characters."
    )


@strawberry.type(description="The person's personal data was already erased; nothing changed.")
class AlreadyErasedError(MutationError):
    # Nullable like `Person.erasedAt`, so one selection can ask both members of the union.
    erased_at: dt.datetime | None = strawberry.field(
        description="When it was erased (always set; nullable to match `Person.erasedAt`)."
    )


ErasePersonResult = Annotated[
    Union[  # noqa: UP007  # strawberry.union needs the Union form to name the type
        Person,
        AlreadyErasedError,
        ValidationError,
        ConflictError,
        NotFoundError,
        PermissionDeniedError,
    ],
    strawberry.union("ErasePersonResult", description="The erased Person, or why not."),
]


@strawberry.type
class ErasureMutations:
    @strawberry.mutation(
        description="Erase a person's personal data on request (UU 27/2022; admins only). "
        "Contact details and the recorded legal basis always go; a person who is not a public "
        'figure also loses name (shown as "(dihapus)"), honorifics, position and region. '
        "Articles, quotes and other links keep pointing at the person. The audit log keeps "
        "which fields were erased and why, never the values."
    )
    async def erase_person(self, info: Info, input: ErasePersonInput) -> ErasePersonResult:
        model, key = parse_global_id(input.id)
        if model is not models.Person:
            raise InputError("`id` must be the id of a Person.", field="id")
        try:
            person = await erasure.erase_person(
                key, input.version, input.reason, actor=info.context.viewer
            )
        except erasure.AlreadyErased as error:
            return AlreadyErasedError(message=str(error), erased_at=error.erased_at)
        except ServiceError as error:
            return to_payload(error)  # type: ignore[no-any-return]  # one of the error types
        return person  # type: ignore[return-value]  # the model row resolves as the Person type
