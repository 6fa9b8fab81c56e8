"""The signed-in viewer; accounts and API keys (admins only)."""

from __future__ import annotations

import strawberry

from api.services import accounts, keys
from api.services.errors import Forbidden
from schema.accounts.types import ApiKey, User, Viewer
from schema.context import Info
from schema.errors import AccessDenied
from schema.http import current_session


@strawberry.type
class AccountQuery:
    @strawberry.field(
        description="The signed-in staff member and the session's CSRF token; null when "
        "anonymous or called with an API key."
    )
    def viewer(self, info: Info) -> Viewer | None:
        session = current_session(info.context.request)
        if session is None or info.context.viewer.user_id is None:
            return None
        return Viewer.of(session.user, session, time_zone=info.context.settings.timezone)

    @strawberry.field(description="Every staff account, by e-mail (admins only).")
    async def users(self, info: Info) -> list[User]:
        try:
            found = await accounts.list_users(actor=info.context.viewer)
        except Forbidden as refused:
            raise AccessDenied(str(refused)) from None
        return [User.of(user) for user in found]

    @strawberry.field(description="Every partner API key, newest first (admins only).")
    async def api_keys(self, info: Info) -> list[ApiKey]:
        try:
            found = await keys.list_keys(actor=info.context.viewer)
        except Forbidden as refused:
            raise AccessDenied(str(refused)) from None
        return [ApiKey.of(key) for key in found]
