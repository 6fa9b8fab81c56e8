"""GET /exports/network.{graphml,gexf} and /exports/network-{nodes,edges}.csv.

The network of a filter, as files, for the same callers and with the same visibility as
`stakeholderNetwork` on /graphql: a partner key (Bearer) or a staff session cookie, else
anonymous. Query parameters: `region` (a code; its sub-regions included), `category`
(repeatable, or comma-separated), `from` and `to` (dates), `halfLife` (days), on the grid of
api/graph/policy.py unless the caller may use any. Each export costs EXPORT_COST units of the
caller's per-minute query-cost budget (api/ratelimit.py), and computing what is not cached
costs more (api/graph/service.py; writing a file: one unit per stakeholder and per link).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from strawberry.relay.utils import to_base64

from api.auth.keys import KeyRefused
from api.auth.requests import request_actor
from api.graph import export
from api.graph.audience import View
from api.graph.cache import graph_cache
from api.graph.metrics import Metrics
from api.graph.network import GraphInputError, Network, NetworkFilter
from api.graph.policy import check_filter
from api.graph.service import BudgetSpent, network_with_metrics, open_view, work
from api.models import StakeholderCategory
from api.ratelimit import CostBudget
from api.settings import Settings

EXPORT_COST = 1000
Writer = Callable[[View, Network, Metrics], bytes]


def _gid(key: str) -> str:
    return to_base64("Stakeholder", key)


def _graphml(view: View, network: Network, metrics: Metrics) -> bytes:
    return export.to_graphml(export.to_networkx(view, network, metrics, _gid))


def _gexf(view: View, network: Network, metrics: Metrics) -> bytes:
    return export.to_gexf(export.to_networkx(view, network, metrics, _gid))


def _nodes(view: View, network: Network, metrics: Metrics) -> bytes:
    return export.to_csv(export.NODE_COLUMNS, export.node_rows(view, network, metrics, _gid))


def _edges(view: View, network: Network, metrics: Metrics) -> bytes:
    return export.to_csv(export.EDGE_COLUMNS, export.edge_rows(view, network, _gid))


FORMATS: dict[str, tuple[Writer, str]] = {
    "network.graphml": (_graphml, "application/graphml+xml"),
    "network.gexf": (_gexf, "application/gexf+xml"),
    "network-nodes.csv": (_nodes, "text/csv; charset=utf-8"),
    "network-edges.csv": (_edges, "text/csv; charset=utf-8"),
}


def _error(status: int, message: str, code: str, field: str | None = None) -> Response:
    extensions = {"code": code, **({"field": field} if field else {})}
    headers = {"WWW-Authenticate": 'Bearer realm="simpul"'} if status == 401 else None
    body = {"errors": [{"message": message, "extensions": extensions}]}
    return JSONResponse(body, status_code=status, headers=headers)


def _spent(spent: BudgetSpent) -> Response:
    response = _error(429, str(spent), "RATE_LIMITED")
    response.headers["retry-after"] = str(spent.retry_after)
    return response


def _date(request: Request, name: str) -> dt.date | None:
    value = request.query_params.get(name)
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise GraphInputError(
            f"`{name}` must be a date like 2024-12-31, not {value!r}.", name
        ) from None


def parse_filter(request: Request) -> NetworkFilter:
    params = request.query_params
    categories = [c for raw in params.getlist("category") for c in raw.split(",") if c]
    known = {c.value for c in StakeholderCategory}
    for category in categories:
        if category.lower() not in known:
            raise GraphInputError(
                f"Unknown category {category!r}; known: {', '.join(sorted(known))}.", "category"
            )
    half_life = params.get("halfLife")
    try:
        days = float(half_life) if half_life is not None else None
    except ValueError:
        raise GraphInputError(
            f"`halfLife` must be a number of days, not {half_life!r}.", "halfLife"
        ) from None
    return NetworkFilter(
        region=params.get("region") or None,
        categories=frozenset(c.lower() for c in categories),
        start=_date(request, "from"),
        end=_date(request, "to"),
        half_life=days,
    )


def export_route(settings: Settings, name: str) -> Callable[[Request], Awaitable[Response]]:
    writer, media_type = FORMATS[name]

    async def endpoint(request: Request) -> Response:
        try:
            viewer = await request_actor(request, settings)
        except KeyRefused as refused:
            return _error(401, str(refused), "UNAUTHENTICATED")
        budget: CostBudget | None = getattr(request.state, "cost_budget", None)
        if budget is not None and (retry_after := await budget.charge(EXPORT_COST)) is not None:
            return _spent(BudgetSpent(budget.message(retry_after), retry_after))
        cache = graph_cache(settings)
        try:
            flt = check_filter(parse_filter(request), viewer)
            view = await open_view(cache, staff=viewer.is_staff)
            network, metrics = await network_with_metrics(cache, view, flt, budget)

            async def write() -> bytes:
                return await asyncio.to_thread(writer, view, network, metrics)

            # Kept like the metrics: the next export of this filter is a copy.
            key = (*view.key, flt, name)
            body = await cache.derive(
                view.graph,
                "export",
                key,
                write,
                size=len,
                budget=budget,
                price=lambda: work(network),
            )
        except GraphInputError as error:
            return _error(400, str(error), "BAD_USER_INPUT", error.field)
        except BudgetSpent as spent:
            return _spent(spent)
        disposition = f'attachment; filename="simpul-{name}"'
        return Response(body, media_type=media_type, headers={"Content-Disposition": disposition})

    return endpoint


def export_routes(settings: Settings) -> list[Route]:
    return [
        Route(f"/exports/{name}", export_route(settings, name), methods=["GET"]) for name in FORMATS
    ]
