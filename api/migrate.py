"""Aerich migrations, one chain per dialect under migrations/<dialect>/models/."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from aerich import Command
from tortoise import Tortoise

from api.db import migrations_location, tortoise_config
from api.settings import Settings

APP = "models"


def command(settings: Settings, *, location: Path | None = None) -> Command:
    """An Aerich command on the dialect's chain, or on the chain kept under `location`."""
    return Command(
        tortoise_config=tortoise_config(settings),
        app=APP,
        location=str(location or migrations_location(settings)),
    )


@asynccontextmanager
async def open_command(
    settings: Settings, *, location: Path | None = None
) -> AsyncIterator[Command]:
    """`command()` with the ORM open for it; every connection is closed on exit."""
    cmd = command(settings, location=location)
    # Aerich opens the ORM only if Tortoise is not initialised yet, and Tortoise 1.x still counts
    # a context as initialised after closing its connections: a second command in the same task
    # would find no database (or another one). So always open it here.
    await Tortoise.init(config=cmd.tortoise_config)
    async with cmd:
        yield cmd


def chain_directory(settings: Settings, *, location: Path | None = None) -> Path:
    """Where Aerich keeps the version files of the chain."""
    return Path(location or migrations_location(settings), APP)


def version_files(directory: Path) -> list[str]:
    """The version file names in `directory` in the order Aerich applies them."""
    if not directory.is_dir():
        return []
    names = [path.name for path in directory.glob("*_*.py") if path.name.split("_", 1)[0].isdigit()]
    return sorted(names, key=lambda name: int(name.split("_", 1)[0]))


def _sqlite_path(settings: Settings) -> Path | None:
    path = settings.database_url.removeprefix("sqlite://").split("?", 1)[0]
    return None if path in ("", ":memory:") else Path(path)


async def upgrade(settings: Settings) -> list[str]:
    """Apply every migration of the configured dialect's chain not yet applied."""
    if settings.dialect == "sqlite" and (path := _sqlite_path(settings)) is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    async with open_command(settings) as cmd:
        applied: list[str] = await cmd.upgrade(run_in_transaction=True)
    return applied
