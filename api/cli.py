"""The `simpul` command: serve, migrate, demo, export-schema."""

from __future__ import annotations

import asyncio
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
    import uvicorn

    settings = _settings()
    if workers > 1 and settings.dialect == "sqlite":
        typer.secho("SQLite supports one worker only; use PostgreSQL for more.", err=True)
        raise typer.Exit(2)
    uvicorn.run(
        "api.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        log_level="info",
    )


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
) -> None:
    """Load the seed article's graph (idempotent) and, with --scale, a synthetic graph."""
    from api.demo import run_demo

    asyncio.run(run_demo(_settings(), scale=scale, seed=seed))


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


def main() -> None:
    app()


if __name__ == "__main__":
    main()
