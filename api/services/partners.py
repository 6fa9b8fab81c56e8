"""What a partner key may run (allow-lists) and what it has used (usage per day); admins only."""

from __future__ import annotations

import datetime as dt
import hashlib
from uuid import UUID

from graphql import GraphQLError, OperationDefinitionNode, parse
from tortoise.transactions import in_transaction

from api.models import ApiKey, ApiKeyOperation, ApiKeyUsage, AuditAction, PersistedQuery
from api.services import audit
from api.services.accounts import require_admin
from api.services.actor import Actor
from api.services.errors import NotFound, field_error

MAX_QUERY_LENGTH = 100_000
MAX_USAGE_DAYS = 366


async def _key(key_id: UUID) -> ApiKey:
    api_key = await ApiKey.filter(id=key_id).select_related("owner").first()
    if api_key is None:
        raise NotFound("ApiKey", key_id)
    return api_key


def _operation_name(query: str) -> str:
    if not query.strip():
        raise field_error("query", "REQUIRED", "`query` is required.")
    if len(query) > MAX_QUERY_LENGTH:
        raise field_error(
            "query", "TOO_LONG", f"`query` may have at most {MAX_QUERY_LENGTH} characters."
        )
    try:
        document = parse(query)
    except GraphQLError as error:
        raise field_error("query", "INVALID", f"`query` is not GraphQL: {error.message}") from None
    names = [
        d.name.value
        for d in document.definitions
        if isinstance(d, OperationDefinitionNode) and d.name
    ]
    return names[0][:200] if len(names) == 1 else ""


async def register_operation(*, key_id: UUID, query: str, actor: Actor) -> ApiKeyOperation:
    """Let the key run `query` (exactly this text, known by its SHA-256) in allow-list mode."""
    require_admin(actor, "manage API keys")
    operation_name = _operation_name(query)
    sha = hashlib.sha256(query.encode()).hexdigest()
    async with in_transaction():
        api_key = await _key(key_id)
        stored, _ = await PersistedQuery.get_or_create(
            sha256=sha, defaults={"query": query, "operation_name": operation_name}
        )
        operation = await ApiKeyOperation.filter(api_key_id=api_key.id, query_id=sha).first()
        if operation is None:
            operation = await ApiKeyOperation.create(api_key=api_key, query=stored)
            await audit.record(
                actor=actor,
                action=AuditAction.UPDATE,
                entity_type="ApiKey",
                entity_id=api_key.id,
                changes={"operations": {"before": None, "after": sha}},
            )
    operation.query = stored
    return operation


async def unregister_operation(*, key_id: UUID, sha256: str, actor: Actor) -> ApiKeyOperation:
    """Stop letting the key run the document of this SHA-256."""
    require_admin(actor, "manage API keys")
    async with in_transaction():
        api_key = await _key(key_id)
        operation = (
            await ApiKeyOperation.filter(api_key_id=api_key.id, query_id=sha256.lower())
            .select_related("query")
            .first()
        )
        if operation is None:
            raise NotFound("ApiKeyOperation", sha256)
        await ApiKeyOperation.filter(id=operation.id).delete()
        await audit.record(
            actor=actor,
            action=AuditAction.UPDATE,
            entity_type="ApiKey",
            entity_id=api_key.id,
            changes={"operations": {"before": operation.query.sha256, "after": None}},
        )
    return operation


async def set_allowlist_only(*, key_id: UUID, enabled: bool, actor: Actor) -> ApiKey:
    """Turn allow-list mode on or off for a key."""
    require_admin(actor, "manage API keys")
    async with in_transaction():
        api_key = await _key(key_id)
        if api_key.allowlist_only == enabled:
            return api_key
        await ApiKey.filter(id=api_key.id).update(
            allowlist_only=enabled,
            updated_at=dt.datetime.now(dt.UTC),
            version=api_key.version + 1,
        )
        await audit.record(
            actor=actor,
            action=AuditAction.UPDATE,
            entity_type="ApiKey",
            entity_id=api_key.id,
            changes={"allowlist_only": {"before": api_key.allowlist_only, "after": enabled}},
        )
        api_key.allowlist_only = enabled
        api_key.version += 1
    return api_key


async def list_operations(*, key_id: UUID, actor: Actor) -> list[ApiKeyOperation]:
    require_admin(actor, "read API keys", write=False)
    await _key(key_id)
    return (
        await ApiKeyOperation.filter(api_key_id=key_id)
        .select_related("query")
        .order_by("created_at", "id")
    )


async def key_usage(*, key_id: UUID, days: int, actor: Actor) -> list[ApiKeyUsage]:
    """The key's usage on each of the last `days` days it was used, newest first."""
    require_admin(actor, "read API key usage", write=False)
    if not 1 <= days <= MAX_USAGE_DAYS:
        raise field_error("days", "OUT_OF_RANGE", f"`days` must be between 1 and {MAX_USAGE_DAYS}.")
    await _key(key_id)
    since = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=days - 1)
    return await ApiKeyUsage.filter(api_key_id=key_id, day__gte=since).order_by("-day")
