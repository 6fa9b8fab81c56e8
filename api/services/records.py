"""Create, update, soft-delete and restore any entity described by an EntitySpec.

Each call is one transaction: validation, the write, the audit entry and any follow-up (an
article revision) either all happen or none does. Updates compare-and-set on `version`, so a
stale edit is refused with the current version instead of overwriting someone else's.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any
from uuid import UUID

import nh3
from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.models import Model
from tortoise.transactions import in_transaction

from api.models import (
    AuditAction,
    Event,
    MentionTarget,
    Person,
    Region,
    Regulation,
    Stakeholder,
)
from api.models.base import SoftDeletable
from api.services import audit
from api.services.actor import Actor
from api.services.errors import Conflict, FieldError, Forbidden, NotFound, ValidationFailed
from api.services.fields import EntitySpec, FieldSpec, check_order, check_value
from api.slugs import slugify


def jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, UUID | dt.date | dt.datetime):
        return str(value) if not isinstance(value, dt.date | dt.datetime) else value.isoformat()
    return value


def require_writer(actor: Actor) -> None:
    if not actor.can_write:
        raise Forbidden("Only admins and editors may change records.")


def soft_deletable(model: type[Model]) -> bool:
    return issubclass(model, SoftDeletable)


async def _reference_exists(spec: FieldSpec, value: UUID) -> bool:
    assert spec.ref is not None
    qs = spec.ref.filter(id=value)
    if soft_deletable(spec.ref):
        qs = qs.filter(deleted_at=None)
    return await qs.exists()


TARGET_MODELS: dict[MentionTarget, type[Model]] = {
    MentionTarget.STAKEHOLDER: Stakeholder,
    MentionTarget.PERSON: Person,
    MentionTarget.REGION: Region,
    MentionTarget.EVENT: Event,
    MentionTarget.REGULATION: Regulation,
}


async def _set_target(
    field: FieldSpec, value: tuple[MentionTarget, UUID], columns: dict[str, Any]
) -> FieldError | None:
    """A mention's target: set `target_type` and exactly one of the target columns."""
    kind, target_id = value
    model = TARGET_MODELS[kind]
    qs = model.filter(id=target_id)
    if soft_deletable(model):
        qs = qs.filter(deleted_at=None)
    if not await qs.exists():
        return FieldError(
            field.name,
            "MISSING_REFERENCE",
            f"`{field.name}` refers to no {model.__name__} with id {target_id}.",
        )
    columns["target_type"] = kind
    for other in MentionTarget:
        columns[f"{other.value}_id"] = target_id if other is kind else None
    return None


async def _unique_slug(model: type[Model], base: str, own_id: UUID | None) -> str:
    slug, n = base or "item", 1
    while await model.filter(slug=slug).exclude(id=own_id).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


async def _uniqueness_errors(
    spec: EntitySpec, merged: dict[str, Any], own_id: UUID | None
) -> list[FieldError]:
    meta = spec.model._meta
    errors = []
    singles = [(name,) for name, f in meta.fields_map.items() if f.unique and not f.pk]
    for group in [*singles, *meta.unique_together]:
        columns = [meta.fields_map[n].source_field or n for n in group]
        columns = [c if c in merged else f"{c}_id" for c in columns]
        if not all(c in merged for c in columns) or any(merged[c] is None for c in columns):
            continue
        if await spec.model.filter(**{c: merged[c] for c in columns}).exclude(id=own_id).exists():
            name = group[-1]
            errors.append(
                FieldError(name, "DUPLICATE", f"Another {spec.name} already has this `{name}`.")
            )
    return errors


async def prepare(
    spec: EntitySpec, values: dict[str, Any], existing: Model | None
) -> dict[str, Any]:
    """Validate `values` (field name -> value) and return them as column -> value."""
    errors: list[FieldError] = []
    columns: dict[str, Any] = {}
    for field in spec.fields:
        if field.name not in values:
            if existing is None and field.required:
                errors.append(FieldError(field.name, "REQUIRED", f"`{field.name}` is required."))
            continue
        value = values[field.name]
        if (error := check_value(field, value)) is not None:
            errors.append(error)
            continue
        if field.kind == "ref" and value is not None and not await _reference_exists(field, value):
            assert field.ref is not None
            errors.append(
                FieldError(
                    field.name,
                    "MISSING_REFERENCE",
                    f"`{field.name}` refers to no {field.ref.__name__} with id {value}.",
                )
            )
            continue
        if field.kind == "target":
            target_error = await _set_target(field, value, columns)
            if target_error is not None:
                errors.append(target_error)
            continue
        if field.kind == "html" and value is not None:
            value = nh3.clean(value)
        if (
            existing is not None
            and field.name in spec.locked_when_published
            and getattr(existing, "published_at", None) is not None
            and value != getattr(existing, field.column)
        ):
            errors.append(
                FieldError(field.name, "LOCKED", f"`{field.name}` cannot change after publication.")
            )
            continue
        columns[field.column] = value
    merged = {**(_current(spec, existing)), **columns}
    for start, end in spec.date_pairs:
        if (error := check_order(start, end, merged.get(start), merged.get(end))) is not None:
            errors.append(error)
    for check in spec.checks:
        errors += await check(merged, existing)
    if errors:
        raise ValidationFailed(errors)
    own_id = existing.pk if existing is not None else None
    if spec.slug_from is not None and (existing is None or "slug" in columns):
        wanted = columns.get("slug") or slugify(str(merged.get(spec.slug_from) or ""))
        if columns.get("slug"):
            if slugify(wanted) != wanted:
                raise ValidationFailed(
                    [FieldError("slug", "INVALID", "`slug` may hold a-z, 0-9 and hyphens only.")]
                )
        else:
            wanted = await _unique_slug(spec.model, wanted, own_id)
        columns["slug"] = merged["slug"] = wanted
    if errors := await _uniqueness_errors(spec, merged, own_id):
        raise ValidationFailed(errors)
    return columns


