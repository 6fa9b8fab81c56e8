"""The demo data: the exact seed graph, idempotent loading, a deterministic synthetic graph.

The session database (conftest) already holds the seed graph and the synthetic set of scale 40,
seed 7; these tests read it, load it again, and generate synthetic sets in memory.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import UTC, datetime
from typing import Any
from uuid import UUID

from tortoise.models import Model

from api.demo import run_demo
from api.demo.graph import MODEL_ORDER, Graph
from api.demo.keys import stable_id
from api.demo.seed_data import ARTICLE_ID, ARTICLE_SLUG, EVENT_ID, PERMEN_2019_ID, RELATION_ID
from api.demo.synthetic import Synthetic, generate, marker_id
from api.models import (
    Affair,
    Article,
    ArticleTag,
    Event,
    EventCoverage,
    EventParticipation,
    EventSpeaker,
    Membership,
    Mention,
    Person,
    Quote,
    Region,
    Regulation,
    Relation,
    RelationEvidence,
    Stakeholder,
)
from api.orm import with_orm
from api.settings import Settings
from tests.conftest import SYNTHETIC_SCALE, SYNTHETIC_SEED

DISKOMINFO = "Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur"
KOMINFO = "Kementerian Komunikasi dan Informatika"
KIM_PASER = "KIM Kabupaten Paser"
KIM_KUKAR = "KIM Kabupaten Kutai Kartanegara"
QUOTES = [
    "Insha Allah saya sudah membuat kajian untuk menjadikan dua bidang di IKP ini dengan 11 "
    "urusan. Salah satu urusan itu, adalah kemitraan dengan pemangku kepentingan yang dibahas "
    "pada Sosialisasi KIM ini,",
    "Jadi yang menentukan bukan dari pemerintah ke bawah tapi benar-benar ini dari bawah dari "
    "masyarakat untuk masyarakat. Dan dari masyarakat yang melakukan aktivitas pengelolaan "
    "informasi dan pemberdayaan masyarakat dalam rangka meningkatkan sebuah nilai tambah,",
    "Itu yang sedang kita terapkan di provinsi. Tahun ini kita memulai lagi, sudah ada contoh "
    "KIM di Kabupaten Kutai Kertanegara yang baik dan luar biasa. Ini bisa menjadi salah satu "
    "rujukan kita bersama untuk membangkitkan KIM di Kalimantan, kemudian yang kedua adalah "
    "Kelompok Media Tradisional,",
]


async def test_seed_regions(orm: None) -> None:
    codes = ["64", "64.01", "64.02", *(f"64.01.{n:02d}" for n in range(1, 11))]
    regions = await Region.filter(code__in=codes).prefetch_related("parent").order_by("code")
    found = [(r.code, r.name, r.level.value, r.parent.code if r.parent else None) for r in regions]
    assert found == [
        ("64", "Provinsi Kalimantan Timur", "province", None),
        ("64.01", "Kabupaten Paser", "regency", "64"),
        ("64.01.01", "Kecamatan Batu Sopang", "district", "64.01"),
        ("64.01.02", "Kecamatan Tanjung Harapan", "district", "64.01"),
        ("64.01.03", "Kecamatan Paser Belengkong", "district", "64.01"),
        ("64.01.04", "Kecamatan Tanah Grogot", "district", "64.01"),
        ("64.01.05", "Kecamatan Kuaro", "district", "64.01"),
        ("64.01.06", "Kecamatan Long Ikis", "district", "64.01"),
        ("64.01.07", "Kecamatan Muara Komam", "district", "64.01"),
        ("64.01.08", "Kecamatan Long Kali", "district", "64.01"),
        ("64.01.09", "Kecamatan Batu Engau", "district", "64.01"),
        ("64.01.10", "Kecamatan Muara Samu", "district", "64.01"),
        ("64.02", "Kabupaten Kutai Kartanegara", "regency", "64"),
    ]  # fmt: skip


async def test_seed_stakeholders(orm: None) -> None:
    names = [DISKOMINFO, KOMINFO, KIM_PASER, KIM_KUKAR]
    rows = await Stakeholder.filter(name__in=names).prefetch_related("region")
    found = {s.name: (s.slug, s.aliases, s.category.value, _code(s.region)) for s in rows}
    assert found == {
        DISKOMINFO: (
            "dinas-komunikasi-dan-informatika-provinsi-kalimantan-timur",
            ["Diskominfo Kaltim"],
            "government_agency",
            "64",
        ),
        KOMINFO: (
            "kementerian-komunikasi-dan-informatika",
            ["Kementerian Kominfo", "Kominfo", "Kementerian Komunikasi dan Digital", "Kemkomdigi"],
            "government_agency",
            None,
        ),
        KIM_PASER: ("kim-kabupaten-paser", ["KIM Paser"], "kim", "64.01"),
        KIM_KUKAR: (
            "kim-kabupaten-kutai-kartanegara",
            ["KIM Kutai Kartanegara", "KIM Kabupaten Kutai Kertanegara"],
            "kim",
            "64.02",
        ),
    }
    kominfo = next(s for s in rows if s.name == KOMINFO)
    assert "Kementerian Komunikasi dan Digital (Kemkomdigi)" in kominfo.description
    for stakeholder in rows:
        assert stakeholder.contact is None or stakeholder.contact["email"].endswith("@example.org")


async def test_seed_people(orm: None) -> None:
    faisal = await Person.get(full_name="Muhammad Faisal").prefetch_related("region")
    assert (faisal.slug, faisal.position, faisal.is_public_figure) == (
        "muhammad-faisal",
        "Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur",
        True,
    )
    assert faisal.region
    assert faisal.region.code == "64"
    memberships = await Membership.filter(person=faisal).prefetch_related("stakeholder")
    assert [(m.role, m.stakeholder.name) for m in memberships] == [("kepala dinas", DISKOMINFO)]
    author = await Person.get(full_name="Rizky Kurniawan")
    assert (author.slug, author.is_public_figure, author.contact) == (
        "rizky-kurniawan",
        False,
        None,
    )


async def test_seed_article(orm: None) -> None:
    article = await Article.get(id=ARTICLE_ID).prefetch_related("author", "dateline_region")
    assert article.title == "KIM Mitra Pemangku Kepentingan Urusan Informasi Komunikasi Publik"
    assert article.slug == "kim-mitra-pemangku-kepentingan-urusan-informasi-komunikasi-publik"
    assert (article.category.value, article.status.value, article.language) == (
        "berita",
        "published",
        "id",
    )
    assert article.published_at == datetime(2022, 11, 16, 6, 34, tzinfo=UTC)
    assert article.author
    assert article.author.full_name == "Rizky Kurniawan"
    assert (article.view_count, article.dateline, article.editor_initials) == (
        691,
        "Tana Paser",
        "Rzk/ty",
    )
    assert article.dateline_region
    assert article.dateline_region.code == "64.01.04"
    assert article.summary == (
        "Tana Paser - Kemitraan dengan pemangku kepentingan merupakan salah satu urusan dari "
        "penyelenggaraan urusan pemerintah bidang komunikasi dan informatika yaitu urusan "
        "informasi komunikasi publik."
    )
    paragraphs = article.body.split("\n")
    assert len(paragraphs) == 9
    assert all(p.startswith("<p>") and p.endswith("</p>") for p in paragraphs)
    assert paragraphs[0] == f"<p>{article.summary}</p>"
    assert paragraphs[-1].endswith("tutupnya. (Rzk/ty)</p>")
    assert "KIM diharapakan dapat" in article.body
    assert "•" not in article.body
    assert "691 kali dilihat" not in article.body
    tags = await ArticleTag.filter(article_id=ARTICLE_ID).prefetch_related("tag")
    assert sorted(t.tag.name for t in tags) == ["IKP", "KIM", "Kemitraan"]


async def test_seed_event(orm: None) -> None:
    event = await Event.get(id=EVENT_ID).prefetch_related("region")
    assert event.title == "Sosialisasi Pembinaan Komunitas Informasi Masyarakat (KIM) Paser"
    assert (event.kind.value, event.venue, event.status.value, event.date_precision.value) == (
        "sosialisasi",
        "Pendopo Lou Bepekat",
        "held",
        "approximate",
    )
    assert event.region
    assert event.region.code == "64.01"
    assert event.starts_at
    assert event.starts_at < datetime(2022, 11, 16, 6, 34, tzinfo=UTC)
    assert (datetime(2022, 11, 16, tzinfo=UTC) - event.starts_at).days < 14
    speakers = await EventSpeaker.filter(event=event).prefetch_related("person")
    assert [(s.person.full_name, s.mode.value) for s in speakers] == [
        ("Muhammad Faisal", "recorded_video")
    ]
    roles = await EventParticipation.filter(event=event).prefetch_related("stakeholder")
    assert [(p.stakeholder.name, p.role.value) for p in roles] == [(KIM_PASER, "participant")]
    coverage = await EventCoverage.filter(event=event).values_list("article_id", flat=True)
    assert coverage == [ARTICLE_ID]


async def test_seed_regulations_and_affairs(orm: None) -> None:
    old = await Regulation.get(id=PERMEN_2019_ID).prefetch_related("issuer", "replaced_by")
    assert old.replaced_by is not None
    new = await Regulation.get(id=old.replaced_by.id).prefetch_related("issuer", "replaced_by")
    title = "tentang Penyelenggaraan Urusan Pemerintahan Konkuren Bidang Komunikasi dan Informatika"
    assert (old.kind.value, old.number, old.year, old.title, old.slug, old.status.value) == (
        "permen", "8", 2019, title, "permen-8-2019", "revoked",
    )  # fmt: skip
    assert (new.kind.value, new.number, new.year, new.title, new.slug, new.status.value) == (
        "permen", "4", 2024, title, "permen-4-2024", "in_force",
    )  # fmt: skip
    assert new.replaced_by is None
    assert old.issuer
    assert new.issuer
    assert (old.issuer.name, new.issuer.name) == (KOMINFO, KOMINFO)
    affairs = await Affair.filter(regulation=old).order_by("position")
    assert [a.position for a in affairs] == list(range(1, 12))
    assert sum(a.name == "Kemitraan dengan Pemangku Kepentingan" for a in affairs) == 1
    assert len({a.name for a in affairs}) == 11


async def test_seed_relation_and_evidence(orm: None) -> None:
    relation = await Relation.get(id=RELATION_ID).prefetch_related("source", "target")
    assert (relation.source.name, relation.kind.value, relation.target.name) == (
        DISKOMINFO,
        "pembinaan",
        KIM_PASER,
    )
    evidence = await RelationEvidence.filter(relation=relation).values_list(
        "article_id", "event_id"
    )
    assert sorted(evidence, key=str) == sorted([(ARTICLE_ID, None), (None, EVENT_ID)], key=str)


async def test_seed_mentions(orm: None) -> None:
    mentions = await Mention.filter(article_id=ARTICLE_ID).prefetch_related(
        "stakeholder", "person", "region", "event", "regulation"
    )
    text = _plain(await Article.get(id=ARTICLE_ID))
    named = set()
    for m in mentions:
        target = getattr(m, m.target_type.value)
        label = target.code if m.target_type.value == "region" else getattr(target, "slug", "")
        named.add((m.target_type.value, label or target.name))
        assert m.confirmed
        assert m.evidence
        assert m.evidence in text
    assert len(mentions) == 10
    assert named == {
        ("stakeholder", "dinas-komunikasi-dan-informatika-provinsi-kalimantan-timur"),
        ("stakeholder", "kementerian-komunikasi-dan-informatika"),
        ("stakeholder", "kim-kabupaten-paser"),
        ("stakeholder", "kim-kabupaten-kutai-kartanegara"),
        ("person", "muhammad-faisal"),
        ("regulation", "permen-8-2019"),
        ("event", "sosialisasi-pembinaan-komunitas-informasi-masyarakat-kim-paser"),
        ("region", "64"),
        ("region", "64.01"),
        ("region", "64.02"),
    }


async def test_seed_quotes(orm: None) -> None:
    quotes = (
        await Quote.filter(article_id=ARTICLE_ID).order_by("position").prefetch_related("person")
    )
    assert [q.text for q in quotes] == QUOTES
    assert {q.person.full_name for q in quotes} == {"Muhammad Faisal"}
    assert [q.position for q in quotes] == [1, 2, 3]


async def test_loading_again_changes_nothing(settings: Settings) -> None:
    before = await with_orm(settings, _snapshot)
    await run_demo(settings, scale=0, quiet=True)
    await run_demo(settings, scale=SYNTHETIC_SCALE, seed=SYNTHETIC_SEED, quiet=True)
    after = await with_orm(settings, _snapshot)
    assert after == before
    assert before["stakeholders"][0] == 4 + SYNTHETIC_SCALE


async def test_synthetic_set_in_the_database_is_the_generated_one(orm: None) -> None:
    synthetic = generate(SYNTHETIC_SCALE, SYNTHETIC_SEED)
    for model in (Stakeholder, Person, Article, Mention, Event):
        ids = {row["id"] for row in synthetic.own.of(model)}
        assert await model.filter(id__in=list(ids)).count() == len(ids)
    assert synthetic.marker == marker_id(SYNTHETIC_SCALE, SYNTHETIC_SEED)
    assert await Stakeholder.exists(id=synthetic.marker)


def test_generator_is_deterministic() -> None:
    first, second = generate(40, 7), generate(40, 7)
    assert _dump(first) == _dump(second)
    assert _dump(generate(40, 8)) != _dump(first)
    # Ids are UUID5 of fixed keys: the same on every machine and Python version.
    assert marker_id(40, 7) == UUID("95f500f8-5c69-5073-8045-44d5e638ecbc")
    assert stable_id("articles", ARTICLE_SLUG) == UUID("9ca8534c-1700-5924-bdd2-db4319644217")


def test_generator_scales_linearly() -> None:
    small, large = generate(40, 7).own, generate(160, 7).own
    sizes = {"stakeholders": 40, "people": 120, "articles": 200, "events": 20, "relations": 20}
    assert {k: v for k, v in small.counts().items() if k in sizes} == sizes
    for table, count in sizes.items():
        assert large.counts()[table] == 4 * count
    for table in ("memberships", "mentions", "event_participations", "article_tags"):
        assert 3 <= large.counts()[table] / small.counts()[table] <= 5


def test_generated_graph_is_consistent() -> None:
    graph = generate(200, 3).own
    memberships = [(m["person_id"], m["stakeholder_id"]) for m in graph.of(Membership)]
    assert len(memberships) == len(set(memberships))
    relations = [(r["source_id"], r["target_id"], r["kind"]) for r in graph.of(Relation)]
    assert len(relations) == len(set(relations))
    assert all(source != target for source, target, _ in relations)
    articles = {row["id"]: row for row in graph.of(Article)}
    per_article = Counter(row["article_id"] for row in graph.of(Mention))
    assert set(per_article) == set(articles)
    assert all(1 <= count <= 6 for count in per_article.values())
    targets = [(m["article_id"], _target(m)) for m in graph.of(Mention)]
    assert len(targets) == len(set(targets))
    for mention in graph.of(Mention):
        assert mention["evidence"] in articles[mention["article_id"]]["body"]
    for quote in graph.of(Quote):
        assert f"“{quote['text']}”" in articles[quote["article_id"]]["body"]
    slugs = [
        row["slug"] for model in (Article, Stakeholder, Person, Event) for row in graph.of(model)
    ]
    assert len(slugs) == len(set(slugs))


def test_activity_is_skewed() -> None:
    graph = generate(400, 5).own
    mentions = Counter(m["stakeholder_id"] for m in graph.of(Mention) if m.get("stakeholder_id"))
    ranked = [count for _, count in mentions.most_common()]
    top = sum(ranked[: len(graph.of(Stakeholder)) // 20])
    assert top > 0.4 * sum(ranked)
    assert len(mentions) < len(graph.of(Stakeholder))  # some groups are never in the news


def _code(region: Region | None) -> str | None:
    return region.code if region else None


def _plain(article: Article) -> str:
    return article.body.replace("<p>", "").replace("</p>", "")


def _target(mention: dict[str, Any]) -> Any:
    return mention[f"{mention['target_type'].value}_id"]


def _dump(synthetic: Synthetic) -> list[tuple[str, list[Any]]]:
    graphs: tuple[Graph, ...] = (synthetic.shared, synthetic.own)
    return [(m._meta.db_table, g.of(m)) for g in graphs for m in MODEL_ORDER]


async def _snapshot() -> dict[str, tuple[int, str]]:
    """Row count and a digest of every row's values, per table."""
    result = {}
    for model in MODEL_ORDER:
        result[model._meta.db_table] = await _digest(model)
    return result


async def _digest(model: type[Model]) -> tuple[int, str]:
    rows = await model.all().values()
    text = "\n".join(sorted(repr(sorted(row.items())) for row in rows))
    return len(rows), hashlib.sha256(text.encode()).hexdigest()
