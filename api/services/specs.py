"""The writable fields of every entity and edge, and the checks specific to each."""

from __future__ import annotations

from typing import Any

from tortoise.models import Model

from api import models as m
from api.services.articles import record_revision, require_may_remove
from api.services.errors import FieldError
from api.services.fields import EntitySpec, FieldSpec, check_order

REGION_CODE = r"^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$"


def _str(name: str, max_length: int, description: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, "str", description, required=required, max_length=max_length)


def _ref(name: str, model: type[Model], description: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, "ref", description, required=required, ref=model)


def _enum(name: str, enum: Any, description: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, "enum", description, required=required, enum=enum)


def _slug(max_length: int = 255) -> FieldSpec:
    return _str("slug", max_length, "URL-safe key; made from the name when left out.")


SLUG = _slug()
STARTED = FieldSpec("started_on", "date", "From.")
ENDED = FieldSpec("ended_on", "date", "Until (inclusive).")


async def _region_code(merged: dict[str, Any], existing: Model | None) -> list[FieldError]:
    import re

    code = merged.get("code")
    if code is None:
        return []
    if not re.match(REGION_CODE, code):
        return [
            FieldError("code", "INVALID", f"Invalid region code {code!r}: expected e.g. 64.01.04.")
        ]
    parent_id = merged.get("parent_id")
    expected_parent = code.rsplit(".", 1)[0] if "." in code else None
    if parent_id is None:
        if expected_parent is not None:
            return [
                FieldError(
                    "parent", "REQUIRED", f"Region {code} needs its parent {expected_parent}."
                )
            ]
        return []
    parent = await m.Region.get_or_none(id=parent_id)
    if parent is not None and parent.code != expected_parent:
        return [
            FieldError(
                "code",
                "INVALID",
                f"Region code {code} does not lie inside its parent {parent.code}.",
            )
        ]
    return []


async def _distinct_ends(merged: dict[str, Any], existing: Model | None) -> list[FieldError]:
    if merged.get("source_id") is not None and merged.get("source_id") == merged.get("target_id"):
        return [FieldError("target", "INVALID", "A relation links two different stakeholders.")]
    return []


async def _one_evidence(merged: dict[str, Any], existing: Model | None) -> list[FieldError]:
    if (merged.get("article_id") is None) == (merged.get("event_id") is None):
        return [FieldError("article", "INVALID", "Evidence is either an article or an event.")]
    return []


async def _span_in_order(merged: dict[str, Any], existing: Model | None) -> list[FieldError]:
    error = check_order("span_start", "span_end", merged.get("span_start"), merged.get("span_end"))
    return [] if error is None else [error]


async def _not_replaced_by_itself(
    merged: dict[str, Any], existing: Model | None
) -> list[FieldError]:
    if existing is not None and merged.get("replaced_by_id") == existing.pk:
        return [FieldError("replaced_by", "INVALID", "A regulation cannot replace itself.")]
    return []


REGION = EntitySpec(
    "Region",
    m.Region,
    (
        _str("code", 20, "Kemendagri code, e.g. 64.01.04.", required=True),
        _str("name", 200, "Official name.", required=True),
        _enum("level", m.RegionLevel, "Administrative level.", required=True),
        _ref("parent", m.Region, "The enclosing region."),
    ),
    checks=(_region_code,),
    deletable=False,
)

CONTACT = FieldSpec("contact", "contact", "Contact details (personal data).", personal=True)

STAKEHOLDER = EntitySpec(
    "Stakeholder",
    m.Stakeholder,
    (
        _str("name", 255, "Official name.", required=True),
        SLUG,
        FieldSpec("aliases", "strings", "Other names.", max_length=255),
        _enum("category", m.StakeholderCategory, "Kind of stakeholder.", required=True),
        _ref("region", m.Region, "Where it is registered."),
        _enum("status", m.StakeholderStatus, "Active, dormant or dissolved."),
        FieldSpec("founded_on", "date", "Founding date."),
        _str("legal_basis", 500, "Founding decree as cited."),
        _ref("legal_basis_regulation_id", m.Regulation, "The regulation it is founded on."),
        _str("classification", 100, "Free classification."),
        FieldSpec("description", "text", "What it does.", max_length=20000),
        FieldSpec("media_channels", "channels", "Website, social accounts, radio, bulletin."),
        FieldSpec("potentials", "strings", "Local potentials.", max_length=100),
        FieldSpec("member_count", "int", "Number of members.", minimum=0),
        CONTACT,
    ),
    slug_from="name",
)

