"""One bound on the text a read may send: every string in a query's arguments, written in the
query or passed as a variable, at any depth of an input object, is at most MAX_TEXT_ARGUMENT
characters.

Slugs, codes, ids, cursors, filters and search text are all short; a longer one matches
nothing, and some would fail in the database rather than say so (SQLite refuses a LIKE pattern
over 50,000 bytes). Mutations are not bound here: each field they write has its own limit
(api/services/fields.py), and article bodies are long. Keys compared with a column are also
held to the column's length (schema/lookups.py).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from graphql import (
    ArgumentNode,
    DocumentNode,
    FragmentDefinitionNode,
    GraphQLError,
    ListValueNode,
    ObjectValueNode,
    OperationType,
    StringValueNode,
    ValueNode,
    VariableNode,
    Visitor,
    get_operation_ast,
    visit,
)
from strawberry.extensions import SchemaExtension

from schema.errors import InputError

MAX_TEXT_ARGUMENT = 500


class TextArguments(SchemaExtension):
    async def on_validate(self) -> AsyncIterator[None]:
        context = self.execution_context
        document = context.graphql_document
        if document is not None and context.pre_execution_errors is None:
            errors = too_long(document, context.operation_name, context.variables or {})
            if errors:
                # Set before validation runs, so Strawberry skips it and returns these.
                context.pre_execution_errors = errors
        yield


def too_long(
    document: DocumentNode, operation_name: str | None, variables: dict[str, Any]
) -> list[GraphQLError]:
    """An error for each argument of the operation (a read) holding a text that is too long."""
    operation = get_operation_ast(document, operation_name)
    if operation is None or operation.operation is OperationType.MUTATION:
        return []
    collector = _Arguments()
    for definition in (operation, *document.definitions):
        if definition is operation or isinstance(definition, FragmentDefinitionNode):
            visit(definition, collector)
    errors: dict[str, GraphQLError] = {}
    for argument in collector.found:
        for path, text in _texts(argument.value, argument.name.value, variables):
            if len(text) > MAX_TEXT_ARGUMENT and path not in errors:
                errors[path] = InputError(
                    f"`{path}` is {len(text)} characters long; at most {MAX_TEXT_ARGUMENT} "
                    "allowed.",
                    field=path,
                )
    return list(errors.values())


class _Arguments(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[ArgumentNode] = []

    def enter_argument(self, node: ArgumentNode, *_: Any) -> Any:
        self.found.append(node)
        return self.SKIP


def _texts(node: ValueNode, path: str, variables: dict[str, Any]) -> Iterator[tuple[str, str]]:
    if isinstance(node, StringValueNode):
        yield path, node.value
    elif isinstance(node, ObjectValueNode):
        for field in node.fields:
            yield from _texts(field.value, f"{path}.{field.name.value}", variables)
    elif isinstance(node, ListValueNode):
        for item in node.values:
            yield from _texts(item, path, variables)
    elif isinstance(node, VariableNode):
        yield from _variable_texts(variables.get(node.name.value), path)


def _variable_texts(value: Any, path: str) -> Iterator[tuple[str, str]]:
    # Request JSON is nested at most schema.http.MAX_JSON_DEPTH deep.
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _variable_texts(item, f"{path}.{key}")
    elif isinstance(value, list):
        for item in value:
            yield from _variable_texts(item, path)
