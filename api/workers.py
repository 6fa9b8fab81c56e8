"""`simpul serve --workers N`: one listening socket per worker, so the kernel spreads connections.

Uvicorn's own supervisor binds one socket in the parent and shares it: every worker waits on
it and the first to wake accepts every queued connection at once, so one worker can hold
nearly all of them. The socket is also made without `IPPROTO_TCP`, which asyncio's loop takes
as "not TCP" and so leaves Nagle's algorithm on: each response's body waits for the client's
delayed ACK of its head, about 40 ms per request on a keep-alive connection (uvloop, which
`simpul serve` uses, sets `TCP_NODELAY` itself; the sockets here are right for either loop).

Here each worker binds its own TCP socket to the address with `SO_REUSEPORT`, and Linux hands
each new connection to one of them by a hash of its addresses. The parent keeps a bound socket
that never listens (it gets no connections), so the port stays this server's while a worker
restarts. Uvicorn's supervisor still starts, health-checks, restarts (SIGHUP) and stops the
workers; only the socket each one gets differs.
"""

from __future__ import annotations

import socket
import sys
from typing import Any

import uvicorn
from uvicorn.config import STARTUP_FAILURE, Config
from uvicorn.supervisors.multiprocess import Multiprocess, logger


def bind(host: str, port: int) -> socket.socket:
    """A TCP socket bound to (host, port) with SO_REUSEPORT, not yet listening."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((host, port))
    except OSError:
        sock.close()
        raise
    return sock


def _worker_sockets(host: str, port: int) -> list[socket.socket]:
    try:
        return [bind(host, port)]
    except OSError as exc:
        logger.error("%s", exc)
        sys.exit(STARTUP_FAILURE)  # the supervisor then stops instead of restarting the worker


class OwnSocket(list[socket.socket]):
    """What uvicorn's supervisor hands every worker as its sockets: empty in the parent, and
    unpickled in each worker (they are spawned) as a list of one new socket of its own."""

    def __init__(self, host: str, port: int) -> None:
        super().__init__()
        self.host, self.port = host, port

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return _worker_sockets, (self.host, self.port)


def run_uvicorn(app: str, **options: Any) -> None:
    """`uvicorn.run(app, **options)`, with a socket per worker when `workers` is over 1."""
    if options.get("workers", 1) <= 1 or sys.platform != "linux":
        uvicorn.run(app, **options)
        return
    config = Config(app, **options)
    try:
        reserved = bind(config.host, config.port)
    except OSError as exc:
        logger.error("%s", exc)
        sys.exit(STARTUP_FAILURE)
    port = reserved.getsockname()[1]
    logger.info("Uvicorn running on http://%s:%d, one socket per worker", config.host, port)
    try:
        Multiprocess(config, sockets=OwnSocket(config.host, port)).run()
    except KeyboardInterrupt:
        pass
    finally:
        reserved.close()
