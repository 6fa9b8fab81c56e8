"""HTTP caching: public GETs get Cache-Control and a strong ETag; the rest is no-store."""

from __future__ import annotations

import hashlib
from typing import Any

from tests.partners.conftest import Client, Partner

QUERY = '{ region(code: "64.01") { code name } }'
BODY = b'{"data":{"region":{"code":"64.01","name":"Kabupaten Paser"}}}'
ETAG = f'"{hashlib.sha256(BODY).hexdigest()[:32]}"'
PUBLIC = {"cache-control": "public, max-age=60", "etag": ETAG}


def caching(response: Any) -> dict[str, str]:
    return {k: response.headers[k] for k in ("cache-control", "etag") if k in response.headers}


async def test_anonymous_get_is_public_with_a_strong_etag(clients: Any) -> None:
    client: Client = await clients()
    response = await client.get({"query": QUERY})
    assert (response.status_code, response.content, caching(response)) == (200, BODY, PUBLIC)
    assert response.headers["vary"].startswith("Authorization, Cookie")

    again = await client.get({"query": QUERY}, headers={"If-None-Match": ETAG})
    assert (again.status_code, again.content, caching(again)) == (304, b"", PUBLIC)
    weak = await client.get({"query": QUERY}, headers={"If-None-Match": f'"other", W/{ETAG}'})
    assert weak.status_code == 304
    stale = await client.get({"query": QUERY}, headers={"If-None-Match": '"other"'})
    assert (stale.status_code, stale.content) == (200, BODY)


async def test_partner_get_is_public(partner: Any) -> None:
    key: Partner = await partner()
    response = await key.client.get({"query": QUERY})
    assert (response.content, caching(response)) == (BODY, PUBLIC)
    again = await key.client.get({"query": QUERY}, headers={"If-None-Match": ETAG})
    assert (again.status_code, again.content) == (304, b"")


async def test_posts_staff_and_errors_are_not_stored(clients: Any, staff: Any) -> None:
    anonymous: Client = await clients()
    posted = await anonymous.post({"query": QUERY})
    assert (posted.content, caching(posted)) == (BODY, {"cache-control": "no-store"})

    viewer: Client = await staff("viewer")
    for response in (
        await viewer.get({"query": QUERY}),
        await viewer.get({"query": QUERY}, headers={"If-None-Match": ETAG}),
    ):
        assert (response.status_code, response.content) == (200, BODY)
        assert caching(response) == {"cache-control": "no-store"}

    failed = await anonymous.get({"query": '{ region(code: "nope") { code } }'})
    assert failed.json()["errors"]
    assert caching(failed) == {"cache-control": "no-store"}
