"""One operation per request, in a body of bounded size."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections.abc import AsyncIterator

import httpx
import pytest

from api.app import create_app
from api.settings import Settings, SettingsError

JSON = {"content-type": "application/json"}
TOO_LARGE = {
    "errors": [
        {
            "message": "The request body exceeds the limit of 1000 bytes.",
            "extensions": {"code": "PAYLOAD_TOO_LARGE"},
        }
    ]
}


def small_app(settings: Settings) -> httpx.AsyncClient:
    app = create_app(dataclasses.replace(settings, max_body_bytes=1000))
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://testserver")


def padded(size: int) -> bytes:
    query = "{ __typename }" + " " * size
    return json.dumps({"query": query}).encode()


async def test_a_body_over_the_limit_is_refused_by_its_length(
    settings: Settings, orm: None
) -> None:
    async with small_app(settings) as http:
        ok = await http.post(
            "/graphql", content=padded(900), headers={"content-type": "application/json"}
        )
        assert ok.json() == {"data": {"__typename": "Query"}}
        response = await http.post(
            "/graphql", content=padded(1000), headers={"content-type": "application/json"}
        )
    assert response.status_code == 413
    assert response.json() == TOO_LARGE


async def test_a_chunked_body_is_counted_as_it_streams(settings: Settings, orm: None) -> None:
    sent: list[int] = []

    async def chunks() -> AsyncIterator[bytes]:
        body = padded(5000)
        for start in range(0, len(body), 500):
            sent.append(start)
            yield body[start : start + 500]

    async with small_app(settings) as http:
        response = await http.post(
            "/graphql", content=chunks(), headers={"content-type": "application/json"}
        )
    assert "content-length" not in response.request.headers
    assert response.status_code == 413
    assert response.json() == TOO_LARGE
    # Refused at the third chunk: the rest of the body was never read.
    assert len(sent) == 3


async def test_batches_are_refused_bounded_at_one_operation(settings: Settings, orm: None) -> None:
    async with small_app(settings) as http:
        response = await http.post("/graphql", json=[{"query": "{ __typename }"}] * 2)
    assert response.status_code == 400
    assert response.json() == {
        "errors": [
            {
                "message": "The request body must be a JSON object with a `query`.",
                "extensions": {"code": "BAD_REQUEST"},
            }
        ]
    }


def test_the_body_limit_comes_from_the_environment() -> None:
    assert Settings.from_env({}).max_body_bytes == 100 * 1024
    assert Settings.from_env({"SIMPUL_MAX_BODY_BYTES": "2048"}).max_body_bytes == 2048
    with pytest.raises(SettingsError, match="SIMPUL_MAX_BODY_BYTES must be a positive number"):
        Settings.from_env({"SIMPUL_MAX_BODY_BYTES": "lots"})


async def test_a_body_that_arrives_too_slowly_gets_408(settings: Settings, orm: None) -> None:
    sent: list[int] = []

    async def dribble() -> AsyncIterator[bytes]:
        body = padded(100)
        for start in range(0, len(body), 20):
            sent.append(start)
            yield body[start : start + 20]
            await asyncio.sleep(0.2)

    app = create_app(dataclasses.replace(settings, body_timeout=0.5))
    async with httpx.AsyncClient(
        transport=httpx.ASGITransport(app=app), base_url="http://testserver"
    ) as http:
        response = await http.post("/graphql", content=dribble(), headers=JSON)
        prompt = await http.post("/graphql", content=padded(100), headers=JSON)

    assert response.status_code == 408
    assert response.headers["connection"] == "close"
    assert response.json() == {
        "errors": [
            {
                "message": "The request body did not arrive within 0.5 s.",
                "extensions": {"code": "REQUEST_TIMEOUT"},
            }
        ]
    }
    # Cut off by the fourth chunk (due 0.6 s in): the rest of the body was never read.
    assert len(sent) <= 3
    assert prompt.json() == {"data": {"__typename": "Query"}}


def test_the_body_timeout_comes_from_the_environment() -> None:
    assert Settings.from_env({}).body_timeout == 30.0
    assert Settings.from_env({"SIMPUL_BODY_TIMEOUT": "2.5"}).body_timeout == 2.5
    for bad in ("0", "-1", "soon", "inf", "nan"):
        with pytest.raises(
            SettingsError,
            match=f"SIMPUL_BODY_TIMEOUT must be a positive number of seconds, not '{bad}'",
        ):
            Settings.from_env({"SIMPUL_BODY_TIMEOUT": bad})
