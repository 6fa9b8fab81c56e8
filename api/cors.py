"""Which browser origins may call the API: `Settings.allowed_origins`, for HTTP and WebSocket.

HTTP: Starlette's CORSMiddleware, with credentials (the admin app's session cookie) and the
headers the API reads. WebSocket: the app serves no WebSocket endpoint today (/graphql is an
HTTP-only route), but an upgrade from a browser origin that is not configured is refused before
routing, so a subscription endpoint added later inherits the same rule. Browsers always send
`Origin` on WebSocket upgrades; a request without one is not from a browser and passes.
"""

from __future__ import annotations

from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Receive, Scope, Send
from starlette.websockets import WebSocketClose

from api.settings import Settings

POLICY_VIOLATION = 1008


class WebSocketOriginMiddleware:
    def __init__(self, app: ASGIApp, origins: tuple[str, ...]) -> None:
        self.app = app
        self.origins = frozenset(origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            headers = dict(scope["headers"])
            origin = headers.get(b"origin")
            if origin is not None and origin.decode("latin-1") not in self.origins:
                await WebSocketClose(POLICY_VIOLATION, "Origin not allowed.")(scope, receive, send)
                return
        await self.app(scope, receive, send)


def origin_middleware(settings: Settings) -> list[Middleware]:
    origins = settings.allowed_origins
    return [
        Middleware(WebSocketOriginMiddleware, origins=origins),
        Middleware(
            CORSMiddleware,
            allow_origins=list(origins),
            allow_credentials=True,
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "X-CSRF-Token"],
            max_age=600,
        ),
    ]
