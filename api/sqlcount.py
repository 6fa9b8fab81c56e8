"""Reports the SQL statements a request cost in an `X-SQL-Count` header (benchmarks, tests)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.db import install_sql_counter, start_counting, stop_counting


class SQLCountMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        install_sql_counter()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        counter, token = start_counting()

        async def send_with_count(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers.append((b"x-sql-count", str(counter[0]).encode()))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_count)
        finally:
            stop_counting(token)
