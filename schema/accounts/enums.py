"""The account vocabularies as GraphQL enums (the same Python classes as the services use)."""

from __future__ import annotations

import strawberry

from api.auth.keys import KeyStatus, Scope
from api.models import Role

strawberry.enum(Role, description="What a staff member may do.")
strawberry.enum(Scope, name="ApiKeyScope", description="What a partner key may do.")
strawberry.enum(KeyStatus, name="ApiKeyStatus", description="Whether a key works.")

__all__ = ["KeyStatus", "Role", "Scope"]
