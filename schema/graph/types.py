"""Graph results: nodes, edges with evidence, neighbourhoods and paths."""

from __future__ import annotations

import datetime as dt
from uuid import UUID

import strawberry
from strawberry import relay
from strawberry.relay.utils import to_base64
from tortoise.models import Model

from api import models
from api.graph.audience import View
from api.graph.kinds import EdgeKind, EvidenceKind, NodeType
from api.graph.links import Evidence, Link
from api.graph.snapshot import date_of
from schema.context import Info

strawberry.enum(NodeType, name="GraphNodeType", description="Kind of graph node.")
strawberry.enum(
    EdgeKind,
    name="GraphEdgeKind",
    description=(
        "Kind of graph edge, with its direction: MEMBERSHIP person → stakeholder, RELATION "
        "stakeholder → stakeholder, MENTION and QUOTE article → what it names, ORGANISER and "
        "EVENT_PARTICIPATION stakeholder → event, SPEAKER person → event, COVERAGE article → "
        "event, LOCATED_IN record → region (and region → parent region), COAPPEARANCE "
        "stakeholder — stakeholder (derived: the same article or event)."
    ),
)
strawberry.enum(EvidenceKind, name="GraphEvidenceKind", description="Kind of evidence record.")

MODELS: dict[NodeType, type[Model]] = {
    NodeType.STAKEHOLDER: models.Stakeholder,
    NodeType.PERSON: models.Person,
    NodeType.REGION: models.Region,
    NodeType.ARTICLE: models.Article,
    NodeType.EVENT: models.Event,
    NodeType.REGULATION: models.Regulation,
}
NODE_TYPES = {model: kind for kind, model in MODELS.items()}
EVIDENCE_MODELS: dict[EvidenceKind, type[Model]] = {
    EvidenceKind.ARTICLE: models.Article,
    EvidenceKind.EVENT: models.Event,
    EvidenceKind.MEMBERSHIP: models.Membership,
    EvidenceKind.RELATION: models.Relation,
}


def global_id(model: type[Model], key: str) -> strawberry.ID:
    return strawberry.ID(to_base64(model.__name__, key))


@strawberry.type(description="A node of the graph: a stakeholder, person, region, article, ...")
class GraphNode:
    view: strawberry.Private[View]
    index: strawberry.Private[int]
    distance: int | None = strawberry.field(
        default=None, description="Steps from the centre of a neighbourhood; null elsewhere."
    )

    @strawberry.field(description="The record's global id, as used by `node(id:)`.")
    def id(self) -> strawberry.ID:
        g = self.view.graph
        return global_id(MODELS[g.types[self.index]], g.keys[self.index])

    @strawberry.field(description="Kind of record.")
    def type(self) -> NodeType:
        return self.view.graph.types[self.index]

    @strawberry.field(description="Name or title.")
    def label(self) -> str:
        return self.view.graph.labels[self.index]

    @strawberry.field(description="The record itself, with all its fields.")
    async def node(self, info: Info) -> relay.Node | None:
        g = self.view.graph
        model = MODELS[g.types[self.index]]
        return await info.context.loaders.get(model, UUID(g.keys[self.index]))  # type: ignore[no-any-return]


@strawberry.type(description="A record showing that an edge exists: an article, event, ...")
class GraphEvidence:
    evidence: strawberry.Private[Evidence]

    @strawberry.field(description="Kind of record.")
    def kind(self) -> EvidenceKind:
        return self.evidence.kind

    @strawberry.field(description="The record's global id.")
    def id(self) -> strawberry.ID:
        return global_id(EVIDENCE_MODELS[self.evidence.kind], self.evidence.key)

    @strawberry.field(description="Article or event title; a member's role; a relation's kind.")
    def title(self) -> str:
        return self.evidence.title

    @strawberry.field(
        description="When: publication, start of the event, of the membership or relation."
    )
    def date(self) -> dt.date | None:
        return date_of(self.evidence.day)

    @strawberry.field(description="The record itself, with all its fields.")
    async def node(self, info: Info) -> relay.Node | None:
        model = EVIDENCE_MODELS[self.evidence.kind]
        return await info.context.loaders.get(model, UUID(self.evidence.key))  # type: ignore[no-any-return]


