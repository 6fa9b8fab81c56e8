"""Login and logout, password changes, account administration and partner API keys.

Each returns its object or a typed error. Every one except `login` needs the session's
`X-CSRF-Token` header when called with the session cookie.
"""

from __future__ import annotations

import math
from typing import Annotated, Any, Union

import strawberry

from api.auth.sessions import SESSION_COOKIE
from api.auth.throttle import TooManyAttempts
from api.services import accounts, keys
from api.services.errors import ServiceError
from schema.accounts.inputs import (
    ApiKeyIdInput,
    ChangePasswordInput,
    CreateApiKeyInput,
    CreateUserInput,
    LoginInput,
    UpdateUserInput,
    UserIdInput,
)
from schema.accounts.types import (
    ApiKey,
    IssuedApiKey,
    LoggedOut,
    SessionsRevoked,
    User,
    Viewer,
    parse_id,
)
from schema.context import Info
from schema.http import clear_session_cookie, current_session, set_session_cookie
from schema.mutations.errors import (
    NotFoundError,
    PermissionDeniedError,
    TooManyAttemptsError,
    ValidationError,
    to_payload,
)

NAMES = {
    "full_name": "fullName",
    "current_password": "currentPassword",
    "new_password": "newPassword",
    "expires_at": "expiresAt",
    "requests_per_minute": "requestsPerMinute",
}

LoginResult = Annotated[
    Union[  # noqa: UP007  # strawberry.union needs the Union form to name the type
        Viewer, ValidationError, PermissionDeniedError, TooManyAttemptsError
    ],
    strawberry.union("LoginResult", description="The session opened, or why not."),
]
ChangePasswordResult = Annotated[
    Union[  # noqa: UP007  # strawberry.union needs the Union form to name the type
        Viewer, ValidationError, PermissionDeniedError, TooManyAttemptsError
    ],
    strawberry.union("ChangePasswordResult", description="The password changed, or why not."),
]
LogoutResult = Annotated[
    Union[  # noqa: UP007  # strawberry.union needs the Union form to name the type
        LoggedOut, PermissionDeniedError
    ],
    strawberry.union("LogoutResult", description="The session ended, or why not."),
]
UserResult = Annotated[
    Union[  # noqa: UP007  # strawberry.union needs the Union form to name the type
        User, ValidationError, NotFoundError, PermissionDeniedError
    ],
    strawberry.union("UserResult", description="The account, or why not."),
]
SessionsRevokedResult = Annotated[
    Union[  # noqa: UP007  # strawberry.union needs the Union form to name the type
        SessionsRevoked, NotFoundError, PermissionDeniedError
    ],
    strawberry.union("SessionsRevokedResult", description="The sessions ended, or why not."),
]
IssuedApiKeyResult = Annotated[
    Union[  # noqa: UP007  # strawberry.union needs the Union form to name the type
        IssuedApiKey, ValidationError, NotFoundError, PermissionDeniedError
    ],
    strawberry.union("IssuedApiKeyResult", description="The key and its secret, or why not."),
]
ApiKeyResult = Annotated[
    Union[  # noqa: UP007  # strawberry.union needs the Union form to name the type
        ApiKey, NotFoundError, PermissionDeniedError
    ],
    strawberry.union("ApiKeyResult", description="The key, or why not."),
]


def refusal(error: ServiceError) -> Any:
    if isinstance(error, TooManyAttempts):
        seconds = math.ceil(error.retry_after.total_seconds())
        return TooManyAttemptsError(message=str(error), retry_after_seconds=seconds)
    return to_payload(error, NAMES)


