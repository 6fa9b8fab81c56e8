"""Rate limits on /graphql: per API key, per staff session, per client address."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import httpx

from api.db import start_counting, stop_counting
from api.models import ApiKey
from api.settings import Settings
from tests.conftest import staff_session
from tests.ratelimit.conftest import QUERY, app_for, close, limited, make_key


def refusal(limit: int, who: str, retry_after: int) -> dict[str, object]:
    message = (
        f"Rate limit exceeded: {limit} requests per minute for {who}; retry in {retry_after} s."
    )
    return {"errors": [{"message": message, "extensions": {"code": "RATE_LIMITED"}}]}


async def assert_refused(response: httpx.Response, limit: int, who: str) -> None:
    assert response.status_code == 429
    retry_after = int(response.headers["retry-after"])
    assert 1 <= retry_after <= 120  # this minute's requests weigh in the next one too
    assert response.json() == refusal(limit, who, retry_after)
    assert response.headers["content-type"] == "application/json"
    assert response.headers["ratelimit-limit"] == str(limit)
    assert response.headers["ratelimit-remaining"] == "0"
    assert response.headers["ratelimit-reset"] == str(retry_after)


async def test_fourth_request_of_a_key_is_refused_and_runs_nothing(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient]
) -> None:
    app = app_for(limited(write_settings, rate_limit_key_per_minute=3))
    http = clients(app, key=await make_key())
    for remaining in (2, 1, 0):
        response = await http.post("/graphql", json=QUERY)
        assert response.status_code == 200, response.text
        assert response.json() == {"data": {"__typename": "Query"}}
        assert response.headers["ratelimit-limit"] == "3"
        assert response.headers["ratelimit-remaining"] == str(remaining)
        assert 1 <= int(response.headers["ratelimit-reset"]) <= 120
        assert "retry-after" not in response.headers
    counter, token = start_counting()
    try:
        response = await http.post("/graphql", json=QUERY)
    finally:
        stop_counting(token)
    await assert_refused(response, 3, "this API key")
    assert counter[0] == 0  # the key's limit was cached: not even a lookup


async def test_other_keys_and_addresses_keep_their_own_budget(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient]
) -> None:
    app = app_for(limited(write_settings, rate_limit_key_per_minute=3))
    flooding = clients(app, key=await make_key(), address="192.0.2.7")
    for _ in range(3):
        assert (await flooding.post("/graphql", json=QUERY)).status_code == 200
    await assert_refused(await flooding.post("/graphql", json=QUERY), 3, "this API key")
    # Another key from the same address, and the address itself without a key.
    other = await clients(app, key=await make_key(), address="192.0.2.7").post(
        "/graphql", json=QUERY
    )
    assert other.status_code == 200
    assert other.headers["ratelimit-remaining"] == "2"
    anonymous = await clients(app, address="192.0.2.7").post("/graphql", json=QUERY)
    assert anonymous.status_code == 200
    assert anonymous.headers["ratelimit-limit"] == "120"
    assert anonymous.headers["ratelimit-remaining"] == "119"


async def test_a_keys_own_requests_per_minute_overrides_the_default(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient]
) -> None:
    app = app_for(limited(write_settings, rate_limit_key_per_minute=3))
    http = clients(app, key=await make_key(requests_per_minute=2))
    statuses = [(await http.post("/graphql", json=QUERY)).status_code for _ in range(2)]
    assert statuses == [200, 200]
    await assert_refused(await http.post("/graphql", json=QUERY), 2, "this API key")


async def test_anonymous_callers_are_limited_per_address(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient]
) -> None:
    app = app_for(limited(write_settings, rate_limit_anonymous_per_minute=2))
    http = clients(app, address="198.51.100.1")
    assert [(await http.post("/graphql", json=QUERY)).status_code for _ in range(2)] == [200, 200]
    await assert_refused(await http.post("/graphql", json=QUERY), 2, "this address")
    # GET queries count too.
    await assert_refused(await http.get("/graphql?query={__typename}"), 2, "this address")
    elsewhere = await clients(app, address="198.51.100.2").post("/graphql", json=QUERY)
    assert elsewhere.status_code == 200
    # Other paths are not limited.
    assert (await http.get("/healthz")).status_code == 200


async def test_made_up_credentials_count_against_the_address(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient]
) -> None:
    app = app_for(limited(write_settings, rate_limit_anonymous_per_minute=2))
    unknown = "spl_000000000000_" + "a" * 43
    first = await clients(app, key=unknown, address="198.51.100.9").post("/graphql", json=QUERY)
    assert first.status_code == 401
    assert first.headers["ratelimit-remaining"] == "1"
    cookie = clients(app, address="198.51.100.9", cookies={"simpul_session": "made-up"})
    assert (await cookie.post("/graphql", json=QUERY)).status_code == 200
    await assert_refused(
        await clients(app, key="not-a-key", address="198.51.100.9").post("/graphql", json=QUERY),
        2,
        "this address",
    )


async def test_staff_sessions_have_their_own_limit(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient]
) -> None:
    app = app_for(limited(write_settings, rate_limit_staff_per_minute=2))
    token, _ = await staff_session("viewer")
    http = clients(app, address="203.0.113.5", cookies={"simpul_session": token})
    first = await http.post("/graphql", json=QUERY)
    assert first.headers["ratelimit-limit"] == "2"
    assert (await http.post("/graphql", json=QUERY)).status_code == 200
    await assert_refused(await http.post("/graphql", json=QUERY), 2, "this session")
    anonymous = await clients(app, address="203.0.113.5").post("/graphql", json=QUERY)
    assert anonymous.status_code == 200
    assert anonymous.headers["ratelimit-limit"] == "120"


async def test_memory_counters_belong_to_one_process(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient]
) -> None:
    settings = limited(write_settings, rate_limit_key_per_minute=3)
    key = await make_key()
    first, second = clients(app_for(settings), key=key), clients(app_for(settings), key=key)
    for http in (first, second):
        responses = [await http.post("/graphql", json=QUERY) for _ in range(3)]
        assert [r.headers["ratelimit-remaining"] for r in responses] == ["2", "1", "0"]


async def test_redis_counters_are_shared_between_apps(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient], redis_prefix: str
) -> None:
    settings = limited(
        write_settings,
        rate_limit_key_per_minute=3,
        redis_url="redis://127.0.0.1:6379/0",
        rate_limit_redis_prefix=redis_prefix,
    )
    key = await make_key()
    apps = [app_for(settings), app_for(settings)]
    first, second = clients(apps[0], key=key), clients(apps[1], key=key)
    try:
        responses = [
            await first.post("/graphql", json=QUERY),
            await second.post("/graphql", json=QUERY),
            await first.post("/graphql", json=QUERY),
        ]
        assert [r.status_code for r in responses] == [200, 200, 200]
        assert [r.headers["ratelimit-remaining"] for r in responses] == ["2", "1", "0"]
        await assert_refused(await second.post("/graphql", json=QUERY), 3, "this API key")
    finally:
        for app in apps:
            await close(app)


def _wrong_secret(key: str) -> str:
    prefix = key.split("_")[1]
    return f"spl_{prefix}_{'W' * 43}"


async def test_wrong_secrets_spend_the_address_budget_not_the_keys(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient]
) -> None:
    app = app_for(
        limited(write_settings, rate_limit_key_per_minute=3, rate_limit_anonymous_per_minute=2)
    )
    key = await make_key()
    guesser = clients(app, key=_wrong_secret(key), address="198.51.100.20")
    for remaining in ("1", "0"):
        response = await guesser.post("/graphql", json=QUERY)
        assert response.status_code == 401
        assert response.headers["ratelimit-limit"] == "2"
        assert response.headers["ratelimit-remaining"] == remaining
    await assert_refused(await guesser.post("/graphql", json=QUERY), 2, "this address")
    for n in range(10):  # from many addresses, as a botnet would
        flood = clients(app, key=_wrong_secret(key), address=f"198.51.100.{30 + n}")
        assert (await flood.post("/graphql", json=QUERY)).status_code == 401

    owner = clients(app, key=key, address="198.51.100.20")
    responses = [await owner.post("/graphql", json=QUERY) for _ in range(3)]

    assert [r.status_code for r in responses] == [200, 200, 200]
    assert [r.headers["ratelimit-remaining"] for r in responses] == ["2", "1", "0"]
    assert [r.headers["ratelimit-limit"] for r in responses] == ["3", "3", "3"]


async def test_answers_do_not_tell_whether_a_key_prefix_exists(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient]
) -> None:
    app = app_for(write_settings)
    key = await make_key()
    unknown = clients(app, key=f"spl_000000000000_{'W' * 43}", address="198.51.100.50")
    wrong = clients(app, key=_wrong_secret(key), address="198.51.100.51")

    first, second = (
        await unknown.post("/graphql", json=QUERY),
        await wrong.post("/graphql", json=QUERY),
    )

    assert first.status_code == second.status_code == 401
    assert first.json() == second.json()
    assert first.headers.items() == second.headers.items()
    assert first.headers["ratelimit-limit"] == "120"
    assert first.headers["ratelimit-remaining"] == "119"


async def test_a_revoked_key_counts_against_the_address(
    write_settings: Settings, clients: Callable[..., httpx.AsyncClient]
) -> None:
    app = app_for(write_settings)
    key = await make_key()
    await ApiKey.filter(prefix=key.split("_")[1]).update(revoked_at=dt.datetime.now(dt.UTC))

    response = await clients(app, key=key, address="198.51.100.52").post("/graphql", json=QUERY)

    assert response.status_code == 401
    assert response.json()["errors"][0]["message"] == "API key revoked."
    assert response.headers["ratelimit-limit"] == "120"
