"""Who may introspect the schema: the `introspection` setting, applied per request.

"on": everyone; "staff": staff sessions only (not anonymous callers, not partner keys); "off":
nobody. A refused query fails validation, so nothing runs. `__typename` is not introspection
and always works. Partners read the published SDL (schema/schema.graphql) instead.

A caller who may not introspect gets no "Did you mean …?" either: the suggestions would spell
the schema out one guess at a time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from graphql import FieldNode, GraphQLError, ValidationRule
from strawberry.extensions import SchemaExtension

from schema.context import Context

ROOTS = frozenset({"__schema", "__type"})
# graphql-core ends a message with its suggestions: " Did you mean 'a', 'b', or 'c'?"
SUGGESTION = re.compile(r" Did you mean [^?]*\?$")


class _Refuse(ValidationRule):
    setting = "off"

    def enter_field(self, node: FieldNode, *_args: Any) -> None:
        if node.name.value in ROOTS:
            self.report_error(
                GraphQLError(
                    f"Introspection (`{node.name.value}`) is not available to this caller "
                    f"(SIMPUL_INTROSPECTION={self.setting}"
                    f"{': staff sessions only' if self.setting == 'staff' else ''}). "
                    "The schema is published as schema/schema.graphql.",
                    node,
                    extensions={"code": "INTROSPECTION_DISABLED"},
                )
            )


class _RefuseStaffOnly(_Refuse):
    setting = "staff"


class IntrospectionPolicy(SchemaExtension):
    def on_operation(self) -> Iterator[None]:
        context = self.execution_context.context
        if isinstance(context, Context):
            policy = context.settings.introspection_policy
            refused = policy == "off" or (policy == "staff" and not context.viewer.is_staff)
            if refused:
                rule = _RefuseStaffOnly if policy == "staff" else _Refuse
                self.execution_context.validation_rules = (
                    *self.execution_context.validation_rules,
                    rule,
                )
                yield
                _hide_suggestions(self.execution_context.result)
                return
        yield


def _hide_suggestions(result: object) -> None:
    # Validation and variable coercion errors alike; both reach the result unmasked.
    for error in getattr(result, "errors", None) or ():
        if isinstance(error, GraphQLError):
            error.message = SUGGESTION.sub("", error.message)
