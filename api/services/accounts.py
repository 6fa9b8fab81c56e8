"""Staff accounts: creation, login and logout, password changes, (de)activation.

Every change writes an audit entry in the same transaction; passwords never reach the log.
Deactivating an account ends its sessions; API keys it issued keep working (they belong to the
partner, and the account only records who issued them): revoke a key to stop it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.expressions import F
from tortoise.transactions import in_transaction

from api.auth import sessions, throttle
from api.auth.passwords import (
    burn_verification,
    hash_password,
    needs_rehash,
    password_problem,
    verify_password,
)
from api.models import AuditAction, Role, Session, User
from api.services import audit
from api.services.actor import NOBODY, Actor
from api.services.errors import FieldError, Forbidden, NotFound, ValidationFailed, field_error
from api.settings import Settings
from api.text import clean

EMAIL_PATTERN = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
WRONG_LOGIN = "Wrong email or password."
DEACTIVATED = "This account is deactivated; ask an administrator to reactivate it."


def normalize_email(email: str) -> str:
    return email.strip().lower()


def require_admin(actor: Actor, what: str, *, write: bool = True) -> None:
    if write:
        sessions.require_csrf(actor)
    if not actor.is_admin:
        raise Forbidden(f"Only admins may {what}.")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def create_user(
    *, email: str, role: Role, password: str, full_name: str = "", actor: Actor | None
) -> User:
    """Create a staff account. `actor` None is the command line, which holds the database."""
    if actor is not None:
        require_admin(actor, "create accounts")
    email = normalize_email(email)
    full_name = clean(full_name, multiline=False).strip()
    errors: list[FieldError] = []
    if len(email) > 254 or not EMAIL_PATTERN.fullmatch(email):
        errors.append(FieldError("email", "INVALID", "`email` must be an e-mail address."))
    if len(full_name) > 200:
        errors.append(
            FieldError("full_name", "TOO_LONG", "`full_name` may have at most 200 characters.")
        )
    if (problem := password_problem("password", password)) is not None:
        errors.append(problem)
    if errors:
        raise ValidationFailed(errors)
    duplicate = field_error("email", "DUPLICATE", "Another account already has this `email`.")
    password_hash = await hash_password(password)
    async with in_transaction():
        if await User.filter(email=email).exists():
            raise duplicate
        try:
            user = await User.create(
                email=email, full_name=full_name, role=role, password_hash=password_hash
            )
        except IntegrityError:
            raise duplicate from None
        await audit.record(
            actor=actor or NOBODY,
            action=AuditAction.CREATE,
            entity_type="User",
            entity_id=user.id,
            changes={
                name: {"before": None, "after": value}
                for name, value in (
                    ("email", email),
                    ("full_name", full_name),
                    ("role", role.value),
                    ("is_active", True),
                )
            },
        )
    return user


async def _refuse_guess(attempt: throttle.Attempt, now: dt.datetime, settings: Settings) -> None:
    await throttle.failed(now)
    await throttle.slow_down(
        attempt.earlier_failures + 1,
        step=settings.login_delay_step,
        maximum=settings.login_delay_max,
    )


@dataclass(frozen=True, slots=True)
class Login:
    user: User
    session: Session
    token: str  # for the cookie only


async def login(
    *,
    email: str,
    password: str,
    ip_address: str,
    user_agent: str,
    settings: Settings,
    replaces: str | None = None,
) -> Login:
    """Open a session (ending the one whose token `replaces` names, if any). Wrong and unknown
    e-mails get the same answer, as slowly; repeated failures are slowed down, then refused
    (see api.auth.throttle)."""
    email = normalize_email(email)[:254]
    ip_address = ip_address[:64]
    missing = [
        FieldError(name, "REQUIRED", f"`{name}` is required.")
        for name, value in (("email", email), ("password", password))
        if not value
    ]
    if missing:
        raise ValidationFailed(missing)
    now = _now()
    user = await User.filter(email=email).first()
    known = user is not None and await throttle.known(user.id, ip_address, replaces, now)
    attempt = await throttle.begin(email, ip_address, known=known)
    if user is None:
        await burn_verification(password)
    if user is None or not await verify_password(user.password_hash, password):
        await _refuse_guess(attempt, now, settings)
        raise Forbidden(WRONG_LOGIN)
    if not user.is_active:
        await throttle.release(attempt)
        raise Forbidden(DEACTIVATED)
    columns: dict[str, Any] = {"last_login_at": now}
    if needs_rehash(user.password_hash):
        columns["password_hash"] = await hash_password(password)
    as_user = Actor(user_id=user.id, role=Role(user.role), ip_address=ip_address)
    async with in_transaction():
        await throttle.succeeded(attempt)
        if replaces:
            await sessions.revoke_token(replaces)
        opened = await sessions.open_session(
            user, lifetime=settings.session_lifetime, ip_address=ip_address, user_agent=user_agent
        )
        await User.filter(id=user.id).update(**columns)
        await audit.record(
            actor=as_user, action=AuditAction.LOGIN, entity_type="User", entity_id=user.id
        )
    user.last_login_at = now
    return Login(user=user, session=opened.session, token=opened.token)


async def logout(*, token: str | None, actor: Actor) -> bool:
    """End the session the cookie names; whether a live one was ended."""
    sessions.require_csrf(actor)
    if not token:
        return False
    async with in_transaction():
        ended = await sessions.revoke_token(token)
        if ended is None:
            return False
        await audit.record(
            actor=actor,
            action=AuditAction.LOGOUT,
            entity_type="User",
            entity_id=ended.user_id,  # type: ignore[attr-defined]  # the FK column
        )
    return True


async def change_password(
    *,
    current_password: str,
    new_password: str,
    current_token: str | None,
    actor: Actor,
    settings: Settings,
) -> User:
    """Change the caller's own password; every other session of theirs ends."""
    sessions.require_csrf(actor)
    user = await User.filter(id=actor.user_id).first() if actor.user_id else None
    if user is None:
        raise Forbidden("Log in to change your password.")
    now = _now()
    # The caller holds a session of the account: only the pair and address limits apply.
    attempt = await throttle.begin(user.email, actor.ip_address, known=True)
    if not await verify_password(user.password_hash, current_password):
        await _refuse_guess(attempt, now, settings)
        raise field_error(
            "current_password", "INVALID", "`current_password` is not your current password."
        )
    await throttle.succeeded(attempt)
    if (problem := password_problem("new_password", new_password)) is not None:
        raise ValidationFailed([problem])
    if new_password == current_password:
        raise field_error(
            "new_password", "INVALID", "`new_password` must differ from the current one."
        )
    password_hash = await hash_password(new_password)
    keep = None
    if current_token:
        keep = await Session.filter(token_hash=sessions.token_digest(current_token)).first()
    async with in_transaction():
        await User.filter(id=user.id).update(
            password_hash=password_hash,
            password_changed_at=now,
            version=F("version") + 1,
            updated_at=now,
        )
        await sessions.revoke_sessions(user.id, keep=keep.id if keep is not None else None)
        await audit.record(
            actor=actor,
            action=AuditAction.UPDATE,
            entity_type="User",
            entity_id=user.id,
            changes={
                "password_changed_at": {
                    "before": _iso(user.password_changed_at),
                    "after": now.isoformat(),
                }
            },
        )
    await user.refresh_from_db()
    return user


