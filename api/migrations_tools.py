"""Writing the next Aerich migration of both chains, each diffed on a scratch database.

Aerich writes dialect-specific SQL, so the SQLite chain is generated on a temporary SQLite file
and the PostgreSQL chain on a database created for the run and dropped afterwards. Both chains
get the same version file names, so they stay in step. Run it through `scripts/makemigrations`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import sys
import tempfile
import uuid
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Literal

import asyncpg  # type: ignore[import-untyped]  # asyncpg ships no type hints
from aerich.migrate import Migrate
from tortoise.backends.base.executor import EXECUTOR_CACHE

from api.db import MIGRATIONS_DIR
from api.migrate import APP, chain_directory, open_command, version_files
from api.settings import ROOT, Settings

Dialect = Literal["sqlite", "postgres"]
DIALECTS: tuple[Dialect, ...] = ("sqlite", "postgres")
POSTGRES_ADMIN_URL_ENV = "SIMPUL_MIGRATIONS_POSTGRES_URL"
DEFAULT_POSTGRES_ADMIN_URL = "postgres://postgres@127.0.0.1:5432/postgres"


class MigrationsError(RuntimeError):
    """Raised when the two chains would fall out of step."""


def reset_orm_state() -> None:
    """Forget what earlier work in this process left in Aerich's and Tortoise's globals.

    Aerich's `Migrate` keeps the pending operators and the last known models state in class
    attributes and never clears them, so a second diff would repeat the first one's SQL.
    Tortoise caches each model's INSERT and DELETE statements by connection *name*, so after
    using "default" on SQLite it would send SQLite's `?` placeholders to PostgreSQL.
    """
    Migrate.upgrade_operators = []
    Migrate.downgrade_operators = []
    Migrate._upgrade_fk_m2m_index_operators = []
    Migrate._downgrade_fk_m2m_index_operators = []
    Migrate._upgrade_m2m = []
    Migrate._downgrade_m2m = []
    Migrate._rename_fields = {}
    Migrate._rename_models = {}
    Migrate._last_version_content = None
    EXECUTOR_CACHE.clear()


def _asyncpg_dsn(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


async def create_postgres_database(admin_url: str) -> str:
    """Create an empty, uniquely named database on `admin_url`'s server; return its URL."""
    name = f"simpul_scratch_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(_asyncpg_dsn(admin_url))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    return f"{admin_url.rpartition('/')[0]}/{name}"


async def drop_postgres_database(admin_url: str, url: str) -> None:
    name = url.rpartition("/")[2]
    admin = await asyncpg.connect(_asyncpg_dsn(admin_url))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await admin.close()


@asynccontextmanager
async def scratch_database(
    dialect: Dialect, *, postgres_admin_url: str = DEFAULT_POSTGRES_ADMIN_URL
) -> AsyncIterator[str]:
    """Yield the URL of a new, empty database of `dialect`; remove it on exit."""
    if dialect == "sqlite":
        with tempfile.TemporaryDirectory(prefix="simpul-scratch-") as directory:
            yield f"sqlite://{Path(directory) / 'scratch.sqlite3'}"
        return
    url = await create_postgres_database(postgres_admin_url)
    try:
        yield url
    finally:
        await drop_postgres_database(postgres_admin_url, url)


def scratch_settings(database_url: str, data_dir: Path) -> Settings:
    return Settings(mode="development", database_url=database_url, data_dir=data_dir)


def keep_sql_verbatim(path: Path) -> None:
    """Make the SQL strings of an Aerich migration file raw strings.

    Aerich pastes the SQL into plain triple-quoted strings, so Python turns the `\\n` that
    Tortoise writes into enum column comments into real newlines: the migrated database would
    then differ from the models' schema.
    """
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('    return """', '    return r"""'), encoding="utf-8")


