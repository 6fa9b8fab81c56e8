"""What one caller may see of a snapshot, and the co-appearances among what they see.

The rules are those of schema/visibility.py: staff see every record that is not deleted (the
snapshot holds no deleted ones); everyone else sees an article only once it is public
(published or scheduled, from its `published_at` on), and every edge at a hidden article is
hidden with it. A scheduled article becomes public with nobody writing anything, so the public
view is keyed by how many articles are public at this moment, not only by the data version.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, TypeVar

from api.graph.kinds import EdgeKind, NodeType
from api.graph.snapshot import Day, Snapshot

T = TypeVar("T")
APPEARING = frozenset({EdgeKind.MENTION, EdgeKind.ORGANISER, EdgeKind.EVENT_PARTICIPATION})


@dataclass(frozen=True, slots=True)
class View:
    graph: Snapshot
    key: tuple[Any, ...]  # ("staff",) or ("public", articles public so far)
    hidden: frozenset[int]  # article nodes this caller may not see

    def memo(self, *key: Any) -> Any:
        return self.graph.memo.get((*self.key, *key))

    def remember(self, value: T, *key: Any) -> T:
        self.graph.memo[(*self.key, *key)] = value
        return value


@dataclass(slots=True)
class Appearances:
    """The articles and events in which two or more stakeholders appear together."""

    where: list[int] = field(default_factory=list)  # article or event node
    days: list[Day | None] = field(default_factory=list)
    members: list[tuple[int, ...]] = field(default_factory=list)  # stakeholder nodes
    of: dict[int, list[int]] = field(default_factory=dict)  # stakeholder → appearance indexes


def view_for(graph: Snapshot, *, staff: bool, now: float | None = None) -> View:
    if staff:
        return View(graph, ("staff",), frozenset())
    times: list[float] | None = graph.memo.get(("public times",))
    if times is None:
        times = graph.memo[("public times",)] = sorted(graph.public_at.values())
    epoch = bisect_right(times, time.time() if now is None else now)
    key = ("public", epoch)
    hidden: frozenset[int] | None = graph.memo.get((*key, "hidden"))
    if hidden is None:
        cutoff = times[epoch - 1] if epoch else float("-inf")
        hidden = frozenset(
            i
            for i, kind in enumerate(graph.types)
            if kind is NodeType.ARTICLE and graph.public_at.get(i, float("inf")) > cutoff
        )
        # An earlier epoch's view (its hidden set and appearances) is not asked for again.
        for stale in [k for k in graph.memo if k[0] == "public" and k[1] != epoch]:
            del graph.memo[stale]
        graph.memo[(*key, "hidden")] = hidden
    return View(graph, key, hidden)


def appearances(view: View) -> Appearances:
    found: Appearances | None = view.memo("appearances")
    if found is not None:
        return found
    g = view.graph
    together: dict[int, list[int]] = {}
    stakeholder = NodeType.STAKEHOLDER
    for e, kind in enumerate(g.kinds):
        if kind not in APPEARING:
            continue
        source, target = g.sources[e], g.targets[e]
        if kind is EdgeKind.MENTION:
            if g.types[target] is stakeholder and source not in view.hidden:
                together.setdefault(source, []).append(target)
        elif target not in g.cancelled_events:
            together.setdefault(target, []).append(source)
    result = Appearances()
    for where, members in together.items():
        distinct = tuple(dict.fromkeys(members))
        if len(distinct) < 2:
            continue
        index = len(result.where)
        result.where.append(where)
        result.days.append(g.days[where])
        result.members.append(distinct)
        for s in distinct:
            result.of.setdefault(s, []).append(index)
    return view.remember(result, "appearances")
