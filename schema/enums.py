"""The domain vocabularies, exposed as GraphQL enums (the same Python classes as the models)."""

from __future__ import annotations

import strawberry

from api.models import (
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

strawberry.enum(RegionLevel, description="Administrative level.")
strawberry.enum(
    StakeholderCategory,
    description="Kind of stakeholder: the four IKP kinds of Permenkominfo 8/2019 and others.",
)
strawberry.enum(StakeholderStatus, description="Whether it is active.")
strawberry.enum(RelationKind, description="Kind of stakeholder relation.")
strawberry.enum(ArticleCategory, description="Kind of article.")
strawberry.enum(ArticleStatus, description="Editorial state.")
strawberry.enum(MentionTarget, description="What a mention points at.")
strawberry.enum(EventKind, description="Kind of event.")
strawberry.enum(EventStatus, description="Whether it took place.")
strawberry.enum(DatePrecision, description="How exact a date is.")
strawberry.enum(ParticipationRole, description="Role at an event.")
strawberry.enum(SpeakerMode, description="How a speaker took part.")
strawberry.enum(RegulationKind, description="Kind of legal instrument.")
strawberry.enum(RegulationStatus, description="Whether in force.")

__all__ = [
    "ArticleCategory",
    "ArticleStatus",
    "DatePrecision",
    "EventKind",
    "EventStatus",
    "MentionTarget",
    "ParticipationRole",
    "RegionLevel",
    "RegulationKind",
    "RegulationStatus",
    "RelationKind",
    "SpeakerMode",
    "StakeholderCategory",
    "StakeholderStatus",
]
