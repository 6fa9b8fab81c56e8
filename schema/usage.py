"""What a partner key's request used, noted for its usage tally (api/services/usage.py)."""

from __future__ import annotations

from strawberry.http import GraphQLRequestData
from strawberry.types import ExecutionResult

from api.models import ApiKey
from api.services.usage import UsageRecorder
from schema.persisted import NOT_ALLOWED_CODE, Document

# Error codes of requests refused before running: not on the allow-list, over a query limit.
REFUSALS = frozenset({NOT_ALLOWED_CODE, "QUERY_TOO_COMPLEX"})


def note(
    usage: UsageRecorder,
    key: ApiKey | None,
    document: Document | None,
    data: GraphQLRequestData,
    result: object,
) -> None:
    """Count the request for its key; `result` is None when it was refused with a 400."""
    if key is None:
        return
    errors = result.errors if isinstance(result, ExecutionResult) else None
    codes = {(e.extensions or {}).get("code") for e in errors or ()}
    refused = bool(codes & REFUSALS)
    operation = document.label(data.operation_name) if document else data.operation_name
    usage.record(
        key.id,
        operation=operation or "unknown",
        fields=document.fields if document and not refused else (),
        error=result is None or bool(errors),
        refused=refused,
    )
