"""Usage per key and day: requests, errors, refusals, operations and fields, for admins."""

from __future__ import annotations

import datetime as dt
from typing import Any

from starlette.applications import Starlette

from tests.partners.conftest import Client, Partner, sha256

USAGE = """
query($keyId: ID!, $days: Int!) {
  apiKeyUsage(keyId: $keyId, days: $days) {
    day requests errors refused lastUsedAt
    operations { name count }
    fields { field count }
  }
}
"""
NAMED = 'query Paser { region(code: "64.01") { code name parent { code } } }'
ANONYMOUS = "{ regions(first: 1) { totalCount } }"
BROKEN = "query Broken { region(code: 1) { code } }"


async def test_usage_counts_requests_operations_and_fields(
    app: Starlette, admin: Client, partner: Any
) -> None:
    key: Partner = await partner()
    other: Partner = await partner()
    before = dt.datetime.now(dt.UTC)
    await key.client.get({"query": NAMED})
    await key.client.post({"query": NAMED})
    await key.client.post({"query": ANONYMOUS})
    await key.client.post({"query": BROKEN})
    await other.client.post({"query": ANONYMOUS})
    await admin.data("{ regions(first: 1) { totalCount } }")  # staff: not a key's usage

    assert await app.state.usage.flush() == 2
    await key.client.post({"query": NAMED})
    assert await app.state.usage.flush() == 1  # merged into the same row

    usage = (await admin.data(USAGE, {"keyId": key.key_id, "days": 30}))["apiKeyUsage"]
    assert len(usage) == 1
    day = usage[0]
    assert dt.datetime.fromisoformat(day.pop("lastUsedAt")) >= before
    assert day == {
        "day": dt.datetime.now(dt.UTC).date().isoformat(),
        "requests": 5,
        "errors": 1,
        "refused": 0,
        "operations": [
            {"name": "Paser", "count": 3},
            {"name": "Broken", "count": 1},
            {"name": f"anonymous:{sha256(ANONYMOUS)[:12]}", "count": 1},
        ],
        "fields": [
            {"field": "Query.region", "count": 4},
            {"field": "Region.code", "count": 4},
            {"field": "Region.name", "count": 3},
            {"field": "Region.parent", "count": 3},
            {"field": "Query.regions", "count": 1},
            {"field": "RegionConnection.totalCount", "count": 1},
        ],
    }
    others = (await admin.data(USAGE, {"keyId": other.key_id, "days": 1}))["apiKeyUsage"]
    assert [(d["requests"], d["operations"]) for d in others] == [
        (1, [{"name": f"anonymous:{sha256(ANONYMOUS)[:12]}", "count": 1}])
    ]


async def test_refusals_are_counted(app: Starlette, admin: Client, partner: Any) -> None:
    key: Partner = await partner()
    await admin.post(
        {
            "query": "mutation($k: ID!) "
            "{ setApiKeyAllowlist(input: {keyId: $k, allowlistOnly: true}) { __typename } }",
            "variables": {"k": key.key_id},
        }
    )
    await key.client.post({"query": NAMED})
    await app.state.usage.flush()
    usage = (await admin.data(USAGE, {"keyId": key.key_id, "days": 1}))["apiKeyUsage"]
    assert [(d["requests"], d["errors"], d["refused"], d["fields"]) for d in usage] == [
        (1, 1, 1, [])
    ]


async def test_usage_is_for_admins_only(staff: Any, partner: Any, admin: Client) -> None:
    key: Partner = await partner()
    for client in (key.client, await staff("editor")):
        response = await client.post(
            {"query": USAGE, "variables": {"keyId": key.key_id, "days": 30}}
        )
        assert response.json() == {
            "data": None,
            "errors": [
                {
                    "message": "Only admins may read API key usage.",
                    "locations": [{"line": 3, "column": 3}],
                    "path": ["apiKeyUsage"],
                    "extensions": {"code": "FORBIDDEN"},
                }
            ],
        }
    response = await admin.post({"query": USAGE, "variables": {"keyId": key.key_id, "days": 0}})
    assert [e["message"] for e in response.json()["errors"]] == [
        "`days` must be between 1 and 366."
    ]
