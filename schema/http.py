"""The /graphql endpoint: Strawberry's ASGI app with Simpul's context."""

from __future__ import annotations

import hmac
from dataclasses import replace
from typing import Any

from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from api.auth.sessions import CSRF_HEADER, SESSION_COOKIE, actor_for, session_for
from api.services.actor import NOBODY
from api.settings import Settings
from schema.context import Context


class SimpulGraphQL(GraphQL[Context, None]):
    def __init__(self, schema: Any, settings: Settings) -> None:
        super().__init__(
            schema,
            graphql_ide="graphiql" if settings.is_development else None,
            allow_queries_via_get=True,
        )
        self.settings = settings

    def parse_json(self, data: str | bytes) -> Any:
        parsed = super().parse_json(data)
        # Batches are not enabled, so anything but a JSON object is a malformed request.
        if not isinstance(parsed, dict):
            raise HTTPException(400, "The request body must be a JSON object with a `query`.")
        return parsed

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        ip_address = request.client.host if request.client else ""
        viewer = NOBODY
        token = request.cookies.get(SESSION_COOKIE)
        if token:
            session = await session_for(token)
            if session is not None:
                viewer = actor_for(session, ip_address)
                csrf_ok = hmac.compare_digest(
                    request.headers.get(CSRF_HEADER, ""), session.csrf_token
                )
                # Reads are safe without the header; writes need it (checked by the services).
                viewer = replace(viewer, csrf_ok=csrf_ok)
        return Context(request=request, response=response, settings=self.settings, viewer=viewer)


def create_graphql_app(settings: Settings) -> SimpulGraphQL:
    from schema import schema

    return SimpulGraphQL(schema, settings)
