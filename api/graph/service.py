"""The graph as callers ask for it: a view for who is asking, then searches and networks.

Heavy results (a network and its metrics) are derived once per snapshot, audience and filter
(cache.py) and computed in a worker thread, so the event loop is not held by the Python parts.
A caller that makes one be computed pays for the work from its query-cost budget, before it
starts: one unit per stakeholder to build a network, one per stakeholder and per link to
measure it. The sizes below (bytes, measured with tracemalloc at demo scale 2000) bound what
the cache keeps.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass

from api.graph.audience import View, appearances, view_for
from api.graph.cache import BudgetSpent, GraphCache
from api.graph.links import Link, coappearance_link, partners
from api.graph.metrics import Metrics, compute_metrics
from api.graph.network import (
    GraphInputError,
    Network,
    NetworkFilter,
    build_network,
    stakeholders_in,
)
from api.graph.snapshot import Day
from api.ratelimit import CostBudget

__all__ = [
    "BudgetSpent",
    "GraphInputError",
    "Partner",
    "network_with_metrics",
    "open_view",
    "top_partners",
]

NODE_BYTES, PAIR_BYTES, EVIDENCE_BYTES = 250, 230, 8
METRICS_NODE_BYTES = 320


def network_bytes(found: Network) -> int:
    evidence = sum(len(where) for where in found.evidence)
    return NODE_BYTES * len(found.nodes) + PAIR_BYTES * len(found.pairs) + EVIDENCE_BYTES * evidence


def metrics_bytes(found: Metrics) -> int:
    return METRICS_NODE_BYTES * len(found)


def work(found: Network) -> int:
    """What measuring or writing out a network costs, in query-cost units."""
    return len(found.nodes) + len(found.pairs)


async def open_view(cache: GraphCache, *, staff: bool) -> View:
    return view_for(await cache.current(), staff=staff)


def _today(flt: NetworkFilter) -> Day | None:
    # A decay measured from today changes at midnight; from a fixed end date it never does.
    if flt.half_life is None or flt.end is not None:
        return None
    return dt.datetime.now(dt.UTC).date().toordinal()


async def network(
    cache: GraphCache, view: View, flt: NetworkFilter, budget: CostBudget | None = None
) -> Network:
    today = _today(flt)

    async def compute() -> Network:
        on = dt.date.fromordinal(today) if today else None
        return await asyncio.to_thread(build_network, view, flt, on)

    return await cache.derive(
        view.graph,
        "network",
        (*view.key, flt, today),
        compute,
        size=network_bytes,
        budget=budget,
        price=lambda: len(stakeholders_in(view, flt)),
    )


async def network_with_metrics(
    cache: GraphCache, view: View, flt: NetworkFilter, budget: CostBudget | None = None
) -> tuple[Network, Metrics]:
    """The network of a filter and its measures; BudgetSpent when `budget` cannot pay for
    computing them (GraphInputError for a bad filter)."""
    found = await network(cache, view, flt, budget)

    async def compute() -> Metrics:
        order = [view.graph.keys[n] for n in found.nodes]
        return await asyncio.to_thread(compute_metrics, found, order)

    key = (*view.key, flt, _today(flt))
    metrics = await cache.derive(
        view.graph,
        "metrics",
        key,
        compute,
        size=metrics_bytes,
        budget=budget,
        price=lambda: work(found),
    )
    return found, metrics


@dataclass(frozen=True, slots=True)
class Partner:
    node: int
    link: Link


def top_partners(view: View, s: int, flt: NetworkFilter, first: int) -> list[Partner]:
    """Stakeholder `s`'s strongest co-appearance partners among the filter's stakeholders."""
    allowed = set(stakeholders_in(view, flt))
    today = dt.datetime.now(dt.UTC).date().toordinal()
    g = view.graph
    where = appearances(view).where
    scored = []
    for other, shared in partners(view, s).items():
        kept = [where[k] for k in shared if flt.covers(g.days[where[k]])]
        if other in allowed and kept:
            weight = sum(flt.decay(g.days[n], today) for n in kept)
            scored.append((-weight, -len(kept), g.labels[other], g.keys[other], other, kept))
    scored.sort()
    result = []
    for negative_weight, _, _, _, other, kept in scored[:first]:
        result.append(Partner(other, coappearance_link(view, s, other, kept, -negative_weight)))
    return result
