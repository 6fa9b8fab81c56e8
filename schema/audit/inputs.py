"""Which audit entries to list."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import strawberry
from strawberry.relay.utils import from_base64
from tortoise.queryset import QuerySet

from api.models import AuditEntry
from schema.audit.types import AuditAction  # registered there as a GraphQL enum
from schema.errors import InputError
from schema.inputs import DateTimeRange, one_of
from schema.lookups import key_text

ACTOR_TYPES = {"User": "actor_user_id", "ApiKey": "actor_key_id"}


def _split(value: str, argument: str) -> tuple[str, UUID]:
    try:
        type_name, raw = from_base64(value)
        return type_name, UUID(raw)
    except (ValueError, TypeError):
        raise InputError(
            f"Malformed global id {value!r} in `{argument}`: expected an id returned by this API.",
            field=argument,
        ) from None


@strawberry.input(description="Conditions on audit entries; all given conditions must hold.")
class AuditFilter:
    actor_id: strawberry.ID | None = strawberry.field(
        default=None, description="Only what this staff user or API key did (its global id)."
    )
    action: list[AuditAction] | None = strawberry.field(
        default=None, description="Only these actions."
    )
    entity_type: str | None = strawberry.field(
        default=None, description='Only records of this kind ("Person", "Article", ...).'
    )
    entity_id: strawberry.ID | None = strawberry.field(
        default=None, description="Only this record (its global id)."
    )
    at: DateTimeRange | None = strawberry.field(default=None, description="Only in this period.")

    def apply(self, qs: QuerySet[Any]) -> QuerySet[Any]:
        if self.actor_id is not None:
            type_name, key = _split(self.actor_id, "actorId")
            if type_name not in ACTOR_TYPES:
                raise InputError(
                    f"`actorId` must be the id of a User or an ApiKey, not a {type_name}.",
                    field="actorId",
                )
            qs = qs.filter(**{ACTOR_TYPES[type_name]: key})
        qs = one_of(qs, "action", self.action)
        if self.entity_type is not None:
            entity_type = key_text(AuditEntry, "entity_type", self.entity_type, "entityType")
            qs = qs.filter(entity_type=entity_type)
        if self.entity_id is not None:
            type_name, key = _split(self.entity_id, "entityId")
            qs = qs.filter(entity_type=type_name, entity_id=key)
        if self.at is not None:
            qs = self.at.apply(qs, "at", "at")
        return qs