@strawberry.type
class AccountMutations:
    @strawberry.mutation(
        description="Log in to the admin app: sets the `simpul_session` cookie and returns the "
        "CSRF token to send as `X-CSRF-Token` with every mutation."
    )
    async def login(self, info: Info, input: LoginInput) -> LoginResult:
        context = info.context
        try:
            done = await accounts.login(
                email=input.email,
                password=input.password,
                ip_address=context.viewer.ip_address,
                user_agent=context.request.headers.get("user-agent", ""),
                settings=context.settings,
                replaces=context.request.cookies.get(SESSION_COOKIE),
            )
        except ServiceError as error:
            return refusal(error)  # type: ignore[no-any-return]  # one of the error types
        max_age = int(context.settings.session_lifetime.total_seconds())
        set_session_cookie(context, done.token, max_age)
        return Viewer.of(done.user, done.session, time_zone=context.settings.timezone)

    @strawberry.mutation(description="End this session and clear its cookie.")
    async def logout(self, info: Info) -> LogoutResult:
        try:
            ended = await accounts.logout(
                token=info.context.request.cookies.get(SESSION_COOKIE),
                actor=info.context.viewer,
            )
        except ServiceError as error:
            return refusal(error)  # type: ignore[no-any-return]  # one of the error types
        clear_session_cookie(info.context)
        return LoggedOut(ended=ended)

    @strawberry.mutation(description="Change your password; your other sessions end.")
    async def change_password(self, info: Info, input: ChangePasswordInput) -> ChangePasswordResult:
        try:
            user = await accounts.change_password(
                current_password=input.current_password,
                new_password=input.new_password,
                current_token=info.context.request.cookies.get(SESSION_COOKIE),
                actor=info.context.viewer,
                settings=info.context.settings,
            )
        except ServiceError as error:
            return refusal(error)  # type: ignore[no-any-return]  # one of the error types
        session = current_session(info.context.request)
        assert session is not None  # the service refuses callers without a session
        return Viewer.of(user, session, time_zone=info.context.settings.timezone)

    @strawberry.mutation(description="Create a staff account (admins only).")
    async def create_user(self, info: Info, input: CreateUserInput) -> UserResult:
        try:
            user = await accounts.create_user(
                email=input.email,
                role=input.role,
                password=input.password,
                full_name=input.full_name,
                actor=info.context.viewer,
            )
        except ServiceError as error:
            return refusal(error)  # type: ignore[no-any-return]  # one of the error types
        return User.of(user)

    @strawberry.mutation(
        description="Change an account's role or name (admins only). Refused with the code "
        "LAST_ADMIN on `role` when it would leave no active admin."
    )
    async def update_user(self, info: Info, input: UpdateUserInput) -> UserResult:
        try:
            user = await accounts.update_user(
                user_id=parse_id(input.id, "User"),
                role=input.role,
                full_name=input.full_name,
                actor=info.context.viewer,
            )
        except ServiceError as error:
            return refusal(error)  # type: ignore[no-any-return]  # one of the error types
        return User.of(user)

    @strawberry.mutation(
        description="Deactivate an account: it cannot log in and its sessions end (admins only)."
    )
    async def deactivate_user(self, info: Info, input: UserIdInput) -> UserResult:
        return await _set_active(info, input, active=False)

    @strawberry.mutation(description="Let a deactivated account log in again (admins only).")
    async def reactivate_user(self, info: Info, input: UserIdInput) -> UserResult:
        return await _set_active(info, input, active=True)

    @strawberry.mutation(description="End every session of an account (admins only).")
    async def revoke_user_sessions(self, info: Info, input: UserIdInput) -> SessionsRevokedResult:
        try:
            user, count = await accounts.revoke_user_sessions(
                user_id=parse_id(input.id, "User"), actor=info.context.viewer
            )
        except ServiceError as error:
            return refusal(error)  # type: ignore[no-any-return]  # one of the error types
        return SessionsRevoked(user=User.of(user), count=count)

    @strawberry.mutation(
        description="Issue an API key for a partner app (admins only); its secret is shown once."
    )
    async def create_api_key(self, info: Info, input: CreateApiKeyInput) -> IssuedApiKeyResult:
        try:
            issued = await keys.create_key(
                name=input.name,
                scopes=[str(scope) for scope in input.scopes],
                expires_at=input.expires_at,
                requests_per_minute=input.requests_per_minute,
                actor=info.context.viewer,
            )
        except ServiceError as error:
            return refusal(error)  # type: ignore[no-any-return]  # one of the error types
        return IssuedApiKey(api_key=ApiKey.of(issued.api_key), key=issued.key)

    @strawberry.mutation(
        description="Give a key a new secret (admins only): the old one stops working at once."
    )
    async def rotate_api_key(self, info: Info, input: ApiKeyIdInput) -> IssuedApiKeyResult:
        try:
            issued = await keys.rotate_key(
                key_id=parse_id(input.id, "ApiKey"), actor=info.context.viewer
            )
        except ServiceError as error:
            return refusal(error)  # type: ignore[no-any-return]  # one of the error types
        return IssuedApiKey(api_key=ApiKey.of(issued.api_key), key=issued.key)

    @strawberry.mutation(description="Stop a key for good (admins only).")
    async def revoke_api_key(self, info: Info, input: ApiKeyIdInput) -> ApiKeyResult:
        try:
            key = await keys.revoke_key(
                key_id=parse_id(input.id, "ApiKey"), actor=info.context.viewer
            )
        except ServiceError as error:
            return refusal(error)  # type: ignore[no-any-return]  # one of the error types
        return ApiKey.of(key)


async def _set_active(info: Info, input: UserIdInput, *, active: bool) -> UserResult:
    try:
        user = await accounts.set_active(
            user_id=parse_id(input.id, "User"), active=active, actor=info.context.viewer
        )
    except ServiceError as error:
        return refusal(error)  # type: ignore[no-any-return]  # one of the error types
    return User.of(user)
