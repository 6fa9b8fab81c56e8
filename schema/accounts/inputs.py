"""Inputs of the account and API-key mutations."""

from __future__ import annotations

import datetime as dt

import strawberry

from schema.accounts.enums import Role, Scope


@strawberry.input(description="Credentials of a staff account.")
class LoginInput:
    email: str = strawberry.field(description="Login e-mail (any case).")
    password: str = strawberry.field(description="The password.")


@strawberry.input(description="Your current password and the new one.")
class ChangePasswordInput:
    current_password: str = strawberry.field(description="The password you use now.")
    new_password: str = strawberry.field(description="At least 10 characters.")


@strawberry.input(description="A new staff account.")
class CreateUserInput:
    email: str = strawberry.field(description="Login e-mail.")
    role: Role = strawberry.field(description="What the account may do.")
    password: str = strawberry.field(description="Initial password, at least 10 characters.")
    full_name: str = strawberry.field(default="", description="Name shown in the admin app.")


@strawberry.input(description="Which staff account.")
class UserIdInput:
    id: strawberry.ID = strawberry.field(description="Global id of the User.")


@strawberry.input(description="Changes to a staff account; fields left out stay as they are.")
class UpdateUserInput:
    id: strawberry.ID = strawberry.field(description="Global id of the User.")
    role: Role | None = strawberry.field(
        default=None, description="New role; the last active admin cannot lose theirs."
    )
    full_name: str | None = strawberry.field(
        default=None, description="New name shown in the admin app."
    )


@strawberry.input(description="A new API key for a partner app.")
class CreateApiKeyInput:
    name: str = strawberry.field(description="Which partner app will use it.")
    scopes: list[Scope] = strawberry.field(
        default_factory=lambda: [Scope.READ], description="What the key may do."
    )
    expires_at: dt.datetime | None = strawberry.field(
        default=None, description="When it stops working (UTC if no zone is given); null: never."
    )
    requests_per_minute: int | None = strawberry.field(
        default=None, description="Its request limit; null for the default."
    )


@strawberry.input(description="Which API key.")
class ApiKeyIdInput:
    id: strawberry.ID = strawberry.field(description="Global id of the ApiKey.")
