"""Automatic persisted queries (Apollo's protocol) and per-key allow-lists.

A request may name its query by SHA-256 in `extensions.persistedQuery.sha256Hash`. Without a
`query`, the stored document of that hash runs, or the caller gets `PersistedQueryNotFound` and
sends the query along next time; with a `query`, the hash must match and the pair is stored in
`persisted_queries`, so every worker knows it. A key in allow-list mode may run only the
documents registered for it, whichever way it sends them.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    GraphQLError,
    GraphQLSchema,
    OperationDefinitionNode,
    OperationType,
    TypeInfo,
    TypeInfoVisitor,
    Visitor,
    parse,
    visit,
)
from strawberry.http import GraphQLRequestData
from strawberry.types import ExecutionResult
from tortoise.exceptions import IntegrityError

from api.models import ApiKey, ApiKeyOperation, PersistedQuery

NOT_FOUND = "PersistedQueryNotFound"
MISMATCH = "provided sha does not match query"
UNSUPPORTED = "Unsupported persisted query version"
MALFORMED_HASH = "`extensions.persistedQuery.sha256Hash` must be a SHA-256 hex digest."
NOT_ALLOWED = "This API key may only run registered operations; {operation} is not registered."
NOT_ALLOWED_CODE = "OPERATION_NOT_ALLOWED"


def digest(query: str) -> str:
    return hashlib.sha256(query.encode()).hexdigest()


class Refused(Exception):
    """The request is answered with this GraphQL error; nothing is executed."""

    def __init__(self, message: str, code: str, status: int = 200) -> None:
        super().__init__(message)
        self.code = code
        self.status = status

    def result(self) -> ExecutionResult:
        error = GraphQLError(str(self), extensions={"code": self.code})
        return ExecutionResult(data=None, errors=[error])


@dataclass(frozen=True, slots=True)
class Document:
    """What usage and the allow-list need to know about a query text (computed once)."""

    sha256: str
    parsed: bool
    operations: dict[str | None, OperationType]
    fields: frozenset[str]

    def label(self, operation_name: str | None) -> str:
        """The operation's name, else `anonymous:<first 12 hex digits of the SHA-256>`."""
        if operation_name:
            return operation_name
        names = [name for name in self.operations if name]
        if len(self.operations) == 1 and names:
            return names[0]
        return f"anonymous:{self.sha256[:12]}"

    @property
    def has_mutation(self) -> bool:
        return OperationType.MUTATION in self.operations.values()


class _FieldCollector(Visitor):
    def __init__(self, type_info: TypeInfo) -> None:
        super().__init__()
        self.type_info = type_info
        self.found: set[str] = set()

    def enter_field(self, node: FieldNode, *_: Any) -> None:
        parent = self.type_info.get_parent_type()
        if parent is not None and not node.name.value.startswith("__"):
            self.found.add(f"{parent.name}.{node.name.value}")


def _fields(schema: GraphQLSchema, document: DocumentNode) -> frozenset[str]:
    type_info = TypeInfo(schema)
    collector = _FieldCollector(type_info)
    visit(document, TypeInfoVisitor(type_info, collector))
    return frozenset(collector.found)


@lru_cache(maxsize=2048)
def document(schema: GraphQLSchema, query: str) -> Document:
    """The document's operations and the `Type.field`s it selects (cached by text)."""
    sha = digest(query)
    try:
        node = parse(query)
    except GraphQLError:
        return Document(sha, parsed=False, operations={}, fields=frozenset())
    operations = {
        (d.name.value if d.name else None): d.operation
        for d in node.definitions
        if isinstance(d, OperationDefinitionNode)
    }
    return Document(sha, parsed=True, operations=operations, fields=_fields(schema, node))


def requested_hash(extensions: dict[str, Any] | None) -> str | None:
    persisted = (extensions or {}).get("persistedQuery")
    if persisted is None:
        return None
    if not isinstance(persisted, dict) or persisted.get("version") != 1:
        raise Refused(UNSUPPORTED, "PERSISTED_QUERY_NOT_SUPPORTED", 400)
    sha = persisted.get("sha256Hash")
    if not isinstance(sha, str) or len(sha) != 64:
        raise Refused(MALFORMED_HASH, "BAD_REQUEST", 400)
    return sha.lower()


async def _remember(query: str, sha: str, operation_name: str) -> None:
    # Clients send the text only after PersistedQueryNotFound, so this is rare.
    if not await PersistedQuery.filter(sha256=sha).exists():
        with contextlib.suppress(IntegrityError):  # another worker stored it first
            await PersistedQuery.create(sha256=sha, query=query, operation_name=operation_name)


async def prepare(
    data: GraphQLRequestData, schema: GraphQLSchema, method: str, key: ApiKey | None
) -> tuple[GraphQLRequestData, Document | None]:
    """The request with its query text filled in, and that text's Document; or Refused."""
    sha = requested_hash(data.extensions)
    stored = sha is not None and data.query is None
    if stored:
        found = await PersistedQuery.filter(sha256=sha).only("sha256", "query").first()
        if found is None:
            raise Refused(NOT_FOUND, "PERSISTED_QUERY_NOT_FOUND")
        data = dataclasses.replace(data, query=found.query)
    if data.query is None:
        return data, None
    doc = document(schema, data.query)
    if sha is not None and doc.sha256 != sha:
        raise Refused(MISMATCH, "BAD_REQUEST", 400)
    if key is not None and key.allowlist_only:
        if not await ApiKeyOperation.filter(api_key_id=key.id, query_id=doc.sha256).exists():
            operation = data.operation_name or doc.label(None)
            raise Refused(NOT_ALLOWED.format(operation=f"`{operation}`"), NOT_ALLOWED_CODE)
    elif (
        sha is not None and not stored and doc.parsed and not (method == "GET" and doc.has_mutation)
    ):
        await _remember(data.query, sha, doc.label(data.operation_name)[:200])
    return data, doc
