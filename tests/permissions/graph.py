"""A fresh neighbourhood of records of every kind, around one published and one draft article.

Made through the ORM, so reads can be tested by every role without depending on the write
path. Records tied to the draft article (the article, its mention, quote, coverage and relation
evidence) are what anonymous callers and partner keys must not see.
"""

from __future__ import annotations

import datetime as dt
import random
import secrets
from dataclasses import dataclass, field
from typing import Any
from uuid import UUID

from strawberry.relay.utils import to_base64
from tortoise.models import Model

from api import models as m

CONTACT = {
    "email": "kontak@example.org",
    "phone": "+62 000 1111 2222",
    "whatsapp": "+62 000 3333 4444",
    "address": "Jl. Contoh No. 1, Tana Paser",
}
LEGAL_BASIS = "Persetujuan tertulis, formulir 12/2024"


def gid(record: Model) -> str:
    return to_base64(type(record).__name__, str(record.pk))


async def free_village_code(parent: str = "64.01.04") -> str:
    """An unused Kemendagri village code under `parent`."""
    while True:
        code = f"{parent}.{random.randrange(3000, 10000):04d}"
        if not await m.Region.filter(code=code).exists():
            return code


@dataclass
class Graph:
    """Every record by a short name (`ids` holds their global ids)."""

    t: str
    records: dict[str, Model] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Any:
        return self.records[name]

    def id(self, name: str) -> str:
        return gid(self.records[name])

    def key(self, name: str) -> UUID:
        pk: UUID = self.records[name].pk
        return pk


async def build_graph() -> Graph:
    t = secrets.token_hex(4)
    g = Graph(t)
    r = g.records
    now = dt.datetime.now(dt.UTC)
    district = await m.Region.get(code="64.01.04")
    r["region"] = await m.Region.create(
        code=await free_village_code(),
        name=f"Desa {t}",
        level=m.RegionLevel.VILLAGE,
        parent=district,
    )
    r["stakeholder"] = await m.Stakeholder.create(
        name=f"KIM Permission {t}",
        slug=f"kim-permission-{t}",
        category=m.StakeholderCategory.KIM,
        region=r["region"],
        contact=CONTACT,
    )
    r["stakeholder2"] = await m.Stakeholder.create(
        name=f"Sanggar Permission {t}",
        slug=f"sanggar-permission-{t}",
        category=m.StakeholderCategory.TRADITIONAL_MEDIA,
    )
    r["person"] = await m.Person.create(
        full_name=f"Siti Permission {t}",
        slug=f"siti-permission-{t}",
        region=r["region"],
        contact=CONTACT,
        data_legal_basis=LEGAL_BASIS,
    )
    r["person2"] = await m.Person.create(
        full_name=f"Bupati Permission {t}",
        slug=f"bupati-permission-{t}",
        is_public_figure=True,
    )
    r["membership"] = await m.Membership.create(
        person=r["person"], stakeholder=r["stakeholder"], role="ketua"
    )
    r["relation"] = await m.Relation.create(
        source=r["stakeholder"], target=r["stakeholder2"], kind=m.RelationKind.KEMITRAAN
    )
    r["article"] = await m.Article.create(
        title=f"Terbit {t}",
        slug=f"terbit-{t}",
        author=r["person"],
        dateline_region=r["region"],
        status=m.ArticleStatus.PUBLISHED,
        published_at=now - dt.timedelta(hours=1),
    )
    r["draft"] = await m.Article.create(
        title=f"Draf {t}",
        slug=f"draf-{t}",
        author=r["person"],
        dateline_region=r["region"],
    )
    r["article2"] = await m.Article.create(
        title=f"Terbit lain {t}",
        slug=f"terbit-lain-{t}",
        status=m.ArticleStatus.PUBLISHED,
        published_at=now - dt.timedelta(hours=2),
    )
    r["tag"] = await m.Tag.create(name=f"Tag {t}", slug=f"tag-{t}")
    for article in ("article", "draft"):
        await m.ArticleTag.create(article=r[article], tag=r["tag"])
        suffix = "" if article == "article" else "_draft"
        r[f"mention{suffix}"] = await m.Mention.create(
            article=r[article],
            target_type=m.MentionTarget.STAKEHOLDER,
            stakeholder=r["stakeholder"],
            evidence=f"{article} {t}",
        )
        r[f"quote{suffix}"] = await m.Quote.create(
            article=r[article],
            person=r["person"],
            text=f"Kutipan {article} {t}",
            position=1 if article == "article" else 2,
        )
    r["event"] = await m.Event.create(
        title=f"Sosialisasi {t}",
        slug=f"sosialisasi-{t}",
        kind=m.EventKind.SOSIALISASI,
        region=r["region"],
    )
    for article in ("article", "draft"):
        await m.Mention.create(
            article=r[article], target_type=m.MentionTarget.EVENT, event=r["event"]
        )
    r["participation"] = await m.EventParticipation.create(
        event=r["event"], stakeholder=r["stakeholder"], role=m.ParticipationRole.ORGANISER
    )
    r["speaker"] = await m.EventSpeaker.create(event=r["event"], person=r["person"])
    r["coverage"] = await m.EventCoverage.create(event=r["event"], article=r["article"])
    r["coverage_draft"] = await m.EventCoverage.create(event=r["event"], article=r["draft"])
    r["evidence"] = await m.RelationEvidence.create(relation=r["relation"], article=r["article"])
    r["evidence_draft"] = await m.RelationEvidence.create(
        relation=r["relation"], article=r["draft"]
    )
    r["regulation"] = await m.Regulation.create(
        kind=m.RegulationKind.SK,
        number=f"SK-{t}",
        year=2024,
        title=f"tentang KIM {t}",
        slug=f"sk-{t}",
        issuer=r["stakeholder"],
    )
    r["affair"] = await m.Affair.create(regulation=r["regulation"], name=f"Urusan {t}")
    return g
