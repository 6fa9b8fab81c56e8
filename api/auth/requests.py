"""Who is calling an HTTP endpoint, the same way for /graphql and the exports.

In this order: a partner key (`Authorization: Bearer spl_…`; a bad key raises KeyRefused, a
401, even when a session cookie is present), else a staff session cookie, else nobody.
"""

from __future__ import annotations

import hmac

from starlette.requests import HTTPConnection

from api.auth.keys import MALFORMED, KeyRefused, actor_for_key, key_for
from api.auth.sessions import CSRF_HEADER, SESSION_COOKIE, actor_for, session_for
from api.services.actor import Actor
from api.settings import Settings


async def request_actor(request: HTTPConnection, settings: Settings) -> Actor:
    """The caller; also keeps the key (`state.simpul_api_key`) or session
    (`state.simpul_session`) it found on the request."""
    ip_address = request.client.host if request.client else ""
    authorization = request.headers.get("authorization", "").strip()
    if authorization:
        scheme, _, credentials = authorization.partition(" ")
        if scheme.lower() != "bearer":
            raise KeyRefused(MALFORMED)
        key = await key_for(credentials)
        request.state.simpul_api_key = key
        return actor_for_key(key, ip_address)
    anonymous = Actor(ip_address=ip_address)
    token = request.cookies.get(SESSION_COOKIE)
    if not token:
        return anonymous
    session = await session_for(token, idle_timeout=settings.session_idle_timeout)
    if session is None:
        return anonymous
    request.state.simpul_session = session
    # Reads are safe without the header; writes need it (checked by the services).
    csrf_ok = hmac.compare_digest(request.headers.get(CSRF_HEADER, ""), session.csrf_token)
    return actor_for(session, ip_address, csrf_ok=csrf_ok)
