"""Each query text is parsed once, and its document validated once per set of rules.

Both are pure functions of their inputs, so one cache serves every caller: the parse of a
text, and the validation errors of that parsed document under a tuple of rules (the
introspection policy adds a rule for callers who may not introspect, schema/introspection.py,
so they get their own entry). A caller gets copies of the cached errors, since later steps
edit errors in place (suggestions are stripped for those callers).

Bounded by the characters of query text held (a parsed document takes 50 to 100 times its
text's size in memory, so about 50 MB at most), least recently used first out. Texts that do
not parse are not cached: Strawberry parses them again and reports the error as usual.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from cachetools import LRUCache
from graphql import DocumentNode, GraphQLError, parse
from strawberry.extensions import SchemaExtension
from strawberry.schema.schema import validate_document

from schema.errors import copy_error

CACHE_CHARS = 500_000
# What an entry costs beyond its text, in characters (the rule sets, the entry itself).
ENTRY_OVERHEAD = 200

Rules = tuple[type[Any], ...]


@dataclass(slots=True)
class _Entry:
    document: DocumentNode
    chars: int
    validations: dict[Rules, list[GraphQLError]] = field(default_factory=dict)


class DocumentCache(SchemaExtension):
    entries: LRUCache[tuple[str, tuple[tuple[str, Any], ...]], _Entry] = LRUCache(
        maxsize=CACHE_CHARS, getsizeof=lambda entry: entry.chars
    )

    def on_parse(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is None and context.query:
            entry = self._entry(create=True)
            if entry is not None:
                context.graphql_document = entry.document
        yield

    def on_validate(self) -> Iterator[None]:
        context = self.execution_context
        document = context.graphql_document
        rules: Rules = tuple(context.validation_rules)
        # Errors set already (query limits, too long a text) mean validation is skipped.
        if document is not None and context.pre_execution_errors is None and rules:
            entry = self._entry(create=False)
            if entry is not None and entry.document is document:
                errors = entry.validations.get(rules)
                if errors is None:
                    errors = validate_document(context.schema._schema, document, rules)
                    entry.validations[rules] = errors
                context.pre_execution_errors = [copy_error(error) for error in errors]
        yield

    def _entry(self, *, create: bool) -> _Entry | None:
        context = self.execution_context
        query = context.query or ""
        key = (query, tuple(sorted(context.parse_options.items())))
        entry = self.entries.get(key)
        if entry is None and create:
            try:
                document = parse(query, **context.parse_options)
            except GraphQLError:
                return None
            entry = _Entry(document, len(query) + ENTRY_OVERHEAD)
            if entry.chars <= CACHE_CHARS:
                self.entries[key] = entry
        return entry
