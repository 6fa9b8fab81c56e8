"""The app factory: the one place where the HTTP layer, the schema and the data layer meet."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from tortoise.contrib.starlette import RegisterTortoise

from api.bodylimit import BodyLimitMiddleware
from api.cors import origin_middleware
from api.db import tortoise_config
from api.graph.http import export_routes
from api.headers import SecurityHeadersMiddleware
from api.ratelimit import RateLimitMiddleware
from api.services import html
from api.settings import Settings
from api.spa import SPAFiles
from api.sqlcount import SQLCountMiddleware
from api.startup import on_startup
from schema import create_graphql_app


async def _health(request: Request) -> Response:
    return JSONResponse({"status": "ok"})


async def _root(request: Request) -> Response:
    return RedirectResponse("/admin/", status_code=307)


def create_app(settings: Settings | None = None) -> Starlette:
    settings = settings or Settings.from_env()
    html.configure(image_hosts=settings.image_hosts)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if settings.dialect == "sqlite":
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        async with RegisterTortoise(app, config=tortoise_config(settings)):
            await on_startup(settings)  # production refuses demo accounts; development warns
            # Partner key usage is written in batches; the task's last flush runs at shutdown.
            flusher = asyncio.create_task(graphql.usage.run(settings.usage_flush_seconds))
            try:
                yield
            finally:
                flusher.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await flusher

    graphql = create_graphql_app(settings)
    routes = [
        Route("/", _root),
        Route("/healthz", _health),
        Route("/graphql", graphql, methods=["GET", "POST"]),
        *export_routes(settings),
        # The admin app's scripts shrink about 3x gzipped; GraphQL responses stay as they are.
        Mount("/admin", app=GZipMiddleware(SPAFiles(directory=settings.admin_dir)), name="admin"),
    ]
    middleware = [Middleware(SQLCountMiddleware)] if settings.report_sql_count else []
    middleware.append(
        Middleware(
            BodyLimitMiddleware,
            max_body_bytes=settings.max_body_bytes,
            body_timeout=settings.body_timeout,
        )
    )
    middleware.append(Middleware(RateLimitMiddleware, settings=settings))
    # Outermost, so preflights are answered first and refusals (413, 429) carry CORS headers.
    middleware[0:0] = origin_middleware(settings)
    # Outermost of all: every answer, refusals and preflights included, carries them.
    middleware.insert(0, Middleware(SecurityHeadersMiddleware, image_hosts=settings.image_hosts))
    app = Starlette(routes=routes, lifespan=lifespan, middleware=middleware)
    app.state.settings = settings
    app.state.usage = graphql.usage
    return app
