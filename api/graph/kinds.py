"""The vocabularies of the graph: what a node is and how two nodes are tied."""

from __future__ import annotations

from enum import StrEnum


class NodeType(StrEnum):
    STAKEHOLDER = "stakeholder"
    PERSON = "person"
    REGION = "region"
    ARTICLE = "article"
    EVENT = "event"
    REGULATION = "regulation"


class EdgeKind(StrEnum):
    """Each kind has one direction, named source → target below."""

    MEMBERSHIP = "membership"  # person → stakeholder, from/until
    RELATION = "relation"  # stakeholder → stakeholder, from/until, with evidence
    MENTION = "mention"  # article → what it mentions
    QUOTE = "quote"  # article → person quoted
    ORGANISER = "organiser"  # stakeholder → event
    EVENT_PARTICIPATION = "event_participation"  # stakeholder → event
    SPEAKER = "speaker"  # person → event
    COVERAGE = "coverage"  # article → event it reports on
    LOCATED_IN = "located_in"  # stakeholder, person, event, article (dateline), region → region
    COAPPEARANCE = "coappearance"  # stakeholder — stakeholder, derived: same article or event


class EvidenceKind(StrEnum):
    ARTICLE = "article"
    EVENT = "event"
    MEMBERSHIP = "membership"
    RELATION = "relation"


# Stored edges: everything but the derived co-appearance.
STORED_KINDS = frozenset(EdgeKind) - {EdgeKind.COAPPEARANCE}
