"""What a query asks for, measured on its AST before anything runs: depth, aliases, cost.

Pure functions over a graphql-core document and schema, so each is testable on its own. They
tolerate documents that validation would reject (unknown fields, fragment cycles), because they
run before validation: validating a huge document is itself work worth refusing.

Cost: every field that returns an object costs 1, scalars are free, plus the extras below. A
list or connection multiplies the cost of what is selected inside it by its page size (`first`
or `last`, else the argument's default, else 20; at most 100); nested lists multiply through.
The `edges` of a connection are already paid for by the connection. Every branch of a union or
interface is counted, so the estimate errs high.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from graphql import (
    DocumentNode,
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLField,
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNamedType,
    GraphQLObjectType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    ObjectValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValueNode,
    VariableNode,
    get_named_type,
    get_nullable_type,
    visit,
)
from graphql.language import Visitor

from schema.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

# Extra cost of a field, by (type name or "*", field name): work beyond loading one object.
# Expensive fields (graph metrics, say) register here.
FIELD_COSTS: dict[tuple[str, str], int] = {
    ("*", "totalCount"): 1,
    # Graph searches walk the in-memory graph; a network is built and measured once per data
    # version and filter (api/graph), but a new filter costs seconds of CPU.
    ("Query", "neighbourhood"): 50,
    ("Query", "shortestPaths"): 50,
    ("Query", "coappearancePartners"): 20,
    ("Query", "stakeholderNetwork"): 1000,
    # Roll-ups and searches: a few GROUP BY or LIKE statements each, over whole tables.
    ("Query", "coverage"): 30,
    ("Query", "dormantStakeholders"): 20,
    ("Query", "search"): 10,
    ("DashboardStats", "stakeholdersByCategory"): 5,
    ("DashboardStats", "stakeholdersByStatus"): 5,
    ("DashboardStats", "stakeholdersByRegion"): 10,
    ("DashboardStats", "articlesPerMonth"): 5,
    ("DashboardStats", "recentChanges"): 5,
    ("Stakeholder", "activity"): 2,
}
# Fields whose work grows with an argument, by (type name, field name): (argument, the value
# FIELD_COSTS prices, power). The extra cost is FIELD_COSTS * (value / that value) ** power: a
# neighbourhood's work (its nodes and the edges among them) grows with the square of its limit.
SCALED_COSTS: dict[tuple[str, str], tuple[str, int, int]] = {
    ("Query", "neighbourhood"): ("limit", 200, 2),
    ("Query", "shortestPaths"): ("limit", 1, 1),
}
# Lists as long as the argument of SCALED_COSTS on the field that encloses them (at most).
BOUNDED_LISTS = frozenset(
    {("Neighbourhood", "nodes"), ("Neighbourhood", "edges"), ("ShortestPaths", "paths")}
)
# Typical length of a list that is not a page (so has no `first`), by (type name, field name):
# graph results are bounded by their arguments and the data, not by DEFAULT_PAGE_SIZE.
LIST_SIZES: dict[tuple[str, str], int] = {
    ("Neighbourhood", "nodes"): 200,
    ("Neighbourhood", "edges"): 200,
    ("ShortestPaths", "paths"): 5,
    ("GraphPath", "nodes"): 7,
    ("GraphPath", "hops"): 6,
    ("GraphHop", "edges"): 2,
    ("GraphEdge", "evidence"): 3,
    ("CoappearancePartner", "evidence"): 5,
    ("NetworkCommunity", "members"): 20,
}
# Largest page of a connection that allows more than MAX_PAGE_SIZE (in-memory graph results).
PAGE_LIMITS: dict[tuple[str, str], int] = {
    ("StakeholderNetwork", "nodes"): 5000,
    ("StakeholderNetwork", "edges"): 5000,
}
# Extra cost of a field given an argument's input field, by (argument, input field).
ARGUMENT_COSTS: dict[tuple[str, str], int] = {
    ("filter", "search"): 5,
}
PAGE_ARGUMENTS = ("first", "last")

Variables = Mapping[str, Any]


def _fragments(document: DocumentNode) -> dict[str, FragmentDefinitionNode]:
    return {d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)}


def _operation(
    document: DocumentNode, operation_name: str | None
) -> OperationDefinitionNode | None:
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    for operation in operations:
        if operation_name is None or (operation.name and operation.name.value == operation_name):
            return operation
    return None


def count_aliases(document: DocumentNode) -> int:
    """Aliased fields in the whole document (fragments counted once each)."""
    counter = _AliasCounter()
    visit(document, counter)
    return counter.count


class _AliasCounter(Visitor):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def enter_field(self, node: FieldNode, *_: Any) -> None:
        if node.alias is not None:
            self.count += 1


class TooMuchWork(Exception):
    """The measurement needed more steps than the document's size allows."""


