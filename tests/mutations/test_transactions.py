"""A mutation is one transaction: a failure half-way leaves nothing written."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from api.models import AuditEntry, Stakeholder
from api.services import audit
from api.services.specs import STAKEHOLDER
from tests.conftest import GraphQLClient
from tests.mutations.helpers import create, key, mutate, mutation_query, token, user_of


class Boom(RuntimeError):
    pass


async def fail(*args: Any, **kwargs: Any) -> None:
    raise Boom("injected failure: /secret/path line 42")


@pytest.fixture
def failing_audit(monkeypatch: pytest.MonkeyPatch) -> None:
    """The audit entry is written after the row; make writing it fail."""
    monkeypatch.setattr(audit, "record", fail)


@pytest.fixture
def failing_hook() -> Iterator[None]:
    """Make the Stakeholder spec's after-write step (run after row and audit entry) fail."""
    before = STAKEHOLDER.after_write
    # EntitySpec is frozen: the test swaps the hook in place and puts it back.
    object.__setattr__(STAKEHOLDER, "after_write", fail)
    try:
        yield
    finally:
        object.__setattr__(STAKEHOLDER, "after_write", before)


async def masked(client: GraphQLClient, mutation: str, input: dict[str, Any]) -> None:
    response = await client.http.post(
        "/graphql", json={"query": mutation_query(mutation), "variables": {"input": input}}
    )
    assert response.status_code == 200
    assert response.json()["data"] is None
    assert [e["message"] for e in response.json()["errors"]] == ["Unexpected error."]
    assert "injected" not in response.text
    assert "Traceback" not in response.text


@pytest.mark.parametrize("failure", ["failing_audit", "failing_hook"])
async def test_a_failure_half_way_writes_nothing(
    failure: str, editor: GraphQLClient, request: pytest.FixtureRequest
) -> None:
    t = token()
    target = await create(editor, "Stakeholder", {"name": f"KIM Utuh {t}", "category": "KIM"})
    gone = await create(editor, "Stakeholder", {"name": f"KIM Hapus {t}", "category": "KIM"})
    deleted = await mutate(editor, "deleteStakeholder", {"id": gone, "version": 1})
    assert deleted["__typename"] == "Stakeholder"
    user = await user_of(editor)
    entries = await AuditEntry.filter(actor_user_id=user).count()
    request.getfixturevalue(failure)

    await masked(editor, "createStakeholder", {"name": f"KIM Gagal {t}", "category": "KIM"})
    await masked(editor, "updateStakeholder", {"id": target, "version": 1, "memberCount": 9})
    if failure == "failing_audit":  # delete and restore run no after-write step
        await masked(editor, "deleteStakeholder", {"id": target, "version": 1})
        await masked(editor, "restoreStakeholder", {"id": gone, "version": 2})

    assert not await Stakeholder.exists(name=f"KIM Gagal {t}")
    stored = await Stakeholder.get(id=key(target))
    assert (stored.version, stored.member_count, stored.deleted_at) == (1, None, None)
    still_gone = await Stakeholder.get(id=key(gone))
    assert (still_gone.version, still_gone.deleted_at is not None) == (2, True)
    assert await AuditEntry.filter(actor_user_id=user).count() == entries
