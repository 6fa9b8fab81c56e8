"""Automatic persisted queries (Apollo's protocol) and per-key allow-lists.

A request may name its query by SHA-256 in `extensions.persistedQuery.sha256Hash`. Without a
`query`, the stored document of that hash runs, or the caller gets `PersistedQueryNotFound` and
sends the query along next time; with a `query`, the hash must match and the query runs. A key
in allow-list mode may run only the documents registered for it, whichever way it sends them.

The pair is stored in `persisted_queries` (so every worker knows it) only for those who may
register: admins and editors (a staff session that may write) and keys with the `persist`
scope, each key within a quota of documents and characters; and only when the document parses
and validates. Anyone else still gets the answer, but nothing is stored. A document's
`last_used_at` is touched at most once a day; documents unused for
`persisted_query_unused_days` that no allow-list holds are pruned, at most hourly, when a new
one is stored.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
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
    validate,
    visit,
)
from strawberry.http import GraphQLRequestData
from strawberry.types import ExecutionResult
from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery
from tortoise.functions import Count, Length, Sum

from api.auth.keys import Scope
from api.models import ApiKey, ApiKeyOperation, PersistedQuery
from api.services.actor import Actor
from api.settings import Settings

NOT_FOUND = "PersistedQueryNotFound"
MISMATCH = "provided sha does not match query"
UNSUPPORTED = "Unsupported persisted query version"
MALFORMED_HASH = "`extensions.persistedQuery.sha256Hash` must be a SHA-256 hex digest."
NOT_ALLOWED = "This API key may only run registered operations; {operation} is not registered."
NOT_ALLOWED_CODE = "OPERATION_NOT_ALLOWED"
OVER_QUOTA = (
    "This API key has used its persisted-query quota ({documents} documents, {chars} characters "
    "of query text), so this query was not stored or run. Send it without "
    "`extensions.persistedQuery`; documents unused for {days} days are removed."
)
OVER_QUOTA_CODE = "PERSISTED_QUERY_QUOTA_EXCEEDED"
TOUCH_EVERY = dt.timedelta(days=1)
PRUNE_EVERY = dt.timedelta(hours=1)


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


def may_register(viewer: Actor, key: ApiKey | None) -> bool:
    if key is not None:
        return Scope.PERSIST in key.scopes
    return viewer.can_write


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def _touch(sha: str, last_used_at: dt.datetime | None) -> None:
    now = _now()
    if last_used_at is None or last_used_at < now - TOUCH_EVERY:
        await PersistedQuery.filter(sha256=sha).update(last_used_at=now)


async def _refuse_over_quota(key: ApiKey, chars: int, settings: Settings) -> None:
    # Tortoise nests functions at run time; its annotations only name fields.
    chars_used = Sum(Length("query"))  # type: ignore[arg-type]
    used = (
        await PersistedQuery.filter(api_key_id=key.id)
        .annotate(documents=Count("sha256"), chars=chars_used)
        .values("documents", "chars")
    )[0]
    if (
        used["documents"] >= settings.persisted_queries_per_key
        # Sum takes the field's type (text): the number comes back as a string.
        or int(used["chars"] or 0) + chars > settings.persisted_query_chars_per_key
    ):
        message = OVER_QUOTA.format(
            documents=settings.persisted_queries_per_key,
            chars=settings.persisted_query_chars_per_key,
            days=settings.persisted_query_unused_days,
        )
        raise Refused(message, OVER_QUOTA_CODE)


async def prune(settings: Settings) -> int:
    """Delete the documents unused for `persisted_query_unused_days` that no allow-list holds."""
    cutoff = _now() - dt.timedelta(days=settings.persisted_query_unused_days)
    unused = Q(last_used_at__lt=cutoff) | Q(last_used_at__isnull=True, created_at__lt=cutoff)
    held = Subquery(ApiKeyOperation.all().values("query_id"))
    deleted: int = await PersistedQuery.filter(unused).exclude(sha256__in=held).delete()
    return deleted


@dataclass(slots=True)
class PruneSchedule:
    """When this process last pruned: pruning rides along with registrations, at most hourly."""

    last: dt.datetime | None = None

    def due(self) -> bool:
        now = _now()
        if self.last is not None and self.last > now - PRUNE_EVERY:
            return False
        self.last = now
        return True


PRUNING = PruneSchedule()


async def _remember(
    schema: GraphQLSchema,
    query: str,
    sha: str,
    operation_name: str,
    key: ApiKey | None,
    settings: Settings,
) -> None:
    # Clients send the text only after PersistedQueryNotFound, so this is rare.
    found = await PersistedQuery.filter(sha256=sha).only("sha256", "last_used_at").first()
    if found is not None:
        await _touch(sha, found.last_used_at)
        return
    if validate(schema, parse(query)):
        return  # the caller gets the errors; a document that cannot run is not kept
    if key is not None:
        await _refuse_over_quota(key, len(query), settings)
    with contextlib.suppress(IntegrityError):  # another worker stored it first
        await PersistedQuery.create(
            sha256=sha,
            query=query,
            operation_name=operation_name,
            api_key_id=key.id if key is not None else None,
            last_used_at=_now(),
        )
    if PRUNING.due():
        await prune(settings)


async def prepare(
    data: GraphQLRequestData,
    schema: GraphQLSchema,
    method: str,
    key: ApiKey | None,
    *,
    viewer: Actor,
    settings: Settings,
) -> tuple[GraphQLRequestData, Document | None]:
    """The request with its query text filled in, and that text's Document; or Refused."""
    sha = requested_hash(data.extensions)
    stored = sha is not None and data.query is None
    if stored:
        found = (
            await PersistedQuery.filter(sha256=sha).only("sha256", "query", "last_used_at").first()
        )
        if found is None:
            raise Refused(NOT_FOUND, "PERSISTED_QUERY_NOT_FOUND")
        await _touch(found.sha256, found.last_used_at)
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
        sha is not None
        and not stored
        and doc.parsed
        and not (method == "GET" and doc.has_mutation)
        and may_register(viewer, key)
    ):
        label = doc.label(data.operation_name)[:200]
        await _remember(schema, data.query, sha, label, key, settings)
    return data, doc
