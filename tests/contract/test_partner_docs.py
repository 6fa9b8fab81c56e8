"""Every ```graphql block in docs/partners.md runs against the demo data, anonymously.

A block that must not run here (a mutation) says so with the comment `# docs-test: skip`.
"""

from __future__ import annotations

import pytest

from tests.conftest import GraphQLClient
from tests.contract.guides import examples

BLOCKS = [block.text for block in examples("partners.md")]
SKIP = "# docs-test: skip"


def test_the_guide_has_the_worked_examples() -> None:
    assert len([block for block in BLOCKS if SKIP not in block]) >= 6


@pytest.mark.parametrize("query", BLOCKS, ids=[f"block-{i + 1}" for i in range(len(BLOCKS))])
async def test_guide_example_returns_data(gql: GraphQLClient, query: str) -> None:
    if SKIP in query:
        pytest.skip("marked `# docs-test: skip` in docs/partners.md")
    data = await gql.data(query)

    root = next(iter(data.values()))
    assert root, f"the example returned nothing: {data}"
    connection = root.get("edges", root)
    assert connection, f"the example returned no items: {data}"
