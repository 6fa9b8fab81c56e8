"""Demo staff accounts, so that a fresh quick start can sign in to the admin app.

Their passwords are public (README), so they are refused outside development and test mode,
and production refuses to start while one can still log in (api/startup.py).
"""

from __future__ import annotations

from api.auth.passwords import verify_password
from api.models import Role, User
from api.services.accounts import create_user
from api.settings import Settings

DEMO_ACCOUNTS: tuple[tuple[str, Role, str, str], ...] = (
    ("admin@simpul.test", Role.ADMIN, "Admin Demo", "simpul-admin-demo"),
    ("editor@simpul.test", Role.EDITOR, "Editor Demo", "simpul-editor-demo"),
    ("analyst@simpul.test", Role.ANALYST, "Analis Demo", "simpul-analyst-demo"),
)


class DemoAccountsRefused(RuntimeError):
    pass


def refuse_in_production(settings: Settings) -> None:
    if settings.mode == "production":
        raise DemoAccountsRefused("demo accounts have public passwords: not in production mode")


async def create_demo_accounts(settings: Settings) -> list[str]:
    """Create the missing demo accounts; returns the e-mails created."""
    refuse_in_production(settings)
    created = []
    for email, role, full_name, password in DEMO_ACCOUNTS:
        if await User.filter(email=email).exists():
            continue
        await create_user(
            email=email, role=role, password=password, full_name=full_name, actor=None
        )
        created.append(email)
    return created


async def published_demo_accounts() -> list[str]:
    """The demo e-mails of active accounts that still log in with the published password."""
    published = {email: password for email, _role, _name, password in DEMO_ACCOUNTS}
    users = await User.filter(email__in=list(published), is_active=True).only(
        "email", "password_hash"
    )
    return sorted(
        [
            user.email
            for user in users
            if await verify_password(user.password_hash, published[user.email])
        ]
    )
