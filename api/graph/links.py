"""What callers get for an edge: its ends, dates, role and the evidence behind it."""

from __future__ import annotations

from dataclasses import dataclass

from api.graph.audience import View, appearances
from api.graph.kinds import EdgeKind, EvidenceKind, NodeType
from api.graph.network import Network
from api.graph.snapshot import Day

E = EdgeKind
ARTICLE_EVIDENCE = frozenset({E.MENTION, E.QUOTE, E.COVERAGE})
EVENT_EVIDENCE = frozenset({E.ORGANISER, E.EVENT_PARTICIPATION, E.SPEAKER})


@dataclass(frozen=True, slots=True)
class Evidence:
    kind: EvidenceKind
    node_type: NodeType | None  # for articles and events; None for memberships and relations
    key: str  # the record's UUID
    title: str
    day: Day | None


@dataclass(frozen=True, slots=True)
class Link:
    kind: EdgeKind
    source: int
    target: int
    role: str
    since: Day | None
    until: Day | None
    record: str | None  # the membership or relation behind it
    evidence: tuple[Evidence, ...]
    count: int = 1  # co-appearances: shared articles and events
    weight: float = 1.0


def node_evidence(view: View, n: int) -> Evidence:
    g = view.graph
    kind = g.types[n]
    evidence = EvidenceKind.ARTICLE if kind is NodeType.ARTICLE else EvidenceKind.EVENT
    return Evidence(evidence, kind, g.keys[n], g.labels[n], g.days[n])


def stored_link(view: View, e: int) -> Link:
    g = view.graph
    kind = g.kinds[e]
    record = g.refs.get(e)
    evidence: tuple[Evidence, ...] = ()
    if kind is E.MEMBERSHIP or kind is E.RELATION:
        own = EvidenceKind.MEMBERSHIP if kind is E.MEMBERSHIP else EvidenceKind.RELATION
        evidence = (Evidence(own, None, record or "", g.roles[e], g.since[e]),)
        documents = g.relation_evidence.get(e, ())
        evidence += tuple(node_evidence(view, n) for n in documents if n not in view.hidden)
    elif kind in ARTICLE_EVIDENCE:
        evidence = (node_evidence(view, g.sources[e]),)
    elif kind in EVENT_EVIDENCE:
        evidence = (node_evidence(view, g.targets[e]),)
    return Link(
        kind, g.sources[e], g.targets[e], g.roles[e], g.since[e], g.until[e], record, evidence
    )


def coappearance_link(view: View, a: int, b: int, where: list[int], weight: float) -> Link:
    """`where`: the article and event nodes both appear in."""
    days = view.graph.days
    where = sorted(where, key=lambda n: (days[n] or 0, view.graph.keys[n]))
    evidence = tuple(node_evidence(view, n) for n in where)
    source, target = sorted((a, b), key=view.graph.keys.__getitem__)
    first, last = days[where[0]], days[where[-1]]
    return Link(E.COAPPEARANCE, source, target, "", first, last, None, evidence, len(where), weight)


def network_link(view: View, network: Network, k: int) -> Link:
    a, b = network.pairs[k]
    return coappearance_link(
        view, network.nodes[a], network.nodes[b], network.evidence[k], network.weights[k]
    )


def partners(view: View, s: int, as_of: Day | None = None) -> dict[int, list[int]]:
    """Stakeholder `s`'s co-appearance partners → the appearances they shared (up to a day)."""
    found = appearances(view)
    shared: dict[int, list[int]] = {}
    for k in found.of.get(s, ()):
        day = found.days[k]
        if as_of is not None and (day is None or day > as_of):
            continue
        for other in found.members[k]:
            if other != s:
                shared.setdefault(other, []).append(k)
    return shared
