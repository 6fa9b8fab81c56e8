"""Staff sessions: an opaque cookie token, stored only as its SHA-256 digest."""

from __future__ import annotations

import datetime as dt
import hashlib

from api.models import Role, Session
from api.services.actor import Actor

SESSION_COOKIE = "simpul_session"
CSRF_HEADER = "x-csrf-token"


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


async def session_for(token: str) -> Session | None:
    """The live session the cookie names: not revoked, not expired, of an active user."""
    now = dt.datetime.now(dt.UTC)
    return (
        await Session.filter(
            token_hash=token_digest(token),
            revoked_at=None,
            expires_at__gt=now,
            user__is_active=True,
        )
        .select_related("user")
        .first()
    )


def actor_for(session: Session, ip_address: str = "") -> Actor:
    return Actor(user_id=session.user.id, role=Role(session.user.role), ip_address=ip_address)
