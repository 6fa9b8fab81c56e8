"""Checks when the app starts (any ASGI server runs them in the lifespan; `simpul serve` too).

Production refuses to start while a demo account can log in with its published password.
Development mode says loudly what it leaves open, so nobody serves it to the public unawares.
"""

from __future__ import annotations

import logging

from api.demo.accounts import published_demo_accounts
from api.settings import Settings

log = logging.getLogger("simpul.startup")


class StartupRefused(RuntimeError):
    """The configuration or the data are unsafe for this mode; the message says how to fix it."""


async def check_production(settings: Settings) -> None:
    """Raise StartupRefused in production while demo accounts keep their published passwords."""
    if settings.mode != "production":
        return
    if accounts := await published_demo_accounts():
        raise StartupRefused(
            f"Refusing to start in production: the demo accounts {', '.join(accounts)} still "
            "have their published passwords; deactivate them or change their passwords "
            "(in the admin app, or with deactivateUser / changePassword) first."
        )


def development_warning(settings: Settings) -> str | None:
    """What development mode leaves open, as a block for the log; None in other modes."""
    if not settings.is_development:
        return None
    lines = [
        "SIMPUL_MODE=development: do not serve this to the public. Open in this mode:",
        f"  - introspection: {settings.introspection_policy}"
        + (" (anyone may read the schema)" if settings.introspection_policy == "on" else ""),
    ]
    if settings.serves_graphiql:
        lines.append("  - GraphiQL is served on GET /graphql")
    if settings.allowed_origins:
        origins = ", ".join(settings.allowed_origins)
        lines.append(f"  - browsers may call the API with cookies from {origins}")
    lines.append("  - a placeholder SIMPUL_SECRET_KEY and the demo accounts are accepted")
    lines.append("Set SIMPUL_MODE=production (and SIMPUL_SECRET_KEY) to serve it (README).")
    rule = "=" * 78
    return "\n".join([rule, *lines, rule])


async def on_startup(settings: Settings) -> None:
    await check_production(settings)
    if warning := development_warning(settings):
        log.warning("%s", warning)
