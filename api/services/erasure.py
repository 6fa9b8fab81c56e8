"""Erasing a person's personal data on request (UU 27/2022: the right to erasure).

What goes, for everyone: the contact details (`contact` -> null) and the recorded legal basis
for holding them (`data_legal_basis` -> ""). For a person who is not a public figure, also
everything that identifies them: `full_name` becomes "(dihapus)", the slug (made from the name)
becomes `dihapus-<id>`, and the honorifics, position and region are cleared.

What stays: the Person row and its id, its public-figure flag, and every edge that points at
it (authored articles, quotes, mentions, memberships, speaker roles), so the public record stays
consistent: a byline or a quote still points at a person, shown as "(dihapus)" when a private
individual. A public figure keeps their name, honorifics, position and region: those are
public facts that the published articles and quotes print, and published articles are not
rewritten.

The audit log: an ERASE entry records which fields were erased and the reason, never the values;
in the same transaction the person's earlier audit entries lose the erased values (their
`before`/`after` become null, marked `"erased": true`), so the values are gone everywhere.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID

from tortoise import connections
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from api.models import AuditAction, AuditEntry, Person
from api.services import audit
from api.services.actor import Actor, require_csrf
from api.services.errors import Conflict, Forbidden, NotFound, ServiceError, field_error
from api.services.specs import SPECS

ERASED_NAME = "(dihapus)"
MAX_REASON = 500

# Columns that hold personal data, per entity: hidden in the audit log from callers who may
# not see personal data, and erased from a person's history on erasure.
PERSONAL_COLUMNS: dict[str, frozenset[str]] = {
    spec.name: frozenset(f.column for f in spec.fields if f.personal)
    for spec in SPECS
    if any(f.personal for f in spec.fields)
}
PERSONAL_COLUMNS["Person"] = PERSONAL_COLUMNS.get("Person", frozenset()) | {"data_legal_basis"}


class AlreadyErased(ServiceError):
    """The person's personal data was erased before; nothing was written."""

    def __init__(self, record_id: UUID, erased_at: dt.datetime) -> None:
        super().__init__(
            f"Person {record_id} was already erased on {erased_at.date().isoformat()}."
        )
        self.erased_at = erased_at


def erased_columns(person: Person) -> dict[str, Any]:
    """The column values an erasure writes; the keys are what the audit entry lists."""
    columns: dict[str, Any] = {"contact": None, "data_legal_basis": ""}
    if not person.is_public_figure:
        columns |= {
            "full_name": ERASED_NAME,
            "slug": f"dihapus-{person.pk.hex}",
            "honorific_prefix": "",
            "honorific_suffix": "",
            "position": "",
            "region_id": None,
        }
    return columns


def _check_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise field_error("reason", "REQUIRED", "`reason` is required.")
    if len(reason) > MAX_REASON:
        raise field_error(
            "reason",
            "TOO_LONG",
            f"`reason` is {len(reason)} characters long; at most {MAX_REASON} allowed.",
        )
    return reason


async def _scrub_history(person_id: UUID, columns: frozenset[str]) -> None:
    """Drop the erased values from the person's earlier audit entries."""
    entries = await AuditEntry.filter(entity_type="Person", entity_id=person_id)
    for entry in entries:
        changes = dict(entry.changes or {})
        touched = [name for name in columns if isinstance(changes.get(name), dict)]
        if not touched:
            continue
        for name in touched:
            changes[name] = {"before": None, "after": None, "erased": True}
        await AuditEntry.filter(id=entry.id).update(changes=changes)


async def erase_person(person_id: UUID, version: int, reason: str, *, actor: Actor) -> Person:
    """Erase a person's personal data at `version` (admins only); see the module docstring."""
    require_csrf(actor)
    if not (actor.is_admin and actor.can_write):
        raise Forbidden("Only admins may erase personal data.")
    reason = _check_reason(reason)
    async with in_transaction():
        # A deleted person's personal data is still held, so it can be erased too.
        person = await Person.get_or_none(id=person_id)
        if person is None:
            raise NotFound("Person", person_id)
        if person.erased_at is not None:
            raise AlreadyErased(person.pk, person.erased_at)
        if person.version != version:
            raise Conflict("Person", person.pk, person.version)
        columns = erased_columns(person)
        now = dt.datetime.now(dt.UTC)
        changed = await Person.filter(id=person.pk, version=version, erased_at=None).update(
            **columns, erased_at=now, version=F("version") + 1, updated_at=now
        )
        if changed != 1:
            current = await Person.get(id=person.pk)
            if current.erased_at is not None:
                raise AlreadyErased(current.pk, current.erased_at)
            raise Conflict("Person", current.pk, current.version)
        await _scrub_history(person.pk, frozenset(columns))
        await audit.record(
            actor=actor,
            action=AuditAction.ERASE,
            entity_type="Person",
            entity_id=person.pk,
            changes={"erased": sorted(columns), "reason": reason},
        )
        await person.refresh_from_db()
    await _checkpoint_sqlite()
    return person


async def _checkpoint_sqlite() -> None:
    """On SQLite the old pages stay in the WAL file until a checkpoint copies the new ones
    over them (zeroed, with `secure_delete`); do it now and empty the WAL. A reader still
    holding an old snapshot can delay it to the next automatic checkpoint."""
    connection = connections.get("default")
    if connection.capabilities.dialect == "sqlite":
        await connection.execute_script("PRAGMA wal_checkpoint(TRUNCATE)")
