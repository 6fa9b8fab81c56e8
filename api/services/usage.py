"""Partner key usage: counted in memory per request, written to `api_key_usage` in batches.

The request path only adds to an in-process tally (no SQL). `flush()` writes every pending
(key, day) tally as one upsert: the counters are incremented in SQL and the JSON counts merged
in Python, under a row lock (`SELECT … FOR UPDATE` on PostgreSQL; SQLite serialises writers),
so any number of workers can flush into the same rows. The app flushes every
`usage_flush_seconds` and once more at shutdown.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections import Counter
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from tortoise.exceptions import IntegrityError, OperationalError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from api.models import ApiKey, ApiKeyUsage

log = logging.getLogger(__name__)

Slot = tuple[UUID, dt.date]


@dataclass
class Tally:
    requests: int = 0
    errors: int = 0
    refused: int = 0
    operations: Counter[str] = field(default_factory=Counter)
    fields: Counter[str] = field(default_factory=Counter)
    last_used_at: dt.datetime | None = None

    def merge(self, other: Tally) -> None:
        self.requests += other.requests
        self.errors += other.errors
        self.refused += other.refused
        self.operations.update(other.operations)
        self.fields.update(other.fields)
        if other.last_used_at and (not self.last_used_at or other.last_used_at > self.last_used_at):
            self.last_used_at = other.last_used_at


class UsageRecorder:
    """Tallies requests per key and day in memory; `flush()` writes them."""

    def __init__(self) -> None:
        self._pending: dict[Slot, Tally] = {}
        self._lock = asyncio.Lock()

    @property
    def pending(self) -> int:
        return len(self._pending)

    def record(
        self,
        key_id: UUID,
        *,
        operation: str,
        fields: frozenset[str] | tuple[str, ...] = (),
        error: bool = False,
        refused: bool = False,
        at: dt.datetime | None = None,
    ) -> None:
        at = at or dt.datetime.now(dt.UTC)
        tally = self._pending.setdefault((key_id, at.date()), Tally())
        tally.requests += 1
        tally.errors += error
        tally.refused += refused
        tally.operations[operation] += 1
        tally.fields.update(fields)
        tally.last_used_at = at

    async def flush(self) -> int:
        """Write every pending tally; how many (key, day) rows were written."""
        async with self._lock:
            pending, self._pending = self._pending, {}
            written = 0
            for slot, tally in pending.items():
                try:
                    await _write(slot, tally)
                    written += 1
                except (IntegrityError, OperationalError):
                    # A lost race on insert or a busy database: keep it for the next flush,
                    # unless the key is gone (deleted keys take their usage with them).
                    log.warning("Usage of key %s on %s not written yet", *slot, exc_info=True)
                    if await ApiKey.filter(id=slot[0]).exists():
                        self._pending.setdefault(slot, Tally()).merge(tally)
            return written

    async def run(self, every: float) -> None:
        """Flush every `every` seconds until cancelled, then once more."""
        try:
            while True:
                await asyncio.sleep(every)
                await self._flush_logged()
        finally:
            await asyncio.shield(self._flush_logged())

    async def _flush_logged(self) -> None:
        try:
            await self.flush()
        except Exception:  # the flusher must outlive a database hiccup
            log.exception("Flushing API key usage failed")


async def _write(slot: Slot, tally: Tally) -> None:
    key_id, day = slot
    async with in_transaction() as conn:
        row = (
            await ApiKeyUsage.filter(api_key_id=key_id, day=day)
            .select_for_update()
            .using_db(conn)
            .first()
        )
        if row is None:
            await ApiKeyUsage.create(
                api_key_id=key_id,
                day=day,
                requests=tally.requests,
                errors=tally.errors,
                refused=tally.refused,
                operations=dict(tally.operations),
                fields_used=dict(tally.fields),
                last_used_at=tally.last_used_at,
                using_db=conn,
            )
            return
        columns: dict[str, Any] = {
            "requests": F("requests") + tally.requests,
            "errors": F("errors") + tally.errors,
            "refused": F("refused") + tally.refused,
            "operations": dict(Counter(row.operations) + tally.operations),
            "fields_used": dict(Counter(row.fields_used) + tally.fields),
        }
        if tally.last_used_at and (
            row.last_used_at is None or tally.last_used_at > row.last_used_at
        ):
            columns["last_used_at"] = tally.last_used_at
        await ApiKeyUsage.filter(id=row.id).using_db(conn).update(**columns)


def ranked(counts: dict[str, Any]) -> list[tuple[str, int]]:
    """Counts, most used first (then by name)."""
    return sorted(((k, int(v)) for k, v in counts.items()), key=lambda kv: (-kv[1], kv[0]))
