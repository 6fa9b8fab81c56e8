"""Centrality and communities of a co-appearance network, computed with igraph.

Betweenness counts shortest paths by hops (weighted betweenness costs three times as much and
a co-appearance count is no distance); PageRank and communities use the weights. Communities
come from the Leiden algorithm optimising modularity, with a fixed random seed so the same data
always gives the same communities; they are numbered from 1 by size, largest first.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass

import igraph  # type: ignore[import-untyped]  # python-igraph ships no type information

from api.graph.network import Network

SEED = 20240611
# igraph draws from one process-wide random generator; seeding it and running Leiden must not
# interleave with another computation in another thread.
_RANDOM = threading.Lock()
# Betweenness is most of the cost (seconds at 10,000 stakeholders) and igraph holds the GIL
# while it runs: above this size it is split by source over worker processes, which frees
# the server's process and uses every core.
PARALLEL_FROM_NODES = 2000
_POOL_LOCK = threading.Lock()
_pool: Executor | None = None


def _workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))


def _process_pool() -> Executor:
    global _pool
    with _POOL_LOCK:
        if _pool is None:
            # forkserver: no copy of the server's threads and connections in the workers.
            context = multiprocessing.get_context("forkserver")
            _pool = ProcessPoolExecutor(_workers(), mp_context=context)
        return _pool


def _partial_betweenness(
    n: int, pairs: list[tuple[int, int]], sources: list[int] | None
) -> list[float]:
    graph = igraph.Graph(n=n, edges=pairs)
    result: list[float] = graph.betweenness(directed=False, sources=sources)
    return result


def start_betweenness(
    n: int, pairs: list[tuple[int, int]], parts: int | None = None
) -> Callable[[], list[float]]:
    """Start computing betweenness by hops; the returned function waits for it. Shortest paths
    from disjoint sets of sources add up to the whole, so each of `parts` worker processes
    takes every `parts`-th source while the caller goes on with the other metrics."""
    parts = parts if parts is not None else (_workers() if n >= PARALLEL_FROM_NODES else 0)
    if parts < 1:
        return lambda: _partial_betweenness(n, pairs, None)
    pool = _process_pool()
    futures = [
        pool.submit(_partial_betweenness, n, pairs, list(range(k, n, parts))) for k in range(parts)
    ]

    def collect() -> list[float]:
        total = [0.0] * n
        for future in futures:
            for i, value in enumerate(future.result()):
                total[i] += value
        return total

    return collect


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
    n = len(network.nodes)
    betweenness = start_betweenness(n, network.pairs)
    graph = igraph.Graph(n=n, edges=network.pairs)
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
        betweenness=betweenness(),
        page_rank=graph.pagerank(directed=False, weights=weights or None),
        community=community,
        communities=groups,
    )
