"""Refuse request bodies over a size limit with 413, without reading them into memory.

A declared Content-Length over the limit is refused before the app runs; a chunked body is
counted as it streams in and refused as soon as it passes the limit. A body in a content coding
(`Content-Encoding: gzip`) is refused with 415 (RFC 9110 15.5.16): nothing here decompresses.
"""

from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send


class _BodyTooLarge(Exception):
    pass


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes

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
            await self._refuse(scope, receive, send)
            return
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise _BodyTooLarge
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except _BodyTooLarge:
            if started:
                raise
            await self._refuse(scope, receive, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        message = f"The request body exceeds the limit of {self.max_body_bytes} bytes."
        response = JSONResponse(
            {"errors": [{"message": message, "extensions": {"code": "PAYLOAD_TOO_LARGE"}}]},
            status_code=413,
            headers={"Connection": "close"},
        )
        await response(scope, receive, send)


def _unsupported_coding(coding: str) -> JSONResponse:
    message = f"Content-Encoding {coding!r} is not supported: send the request body uncompressed."
    return JSONResponse(
        {"errors": [{"message": message, "extensions": {"code": "UNSUPPORTED_MEDIA_TYPE"}}]},
        status_code=415,
        # RFC 7694: the codings a request body may use.
        headers={"Accept-Encoding": "identity", "Connection": "close"},
    )
