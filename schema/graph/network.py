"""The weighted stakeholder network of a filter, its metrics and communities."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Annotated, TypeVar

import strawberry

from api.graph.audience import View
from api.graph.links import network_link
from api.graph.metrics import Metrics
from api.graph.network import Network
from api.graph.service import Partner
from api.models import Stakeholder as StakeholderModel
from schema.context import Info
from schema.enums import StakeholderCategory, StakeholderStatus
from schema.graph.inputs import NetworkNodeFilter, NetworkNodeOrder, NetworkNodeOrderField
from schema.graph.types import GraphEdge, GraphEvidence, GraphNode, global_id, graph_node
from schema.inputs import OrderDirection
from schema.lists import AFTER, BEFORE, FIRST, LAST
from schema.pagination import Connection, PageWindow

# A network lives in memory: the explorer draws thousands of nodes, so its pages may be large
# (schema/limits/cost.py counts them at their size).
NETWORK_PAGE_MAX = 5000
NETWORK_FIRST = strawberry.argument(
    description=f"Return the first N items (at most {NETWORK_PAGE_MAX}; default 20)."
)
NETWORK_LAST = strawberry.argument(
    description=f"Return the last N items (at most {NETWORK_PAGE_MAX})."
)

if TYPE_CHECKING:
    from schema.stakeholders.types import Stakeholder

StakeholderRef = Annotated["Stakeholder", strawberry.lazy("schema.stakeholders.types")]


@strawberry.type(description="A stakeholder in a network, with its metrics.")
class NetworkNode:
    view: strawberry.Private[View]
    network: strawberry.Private[Network]
    metrics: strawberry.Private[Metrics]
    position: strawberry.Private[int]

    @property
    def index(self) -> int:
        return self.network.nodes[self.position]

    @strawberry.field(description="The stakeholder's global id.")
    def id(self) -> strawberry.ID:
        return global_id(StakeholderModel, self.view.graph.keys[self.index])

    @strawberry.field(description="The stakeholder's name.")
    def name(self) -> str:
        return self.view.graph.labels[self.index]

    @strawberry.field(description="Kind of stakeholder.")
    def category(self) -> StakeholderCategory:
        return StakeholderCategory(self.view.graph.category[self.index])

    @strawberry.field(description="Active, dormant or dissolved.")
    def status(self) -> StakeholderStatus:
        return StakeholderStatus(self.view.graph.status[self.index])

    @strawberry.field(description="Code of the region it is registered in.")
    def region_code(self) -> str | None:
        g = self.view.graph
        region = g.region_of.get(self.index)
        return g.codes[region] if region is not None else None

    @strawberry.field(description="Number of stakeholders it co-appears with.")
    def degree(self) -> int:
        return self.metrics.degree[self.position]

    @strawberry.field(description="Sum of the weights of its links.")
    def weighted_degree(self) -> float:
        return self.metrics.weighted_degree[self.position]

    @strawberry.field(description="Shortest paths (by hops) between others that pass through it.")
    def betweenness(self) -> float:
        return self.metrics.betweenness[self.position]

    @strawberry.field(description="PageRank over the weighted links (all nodes sum to 1).")
    def page_rank(self) -> float:
        return self.metrics.page_rank[self.position]

    @strawberry.field(description="Its community (Leiden, modularity), numbered from 1 by size.")
    def community(self) -> int:
        return self.metrics.community[self.position]

    @strawberry.field(description="The stakeholder record.")
    async def stakeholder(self, info: Info) -> StakeholderRef | None:
        node = graph_node(self.view, self.index)
        found: StakeholderRef | None = await node.node(info)
        return found


@strawberry.type(description="A community of the network and its members.")
class NetworkCommunity:
    number: int = strawberry.field(description="Its number: 1 is the largest.")
    size: int = strawberry.field(description="How many stakeholders it has.")
    members: list[NetworkNode] = strawberry.field(
        description="Its members with the highest PageRank first (at most 20)."
    )


@strawberry.type(description="A stakeholder's co-appearance partner.")
class CoappearancePartner:
    partner: GraphNode = strawberry.field(description="The other stakeholder.")
    count: int = strawberry.field(description="Articles and events they share.")
    weight: float = strawberry.field(description="The count, decayed by age if asked.")
    evidence: list[GraphEvidence] = strawberry.field(description="The shared articles and events.")


def partner_result(view: View, found: Partner) -> CoappearancePartner:
    link = found.link
    return CoappearancePartner(
        partner=graph_node(view, found.node),
        count=link.count,
        weight=link.weight,
        evidence=[GraphEvidence(evidence=e) for e in link.evidence],
    )


def _column(order: NetworkNodeOrder, m: Metrics) -> Sequence[float] | None:
    """The metric to sort by; None for the name (the order positions already have)."""
    columns: dict[NetworkNodeOrderField, Sequence[float] | None] = {
        NetworkNodeOrderField.NAME: None,
        NetworkNodeOrderField.DEGREE: m.degree,
        NetworkNodeOrderField.WEIGHTED_DEGREE: m.weighted_degree,
        NetworkNodeOrderField.BETWEENNESS: m.betweenness,
        NetworkNodeOrderField.PAGE_RANK: m.page_rank,
        NetworkNodeOrderField.COMMUNITY: m.community,
    }
    return columns[order.field]


def _matches(where: NetworkNodeFilter, m: Metrics, p: int, name: str) -> bool:
    minimums = (
        (where.min_degree, m.degree[p]),
        (where.min_weighted_degree, m.weighted_degree[p]),
        (where.min_betweenness, m.betweenness[p]),
        (where.min_page_rank, m.page_rank[p]),
    )
    if any(low is not None and value < low for low, value in minimums):
        return False
    if where.community is not None and m.community[p] not in where.community:
        return False
    return not where.search or where.search.strip().casefold() in name.casefold()


# Strawberry's Connection is typed for relay Nodes but pages any object type.
T = TypeVar("T")


def _page(total: int, window: PageWindow, item: Callable[[int], T]) -> Connection[T]:  # type: ignore[type-var]  # see T
    """A page of a list held in memory, building only the items shown."""
    window = window.resolve(total)
    end = min(total, window.start + window.size)
    rows = [item(k) for k in range(window.start, end)]

    async def count() -> int:
        return total

    page: Connection[T] = Connection.build(rows, window, end < total, count)  # type: ignore[type-var]  # see T
    return page


@strawberry.type(description="Stakeholders linked by co-appearance, with metrics and communities.")
class StakeholderNetwork:
    view: strawberry.Private[View]
    network: strawberry.Private[Network]
    metrics: strawberry.Private[Metrics]

    @strawberry.field(description="Stakeholders in the network (linked or not).")
    def node_count(self) -> int:
        return len(self.network.nodes)

    @strawberry.field(description="Pairs of stakeholders that co-appear.")
    def edge_count(self) -> int:
        return len(self.network.pairs)

    @strawberry.field(description="Communities found (a stakeholder without links is one).")
    def community_count(self) -> int:
        return len(self.metrics.communities)

    def _node(self, position: int) -> NetworkNode:
        return NetworkNode(
            view=self.view, network=self.network, metrics=self.metrics, position=position
        )

    @strawberry.field(description="The stakeholders with their metrics, sortable and filterable.")
    def nodes(
        self,
        order_by: NetworkNodeOrder | None = None,
        filter: NetworkNodeFilter | None = None,
        first: Annotated[int | None, NETWORK_FIRST] = None,
        after: Annotated[str | None, AFTER] = None,
        last: Annotated[int | None, NETWORK_LAST] = None,
        before: Annotated[str | None, BEFORE] = None,
    ) -> Connection[NetworkNode]:  # type: ignore[type-var]  # see T
        window = PageWindow.from_args(first, after, last, before, max_size=NETWORK_PAGE_MAX)
        order = order_by or NetworkNodeOrder()
        g, network = self.view.graph, self.network
        positions = list(network.by_name)
        if filter is not None:
            labels = [g.labels[i] for i in network.nodes]
            positions = [p for p in positions if _matches(filter, self.metrics, p, labels[p])]
        descending = order.direction is OrderDirection.DESC
        column = _column(order, self.metrics)
        if column is not None:
            # Stable: equal values keep the name order, in either direction.
            positions.sort(key=column.__getitem__, reverse=descending)
        elif descending:
            positions.reverse()
        return _page(len(positions), window, lambda k: self._node(positions[k]))

    @strawberry.field(description="The links, strongest first (by weight, then count).")
    def edges(
        self,
        first: Annotated[int | None, NETWORK_FIRST] = None,
        after: Annotated[str | None, AFTER] = None,
        last: Annotated[int | None, NETWORK_LAST] = None,
        before: Annotated[str | None, BEFORE] = None,
    ) -> Connection[GraphEdge]:  # type: ignore[type-var]  # see T
        window = PageWindow.from_args(first, after, last, before, max_size=NETWORK_PAGE_MAX)
        strongest = self.network.strongest

        def edge(k: int) -> GraphEdge:
            return GraphEdge(
                view=self.view, link=network_link(self.view, self.network, strongest[k])
            )

        return _page(len(strongest), window, edge)

    @strawberry.field(description="The communities, largest first.")
    def communities(
        self,
        first: Annotated[int | None, FIRST] = None,
        after: Annotated[str | None, AFTER] = None,
        last: Annotated[int | None, LAST] = None,
        before: Annotated[str | None, BEFORE] = None,
    ) -> Connection[NetworkCommunity]:  # type: ignore[type-var]  # see T
        window = PageWindow.from_args(first, after, last, before)
        rank = self.metrics.page_rank

        def community(k: int) -> NetworkCommunity:
            members = self.metrics.communities[k]
            top = sorted(members, key=lambda p: -rank[p])[:20]
            return NetworkCommunity(
                number=k + 1, size=len(members), members=[self._node(p) for p in top]
            )

        return _page(len(self.metrics.communities), window, community)
