"""Betweenness split over worker processes adds up to the whole (no database)."""

from __future__ import annotations

import random

import igraph  # type: ignore[import-untyped]  # python-igraph ships no type information
import pytest

from api.graph.metrics import start_betweenness


def _random_pairs(n: int, m: int, seed: int) -> list[tuple[int, int]]:
    rng = random.Random(seed)
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    return sorted(pairs)


@pytest.mark.parametrize("parts", [0, 1, 3])
def test_betweenness_in_parts_equals_the_whole(parts: int) -> None:
    n, pairs = 300, _random_pairs(300, 900, seed=5)
    whole = igraph.Graph(n=n, edges=pairs).betweenness(directed=False)

    split = start_betweenness(n, pairs, parts)()

    assert split == pytest.approx(whole, rel=1e-9, abs=1e-9)
