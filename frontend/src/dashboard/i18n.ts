import { namespace } from "../i18n/dictionary";

export const dashboard = namespace(
  {
    title: "Dasbor",
    byCategory: {
      title: "Pemangku kepentingan per kategori",
      titleCount: "Pemangku kepentingan per kategori ({{count}})",
      all: "Semua",
    },
    byRegion: {
      title: "Pemangku kepentingan per wilayah",
      within: "Kabupaten dan kota di {{name}}, termasuk wilayah di bawahnya.",
    },
    articles: {
      title: "Berita terbit per bulan",
      all: "Semua berita",
      summary: "{{from}} sampai {{to}}: {{total}} berita, terbanyak {{max}} pada {{busiest}}.",
      asTable: "Tampilkan sebagai tabel",
      month: "Bulan",
      count: "Berita terbit",
    },
    events: {
      title: "Kegiatan mendatang",
      all: "Semua kegiatan mendatang",
      empty: "Belum ada kegiatan terencana.",
    },
    recent: { title: "Perubahan terbaru" },
    dormant: {
      title: "Tanpa kegiatan {{months}} bulan terakhir",
      note: "Tidak disebut dalam berita terbit dan tidak ikut kegiatan.",
      empty: "Semua pemangku kepentingan aktif.",
      lastActive: "terakhir aktif {{date}}",
      never: "belum pernah tercatat aktif",
      shown: "{{shown}} dari {{count}} ditampilkan.",
    },
  },
  {
    title: "Dashboard",
    byCategory: {
      title: "Stakeholders by category",
      titleCount: "Stakeholders by category ({{count}})",
      all: "All",
    },
    byRegion: {
      title: "Stakeholders by region",
      within: "Regencies and cities of {{name}}, including the regions below them.",
    },
    articles: {
      title: "Articles published per month",
      all: "All articles",
      summary: "{{from}} to {{to}}: {{total}} articles, most {{max}} in {{busiest}}.",
      asTable: "Show as a table",
      month: "Month",
      count: "Articles published",
    },
    events: {
      title: "Upcoming events",
      all: "All upcoming events",
      empty: "No events planned yet.",
    },
    recent: { title: "Recent changes" },
    dormant: {
      title: "No activity in the last {{months}} months",
      note: "Not mentioned in published articles and not part of any event.",
      empty: "Every stakeholder is active.",
      lastActive: "last active {{date}}",
      never: "never recorded as active",
      shown: "{{shown}} of {{count}} shown.",
    },
  },
);
