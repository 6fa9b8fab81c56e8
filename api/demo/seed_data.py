"""Names, dates and ids of the seed graph, as the article and seed-graph.md print them."""

from __future__ import annotations

from datetime import UTC, datetime
from uuid import UUID

from api.demo.keys import slugify, stable_id
from api.demo.text import seed_article

PUBLISHED_AT = datetime(2022, 11, 16, 6, 34, tzinfo=UTC)  # 14:34 WITA
EVENT_STARTS_AT = datetime(2022, 11, 14, 2, 0, tzinfo=UTC)  # 10:00 WITA, approximate
PASER_DISTRICTS = tuple(f"64.01.{n:02d}" for n in range(1, 11))
SEED_REGIONS = ("64", "64.01", "64.02", *PASER_DISTRICTS)
TAGS = ("KIM", "IKP", "Kemitraan")

DISKOMINFO = "Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur"
KOMINFO = "Kementerian Komunikasi dan Informatika"
KIM_PASER = "KIM Kabupaten Paser"
KIM_KUKAR = "KIM Kabupaten Kutai Kartanegara"
FAISAL = "Muhammad Faisal"
FAISAL_POSITION = "Kepala Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur"
AUTHOR = "Rizky Kurniawan"
EVENT_TITLE = "Sosialisasi Pembinaan Komunitas Informasi Masyarakat (KIM) Paser"
REGULATION_TITLE = (
    "tentang Penyelenggaraan Urusan Pemerintahan Konkuren Bidang Komunikasi dan Informatika"
)
PERMEN_2019 = "permen-8-2019"
PERMEN_2024 = "permen-4-2024"
AFFAIRS = (
    "Pengelolaan Opini dan Aspirasi Publik",
    "Pengelolaan Informasi untuk Mendukung Kebijakan Nasional dan Pemerintah Daerah",
    "Monitoring Informasi dan Penetapan Agenda Prioritas Komunikasi Pemerintah Daerah",
    "Pengelolaan Konten dan Perencanaan Media Komunikasi Publik",
    "Pengelolaan Media Komunikasi Publik",
    "Pelayanan Informasi Publik",
    "Layanan Hubungan Media",
    "Penguatan Kapasitas Sumber Daya Komunikasi Publik",
    "Penyediaan Akses Informasi",
    "Kemitraan dengan Pemangku Kepentingan",
    "Penyelenggaraan Komunikasi Publik Lintas Sektoral",
)
KEMITRAAN_NOTE = (
    "Kemitraan dengan empat pemangku kepentingan: Komunitas Informasi Masyarakat, Kelompok "
    "Media Tradisional, Komunitas Pembuat Konten Positif dan Kelompok Strategis."
)


def sid(name: str) -> UUID:
    return stable_id("stakeholders", slugify(name))


def pid(name: str) -> UUID:
    return stable_id("people", slugify(name))


ARTICLE_SLUG = slugify(seed_article().title)
ARTICLE_ID = stable_id("articles", ARTICLE_SLUG)
EVENT_ID = stable_id("events", slugify(EVENT_TITLE))
RELATION_ID = stable_id("relations", f"{slugify(DISKOMINFO)}/pembinaan/{slugify(KIM_PASER)}")
PERMEN_2019_ID = stable_id("regulations", PERMEN_2019)
PERMEN_2024_ID = stable_id("regulations", PERMEN_2024)
