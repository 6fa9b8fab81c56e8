"""Staff passwords: Argon2id hashes (argon2-cffi), computed off the event loop."""

from __future__ import annotations

import asyncio
import contextlib
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from api.services.errors import FieldError

MIN_LENGTH = 10
# Argon2 reads the whole password; a cap keeps a huge one from costing the server.
MAX_LENGTH = 1024

_hasher = PasswordHasher()


def password_problem(field: str, password: str) -> FieldError | None:
    """Why `password` may not be used, or None."""
    if len(password) < MIN_LENGTH:
        return FieldError(
            field, "TOO_SHORT", f"`{field}` must have at least {MIN_LENGTH} characters."
        )
    if len(password) > MAX_LENGTH:
        return FieldError(field, "TOO_LONG", f"`{field}` may have at most {MAX_LENGTH} characters.")
    if not password.strip():
        return FieldError(field, "INVALID", f"`{field}` must not be only spaces.")
    return None


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hasher.hash, password)


async def verify_password(password_hash: str, password: str) -> bool:
    """Whether `password` matches; an unusable or malformed hash matches nothing."""

    def verify() -> bool:
        try:
            return _hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    return await asyncio.to_thread(verify)


def needs_rehash(password_hash: str) -> bool:
    try:
        return _hasher.check_needs_rehash(password_hash)
    except InvalidHashError:
        return True


@cache
def _dummy_hash() -> str:
    return _hasher.hash("no account has this password")


async def burn_verification(password: str) -> None:
    """Spend the time a real check takes, so an unknown e-mail answers as slowly as a known one."""

    def burn() -> None:
        with contextlib.suppress(VerificationError):
            _hasher.verify(_dummy_hash(), password)

    await asyncio.to_thread(burn)
