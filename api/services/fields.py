"""What each writable field accepts, and the checks every create and update runs."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal
from uuid import UUID

from tortoise.models import Model

from api.services import html
from api.services.errors import FieldError
from api.text import clean

Kind = Literal[
    "str",
    "text",
    "html",
    "url",
    "image",
    "int",
    "bool",
    "date",
    "datetime",
    "enum",
    "ref",
    "strings",
    "channels",
    "contact",
    "target",
]

# Each string inside a media channel or a contact (a handle, a phone number, an address).
PART_MAX_LENGTH = 500
URL = re.compile(r"^https?://[^\s/$.?#].[^\s]*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FieldSpec:
    name: str
    kind: Kind
    description: str
    required: bool = False
    max_length: int | None = None
    enum: type[Enum] | None = None
    ref: type[Model] | None = None
    minimum: int | None = None
    maximum: int | None = None
    # Personal data (UU 27/2022): readable and writable by admins and editors only.
    personal: bool = False

    @property
    def column(self) -> str:
        return (
            f"{self.name}_id" if self.kind == "ref" and not self.name.endswith("_id") else self.name
        )


Check = Callable[[dict[str, Any], Model | None], Awaitable[list[FieldError]]]
AfterWrite = Callable[[Model, Any], Awaitable[None]]  # (record, actor)
RemovalGuard = Callable[[Model, Any, bool], None]  # (record, actor, restoring)


@dataclass(frozen=True, slots=True)
class EntitySpec:
    """How one entity is written: its fields, its slug source, and its own checks."""

    name: str
    model: type[Model]
    fields: tuple[FieldSpec, ...]
    slug_from: str | None = None
    date_pairs: tuple[tuple[str, str], ...] = ()
    checks: tuple[Check, ...] = ()
    deletable: bool = True
    # Fields whose change after publication is refused (an article's slug).
    locked_when_published: frozenset[str] = field(default_factory=frozenset)
    # Runs inside the write's transaction after every create and update (article revisions).
    after_write: AfterWrite | None = None
    # Raises Forbidden when the actor may not delete or restore this record (a published
    # article: see articles.workflow).
    guard_removal: RemovalGuard | None = None

    def get(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)


def check_value(spec: FieldSpec, value: Any) -> FieldError | None:
    """Shape checks that need no database: required, length, range, URL."""
    if value is None or (isinstance(value, str) and not value.strip() and spec.required):
        if spec.required:
            return FieldError(spec.name, "REQUIRED", f"`{spec.name}` is required.")
        return None
    texts = list(_texts(value))
    # PostgreSQL cannot store NUL in text; refuse it on both databases alike.
    if any("\x00" in text for text in texts):
        return FieldError(spec.name, "INVALID", f"`{spec.name}` must not contain NUL characters.")
    if spec.kind in ("channels", "contact") and any(len(t) > PART_MAX_LENGTH for t in texts):
        return FieldError(
            spec.name,
            "TOO_LONG",
            f"A value in `{spec.name}` is longer than {PART_MAX_LENGTH} characters.",
        )
    if isinstance(value, str) and spec.max_length is not None and len(value) > spec.max_length:
        return FieldError(
            spec.name,
            "TOO_LONG",
            f"`{spec.name}` is {len(value)} characters long; at most {spec.max_length} allowed.",
        )
    if spec.kind == "url" and not URL.match(value):
        return FieldError(spec.name, "INVALID", f"`{spec.name}` must be an http(s) URL.")
    if spec.kind == "image" and html.image_source(value) != value:
        hosts = ", ".join(sorted(html.image_hosts())) or "none"
        return FieldError(
            spec.name,
            "INVALID",
            f"`{spec.name}` must be a path on this site (/media/cover.jpg) or an http(s) URL on "
            f"an allowed image host (SIMPUL_IMAGE_HOSTS: {hosts}).",
        )
    if isinstance(value, int) and not isinstance(value, bool):
        if spec.minimum is not None and value < spec.minimum:
            return FieldError(
                spec.name, "OUT_OF_RANGE", f"`{spec.name}` must be at least {spec.minimum}."
            )
        if spec.maximum is not None and value > spec.maximum:
            return FieldError(
                spec.name, "OUT_OF_RANGE", f"`{spec.name}` must be at most {spec.maximum}."
            )
    if spec.kind == "strings":
        for item in value:
            if len(item) > (spec.max_length or 200):
                return FieldError(spec.name, "TOO_LONG", f"An item of `{spec.name}` is too long.")
    return None


def cleaned(spec: FieldSpec, value: Any) -> Any:
    """`value` with every string in it cleaned of what XML cannot hold (api/text.py): tab, LF
    and CR stay; a vertical tab or form feed is a line break in text and HTML, a space in
    one-line fields."""
    if type(value) is str:  # not a StrEnum member
        return clean(value, multiline=spec.kind in ("text", "html"))
    if isinstance(value, list):
        return [cleaned(spec, item) for item in value]
    if isinstance(value, dict):
        return {key: cleaned(spec, item) for key, item in value.items()}
    return value


def _texts(value: Any) -> Iterator[str]:
    """Every string in a value: itself, or the items of a list or a dict."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _texts(item)


def check_order(
    start_name: str, end_name: str, start: dt.date | None, end: dt.date | None
) -> FieldError | None:
    if start is not None and end is not None and end < start:
        return FieldError(
            end_name,
            "END_BEFORE_START",
            f"`{end_name}` ({end}) is before `{start_name}` ({start}).",
        )
    return None


def as_uuid(value: Any) -> UUID:
    return value if isinstance(value, UUID) else UUID(str(value))


def stored(model: type[Model], field: FieldSpec, value: Any) -> Any:
    """The value to store, or a FieldError. Null clears a field: to null where the column
    allows it, else to the column's default (empty text or list, false, the default status).
    A date-time without an offset is taken as UTC, the zone the database keeps."""
    if value is None and field.kind != "target":
        column = model._meta.fields_map[field.name]
        if column.null:
            return None
        if column.default is None:
            return FieldError(field.name, "REQUIRED", f"`{field.name}` cannot be cleared.")
        return column.default() if callable(column.default) else column.default
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        return value.replace(tzinfo=dt.UTC)
    return value
