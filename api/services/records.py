"""Create, update, soft-delete and restore any entity described by an EntitySpec.

Each call is one transaction: validation, the write, the audit entry and any follow-up (an
article revision) either all happen or none does. Updates compare-and-set on `version`, so a
stale edit is refused with the current version instead of overwriting someone else's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable
from enum import Enum
from typing import Any, TypeVar
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.models import Model
from tortoise.transactions import in_transaction

from api.models import AuditAction
from api.services import audit
from api.services.actor import Actor, require_csrf
from api.services.errors import Conflict, FieldError, Forbidden, NotFound, ValidationFailed
from api.services.fields import EntitySpec
from api.services.validation import (
    columns_of,
    current,
    prepare,
    soft_deletable,
    unique_slug,
    uniqueness_errors,
)
from api.slugs import slugify

T = TypeVar("T")
M = TypeVar("M", bound=Model)
# How often a generated slug moves on when concurrent creates keep taking it.
SLUG_ATTEMPTS = 5


def jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, UUID | dt.date | dt.datetime):
        return str(value) if not isinstance(value, dt.date | dt.datetime) else value.isoformat()
    return value


def require_writer(actor: Actor) -> None:
    require_csrf(actor)
    if not actor.can_write:
        raise Forbidden("Only admins and editors may change records.")


async def load(
    model: type[M], record_id: UUID, *, deleted: bool | None = False, name: str | None = None
) -> M:
    """The record with `record_id` (not deleted, only deleted, or either when None)."""
    qs = model.filter(id=record_id)
    if soft_deletable(model) and deleted is not None:
        qs = qs.filter(deleted_at__isnull=not deleted)
    found = await qs.first()
    if found is None:
        raise NotFound(name or model.__name__, record_id)
    return found


async def compare_and_set(
    record: Model, version: int, columns: dict[str, Any], *, name: str | None = None
) -> None:
    """Write `columns` and bump `version` only if the record is still at `version`."""
    model = type(record)
    now = dt.datetime.now(dt.UTC)
    changed = await model.filter(id=record.pk, version=version).update(
        **columns, version=F("version") + 1, updated_at=now
    )
    if changed != 1:
        versions: list[int] = list(
            await model.filter(id=record.pk).values_list("version", flat=True)  # type: ignore[arg-type]  # flat gives scalars
        )
        raise Conflict(name or model.__name__, record.pk, versions[0] if versions else version)
    await record.refresh_from_db()


async def _unique_write(
    spec: EntitySpec,
    values: dict[str, Any],
    columns: dict[str, Any],
    existing: Model | None,
    write: Callable[[], Awaitable[T]],
) -> T:
    """Run `write` in a savepoint. A concurrent transaction may take a unique value between
    the checks and the write: a generated slug then moves on to the next free one; any other
    clash is refused like the checks refuse it."""
    own_id = existing.pk if existing is not None else None
    generated = spec.slug_from is not None and "slug" in columns and not values.get("slug")
    for _ in range(SLUG_ATTEMPTS):
        try:
            async with in_transaction():
                return await write()
        except IntegrityError:
            merged = current(spec, existing) | columns
            errors = await uniqueness_errors(spec, merged, own_id)
            if not generated or [e.field for e in errors] != ["slug"]:
                raise ValidationFailed(errors or [_clash(spec)]) from None
            base = slugify(str(merged.get(spec.slug_from or "") or ""))
            columns["slug"] = await unique_slug(spec.model, base, own_id)
    raise ValidationFailed([_clash(spec)])


def _clash(spec: EntitySpec) -> FieldError:
    return FieldError(
        "id", "DUPLICATE", f"This {spec.name} clashes with one saved at the same moment."
    )


async def create(spec: EntitySpec, values: dict[str, Any], *, actor: Actor) -> Model:
    """Create a record; the audit entry holds every value set."""
    require_writer(actor)
    async with in_transaction():
        columns = await prepare(spec, values, None)
        record = await _unique_write(
            spec, values, columns, None, lambda: spec.model.create(**columns)
        )
        await audit.record(
            actor=actor,
            action=AuditAction.CREATE,
            entity_type=spec.name,
            entity_id=record.pk,
            changes={k: {"before": None, "after": jsonable(v)} for k, v in columns.items()},
        )
        if spec.after_write is not None:
            await spec.after_write(record, actor)
    return record


async def update(
    spec: EntitySpec, record_id: UUID, version: int, values: dict[str, Any], *, actor: Actor
) -> Model:
    """Change the given fields if `version` is still current; otherwise raise Conflict."""
    require_writer(actor)
    async with in_transaction():
        record = await load(spec.model, record_id, name=spec.name)
        if record.version != version:  # type: ignore[attr-defined]  # every Record has it
            raise Conflict(spec.name, record.pk, record.version)  # type: ignore[attr-defined]
        columns = await prepare(spec, values, record)
        before = {k: jsonable(getattr(record, k)) for k in columns}
        await _unique_write(
            spec,
            values,
            columns,
            record,
            lambda: compare_and_set(record, version, columns, name=spec.name),
        )
        changes = audit.diff(before, {k: jsonable(v) for k, v in columns.items()})
        await audit.record(
            actor=actor,
            action=AuditAction.UPDATE,
            entity_type=spec.name,
            entity_id=record.pk,
            changes=changes,
        )
        if spec.after_write is not None:
            await spec.after_write(record, actor)
    return record


async def delete(spec: EntitySpec, record_id: UUID, version: int, *, actor: Actor) -> Model:
    """Soft-delete (or, for edges without soft delete, remove) a record at `version`."""
    require_writer(actor)
    if not spec.deletable:
        raise Forbidden(f"{spec.name} records cannot be deleted.")
    async with in_transaction():
        record = await load(spec.model, record_id, name=spec.name)
        if record.version != version:  # type: ignore[attr-defined]
            raise Conflict(spec.name, record.pk, record.version)  # type: ignore[attr-defined]
        if spec.guard_removal is not None:
            spec.guard_removal(record, actor, False)
        if soft_deletable(spec.model):
            await compare_and_set(
                record, version, {"deleted_at": dt.datetime.now(dt.UTC)}, name=spec.name
            )
            changes = {"deleted_at": {"before": None, "after": jsonable(record.deleted_at)}}  # type: ignore[attr-defined]
        else:
            removed = await spec.model.filter(id=record.pk, version=version).delete()
            if removed != 1:
                raise Conflict(spec.name, record.pk, version + 1)
            # The row is gone: the entry keeps every value it had.
            changes = {
                c: {"before": jsonable(getattr(record, c)), "after": None} for c in columns_of(spec)
            }
        await audit.record(
            actor=actor,
            action=AuditAction.DELETE,
            entity_type=spec.name,
            entity_id=record.pk,
            changes=changes,
        )
    return record


async def restore(spec: EntitySpec, record_id: UUID, version: int, *, actor: Actor) -> Model:
    """Undo a soft delete."""
    require_writer(actor)
    if not soft_deletable(spec.model):
        raise Forbidden(f"{spec.name} records are removed, not soft-deleted; create it again.")
    async with in_transaction():
        record = await load(spec.model, record_id, deleted=True, name=spec.name)
        if record.version != version:  # type: ignore[attr-defined]
            raise Conflict(spec.name, record.pk, record.version)  # type: ignore[attr-defined]
        if spec.guard_removal is not None:
            spec.guard_removal(record, actor, True)
        await prepare(spec, {}, record)
        deleted_at = jsonable(record.deleted_at)  # type: ignore[attr-defined]  # SoftDeletable
        await compare_and_set(record, version, {"deleted_at": None}, name=spec.name)
        await audit.record(
            actor=actor,
            action=AuditAction.RESTORE,
            entity_type=spec.name,
            entity_id=record.pk,
            changes={"deleted_at": {"before": deleted_at, "after": None}},
        )
    return record
