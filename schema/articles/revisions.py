"""An article's revisions: who saved what, and what changed since the revision before.

Only staff see revisions; anyone else asking for them gets a GraphQL error on the field.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from typing import Annotated, Any
from uuid import UUID

import strawberry
from strawberry.scalars import JSON
from strawberry.types.field import StrawberryField
from strawberry.utils.str_converters import to_camel_case

from api import models
from schema.context import Info
from schema.enums import ArticleStatus
from schema.errors import AccessDenied, InputError

MAX_REVISIONS = 100
NOT_STAFF = "Only staff may see article revisions."
# Snapshot values that are enums show as the schema spells them (BERITA, IN_REVIEW).
_ENUM_COLUMNS = frozenset({"category", "status"})
# Long text compared line by line; HTML block ends count as line ends.
_TEXT_COLUMNS = frozenset({"body", "summary"})
_BLOCK_END = re.compile(r"(</(?:p|h[1-6]|li|ul|ol|blockquote|figure|table|tr|pre|div)>)(?!\n)")


def _shown(column: str, value: Any) -> Any:
    return value.upper() if column in _ENUM_COLUMNS and isinstance(value, str) else value


def _lines(text: str) -> list[str]:
    return _BLOCK_END.sub(r"\1\n", text).splitlines()


def line_diff(before: str, after: str, old: str, new: str) -> str:
    """A unified diff of two texts, labelled with the revisions they come from."""
    return "\n".join(
        difflib.unified_diff(_lines(before), _lines(after), old, new, n=1, lineterm="")
    )


@strawberry.type(description="One field whose value differs from the revision before.")
class RevisionChange:
    field: str = strawberry.field(description="The article field, as named in the schema.")
    before: JSON | None = strawberry.field(description="The value in the revision before.")
    after: JSON | None = strawberry.field(description="The value in this revision.")
    diff: str | None = strawberry.field(
        description="For the body and summary: a unified line diff of the two texts."
    )


def changes(
    before: dict[str, Any] | None, after: dict[str, Any], number: int
) -> list[RevisionChange]:
    """Field-by-field differences between two snapshots (the first revision: from nothing)."""
    previous = before or {}
    found = []
    # Sorted: PostgreSQL's JSONB does not keep the order the keys were written in.
    for column in sorted(after.keys() | previous.keys()):
        old, new = previous.get(column), after.get(column)
        if old == new or (before is None and new in ("", [], None)):
            continue
        diff = None
        if column in _TEXT_COLUMNS:
            diff = line_diff(
                str(old or ""), str(new or ""), f"revision {number - 1}", f"revision {number}"
            )
        found.append(
            RevisionChange(
                field=to_camel_case(column),
                before=_shown(column, old),
                after=_shown(column, new),
                diff=diff,
            )
        )
    return found


@strawberry.type(description="A saved state of an article: after it was created and each change.")
class ArticleRevision:
    number: int = strawberry.field(description="1 for the first, then 2, 3, ...")
    created_at: dt.datetime = strawberry.field(description="When it was saved.")
    note: str = strawberry.field(
        description="What made it: empty for an edit, else the move, `tags` or the restore."
    )
    snapshot_data: strawberry.Private[dict[str, Any]]
    previous_data: strawberry.Private[dict[str, Any] | None]
    author_id: strawberry.Private[UUID | None]

    @strawberry.field(description="The article's fields, state and tags as saved.")
    def snapshot(self) -> JSON:
        return JSON({to_camel_case(k): _shown(k, v) for k, v in sorted(self.snapshot_data.items())})

    @strawberry.field(description="The editorial state it was saved in.")
    def status(self) -> ArticleStatus:
        return ArticleStatus(self.snapshot_data["status"])

    @strawberry.field(description="The headline as saved.")
    def title(self) -> str:
        return str(self.snapshot_data.get("title", ""))

    @strawberry.field(description="What differs from the revision before, field by field.")
    def changes(self) -> list[RevisionChange]:
        return changes(self.previous_data, self.snapshot_data, self.number)

    @strawberry.field(description="The staff member who saved it (null if the account is gone).")
    async def author_name(self, info: Info) -> str | None:
        user = await info.context.loaders.get(models.User, self.author_id)
        return None if user is None else (user.full_name or user.email)


def revisions_field() -> StrawberryField:
    """The `revisions` field of Article: newest first, for staff only."""

    async def resolver(
        root: Any,
        info: Info,
        first: Annotated[
            int, strawberry.argument(description="At most this many (at most 100).")
        ] = 20,
        before: Annotated[
            int | None, strawberry.argument(description="Only revisions numbered below this.")
        ] = None,
    ) -> list[ArticleRevision] | None:
        if not info.context.viewer.is_staff:
            raise AccessDenied(NOT_STAFF)
        if not 0 <= first <= MAX_REVISIONS:
            raise InputError(
                f"`first` must be between 0 and {MAX_REVISIONS}, got {first}.", field="first"
            )
        loader = info.context.loaders.children(models.ArticleRevision, "article_id", ["-number"])
        rows: list[models.ArticleRevision] = await loader.load(root.id)
        shown: list[ArticleRevision] = []
        for index, row in enumerate(rows):
            if before is not None and row.number >= before:
                continue
            if len(shown) == first:
                break
            previous = rows[index + 1].snapshot if index + 1 < len(rows) else None
            shown.append(
                ArticleRevision(
                    number=row.number,
                    created_at=row.created_at,
                    note=row.note,
                    snapshot_data=row.snapshot,
                    previous_data=previous,
                    author_id=row.author_id,  # type: ignore[attr-defined]  # Tortoise's FK column
                )
            )
        return shown

    field: StrawberryField = strawberry.field(
        resolver=resolver,
        description="Saved states, newest first (staff only: anyone else gets an error).",
    )
    return field
