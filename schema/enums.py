"""The domain vocabularies, exposed as GraphQL enums (the same Python classes as the models)."""

from __future__ import annotations

import strawberry

from api import models

RegionLevel = strawberry.enum(models.RegionLevel, description="Administrative level.")
StakeholderCategory = strawberry.enum(
    models.StakeholderCategory,
    description="Kind of stakeholder: the four IKP kinds of Permenkominfo 8/2019 and others.",
)
StakeholderStatus = strawberry.enum(models.StakeholderStatus, description="Whether it is active.")
RelationKind = strawberry.enum(models.RelationKind, description="Kind of stakeholder relation.")
ArticleCategory = strawberry.enum(models.ArticleCategory, description="Kind of article.")
ArticleStatus = strawberry.enum(models.ArticleStatus, description="Editorial state.")
MentionTarget = strawberry.enum(models.MentionTarget, description="What a mention points at.")
EventKind = strawberry.enum(models.EventKind, description="Kind of event.")
EventStatus = strawberry.enum(models.EventStatus, description="Whether it took place.")
DatePrecision = strawberry.enum(models.DatePrecision, description="How exact a date is.")
ParticipationRole = strawberry.enum(models.ParticipationRole, description="Role at an event.")
SpeakerMode = strawberry.enum(models.SpeakerMode, description="How a speaker took part.")
RegulationKind = strawberry.enum(models.RegulationKind, description="Kind of legal instrument.")
RegulationStatus = strawberry.enum(models.RegulationStatus, description="Whether in force.")
