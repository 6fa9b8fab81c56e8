"""The newsroom: an article's editorial states, its revisions, its tags and its readers.

Who may move an article from one state to another is decided by one table, MOVES. Every move,
tag change and restore compares-and-sets `version`, writes an audit entry and stores a revision
(a snapshot of the article), all in one transaction. Counting views is not an editorial change:
it touches neither `version`, the audit log nor the revisions.
"""

from api.services.articles.revisions import record_revision, restore_revision, snapshot
from api.services.articles.tags import add_tag, remove_tag, set_tags
from api.services.articles.views import reader_hash, record_view, today
from api.services.articles.workflow import (
    MOVES,
    InvalidTransition,
    Move,
    effective_status,
    require_may_remove,
    transition,
)

__all__ = [
    "MOVES",
    "InvalidTransition",
    "Move",
    "add_tag",
    "effective_status",
    "reader_hash",
    "record_revision",
    "record_view",
    "remove_tag",
    "require_may_remove",
    "restore_revision",
    "set_tags",
    "snapshot",
    "today",
    "transition",
]
