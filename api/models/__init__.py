"""The domain model: every table Simpul keeps."""

from api.models.accounts import ApiKey, LoginFailure, Session, User
from api.models.articles import Article, ArticleTag, Mention, Quote, Tag
from api.models.enums import (
    ArticleCategory,
    ArticleStatus,
    AuditAction,
    DatePrecision,
    EventKind,
    EventStatus,
    MentionTarget,
    ParticipationRole,
    RegionLevel,
    RegulationKind,
    RegulationStatus,
    RelationKind,
    Role,
    SpeakerMode,
    StakeholderCategory,
    StakeholderStatus,
)
from api.models.events import Event, EventCoverage, EventParticipation, EventSpeaker
from api.models.history import ArticleRevision, ArticleView, AuditEntry, DataVersion
from api.models.partners import ApiKeyOperation, ApiKeyUsage, PersistedQuery
from api.models.people import Person
from api.models.regions import Region
from api.models.regulations import Affair, Regulation
from api.models.stakeholders import Membership, Relation, RelationEvidence, Stakeholder

__all__ = [
    "Affair",
    "ApiKey",
    "ApiKeyOperation",
    "ApiKeyUsage",
    "Article",
    "ArticleCategory",
    "ArticleRevision",
    "ArticleStatus",
    "ArticleTag",
    "ArticleView",
    "AuditAction",
    "AuditEntry",
    "DataVersion",
    "DatePrecision",
    "Event",
    "EventCoverage",
    "EventKind",
    "EventParticipation",
    "EventSpeaker",
    "EventStatus",
    "LoginFailure",
    "Membership",
    "Mention",
    "MentionTarget",
    "ParticipationRole",
    "PersistedQuery",
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
    "Role",
    "Session",
    "SpeakerMode",
    "Stakeholder",
    "StakeholderCategory",
    "StakeholderStatus",
    "Tag",
    "User",
]