PERSON = EntitySpec(
    "Person",
    m.Person,
    (
        _str("full_name", 255, "Name without honorifics or degrees.", required=True),
        SLUG,
        _str("honorific_prefix", 100, 'Titles before the name ("Drs. H.").'),
        _str("honorific_suffix", 100, 'Degrees after the name ("S.Kom").'),
        _str("position", 255, "Current position."),
        FieldSpec("is_public_figure", "bool", "Whether a public figure."),
        _ref("region", m.Region, "Where the person is based."),
        CONTACT,
        _str("data_legal_basis", 500, "Consent or legal basis for the personal data held."),
    ),
    slug_from="full_name",
)

MEMBERSHIP = EntitySpec(
    "Membership",
    m.Membership,
    (
        _ref("person", m.Person, "The member.", required=True),
        _ref("stakeholder", m.Stakeholder, "The group.", required=True),
        _str("role", 100, "ketua, sekretaris, anggota, kepala dinas, ...", required=True),
        STARTED,
        ENDED,
        _ref("source_regulation", m.Regulation, "The SK that appointed them."),
    ),
    date_pairs=(("started_on", "ended_on"),),
)

RELATION = EntitySpec(
    "Relation",
    m.Relation,
    (
        _ref("source", m.Stakeholder, "From.", required=True),
        _ref("target", m.Stakeholder, "To.", required=True),
        _enum("kind", m.RelationKind, "Kind of relation.", required=True),
        STARTED,
        ENDED,
        FieldSpec("note", "text", "Free note.", max_length=5000),
    ),
    date_pairs=(("started_on", "ended_on"),),
    checks=(_distinct_ends,),
)

RELATION_EVIDENCE = EntitySpec(
    "RelationEvidence",
    m.RelationEvidence,
    (
        _ref("relation", m.Relation, "The relation.", required=True),
        _ref("article", m.Article, "An article documenting it."),
        _ref("event", m.Event, "An event documenting it."),
    ),
    checks=(_one_evidence,),
)

ARTICLE = EntitySpec(
    "Article",
    m.Article,
    (
        _str("title", 300, "Headline.", required=True),
        SLUG,
        _enum("category", m.ArticleCategory, "berita, pengumuman, ..."),
        _str("dateline", 100, 'Place as printed, e.g. "Tana Paser".'),
        _ref("dateline_region", m.Region, "The region the dateline names."),
        _ref("author", m.Person, "Who wrote it."),
        _str("editor_initials", 50, 'Editor initials, e.g. "Rzk/ty".'),
        FieldSpec("summary", "text", "Short summary.", max_length=2000),
        FieldSpec("body", "html", "Body as HTML; it is sanitised.", max_length=500000),
        FieldSpec("cover_image_url", "image", "Cover image address.", max_length=1000),
        _str("language", 10, "Language code."),
        FieldSpec("source_url", "url", "Where it was first published.", max_length=1000),
    ),
    slug_from="title",
    locked_when_published=frozenset({"slug"}),
    after_write=record_revision,
    guard_removal=require_may_remove,
)

TAG = EntitySpec(
    "Tag", m.Tag, (_str("name", 100, "As shown.", required=True), _slug(100)), slug_from="name"
)

MENTION = EntitySpec(
    "Mention",
    m.Mention,
    (
        _ref("article", m.Article, "The mentioning article.", required=True),
        FieldSpec("target", "target", "The entity mentioned.", required=True),
        FieldSpec("evidence", "text", "The sentence that names it.", max_length=5000),
        FieldSpec("span_start", "int", "Start offset in the body text.", minimum=0),
        FieldSpec("span_end", "int", "End offset in the body text.", minimum=0),
        FieldSpec("confirmed", "bool", "Confirmed by an editor."),
    ),
    checks=(_span_in_order,),
)

