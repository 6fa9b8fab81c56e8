"""The graph of the seed article (data/seed-article.txt, listed in data/seed-graph.md).

Names are spelled as the article and seed-graph.md print them. Choices the sources leave open:

- The event is dated 14 November 2022, 10:00 WITA with precision "approximate": the article
  (16 November) only says "belum lama ini".
- The eleven IKP affairs of Permenkominfo 8/2019 other than "Kemitraan dengan Pemangku
  Kepentingan" are named after that regulation's sub-affairs as commonly listed; check them
  against its annex before relying on the wording.
- Quote texts are the passages between the quotation marks exactly as printed, including the
  comma that closes each before "ucap Faisal" / "ujarnya" / "tutupnya".
- Mention evidence is the first sentence of the body naming the target; the dateline
  "Tana Paser" names region 64.01, whose seat it is.
- Contact details are fictional (example.org addresses, +62 000 numbers).
"""

from __future__ import annotations

from typing import Any

from api.demo.graph import Graph
from api.demo.keys import slugify, stable_id
from api.demo.regions import REGENCIES, district_place, province, regency_place, region_id
from api.demo.seed_article import add_article
from api.demo.seed_data import (
    AFFAIRS,
    ARTICLE_ID,
    AUTHOR,
    DISKOMINFO,
    EVENT_ID,
    EVENT_STARTS_AT,
    EVENT_TITLE,
    FAISAL,
    FAISAL_POSITION,
    KEMITRAAN_NOTE,
    KIM_KUKAR,
    KIM_PASER,
    KOMINFO,
    PASER_DISTRICTS,
    PERMEN_2019,
    PERMEN_2019_ID,
    PERMEN_2024,
    PERMEN_2024_ID,
    REGULATION_TITLE,
    RELATION_ID,
    SEED_REGIONS,
    pid,
    sid,
)
from api.models import (
    Affair,
    DatePrecision,
    Event,
    EventKind,
    EventParticipation,
    EventSpeaker,
    EventStatus,
    Membership,
    ParticipationRole,
    Person,
    Region,
    Regulation,
    RegulationKind,
    RegulationStatus,
    Relation,
    RelationEvidence,
    RelationKind,
    SpeakerMode,
    Stakeholder,
    StakeholderCategory,
)


def seed_graph() -> Graph:
    graph = Graph()
    _regions(graph)
    _stakeholders(graph)
    _regulations(graph)
    _people(graph)
    _event(graph)
    add_article(graph)
    return graph


def _regions(graph: Graph) -> None:
    places = {"64": province()}
    places.update((r.code, regency_place(r)) for r in REGENCIES if r.code in SEED_REGIONS)
    places.update((code, district_place(code)) for code in PASER_DISTRICTS)
    for code in SEED_REGIONS:
        graph.add(Region, **places[code].row())


def _stakeholder(graph: Graph, name: str, **values: Any) -> None:
    defaults: dict[str, Any] = {"aliases": [], "media_channels": [], "potentials": []}
    graph.add(Stakeholder, id=sid(name), name=name, slug=slugify(name), **(defaults | values))


def _stakeholders(graph: Graph) -> None:
    agency = StakeholderCategory.GOVERNMENT_AGENCY
    _stakeholder(
        graph,
        DISKOMINFO,
        aliases=["Diskominfo Kaltim"],
        category=agency,
        region_id=region_id("64"),
        classification="Perangkat daerah provinsi",
        description="Perangkat daerah yang menyelenggarakan urusan komunikasi dan informatika "
        "Provinsi Kalimantan Timur, termasuk urusan informasi dan komunikasi publik (IKP).",
    )
    _stakeholder(
        graph,
        KOMINFO,
        aliases=[
            "Kementerian Kominfo",
            "Kominfo",
            "Kementerian Komunikasi dan Digital",
            "Kemkomdigi",
        ],
        category=agency,
        classification="Kementerian",
        description="Kementerian yang membina urusan komunikasi dan informatika, penerbit "
        "Permenkominfo 8/2019. Pada Oktober 2024 berganti nama menjadi Kementerian Komunikasi "
        "dan Digital (Kemkomdigi).",
    )
    kim = StakeholderCategory.KIM
    _stakeholder(
        graph,
        KIM_PASER,
        aliases=["KIM Paser"],
        category=kim,
        region_id=region_id("64.01"),
        description="Komunitas Informasi Masyarakat di Kabupaten Paser, sasaran Sosialisasi "
        "Pembinaan KIM Paser di Pendopo Lou Bepekat.",
        contact={"email": "kim-paser@example.org", "phone": "+62 000 0000 6401"},
    )
    _stakeholder(
        graph,
        KIM_KUKAR,
        aliases=["KIM Kutai Kartanegara", "KIM Kabupaten Kutai Kertanegara"],
        category=kim,
        region_id=region_id("64.02"),
        description="Komunitas Informasi Masyarakat di Kabupaten Kutai Kartanegara, disebut "
        "Kepala Diskominfo Kaltim sebagai contoh KIM yang baik.",
        contact={"email": "kim-kukar@example.org", "phone": "+62 000 0000 6402"},
    )