class WorkBudget:
    """Steps the measurements may take for one document. Each selection is visited once per
    measure (fragments are measured once, however often they are spread), so an honest document
    never runs out; the budget is a backstop that keeps any measurement linear in its size."""

    def __init__(self, steps: int) -> None:
        self.left = steps

    def spend(self, steps: int = 1) -> None:
        self.left -= steps
        if self.left < 0:
            raise TooMuchWork


UNLIMITED = 1 << 62


def fragment_cycle(document: DocumentNode) -> list[str] | None:
    """The first cycle of fragment spreads (`["A", "B", "A"]`), or None. Spreads of unknown
    fragments are left to validation."""
    fragments = _fragments(document)
    spreads = {name: _spread_names(f.selection_set) for name, f in fragments.items()}
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    for root in fragments:
        if root in state:
            continue
        path = [root]
        stack = [iter(spreads[root])]
        state[root] = 1
        while stack:
            child = next(stack[-1], None)
            if child is None:
                stack.pop()
                state[path.pop()] = 2
            elif child not in fragments or state.get(child) == 2:
                continue
            elif state.get(child) == 1:
                return [*path[path.index(child) :], child]
            else:
                state[child] = 1
                path.append(child)
                stack.append(iter(spreads[child]))
    return None


def _spread_names(selections: SelectionSetNode) -> list[str]:
    found: list[str] = []
    pending = [selections]
    while pending:
        for node in pending.pop().selections:
            if isinstance(node, FragmentSpreadNode):
                found.append(node.name.value)
            elif isinstance(node, (FieldNode, InlineFragmentNode)) and node.selection_set:
                pending.append(node.selection_set)
    return found


def query_depth(
    document: DocumentNode, operation_name: str | None = None, budget: WorkBudget | None = None
) -> int:
    """How many selection sets deep the operation goes (`{ a { b } }` is 1, as graphql-core's
    depth limiters count); introspection fields are not counted. A fragment is measured once.
    Expects a document without fragment cycles (fragment_cycle)."""
    operation = _operation(document, operation_name)
    if operation is None:
        return 0
    fragments = _fragments(document)
    memo: dict[str, int] = {}
    budget = budget or WorkBudget(UNLIMITED)

    def depth(selections: SelectionSetNode) -> int:
        deepest = 0
        for node in selections.selections:
            budget.spend()
            if isinstance(node, FieldNode):
                if node.name.value.startswith("__") or node.selection_set is None:
                    continue
                deepest = max(deepest, 1 + depth(node.selection_set))
            elif isinstance(node, InlineFragmentNode):
                deepest = max(deepest, depth(node.selection_set))
            elif isinstance(node, FragmentSpreadNode):
                name = node.name.value
                if name in fragments:
                    if name not in memo:
                        memo[name] = 0  # a cycle (refused before) must not recurse forever
                        memo[name] = depth(fragments[name].selection_set)
                    deepest = max(deepest, memo[name])
        return deepest

    return depth(operation.selection_set)


def query_cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Variables | None = None,
    operation_name: str | None = None,
    budget: WorkBudget | None = None,
) -> int:
    """The estimated cost of the operation, with fragments and variables resolved. A fragment
    is measured once per list bound it is spread under (see SCALED_COSTS), and its cost reused.
    Expects a document without fragment cycles (fragment_cycle)."""
    operation = _operation(document, operation_name)
    if operation is None:
        return 0
    root = schema.get_root_type(operation.operation)
    defaults = {
        d.variable.name.value: d.default_value
        for d in operation.variable_definitions or ()
        if d.default_value is not None
    }
    walker = _CostWalker(
        schema, _fragments(document), variables or {}, defaults, budget or WorkBudget(UNLIMITED)
    )
    return walker.selections(operation.selection_set, root, None)


