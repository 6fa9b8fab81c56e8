"""The cost, depth, alias and token measures, on parsed documents (no server, no database)."""

from __future__ import annotations

from typing import Any

import pytest
from graphql import parse

from schema import schema
from schema.limits.cost import count_aliases, query_cost, query_depth
from schema.limits.extension import count_tokens


def cost(query: str, variables: dict[str, Any] | None = None) -> int:
    return query_cost(schema._schema, parse(query), variables)


def test_object_fields_cost_one_and_scalars_nothing() -> None:
    assert cost('{ region(code: "64") { name parent { name } } }') == 2


def test_a_connection_multiplies_its_children_by_the_page_size() -> None:
    # 1 for the connection, then 10 * (totalCount 1 + edges 1 + node 1).
    assert cost("{ stakeholders(first: 10) { totalCount edges { node { name } } } }") == 31


def test_without_first_the_default_page_of_20_is_assumed() -> None:
    assert cost("{ stakeholders { edges { node { name } } } }") == 41


def test_last_counts_like_first_and_is_capped_at_100() -> None:
    assert cost("{ stakeholders(last: 5000) { edges { node { name } } } }") == 201


def test_nested_connections_multiply_through() -> None:
    query = """{ stakeholders(first: 100) { edges { node {
        members(first: 100) { edges { node { person { fullName } } } } } } } }"""
    assert cost(query) == 1 + 100 * (2 + 1 + 100 * 3)


def test_page_sizes_come_from_variables_and_their_defaults() -> None:
    query = "query($n: Int = 5) { stakeholders(first: $n) { edges { node { name } } } }"
    assert cost(query) == 11
    assert cost(query, {"n": 50}) == 101


def test_fragments_are_expanded_where_they_are_spread() -> None:
    query = """query { stakeholders(first: 5) { edges { node { ...Card } } } }
        fragment Card on Stakeholder { name region { name ...Place } }
        fragment Place on Region { parent { code } }"""
    assert cost(query) == 1 + 5 * (1 + 1 + 1 + 1)


def test_a_plain_list_of_objects_counts_as_a_default_page() -> None:
    assert cost('{ region(code: "64") { ancestors { name parent { code } } } }') == 2 + 20


def test_expensive_fields_and_text_search_cost_extra() -> None:
    query = '{ people(first: 2, filter: {search: "a"}) { totalCount } }'
    assert cost(query) == 1 + 5 + 2 * 1


def test_roll_ups_and_searches_cost_extra() -> None:
    # search: 1 + 10 extra, then its default of 10 hits * node 1.
    assert cost('{ search(query: "kim") { label node { __typename } } }') == 1 + 10 + 10 * 1
    assert cost('{ coverage(region: "64") { total { stakeholders } } }') == 1 + 30 + 1
    query = "{ dashboard { articlesPerMonth { count } stakeholdersByCategory { count } } }"
    assert cost(query) == 1 + (1 + 5) + (1 + 5)


def test_introspection_is_free() -> None:
    assert cost("{ __typename __schema { types { name } } }") == 0


@pytest.mark.parametrize(
    ("query", "depth"),
    [
        ("{ __typename }", 0),
        ('{ region(code: "64") { code } }', 1),
        ('{ region(code: "64") { parent { parent { code } } } }', 3),
        (
            "{ stakeholders { edges { node { ...F } } } }"
            " fragment F on Stakeholder { region { code } }",
            4,
        ),
        # A fragment cycle (refused by validation later) does not loop.
        ('{ region(code: "64") { ...A } } fragment A on Region { parent { ...A } }', 2),
    ],
)
def test_depth_counts_nested_selection_sets(query: str, depth: int) -> None:
    assert query_depth(parse(query)) == depth


def test_aliases_and_tokens_are_counted() -> None:
    document = '{ a: __typename b: __typename c: region(code: "64") { code } } # comment'
    assert count_aliases(parse(document)) == 3
    assert count_tokens(document) == 19


def test_graph_searches_are_priced_by_the_limit_asked_for() -> None:
    def neighbourhood(limit: str) -> str:
        return f'{{ neighbourhood(id: "x"{limit}) {{ nodes {{ stakeholder {{ name }} }} }} }}'

    # 1 + extra (50 at the default limit of 200, growing with its square) + nodes 1 + limit * 1.
    assert cost(neighbourhood("")) == 1 + 50 + 1 + 200
    assert cost(neighbourhood(", limit: 2000")) == 1 + 5000 + 1 + 2000
    assert cost(neighbourhood(", limit: 20")) == 1 + 1 + 1 + 20
    paths = '{ shortestPaths(from: "a", to: "b"%s) { paths { nodes { id } } } }'
    # 1 + 50 per path + paths 1 + limit * (nodes 1).
    assert cost(paths % "") == 1 + 50 + 1 + 1
    assert cost(paths % ", limit: 20") == 1 + 1000 + 1 + 20
