"""Typed errors a mutation payload can hold instead of its object."""

from __future__ import annotations

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


ERROR_TYPES = (ValidationError, ConflictError, NotFoundError, PermissionDeniedError)


def to_payload(error: ServiceError, names: dict[str, str] | None = None) -> Any:
    """The typed error for a refusal; `names` maps service field names to schema names."""
    names = names or {}
    if isinstance(error, ValidationFailed):
        return ValidationError(
            message=str(error),
            errors=[_problem(e, names) for e in error.errors],
        )
    if isinstance(error, Conflict):
        return ConflictError(message=str(error), current_version=error.current_version)
    if isinstance(error, NotFound):
        return NotFoundError(message=str(error))
    if isinstance(error, Forbidden):
        return PermissionDeniedError(message=str(error))
    raise error


def _problem(error: FieldError, names: dict[str, str]) -> FieldProblem:
    field = names.get(error.field, error.field)
    message = error.message.replace(f"`{error.field}`", f"`{field}`")
    return FieldProblem(field=field, code=error.code, message=message)
