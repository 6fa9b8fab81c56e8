"""Who asks: one GraphQL client per role, on the write database.

Roles: `anonymous` (no credentials), `key` (a partner app's API key: no role), and the four staff
roles. The key contract with the auth layer (api/auth/keys.py): a key is
`spl_<12 hex prefix>_<43-character secret>` sent as `Authorization: Bearer <key>`; the row stores
the prefix and the SHA-256 hex digest of the secret, and a use of the key sets `last_used_at`.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Awaitable, Callable

from api.models import ApiKey
from tests.conftest import GraphQLClient

ROLES = ("anonymous", "key", "admin", "editor", "analyst", "viewer")
STAFF = frozenset({"admin", "editor", "analyst", "viewer"})
WRITERS = frozenset({"admin", "editor"})
# Contact details and other personal data (UU 27/2022).
SEES_PERSONAL_DATA = frozenset({"admin", "editor"})


async def partner_key() -> tuple[ApiKey, str]:
    """A live read-scoped API key row and the bearer key that names it."""
    prefix, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
    row = await ApiKey.create(
        name=f"Partner portal {prefix}",
        prefix=prefix,
        secret_hash=hashlib.sha256(secret.encode()).hexdigest(),
        scopes=["read"],
    )
    return row, f"spl_{prefix}_{secret}"


MakeClient = Callable[[str | None], Awaitable[GraphQLClient]]


async def client_for(as_role: MakeClient, role: str) -> GraphQLClient:
    """A client acting as `role` (see the module docstring)."""
    if role == "anonymous":
        return await as_role(None)
    if role != "key":
        return await as_role(role)
    row, bearer = await partner_key()
    client = await as_role(None)
    client.http.headers["Authorization"] = f"Bearer {bearer}"
    # Prove the server took the request as the key's, not as an anonymous one.
    await client.data("{ __typename }")
    await row.refresh_from_db()
    assert row.last_used_at is not None, "the bearer key was not looked up"
    return client