@strawberry.type(description="An edge between two graph nodes, with the evidence behind it.")
class GraphEdge:
    view: strawberry.Private[View]
    link: strawberry.Private[Link]

    @strawberry.field(description="Kind of edge; the kind says which end is the source.")
    def kind(self) -> EdgeKind:
        return self.link.kind

    @strawberry.field(description="Global id of the source node.")
    def source(self) -> strawberry.ID:
        return _node_id(self.view, self.link.source)

    @strawberry.field(description="Global id of the target node.")
    def target(self) -> strawberry.ID:
        return _node_id(self.view, self.link.target)

    @strawberry.field(
        description="A member's role, a relation's kind, a participation's role, a speaker's mode."
    )
    def role(self) -> str | None:
        return self.link.role or None

    @strawberry.field(description="From when it holds (co-appearances: the first one).")
    def since(self) -> dt.date | None:
        return date_of(self.link.since)

    @strawberry.field(description="Until when it holds (co-appearances: the last one).")
    def until(self) -> dt.date | None:
        return date_of(self.link.until)

    @strawberry.field(description="Shared articles and events (co-appearances); 1 otherwise.")
    def count(self) -> int:
        return self.link.count

    @strawberry.field(
        description="Co-appearance weight (count, decayed by age when a half-life is given)."
    )
    def weight(self) -> float:
        return self.link.weight

    @strawberry.field(description="The articles, events, memberships and relations behind it.")
    def evidence(self) -> list[GraphEvidence]:
        return [GraphEvidence(evidence=e) for e in self.link.evidence]


def _node_id(view: View, i: int) -> strawberry.ID:
    g = view.graph
    return global_id(MODELS[g.types[i]], g.keys[i])


def graph_node(view: View, i: int, distance: int | None = None) -> GraphNode:
    return GraphNode(view=view, index=i, distance=distance)


def graph_edges(view: View, links: list[Link]) -> list[GraphEdge]:
    return [GraphEdge(view=view, link=link) for link in links]


@strawberry.type(description="The nodes near one node, and the edges among them.")
class Neighbourhood:
    centre: GraphNode = strawberry.field(description="The node asked about.")
    nodes: list[GraphNode] = strawberry.field(
        description="Nodes within the depth, the centre first, then by distance and label."
    )
    edges: list[GraphEdge] = strawberry.field(
        description="Edges from every expanded node (all but the farthest) to included nodes."
    )
    truncated: bool = strawberry.field(
        description="True when more nodes were within reach than `limit` allowed."
    )


@strawberry.type(description="One step of a path: every edge in scope between two nodes.")
class GraphHop:
    source: strawberry.ID = strawberry.field(description="Global id of the node it leaves.")
    target: strawberry.ID = strawberry.field(description="Global id of the node it reaches.")
    edges: list[GraphEdge] = strawberry.field(description="The edges, with their evidence.")


@strawberry.type(description="A path between two nodes.")
class GraphPath:
    nodes: list[GraphNode] = strawberry.field(description="The nodes, from start to end.")
    hops: list[GraphHop] = strawberry.field(description="The steps between consecutive nodes.")


@strawberry.type(description="Shortest paths between two nodes.")
class ShortestPaths:
    length: int | None = strawberry.field(description="Hops in a shortest path; null if none.")
    paths: list[GraphPath] = strawberry.field(description="Shortest paths, up to `limit`.")


def hop(view: View, a: int, b: int, links: list[Link]) -> GraphHop:
    edges = graph_edges(view, links)
    return GraphHop(source=_node_id(view, a), target=_node_id(view, b), edges=edges)