def _regulations(graph: Graph) -> None:
    common = {
        "kind": RegulationKind.PERMEN,
        "title": REGULATION_TITLE,
        "issuer_id": sid(KOMINFO),
    }
    # The replacement first: the older regulation references it.
    graph.add(
        Regulation,
        id=PERMEN_2024_ID,
        number="4",
        year=2024,
        slug=PERMEN_2024,
        status=RegulationStatus.IN_FORCE,
        **common,
    )
    graph.add(
        Regulation,
        id=PERMEN_2019_ID,
        number="8",
        year=2019,
        slug=PERMEN_2019,
        status=RegulationStatus.REVOKED,
        replaced_by_id=PERMEN_2024_ID,
        **common,
    )
    for position, name in enumerate(AFFAIRS, start=1):
        graph.add(
            Affair,
            id=stable_id("affairs", f"{PERMEN_2019}/{position}"),
            regulation_id=PERMEN_2019_ID,
            name=name,
            position=position,
            description=KEMITRAAN_NOTE if name.startswith("Kemitraan") else "",
        )


def _people(graph: Graph) -> None:
    graph.add(
        Person,
        id=pid(FAISAL),
        full_name=FAISAL,
        slug=slugify(FAISAL),
        position=FAISAL_POSITION,
        is_public_figure=True,
        region_id=region_id("64"),
        data_legal_basis="Pejabat publik; jabatan dan pernyataan bersumber dari berita resmi.",
    )
    graph.add(
        Person,
        id=pid(AUTHOR),
        full_name=AUTHOR,
        slug=slugify(AUTHOR),
        data_legal_basis="Penulis berita yang dimuat; nama dicantumkan pada artikel.",
    )
    graph.add(
        Membership,
        id=stable_id("memberships", f"{slugify(FAISAL)}/{slugify(DISKOMINFO)}/kepala-dinas"),
        person_id=pid(FAISAL),
        stakeholder_id=sid(DISKOMINFO),
        role="kepala dinas",
    )


def _event(graph: Graph) -> None:
    graph.add(
        Event,
        id=EVENT_ID,
        title=EVENT_TITLE,
        slug=slugify(EVENT_TITLE),
        kind=EventKind.SOSIALISASI,
        starts_at=EVENT_STARTS_AT,
        date_precision=DatePrecision.APPROXIMATE,
        venue="Pendopo Lou Bepekat",
        region_id=region_id("64.01"),
        status=EventStatus.HELD,
        description="Tanggal pasti tidak disebutkan; berita 16 November 2022 menyebut "
        "kegiatan ini berlangsung belum lama ini.",
    )
    graph.add(
        EventSpeaker,
        id=stable_id("event-speakers", f"{slugify(EVENT_TITLE)}/{slugify(FAISAL)}"),
        event_id=EVENT_ID,
        person_id=pid(FAISAL),
        mode=SpeakerMode.RECORDED_VIDEO,
        topic="Kemitraan dengan pemangku kepentingan",
    )
    graph.add(
        EventParticipation,
        id=stable_id("event-participations", f"{slugify(EVENT_TITLE)}/{slugify(KIM_PASER)}"),
        event_id=EVENT_ID,
        stakeholder_id=sid(KIM_PASER),
        role=ParticipationRole.PARTICIPANT,
    )
    graph.add(
        Relation,
        id=RELATION_ID,
        source_id=sid(DISKOMINFO),
        target_id=sid(KIM_PASER),
        kind=RelationKind.PEMBINAAN,
        note="Pembinaan KIM Paser melalui sosialisasi urusan IKP.",
    )
    for kind, column, target in (
        ("article", "article_id", ARTICLE_ID),
        ("event", "event_id", EVENT_ID),
    ):
        graph.add(
            RelationEvidence,
            id=stable_id("relation-evidence", f"{RELATION_ID}/{kind}"),
            relation_id=RELATION_ID,
            **{column: target},
        )
