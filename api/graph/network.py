"""The co-appearance network of stakeholders: linked when they appear in the same article or
event, weighted by how often, optionally decayed by age (a half-life in days)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from api.graph.audience import Appearances, View, appearances
from api.graph.kinds import NodeType
from api.graph.snapshot import Day


class GraphInputError(ValueError):
    """A filter or argument the caller can correct; `field` names the argument."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class NetworkFilter:
    """Which stakeholders (region subtree, categories) and which appearances (a window of
    dates, inclusive) make the network; `half_life` in days decays older appearances."""

    region: str | None = None
    categories: frozenset[str] = frozenset()
    start: dt.date | None = None
    end: dt.date | None = None
    half_life: float | None = None

    def __post_init__(self) -> None:
        if self.start and self.end and self.start > self.end:
            raise GraphInputError(
                f"`from` ({self.start}) is after `to` ({self.end}).", field="from"
            )
        if self.half_life is not None and not self.half_life > 0:
            raise GraphInputError(
                f"`halfLife` must be a positive number of days, got {self.half_life}.",
                field="halfLife",
            )

    def covers(self, day: Day | None) -> bool:
        if self.start is None and self.end is None:
            return True
        if day is None:
            return False
        return (self.start is None or day >= self.start.toordinal()) and (
            self.end is None or day <= self.end.toordinal()
        )

    def decay(self, day: Day | None, today: Day) -> float:
        """An appearance's weight: 1, halved for every `half_life` days it is older than the
        end of the window (or today); undated and future appearances count 1."""
        if self.half_life is None or day is None:
            return 1.0
        reference = self.end.toordinal() if self.end else today
        return float(0.5 ** (max(0, reference - day) / self.half_life))


@dataclass(slots=True)
class Network:
    nodes: list[int]  # stakeholder nodes, in snapshot order
    position: dict[int, int]  # node → its position in `nodes`
    pairs: list[tuple[int, int]] = field(default_factory=list)  # positions, smaller first
    counts: list[int] = field(default_factory=list)
    weights: list[float] = field(default_factory=list)
    evidence: list[list[int]] = field(default_factory=list)  # article and event nodes
    strongest: list[int] = field(default_factory=list)  # pair indexes, by weight then count
    by_name: list[int] = field(default_factory=list)  # positions, by label then key


def stakeholders_in(view: View, flt: NetworkFilter) -> list[int]:
    g = view.graph
    region_prefix: tuple[str, str] | None = None
    if flt.region is not None:
        if flt.region not in g.codes.values():
            raise GraphInputError(f"Unknown region code {flt.region!r}.", field="region")
        region_prefix = (flt.region, f"{flt.region}.")
    chosen = []
    for i, kind in enumerate(g.types):
        if kind is not NodeType.STAKEHOLDER:
            continue
        if flt.categories and g.category[i] not in flt.categories:
            continue
        if region_prefix is not None:
            region = g.region_of.get(i)
            code = g.codes[region] if region is not None else ""
            if code != region_prefix[0] and not code.startswith(region_prefix[1]):
                continue
        chosen.append(i)
    return chosen


def build_network(view: View, flt: NetworkFilter, today: dt.date | None = None) -> Network:
    nodes = stakeholders_in(view, flt)
    position = {node: p for p, node in enumerate(nodes)}
    found: Appearances = appearances(view)
    shared: dict[tuple[int, int], list[int]] = {}
    for k, members in enumerate(found.members):
        if not flt.covers(found.days[k]):
            continue
        inside = sorted(position[s] for s in members if s in position)
        for x, a in enumerate(inside):
            for b in inside[x + 1 :]:
                shared.setdefault((a, b), []).append(k)
    reference = (today or dt.datetime.now(dt.UTC).date()).toordinal()
    network = Network(nodes, position)
    for pair in sorted(shared):
        ks = shared[pair]
        network.pairs.append(pair)
        network.counts.append(len(ks))
        network.weights.append(sum(flt.decay(found.days[k], reference) for k in ks))
        network.evidence.append([found.where[k] for k in ks])
    g = view.graph
    network.by_name = sorted(
        range(len(nodes)), key=lambda p: (g.labels[nodes[p]], g.keys[nodes[p]])
    )
    network.strongest = sorted(
        range(len(network.pairs)), key=lambda k: (-network.weights[k], -network.counts[k], k)
    )
    return network
