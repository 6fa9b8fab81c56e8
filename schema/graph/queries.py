"""Graph queries: neighbourhoods, shortest paths, co-appearance partners and networks."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import strawberry
from graphql import GraphQLError
from starlette.websockets import WebSocket

from api.graph.audience import View
from api.graph.cache import graph_cache
from api.graph.explore import Scope, Walker, neighbourhood, shortest_paths
from api.graph.kinds import STORED_KINDS, EdgeKind, NodeType
from api.graph.network import NetworkFilter
from api.graph.service import (
    BudgetSpent,
    GraphInputError,
    network_with_metrics,
    open_view,
    top_partners,
)
from api.models import Stakeholder
from api.ratelimit import CostBudget
from schema.context import Info
from schema.errors import InputError
from schema.graph.inputs import (
    MAX_DEPTH,
    MAX_NEIGHBOURHOOD,
    MAX_PATH_LENGTH,
    MAX_PATHS,
    StakeholderNetworkFilter,
    in_range,
    network_filter,
)
from schema.graph.network import CoappearancePartner, StakeholderNetwork, partner_result
from schema.graph.types import (
    NODE_TYPES,
    GraphPath,
    Neighbourhood,
    ShortestPaths,
    graph_edges,
    graph_node,
    hop,
)
from schema.node import parse_global_id
from schema.pagination import MAX_PAGE_SIZE

KINDS = strawberry.argument(
    description="Only these kinds of edge (default: every stored kind, not COAPPEARANCE)."
)
TYPES = strawberry.argument(description="Only through nodes of these types (default: all).")
AS_OF = strawberry.argument(
    description="The graph as it stood on this date: memberships and relations in force, "
    "articles published and events started by then."
)


async def graph_view(info: Info) -> View:
    ctx = info.context
    return await open_view(graph_cache(ctx.settings), staff=ctx.viewer.is_staff)


def cost_budget(info: Info) -> CostBudget | None:
    """The caller's per-minute query-cost budget (api/ratelimit.py), which pays for networks
    computed anew."""
    budget: CostBudget | None = getattr(info.context.request.state, "cost_budget", None)
    return budget


def budget_spent(info: Info, spent: BudgetSpent) -> GraphQLError:
    response = info.context.response
    if response is not None and not isinstance(response, WebSocket):
        response.status_code = 429
        response.headers["retry-after"] = str(spent.retry_after)
    code = {"code": "RATE_LIMITED", "limit": "cost_per_minute"}
    return GraphQLError(str(spent), extensions=code)


def locate(view: View, value: strawberry.ID, argument: str) -> int | None:
    """The node of a global id, or None when the caller cannot see it."""
    model, key = parse_global_id(value, argument)
    kind = NODE_TYPES.get(model)
    if kind is None:
        raise InputError(
            f"`{argument}` must be the id of a stakeholder, person, region, article, event or "
            f"regulation, not of a {model.__name__}.",
            field=argument,
        )
    i = view.graph.node(kind, str(key))
    return None if i is None or i in view.hidden else i


def scope(
    kinds: list[EdgeKind] | None, types: list[NodeType] | None, as_of: dt.date | None
) -> Scope:
    return Scope(
        frozenset(kinds) if kinds is not None else STORED_KINDS,
        frozenset(types) if types is not None else frozenset(NodeType),
        as_of,
    )


async def stakeholder_network(view: View, info: Info, flt: NetworkFilter) -> StakeholderNetwork:
    cache = graph_cache(info.context.settings)
    try:
        network, metrics = await network_with_metrics(cache, view, flt, cost_budget(info))
    except GraphInputError as error:
        raise InputError(str(error), field=error.field) from None
    except BudgetSpent as spent:
        raise budget_spent(info, spent) from None
    return StakeholderNetwork(view=view, network=network, metrics=metrics)


@strawberry.type
class GraphQuery:
    @strawberry.field(
        description="The nodes within `depth` steps of a node and the edges among them; null "
        "if the node is not visible."
    )
    async def neighbourhood(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="A node's global id.")],
        depth: Annotated[int, strawberry.argument(description="Steps, 1 to 3.")] = 1,
        edge_kinds: Annotated[list[EdgeKind] | None, KINDS] = None,
        node_types: Annotated[list[NodeType] | None, TYPES] = None,
        as_of: Annotated[dt.date | None, AS_OF] = None,
        limit: Annotated[
            int, strawberry.argument(description="At most this many nodes (1 to 2000).")
        ] = 200,
    ) -> Neighbourhood | None:
        in_range(depth, 1, MAX_DEPTH, "depth")
        in_range(limit, 1, MAX_NEIGHBOURHOOD, "limit")
        view = await graph_view(info)
        centre = locate(view, id, "id")
        if centre is None:
            return None
        walker = Walker(view, scope(edge_kinds, node_types, as_of))
        found = neighbourhood(walker, centre, depth, limit)
        return Neighbourhood(
            centre=graph_node(view, centre, 0),
            nodes=[graph_node(view, i, distance) for i, distance in found.nodes],
            edges=graph_edges(view, found.links),
            truncated=found.truncated,
        )

    @strawberry.field(
        description="Shortest paths between two nodes, each hop with its edges and evidence; "
        "null if either node is not visible."
    )
    async def shortest_paths(
        self,
        info: Info,
        from_: Annotated[
            strawberry.ID, strawberry.argument(name="from", description="Start node's global id.")
        ],
        to: Annotated[strawberry.ID, strawberry.argument(description="End node's global id.")],
        edge_kinds: Annotated[list[EdgeKind] | None, KINDS] = None,
        node_types: Annotated[list[NodeType] | None, TYPES] = None,
        as_of: Annotated[dt.date | None, AS_OF] = None,
        max_length: Annotated[
            int, strawberry.argument(description="Longest path looked for, in hops (1 to 10).")
        ] = 6,
        limit: Annotated[
            int, strawberry.argument(description="At most this many paths (1 to 20).")
        ] = 1,
    ) -> ShortestPaths | None:
        in_range(max_length, 1, MAX_PATH_LENGTH, "maxLength")
        in_range(limit, 1, MAX_PATHS, "limit")
        view = await graph_view(info)
        source, target = locate(view, from_, "from"), locate(view, to, "to")
        if source is None or target is None:
            return None
        walker = Walker(view, scope(edge_kinds, node_types, as_of))
        found = shortest_paths(walker, source, target, max_length, limit)
        return ShortestPaths(
            length=len(found[0].hops) if found else None,
            paths=[
                GraphPath(
                    nodes=[graph_node(view, i) for i in path.nodes],
                    hops=[
                        hop(view, a, b, links)
                        for a, b, links in zip(path.nodes, path.nodes[1:], path.hops, strict=False)
                    ],
                )
                for path in found
            ],
        )

    @strawberry.field(
        description="A stakeholder's strongest co-appearance partners; null if not visible."
    )
    async def coappearance_partners(
        self,
        info: Info,
        id: Annotated[strawberry.ID, strawberry.argument(description="A stakeholder's id.")],
        filter: Annotated[
            StakeholderNetworkFilter | None,
            strawberry.argument(description="Which partners and appearances count."),
        ] = None,
        first: Annotated[
            int, strawberry.argument(description="At most this many (0 to 100).")
        ] = 10,
    ) -> list[CoappearancePartner] | None:
        in_range(first, 0, MAX_PAGE_SIZE, "first")
        flt = network_filter(filter, info.context.viewer)
        if parse_global_id(id)[0] is not Stakeholder:
            raise InputError("`id` must be the id of a stakeholder.", field="id")
        view = await graph_view(info)
        s = locate(view, id, "id")
        if s is None:
            return None
        try:
            found = top_partners(view, s, flt, first)
        except GraphInputError as error:
            raise InputError(str(error), field=error.field) from None
        return [partner_result(view, partner) for partner in found]

    @strawberry.field(
        description="The weighted co-appearance network of the stakeholders a filter selects, "
        "with degree, weighted degree, betweenness, PageRank and communities."
    )
    async def stakeholder_network(
        self,
        info: Info,
        filter: Annotated[
            StakeholderNetworkFilter | None,
            strawberry.argument(description="Which stakeholders and appearances."),
        ] = None,
    ) -> StakeholderNetwork:
        flt = network_filter(filter, info.context.viewer)
        return await stakeholder_network(await graph_view(info), info, flt)
