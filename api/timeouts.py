"""Deadlines for slow clients at the connection, in the server (`simpul serve`).

Uvicorn closes a connection idle between requests (`timeout_keep_alive`), but sets no deadline
while a request arrives: a client sending its headers a byte at a time, or opening a
connection and sending nothing, holds it (and a file descriptor) for as long as it likes.
`SlowClientProtocol` (Uvicorn's httptools protocol, the faster parser) arms a timer when a
request starts (the connection opens, or its first byte after a keep-alive pause) and closes
the connection unless the request line and headers are complete within `header_timeout`. The
app then reads the body under `body_timeout` (api/bodylimit.py answers 408); a body still
arriving a second after that (one the app never read, as it answered without it) gets the
connection closed too.
"""

from __future__ import annotations

import asyncio
from functools import cache
from typing import Any, Literal

from uvicorn.config import Config
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
from uvicorn.server import ServerState

from api.settings import Settings

# Lets api/bodylimit.py answer 408 first when the app is reading the body.
BODY_GRACE = 1.0

Part = Literal["head", "body", "done"]


@cache
def _deadlines() -> tuple[float, float]:
    # Uvicorn makes the protocol itself, in each worker process: the settings come from the
    # environment like the app's (`simpul serve` has checked them already).
    settings = Settings.from_env()
    return settings.header_timeout, settings.body_timeout


class SlowClientProtocol(HttpToolsProtocol):
    """Uvicorn's httptools protocol, with the part of the request awaited (head, body) timed."""

    def __init__(
        self,
        config: Config,
        server_state: ServerState,
        app_state: dict[str, Any],
        _loop: asyncio.AbstractEventLoop | None = None,
    ) -> None:
        super().__init__(config, server_state, app_state, _loop)
        self.header_timeout, self.body_timeout = _deadlines()
        self._awaited: Part = "head"  # what the parser waits for; a connection opens on a head
        self._watched: Part | None = None  # the part the deadline was armed for
        self._deadline: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]  # as HttpToolsProtocol's
        super().connection_made(transport)
        self._watch()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._watch()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    # The parser's callbacks, called from data_received.
    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._awaited = "head"

    def on_headers_complete(self) -> None:
        super().on_headers_complete()
        self._awaited = "body"

    def on_message_complete(self) -> None:
        super().on_message_complete()
        self._awaited = "done"

    def handle_websocket_upgrade(self) -> None:
        self._awaited = "done"  # the WebSocket protocol takes the connection over
        super().handle_websocket_upgrade()

    def _watch(self) -> None:
        """Arm the deadline of the part of the request now awaited; each part gets one."""
        part = self._awaited
        if part == self._watched:
            return
        self._disarm()
        self._watched = part
        if part == "head":
            self._deadline = self.loop.call_later(self.header_timeout, self._expire)
        elif part == "body":
            self._deadline = self.loop.call_later(self.body_timeout + BODY_GRACE, self._expire)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _expire(self) -> None:
        self._deadline = None
        if not self.transport.is_closing():
            self.transport.close()