async def make_migration(
    settings: Settings, name: str, *, location: Path | None = None, interactive: bool = False
) -> Path | None:
    """Write the next migration of the dialect's chain (or the one under `location`).

    `settings` must point at an empty scratch database: the chain is applied to it first, so
    Aerich diffs the models against the chain's head. The first migration of a chain is always
    Aerich's `init`. Returns the new file, or None when the models match the head. With
    `interactive`, Aerich asks whether a changed column is a rename; otherwise it assumes so.
    """
    reset_orm_state()
    directory = chain_directory(settings, location=location)
    if not version_files(directory):
        directory.mkdir(parents=True, exist_ok=True)
        # Aerich refuses to start a chain in a directory holding anything at all.
        shutil.rmtree(directory / "__pycache__", ignore_errors=True)
        async with open_command(settings, location=location) as cmd:
            # safe=False: the first migration fails loudly on a database that already has tables.
            await cmd.init_db(safe=False)
        written = directory / version_files(directory)[-1]
        keep_sql_verbatim(written)
        return written
    async with open_command(settings, location=location) as cmd:
        await cmd.upgrade(run_in_transaction=True)
        # Migrate.init read the aerich table before the chain was applied; read the head again.
        reset_orm_state()
        await cmd.init()
        version = await cmd.migrate(name, no_input=not interactive)
    if not version:
        return None
    keep_sql_verbatim(directory / version)
    return directory / version


async def _make_one(
    dialect: Dialect, name: str, *, interactive: bool, postgres_admin_url: str
) -> Path | None:
    with tempfile.TemporaryDirectory(prefix="simpul-makemigrations-") as data_dir:
        async with scratch_database(dialect, postgres_admin_url=postgres_admin_url) as url:
            return await make_migration(
                scratch_settings(url, Path(data_dir)), name, interactive=interactive
            )


def make_migrations(
    name: str, *, interactive: bool = False, postgres_admin_url: str = DEFAULT_POSTGRES_ADMIN_URL
) -> list[Path]:
    """Write the next migration of every dialect's chain under one file name.

    Returns the files written, none when the models match both chains. If one dialect fails
    or disagrees with the other, every file this run wrote is removed again.
    """
    directories = [MIGRATIONS_DIR / dialect / APP for dialect in DIALECTS]
    before = {path for directory in directories for path in directory.glob("*.py")}
    try:
        written = [
            # One event loop, and so one Tortoise context, per dialect.
            asyncio.run(
                _make_one(
                    dialect, name, interactive=interactive, postgres_admin_url=postgres_admin_url
                )
            )
            for dialect in DIALECTS
        ]
        paths = [path for path in written if path is not None]
        if paths and len(paths) != len(DIALECTS):
            found = dict(zip(DIALECTS, map(str, written), strict=True))
            raise MigrationsError(f"only some dialects found model changes: {found}")
    except BaseException:
        for directory in directories:
            for path in set(directory.glob("*.py")) - before:
                path.unlink()
        raise
    # Aerich stamps each file with the time it was written; give every chain the first name.
    return [path.rename(path.with_name(paths[0].name)) for path in paths]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="makemigrations",
        description="Generate the next Aerich migration for the SQLite and PostgreSQL chains.",
    )
    parser.add_argument("name", help="what the migration does, e.g. add_event_capacity")
    parser.add_argument(
        "--interactive",
        action="store_true",
        help="let Aerich ask whether a changed column is a rename (asked once per dialect)",
    )
    args = parser.parse_args(argv)
    admin_url = os.environ.get(POSTGRES_ADMIN_URL_ENV, DEFAULT_POSTGRES_ADMIN_URL)
    try:
        paths = make_migrations(
            args.name, interactive=args.interactive, postgres_admin_url=admin_url
        )
    except (MigrationsError, OSError, asyncpg.PostgresError) as exc:
        print(f"makemigrations: {exc}", file=sys.stderr)
        return 1
    if not paths:
        print("no changes: the models match both chains")
    for path in paths:
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
