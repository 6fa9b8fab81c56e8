"""Two editors saving the same version at once: one wins, the other gets a ConflictError."""

from __future__ import annotations

import asyncio
from typing import Any

from api.models import Stakeholder
from tests.mutations.helpers import create, key, mutate, token

ROUNDS = 20


async def test_concurrent_updates_of_one_version_never_both_win(as_role: Any) -> None:
    alice, budi = await as_role("editor"), await as_role("editor")
    record = await create(
        alice, "Stakeholder", {"name": f"KIM Rebutan {token()}", "category": "KIM"}
    )
    for version in range(1, ROUNDS + 1):
        values = (2 * version, 2 * version + 1)
        results = await asyncio.gather(
            *(
                mutate(
                    client,
                    "updateStakeholder",
                    {"id": record, "version": version, "memberCount": value},
                    "id version memberCount",
                )
                for client, value in zip((alice, budi), values, strict=True)
            )
        )
        winners = [r for r in results if r["__typename"] == "Stakeholder"]
        losers = [r for r in results if r["__typename"] == "ConflictError"]
        assert (len(winners), len(losers)) == (1, 1), results
        assert winners[0]["version"] == version + 1
        assert winners[0]["memberCount"] in values
        assert losers[0]["currentVersion"] == version + 1
        stored = await Stakeholder.get(id=key(record))
        assert (stored.version, stored.member_count) == (version + 1, winners[0]["memberCount"])


async def test_concurrent_creates_of_one_name_get_distinct_slugs(as_role: Any) -> None:
    editors = [await as_role("editor") for _ in range(5)]
    t = token()
    input = {"name": f"KIM Kembar {t}", "category": "KIM"}
    results = await asyncio.gather(
        *(mutate(e, "createStakeholder", input, "slug") for e in editors)
    )
    assert all("slug" in r for r in results), results
    assert sorted(r["slug"] for r in results) == sorted(
        [f"kim-kembar-{t}", *(f"kim-kembar-{t}-{n}" for n in range(2, 6))]
    )
