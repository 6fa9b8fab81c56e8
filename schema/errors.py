"""Errors a caller can act on. Their messages are shown; anything else is masked.

Logging follows the same line: the caller's mistakes (parse and validation errors, bad input,
refusals) are one short line each, with a bounded, escaped excerpt of the message; unexpected
errors keep their traceback. Either kind is throttled (`LogThrottle`), so a flood of bad
requests cannot flood the log.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from graphql import GraphQLError

log = logging.getLogger("simpul.graphql")

EXCERPT_CHARS = 120


class InputError(GraphQLError):
    """Bad input from the caller: a malformed id or cursor, an unknown code, a page too large."""

    def __init__(self, message: str, *, field: str | None = None) -> None:
        extensions: dict[str, object] = {"code": "BAD_USER_INPUT"}
        if field:
            extensions["field"] = field
        super().__init__(message, extensions=extensions)


class AccessDenied(GraphQLError):
    """The caller may not read this (code FORBIDDEN); the message says who may."""

    def __init__(self, message: str) -> None:
        super().__init__(message, extensions={"code": "FORBIDDEN"})


def copy_error(error: GraphQLError) -> GraphQLError:
    """A fresh copy of a cached error for one caller: later steps edit errors in place (the
    introspection policy strips suggestions, Strawberry sets paths)."""
    return GraphQLError(
        error.message,
        error.nodes,
        error.source,
        error.positions,
        error.path,
        error.original_error,
        dict(error.extensions) if error.extensions else None,
    )


def should_mask(error: GraphQLError) -> bool:
    original = error.original_error
    if original is None:
        # Validation and parsing errors from graphql-core describe the query, not the server.
        return False
    return not isinstance(original, GraphQLError)


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """At most `limit` characters of `text`, escaped (no newlines or control characters), and
    how much was cut."""
    shown = repr(text[:limit])[1:-1][: limit * 2]
    return shown if len(text) <= limit else f"{shown}… (+{len(text) - limit} chars)"


def error_kind(error: GraphQLError) -> str:
    """The error's `extensions.code`, else what graphql-core's untyped errors are."""
    code = (error.extensions or {}).get("code")
    if isinstance(code, str) and code:
        return code[:40]
    if error.message.startswith("Syntax Error"):
        return "GRAPHQL_PARSE_FAILED"
    return "GRAPHQL_VALIDATION_FAILED"


def log_errors(errors: Sequence[GraphQLError]) -> None:
    for error in errors:
        path = ".".join(str(part) for part in error.path or ())
        if should_mask(error):
            original = error.original_error
            log.error(
                "unexpected error at %s: %s",
                path or "-",
                excerpt(error.message),
                exc_info=original,
                extra={"kind": f"unexpected:{type(original).__name__}"},
            )
        else:
            kind = error_kind(error)
            log.warning(
                "bad request %s at %s: %s",
                kind,
                path or "-",
                excerpt(error.message),
                extra={"kind": kind},
            )


@dataclass(slots=True)
class _Window:
    start: float
    passed: int = 0
    suppressed: int = 0


class LogThrottle(logging.Filter):
    """Lets at most `limit` records of one kind (the record's `kind`, else its format string)
    through per `interval` seconds. The next one is replaced by a notice that similar lines are
    being suppressed; the first after the interval tells how many were."""

    def __init__(
        self,
        limit: int = 20,
        interval: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
        max_kinds: int = 1000,
    ) -> None:
        super().__init__()
        self.limit, self.interval, self.clock, self.max_kinds = limit, interval, clock, max_kinds
        self.windows: dict[str, _Window] = {}
        self.lock = threading.Lock()

    def reset(self) -> None:
        with self.lock:
            self.windows.clear()

    def filter(self, record: logging.LogRecord) -> bool:
        kind = str(getattr(record, "kind", "") or record.msg)
        now = self.clock()
        with self.lock:
            window = self.windows.get(kind)
            if window is None or now - window.start >= self.interval:
                if window is None and len(self.windows) >= self.max_kinds:
                    self.windows.clear()  # a bound on memory; forgetting only lets lines through
                if window is not None and window.suppressed:
                    record.msg = f"{record.msg} (%d similar lines were suppressed before this)"
                    record.args = (*_args(record), window.suppressed)
                window = self.windows[kind] = _Window(start=now)
            window.passed += 1
            if window.passed <= self.limit:
                return True
            if window.passed == self.limit + 1:
                record.msg = "more than %d %r lines in %g s: suppressing similar lines for now"
                record.args = (self.limit, kind, self.interval)
                record.exc_info = record.exc_text = None
                return True
            window.suppressed += 1
            return False


def _args(record: logging.LogRecord) -> tuple[object, ...]:
    if isinstance(record.args, tuple):
        return record.args
    return () if record.args is None else (record.args,)


LOG_THROTTLE = LogThrottle()
log.addFilter(LOG_THROTTLE)
