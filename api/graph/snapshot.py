"""The whole graph of one data version, held in memory as flat lists indexed by integers.

Node i has `types[i]`, `keys[i]` (the record's UUID as text), `labels[i]` and `days[i]` (the
date an article was published or an event started, as a date ordinal). Edge e joins
`sources[e]` to `targets[e]`; `adjacency[i]` lists the edges at node i. Everything is built
once per data version (see cache.py) and never changed afterwards, so readers share it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from api.graph.kinds import EdgeKind, NodeType

Day = int  # a date ordinal (datetime.date.toordinal)


@dataclass
class Snapshot:
    version: tuple[Any, ...] = ()
    types: list[NodeType] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    days: list[Day | None] = field(default_factory=list)
    ids: dict[NodeType, dict[str, int]] = field(default_factory=lambda: {t: {} for t in NodeType})
    # Stakeholder attributes, by node index.
    category: dict[int, str] = field(default_factory=dict)
    status: dict[int, str] = field(default_factory=dict)
    region_of: dict[int, int] = field(default_factory=dict)
    # Region codes, by node index.
    codes: dict[int, str] = field(default_factory=dict)
    # Articles with a public status: when they become (or became) public, as a POSIX time.
    public_at: dict[int, float] = field(default_factory=dict)
    cancelled_events: set[int] = field(default_factory=set)
    kinds: list[EdgeKind] = field(default_factory=list)
    sources: list[int] = field(default_factory=list)
    targets: list[int] = field(default_factory=list)
    since: list[Day | None] = field(default_factory=list)
    until: list[Day | None] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # a member's role, a relation's kind, ...
    # The membership or relation record behind an edge.
    refs: dict[int, str] = field(default_factory=dict)
    adjacency: list[list[int]] = field(default_factory=list)
    # Relation edge → the article and event nodes that document it.
    relation_evidence: dict[int, list[int]] = field(default_factory=dict)
    # Results derived from this snapshot for an audience (hidden articles, appearances),
    # computed on demand; networks, metrics and exports are kept in cache.py's LRU.
    memo: dict[tuple[Any, ...], Any] = field(default_factory=dict)

    def add_node(self, kind: NodeType, key: str, label: str, day: Day | None = None) -> int:
        i = len(self.types)
        self.types.append(kind)
        self.keys.append(key)
        self.labels.append(label)
        self.days.append(day)
        self.ids[kind][key] = i
        return i

    def node(self, kind: NodeType, key: str | None) -> int | None:
        return None if key is None else self.ids[kind].get(key)

    def add_edges(self, kind: EdgeKind, rows: list[Edge]) -> int:
        """Append edges, dropping those with a missing end (a deleted record); returns the
        index of the first edge added."""
        first = len(self.kinds)
        kept = [(s, t, r, a, b) for s, t, r, a, b in rows if s is not None and t is not None]
        self.kinds.extend([kind] * len(kept))
        self.sources.extend([row[0] for row in kept])
        self.targets.extend([row[1] for row in kept])
        self.roles.extend([row[2] for row in kept])
        self.since.extend([row[3] for row in kept])
        self.until.extend([row[4] for row in kept])
        return first

    def finish(self) -> None:
        adjacency: list[list[int]] = [[] for _ in self.types]
        for e, (source, target) in enumerate(zip(self.sources, self.targets, strict=True)):
            adjacency[source].append(e)
            if target != source:
                adjacency[target].append(e)
        self.adjacency = adjacency

    def other(self, e: int, i: int) -> int:
        source = self.sources[e]
        return self.targets[e] if source == i else source

    def __len__(self) -> int:
        return len(self.types)


# source, target, role, since, until
Edge = tuple[int | None, int | None, str, Day | None, Day | None]


def day_of(value: Any, zone: dt.tzinfo = dt.UTC) -> Day | None:
    """A date or timestamp column as a date ordinal; a timestamp (stored in UTC; SQLite returns
    ISO text, PostgreSQL date/datetime objects) falls on its day in `zone`, the office's."""
    if value is None:
        return None
    if isinstance(value, str):
        if len(value) <= 10:
            return dt.date.fromisoformat(value).toordinal()
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime):
        instant = value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
        return instant.astimezone(zone).date().toordinal()
    if isinstance(value, dt.date):
        return value.toordinal()
    raise TypeError(f"not a date: {value!r}")


def instant_of(value: Any) -> float | None:
    if value is None:
        return None
    if isinstance(value, str):
        value = dt.datetime.fromisoformat(value)
    if isinstance(value, dt.datetime):
        return value.timestamp()
    raise TypeError(f"not a timestamp: {value!r}")


def date_of(day: Day | None) -> dt.date | None:
    return None if day is None else dt.date.fromordinal(day)
