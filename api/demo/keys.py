"""Stable identities for demo rows: UUIDs and slugs that are the same on every machine.

Every demo id is a UUID5 over one fixed namespace and a natural key, `"<table>:<key>"`:
`regions:64.01.04`, `stakeholders:kim-kabupaten-paser`, `regulations:permen-8-2019`. Rows of a
synthetic set use `"synthetic/<scale>/<seed>/<table>:<n>"`, so the same scale and seed always give
the same ids and two different sets never collide.

Slugs are lower-case ASCII words joined by hyphens, made from the row's name or title
(`KIM Kabupaten Paser` -> `kim-kabupaten-paser`). Regulations are slugged `<kind>-<number>-<year>`
(`permen-8-2019`); local instruments that many issuers number alike (SK Kepala Desa ...) add a
short suffix from their id. Synthetic rows always carry such a suffix, because templated titles
and common names repeat.
"""

from __future__ import annotations

from uuid import NAMESPACE_URL, UUID, uuid5

from api.slugs import slugify

__all__ = ["slugify", "stable_id", "suffixed_slug"]

NAMESPACE = uuid5(NAMESPACE_URL, "https://simpul.invalid/demo")


def stable_id(table: str, key: str) -> UUID:
    return uuid5(NAMESPACE, f"{table}:{key}")


def suffixed_slug(text: str, row_id: UUID, used: set[str], max_length: int = 120) -> str:
    """`slugify(text)` plus a short piece of the id, lengthened until unused."""
    base = slugify(text, max_length - 13)
    for width in (6, 8, 12, 32):
        slug = f"{base}-{row_id.hex[:width]}"
        if slug not in used:
            used.add(slug)
            return slug
    raise ValueError(f"cannot make a unique slug for {text!r}")  # pragma: no cover
