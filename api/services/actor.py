"""Who is acting: a staff user, a partner key, or nobody."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from api.models import Role
from api.services.errors import Forbidden

WRITERS = frozenset({Role.ADMIN, Role.EDITOR})
STAFF = frozenset({Role.ADMIN, Role.EDITOR, Role.ANALYST, Role.VIEWER})


@dataclass(frozen=True, slots=True)
class Actor:
    user_id: UUID | None = None
    key_id: UUID | None = None
    role: Role | None = None
    scopes: frozenset[str] = frozenset()
    ip_address: str = ""
    # False when a cookie-authenticated request lacks the session's CSRF token: such a caller
    # may read but never write.
    csrf_ok: bool = True

    @property
    def is_staff(self) -> bool:
        return self.user_id is not None and self.role in STAFF

    @property
    def can_write(self) -> bool:
        return self.user_id is not None and self.role in WRITERS and self.csrf_ok

    @property
    def is_admin(self) -> bool:
        return self.user_id is not None and self.role is Role.ADMIN

    @property
    def sees_personal_data(self) -> bool:
        return self.can_write


NOBODY = Actor()

CSRF_REFUSED = (
    "Missing or invalid CSRF token: send the `X-CSRF-Token` header with the token "
    "returned by `login` (also in `viewer.csrfToken`)."
)


def require_csrf(actor: Actor) -> None:
    """Refuse a cookie-authenticated change that lacks the session's CSRF token."""
    if not actor.csrf_ok:
        raise Forbidden(CSRF_REFUSED)
