"""Partner API keys: `spl_<prefix>_<secret>`, sent as `Authorization: Bearer <key>`.

The prefix is stored (unique, for lookup); the secret only as its SHA-256 digest. A key that is
malformed, unknown (including the old secret of a rotated key), revoked or expired is refused
with one of the messages below; the HTTP layer turns that into a 401.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from enum import StrEnum

from api.models import ApiKey
from api.services.actor import Actor


class Scope(StrEnum):
    """What a key may do; the one list of scopes."""

    READ = "read"
    # May store documents by automatic persisted queries (schema/persisted.py), within a quota.
    PERSIST = "persist"
    # Network filters off the grid of api/graph/policy.py (any half-life, any dates).
    GRAPH_ANY_FILTER = "graph:any-filter"


SCOPES = frozenset(Scope)


class KeyStatus(StrEnum):
    ACTIVE = "active"
    EXPIRED = "expired"
    REVOKED = "revoked"


def status_of(key: ApiKey) -> KeyStatus:
    if key.revoked_at is not None:
        return KeyStatus.REVOKED
    if key.expires_at is not None and key.expires_at <= dt.datetime.now(dt.UTC):
        return KeyStatus.EXPIRED
    return KeyStatus.ACTIVE


KEY_PATTERN = re.compile(r"spl_([0-9a-f]{12})_([A-Za-z0-9_-]{43})")
TOUCH_EVERY = dt.timedelta(minutes=1)

MALFORMED = "Malformed API key: send `Authorization: Bearer spl_<prefix>_<secret>`."
UNKNOWN = "Unknown API key (a rotated key's old secret stops working at once)."
REVOKED = "API key revoked."
EXPIRED = "API key expired."


class KeyRefused(Exception):
    """The bearer key cannot be used; the message says why."""


@dataclass(frozen=True, slots=True)
class NewSecret:
    prefix: str
    secret: str

    @property
    def key(self) -> str:
        return f"spl_{self.prefix}_{self.secret}"

    @property
    def digest(self) -> str:
        return secret_digest(self.secret)


def secret_digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_prefix() -> str:
    return secrets.token_hex(6)


def new_secret(prefix: str) -> NewSecret:
    return NewSecret(prefix=prefix, secret=secrets.token_urlsafe(32))


async def key_for(raw: str) -> ApiKey:
    """The live key `raw` names; raise KeyRefused otherwise. Notes the use (once a minute)."""
    match = KEY_PATTERN.fullmatch(raw.strip())
    if match is None:
        raise KeyRefused(MALFORMED)
    prefix, secret = match.groups()
    key = await ApiKey.filter(prefix=prefix).first()
    if key is None or not hmac.compare_digest(key.secret_hash, secret_digest(secret)):
        raise KeyRefused(UNKNOWN)
    now = dt.datetime.now(dt.UTC)
    if key.revoked_at is not None:
        raise KeyRefused(REVOKED)
    if key.expires_at is not None and key.expires_at <= now:
        raise KeyRefused(EXPIRED)
    if key.last_used_at is None or key.last_used_at < now - TOUCH_EVERY:
        await ApiKey.filter(id=key.id).update(last_used_at=now)
        key.last_used_at = now
    return key


def actor_for_key(key: ApiKey, ip_address: str = "") -> Actor:
    """A partner: no role, so it reads what the public may read and never writes."""
    return Actor(key_id=key.id, scopes=frozenset(key.scopes), ip_address=ip_address)
