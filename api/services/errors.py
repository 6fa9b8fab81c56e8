"""Why a write was refused. The schema turns each into a typed payload error."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID


@dataclass(frozen=True, slots=True)
class FieldError:
    field: str
    code: str  # REQUIRED, TOO_LONG, INVALID, DUPLICATE, MISSING_REFERENCE, END_BEFORE_START, ...
    message: str


class ServiceError(Exception):
    """Base of the refusals a caller can act on."""


class ValidationFailed(ServiceError):
    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


class Conflict(ServiceError):
    """The record changed since the caller read it; nothing was written."""

    def __init__(self, entity: str, record_id: UUID, current_version: int) -> None:
        super().__init__(
            f"{entity} {record_id} was changed by someone else: it is now at version "
            f"{current_version}. Reload it and apply your change again."
        )
        self.current_version = current_version


class NotFound(ServiceError):
    def __init__(self, entity: str, record_id: UUID | str) -> None:
        super().__init__(f"No {entity} with id {record_id}.")


class Forbidden(ServiceError):
    pass


def field_error(field: str, code: str, message: str) -> ValidationFailed:
    return ValidationFailed([FieldError(field, code, message)])
