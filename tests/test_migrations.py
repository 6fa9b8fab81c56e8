"""Each dialect's migration chain builds exactly the models' schema, and Aerich agrees.

Every test gets its own empty databases (never the session database of conftest): a SQLite file,
or a scratch PostgreSQL database created on SIMPUL_MIGRATIONS_POSTGRES_URL's server and dropped
afterwards. PostgreSQL is required: without it the PostgreSQL cases fail.
"""

from __future__ import annotations

import asyncio
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import aiosqlite
import asyncpg  # type: ignore[import-untyped]  # asyncpg ships no type hints
import pytest
from aerich.migrate import Migrate
from aerich.utils import decompress_dict, import_py_file
from tortoise import Tortoise
from typer.testing import CliRunner

from api.cli import app
from api.db import MIGRATIONS_DIR, tortoise_config
from api.migrate import APP, chain_directory, upgrade, version_files
from api.migrations_tools import (
    DEFAULT_POSTGRES_ADMIN_URL,
    DIALECTS,
    POSTGRES_ADMIN_URL_ENV,
    Dialect,
    create_postgres_database,
    drop_postgres_database,
    make_migration,
    reset_orm_state,
    scratch_settings,
)
from api.settings import Settings

ADMIN_URL = os.environ.get(POSTGRES_ADMIN_URL_ENV, DEFAULT_POSTGRES_ADMIN_URL)

Schema = dict[str, dict[str, Any]]


@pytest.fixture(autouse=True)
def _orm_state() -> Iterator[None]:
    # Aerich's Migrate and Tortoise's statement cache are process-wide (see reset_orm_state):
    # start clean, and leave nothing PostgreSQL-shaped behind for the SQLite tests that follow.
    reset_orm_state()
    yield
    reset_orm_state()


@pytest.fixture(params=DIALECTS)
def dialect(request: pytest.FixtureRequest) -> Dialect:
    value: Dialect = request.param
    return value


@contextmanager
def _empty_database(dialect: Dialect, directory: Path) -> Iterator[Settings]:
    if dialect == "sqlite":
        yield scratch_settings(f"sqlite://{directory / 'simpul.sqlite3'}", directory)
        return
    try:
        url = asyncio.run(create_postgres_database(ADMIN_URL))
    except (OSError, asyncpg.PostgresError) as exc:
        pytest.fail(f"the migration tests need PostgreSQL at {ADMIN_URL}: {exc!r}")
    try:
        yield scratch_settings(url, directory)
    finally:
        asyncio.run(drop_postgres_database(ADMIN_URL, url))


@pytest.fixture
def database(dialect: Dialect, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Settings]:
    with _empty_database(dialect, tmp_path_factory.mktemp("database")) as settings:
        yield settings


@pytest.fixture
def other_database(
    dialect: Dialect, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Settings]:
    with _empty_database(dialect, tmp_path_factory.mktemp("other-database")) as settings:
        yield settings


async def _generate_schemas(settings: Settings) -> set[str]:
    """Build the models' tables the way Tortoise does without migrations; return their names."""
    await Tortoise.init(config=tortoise_config(settings))
    try:
        await Tortoise.generate_schemas(safe=False)
        assert Tortoise.apps is not None
        return {model._meta.db_table for model in Tortoise.apps.get_models_iterable()}
    finally:
        await Tortoise.close_connections()


