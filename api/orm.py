"""Running ORM work outside a request: the CLI, the demo loader, the benchmarks."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from tortoise import Tortoise

from api.db import tortoise_config
from api.settings import Settings

T = TypeVar("T")


async def with_orm(settings: Settings, work: Callable[[], Awaitable[T]]) -> T:
    """Open the ORM for `settings`, run `work`, and close every connection afterwards."""
    if settings.dialect == "sqlite":
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    await Tortoise.init(config=tortoise_config(settings))
    try:
        return await work()
    finally:
        await Tortoise.close_connections()
