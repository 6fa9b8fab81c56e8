"""Staff sessions: an opaque cookie token, stored only as its SHA-256 digest.

A session ends at `expires_at` (the absolute lifetime, also the cookie's Max-Age), after
`idle_timeout` without a request, when revoked (logout, password change, an admin), or when its
user is deactivated. `last_seen_at` is written at most once a minute per session.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass
from uuid import UUID

from tortoise.expressions import Q

from api.models import Role, Session, User
from api.services.actor import CSRF_REFUSED, Actor, require_csrf

SESSION_COOKIE = "simpul_session"
CSRF_HEADER = "x-csrf-token"
TOUCH_EVERY = dt.timedelta(minutes=1)

__all__ = ["CSRF_REFUSED", "require_csrf"]  # re-exported for the auth callers


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class NewSession:
    session: Session
    token: str  # for the cookie; never stored


async def open_session(
    user: User, *, lifetime: dt.timedelta, ip_address: str = "", user_agent: str = ""
) -> NewSession:
    token = secrets.token_urlsafe(32)
    now = dt.datetime.now(dt.UTC)
    session = await Session.create(
        user=user,
        token_hash=token_digest(token),
        csrf_token=secrets.token_urlsafe(32),
        expires_at=now + lifetime,
        last_seen_at=now,
        ip_address=ip_address[:64],
        user_agent=user_agent[:500],
    )
    return NewSession(session=session, token=token)


async def session_for(token: str, *, idle_timeout: dt.timedelta) -> Session | None:
    """The live session the cookie names: not revoked, expired or idle, of an active user."""
    now = dt.datetime.now(dt.UTC)
    session = (
        await Session.filter(
            Q(last_seen_at__gt=now - idle_timeout)
            | Q(last_seen_at=None, created_at__gt=now - idle_timeout),
            token_hash=token_digest(token),
            revoked_at=None,
            expires_at__gt=now,
            user__is_active=True,
        )
        .select_related("user")
        .first()
    )
    if session is not None and (
        session.last_seen_at is None or session.last_seen_at < now - TOUCH_EVERY
    ):
        await Session.filter(id=session.id).update(last_seen_at=now)
        session.last_seen_at = now
    return session


def actor_for(session: Session, ip_address: str = "", *, csrf_ok: bool = True) -> Actor:
    return Actor(
        user_id=session.user.id,
        role=Role(session.user.role),
        ip_address=ip_address,
        csrf_ok=csrf_ok,
    )


async def revoke_token(token: str) -> Session | None:
    """End the session the cookie names; the ended session, or None if none was live."""
    now = dt.datetime.now(dt.UTC)
    session = await Session.filter(token_hash=token_digest(token), revoked_at=None).first()
    if session is None:
        return None
    await Session.filter(id=session.id).update(revoked_at=now)
    return session


async def revoke_sessions(user_id: UUID, *, keep: UUID | None = None) -> int:
    """End every live session of a user (except `keep`); how many were ended."""
    now = dt.datetime.now(dt.UTC)
    return await (
        Session.filter(user_id=user_id, revoked_at=None, expires_at__gt=now)
        .exclude(id=keep)
        .update(revoked_at=now)
    )
