"""The one ORM configuration read by the app, the CLI, Aerich and the tests."""

from __future__ import annotations

import contextvars
import logging
from typing import Any

from tortoise.backends.base.config_generator import expand_db_url

from api.settings import ROOT, Settings

MODEL_MODULES = ["api.models", "aerich.models"]
MIGRATIONS_DIR = ROOT / "migrations"


async def keep_session(connection: object) -> None:
    """The pool's reset of a released connection: nothing beyond asyncpg's own.

    Tortoise takes a connection from the pool for each statement outside a transaction, and
    asyncpg's default reset sends `RESET ALL`, `CLOSE ALL`, `UNLISTEN *` and
    `pg_advisory_unlock_all()` when it comes back: a round trip per statement. Simpul leaves no
    session state to reset (no SET, LISTEN, cursors or session advisory locks; throttling's lock
    is per transaction). A transaction left open is still rolled back on release by asyncpg,
    which runs that step before this one (`Connection._reset`)."""


def tortoise_config(settings: Settings) -> dict[str, Any]:
    connection: dict[str, Any] = expand_db_url(settings.database_url)
    if settings.dialect == "postgres":
        connection["credentials"]["minsize"] = 1
        connection["credentials"]["maxsize"] = settings.db_pool_size
        connection["credentials"]["reset"] = keep_session  # passed on to asyncpg.create_pool
    else:
        # WAL lets readers proceed while the single writer commits.
        connection["credentials"]["journal_mode"] = "WAL"
        connection["credentials"]["foreign_keys"] = "ON"
        # Deleted and overwritten content is zeroed, not left in free pages: an erased
        # person's data must not stay readable in the file (see erasure.py).
        connection["credentials"]["secure_delete"] = "ON"
    return {
        "connections": {"default": connection},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def migrations_location(settings: Settings) -> str:
    return str(MIGRATIONS_DIR / settings.dialect)


# Counts SQL statements per request (tests, benchmarks, the X-SQL-Count header).
_sql_counter: contextvars.ContextVar[list[int] | None] = contextvars.ContextVar(
    "simpul_sql_counter", default=None
)


class _CountingHandler(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        counter = _sql_counter.get()
        # Statements are logged as "%s: %s" (query, values); connection events are not.
        if counter is not None and record.msg == "%s: %s":
            counter[0] += 1


_handler = _CountingHandler()


def install_sql_counter() -> None:
    log = logging.getLogger("tortoise.db_client")
    if _handler not in log.handlers:
        log.addHandler(_handler)
        log.setLevel(logging.DEBUG)
        log.propagate = False


def start_counting() -> tuple[list[int], contextvars.Token[list[int] | None]]:
    counter = [0]
    return counter, _sql_counter.set(counter)


def stop_counting(token: contextvars.Token[list[int] | None]) -> None:
    _sql_counter.reset(token)
