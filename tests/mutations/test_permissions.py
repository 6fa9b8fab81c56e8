"""Only admins and editors, sending the session's CSRF token, may write."""

from __future__ import annotations

from typing import Any

import pytest

from api.models import AuditEntry, Stakeholder
from tests.conftest import GraphQLClient
from tests.mutations.helpers import create, key, mutate, token


async def client_for(as_role: Any, who: str) -> GraphQLClient:
    if who == "anonymous":
        client: GraphQLClient = await as_role(None)
    elif who == "editor-without-csrf":
        client = await as_role("editor")
        del client.http.headers["X-CSRF-Token"]
    else:
        client = await as_role(who)
    return client


@pytest.mark.parametrize("who", ["analyst", "viewer", "anonymous", "editor-without-csrf"])
async def test_refused_callers_write_nothing(who: str, as_role: Any, editor: GraphQLClient) -> None:
    t = token()
    target = await create(editor, "Stakeholder", {"name": f"KIM Tetap {t}", "category": "KIM"})
    entries = await AuditEntry.filter(entity_id=key(target)).count()
    client = await client_for(as_role, who)
    attempts: list[tuple[str, dict[str, Any]]] = [
        ("createStakeholder", {"name": f"KIM Liar {t}", "category": "KIM"}),
        ("updateStakeholder", {"id": target, "version": 1, "name": f"KIM Diubah {t}"}),
        ("deleteStakeholder", {"id": target, "version": 1}),
    ]
    for mutation, input in attempts:
        result = await mutate(client, mutation, input)
        assert result["__typename"] == "PermissionDeniedError", (mutation, result)
        assert result["message"]
    assert not await Stakeholder.exists(name=f"KIM Liar {t}")
    stored = await Stakeholder.get(id=key(target))
    assert (stored.name, stored.version, stored.deleted_at) == (f"KIM Tetap {t}", 1, None)
    assert await AuditEntry.filter(entity_id=key(target)).count() == entries


async def test_admins_may_write(as_role: Any) -> None:
    admin = await as_role("admin")
    name = f"KIM Admin {token()}"
    result = await mutate(admin, "createStakeholder", {"name": name, "category": "KIM"}, "name")
    assert result == {"__typename": "Stakeholder", "name": name}
