"""Staff accounts, the signed-in viewer and partner API keys. No hash ever leaves the server.

Accounts and keys have global ids like every object, but are not reachable through `node(id:)`:
only the admin-only lists and mutations below hand them out.
"""

from __future__ import annotations

import datetime as dt
from uuid import UUID

import strawberry
from strawberry.relay.utils import from_base64, to_base64

from api import models
from api.auth.keys import SCOPES, status_of
from schema.accounts.enums import KeyStatus, Role, Scope
from schema.errors import InputError


def global_id(type_name: str, key: UUID) -> strawberry.ID:
    return strawberry.ID(to_base64(type_name, str(key)))


def parse_id(value: str, type_name: str, argument: str = "id") -> UUID:
    """The key of a global id of `type_name`; an InputError naming `argument` otherwise."""
    try:
        name, raw = from_base64(value)
        if name == type_name:
            return UUID(raw)
    except (ValueError, TypeError):
        pass
    raise InputError(f"`{argument}` must be a global id of type {type_name}.", field=argument)


@strawberry.type(description="A staff account.")
class User:
    id: strawberry.ID = strawberry.field(description="Global id.")
    email: str = strawberry.field(description="Login e-mail (lower case).")
    full_name: str = strawberry.field(description="Name shown in the admin app.")
    role: Role = strawberry.field(description="What the account may do.")
    is_active: bool = strawberry.field(description="False once deactivated: it cannot log in.")
    last_login_at: dt.datetime | None = strawberry.field(description="Last successful login.")
    password_changed_at: dt.datetime | None = strawberry.field(description="Last password change.")
    created_at: dt.datetime = strawberry.field(description="When the account was created.")
    version: int = strawberry.field(description="Increases with every change.")

    @classmethod
    def of(cls, user: models.User) -> User:
        return cls(
            id=global_id("User", user.id),
            email=user.email,
            full_name=user.full_name,
            role=Role(user.role),
            is_active=user.is_active,
            last_login_at=user.last_login_at,
            password_changed_at=user.password_changed_at,
            created_at=user.created_at,
            version=user.version,
        )


@strawberry.type(description="The signed-in staff member and their session.")
class Viewer:
    id: strawberry.ID = strawberry.field(description="Global id of the account (a User).")
    email: str = strawberry.field(description="Login e-mail.")
    full_name: str = strawberry.field(description="Name shown in the admin app.")
    role: Role = strawberry.field(description="What the account may do.")
    csrf_token: str = strawberry.field(
        description="Send it as the `X-CSRF-Token` header with every mutation."
    )
    session_expires_at: dt.datetime = strawberry.field(
        description="When the session ends at the latest (it also ends after 12 idle hours)."
    )
    time_zone: str = strawberry.field(
        description="The office's time zone (IANA name, e.g. Asia/Makassar): show times in it."
    )

    @classmethod
    def of(cls, user: models.User, session: models.Session, *, time_zone: str) -> Viewer:
        return cls(
            id=global_id("User", user.id),
            email=user.email,
            full_name=user.full_name,
            role=Role(user.role),
            csrf_token=session.csrf_token,
            session_expires_at=session.expires_at,
            time_zone=time_zone,
        )


@strawberry.type(description="The session, if any, has ended and its cookie is cleared.")
class LoggedOut:
    ended: bool = strawberry.field(description="Whether a live session was ended.")


@strawberry.type(description="Every session of an account has ended.")
class SessionsRevoked:
    user: User = strawberry.field(description="The account.")
    count: int = strawberry.field(description="How many live sessions were ended.")


@strawberry.type(description="A partner app's API key. The secret is never shown again.")
class ApiKey:
    id: strawberry.ID = strawberry.field(description="Global id.")
    name: str = strawberry.field(description="Which partner app uses it.")
    prefix: str = strawberry.field(description="The public part: `spl_<prefix>_…`.")
    scopes: list[Scope] = strawberry.field(description="What the key may do.")
    status: KeyStatus = strawberry.field(description="Whether the key works now.")
    expires_at: dt.datetime | None = strawberry.field(description="When it stops working.")
    revoked_at: dt.datetime | None = strawberry.field(description="When it was revoked.")
    last_used_at: dt.datetime | None = strawberry.field(
        description="Last request made with it (to the minute)."
    )
    requests_per_minute: int | None = strawberry.field(
        description="Its request limit; null for the default."
    )
    owner: User | None = strawberry.field(description="The admin who issued it.")
    created_at: dt.datetime = strawberry.field(description="When it was issued.")

    @classmethod
    def of(cls, key: models.ApiKey) -> ApiKey:
        owner = key.owner if key.owner_id is not None else None  # type: ignore[attr-defined]  # FK column
        return cls(
            id=global_id("ApiKey", key.id),
            name=key.name,
            prefix=key.prefix,
            scopes=[Scope(s) for s in key.scopes if s in SCOPES],
            status=status_of(key),
            expires_at=key.expires_at,
            revoked_at=key.revoked_at,
            last_used_at=key.last_used_at,
            requests_per_minute=key.requests_per_minute,
            owner=User.of(owner) if owner is not None else None,
            created_at=key.created_at,
        )


@strawberry.type(description="A new or rotated key, with its secret: copy it now.")
class IssuedApiKey:
    api_key: ApiKey = strawberry.field(description="The key.")
    key: str = strawberry.field(
        description="The whole key to send as `Authorization: Bearer <key>`; shown only once."
    )
