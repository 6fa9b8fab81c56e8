"""Introspection per caller (schema/introspection.py) and where GraphiQL is served."""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable

import httpx
import pytest

from api.app import create_app
from api.auth.keys import new_prefix, new_secret
from api.models import ApiKey
from api.settings import Introspection, Settings
from tests.conftest import CSRF_HEADER, SESSION_COOKIE, GraphQLClient, staff_session

SCHEMA = "{ __schema { queryType { name } } }"
TYPE = '{ __type(name: "Region") { name } }'
TYPENAME = '{ __typename region(code: "64") { __typename name } }'

Caller = Callable[[str], Awaitable[GraphQLClient]]


@pytest.fixture
async def caller(write_settings: Settings, write_orm: None) -> AsyncIterator[Callable[..., Caller]]:
    """`(await caller(policy))(who)`: a client of an app with that introspection setting, as
    "anonymous", "key" (a partner key) or "staff" (a viewer's session)."""
    opened: list[httpx.AsyncClient] = []

    def with_policy(policy: Introspection | None, mode: str = "test") -> Caller:
        settings = dataclasses.replace(write_settings, introspection=policy, mode=mode)  # type: ignore[arg-type]  # a Mode literal
        app = create_app(settings)

        async def make(who: str) -> GraphQLClient:
            headers, cookies = {}, {}
            if who == "key":
                issued = new_secret(new_prefix())
                await ApiKey.create(
                    name="introspection test",
                    prefix=issued.prefix,
                    secret_hash=issued.digest,
                    scopes=["read"],
                )
                headers = {"Authorization": f"Bearer {issued.key}"}
            elif who == "staff":
                token, csrf = await staff_session("viewer")
                cookies, headers = {SESSION_COOKIE: token}, {CSRF_HEADER: csrf}
            http = httpx.AsyncClient(
                transport=httpx.ASGITransport(app=app),
                base_url="http://testserver",
                headers=headers,
                cookies=cookies,
            )
            opened.append(http)
            return GraphQLClient(http)

        return make

    yield with_policy
    for http in opened:
        await http.aclose()


def refusal(field: str, setting: str) -> str:
    detail = ": staff sessions only" if setting == "staff" else ""
    return (
        f"Introspection (`{field}`) is not available to this caller "
        f"(SIMPUL_INTROSPECTION={setting}{detail}). "
        "The schema is published as schema/schema.graphql."
    )


@pytest.mark.parametrize("who", ["anonymous", "key"])
async def test_staff_policy_refuses_anonymous_callers_and_keys(
    caller: Callable[..., Caller], who: str
) -> None:
    client = await caller("staff")(who)

    body = await client.post(SCHEMA)
    assert body == {
        "data": None,
        "errors": [
            {
                "message": refusal("__schema", "staff"),
                "locations": [{"line": 1, "column": 3}],
                "extensions": {"code": "INTROSPECTION_DISABLED"},
            }
        ],
    }
    assert await client.errors(TYPE) == [refusal("__type", "staff")]


async def test_staff_policy_lets_staff_sessions_introspect(caller: Callable[..., Caller]) -> None:
    staff = await caller("staff")("staff")

    assert await staff.data(SCHEMA) == {"__schema": {"queryType": {"name": "Query"}}}
    assert await staff.data(TYPE) == {"__type": {"name": "Region"}}


async def test_off_refuses_staff_too(caller: Callable[..., Caller]) -> None:
    staff = await caller("off")("staff")

    assert await staff.errors(SCHEMA) == [refusal("__schema", "off")]


@pytest.mark.parametrize("who", ["anonymous", "key", "staff"])
async def test_on_lets_everyone_introspect(caller: Callable[..., Caller], who: str) -> None:
    client = await caller("on")(who)

    assert await client.data(SCHEMA) == {"__schema": {"queryType": {"name": "Query"}}}


@pytest.mark.parametrize("policy", ["on", "staff", "off"])
async def test_typename_works_for_everyone(caller: Callable[..., Caller], policy: str) -> None:
    for who in ("anonymous", "key", "staff"):
        client = await caller(policy)(who)
        assert await client.data(TYPENAME) == {
            "__typename": "Query",
            "region": {"__typename": "Region", "name": "Provinsi Kalimantan Timur"},
        }


def test_defaults_by_mode() -> None:
    secret = secrets.token_hex(32)
    production = Settings(mode="production", secret_key=secret)
    development = Settings(mode="development")

    assert (production.introspection_policy, production.serves_graphiql) == ("staff", False)
    assert (development.introspection_policy, development.serves_graphiql) == ("on", True)
    assert Settings(mode="test", secret_key=secret).introspection_policy == "on"
    assert Settings.from_env(
        {"SIMPUL_MODE": "production", "SIMPUL_SECRET_KEY": secret, "SIMPUL_GRAPHIQL": "1"}
    ).serves_graphiql
    assert Settings.from_env({"SIMPUL_INTROSPECTION": "off"}).introspection_policy == "off"


@pytest.mark.parametrize("variable", ["SIMPUL_INTROSPECTION", "SIMPUL_GRAPHIQL"])
def test_bad_values_are_configuration_errors(variable: str) -> None:
    from api.settings import SettingsError

    with pytest.raises(SettingsError, match=variable):
        Settings.from_env({variable: "maybe"})


@pytest.mark.parametrize(("graphiql", "status"), [(True, 200), (False, 404)])
async def test_graphiql_is_served_only_when_enabled(
    write_settings: Settings, graphiql: bool, status: int
) -> None:
    app = create_app(dataclasses.replace(write_settings, graphiql=graphiql))
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as http:
        response = await http.get("/graphql", headers={"accept": "text/html"})

    assert response.status_code == status
    if graphiql:
        assert "graphiql" in response.text.lower()


TYPO = '{ regoin(code: "64") { nmae } }'
BAD_ENUM = "query($o: EventOrder) { events(orderBy: $o, first: 1) { totalCount } }"
BAD_ORDER = {"o": {"field": "TITEL"}}


@pytest.mark.parametrize("who", ["anonymous", "key"])
async def test_production_gives_no_suggestions_to_callers_without_introspection(
    caller: Callable[..., Caller], who: str
) -> None:
    client = await caller(None, mode="production")(who)

    assert await client.errors(TYPO) == ["Cannot query field 'regoin' on type 'Query'."]
    assert await client.errors('{ region(code: "64") { nmae } }') == [
        "Cannot query field 'nmae' on type 'Region'."
    ]
    assert await client.errors(BAD_ENUM, BAD_ORDER) == [
        "Variable '$o' has invalid value at .field:"
        " Value 'TITEL' does not exist in 'EventOrderField' enum."
    ]


async def test_staff_and_development_keep_suggestions(caller: Callable[..., Caller]) -> None:
    staff = await caller(None, mode="production")("staff")
    anonymous_in_development = await caller(None, mode="development")("anonymous")

    for client in (staff, anonymous_in_development):
        assert await client.errors(TYPO) == [
            "Cannot query field 'regoin' on type 'Query'. Did you mean 'region' or 'regions'?"
        ]
        assert await client.errors(BAD_ENUM, BAD_ORDER) == [
            "Variable '$o' has invalid value at .field: Value 'TITEL' does not exist"
            " in 'EventOrderField' enum. Did you mean the enum value 'TITLE'?"
        ]
