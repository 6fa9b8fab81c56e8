"""The graph as callers ask for it: a view for who is asking, then searches and networks.

Heavy results (a network and its metrics) are derived once per snapshot, audience and filter
(cache.py) and computed in a worker thread, so the event loop is not held by the Python parts.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass

from api.graph.audience import View, appearances, view_for
from api.graph.cache import GraphCache
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

__all__ = ["GraphInputError", "Partner", "network_with_metrics", "open_view", "top_partners"]


async def open_view(cache: GraphCache, *, staff: bool) -> View:
    return view_for(await cache.current(), staff=staff)


def _today(flt: NetworkFilter) -> Day | None:
    # A decay measured from today changes at midnight; from a fixed end date it never does.
    if flt.half_life is None or flt.end is not None:
        return None
    return dt.datetime.now(dt.UTC).date().toordinal()


async def network(cache: GraphCache, view: View, flt: NetworkFilter) -> Network:
    today = _today(flt)

    async def compute() -> Network:
        on = dt.date.fromordinal(today) if today else None
        return await asyncio.to_thread(build_network, view, flt, on)

    return await cache.derive(view.graph, "network", (*view.key, flt, today), compute)


async def network_with_metrics(
    cache: GraphCache, view: View, flt: NetworkFilter
) -> tuple[Network, Metrics]:
    found = await network(cache, view, flt)

    async def compute() -> Metrics:
        order = [view.graph.keys[n] for n in found.nodes]
        return await asyncio.to_thread(compute_metrics, found, order)

    key = (*view.key, flt, _today(flt))
    return found, await cache.derive(view.graph, "metrics", key, compute)


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
