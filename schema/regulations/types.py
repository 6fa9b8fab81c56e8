from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Annotated

import strawberry

from api import models
from schema.articles.inputs import MENTION_SORT, MentionFilter
from schema.enums import RegulationKind, RegulationStatus
from schema.lists import list_field, ref_field
from schema.loaders import Parent
from schema.node import Record
from schema.regulations.inputs import (
    AFFAIR_SORT,
    REGULATION_SORT,
    AffairFilter,
    RegulationFilter,
)
from schema.stakeholders.inputs import (
    MEMBERSHIP_SORT,
    STAKEHOLDER_SORT,
    MembershipFilter,
    StakeholderFilter,
)

if TYPE_CHECKING:
    from schema.articles.types import Mention
    from schema.stakeholders.types import Membership, Stakeholder

L = strawberry.lazy
RegulationRef = Annotated["Regulation", L("schema.regulations.types")]

_KIND_NAMES = {
    models.RegulationKind.UU: "Undang-Undang",
    models.RegulationKind.PP: "Peraturan Pemerintah",
    models.RegulationKind.PERPRES: "Peraturan Presiden",
    models.RegulationKind.PERMEN: "Peraturan Menteri",
    models.RegulationKind.PERDA: "Peraturan Daerah",
    models.RegulationKind.PERGUB: "Peraturan Gubernur",
    models.RegulationKind.PERBUP: "Peraturan Bupati",
    models.RegulationKind.PERWALI: "Peraturan Wali Kota",
    models.RegulationKind.SK: "Surat Keputusan",
    models.RegulationKind.SE: "Surat Edaran",
    models.RegulationKind.OTHER: "Peraturan",
}


@strawberry.type(description="A legal instrument: UU, PP, Permen, Perda, SK, ...")
class Regulation(Record):
    model = models.Regulation

    kind: RegulationKind = strawberry.field(description="Kind of instrument.")
    number: str = strawberry.field(description="Number as printed.")
    year: int = strawberry.field(description="Year.")
    title: str = strawberry.field(description='Subject ("tentang ...").')
    slug: str = strawberry.field(description="Stable, URL-safe key.")
    enacted_on: dt.date | None = strawberry.field(description="Enactment date.")
    status: RegulationStatus = strawberry.field(description="In force or revoked.")
    url: str | None = strawberry.field(description="Where the text is published.")
    issuer = ref_field(
        models.Stakeholder,
        "issuer_id",
        Annotated["Stakeholder", L("schema.stakeholders.types")],
        "Who issued it.",
    )
    replaced_by = ref_field(models.Regulation, "replaced_by_id", RegulationRef, "Successor.")

    @strawberry.field(description='Citation, e.g. "Peraturan Menteri Nomor 8 Tahun 2019".')
    def citation(self) -> str:
        return f"{_KIND_NAMES[self.kind]} Nomor {self.number} Tahun {self.year}"

    replaces = list_field(
        RegulationRef,
        models.Regulation,
        filter_type=RegulationFilter,
        sort=REGULATION_SORT,
        parent=Parent("replaced_by_id"),
        description="Regulations this one replaced.",
    )
    affairs = list_field(
        Annotated["Affair", L("schema.regulations.types")],
        models.Affair,
        filter_type=AffairFilter,
        sort=AFFAIR_SORT,
        parent=Parent("regulation_id"),
        description="Affairs (urusan) it defines.",
    )
    stakeholders = list_field(
        Annotated["Stakeholder", L("schema.stakeholders.types")],
        models.Stakeholder,
        filter_type=StakeholderFilter,
        sort=STAKEHOLDER_SORT,
        parent=Parent("legal_basis_regulation_id"),
        description="Stakeholders founded on it.",
    )
    memberships = list_field(
        Annotated["Membership", L("schema.stakeholders.types")],
        models.Membership,
        filter_type=MembershipFilter,
        sort=MEMBERSHIP_SORT,
        parent=Parent("source_regulation_id"),
        description="Appointments it made.",
    )
    mentions = list_field(
        Annotated["Mention", L("schema.articles.types")],
        models.Mention,
        filter_type=MentionFilter,
        sort=MENTION_SORT,
        parent=Parent("regulation_id"),
        description="Where articles mention it.",
    )


@strawberry.type(description="A public-information affair (urusan) defined by a regulation.")
class Affair(Record):
    model = models.Affair

    name: str = strawberry.field(description="Name of the affair.")
    position: int = strawberry.field(description="Order within the regulation.")
    description: str = strawberry.field(description="What it covers.")
    regulation = ref_field(models.Regulation, "regulation_id", RegulationRef, "Defined by.")