QUOTE = EntitySpec(
    "Quote",
    m.Quote,
    (
        _ref("article", m.Article, "The quoting article.", required=True),
        _ref("person", m.Person, "Who is quoted.", required=True),
        FieldSpec("text", "text", "The quoted words.", required=True, max_length=5000),
        FieldSpec("position", "int", "Order within the article.", minimum=0),
    ),
)

EVENT = EntitySpec(
    "Event",
    m.Event,
    (
        _str("title", 300, "Name of the event.", required=True),
        SLUG,
        _enum("kind", m.EventKind, "sosialisasi, pelatihan, rapat, ...", required=True),
        FieldSpec("starts_at", "datetime", "Start."),
        FieldSpec("ends_at", "datetime", "End."),
        _enum("date_precision", m.DatePrecision, "How exact the dates are."),
        _str("venue", 300, "Venue as printed."),
        _ref("region", m.Region, "Where it was held."),
        _enum("status", m.EventStatus, "Planned, held or cancelled."),
        FieldSpec("description", "text", "What it was about.", max_length=20000),
    ),
    slug_from="title",
    date_pairs=(("starts_at", "ends_at"),),
)

EVENT_PARTICIPATION = EntitySpec(
    "EventParticipation",
    m.EventParticipation,
    (
        _ref("event", m.Event, "The event.", required=True),
        _ref("stakeholder", m.Stakeholder, "Who.", required=True),
        _enum("role", m.ParticipationRole, "Organiser or participant.", required=True),
    ),
)

EVENT_SPEAKER = EntitySpec(
    "EventSpeaker",
    m.EventSpeaker,
    (
        _ref("event", m.Event, "The event.", required=True),
        _ref("person", m.Person, "The speaker.", required=True),
        _enum("mode", m.SpeakerMode, "In person, online or recorded video."),
        _str("topic", 300, "What they spoke about."),
    ),
)

EVENT_COVERAGE = EntitySpec(
    "EventCoverage",
    m.EventCoverage,
    (
        _ref("event", m.Event, "The event.", required=True),
        _ref("article", m.Article, "The covering article.", required=True),
    ),
)

REGULATION = EntitySpec(
    "Regulation",
    m.Regulation,
    (
        _enum("kind", m.RegulationKind, "Kind of instrument.", required=True),
        _str("number", 100, "Number as printed.", required=True),
        FieldSpec("year", "int", "Year.", required=True, minimum=1945, maximum=2100),
        _str("title", 500, 'Subject ("tentang ...").', required=True),
        _slug(200),
        _ref("issuer", m.Stakeholder, "Who issued it."),
        FieldSpec("enacted_on", "date", "Enactment date."),
        _enum("status", m.RegulationStatus, "In force or revoked."),
        _ref("replaced_by", m.Regulation, "Successor."),
        FieldSpec("url", "url", "Where the text is published.", max_length=1000),
    ),
    slug_from="title",
    checks=(_not_replaced_by_itself,),
)

AFFAIR = EntitySpec(
    "Affair",
    m.Affair,
    (
        _ref("regulation", m.Regulation, "Defined by.", required=True),
        _str("name", 300, "Name of the affair.", required=True),
        FieldSpec("position", "int", "Order within the regulation.", minimum=0),
        FieldSpec("description", "text", "What it covers.", max_length=5000),
    ),
)

SPECS: tuple[EntitySpec, ...] = (
    REGION,
    STAKEHOLDER,
    PERSON,
    MEMBERSHIP,
    RELATION,
    RELATION_EVIDENCE,
    ARTICLE,
    TAG,
    MENTION,
    QUOTE,
    EVENT,
    EVENT_PARTICIPATION,
    EVENT_SPEAKER,
    EVENT_COVERAGE,
    REGULATION,
    AFFAIR,
)
