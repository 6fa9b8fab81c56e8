"""Vocabularies of the domain model; the GraphQL enums are these same classes."""

from enum import StrEnum


class RegionLevel(StrEnum):
    PROVINCE = "province"
    REGENCY = "regency"
    CITY = "city"
    DISTRICT = "district"
    VILLAGE = "village"


class StakeholderCategory(StrEnum):
    KIM = "kim"
    TRADITIONAL_MEDIA = "traditional_media"
    CONTENT_CREATOR = "content_creator"
    STRATEGIC_GROUP = "strategic_group"
    GOVERNMENT_AGENCY = "government_agency"
    MEDIA_OUTLET = "media_outlet"
    OTHER = "other"


class StakeholderStatus(StrEnum):
    ACTIVE = "active"
    DORMANT = "dormant"
    DISSOLVED = "dissolved"


class RelationKind(StrEnum):
    PEMBINAAN = "pembinaan"
    KEMITRAAN = "kemitraan"
    MEMBER_OF = "member_of"
    FUNDING = "funding"
    COORDINATION = "coordination"


class ArticleCategory(StrEnum):
    BERITA = "berita"
    PENGUMUMAN = "pengumuman"
    ARTIKEL = "artikel"
    OPINI = "opini"
    SIARAN_PERS = "siaran_pers"
    GALERI = "galeri"


class ArticleStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    SCHEDULED = "scheduled"
    PUBLISHED = "published"
    ARCHIVED = "archived"


class MentionTarget(StrEnum):
    STAKEHOLDER = "stakeholder"
    PERSON = "person"
    REGION = "region"
    EVENT = "event"
    REGULATION = "regulation"


class EventKind(StrEnum):
    SOSIALISASI = "sosialisasi"
    PELATIHAN = "pelatihan"
    RAPAT = "rapat"
    LOMBA = "lomba"
    FESTIVAL = "festival"
    SEMINAR = "seminar"
    BIMTEK = "bimtek"
    PAMERAN = "pameran"
    OTHER = "other"


class EventStatus(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


class DatePrecision(StrEnum):
    """How much of an event's date is known: the seed article only says "belum lama ini"."""

    EXACT = "exact"
    DAY = "day"
    MONTH = "month"
    APPROXIMATE = "approximate"


class ParticipationRole(StrEnum):
    ORGANISER = "organiser"
    PARTICIPANT = "participant"


class SpeakerMode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    RECORDED_VIDEO = "recorded_video"


class RegulationKind(StrEnum):
    UU = "uu"
    PP = "pp"
    PERPRES = "perpres"
    PERMEN = "permen"
    PERDA = "perda"
    PERGUB = "pergub"
    PERBUP = "perbup"
    PERWALI = "perwali"
    SK = "sk"
    SE = "se"
    OTHER = "other"


class RegulationStatus(StrEnum):
    IN_FORCE = "in_force"
    REVOKED = "revoked"


class Role(StrEnum):
    ADMIN = "admin"
    EDITOR = "editor"
    ANALYST = "analyst"
    VIEWER = "viewer"


class AuditAction(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"
    TRANSITION = "transition"
    ERASE = "erase"
    LOGIN = "login"
    LOGOUT = "logout"
