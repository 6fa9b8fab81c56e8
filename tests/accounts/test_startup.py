"""Production refuses to start while the demo accounts keep their published passwords;
development mode says what it leaves open."""

from __future__ import annotations

import asyncio
import dataclasses
import logging

import pytest
import uvicorn
from typer.testing import CliRunner

from api.app import create_app
from api.auth.passwords import hash_password
from api.cli import app as cli
from api.demo.accounts import create_demo_accounts
from api.migrate import upgrade
from api.models import User
from api.orm import with_orm
from api.settings import Settings
from api.startup import StartupRefused
from tests.conftest import make_settings, reset_database

REFUSED = (
    "Refusing to start in production: the demo accounts {} still have their published "
    "passwords; deactivate them or change their passwords (in the admin app, or with "
    "deactivateUser / changePassword) first."
)
ALL_THREE = "admin@simpul.test, analyst@simpul.test, editor@simpul.test"


@pytest.fixture(scope="module")
def demo_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """A database of its own holding the three demo accounts, as `simpul demo --accounts`."""
    settings = make_settings(tmp_path_factory.mktemp("simpul-startup"), suffix="startup")

    async def prepare() -> None:
        await reset_database(settings)
        await upgrade(settings)
        await with_orm(settings, lambda: create_demo_accounts(settings))

    asyncio.run(prepare())
    return settings


def production(settings: Settings) -> Settings:
    return dataclasses.replace(settings, mode="production")


async def start(settings: Settings) -> None:
    app = create_app(settings)
    async with app.router.lifespan_context(app):
        pass


async def test_production_lifespan_refuses_published_demo_passwords(
    demo_settings: Settings,
) -> None:
    with pytest.raises(StartupRefused) as refused:
        await start(production(demo_settings))

    assert str(refused.value) == REFUSED.format(ALL_THREE)


def test_serve_refuses_in_one_line(
    demo_settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    started: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: started.append(args))
    env = {
        "SIMPUL_MODE": "production",
        "SIMPUL_SECRET_KEY": demo_settings.secret_key,
        "SIMPUL_DATABASE_URL": demo_settings.database_url,
        "SIMPUL_DATA_DIR": str(demo_settings.data_dir),
    }

    result = CliRunner().invoke(cli, ["serve"], env=env)

    assert result.exit_code == 2
    assert result.output == f"error: {REFUSED.format(ALL_THREE)}\n"
    assert started == []


async def test_other_modes_start_with_the_demo_accounts(demo_settings: Settings) -> None:
    await start(demo_settings)
    await start(dataclasses.replace(demo_settings, mode="development"))


async def test_production_starts_once_they_are_changed_or_deactivated(
    demo_settings: Settings,
) -> None:
    async def change_admin_and_deactivate_editor() -> None:
        new_hash = await hash_password("a-password-nobody-published")
        await User.filter(email="admin@simpul.test").update(password_hash=new_hash)
        await User.filter(email="editor@simpul.test").update(is_active=False)

    await with_orm(demo_settings, change_admin_and_deactivate_editor)
    with pytest.raises(StartupRefused) as refused:
        await start(production(demo_settings))
    assert str(refused.value) == REFUSED.format("analyst@simpul.test")

    await with_orm(
        demo_settings, lambda: User.filter(email="analyst@simpul.test").update(is_active=False)
    )
    await start(production(demo_settings))


async def test_development_mode_warns_what_is_open(
    demo_settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="simpul.startup"):
        await start(dataclasses.replace(demo_settings, mode="development"))
        await start(demo_settings)  # test mode: quiet

    warnings = [r.getMessage() for r in caplog.records if r.name == "simpul.startup"]
    rule = "=" * 78
    assert warnings == [
        "\n".join(
            [
                rule,
                "SIMPUL_MODE=development: do not serve this to the public. Open in this mode:",
                "  - introspection: on (anyone may read the schema)",
                "  - GraphiQL is served on GET /graphql",
                "  - browsers may call the API with cookies from http://localhost:5173, "
                "http://127.0.0.1:5173",
                "  - a placeholder SIMPUL_SECRET_KEY and the demo accounts are accepted",
                "Set SIMPUL_MODE=production (and SIMPUL_SECRET_KEY) to serve it (README).",
                rule,
            ]
        )
    ]