def _current(spec: EntitySpec, existing: Model | None) -> dict[str, Any]:
    if existing is None:
        return {}
    return {f.column: getattr(existing, f.column) for f in spec.fields} | {
        "slug": getattr(existing, "slug", None)
    }


async def _load(spec: EntitySpec, record_id: UUID, *, deleted: bool | None = False) -> Model:
    qs = spec.model.filter(id=record_id)
    if soft_deletable(spec.model) and deleted is not None:
        qs = qs.filter(deleted_at__isnull=not deleted)
    found = await qs.first()
    if found is None:
        raise NotFound(spec.name, record_id)
    return found


async def _compare_and_set(
    spec: EntitySpec, record: Model, version: int, columns: dict[str, Any]
) -> None:
    now = dt.datetime.now(dt.UTC)
    changed = await spec.model.filter(id=record.pk, version=version).update(
        **columns, version=F("version") + 1, updated_at=now
    )
    if changed != 1:
        current: list[int] = list(
            await spec.model.filter(id=record.pk).values_list("version", flat=True)  # type: ignore[arg-type]  # flat gives scalars
        )
        raise Conflict(spec.name, record.pk, current[0] if current else version)
    await record.refresh_from_db()


async def create(spec: EntitySpec, values: dict[str, Any], *, actor: Actor) -> Model:
    """Create a record; the audit entry holds every value set."""
    require_writer(actor)
    async with in_transaction():
        columns = await prepare(spec, values, None)
        try:
            record = await spec.model.create(**columns)
        except IntegrityError:
            raise ValidationFailed(
                [FieldError("id", "DUPLICATE", f"This {spec.name} already exists.")]
            ) from None
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
        record = await _load(spec, record_id)
        if record.version != version:  # type: ignore[attr-defined]  # every Record has it
            raise Conflict(spec.name, record.pk, record.version)  # type: ignore[attr-defined]
        columns = await prepare(spec, values, record)
        before = {k: jsonable(getattr(record, k)) for k in columns}
        await _compare_and_set(spec, record, version, columns)
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
        record = await _load(spec, record_id)
        if record.version != version:  # type: ignore[attr-defined]
            raise Conflict(spec.name, record.pk, record.version)  # type: ignore[attr-defined]
        if soft_deletable(spec.model):
            await _compare_and_set(spec, record, version, {"deleted_at": dt.datetime.now(dt.UTC)})
        else:
            removed = await spec.model.filter(id=record.pk, version=version).delete()
            if removed != 1:
                raise Conflict(spec.name, record.pk, version + 1)
        snapshot = {f.column: jsonable(getattr(record, f.column)) for f in spec.fields}
        await audit.record(
            actor=actor,
            action=AuditAction.DELETE,
            entity_type=spec.name,
            entity_id=record.pk,
            changes={k: {"before": v, "after": None} for k, v in snapshot.items()},
        )
    return record


async def restore(spec: EntitySpec, record_id: UUID, version: int, *, actor: Actor) -> Model:
    """Undo a soft delete."""
    require_writer(actor)
    if not soft_deletable(spec.model):
        raise Forbidden(f"{spec.name} records are removed, not soft-deleted; create it again.")
    async with in_transaction():
        record = await _load(spec, record_id, deleted=True)
        if record.version != version:  # type: ignore[attr-defined]
            raise Conflict(spec.name, record.pk, record.version)  # type: ignore[attr-defined]
        await prepare(spec, {}, record)
        await _compare_and_set(spec, record, version, {"deleted_at": None})
        await audit.record(
            actor=actor,
            action=AuditAction.RESTORE,
            entity_type=spec.name,
            entity_id=record.pk,
            changes={"deleted_at": {"before": "deleted", "after": None}},
        )
    return record
