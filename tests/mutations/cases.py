"""Minimal inputs of every entity for the create-update-delete-restore tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tests.mutations.helpers import NO_OBJECT

IDS = "{ edges { node { id } } }"


@dataclass(frozen=True)
class Case:
    """Minimal input of one entity. "$name" is a record of `refs`, "{t}" the test's token."""

    entity: str
    create: dict[str, Any]
    created: dict[str, Any]
    update: dict[str, Any]
    updated: dict[str, Any]
    # Where the record shows up: (aliased root field, what it must contain: "$id" or a ref).
    seen: tuple[tuple[str, str], ...]
    soft: bool = True
    deletable: bool = True
    published: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _on(ref: str, type_name: str, body: str) -> str:
    return f"node(id: ${ref}) {{ ... on {type_name} {{ {body} }} }}"


CASES = (
    Case(
        "Region",
        {"code": "$code", "name": "Desa {t}", "level": "VILLAGE", "parentId": "$district"},
        {"code": "$code", "name": "Desa {t}", "level": "VILLAGE", "parent": {"id": "$district"}},
        {"name": "Desa Baru {t}"},
        {"name": "Desa Baru {t}"},
        (
            (f"list: regions(filter: {{search: $t}}) {IDS}", "$id"),
            ("up: " + _on("district", "Region", f"children(filter: {{search: $t}}) {IDS}"), "$id"),
        ),
        soft=False,
        deletable=False,
    ),
    Case(
        "Stakeholder",
        {"name": "KIM Baru {t}", "category": "KIM", "regionId": "$district", "memberCount": 12},
        {
            "name": "KIM Baru {t}",
            "slug": "kim-baru-{t}",
            "category": "KIM",
            "status": "ACTIVE",
            "memberCount": 12,
            "region": {"id": "$district"},
        },
        {"status": "DORMANT", "memberCount": 15},
        {"status": "DORMANT", "memberCount": 15},
        ((f"list: stakeholders(filter: {{search: $t}}) {IDS}", "$id"),),
    ),
    Case(
        "Person",
        {"fullName": "Rina {t}", "honorificSuffix": "S.Kom", "isPublicFigure": True},
        {
            "fullName": "Rina {t}",
            "slug": "rina-{t}",
            "honorificSuffix": "S.Kom",
            "position": "",
            "isPublicFigure": True,
        },
        {"position": "Ketua KIM"},
        {"position": "Ketua KIM"},
        ((f"list: people(filter: {{search: $t}}) {IDS}", "$id"),),
    ),
    Case(
        "Membership",
        {
            "personId": "$person",
            "stakeholderId": "$stakeholder",
            "role": "ketua",
            "startedOn": "2022-01-01",
        },
        {
            "role": "ketua",
            "startedOn": "2022-01-01",
            "endedOn": None,
            "person": {"id": "$person"},
            "stakeholder": {"id": "$stakeholder"},
        },
        {"role": "sekretaris {t}", "endedOn": "2023-12-31"},
        {"role": "sekretaris {t}", "endedOn": "2023-12-31"},
        (
            ("group: " + _on("stakeholder", "Stakeholder", f"members {IDS}"), "$id"),
            ("member: " + _on("person", "Person", f"memberships {IDS}"), "$id"),
            (f"list: memberships(first: 100, filter: {{role: [$role]}}) {IDS}", "$id"),
        ),
        extra={"role": "sekretaris {t}"},
    ),
    Case(
        "Relation",
        {
            "sourceId": "$stakeholder",
            "targetId": "$stakeholder2",
            "kind": "PEMBINAAN",
            "startedOn": "2021-03-01",
        },
        {
            "kind": "PEMBINAAN",
            "startedOn": "2021-03-01",
            "endedOn": None,
            "note": "",
            "source": {"id": "$stakeholder"},
            "target": {"id": "$stakeholder2"},
        },
        {"endedOn": "2023-01-31", "note": "Selesai"},
        {"endedOn": "2023-01-31", "note": "Selesai"},
        (
            ("from: " + _on("stakeholder", "Stakeholder", f"outgoingRelations {IDS}"), "$id"),
            ("to: " + _on("stakeholder2", "Stakeholder", f"incomingRelations {IDS}"), "$id"),
        ),
    ),
    Case(
        "RelationEvidence",
        {"relationId": "$relation", "articleId": "$article"},
        {"article": {"id": "$article"}, "event": NO_OBJECT},
        {"articleId": None, "eventId": "$event"},
        {"article": NO_OBJECT, "event": {"id": "$event"}},
        (("relation: " + _on("relation", "Relation", "evidence { id }"), "$id"),),
    ),
    Case(
        "Article",
        {
            "title": "Berita Baru {t}",
            "dateline": "Tana Paser",
            "body": '<p onclick="x()">Isi<script>alert(1)</script></p>',
            "coverImageUrl": "/media/kim.jpg",
        },
        {
            "title": "Berita Baru {t}",
            "slug": "berita-baru-{t}",
            "category": "BERITA",
            "dateline": "Tana Paser",
            "body": "<p>Isi</p>",
            "coverImageUrl": "/media/kim.jpg",
            "summary": "",
        },
        {"summary": "Ringkasan"},
        {"summary": "Ringkasan"},
        ((f"list: articles(filter: {{search: $t}}) {IDS}", "$id"),),
        published=True,
    ),
    Case(
        "Tag",
        {"name": "Tag {t}"},
        {"name": "Tag {t}", "slug": "tag-{t}"},
        {"name": "Tag Baru {t}"},
        {"name": "Tag Baru {t}"},
        ((f"list: tags(filter: {{search: $t}}) {IDS}", "$id"),),
        soft=False,
    ),
    Case(
        "Mention",
        {"articleId": "$article", "targetId": "$stakeholder", "evidence": "KIM A {t} disebut"},
        {
            "targetType": "STAKEHOLDER",
            "evidence": "KIM A {t} disebut",
            "confirmed": False,
            "article": {"id": "$article"},
        },
        {"targetId": "$person", "confirmed": True},
        {"targetType": "PERSON", "confirmed": True},
        (
            ("article: " + _on("article", "Article", f"mentions {IDS}"), "$id"),
            ("target: " + _on("person", "Person", f"mentions {IDS}"), "$id"),
        ),
        soft=False,
    ),
    Case(
        "Quote",
        {"articleId": "$article", "personId": "$person", "text": "Kami siap", "position": 1},
        {
            "text": "Kami siap",
            "position": 1,
            "article": {"id": "$article"},
            "person": {"id": "$person"},
        },
        {"text": "Kami siap membina"},
        {"text": "Kami siap membina"},
        (
            ("article: " + _on("article", "Article", f"quotes {IDS}"), "$id"),
            ("person: " + _on("person", "Person", f"quotes {IDS}"), "$id"),
        ),
        soft=False,
    ),
    Case(
        "Event",
        {
            "title": "Pelatihan {t}",
            "kind": "PELATIHAN",
            "startsAt": "2022-11-16T01:00:00+00:00",
            "endsAt": "2022-11-16T05:00:00+00:00",
            "venue": "Aula",
        },
        {
            "title": "Pelatihan {t}",
            "slug": "pelatihan-{t}",
            "kind": "PELATIHAN",
            "startsAt": "2022-11-16T01:00:00+00:00",
            "endsAt": "2022-11-16T05:00:00+00:00",
            "venue": "Aula",
            "status": "PLANNED",
            "datePrecision": "EXACT",
        },
        {"status": "HELD", "datePrecision": "DAY"},
        {"status": "HELD", "datePrecision": "DAY"},
        ((f"list: events(filter: {{search: $t}}) {IDS}", "$id"),),
    ),
    Case(
        "EventParticipation",
        {"eventId": "$event", "stakeholderId": "$stakeholder", "role": "ORGANISER"},
        {"role": "ORGANISER", "event": {"id": "$event"}, "stakeholder": {"id": "$stakeholder"}},
        {"role": "PARTICIPANT"},
        {"role": "PARTICIPANT"},
        (
            ("event: " + _on("event", "Event", f"participations {IDS}"), "$id"),
            ("group: " + _on("stakeholder", "Stakeholder", f"events {IDS}"), "$id"),
            ("participants: " + _on("event", "Event", f"participants {IDS}"), "$stakeholder"),
        ),
        soft=False,
    ),
    Case(
        "EventSpeaker",
        {"eventId": "$event", "personId": "$person", "mode": "ONLINE", "topic": "Literasi"},
        {
            "mode": "ONLINE",
            "topic": "Literasi",
            "event": {"id": "$event"},
            "person": {"id": "$person"},
        },
        {"mode": "RECORDED_VIDEO"},
        {"mode": "RECORDED_VIDEO"},
        (
            ("event: " + _on("event", "Event", f"speakers {IDS}"), "$id"),
            ("person: " + _on("person", "Person", f"speaking {IDS}"), "$id"),
        ),
        soft=False,
    ),
    Case(
        "EventCoverage",
        {"eventId": "$event", "articleId": "$article"},
        {"event": {"id": "$event"}, "article": {"id": "$article"}},
        {},
        {},
        (
            ("event: " + _on("event", "Event", f"articles {IDS}"), "$article"),
            ("article: " + _on("article", "Article", f"events {IDS}"), "$event"),
        ),
        soft=False,
    ),
    Case(
        "Regulation",
        {
            "kind": "PERBUP",
            "number": "12",
            "year": 2021,
            "title": "tentang Kemitraan {t}",
            "issuerId": "$stakeholder",
        },
        {
            "kind": "PERBUP",
            "number": "12",
            "year": 2021,
            "title": "tentang Kemitraan {t}",
            "slug": "tentang-kemitraan-{t}",
            "status": "IN_FORCE",
            "issuer": {"id": "$stakeholder"},
            "replacedBy": NO_OBJECT,
        },
        {"status": "REVOKED", "replacedById": "$regulation"},
        {"status": "REVOKED", "replacedBy": {"id": "$regulation"}},
        (
            (f"list: regulations(filter: {{search: $t}}) {IDS}", "$id"),
            ("successor: " + _on("regulation", "Regulation", f"replaces {IDS}"), "$id"),
        ),
    ),
    Case(
        "Affair",
        {"regulationId": "$regulation", "name": "Kemitraan {t}", "position": 11},
        {
            "name": "Kemitraan {t}",
            "position": 11,
            "description": "",
            "regulation": {"id": "$regulation"},
        },
        {"description": "Kemitraan dengan pemangku kepentingan"},
        {"description": "Kemitraan dengan pemangku kepentingan"},
        (
            ("regulation: " + _on("regulation", "Regulation", f"affairs {IDS}"), "$id"),
            (f"list: affairs(filter: {{search: $t}}) {IDS}", "$id"),
        ),
        soft=False,
    ),
)
