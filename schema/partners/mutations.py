"""Allow-lists of partner keys (admins only; the session's `X-CSRF-Token` is required)."""

from __future__ import annotations

from typing import Annotated, Any, Union

import strawberry

from api.services import partners
from api.services.errors import ServiceError
from schema.accounts.types import ApiKey, parse_id
from schema.context import Info
from schema.mutations.errors import (
    NotFoundError,
    PermissionDeniedError,
    ValidationError,
    to_payload,
)
from schema.partners.inputs import (
    RegisterApiKeyOperationInput,
    SetApiKeyAllowlistInput,
    UnregisterApiKeyOperationInput,
)
from schema.partners.types import ApiKeyAllowlist, ApiKeyOperation

NAMES = {"key_id": "keyId"}

ApiKeyOperationResult = Annotated[
    Union[  # noqa: UP007  # strawberry.union needs the Union form to name the type
        ApiKeyOperation, ValidationError, NotFoundError, PermissionDeniedError
    ],
    strawberry.union("ApiKeyOperationResult", description="The operation, or why not."),
]
ApiKeyAllowlistResult = Annotated[
    Union[  # noqa: UP007  # strawberry.union needs the Union form to name the type
        ApiKeyAllowlist, NotFoundError, PermissionDeniedError
    ],
    strawberry.union("ApiKeyAllowlistResult", description="The key's mode, or why not."),
]


def refusal(error: ServiceError) -> Any:
    return to_payload(error, NAMES)


@strawberry.type
class PartnerMutations:
    @strawberry.mutation(
        description="Allow a key to run this exact query text in allow-list mode (admins only)."
    )
    async def register_api_key_operation(
        self, info: Info, input: RegisterApiKeyOperationInput
    ) -> ApiKeyOperationResult:
        try:
            operation = await partners.register_operation(
                key_id=parse_id(input.key_id, "ApiKey", "keyId"),
                query=input.query,
                actor=info.context.viewer,
            )
        except ServiceError as error:
            return refusal(error)  # type: ignore[no-any-return]  # one of the error types
        return ApiKeyOperation.of(operation)

    @strawberry.mutation(description="Stop allowing a key to run an operation (admins only).")
    async def unregister_api_key_operation(
        self, info: Info, input: UnregisterApiKeyOperationInput
    ) -> ApiKeyOperationResult:
        try:
            operation = await partners.unregister_operation(
                key_id=parse_id(input.key_id, "ApiKey", "keyId"),
                sha256=input.sha256,
                actor=info.context.viewer,
            )
        except ServiceError as error:
            return refusal(error)  # type: ignore[no-any-return]  # one of the error types
        return ApiKeyOperation.of(operation)

    @strawberry.mutation(
        description="Let a key run only its registered operations, or anything (admins only)."
    )
    async def set_api_key_allowlist(
        self, info: Info, input: SetApiKeyAllowlistInput
    ) -> ApiKeyAllowlistResult:
        try:
            api_key = await partners.set_allowlist_only(
                key_id=parse_id(input.key_id, "ApiKey", "keyId"),
                enabled=input.allowlist_only,
                actor=info.context.viewer,
            )
        except ServiceError as error:
            return refusal(error)  # type: ignore[no-any-return]  # one of the error types
        return ApiKeyAllowlist(api_key=ApiKey.of(api_key), allowlist_only=api_key.allowlist_only)
