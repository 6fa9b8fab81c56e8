"""Each query text is parsed and validated once (schema/documents.py), per set of rules."""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
import strawberry.schema.schema
from graphql.language.parser import Parser

from api.app import create_app
from api.settings import Settings
from tests.conftest import CSRF_HEADER, SESSION_COOKIE, GraphQLClient, staff_session

TYPO = '{ regoin(code: "64") { nmae } }'
SCHEMA = "{ __schema { queryType { name } } }"


@pytest.fixture
async def callers(
    write_settings: Settings, write_orm: None
) -> AsyncIterator[tuple[GraphQLClient, GraphQLClient]]:
    """An anonymous caller and a staff session, where only staff may introspect."""
    app = create_app(dataclasses.replace(write_settings, introspection="staff"))
    token, csrf = await staff_session("viewer")
    transport = httpx.ASGITransport(app=app)
    anonymous = httpx.AsyncClient(transport=transport, base_url="http://testserver")
    staff = httpx.AsyncClient(
        transport=transport,
        base_url="http://testserver",
        cookies={SESSION_COOKIE: token},
        headers={CSRF_HEADER: csrf},
    )
    yield GraphQLClient(anonymous), GraphQLClient(staff)
    await anonymous.aclose()
    await staff.aclose()


async def test_a_query_text_is_parsed_and_validated_once(
    gql: GraphQLClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"parse": 0, "validate": 0}
    parse = Parser.parse_document
    validate = strawberry.schema.schema.validate  # type: ignore[attr-defined]  # graphql-core's, as Strawberry calls it

    def counting_parse(self: Parser) -> Any:
        calls["parse"] += 1
        return parse(self)

    def counting_validate(*args: Any) -> Any:
        calls["validate"] += 1
        return validate(*args)

    monkeypatch.setattr(Parser, "parse_document", counting_parse)
    monkeypatch.setattr(strawberry.schema.schema, "validate", counting_validate)
    query = f'{{ {"a" + secrets.token_hex(4)}: region(code: "64") {{ name }} }}'  # a new text

    assert await gql.data(query) == {query[2:11]: {"name": "Provinsi Kalimantan Timur"}}
    first = dict(calls)
    assert first["validate"] == 1
    for _ in range(3):
        assert await gql.data(query) == {query[2:11]: {"name": "Provinsi Kalimantan Timur"}}
    assert calls == first


async def test_each_caller_gets_the_validation_of_its_own_rules(
    callers: tuple[GraphQLClient, GraphQLClient],
) -> None:
    anonymous, staff = callers
    refused = (
        "Introspection (`__schema`) is not available to this caller "
        "(SIMPUL_INTROSPECTION=staff: staff sessions only). "
        "The schema is published as schema/schema.graphql."
    )
    suggested = "Cannot query field 'regoin' on type 'Query'. Did you mean 'region' or 'regions'?"
    for _ in range(2):
        assert await anonymous.errors(SCHEMA) == [refused]
        assert await staff.data(SCHEMA) == {"__schema": {"queryType": {"name": "Query"}}}
        # Suggestions are cut from the anonymous caller's copy of the errors only.
        assert await anonymous.errors(TYPO) == ["Cannot query field 'regoin' on type 'Query'."]
        assert await staff.errors(TYPO) == [suggested]
