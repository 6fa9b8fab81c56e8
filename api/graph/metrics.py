"""Centrality and communities of a co-appearance network, computed with igraph.

Betweenness counts shortest paths by hops (weighted betweenness costs three times as much and
a co-appearance count is no distance); PageRank and communities use the weights. Communities
come from the Leiden algorithm optimising modularity, with a fixed random seed so the same data
always gives the same communities; they are numbered from 1 by size, largest first.
"""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass

import igraph  # type: ignore[import-untyped]  # python-igraph ships no type information

from api.graph.network import Network

SEED = 20240611
# igraph draws from one process-wide random generator; seeding it and running Leiden must not
# interleave with another computation in another thread.
_RANDOM = threading.Lock()


@dataclass(frozen=True, slots=True)
class Metrics:
    degree: list[int]
    weighted_degree: list[float]
    betweenness: list[float]
    page_rank: list[float]
    community: list[int]  # by node position; communities are numbered from 1
    communities: list[list[int]]  # members (positions) of community k + 1

    def __len__(self) -> int:
        return len(self.degree)


def compute_metrics(network: Network, order: list[str]) -> Metrics:
    """`order[p]` is a stable key of node p: ties between equal communities break on it."""
    graph = igraph.Graph(n=len(network.nodes), edges=network.pairs)
    weights = network.weights
    with _RANDOM:
        igraph.set_random_number_generator(random.Random(SEED))
        clusters = graph.community_leiden(
            objective_function="modularity", weights=weights, n_iterations=-1
        )
        igraph.set_random_number_generator(random)
    groups = sorted(
        (sorted(members, key=order.__getitem__) for members in clusters),
        key=lambda members: (-len(members), order[members[0]]),
    )
    community = [0] * len(network.nodes)
    for number, members in enumerate(groups, start=1):
        for p in members:
            community[p] = number
    return Metrics(
        degree=graph.degree(),
        weighted_degree=[float(s) for s in graph.strength(weights=weights or None)],
        betweenness=graph.betweenness(directed=False),
        page_rank=graph.pagerank(directed=False, weights=weights or None),
        community=community,
        communities=groups,
    )
