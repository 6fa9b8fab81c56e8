"""Inputs of the allow-list mutations."""

from __future__ import annotations

import strawberry


@strawberry.input(description="An operation to allow for a key.")
class RegisterApiKeyOperationInput:
    key_id: strawberry.ID = strawberry.field(description="Global id of the ApiKey.")
    query: str = strawberry.field(
        description="The exact query text the partner sends (its SHA-256 is what is allowed)."
    )


@strawberry.input(description="An operation to stop allowing for a key.")
class UnregisterApiKeyOperationInput:
    key_id: strawberry.ID = strawberry.field(description="Global id of the ApiKey.")
    sha256: str = strawberry.field(description="SHA-256 (hex) of the registered query text.")


@strawberry.input(description="Turn a key's allow-list mode on or off.")
class SetApiKeyAllowlistInput:
    key_id: strawberry.ID = strawberry.field(description="Global id of the ApiKey.")
    allowlist_only: bool = strawberry.field(
        description="True: the key may run only its registered operations."
    )
