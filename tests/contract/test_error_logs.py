"""What errors write to the log (schema/errors.py): the caller's mistakes as short, throttled
lines without tracebacks; the server's own failures with theirs."""

from __future__ import annotations

import dataclasses
import json
import logging
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest

from api.app import create_app
from api.settings import Settings
from schema.errors import LOG_THROTTLE, LogThrottle
from schema.loaders import Loaders
from tests.conftest import GraphQLClient

LONG_CODE = "x\n" * 200  # under the 500-character limit on arguments
BAD_CODE = "{ region(code: " + json.dumps(LONG_CODE) + ") { name } }"
BAD_FIELD = '{ region(code: "64") { ' + "nmae" * 1000 + " } }"


@pytest.fixture(autouse=True)
def fresh_throttle() -> Iterator[None]:
    LOG_THROTTLE.reset()
    yield
    LOG_THROTTLE.reset()


@pytest.fixture
async def flood(settings: Settings, orm: None) -> AsyncIterator[GraphQLClient]:
    """An anonymous client whose rate limits are out of the way."""
    unlimited = dataclasses.replace(
        settings, rate_limit_anonymous_per_minute=10**6, rate_limit_anonymous_cost_per_minute=10**9
    )
    transport = httpx.ASGITransport(app=create_app(unlimited))
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        yield GraphQLClient(http)


def graphql_logs(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name in ("simpul.graphql", "strawberry.execution")]


async def test_a_flood_of_bad_requests_logs_a_bounded_number_of_short_lines(
    flood: GraphQLClient, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        for _ in range(500):
            await flood.errors(BAD_CODE)
            await flood.errors(BAD_FIELD)

    records = graphql_logs(caplog)
    messages = [r.getMessage() for r in records]
    assert len(records) == 2 * (20 + 1)
    assert {r.name for r in records} == {"simpul.graphql"}
    assert {r.levelname for r in records} == {"WARNING"}
    assert all(r.exc_info is None and r.exc_text is None for r in records)
    assert all("\n" not in m and len(m) < 400 for m in messages)
    assert messages[0] == (
        "bad request BAD_USER_INPUT at region: Invalid region code '"
        + "x\\\\n" * 33
        + "… (+545 chars)"
    )
    assert messages[1] == (
        "bad request GRAPHQL_VALIDATION_FAILED at -: Cannot query field '"
        + "nmae" * 25
        + "… (+3919 chars)"
    )
    assert messages[-2:] == [
        "more than 20 'BAD_USER_INPUT' lines in 60 s: suppressing similar lines for now",
        "more than 20 'GRAPHQL_VALIDATION_FAILED' lines in 60 s: suppressing similar lines for now",
    ]


async def test_an_unexpected_error_still_logs_its_traceback_once(
    gql: GraphQLClient, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("the database is on fire")

    monkeypatch.setattr(Loaders, "get", broken)
    with caplog.at_level(logging.INFO):
        assert await gql.errors('{ region(code: "64") { name } }') == ["Unexpected error."]

    records = graphql_logs(caplog)
    assert [(r.name, r.levelname, r.getMessage()) for r in records] == [
        ("simpul.graphql", "ERROR", "unexpected error at region: the database is on fire")
    ]
    assert records[0].exc_info is not None
    assert records[0].exc_info[1] is not None
    assert str(records[0].exc_info[1]) == "the database is on fire"
    assert "Traceback (most recent call last)" in caplog.text


def test_the_throttle_reports_what_it_suppressed() -> None:
    now = [0.0]
    throttle = LogThrottle(limit=3, interval=60, clock=lambda: now[0])
    logger = logging.getLogger("tests.throttle")
    seen: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(record.getMessage())

    handler = Collect()
    logger.addFilter(throttle)
    logger.addHandler(handler)
    logger.propagate = False
    try:
        for i in range(10):
            logger.warning("bad %d", i, extra={"kind": "BAD"})
        logger.warning("other", extra={"kind": "OTHER"})
        now[0] = 61.0
        logger.warning("bad %d", 10, extra={"kind": "BAD"})
    finally:
        logger.removeFilter(throttle)
        logger.removeHandler(handler)
        logger.propagate = True

    assert seen == [
        "bad 0",
        "bad 1",
        "bad 2",
        "more than 3 'BAD' lines in 60 s: suppressing similar lines for now",
        "other",
        "bad 10 (6 similar lines were suppressed before this)",
    ]
