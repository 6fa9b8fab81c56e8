"""The app factory: the one place where the HTTP layer, the schema and the data layer meet."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from tortoise.contrib.starlette import RegisterTortoise

from api.db import tortoise_config
from api.settings import Settings
from api.spa import SPAFiles
from api.sqlcount import SQLCountMiddleware
from schema import create_graphql_app


async def _health(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def _root(request: Request) -> Response:
    return RedirectResponse("/admin/", status_code=307)


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if settings.dialect == "sqlite":
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        async with RegisterTortoise(app, config=tortoise_config(settings)):
            yield

    graphql = create_graphql_app(settings)
    routes = [
        Route("/", _root),
        Route("/healthz", _health),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        Mount("/admin", app=SPAFiles(directory=settings.admin_dir), name="admin"),
    ]
    middleware = [Middleware(SQLCountMiddleware)] if settings.report_sql_count else []
    app = Starlette(routes=routes, lifespan=lifespan, middleware=middleware)
    app.state.settings = settings
    return app
