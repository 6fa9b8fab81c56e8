"""Slow clients against a real `simpul serve` (api/timeouts.py, api/bodylimit.py): header and
body deadlines of 1 s, while other clients are served."""

from __future__ import annotations

import importlib.util
import json
import os
import secrets
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from typer.testing import CliRunner
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from api.cli import app
from api.settings import Settings, SettingsError
from api.timeouts import SlowClientProtocol
from tests.servers import SIMPUL, STARTUP_TIMEOUT, free_port

TIMEOUT = 1.0
# How long after its deadline a connection may take to be closed on a busy machine.
SLACK = 1.5


@pytest.fixture(scope="module")
def server(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    port = free_port()
    env = os.environ | {
        "SIMPUL_MODE": "test",
        "SIMPUL_SECRET_KEY": secrets.token_hex(32),
        "SIMPUL_DATABASE_URL": settings.database_url,
        "SIMPUL_DATA_DIR": str(settings.data_dir),
        "SIMPUL_HEADER_TIMEOUT": str(TIMEOUT),
        "SIMPUL_BODY_TIMEOUT": str(TIMEOUT),
    }
    log = tmp_path_factory.mktemp("slow-clients") / "server.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(SIMPUL), "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_until_up(port, process, log)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=30)


def wait_until_up(port: int, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        assert process.poll() is None, log.read_text()
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"the server did not answer /healthz in {STARTUP_TIMEOUT} s")


def connect(port: int) -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port))
    sock.settimeout(TIMEOUT + SLACK + 5)
    return sock


def read_until_closed(sock: socket.socket) -> bytes:
    """Everything the server sends until it closes the connection."""
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    return received


def healthy(port: int) -> bool:
    answer: object = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=2).json()
    return answer == {"status": "ok"}


def test_headers_sent_a_byte_at_a_time_are_cut_off(server: int) -> None:
    """Slowloris: every byte arrives in time, but the whole head must arrive within the deadline;
    meanwhile the server answers other clients."""
    request = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: yes\r\n\r\n"
    sock = connect(server)
    started = time.monotonic()
    sent = 0
    try:
        for byte in request[:12]:
            sock.send(bytes([byte]))
            sent += 1
            assert healthy(server)
            time.sleep(0.25)
    except (BrokenPipeError, ConnectionResetError):
        pass
    with sock:
        assert read_until_closed(sock) == b""
    elapsed = time.monotonic() - started
    assert sent < len(request)
    assert TIMEOUT - 0.1 <= elapsed < TIMEOUT + SLACK


def test_many_silent_connections_are_closed_while_others_are_served(server: int) -> None:
    socks = [connect(server) for _ in range(50)]
    started = time.monotonic()
    try:
        assert healthy(server)
        assert all(read_until_closed(sock) == b"" for sock in socks)
        elapsed = time.monotonic() - started
        assert TIMEOUT - 0.1 <= elapsed < TIMEOUT + SLACK
    finally:
        for sock in socks:
            sock.close()


def test_the_next_request_on_a_kept_alive_connection_has_a_deadline_too(server: int) -> None:
    with connect(server) as sock:
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        first = b""
        while not first.endswith(b'{"status":"ok"}'):
            first += sock.recv(65536)
        sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127")
        started = time.monotonic()
        rest = read_until_closed(sock)
        elapsed = time.monotonic() - started

    assert first.startswith(b"HTTP/1.1 200 OK\r\n")
    assert rest == b""
    assert TIMEOUT - 0.1 <= elapsed < TIMEOUT + SLACK


def test_a_slow_body_gets_408_and_the_connection_closed(server: int) -> None:
    head = (
        b"POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        b"Content-Length: 100\r\n\r\n"
    )
    with connect(server) as sock:
        sock.sendall(head + b'{"query":')
        started = time.monotonic()
        answer = read_until_closed(sock)
        elapsed = time.monotonic() - started

    status, _, body = answer.partition(b"\r\n\r\n")
    assert status.startswith(b"HTTP/1.1 408 Request Timeout\r\n")
    assert b"\r\nconnection: close" in status.lower()
    assert json.loads(body) == {
        "errors": [
            {
                "message": "The request body did not arrive within 1 s.",
                "extensions": {"code": "REQUEST_TIMEOUT"},
            }
        ]
    }
    assert TIMEOUT - 0.1 <= elapsed < TIMEOUT + SLACK