async def _sqlite_schema(settings: Settings) -> Schema:
    schema: Schema = {}
    async with aiosqlite.connect(settings.database_url.removeprefix("sqlite://")) as db:
        tables = await db.execute_fetchall(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
        for (table,) in tables:
            columns = {
                name: {"type": kind, "not_null": bool(not_null), "default": default, "pk": pk}
                for _, name, kind, not_null, default, pk in await db.execute_fetchall(
                    f'PRAGMA table_info("{table}")'
                )
            }
            indexes = {}
            for _, name, unique, origin, partial in await db.execute_fetchall(
                f'PRAGMA index_list("{table}")'
            ):
                info = await db.execute_fetchall(f'PRAGMA index_info("{name}")')
                index_columns = tuple(column for _, _, column in sorted(info))
                # SQLite numbers the indexes behind UNIQUE and PRIMARY KEY in declaration order.
                key = name if origin == "c" else f"{origin} {index_columns}"
                indexes[key] = {
                    "columns": index_columns,
                    "unique": bool(unique),
                    "partial": bool(partial),
                }
            references: dict[int, list[tuple[Any, ...]]] = {}
            for key_id, seq, target, source, column, on_update, on_delete, _ in sorted(
                await db.execute_fetchall(f'PRAGMA foreign_key_list("{table}")')
            ):
                references.setdefault(key_id, []).append(
                    (seq, source, target, column, on_update, on_delete)
                )
            foreign_keys = sorted(
                (
                    tuple(part[1] for part in parts),
                    parts[0][2],
                    tuple(part[3] for part in parts),
                    f"ON UPDATE {parts[0][4]}",
                    f"ON DELETE {parts[0][5]}",
                )
                for parts in references.values()
            )
            schema[table] = {"columns": columns, "indexes": indexes, "foreign_keys": foreign_keys}
    return schema


async def _postgres_schema(settings: Settings) -> Schema:
    connection = await asyncpg.connect(
        settings.database_url.replace("postgres://", "postgresql://")
    )
    try:
        tables = await connection.fetch(
            "SELECT table_name, obj_description(format('%I', table_name)::regclass, 'pg_class')"
            " AS comment FROM information_schema.tables"
            " WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
        )
        schema: Schema = {
            row["table_name"]: {
                "comment": row["comment"],
                "columns": {},
                "indexes": {},
                "constraints": {},
            }
            for row in tables
        }
        for row in await connection.fetch(
            "SELECT table_name, column_name, data_type, character_maximum_length,"
            " numeric_precision, numeric_scale, datetime_precision, is_nullable, column_default,"
            " is_identity, col_description(format('%I', table_name)::regclass, ordinal_position)"
            " AS comment FROM information_schema.columns WHERE table_schema = 'public'"
        ):
            column = dict(row)
            schema[column.pop("table_name")]["columns"][column.pop("column_name")] = column
        for row in await connection.fetch(
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"
        ):
            schema[row["tablename"]]["indexes"][row["indexname"]] = row["indexdef"]
        for row in await connection.fetch(
            "SELECT conrelid::regclass::text AS table_name, conname, contype::text,"
            " pg_get_constraintdef(oid) AS definition FROM pg_constraint"
            " WHERE connamespace = 'public'::regnamespace"
        ):
            constraint = (row["contype"], row["definition"])
            schema[row["table_name"]]["constraints"][row["conname"]] = constraint
    finally:
        await connection.close()
    return schema


async def _schema(settings: Settings) -> Schema:
    if settings.dialect == "sqlite":
        return await _sqlite_schema(settings)
    return await _postgres_schema(settings)


# One foreign key, one unique column and one plain index, as each engine reports them: proof
# that the comparison below sees constraints at all.
REGIONS_SAMPLES: dict[str, dict[str, Any]] = {
    "sqlite": {
        "foreign_keys": [
            (("parent_id",), "regions", ("id",), "ON UPDATE NO ACTION", "ON DELETE RESTRICT")
        ],
        "indexes": {
            "u ('code',)": {"columns": ("code",), "unique": True, "partial": False},
            "idx_regions_name_a5b1c9": {"columns": ("name",), "unique": False, "partial": False},
        },
    },
    "postgres": {
        "constraints": {
            "regions_parent_id_fkey": (
                "f",
                "FOREIGN KEY (parent_id) REFERENCES regions(id) ON DELETE RESTRICT",
            ),
            "regions_code_key": ("u", "UNIQUE (code)"),
        },
        "indexes": {
            "idx_regions_name_a5b1c9": (
                "CREATE INDEX idx_regions_name_a5b1c9 ON public.regions USING btree (name)"
            ),
        },
    },
}


async def test_chain_builds_exactly_the_models_schema(
    database: Settings, other_database: Settings
) -> None:
    await upgrade(database)
    tables = await _generate_schemas(other_database)

    migrated = await _schema(database)
    generated = await _schema(other_database)

    assert set(migrated) == tables
    for part, expected in REGIONS_SAMPLES[database.dialect].items():
        found = migrated["regions"][part]
        if isinstance(expected, dict):
            assert {name: found[name] for name in expected} == expected
        else:
            assert found == expected
    assert migrated == generated


async def test_aerich_finds_no_pending_changes(database: Settings, tmp_path: Path) -> None:
    # Diff into a copy of the chain so that a failure cannot leave a file in migrations/.
    location = tmp_path / "chain"
    shutil.copytree(
        chain_directory(database), location / APP, ignore=shutil.ignore_patterns("__pycache__")
    )

    written = await make_migration(database, "pending", location=location)

    assert written is None
    assert (Migrate.upgrade_operators, Migrate.downgrade_operators) == ([], [])
    assert version_files(location / APP) == version_files(chain_directory(database))


def test_the_chains_are_in_step() -> None:
    chains = {dialect: MIGRATIONS_DIR / dialect / APP for dialect in DIALECTS}
    names = {dialect: version_files(directory) for dialect, directory in chains.items()}

    assert names["sqlite"] == names["postgres"]
    assert names["sqlite"][0].endswith("_init.py")
    for name in names["sqlite"]:
        states = [
            decompress_dict(import_py_file(directory / name).MODELS_STATE)
            for directory in chains.values()
        ]
        assert states[0] == states[1], name


async def test_upgrade_applies_the_chain_once(database: Settings) -> None:
    chain = version_files(chain_directory(database))

    assert await upgrade(database) == chain
    assert await upgrade(database) == []


def test_simpul_migrate_prints_the_migrations_it_applies(database: Settings) -> None:
    env = {
        "SIMPUL_MODE": "development",
        "SIMPUL_DATABASE_URL": database.database_url,
        "SIMPUL_DATA_DIR": str(database.data_dir),
    }
    chain = version_files(chain_directory(database))
    runner = CliRunner()

    first = runner.invoke(app, ["migrate"], env=env)
    second = runner.invoke(app, ["migrate"], env=env)

    assert (first.exit_code, first.output) == (0, "".join(f"applied {n}\n" for n in chain))
    assert (second.exit_code, second.output) == (0, "database is up to date\n")
