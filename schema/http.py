"""The /graphql endpoint: Strawberry's ASGI app with Simpul's context.

Who is calling: see api/auth/requests.py (a bad partner key is a 401). A request that is not
GraphQL (malformed JSON, not UTF-8, nested too deep, an unsupported content type) is refused
before anything runs with a 4xx and a GraphQL-style JSON error, code BAD_REQUEST.
"""

from __future__ import annotations

import json
from typing import Any, cast

from cross_web import AsyncHTTPRequestAdapter, HTTPException
from starlette.requests import ClientDisconnect, HTTPConnection, Request
from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.http import GraphQLRequestData
from strawberry.types.unset import UNSET

from api.auth.keys import KeyRefused
from api.auth.requests import request_actor
from api.auth.sessions import SESSION_COOKIE
from api.headers import graphiql_policy
from api.models import ApiKey, Session
from api.services.actor import Actor
from api.services.usage import UsageRecorder
from api.settings import Settings
from api.text import lone_surrogate
from schema import caching, persisted, usage
from schema.context import Context

# Set to "expired" when the request's session cookie names no live session.
SESSION_HEADER = "X-Simpul-Session"
# Request JSON (a body, or GET's `variables` and `extensions`) nested deeper is refused.
MAX_JSON_DEPTH = 100
HTTP_ERROR_CODES = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED", 415: "UNSUPPORTED_MEDIA_TYPE"}


class SimpulGraphQL(GraphQL[Context, None]):
    def __init__(self, schema: Any, settings: Settings) -> None:
        super().__init__(
            schema,
            graphql_ide="graphiql" if settings.serves_graphiql else None,
            allow_queries_via_get=True,
        )
        self.settings = settings
        self.usage = UsageRecorder()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            try:
                await super().__call__(scope, receive, send)
            except KeyRefused as refused:
                await WebSocket(scope, receive, send).close(code=1008, reason=str(refused))
            return
        # Strawberry's own loop, with its refusals (HTTPException) in the GraphQL error format.
        try:
            response = await self.run(Request(scope, receive))
        except KeyRefused as refused:  # raised by get_context, before anything was sent
            response = unauthorized(str(refused))
        except HTTPException as refused:
            response = http_error(refused.status_code, refused.reason)
        except ClientDisconnect:
            # The client went away before its body arrived: nobody to answer, nothing to log
            # (a traceback per abandoned request would let anyone fill the log).
            return
        await cast(Response, response)(scope, receive, send)  # HTTP in, HTTP out

    def parse_json(self, data: str | bytes) -> Any:
        parsed = decode_json(data, "The request body", "Unable to parse request body as JSON")
        # Batches are not enabled, so anything but a JSON object is a malformed request.
        if not isinstance(parsed, dict):
            raise HTTPException(400, "The request body must be a JSON object with a `query`.")
        return parsed

    def parse_query_params(self, params: Any) -> dict[str, Any]:
        parsed = dict(params)
        for name in ("variables", "extensions"):
            if parsed.get(name):
                what = f"The `{name}` parameter"
                parsed[name] = decode_json(parsed[name], what, f"{what} is not valid JSON.")
        return parsed

    async def run(  # type: ignore[override]  # HTTP and WebSocket in one signature
        self, request: Request | WebSocket, context: Any = UNSET, root_value: Any = UNSET
    ) -> Response | WebSocket:
        response = await super().run(request, context, root_value)
        if isinstance(request, Request) and isinstance(response, Response):
            response = caching.finish(request, response, self.settings.cache_max_age)
            if _holds_dead_session(request):
                _signal_expired_session(request, response)
        return response

    async def render_graphql_ide(self, request: Request) -> Response:
        response = await super().render_graphql_ide(request)
        response.headers["content-security-policy"] = graphiql_policy(self.graphql_ide_html)
        return response

    def should_render_graphql_ide(self, request: Any) -> bool:
        # A persisted query by GET has no `query` parameter, but is not asking for GraphiQL.
        if request.query_params.get("extensions") is not None:
            return False
        return super().should_render_graphql_ide(request)

    async def execute_operation(  # type: ignore[override]  # no batches: one request_data
        self,
        request: Request,
        request_adapter: AsyncHTTPRequestAdapter,
        request_data: GraphQLRequestData,
        context: Context,
        root_value: None,
        sub_response: Response,
    ) -> Any:
        """Persisted queries and allow-lists first; caching and usage notes after."""
        if request_data.protocol != "http":
            return await super().execute_operation(
                request, request_adapter, request_data, context, root_value, sub_response
            )
        key: ApiKey | None = getattr(request.state, "simpul_api_key", None)
        document = None
        graphql_schema = self.schema._schema  # type: ignore[attr-defined]  # graphql-core's
        try:
            request_data, document = await persisted.prepare(
                request_data,
                graphql_schema,
                request_adapter.method,
                key,
                viewer=context.viewer,
                settings=self.settings,
            )
            result = await super().execute_operation(
                request, request_adapter, request_data, context, root_value, sub_response
            )
        except persisted.Refused as refused:
            sub_response.status_code = refused.status
            result = refused.result()
        except HTTPException:
            usage.note(self.usage, key, document, request_data, None)
            raise
        caching.note(request, request_adapter.method, context.viewer, result)
        usage.note(self.usage, key, document, request_data, result)
        return result

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        viewer = await self._viewer(request)
        return Context(request=request, response=response, settings=self.settings, viewer=viewer)

    async def _viewer(self, request: HTTPConnection) -> Actor:
        return await request_actor(request, self.settings)


