"""Allow-lists and usage of partner keys (admins only)."""

from __future__ import annotations

import strawberry

from api.services import partners
from api.services.errors import Forbidden, NotFound, ValidationFailed
from schema.accounts.types import parse_id
from schema.context import Info
from schema.errors import AccessDenied, InputError
from schema.partners.types import ApiKeyOperation, ApiKeyUsageDay


@strawberry.type
class PartnerQuery:
    @strawberry.field(description="The operations a key may run in allow-list mode (admins only).")
    async def api_key_operations(self, info: Info, key_id: strawberry.ID) -> list[ApiKeyOperation]:
        try:
            found = await partners.list_operations(
                key_id=parse_id(key_id, "ApiKey", "keyId"), actor=info.context.viewer
            )
        except Forbidden as refused:
            raise AccessDenied(str(refused)) from None
        except NotFound as missing:
            raise InputError(str(missing), field="keyId") from None
        return [ApiKeyOperation.of(operation) for operation in found]

    @strawberry.field(
        description="A key's use per day over the last `days` days, newest first; days without "
        "requests are left out (admins only). Written every few seconds, so the last seconds "
        "may be missing."
    )
    async def api_key_usage(
        self, info: Info, key_id: strawberry.ID, days: int = 30
    ) -> list[ApiKeyUsageDay]:
        try:
            found = await partners.key_usage(
                key_id=parse_id(key_id, "ApiKey", "keyId"), days=days, actor=info.context.viewer
            )
        except Forbidden as refused:
            raise AccessDenied(str(refused)) from None
        except NotFound as missing:
            raise InputError(str(missing), field="keyId") from None
        except ValidationFailed as invalid:
            raise InputError(invalid.errors[0].message, field="days") from None
        return [ApiKeyUsageDay.of(usage) for usage in found]
