"""`simpul user create`: the password is prompted for twice, or read from stdin."""

from __future__ import annotations

import asyncio
import secrets

import pytest
from typer.testing import CliRunner

from api import cli
from api.auth.passwords import verify_password
from api.models import AuditAction, AuditEntry, Role, User
from api.orm import with_orm
from api.settings import Settings

runner = CliRunner()


@pytest.fixture
def cli_env(write_settings: Settings, monkeypatch: pytest.MonkeyPatch) -> Settings:
    monkeypatch.setenv("SIMPUL_MODE", "development")
    monkeypatch.setenv("SIMPUL_DATABASE_URL", write_settings.database_url)
    monkeypatch.setenv("SIMPUL_DATA_DIR", str(write_settings.data_dir))
    return write_settings


def _email() -> str:
    return f"cli-{secrets.token_hex(4)}@example.org"


def _stored(settings: Settings, email: str) -> tuple[User | None, bool, list[AuditAction]]:
    """The account, whether "password-from-cli" is its password, and its audit actions."""

    async def read() -> tuple[User | None, bool, list[AuditAction]]:
        user = await User.filter(email=email).first()
        if user is None:
            return None, False, []
        matches = await verify_password(user.password_hash, "password-from-cli")
        actions = await AuditEntry.filter(entity_id=user.id).values_list("action", flat=True)
        return user, matches, list(actions)  # type: ignore[arg-type]  # flat gives scalars

    return asyncio.run(with_orm(settings, read))


def test_creates_a_user_with_the_password_from_stdin(cli_env: Settings) -> None:
    email = _email()

    result = runner.invoke(
        cli.app,
        ["user", "create", "--email", email.upper(), "--role", "editor", "--full-name", "Cli"],
        input="password-from-cli\n",
    )

    assert result.exit_code == 0, result.output
    assert result.output == f"Created editor account {email}.\n"
    user, matches, actions = _stored(cli_env, email)
    assert user is not None
    assert (user.role, user.full_name, user.is_active) == (Role.EDITOR, "Cli", True)
    assert matches
    assert actions == [AuditAction.CREATE]


def test_password_stdin_flag(cli_env: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_stdin_is_tty", lambda: True)
    email = _email()

    result = runner.invoke(
        cli.app,
        ["user", "create", "--email", email, "--role", "admin", "--password-stdin"],
        input="password-from-cli\r\n",
    )

    assert result.exit_code == 0, result.output
    user, matches, _ = _stored(cli_env, email)
    assert user is not None
    assert user.role == Role.ADMIN
    assert matches


def test_prompts_twice_on_a_terminal(cli_env: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli, "_stdin_is_tty", lambda: True)
    email = _email()

    result = runner.invoke(
        cli.app,
        ["user", "create", "--email", email, "--role", "viewer"],
        input="password-from-cli\ntypo-password\npassword-from-cli\npassword-from-cli\n",
    )

    assert result.exit_code == 0, result.output
    assert result.output.count("Password: ") == 2
    assert "Error: The two entered values do not match." in result.output
    assert "password-from-cli" not in result.output
    user, matches, _ = _stored(cli_env, email)
    assert user is not None
    assert matches


def test_refuses_a_short_password_and_a_taken_email(cli_env: Settings) -> None:
    email = _email()
    args = ["user", "create", "--email", email, "--role", "analyst"]

    short = runner.invoke(cli.app, args, input="short\n")
    created = runner.invoke(cli.app, args, input="password-from-cli\n")
    taken = runner.invoke(cli.app, args, input="password-from-cli\n")

    assert short.exit_code == 1
    assert short.output == "The password must have at least 10 characters.\n"
    assert created.exit_code == 0
    assert taken.exit_code == 1
    assert taken.output == "Another account already has this --email.\n"


def test_refuses_an_unknown_role(cli_env: Settings) -> None:
    result = runner.invoke(
        cli.app, ["user", "create", "--email", _email(), "--role", "owner"], input="x\n"
    )

    assert result.exit_code == 2
    assert result.output == "--role must be one of admin, editor, analyst, viewer, not 'owner'.\n"
