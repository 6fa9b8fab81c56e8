"""The data version the graph cache is keyed by: every committed write moves it, in commit
order; signing in does not."""

from __future__ import annotations

import asyncio
import os

import pytest
from tortoise.transactions import in_transaction

from api.graph.version import data_version
from api.models import AuditAction, DataVersion
from api.services import audit
from api.services.actor import NOBODY

ON_POSTGRES = os.environ.get("SIMPUL_TEST_DATABASE_URL", "").startswith("postgres")


async def write(action: AuditAction) -> None:
    async with in_transaction():
        await audit.record(actor=NOBODY, action=action, entity_type="Article", entity_id=None)


async def test_writes_move_the_version_and_logins_do_not(write_orm: None) -> None:
    before = await data_version()
    await write(AuditAction.UPDATE)
    updated = await data_version()
    assert updated != before
    await write(AuditAction.LOGIN)
    await write(AuditAction.LOGOUT)
    assert await data_version() == updated


async def test_the_demo_load_counts_as_a_version(orm: None) -> None:
    # The read-only database: loaded by `simpul demo`, which writes no audit entries.
    assert (await DataVersion.get(id=1)).value >= 1


@pytest.mark.skipif(not ON_POSTGRES, reason="SQLite runs one writing transaction at a time")
async def test_a_write_committed_after_a_later_one_is_seen(write_orm: None) -> None:
    """The first writer takes the lower audit id but commits last. The newest audit id, read
    once the second writer had committed, did not move when the first one did: its write (an
    article archived, say) stayed out of the cached graph until the next write. With the
    counter row the second writer waits for the first to commit."""
    recorded, release = asyncio.Event(), asyncio.Event()

    async def first() -> None:
        async with in_transaction():
            await audit.record(
                actor=NOBODY, action=AuditAction.UPDATE, entity_type="Article", entity_id=None
            )
            recorded.set()
            await release.wait()

    one = asyncio.create_task(first())
    await recorded.wait()
    two = asyncio.create_task(write(AuditAction.UPDATE))
    await asyncio.wait([two], timeout=0.5)
    waiting = not two.done()
    cached = await data_version()  # a reader loads the graph now
    release.set()
    await asyncio.gather(one, two)
    assert await data_version() != cached
    assert waiting
