from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from api.models.base import Record
from api.models.enums import Role


class User(Record):
    """A staff account. Passwords are stored as Argon2 hashes only."""

    email = fields.CharField(max_length=254, unique=True)
    full_name = fields.CharField(max_length=200, default="")
    role = fields.CharEnumField(Role, max_length=20, db_index=True)
    password_hash = fields.CharField(max_length=255)
    is_active = fields.BooleanField(default=True, db_index=True)
    password_changed_at = fields.DatetimeField(null=True)
    last_login_at = fields.DatetimeField(null=True)

    class Meta:
        table = "users"
        ordering = ["email"]


class Session(Record):
    """A login from the admin app; the cookie holds a token whose SHA-256 is stored here."""

    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="sessions", on_delete=fields.CASCADE, db_index=True
    )
    token_hash = fields.CharField(max_length=64, unique=True)
    csrf_token = fields.CharField(max_length=64)
    expires_at = fields.DatetimeField(db_index=True)
    revoked_at = fields.DatetimeField(null=True)
    last_seen_at = fields.DatetimeField(null=True)
    ip_address = fields.CharField(max_length=64, default="")
    user_agent = fields.CharField(max_length=500, default="")

    class Meta:
        table = "sessions"
        ordering = ["-created_at"]


class ApiKey(Record):
    """A partner app's key: the secret is shown once and stored as a SHA-256 digest."""

    name = fields.CharField(max_length=200)
    prefix = fields.CharField(max_length=32, unique=True)
    secret_hash = fields.CharField(max_length=64)
    scopes: fields.Field[list[str]] = fields.JSONField(default=list)
    owner: fields.ForeignKeyNullableRelation[User] = fields.ForeignKeyField(
        "models.User",
        related_name="api_keys",
        null=True,
        on_delete=fields.SET_NULL,
        db_index=True,
    )
    expires_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)
    last_used_at = fields.DatetimeField(null=True)
    requests_per_minute = fields.IntField(null=True)
    # Per-key query limits; null means the defaults for partner keys.
    max_query_cost = fields.IntField(null=True)
    max_query_depth = fields.IntField(null=True)
    # When set, the key may run only the operations registered for it (ApiKeyOperation).
    allowlist_only = fields.BooleanField(default=False, db_default=False)

    class Meta:
        table = "api_keys"
        ordering = ["-created_at"]


class LoginFailure(Model):
    """A failed login, kept for a while to slow down and refuse password guessing."""

    id = fields.BigIntField(primary_key=True)
    email = fields.CharField(max_length=254, db_index=True)
    ip_address = fields.CharField(max_length=64, db_index=True)
    at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "login_failures"
