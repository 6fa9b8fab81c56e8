"""Refuse request bodies that are too large (413), compressed (415) or too slow (408).

A declared Content-Length over the limit is refused before the app runs; a chunked body is
counted as it streams in and refused as soon as it passes the limit. A body in a content coding
(`Content-Encoding: gzip`) is refused with 415 (RFC 9110 15.5.16): nothing here decompresses.
The whole body must arrive within `body_timeout` seconds of the app's first read; the request
line and headers have their own deadline in the server (api/timeouts.py).
"""

from __future__ import annotations

import asyncio

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class _Refused(Exception):
    def __init__(self, response: JSONResponse) -> None:
        self.response = response


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int, body_timeout: float = 30.0) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.body_timeout = body_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        codings = [
            coding.strip().lower().decode("latin-1")
            for name, value in scope["headers"]
            if name == b"content-encoding"
            for coding in value.split(b",")
        ]
        if unsupported := [coding for coding in codings if coding not in ("", "identity")]:
            await _unsupported_coding(unsupported[0])(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length", b"")
        if declared.isdigit() and int(declared) > self.max_body_bytes:
            await self._too_large()(scope, receive, send)
            return
        received = 0
        deadline: float | None = None
        complete = False
        started = False

        async def limited_receive() -> Message:
            nonlocal received, deadline, complete
            if complete:  # later reads wait for a disconnect, which takes as long as it takes
                return await receive()
            deadline = deadline or asyncio.get_running_loop().time() + self.body_timeout
            try:
                async with asyncio.timeout_at(deadline):
                    message = await receive()
            except TimeoutError:
                raise _Refused(self._too_slow()) from None
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _Refused(self._too_large())
                complete = not message.get("more_body", False)
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, watching_send)
        except _Refused as refused:
            if started:
                raise
            await refused.response(scope, receive, send)

    def _too_large(self) -> JSONResponse:
        message = f"The request body exceeds the limit of {self.max_body_bytes} bytes."
        return _refusal(413, message, "PAYLOAD_TOO_LARGE")

    def _too_slow(self) -> JSONResponse:
        message = f"The request body did not arrive within {self.body_timeout:g} s."
        return _refusal(408, message, "REQUEST_TIMEOUT")


def _unsupported_coding(coding: str) -> JSONResponse:
    message = f"Content-Encoding {coding!r} is not supported: send the request body uncompressed."
    response = _refusal(415, message, "UNSUPPORTED_MEDIA_TYPE")
    response.headers["Accept-Encoding"] = "identity"  # RFC 7694: the codings a body may use
    return response


def _refusal(status: int, message: str, code: str) -> JSONResponse:
    # The rest of the body is never read, so the connection cannot carry another request.
    return JSONResponse(
        {"errors": [{"message": message, "extensions": {"code": code}}]},
        status_code=status,
        headers={"Connection": "close"},
    )
