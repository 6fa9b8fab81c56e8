"""Create, update, delete and restore every entity through its generated mutations."""

from __future__ import annotations

import re
from typing import Any

import pytest

from api.models import Region
from api.services.specs import SPECS
from tests.conftest import GraphQLClient
from tests.mutations.cases import CASES, Case
from tests.mutations.conftest import publish
from tests.mutations.helpers import create, fill, key, mutate, selection, shows, token


def test_every_entity_has_a_case() -> None:
    assert sorted(c.entity for c in CASES) == sorted(spec.name for spec in SPECS)


async def free_region_code() -> str:
    n = 9000
    while await Region.exists(code=f"64.01.04.{n}"):
        n += 1
    return f"64.01.04.{n}"


async def where_seen(
    clients: list[GraphQLClient], case: Case, refs: dict[str, str]
) -> list[list[bool]]:
    """For each client: whether the record shows in `node(id:)` and in each place of `seen`."""
    roots = " ".join(root for root, _ in case.seen)
    types = {"t": "String!", "role": "String!"}
    names = dict.fromkeys(["id", *re.findall(r"\$(\w+)", roots)])
    params = ", ".join(f"${n}: {types.get(n, 'ID!')}" for n in names)
    query = f"query({params}) {{ self: node(id: $id) {{ id }} {roots} }}"
    variables = {n: {**refs, **fill(case.extra, refs)}[n] for n in names}
    found = []
    for client in clients:
        data = await client.data(query, variables)
        markers = [refs["id"], *(fill(marker, refs) for _, marker in case.seen)]
        found.append([shows(v, m) for v, m in zip(data.values(), markers, strict=True)])
    return found


@pytest.mark.parametrize("case", CASES, ids=[c.entity for c in CASES])
async def test_create_update_delete_restore(
    case: Case, as_role: Any, editor: GraphQLClient, refs: dict[str, str]
) -> None:
    refs = {**refs, "code": await free_region_code()}
    clients = [editor, await as_role(None)]
    expected = fill(case.created, refs)
    fields = f"id version {selection(case.created)}"

    created = await mutate(editor, f"create{case.entity}", fill(case.create, refs), fields)
    assert created == {"__typename": case.entity, "id": created["id"], "version": 1, **expected}
    refs["id"] = created["id"]
    if case.published:
        await publish(created["id"])

    updated = await mutate(
        editor,
        f"update{case.entity}",
        {"id": refs["id"], "version": 1, **fill(case.update, refs)},
        fields,
    )
    expected |= fill(case.updated, refs)
    assert updated == {"__typename": case.entity, "id": refs["id"], "version": 2, **expected}
    everywhere = [True] * (len(case.seen) + 1)
    assert await where_seen(clients, case, refs) == [everywhere, everywhere]
    if not case.deletable:
        return

    # Taking a published article down (or putting it back) is for admins, as archiving is.
    remover = await as_role("admin") if case.published else editor
    deleted = await mutate(
        remover, f"delete{case.entity}", {"id": refs["id"], "version": 2}, fields
    )
    version = 3 if case.soft else 2
    assert deleted == {"__typename": case.entity, "id": refs["id"], "version": version, **expected}
    nowhere = [False] * (len(case.seen) + 1)
    assert await where_seen(clients, case, refs) == [nowhere, nowhere]
    if not case.soft:
        return

    restored = await mutate(
        remover, f"restore{case.entity}", {"id": refs["id"], "version": 3}, fields
    )
    assert restored == {"__typename": case.entity, "id": refs["id"], "version": 4, **expected}
    assert await where_seen(clients, case, refs) == [everywhere, everywhere]


async def test_stale_missing_and_deleted_records(editor: GraphQLClient) -> None:
    record = await create(editor, "Stakeholder", {"name": f"KIM Lama {token()}", "category": "KIM"})
    uuid = key(record)
    changed = await mutate(editor, "updateStakeholder", {"id": record, "version": 1, "name": "X"})
    assert changed == {"__typename": "Stakeholder", "id": record, "version": 2}
    stale = await mutate(
        editor, "updateStakeholder", {"id": record, "version": 1, "memberCount": 2}
    )
    assert stale == {
        "__typename": "ConflictError",
        "message": f"Stakeholder {uuid} was changed by someone else: it is now at version 2. "
        "Reload it and apply your change again.",
        "currentVersion": 2,
    }
    not_deleted = await mutate(editor, "restoreStakeholder", {"id": record, "version": 2})
    assert not_deleted == {
        "__typename": "NotFoundError",
        "message": f"No Stakeholder with id {uuid}.",
    }
    assert (await mutate(editor, "deleteStakeholder", {"id": record, "version": 2}))["version"] == 3
    for mutation in ("updateStakeholder", "deleteStakeholder"):
        gone = await mutate(editor, mutation, {"id": record, "version": 3})
        assert gone == {"__typename": "NotFoundError", "message": f"No Stakeholder with id {uuid}."}
