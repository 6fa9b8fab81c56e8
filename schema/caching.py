"""HTTP caching of /graphql responses.

A GET whose caller is anonymous or a partner key and whose result has no errors is public: the
same for everyone who may call it (partner keys read what the public reads). It gets
`Cache-Control: public, max-age=<cache_max_age>` and a strong ETag of the body, and a matching
`If-None-Match` is answered 304 with no body. Everything else (POSTs, staff sessions, errors)
is `no-store`.
"""

from __future__ import annotations

import hashlib

from starlette.requests import Request
from starlette.responses import Response
from strawberry.types import ExecutionResult

from api.services.actor import Actor

NO_STORE = "no-store"
# Who is asking changes who may see the answer: a shared cache must keep them apart.
VARY = "Authorization, Cookie"
_STATE = "simpul_public"


def note(request: Request, method: str, viewer: Actor, result: object) -> None:
    """Remember whether this request's answer may be cached publicly."""
    public = (
        method == "GET"
        and viewer.user_id is None
        and isinstance(result, ExecutionResult)
        and not result.errors
    )
    setattr(request.state, _STATE, public)


def etag(body: bytes) -> str:
    return f'"{hashlib.sha256(body).hexdigest()[:32]}"'


def _matches(if_none_match: str, tag: str) -> bool:
    # If-None-Match uses the weak comparison: W/"x" matches "x".
    candidates = [c.strip().removeprefix("W/") for c in if_none_match.split(",")]
    return "*" in candidates or tag in candidates


def finish(request: Request, response: Response, max_age: int) -> Response:
    """Add the caching headers; a 304 in place of a body the client already has."""
    if response.media_type != "application/json":
        return response  # GraphiQL's page
    if not getattr(request.state, _STATE, False) or response.status_code != 200:
        response.headers["cache-control"] = NO_STORE
        return response
    tag = etag(bytes(response.body))
    headers = {
        "cache-control": f"public, max-age={max_age}",
        "etag": tag,
        "vary": VARY,
    }
    if _matches(request.headers.get("if-none-match", ""), tag):
        return Response(status_code=304, headers=headers)
    response.headers.update(headers)
    return response