def _iso(value: dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


async def _user(user_id: UUID) -> User:
    user = await User.filter(id=user_id).first()
    if user is None:
        raise NotFound("User", user_id)
    return user


async def set_active(*, user_id: UUID, active: bool, actor: Actor) -> User:
    """Deactivate (ending every session) or reactivate an account. Admins only."""
    require_admin(actor, "deactivate or reactivate accounts")
    if not active and user_id == actor.user_id:
        raise Forbidden("You cannot deactivate your own account.")
    async with in_transaction():
        user = await _user(user_id)
        if user.is_active == active:
            return user
        now = _now()
        await User.filter(id=user.id).update(
            is_active=active, version=F("version") + 1, updated_at=now
        )
        if not active:
            await sessions.revoke_sessions(user.id)
        await audit.record(
            actor=actor,
            action=AuditAction.UPDATE,
            entity_type="User",
            entity_id=user.id,
            changes={"is_active": {"before": not active, "after": active}},
        )
        await user.refresh_from_db()
    return user


async def update_user(
    *, user_id: UUID, role: Role | None = None, full_name: str | None = None, actor: Actor
) -> User:
    """Change an account's role or name. Admins only; there is always an active admin left."""
    require_admin(actor, "change accounts")
    wanted: dict[str, Any] = {}
    if full_name is not None:
        wanted["full_name"] = clean(full_name, multiline=False).strip()
        if len(wanted["full_name"]) > 200:
            raise field_error(
                "full_name", "TOO_LONG", "`full_name` may have at most 200 characters."
            )
    if role is not None:
        wanted["role"] = role.value
    async with in_transaction():
        user = await _user(user_id)
        changes = audit.diff({"full_name": user.full_name, "role": Role(user.role).value}, wanted)
        if not changes:
            return user
        if "role" in changes and user.role == Role.ADMIN and user.is_active:
            # Locking every active admin serialises two admins demoting each other at once.
            admins = await User.filter(role=Role.ADMIN, is_active=True).select_for_update()
            if all(admin.id == user.id for admin in admins):
                raise field_error(
                    "role",
                    "LAST_ADMIN",
                    "This is the last active admin: make another account an admin first.",
                )
        await User.filter(id=user.id).update(
            **{name: change["after"] for name, change in changes.items()},
            version=F("version") + 1,
            updated_at=_now(),
        )
        await audit.record(
            actor=actor,
            action=AuditAction.UPDATE,
            entity_type="User",
            entity_id=user.id,
            changes=changes,
        )
        await user.refresh_from_db()
    return user


async def revoke_user_sessions(*, user_id: UUID, actor: Actor) -> tuple[User, int]:
    """End every session of an account (it must log in again). Admins only."""
    require_admin(actor, "end other people's sessions")
    async with in_transaction():
        user = await _user(user_id)
        ended = await sessions.revoke_sessions(user.id)
        await audit.record(
            actor=actor,
            action=AuditAction.UPDATE,
            entity_type="User",
            entity_id=user.id,
            changes={"live_sessions": {"before": ended, "after": 0}},
        )
    return user, ended


async def list_users(*, actor: Actor) -> list[User]:
    require_admin(actor, "list accounts", write=False)
    return await User.all().order_by("email")
