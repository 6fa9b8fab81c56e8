"""Allow-listed operations and daily usage of partner keys."""

from __future__ import annotations

import datetime as dt

import strawberry

from api import models
from api.services.usage import ranked
from schema.accounts.types import ApiKey


@strawberry.type(description="An operation a key in allow-list mode may run.")
class ApiKeyOperation:
    sha256: str = strawberry.field(
        description="SHA-256 (hex) of the query text; what persisted-query requests send."
    )
    operation_name: str = strawberry.field(
        description="The document's operation name; empty when it has none or several."
    )
    query: str = strawberry.field(description="The exact query text.")
    created_at: dt.datetime = strawberry.field(description="When it was registered.")

    @classmethod
    def of(cls, operation: models.ApiKeyOperation) -> ApiKeyOperation:
        stored = operation.query
        return cls(
            sha256=stored.sha256,
            operation_name=stored.operation_name,
            query=stored.query,
            created_at=operation.created_at,
        )


@strawberry.type(description="Whether a key runs only its registered operations.")
class ApiKeyAllowlist:
    api_key: ApiKey = strawberry.field(description="The key.")
    allowlist_only: bool = strawberry.field(
        description="True: the key may run only the operations registered for it."
    )


@strawberry.type(description="How often an operation was run.")
class OperationCount:
    name: str = strawberry.field(
        description="The operation name, or `anonymous:<first 12 hex digits of its SHA-256>`."
    )
    count: int = strawberry.field(description="Requests that ran it.")


@strawberry.type(description="How many requests selected a field.")
class FieldCount:
    field: str = strawberry.field(description="`Type.field`.")
    count: int = strawberry.field(description="Requests whose document selected it.")


@strawberry.type(description="A key's use on one day (UTC).")
class ApiKeyUsageDay:
    day: dt.date = strawberry.field(description="The day (UTC).")
    requests: int = strawberry.field(description="Requests made with the key.")
    errors: int = strawberry.field(description="Requests answered with errors.")
    refused: int = strawberry.field(
        description="Requests refused without running (operations not on the allow-list)."
    )
    last_used_at: dt.datetime | None = strawberry.field(description="Its last request that day.")
    operations: list[OperationCount] = strawberry.field(
        description="Operations run, most frequent first."
    )
    fields: list[FieldCount] = strawberry.field(description="Fields selected, most frequent first.")

    @classmethod
    def of(cls, usage: models.ApiKeyUsage) -> ApiKeyUsageDay:
        return cls(
            day=usage.day,
            requests=usage.requests,
            errors=usage.errors,
            refused=usage.refused,
            last_used_at=usage.last_used_at,
            operations=[OperationCount(name=k, count=v) for k, v in ranked(usage.operations)],
            fields=[FieldCount(field=k, count=v) for k, v in ranked(usage.fields_used)],
        )
