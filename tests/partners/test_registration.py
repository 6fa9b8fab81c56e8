"""Who may store persisted queries, what is stored, the per-key quota, and pruning."""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.auth.keys import new_prefix, new_secret
from api.models import ApiKey, ApiKeyOperation, PersistedQuery
from api.settings import Settings
from schema import persisted as apq
from tests.partners.conftest import Client, persisted, sha256

NOT_FOUND = {
    "data": None,
    "errors": [
        {"message": "PersistedQueryNotFound", "extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}}
    ],
}


def unique_query(pad: int = 0) -> str:
    alias = f"r{secrets.token_hex(4)}"
    return f'query Paser {{ region(code: "64.01") {{ code }} {alias}: __typename }}' + " " * pad


def answer(query: str) -> dict[str, Any]:
    alias = query.split("} ", 1)[1].split(":", 1)[0]
    return {"data": {"region": {"code": "64.01"}, alias: "Query"}}


async def stored(query: str) -> bool:
    return await PersistedQuery.filter(sha256=sha256(query)).exists()


async def register(client: Client, query: str) -> httpx.Response:
    return await client.post({"query": query, "extensions": persisted(query)})


@pytest.mark.parametrize("who", ["anonymous", "read key", "analyst", "viewer"])
async def test_callers_who_may_not_register_get_answers_but_nothing_is_stored(
    who: str, clients: Any, partner: Any, staff: Any
) -> None:
    if who == "anonymous":
        client: Client = await clients()
    elif who == "read key":
        client = (await partner("READ")).client
    else:
        client = await staff(who)
    query = unique_query()

    response = await register(client, query)

    assert (response.status_code, response.json()) == (200, answer(query))
    assert not await stored(query)
    by_hash = await client.post({"extensions": persisted(query)})
    assert by_hash.json() == NOT_FOUND


async def test_editors_and_persist_keys_store_documents(partner: Any, staff: Any) -> None:
    key = await partner("READ", "PERSIST")
    editor: Client = await staff("editor")
    by_key, by_editor = unique_query(), unique_query()

    assert (await register(key.client, by_key)).json() == answer(by_key)
    assert (await register(editor, by_editor)).json() == answer(by_editor)

    rows = await PersistedQuery.filter(sha256__in=[sha256(by_key), sha256(by_editor)])
    assert {row.sha256: row.api_key_id for row in rows} == {
        sha256(by_key): key.uuid,
        sha256(by_editor): None,
    }


async def test_invalid_documents_are_not_stored(partner: Any) -> None:
    client = (await partner("READ", "PERSIST")).client
    invalid = f'{{ regoin(code: "64") {{ name }} r{secrets.token_hex(4)}: __typename }}'
    unparsable = f"{{ region(code: {secrets.token_hex(4)}"

    response = await register(client, invalid)
    assert response.json()["errors"][0]["message"] == (
        "Cannot query field 'regoin' on type 'Query'. Did you mean 'region' or 'regions'?"
    )
    response = await register(client, unparsable)
    assert response.json()["errors"][0]["message"].startswith("Syntax Error:")
    assert not await stored(invalid)
    assert not await stored(unparsable)


@pytest.fixture
async def limited(write_settings: Settings, write_orm: None) -> AsyncIterator[Callable[..., Any]]:
    """`await limited(**settings)`: a client of an app with those settings, holding a new key
    with the `persist` scope."""
    opened: list[httpx.AsyncClient] = []

    async def make(**changes: Any) -> Client:
        app = create_app(dataclasses.replace(write_settings, **changes))
        issued = new_secret(new_prefix())
        await ApiKey.create(
            name="quota test",
            prefix=issued.prefix,
            secret_hash=issued.digest,
            scopes=["read", "persist"],
        )
        http = httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app),
            base_url="http://testserver",
            headers={"Authorization": f"Bearer {issued.key}"},
        )
        opened.append(http)
        return Client(http)

    yield make
    for http in opened:
        await http.aclose()


def over_quota(documents: int, chars: int) -> dict[str, Any]:
    return {
        "data": None,
        "errors": [
            {
                "message": (
                    f"This API key has used its persisted-query quota ({documents} documents, "
                    f"{chars} characters of query text), so this query was not stored or run. "
                    "Send it without `extensions.persistedQuery`; documents unused for 30 days "
                    "are removed."
                ),
                "extensions": {"code": "PERSISTED_QUERY_QUOTA_EXCEEDED"},
            }
        ],
    }


async def test_a_key_stores_at_most_its_quota_of_documents(limited: Any) -> None:
    client: Client = await limited(persisted_queries_per_key=2)
    first, second, third = unique_query(), unique_query(), unique_query()

    assert (await register(client, first)).json() == answer(first)
    assert (await register(client, second)).json() == answer(second)
    refused = await register(client, third)

    assert (refused.status_code, refused.json()) == (200, over_quota(2, 1_000_000))
    assert not await stored(third)
    # What is stored still runs, and the text without a hash is always answered.
    assert (await client.post({"extensions": persisted(first)})).json() == answer(first)
    assert (await client.post({"query": third})).json() == answer(third)


async def test_a_key_stores_at_most_its_quota_of_characters(limited: Any) -> None:
    client: Client = await limited(persisted_query_chars_per_key=150)
    small, large = unique_query(), unique_query(pad=100)

    assert (await register(client, small)).json() == answer(small)
    assert (await register(client, large)).json() == over_quota(500, 150)
    assert await stored(small)
    assert not await stored(large)


async def test_unused_documents_no_allow_list_holds_are_pruned(
    partner: Any, write_settings: Settings
) -> None:
    key = await partner("READ", "PERSIST")
    long_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=31)
    lately = dt.datetime.now(dt.UTC) - dt.timedelta(days=29)
    stale, never_used, held, recent = (unique_query() for _ in range(4))
    for query, last_used_at in ((stale, long_ago), (never_used, None), (held, long_ago)):
        await PersistedQuery.create(sha256=sha256(query), query=query, last_used_at=last_used_at)
    await PersistedQuery.create(sha256=sha256(recent), query=recent, last_used_at=lately)
    await PersistedQuery.filter(sha256=sha256(never_used)).update(created_at=long_ago)
    await ApiKeyOperation.create(api_key_id=key.uuid, query_id=sha256(held))

    apq.PRUNING.last = None  # due: the next registration prunes
    trigger = unique_query()
    assert (await register(key.client, trigger)).json() == answer(trigger)

    assert not await stored(stale)
    assert not await stored(never_used)
    assert await stored(held)
    assert await stored(recent)
    assert await stored(trigger)
    assert (await key.client.post({"extensions": persisted(stale)})).json() == NOT_FOUND


async def test_running_by_hash_notes_the_use_once_a_day(partner: Any) -> None:
    client = (await partner("READ", "PERSIST")).client
    query = unique_query()
    await register(client, query)
    three_days_ago = dt.datetime.now(dt.UTC) - dt.timedelta(days=3)
    await PersistedQuery.filter(sha256=sha256(query)).update(last_used_at=three_days_ago)

    await client.post({"extensions": persisted(query)})
    touched = (await PersistedQuery.get(sha256=sha256(query))).last_used_at
    assert touched is not None
    assert touched > dt.datetime.now(dt.UTC) - dt.timedelta(minutes=1)

    await client.post({"extensions": persisted(query)})  # the same day: no second write
    assert (await PersistedQuery.get(sha256=sha256(query))).last_used_at == touched
