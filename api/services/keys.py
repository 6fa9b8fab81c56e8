"""Partner API keys: admins create, list, rotate and revoke them.

The whole key (`spl_<prefix>_<secret>`) is returned once, by create and rotate; only the prefix
and the secret's SHA-256 are stored. Rotation keeps the prefix and replaces the secret, so the
old key stops working at once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from tortoise.transactions import in_transaction

from api.auth.keys import SCOPES, new_prefix, new_secret
from api.models import ApiKey, AuditAction
from api.services import audit
from api.services.accounts import require_admin
from api.services.actor import Actor
from api.services.errors import FieldError, NotFound, ValidationFailed, field_error
from api.text import clean

MAX_REQUESTS_PER_MINUTE = 1_000_000


@dataclass(frozen=True, slots=True)
class IssuedKey:
    api_key: ApiKey
    key: str  # the whole key: shown once, never stored


def _problems(
    name: str, scopes: list[str], expires_at: dt.datetime | None, requests_per_minute: int | None
) -> list[FieldError]:
    problems = []
    if not name:
        problems.append(FieldError("name", "REQUIRED", "`name` is required."))
    elif len(name) > 200:
        problems.append(FieldError("name", "TOO_LONG", "`name` may have at most 200 characters."))
    if not scopes:
        problems.append(FieldError("scopes", "REQUIRED", "`scopes` needs at least one scope."))
    elif unknown := sorted(set(scopes) - SCOPES):
        problems.append(
            FieldError(
                "scopes",
                "INVALID",
                f"`scopes` holds unknown scopes {unknown}; known: {sorted(SCOPES)}.",
            )
        )
    if expires_at is not None and expires_at <= dt.datetime.now(dt.UTC):
        problems.append(FieldError("expires_at", "INVALID", "`expires_at` must be in the future."))
    if requests_per_minute is not None and not 1 <= requests_per_minute <= MAX_REQUESTS_PER_MINUTE:
        problems.append(
            FieldError(
                "requests_per_minute",
                "OUT_OF_RANGE",
                f"`requests_per_minute` must be between 1 and {MAX_REQUESTS_PER_MINUTE}.",
            )
        )
    return problems


def _aware(value: dt.datetime | None) -> dt.datetime | None:
    # A time without a zone is read as UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value


async def create_key(
    *,
    name: str,
    scopes: list[str],
    expires_at: dt.datetime | None = None,
    requests_per_minute: int | None = None,
    actor: Actor,
) -> IssuedKey:
    """Issue a key; the returned `key` is the only time the secret is shown."""
    require_admin(actor, "manage API keys")
    name, scopes = clean(name, multiline=False).strip(), sorted({str(s) for s in scopes})
    expires_at = _aware(expires_at)
    if problems := _problems(name, scopes, expires_at, requests_per_minute):
        raise ValidationFailed(problems)
    async with in_transaction():
        prefix = new_prefix()
        while await ApiKey.filter(prefix=prefix).exists():
            prefix = new_prefix()
        issued = new_secret(prefix)
        api_key = await ApiKey.create(
            name=name,
            prefix=prefix,
            secret_hash=issued.digest,
            scopes=scopes,
            owner_id=actor.user_id,
            expires_at=expires_at,
            requests_per_minute=requests_per_minute,
        )
        values = {
            "name": name,
            "prefix": prefix,
            "scopes": scopes,
            "expires_at": expires_at.isoformat() if expires_at else None,
            "requests_per_minute": requests_per_minute,
        }
        await audit.record(
            actor=actor,
            action=AuditAction.CREATE,
            entity_type="ApiKey",
            entity_id=api_key.id,
            changes={k: {"before": None, "after": v} for k, v in values.items()},
        )
    await api_key.fetch_related("owner")
    return IssuedKey(api_key=api_key, key=issued.key)


async def _key(key_id: UUID) -> ApiKey:
    api_key = await ApiKey.filter(id=key_id).select_related("owner").first()
    if api_key is None:
        raise NotFound("ApiKey", key_id)
    return api_key


async def _update(api_key: ApiKey, **columns: Any) -> None:
    columns |= {"updated_at": dt.datetime.now(dt.UTC), "version": api_key.version + 1}
    await ApiKey.filter(id=api_key.id).update(**columns)
    for name, value in columns.items():
        setattr(api_key, name, value)


async def rotate_key(*, key_id: UUID, actor: Actor) -> IssuedKey:
    """Replace a key's secret: the old key stops working now, the new one is shown once."""
    require_admin(actor, "manage API keys")
    async with in_transaction():
        api_key = await _key(key_id)
        if api_key.revoked_at is not None:
            raise field_error("id", "INVALID", "This API key is revoked; create a new one.")
        issued = new_secret(api_key.prefix)
        await _update(api_key, secret_hash=issued.digest)
        await audit.record(
            actor=actor,
            action=AuditAction.UPDATE,
            entity_type="ApiKey",
            entity_id=api_key.id,
            changes={"secret": {"before": "(replaced)", "after": "(new)"}},
        )
    return IssuedKey(api_key=api_key, key=issued.key)


async def revoke_key(*, key_id: UUID, actor: Actor) -> ApiKey:
    """Stop a key for good (revoking twice changes nothing)."""
    require_admin(actor, "manage API keys")
    async with in_transaction():
        api_key = await _key(key_id)
        if api_key.revoked_at is not None:
            return api_key
        now = dt.datetime.now(dt.UTC)
        await _update(api_key, revoked_at=now)
        await audit.record(
            actor=actor,
            action=AuditAction.UPDATE,
            entity_type="ApiKey",
            entity_id=api_key.id,
            changes={"revoked_at": {"before": None, "after": now.isoformat()}},
        )
    return api_key


async def list_keys(*, actor: Actor) -> list[ApiKey]:
    require_admin(actor, "list API keys", write=False)
    return await ApiKey.all().select_related("owner").order_by("-created_at")
