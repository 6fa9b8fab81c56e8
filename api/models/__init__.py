"""The domain model: every table Simpul keeps."""

from api.models.articles import Article, ArticleTag, Mention, Quote, Tag
from api.models.enums import (
    ArticleCategory,
    ArticleStatus,
    DatePrecision,
    EventKind,
    EventStatus,
    MentionTarget,
    ParticipationRole,
    RegionLevel,
    RegulationKind,
    RegulationStatus,
    RelationKind,
    SpeakerMode,
    StakeholderCategory,
    StakeholderStatus,
)
from api.models.events import Event, EventCoverage, EventParticipation, EventSpeaker
from api.models.people import Person
from api.models.regions import Region
from api.models.regulations import Affair, Regulation
from api.models.stakeholders import Membership, Relation, RelationEvidence, Stakeholder

__all__ = [
    "Affair",
    "Article",
    "ArticleCategory",
    "ArticleStatus",
    "ArticleTag",
    "DatePrecision",
    "Event",
    "EventCoverage",
    "EventKind",
    "EventParticipation",
    "EventSpeaker",
    "EventStatus",
    "Membership",
    "Mention",
    "MentionTarget",
    "ParticipationRole",
    "Person",
    "Quote",
    "Region",
    "RegionLevel",
    "Regulation",
    "RegulationKind",
    "RegulationStatus",
    "Relation",
    "RelationEvidence",
    "RelationKind",
    "SpeakerMode",
    "Stakeholder",
    "StakeholderCategory",
    "StakeholderStatus",
    "Tag",
]
