"""The example queries in the README run against the demo data and return data."""

import re
from pathlib import Path

import pytest

from api.demo.accounts import DEMO_ACCOUNTS
from tests.conftest import GraphQLClient

README = Path(__file__).resolve().parent.parent / "README.md"
EXAMPLES = re.findall(r"```graphql\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_the_readme_has_three_examples() -> None:
    assert len(EXAMPLES) == 3


@pytest.mark.parametrize("query", EXAMPLES, ids=[f"example-{i + 1}" for i in range(len(EXAMPLES))])
async def test_readme_example_returns_data(gql: GraphQLClient, query: str) -> None:
    data = await gql.data(query)
    root = next(iter(data.values()))
    assert root["edges"], f"the example returned no items: {data}"


def test_the_readme_lists_the_demo_logins() -> None:
    text = README.read_text(encoding="utf-8")
    for email, role, _name, password in DEMO_ACCOUNTS:
        assert f"| `{email}` | `{password}` | {role.value}" in text