def test_a_body_the_app_does_not_read_cannot_hold_the_connection(server: int) -> None:
    """/healthz answers without reading the body; its trickle is cut off all the same."""
    head = b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n"
    with connect(server) as sock:
        sock.sendall(head)
        started = time.monotonic()
        answer = sock.recv(65536)
        closed = False
        try:
            for _ in range(20):
                sock.send(b"x")
                time.sleep(0.25)
        except (BrokenPipeError, ConnectionResetError):
            closed = True
        closed = closed or read_until_closed(sock) == b""
        elapsed = time.monotonic() - started

    assert answer.startswith(b"HTTP/1.1 200 OK\r\n")
    assert closed
    assert elapsed < 2 * TIMEOUT + SLACK + 1


def test_serve_passes_the_deadlines_and_limits_to_uvicorn(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: started.append(kwargs))

    result = CliRunner().invoke(app, ["serve"], env={"SIMPUL_MAX_CONNECTIONS": "200"})

    assert result.exit_code == 0, result.output
    assert {
        name: started[0][name]
        for name in (
            "http",
            "loop",
            "access_log",
            "limit_concurrency",
            "timeout_keep_alive",
            "timeout_graceful_shutdown",
        )
    } == {
        "http": SlowClientProtocol,
        "loop": "uvloop",
        "access_log": True,  # in development
        "limit_concurrency": 200,
        "timeout_keep_alive": 5,
        "timeout_graceful_shutdown": 30,
    }
    # The faster parser and event loop, both pinned in pyproject.toml.
    assert issubclass(SlowClientProtocol, HttpToolsProtocol)
    assert importlib.util.find_spec("uvloop") is not None


def test_serve_logs_access_as_the_settings_say(monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[dict[str, object]] = []
    monkeypatch.setattr(uvicorn, "run", lambda *args, **kwargs: started.append(kwargs))

    result = CliRunner().invoke(app, ["serve"], env={"SIMPUL_ACCESS_LOG": "0"})

    assert result.exit_code == 0, result.output
    assert started[0]["access_log"] is False


@pytest.mark.parametrize(
    ("variable", "value", "message"),
    [
        ("SIMPUL_HEADER_TIMEOUT", "0", "a positive number of seconds, not '0'"),
        ("SIMPUL_HEADER_TIMEOUT", "ten", "a positive number of seconds, not 'ten'"),
        ("SIMPUL_BODY_TIMEOUT", "inf", "a positive number of seconds, not 'inf'"),
        ("SIMPUL_MAX_CONNECTIONS", "0", "a positive integer, not '0'"),
        ("SIMPUL_MAX_CONNECTIONS", "1.5", "a positive integer, not '1.5'"),
    ],
)
def test_bad_deadlines_and_limits_are_refused(variable: str, value: str, message: str) -> None:
    with pytest.raises(SettingsError) as refused:
        Settings.from_env({variable: value})
    assert str(refused.value) == f"{variable} must be {message}"


def test_the_deadlines_and_connection_limit_come_from_the_environment() -> None:
    default = Settings.from_env({})
    assert (default.header_timeout, default.body_timeout, default.max_connections) == (
        10.0,
        30.0,
        1000,
    )
    configured = Settings.from_env(
        {
            "SIMPUL_HEADER_TIMEOUT": "2",
            "SIMPUL_BODY_TIMEOUT": "0.5",
            "SIMPUL_MAX_CONNECTIONS": "50",
        }
    )
    assert (configured.header_timeout, configured.body_timeout, configured.max_connections) == (
        2.0,
        0.5,
        50,
    )
