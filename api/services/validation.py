"""Check the values of a write against its EntitySpec and turn them into columns.

Shape checks need no database (fields.py); these also look up references, keep slugs and other
unique keys unique, and run the entity's own checks.
"""

from __future__ import annotations

import re
from typing import Any
from uuid import UUID

from tortoise.models import Model

from api.models import Event, MentionTarget, Person, Region, Regulation, Stakeholder
from api.models.base import SoftDeletable
from api.services import html
from api.services.errors import FieldError, ValidationFailed
from api.services.fields import (
    EntitySpec,
    FieldSpec,
    check_order,
    check_value,
    cleaned,
    stored,
)
from api.slugs import slugify

SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


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


async def unique_slug(model: type[Model], base: str, own_id: UUID | None) -> str:
    """`base`, or `base-2`, `base-3`, ...: the first no other record has, within the column."""
    limit: int = getattr(model._meta.fields_map["slug"], "max_length", None) or 255
    base = (base or "item")[:limit].rstrip("-")
    slug, n = base, 1
    while await model.filter(slug=slug).exclude(id=own_id).exists():
        n += 1
        slug = f"{base[: limit - len(str(n)) - 1].rstrip('-')}-{n}"
    return slug


async def uniqueness_errors(
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
            names = [_spec_field(spec, n) for n in group]
            quoted = [f"`{n}`" for n in names]
            listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} and {quoted[-1]}"
            errors.append(
                FieldError(
                    names[-1], "DUPLICATE", f"Another {spec.name} already has this {listed}."
                )
            )
    return errors


def _spec_field(spec: EntitySpec, model_field: str) -> str:
    """The spec field that writes a model field (a mention's `stakeholder` is its `target`)."""
    if model_field not in {f.name for f in spec.fields} and model_field in set(MentionTarget):
        return next((f.name for f in spec.fields if f.kind == "target"), model_field)
    return model_field


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
        value = cleaned(field, values[field.name])
        if (error := check_value(field, value)) is not None:
            errors.append(error)
            continue
        if isinstance(value := stored(spec.model, field, value), FieldError):
            errors.append(value)
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
            value = html.sanitise(value)
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
    merged = {**(current(spec, existing)), **columns}
    for start, end in spec.date_pairs:
        if (error := check_order(start, end, merged.get(start), merged.get(end))) is not None:
            errors.append(error)
    for check in spec.checks:
        errors += await check(merged, existing)
    if errors:
        raise ValidationFailed(errors)
    own_id = existing.pk if existing is not None else None
    generated = False
    if spec.slug_from is not None and (existing is None or "slug" in columns):
        wanted = columns.get("slug") or slugify(str(merged.get(spec.slug_from) or ""))
        if columns.get("slug"):
            if not SLUG.match(wanted):
                raise ValidationFailed(
                    [FieldError("slug", "INVALID", "`slug` may hold a-z, 0-9 and hyphens only.")]
                )
        else:
            wanted = await unique_slug(spec.model, wanted, own_id)
            generated = True
        columns["slug"] = merged["slug"] = wanted
    errors = await uniqueness_errors(spec, merged, own_id)
    if generated:
        # A concurrent save may take the generated slug between the two queries above; the
        # write then moves on to the next free one (records._unique_write).
        errors = [e for e in errors if e.field != "slug"]
    if errors:
        raise ValidationFailed(errors)
    return columns


def columns_of(spec: EntitySpec) -> list[str]:
    """The columns the spec's fields write (a mention's target is a type and five keys)."""
    columns: list[str] = []
    for field in spec.fields:
        if field.kind == "target":
            columns += ["target_type", *(f"{kind.value}_id" for kind in MentionTarget)]
        else:
            columns.append(field.column)
    return columns


def current(spec: EntitySpec, existing: Model | None) -> dict[str, Any]:
    if existing is None:
        return {}
    return {c: getattr(existing, c) for c in columns_of(spec)} | {
        "slug": getattr(existing, "slug", None)
    }