def decode_json(data: str | bytes, what: str, malformed: str) -> Any:
    """JSON from a request, or a 400: UTF-8 only (RFC 8259), and nested at most MAX_JSON_DEPTH
    deep, so that nothing after this (variable coercion, hashing, logging) recurses too far.
    No text may hold a lone surrogate (JSON can spell "\\ud800"): UTF-8 cannot encode it, so
    hashing, the database and the response would each fail on it."""
    try:
        text = data.decode("utf-8") if isinstance(data, bytes) else data
    except UnicodeDecodeError:
        raise HTTPException(400, f"{what} is not valid UTF-8.") from None
    too_deep = HTTPException(400, f"{what} is nested more than {MAX_JSON_DEPTH} levels deep.")
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        raise HTTPException(400, malformed) from None
    except RecursionError:
        raise too_deep from None
    if _nesting(value) > MAX_JSON_DEPTH:
        raise too_deep
    if (found := lone_surrogate(value)) is not None:
        where, character = found
        at = f" in `{where}`" if where else ""
        raise HTTPException(
            400, f"{what} holds a lone surrogate ({character}){at}: text must be valid Unicode."
        )
    return value


def _nesting(value: Any) -> int:
    """How many arrays and objects deep `value` goes, level by level (no recursion)."""
    depth, level = 0, [value]
    while level := [item for item in level if isinstance(item, dict | list)]:
        depth += 1
        level = [c for item in level for c in (item.values() if isinstance(item, dict) else item)]
    return depth


def http_error(status: int, message: str) -> Response:
    code = HTTP_ERROR_CODES.get(status, "BAD_REQUEST")
    return JSONResponse(
        {"errors": [{"message": message, "extensions": {"code": code}}]}, status_code=status
    )


def unauthorized(message: str) -> Response:
    return JSONResponse(
        {"errors": [{"message": message, "extensions": {"code": "UNAUTHENTICATED"}}]},
        status_code=401,
        headers={"WWW-Authenticate": 'Bearer realm="simpul", error="invalid_token"'},
    )


def _holds_dead_session(request: Request) -> bool:
    """A session cookie naming no live session (unknown, expired or revoked); a partner key's
    request ignores cookies."""
    return (
        bool(request.cookies.get(SESSION_COOKIE))
        and not request.headers.get("authorization", "").strip()
        and current_session(request) is None
    )


def _signal_expired_session(request: Request, response: Response) -> None:
    """Tell the admin app to send the user to log in (`X-Simpul-Session: expired`) and clear
    the cookie; unless this very request set a new one (a login)."""
    cookies = response.headers.getlist("set-cookie")
    if any(cookie.startswith(f"{SESSION_COOKIE}=") for cookie in cookies):
        return
    response.headers[SESSION_HEADER] = "expired"
    response.headers.append("set-cookie", session_cookie(request, "", 0))
    # A response clearing a cookie must not be stored by a shared cache.
    response.headers["cache-control"] = caching.NO_STORE


def current_session(request: HTTPConnection) -> Session | None:
    """The live session of this request's cookie (looked up once, by get_context)."""
    session: Session | None = getattr(request.state, "simpul_session", None)
    return session


def is_https(request: HTTPConnection) -> bool:
    forwarded = request.headers.get("x-forwarded-proto", "").split(",")[0].strip().lower()
    return request.url.scheme in ("https", "wss") or forwarded == "https"


def session_cookie(request: HTTPConnection, token: str, max_age: int) -> str:
    # Built by hand to spell `SameSite=Lax` as documented (Starlette's set_cookie writes `lax`).
    attributes = [
        f"{SESSION_COOKIE}={token}",
        f"Max-Age={max_age}",
        "Path=/",
        "HttpOnly",
        "SameSite=Lax",
    ]
    if is_https(request):
        attributes.append("Secure")
    return "; ".join(attributes)


def set_session_cookie(context: Context, token: str, max_age: int) -> None:
    if isinstance(context.response, Response):
        context.response.headers.append(
            "set-cookie", session_cookie(context.request, token, max_age)
        )


def clear_session_cookie(context: Context) -> None:
    set_session_cookie(context, "", 0)


def create_graphql_app(settings: Settings) -> SimpulGraphQL:
    from schema import schema

    return SimpulGraphQL(schema, settings)
