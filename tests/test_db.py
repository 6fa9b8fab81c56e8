"""The PostgreSQL pool (api/db.py): a released connection costs no round trip, and still never
carries an open transaction to the next statement."""

from __future__ import annotations

from typing import Any

import asyncpg  # type: ignore[import-untyped]  # asyncpg ships no type hints
import pytest
from tortoise import connections

from api.settings import Settings
from tests.conftest import GraphQLClient

# Two statements or more (the regions may be looked up together), whichever engine answers.
QUERY = """{ province: region(code: "64") { name } regency: region(code: "64.01") { name }
    articles(first: 2) { edges { node { title } } } }"""


@pytest.fixture
def postgres(settings: Settings) -> None:
    if settings.dialect != "postgres":
        pytest.skip("the connection pool is PostgreSQL's (asyncpg); SQLite has one connection")


async def test_statements_are_not_followed_by_a_reset(
    postgres: None, gql: GraphQLClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    sent: list[str] = []
    execute = asyncpg.connection.Connection.execute

    async def counting_execute(self: Any, query: str, *args: Any, **kwargs: Any) -> Any:
        sent.append(query)
        return await execute(self, query, *args, **kwargs)

    monkeypatch.setattr(asyncpg.connection.Connection, "execute", counting_execute)
    await gql.data(QUERY)
    assert gql.last_sql_count >= 2
    # Tortoise reads through fetch(); execute() is what asyncpg's reset sends (RESET ALL, ...).
    assert sent == []


async def test_a_transaction_left_open_is_rolled_back_on_release(postgres: None, orm: None) -> None:
    client: Any = connections.get("default")
    await client.execute_query("SELECT 1")  # the pool is made on first use
    pool: asyncpg.Pool = client._pool
    async with pool.acquire() as connection:
        await connection.execute("BEGIN")
        await connection.execute("CREATE TEMPORARY TABLE h7_left_open (id int)")
        assert connection.is_in_transaction()
    # Every connection of the pool, whichever the next acquire gets.
    held = [await pool.acquire() for _ in range(pool.get_max_size())]
    try:
        assert [c.is_in_transaction() for c in held] == [False] * len(held)
        assert {await c.fetchval("SELECT to_regclass('h7_left_open')::text") for c in held} == {
            None
        }
    finally:
        for connection in held:
            await pool.release(connection)
