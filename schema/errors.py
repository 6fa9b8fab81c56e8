"""Errors a caller can act on. Their messages are shown; anything else is masked."""

from __future__ import annotations

from graphql import GraphQLError


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


def should_mask(error: GraphQLError) -> bool:
    original = error.original_error
    if original is None:
        # Validation and parsing errors from graphql-core describe the query, not the server.
        return False
    return not isinstance(original, GraphQLError)
