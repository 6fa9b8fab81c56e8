"""Neighbourhoods and shortest paths: breadth-first searches over a snapshot, within a scope
(edge kinds, node types, a date) and what the caller may see."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from api.graph.audience import View, appearances
from api.graph.kinds import EdgeKind, NodeType
from api.graph.links import Link, coappearance_link, partners, stored_link
from api.graph.snapshot import Day

COAPPEARANCE = -1  # the step's edge, when it is a derived co-appearance


@dataclass(frozen=True, slots=True)
class Scope:
    kinds: frozenset[EdgeKind]
    types: frozenset[NodeType]
    as_of: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Neighbourhood:
    nodes: list[tuple[int, int]]  # (node, distance from the centre)
    links: list[Link]
    truncated: bool


@dataclass(frozen=True, slots=True)
class Path:
    nodes: list[int]
    hops: list[list[Link]]  # hops[i]: every edge in scope between nodes[i] and nodes[i + 1]


class Walker:
    def __init__(self, view: View, scope: Scope) -> None:
        self.view = view
        self.g = view.graph
        self.kinds = scope.kinds
        self.types = scope.types
        self.as_of: Day | None = scope.as_of.toordinal() if scope.as_of else None
        self.coappearance = EdgeKind.COAPPEARANCE in scope.kinds
        self._partners: dict[int, dict[int, list[int]]] = {}

    def steps(self, i: int, ends: frozenset[int] = frozenset()) -> Iterator[tuple[int, int]]:
        """(neighbour, edge) pairs of node i; nodes in `ends` pass whatever their type."""
        g, hidden, as_of = self.g, self.view.hidden, self.as_of
        kinds, types, sources, targets = self.kinds, self.types, g.sources, g.targets
        for e in g.adjacency[i]:
            if g.kinds[e] not in kinds:
                continue
            other = targets[e] if sources[e] == i else sources[e]
            if other in hidden or (g.types[other] not in types and other not in ends):
                continue
            if as_of is not None:
                since, until = g.since[e], g.until[e]
                if (since is not None and since > as_of) or (until is not None and until < as_of):
                    continue
            yield other, e
        if self.coappearance and g.types[i] is NodeType.STAKEHOLDER:
            for other in self.partners(i):
                yield other, COAPPEARANCE

    def partners(self, i: int) -> dict[int, list[int]]:
        found = self._partners.get(i)
        if found is None:
            found = self._partners[i] = partners(self.view, i, self.as_of)
        return found

    def link(self, i: int, other: int, e: int) -> Link:
        if e == COAPPEARANCE:
            where = appearances(self.view).where
            shared = [where[k] for k in self.partners(i)[other]]
            return coappearance_link(self.view, i, other, shared, len(shared))
        return stored_link(self.view, e)

    def rank(self, n: int) -> tuple[str, str]:
        return (self.g.labels[n], self.g.keys[n])


def neighbourhood(walker: Walker, centre: int, depth: int, limit: int) -> Neighbourhood:
    """Nodes within `depth` steps of `centre`, at most `limit` of them, and the edges found
    from every node expanded. When a level does not fit, its nodes with the most edges to the
    level before are kept (ties by label, then id) and `truncated` is set."""
    distance = {centre: 0}
    frontier, truncated = [centre], False
    found: dict[int, list[tuple[int, int]]] = {}
    for level in range(1, depth + 1):
        ties: dict[int, int] = {}
        for i in frontier:
            found[i] = list(walker.steps(i))
            for other, _ in found[i]:
                if other not in distance:
                    ties[other] = ties.get(other, 0) + 1
        room = limit - len(distance)
        chosen = sorted(ties, key=lambda n: (-ties[n], *walker.rank(n)))
        if len(chosen) > room:
            chosen, truncated = chosen[:room], True
        for n in chosen:
            distance[n] = level
        frontier = chosen
        if truncated or not frontier:
            break
    links: dict[tuple[int, int, int], Link] = {}
    for i, steps in found.items():
        for other, e in steps:
            low, high = sorted((i, other))
            key = (e, low, high) if e == COAPPEARANCE else (e, 0, 0)
            if other in distance and key not in links:
                links[key] = walker.link(i, other, e)
    nodes = sorted(distance.items(), key=lambda item: (item[1], *walker.rank(item[0])))
    return Neighbourhood(nodes, list(links.values()), truncated)


def shortest_paths(
    walker: Walker, source: int, target: int, max_length: int, limit: int
) -> list[Path]:
    """Up to `limit` shortest paths of at most `max_length` hops, by a bidirectional BFS."""
    if source == target:
        return [Path([source], [])]
    ends = frozenset({source, target})
    sides: list[tuple[dict[int, int], dict[int, list[int]], list[int]]] = [
        ({source: 0}, {source: []}, [source]),
        ({target: 0}, {target: []}, [target]),
    ]
    depths = [0, 0]
    while depths[0] + depths[1] < max_length:
        side = 0 if len(sides[0][2]) <= len(sides[1][2]) else 1
        distance, parents, frontier = sides[side]
        if not frontier:
            return []
        depths[side] += 1
        level: list[int] = []
        for i in frontier:
            for other, _ in walker.steps(i, ends):
                if other not in distance:
                    distance[other] = depths[side]
                    parents[other] = [i]
                    level.append(other)
                elif distance[other] == depths[side]:
                    parents[other].append(i)
        sides[side] = (distance, parents, level)
        far = sides[1 - side][0]
        meet = [n for n in level if far.get(n) == depths[1 - side]]
        if meet:
            return _paths(walker, sorted(meet, key=walker.rank), sides[0][1], sides[1][1], limit)
    return []


def _paths(
    walker: Walker,
    meet: list[int],
    from_source: dict[int, list[int]],
    from_target: dict[int, list[int]],
    limit: int,
) -> list[Path]:
    def walk(n: int, parents: dict[int, list[int]]) -> Iterator[list[int]]:
        if not parents[n]:
            yield [n]
            return
        for parent in sorted(set(parents[n]), key=walker.rank):
            for path in walk(parent, parents):
                yield [*path, n]

    paths: list[Path] = []
    for m in meet:
        for head in walk(m, from_source):
            for tail in walk(m, from_target):
                nodes = head + tail[::-1][1:]
                paths.append(Path(nodes, [_hop(walker, a, b) for a, b in pairwise(nodes)]))
                if len(paths) == limit:
                    return paths
    return paths


def _hop(walker: Walker, a: int, b: int) -> list[Link]:
    ends = frozenset({a, b})
    return [walker.link(a, other, e) for other, e in walker.steps(a, ends) if other == b]
