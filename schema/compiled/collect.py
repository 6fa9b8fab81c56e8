"""Field collection as GraphQL's executor does it: fragments and inline fragments whose type
condition applies, @include/@skip with the request's variables, fields merged by response key
in the order they first appear."""

from __future__ import annotations

from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLIncludeDirective,
    GraphQLObjectType,
    GraphQLSchema,
    GraphQLSkipDirective,
    InlineFragmentNode,
    SelectionSetNode,
)
from graphql.execution.values import VariableValues, get_directive_values

from schema.compiled.describe import Unsupported


class FieldCollector:
    def __init__(
        self, schema: GraphQLSchema, document: DocumentNode, variables: VariableValues
    ) -> None:
        self.schema = schema
        self.variables = variables
        self.fragments = {
            d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
        }
        if any(f.variable_definitions for f in self.fragments.values()):
            raise Unsupported("fragment variables")

    def collect(
        self, gql_type: GraphQLObjectType, sets: list[SelectionSetNode]
    ) -> dict[str, list[FieldNode]]:
        """The fields of `sets` on `gql_type`, by response key, in the executor's order."""
        grouped: dict[str, list[FieldNode]] = {}
        self._visit(gql_type, sets, grouped, set())
        return grouped

    def _visit(
        self,
        gql_type: GraphQLObjectType,
        sets: list[SelectionSetNode],
        grouped: dict[str, list[FieldNode]],
        seen: set[str],
    ) -> None:
        for selection_set in sets:
            for node in selection_set.selections:
                if not self._included(node):
                    continue
                if isinstance(node, FieldNode):
                    key = node.alias.value if node.alias else node.name.value
                    grouped.setdefault(key, []).append(node)
                elif isinstance(node, InlineFragmentNode):
                    if self._applies(node.type_condition, gql_type):
                        self._visit(gql_type, [node.selection_set], grouped, seen)
                elif isinstance(node, FragmentSpreadNode):
                    name = node.name.value
                    fragment = self.fragments.get(name)
                    if name in seen or fragment is None:
                        continue
                    seen.add(name)
                    if self._applies(fragment.type_condition, gql_type):
                        self._visit(gql_type, [fragment.selection_set], grouped, seen)

    def _included(self, node: Any) -> bool:
        if node.directives:
            if any(d.name.value not in ("skip", "include") for d in node.directives):
                raise Unsupported("directive")
            skip = get_directive_values(GraphQLSkipDirective, node, self.variables)
            if skip is not None and skip["if"] is True:
                return False
            include = get_directive_values(GraphQLIncludeDirective, node, self.variables)
            if include is not None and include["if"] is False:
                return False
        return True

    def _applies(self, condition: Any, gql_type: GraphQLObjectType) -> bool:
        if condition is None:
            return True
        target = self.schema.get_type(condition.name.value)
        if target is gql_type:
            return True
        return self.schema.is_sub_type(target, gql_type)  # type: ignore[arg-type]
