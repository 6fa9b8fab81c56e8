"""Build a Snapshot from the database: one plain SELECT per table, no ORM objects.

Soft-deleted records are left out here, so no caller ever sees them; an edge whose end was
left out is dropped with it. Which articles a caller may see is decided later (audience.py),
because staff and the public share this one snapshot. Rows come in storage order (sorting
them in SQL would triple the time); everything shown to callers is sorted afterwards.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from tortoise import connections

from api.graph.kinds import EdgeKind, NodeType
from api.graph.snapshot import Edge, Snapshot, day_of, instant_of
from api.models import ArticleStatus, EventStatus, ParticipationRole

E = EdgeKind
N = NodeType
LIVE = "deleted_at IS NULL"
PUBLIC_STATUSES = {ArticleStatus.PUBLISHED.value, ArticleStatus.SCHEDULED.value}
MENTIONED = {t.value: t for t in (N.STAKEHOLDER, N.PERSON, N.REGION, N.EVENT, N.REGULATION)}

Row = Sequence[Any]


def _text(column: str) -> str:
    # UUIDs as text on both databases (PostgreSQL would return uuid.UUID objects).
    return f"CAST({column} AS TEXT)"


async def _rows(table: str, *columns: str, where: str = LIVE) -> list[Row]:
    sql = f"SELECT {', '.join(columns)} FROM {table}"
    if where:
        sql += f" WHERE {where}"
    _, rows = await connections.get("default").execute_query(sql)
    return list(rows)


async def load_snapshot(version: tuple[Any, ...], zone: dt.tzinfo = dt.UTC) -> Snapshot:
    """The graph as the database holds it; articles and events fall on their day in `zone`."""
    g = Snapshot(version=version)
    await _nodes(g, zone)
    await _located(g)
    await _memberships_and_relations(g)
    await _article_edges(g)
    await _event_edges(g)
    g.finish()
    return g


async def _nodes(g: Snapshot, zone: dt.tzinfo) -> None:
    for key, code, name in await _rows("regions", _text("id"), "code", "name", where=""):
        g.codes[g.add_node(N.REGION, key, name)] = code
    for key, name, category, status in await _rows(
        "stakeholders", _text("id"), "name", "category", "status"
    ):
        i = g.add_node(N.STAKEHOLDER, key, name)
        g.category[i], g.status[i] = category, status
    for key, name in await _rows("people", _text("id"), "full_name"):
        g.add_node(N.PERSON, key, name)
    for key, title, status, published_at in await _rows(
        "articles", _text("id"), "title", "status", "published_at"
    ):
        i = g.add_node(N.ARTICLE, key, title, day_of(published_at, zone))
        at = instant_of(published_at)
        if status in PUBLIC_STATUSES and at is not None:
            g.public_at[i] = at
    for key, title, starts_at, status in await _rows(
        "events", _text("id"), "title", "starts_at", "status"
    ):
        i = g.add_node(N.EVENT, key, title, day_of(starts_at, zone))
        if status == EventStatus.CANCELLED.value:
            g.cancelled_events.add(i)
    for key, title, enacted_on in await _rows("regulations", _text("id"), "title", "enacted_on"):
        g.add_node(N.REGULATION, key, title, day_of(enacted_on))


async def _located(g: Snapshot) -> None:
    regions = g.ids[N.REGION].get
    tables = (
        (N.REGION, "regions", "parent_id", ""),
        (N.STAKEHOLDER, "stakeholders", "region_id", LIVE),
        (N.PERSON, "people", "region_id", LIVE),
        (N.ARTICLE, "articles", "dateline_region_id", LIVE),
        (N.EVENT, "events", "region_id", LIVE),
    )
    for kind, table, column, where in tables:
        ids = g.ids[kind].get
        live = f"{column} IS NOT NULL" + (f" AND {where}" if where else "")
        rows = await _rows(table, _text("id"), _text(column), where=live)
        edges: list[Edge] = [(ids(key), regions(region), "", None, None) for key, region in rows]
        g.add_edges(E.LOCATED_IN, edges)
    for e in range(len(g.kinds)):
        if g.types[g.sources[e]] is N.STAKEHOLDER:
            g.region_of[g.sources[e]] = g.targets[e]


async def _memberships_and_relations(g: Snapshot) -> None:
    people, stakeholders = g.ids[N.PERSON].get, g.ids[N.STAKEHOLDER].get
    for kind, table, ends in (
        (E.MEMBERSHIP, "memberships", ("person_id", "stakeholder_id", "role")),
        (E.RELATION, "relations", ("source_id", "target_id", "kind")),
    ):
        source = people if kind is E.MEMBERSHIP else stakeholders
        rows = await _rows(
            table, _text("id"), _text(ends[0]), _text(ends[1]), ends[2], "started_on", "ended_on"
        )
        kept = [
            row for row in rows if source(row[1]) is not None and stakeholders(row[2]) is not None
        ]
        first = g.add_edges(
            kind,
            [
                (source(a), stakeholders(b), role, day_of(s), day_of(u))
                for _, a, b, role, s, u in kept
            ],
        )
        for offset, row in enumerate(kept):
            g.refs[first + offset] = row[0]
    relation_edges = {key: e for e, key in g.refs.items() if g.kinds[e] is E.RELATION}
    articles, events = g.ids[N.ARTICLE].get, g.ids[N.EVENT].get
    for relation, article, event in await _rows(
        "relation_evidence", _text("relation_id"), _text("article_id"), _text("event_id")
    ):
        e = relation_edges.get(relation)
        evidence = articles(article) if article else events(event)
        if e is not None and evidence is not None:
            g.relation_evidence.setdefault(e, []).append(evidence)


async def _article_edges(g: Snapshot) -> None:
    articles, days = g.ids[N.ARTICLE].get, g.days
    ends = "COALESCE(stakeholder_id, person_id, region_id, event_id, regulation_id)"
    by_type: dict[NodeType, list[Edge]] = {t: [] for t in MENTIONED.values()}
    for article, target, target_type in await _rows(
        "mentions", _text("article_id"), _text(ends), "target_type", where=""
    ):
        a = articles(article)
        if a is not None:
            mentioned = MENTIONED[target_type]
            by_type[mentioned].append((a, g.ids[mentioned].get(target), "", days[a], None))
    for edges in by_type.values():
        g.add_edges(E.MENTION, edges)
    for edge_kind, table, target_type, column in (
        (E.QUOTE, "quotes", N.PERSON, "person_id"),
        (E.COVERAGE, "event_coverage", N.EVENT, "event_id"),
    ):
        targets = g.ids[target_type].get
        rows = await _rows(table, _text("article_id"), _text(column), where="")
        g.add_edges(edge_kind, [(a, targets(t), "", days[a] if a is not None else None, None)
                           for a, t in ((articles(x), y) for x, y in rows)])  # fmt: skip


async def _event_edges(g: Snapshot) -> None:
    events, days = g.ids[N.EVENT].get, g.days
    stakeholders, people = g.ids[N.STAKEHOLDER].get, g.ids[N.PERSON].get
    organiser = ParticipationRole.ORGANISER.value
    roles: dict[EdgeKind, list[Edge]] = {E.ORGANISER: [], E.EVENT_PARTICIPATION: []}
    for event, stakeholder, role in await _rows(
        "event_participations", _text("event_id"), _text("stakeholder_id"), "role", where=""
    ):
        v = events(event)
        kind = E.ORGANISER if role == organiser else E.EVENT_PARTICIPATION
        roles[kind].append(
            (stakeholders(stakeholder), v, role, days[v] if v is not None else None, None)
        )
    for kind, edges in roles.items():
        g.add_edges(kind, edges)
    rows = await _rows("event_speakers", _text("person_id"), _text("event_id"), "mode", where="")
    g.add_edges(
        E.SPEAKER,
        [(people(p), v, mode, days[v] if v is not None else None, None)
         for p, v, mode in ((p, events(e), m) for p, e, m in rows)],
    )  # fmt: skip
