"""The compiled engine answers exactly as the resolvers do: random operations, both engines,
every kind of caller, the same JSON text (data, errors, paths and key order)."""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import pytest

from schema.compiled import engine
from tests.compiled.conftest import CALLERS, Pair
from tests.compiled.operations import generate

OPERATIONS = 500


@cache
def operations() -> list[tuple[str, dict[str, Any]]]:
    return generate(OPERATIONS)


async def answer(pair: Pair, engine: str, query: str, variables: dict[str, Any]) -> str:
    client = getattr(pair, engine)
    response = await client.http.post("/graphql", json={"query": query, "variables": variables})
    return f"{response.status_code} {json.dumps(response.json())}"


async def test_random_operations_answer_alike(
    pairs: dict[str, Pair], monkeypatch: pytest.MonkeyPatch
) -> None:
    compiled = []
    answer_compiled = engine.answer

    async def counted(*args: Any) -> Any:
        result = await answer_compiled(*args)
        compiled.append(result is not None)
        return result

    monkeypatch.setattr(engine, "answer", counted)
    for i, (query, variables) in enumerate(operations()):
        pair = pairs[CALLERS[i % len(CALLERS)]]
        expected = await answer(pair, "resolvers", query, variables)
        got = await answer(pair, "compiled", query, variables)
        assert got == expected, f"{CALLERS[i % len(CALLERS)]}: {query} {variables}"
    # The rest (argument errors, such as `first: 101`) the resolvers answered.
    assert sum(compiled) > OPERATIONS * 2 // 3, sum(compiled)
