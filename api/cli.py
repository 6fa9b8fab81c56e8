"""The `simpul` command: serve, migrate, demo, export-schema, check-schema, user."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path
from typing import Annotated

import typer

from api.settings import ROOT, Settings, SettingsError

app = typer.Typer(help="Simpul: stakeholder graph and content hub.", no_args_is_help=True)


def _settings() -> Settings:
    try:
        return Settings.from_env()
    except SettingsError as exc:
        typer.secho(f"Configuration error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from exc


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Address to bind (SIMPUL_HOST).")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on (SIMPUL_PORT).")] = None,
    workers: Annotated[int, typer.Option(help="Worker processes (PostgreSQL only).")] = 1,
) -> None:
    """Serve the GraphQL API at /graphql and the admin app at /admin."""
    from api.timeouts import SlowClientProtocol
    from api.workers import run_uvicorn

    settings = _settings()
    if workers > 1 and settings.dialect == "sqlite":
        typer.secho("SQLite supports one worker only; use PostgreSQL for more.", err=True)
        raise typer.Exit(2)
    _refuse_unsafe_production(settings)
    # With --workers N, each worker listens on a socket of its own (api/workers.py).
    run_uvicorn(
        "api.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        log_level="info",
        access_log=settings.logs_access,
        # libuv's event loop and the httptools parser: less time per request than asyncio's
        # loop and h11.
        loop="uvloop",
        # Slow clients (api/timeouts.py): deadlines for a request's head and an unread body,
        # at most this many connections per worker (more get 503), idle keep-alive for 5 s,
        # and a shutdown that does not wait on them for more than 30 s.
        http=SlowClientProtocol,
        limit_concurrency=settings.max_connections,
        timeout_keep_alive=5,
        timeout_graceful_shutdown=30,
        # Client addresses (login throttling, rate limits) come from X-Forwarded-For only when
        # the connection is from one of these proxies.
        proxy_headers=True,
        forwarded_allow_ips=list(settings.forwarded_allow_ips),
    )


def _refuse_unsafe_production(settings: Settings) -> None:
    """The lifespan refuses too; checking first gives one clear line instead of a traceback."""
    if settings.mode != "production":
        return
    from api.orm import with_orm
    from api.startup import StartupRefused, check_production

    try:
        asyncio.run(with_orm(settings, lambda: check_production(settings)))
    except StartupRefused as exc:
        typer.secho(f"error: {exc}", fg=typer.colors.RED, err=True)
        raise typer.Exit(2) from exc


@app.command()
def migrate() -> None:
    """Apply the migration chain for the configured database (SQLite or PostgreSQL)."""
    from api.migrate import upgrade

    settings = _settings()
    applied = asyncio.run(upgrade(settings))
    if applied:
        for name in applied:
            typer.echo(f"applied {name}")
    else:
        typer.echo("database is up to date")


@app.command()
def demo(
    scale: Annotated[int, typer.Option(help="Add a synthetic graph of about N stakeholders.")] = 0,
    seed: Annotated[int, typer.Option(help="Random seed of the synthetic graph.")] = 1,
    accounts: Annotated[
        bool, typer.Option(help="Also create the demo staff accounts (not in production).")
    ] = False,
) -> None:
    """Load the seed article's graph (idempotent) and, with --scale, a synthetic graph."""
    from api.demo import run_demo
    from api.demo.accounts import DemoAccountsRefused

    try:
        asyncio.run(run_demo(_settings(), scale=scale, seed=seed, accounts=accounts))
    except DemoAccountsRefused as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc


@app.command("export-schema")
def export_schema(
    output: Annotated[Path, typer.Option(help="Where to write the SDL.")] = (
        ROOT / "schema" / "schema.graphql"
    ),
) -> None:
    """Write the GraphQL schema (SDL) that partners code against."""
    from schema import sdl

    output.write_text(sdl(), encoding="utf-8")
    typer.echo(f"wrote {output}")


@app.command("check-schema")
def check_schema(
    current: Annotated[Path, typer.Option(help="The SDL to check.")] = (
        ROOT / "schema" / "schema.graphql"
    ),
    released: Annotated[Path, typer.Option(help="The folder of released SDLs.")] = (
        ROOT / "schema" / "released"
    ),
) -> None:
    """Fail when schema/schema.graphql breaks the newest SDL in schema/released/."""
    import datetime as dt

    from api.schema_contract import check_files

    report = check_files(current, released, today=dt.date.today())
    for warning in report.warnings:
        typer.secho(f"warning: {warning}", fg=typer.colors.YELLOW, err=True)
    if not report.ok:
        typer.secho(
            f"The schema breaks the released contract {report.released.name}:",
            fg=typer.colors.RED,
            err=True,
        )
        for error in report.errors:
            typer.secho(f"  - {error}", err=True)
        raise typer.Exit(1)
    typer.echo(f"The schema keeps the released contract {report.released.name}.")


user_app = typer.Typer(help="Staff accounts.", no_args_is_help=True)
app.add_typer(user_app, name="user")


def _stdin_is_tty() -> bool:
    return sys.stdin.isatty()


@user_app.command("create")
def user_create(
    email: Annotated[str, typer.Option(help="Login e-mail.")],
    role: Annotated[str, typer.Option(help="admin, editor, analyst or viewer.")],
    full_name: Annotated[str, typer.Option(help="Name shown in the admin app.")] = "",
    password_stdin: Annotated[
        bool, typer.Option(help="Read the password from the first line of stdin.")
    ] = False,
) -> None:
    """Create a staff account; the password is prompted for twice (or read from stdin)."""
    from api.models import Role
    from api.orm import with_orm
    from api.services.accounts import create_user
    from api.services.errors import ValidationFailed

    try:
        chosen = Role(role.strip().lower())
    except ValueError:
        roles = ", ".join(r.value for r in Role)
        typer.secho(f"--role must be one of {roles}, not {role!r}.", err=True)
        raise typer.Exit(2) from None
    settings = _settings()
    if password_stdin or not _stdin_is_tty():
        password = sys.stdin.readline().rstrip("\r\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)

    async def work() -> str:
        user = await create_user(
            email=email, role=chosen, password=password, full_name=full_name, actor=None
        )
        return user.email

    try:
        created = asyncio.run(with_orm(settings, work))
    except ValidationFailed as refused:
        options = {"email": "--email", "full_name": "--full-name", "password": "The password"}
        for error in refused.errors:
            typer.secho(error.message.replace(f"`{error.field}`", options[error.field]), err=True)
        raise typer.Exit(1) from None
    typer.echo(f"Created {chosen.value} account {created}.")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