class _CostWalker:
    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: Mapping[str, FragmentDefinitionNode],
        variables: Variables,
        defaults: Mapping[str, ValueNode],
        budget: WorkBudget,
    ) -> None:
        self.schema = schema
        self.fragments = fragments
        self.variables = variables
        self.defaults = defaults
        self.budget = budget
        self.memo: dict[tuple[str, int | None], int] = {}

    def selections(
        self, node: SelectionSetNode, parent: GraphQLNamedType | None, bound: int | None
    ) -> int:
        """`bound`: the length of the bounded lists below (BOUNDED_LISTS), set by the nearest
        enclosing field of SCALED_COSTS."""
        total = 0
        for selection in node.selections:
            self.budget.spend()
            if isinstance(selection, FieldNode):
                total += self.field(selection, parent, bound)
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                scope = self.schema.get_type(condition.name.value) if condition else parent
                total += self.selections(selection.selection_set, scope, bound)
            elif isinstance(selection, FragmentSpreadNode):
                total += self.fragment(selection.name.value, bound)
        return total

    def fragment(self, name: str, bound: int | None) -> int:
        fragment = self.fragments.get(name)
        if fragment is None:
            return 0
        key = (name, bound)
        if key not in self.memo:
            self.memo[key] = 0  # a cycle (refused before) must not recurse forever
            scope = self.schema.get_type(fragment.type_condition.name.value)
            self.memo[key] = self.selections(fragment.selection_set, scope, bound)
        return self.memo[key]

    def field(self, node: FieldNode, parent: GraphQLNamedType | None, bound: int | None) -> int:
        name = node.name.value
        if name.startswith("__"):
            return 0
        definition = _field_definition(parent, name)
        named = get_named_type(definition.type) if definition is not None else None
        is_object = node.selection_set is not None
        scaled = self._scaled(node, parent, definition)
        cost = int(is_object) + self._extra(node, parent, scaled)
        if node.selection_set is None:
            return cost
        inner = bound if scaled is None else scaled[0]
        children = self.selections(node.selection_set, named, inner)
        return cost + self._multiplier(node, parent, definition, bound) * children

    def _scaled(
        self, node: FieldNode, parent: GraphQLNamedType | None, definition: GraphQLField | None
    ) -> tuple[int, int] | None:
        """(the argument's value, the extra cost at that value) for a field of SCALED_COSTS."""
        if parent is None or definition is None:
            return None
        scale = SCALED_COSTS.get((parent.name, node.name.value))
        if scale is None:
            return None
        argument, reference, power = scale
        value = self._argument(node, definition, argument)
        size = value if isinstance(value, int) and value > 0 else reference
        base = FIELD_COSTS.get((parent.name, node.name.value), 0)
        return size, max(1, -(-base * size**power // reference**power))

    def _argument(self, node: FieldNode, definition: GraphQLField, name: str) -> Any:
        for argument in node.arguments or ():
            if argument.name.value == name:
                return self._value(argument.value)
        given = definition.args.get(name)
        return given.default_value if given is not None else None

    def _extra(
        self, node: FieldNode, parent: GraphQLNamedType | None, scaled: tuple[int, int] | None
    ) -> int:
        name = node.name.value
        extra = FIELD_COSTS.get(("*", name), 0)
        if scaled is not None:
            extra += scaled[1]
        elif parent is not None:
            extra += FIELD_COSTS.get((parent.name, name), 0)
        for argument in node.arguments or ():
            value = self._value(argument.value)
            if not isinstance(value, Mapping):
                continue
            for (argument_name, key), cost in ARGUMENT_COSTS.items():
                if argument.name.value == argument_name and value.get(key) is not None:
                    extra += cost
        return extra

    def _multiplier(
        self,
        node: FieldNode,
        parent: GraphQLNamedType | None,
        definition: GraphQLField | None,
        bound: int | None,
    ) -> int:
        sizes = [
            self._value(a.value) for a in node.arguments or () if a.name.value in PAGE_ARGUMENTS
        ]
        given = [size for size in sizes if isinstance(size, int)]
        limit = MAX_PAGE_SIZE
        if parent is not None:
            limit = PAGE_LIMITS.get((parent.name, node.name.value), MAX_PAGE_SIZE)
        if given:
            return _clamp(max(given), limit)
        if definition is None:
            return 1
        for name in PAGE_ARGUMENTS:
            argument = definition.args.get(name)
            if argument is not None:
                default = argument.default_value
                return _clamp(default) if isinstance(default, int) else DEFAULT_PAGE_SIZE
        if parent is not None and (parent.name, node.name.value) in LIST_SIZES:
            if bound is not None and (parent.name, node.name.value) in BOUNDED_LISTS:
                return bound
            return LIST_SIZES[(parent.name, node.name.value)]
        if isinstance(get_nullable_type(definition.type), GraphQLList):
            # A connection's edges are the page its connection already paid for.
            in_connection = isinstance(parent, GraphQLObjectType) and "pageInfo" in parent.fields
            return 1 if in_connection else DEFAULT_PAGE_SIZE
        return 1

    def _value(self, node: ValueNode) -> Any:
        if isinstance(node, VariableNode):
            name = node.name.value
            if name in self.variables:
                return self.variables[name]
            default = self.defaults.get(name)
            return self._value(default) if default is not None else None
        if isinstance(node, IntValueNode):
            return int(node.value)
        if isinstance(node, ObjectValueNode):
            return {f.name.value: self._value(f.value) for f in node.fields}
        return getattr(node, "value", None)


def _field_definition(parent: GraphQLNamedType | None, name: str) -> GraphQLField | None:
    if isinstance(parent, (GraphQLObjectType, GraphQLInterfaceType)):
        field: GraphQLField | None = parent.fields.get(name)
        return field
    return None


def _clamp(size: int, limit: int = MAX_PAGE_SIZE) -> int:
    return max(0, min(size, limit))
