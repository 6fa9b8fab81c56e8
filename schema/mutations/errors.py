"""Typed errors a mutation payload can hold instead of its object."""

from __future__ import annotations

import re
from typing import Any

import strawberry

from api.services.errors import (
    Conflict,
    FieldError,
    Forbidden,
    NotFound,
    ServiceError,
    ValidationFailed,
)

# A field name as messages quote it.
_QUOTED = re.compile(r"`(\w+)`")


@strawberry.interface(description="Why a change was refused; nothing was written.")
class MutationError:
    message: str = strawberry.field(description="What went wrong, for people.")


@strawberry.type(description="One input field that was refused.")
class FieldProblem:
    field: str = strawberry.field(description="The input field, as named in the schema.")
    code: str = strawberry.field(
        description="REQUIRED, TOO_LONG, INVALID, OUT_OF_RANGE, DUPLICATE, MISSING_REFERENCE, "
        "END_BEFORE_START or LOCKED."
    )
    message: str = strawberry.field(description="What was wrong with it.")


@strawberry.type(description="Some input fields were refused.")
class ValidationError(MutationError):
    errors: list[FieldProblem] = strawberry.field(description="Each refused field.")


@strawberry.type(description="The record changed since it was read; reload and reapply.")
class ConflictError(MutationError):
    current_version: int = strawberry.field(description="The version the record has now.")


@strawberry.type(description="No visible record has that id.")
class NotFoundError(MutationError):
    pass


@strawberry.type(description="The caller may not make this change.")
class PermissionDeniedError(MutationError):
    pass


@strawberry.type(description="Too many failed attempts: wait, then try again.")
class TooManyAttemptsError(MutationError):
    retry_after_seconds: int = strawberry.field(
        description="Seconds until another attempt is accepted."
    )


ERROR_TYPES = (ValidationError, ConflictError, NotFoundError, PermissionDeniedError)


def to_payload(error: ServiceError, names: dict[str, str] | None = None) -> Any:
    """The typed error for a refusal; `names` maps service field names to schema names."""
    names = names or {}
    if isinstance(error, ValidationFailed):
        problems = [_problem(e, names) for e in error.errors]
        return ValidationError(message="; ".join(p.message for p in problems), errors=problems)
    if isinstance(error, Conflict):
        return ConflictError(message=str(error), current_version=error.current_version)
    if isinstance(error, NotFound):
        return NotFoundError(message=str(error))
    if isinstance(error, Forbidden):
        return PermissionDeniedError(message=str(error))
    raise error


def _problem(error: FieldError, names: dict[str, str]) -> FieldProblem:
    # Messages quote field names in backticks (`ended_on` is before `started_on`): every one
    # of them is spelled as in the schema, not only the refused field.
    message = _QUOTED.sub(lambda m: f"`{names.get(m[1], m[1])}`", error.message)
    return FieldProblem(field=names.get(error.field, error.field), code=error.code, message=message)
