"""Name parts and phrases the synthetic graph is built from (Indonesian, East Kalimantan flavour).

Every name made from these lists is fictional; any likeness to a real person or group is chance.
"""

from __future__ import annotations


def _split(text: str) -> tuple[str, ...]:
    return tuple(item.strip() for item in text.split(",") if item.strip())


MALE_GIVEN = _split(
    """
    Ahmad, Muhammad, Rizky, Budi, Agus, Hendra, Dedi, Andi, Yusuf, Arif, Fajar, Rahmat,
    Syahrul, Irwan, Hasan, Ilham, Joko, Bambang, Eko, Wahyu, Sutrisno, Abdul, Fauzan, Taufik,
    Herman, Yohanes, Petrus, Stefanus, Ajang, Lusang, Ding, Ibau, Anyeq, Jaang, Muis, Syamsul,
    Rusdi, Aditya, Bayu, Dimas, Galih, Hafiz, Iqbal, Nur, Roni, Slamet, Teguh, Usman, Zainal,
    Kadir, Ridwan, Sofyan, Darmawan, Firman, Gunawan, Haris, Imran, Junaidi
    """
)

FEMALE_GIVEN = _split(
    """
    Siti, Nur, Dewi, Sri, Rina, Ratna, Yuliana, Fitri, Nurul, Rahmawati, Ayu, Indah, Wulan,
    Lestari, Maria, Theresia, Agnes, Hajar, Aminah, Fatimah, Kartini, Novita, Putri, Rosmini,
    Suryani, Tuti, Wahyuni, Yanti, Zahra, Anisa, Dian, Erna, Handayani, Intan, Juwita, Kurnia,
    Mega, Nadia, Oktavia, Puspita, Rizka, Sari, Tika, Umi, Vina, Winda, Yuni, Dayang, Ngesti
    """
)

FAMILY = _split(
    """
    Saputra, Pratama, Hidayat, Santoso, Wijaya, Kurniawan, Setiawan, Nugroho, Rahman, Hakim,
    Syahputra, Firmansyah, Ramadhan, Hasibuan, Lubis, Siregar, Pane, Daeng, Mappanyukki, Lamba,
    Ngau, Lejau, Bilung, Anyeq, Tingang, Aji, Pangeran, Noor, Arsyad, Mahmud, Kusuma, Susanti,
    Rahayu, Anggraini, Permatasari, Maharani, Puspitasari, Wulandari, Utami, Sulistyowati,
    Yusran, Baharuddin, Jamaluddin, Salim, Basri, Effendi, Hamzah, Ismail, Latif
    """
)

PREFIX_MALE = ("H.", "Drs.", "Ir.", "Dr.", "H. Drs.")
PREFIX_FEMALE = ("Hj.", "Dra.", "Dr.", "Hj. Dra.")
SUFFIXES = (
    *("S.Sos", "S.Pd", "S.Kom", "S.E.", "S.H.", "S.I.Kom", "S.T.", "A.Md", "M.Si", "S.IP"),
    *("S.Sos., M.Si", "S.Pd., M.Pd", "S.E., M.M.", "S.Hut"),
)

OCCUPATIONS = _split(
    """
    Guru, Petani, Nelayan, Wiraswasta, Mahasiswa, Jurnalis warga, Pegawai swasta, Pedagang,
    Perangkat desa, Pelaku UMKM, Penyuluh pertanian, Bidan desa
    """
)
PUBLIC_ROLES = _split(
    """
    Tokoh adat, Tokoh agama, Budayawan, Pegiat literasi digital, Akademisi, Tokoh pemuda,
    Pemerhati media, Pegiat wisata
    """
)

# Stakeholder names: "<lead> <word>" or "<lead> <place>".
KIM_WORDS = _split(
    """
    Sinar Harapan, Maju Bersama, Bina Warga, Mekar Sari, Tepian Informasi, Sumber Kabar,
    Cahaya Desa, Suara Warga, Lentera, Pelita, Jendela Informasi, Rumah Kabar, Benua Etam,
    Ruhui Rahayu, Kampung Cerdas, Harapan Jaya, Sejahtera, Lestari, Mandiri, Bersinar,
    Gemilang, Sepakat, Bakti Warga, Tunas Muda, Padi Emas
    """
)
PLACE_SUFFIXES = (
    "Bersinar",
    "Bersatu",
    "Mandiri",
    "Informatif",
    "Cerdas",
    "Maju",
    "Berdaya",
    "Digital",
)
TRADITIONAL_LEADS = _split(
    """
    Sanggar Seni, Sanggar Tari, Kelompok Kesenian, Grup Tingkilan, Sanggar Budaya Dayak,
    Kelompok Hadrah, Sanggar Mamanda, Kelompok Sape, Sanggar Jepen
    """
)
CONTENT_LEADS = _split(
    """
    Komunitas Konten Kreatif, Kreator Muda, Komunitas Fotografi, Komunitas Videografi,
    Komunitas Blogger, Sobat Digital, Relawan TIK, Komunitas Podcast
    """
)
STRATEGIC_LEADS = _split(
    """
    Karang Taruna, Kelompok Tani, Majelis Taklim, Forum Anak, Pokdarwis, Kelompok Nelayan,
    Ikatan Pemuda, Kelompok Wanita Tani, Forum Peduli Lingkungan
    """
)
MEDIA_LEADS = ("Radio Komunitas", "Portal Berita", "Tabloid", "Buletin", "Kanal")
GROUP_WORDS = _split(
    """
    Etam, Mahakam, Benuaq, Tepian, Bersatu, Harmoni, Nusantara, Lamin, Seroja, Pesisir, Borneo,
    Kenyah, Banua, Bakti, Kartika, Melati, Rimba, Sungai Biru
    """
)
STRATEGIC_TOPICS = ("Kepemudaan", "Keagamaan", "Pertanian", "Perempuan", "Lingkungan", "Wisata")
KIM_CLASSES = ("Pemula", "Madya", "Utama")
POTENTIALS = _split(
    """
    pertanian, perikanan, perkebunan, wisata alam, wisata budaya, kuliner, kerajinan manik,
    anyaman rotan, tenun ulap doyo, madu hutan, UMKM, peternakan
    """
)

MEMBER_ROLES = ("ketua", "sekretaris", "bendahara")
EXTRA_ROLES = ("anggota", "anggota", "anggota", "humas", "koordinator liputan", "wakil ketua")

EVENT_KINDS = (
    ("sosialisasi", 25),
    ("pelatihan", 20),
    ("rapat", 14),
    ("bimtek", 10),
    ("seminar", 9),
    ("lomba", 8),
    ("festival", 6),
    ("pameran", 5),
    ("other", 3),
)
EVENT_LABELS = {
    "sosialisasi": "Sosialisasi",
    "pelatihan": "Pelatihan",
    "rapat": "Rapat Koordinasi",
    "bimtek": "Bimbingan Teknis",
    "seminar": "Seminar",
    "lomba": "Lomba",
    "festival": "Festival",
    "pameran": "Pameran",
    "other": "Temu",
}
EVENT_TOPICS = {
    "sosialisasi": (
        "Keterbukaan Informasi Publik",
        "Literasi Digital",
        "Anti Hoaks",
        "Pelindungan Data Pribadi",
        "Pembinaan KIM",
    ),
    "pelatihan": (
        "Jurnalistik Warga",
        "Fotografi Jurnalistik",
        "Pengelolaan Media Sosial",
        "Produksi Video Pendek",
        "Penulisan Berita",
    ),
    "rapat": ("Forum KIM", "Diseminasi Informasi", "Kemitraan Komunikasi Publik"),
    "bimtek": ("Pengelolaan Informasi Desa", "Website Desa", "Pengelolaan PPID Desa"),
    "seminar": ("Komunikasi Publik", "Ekonomi Digital Desa", "Peran Media Tradisional"),
    "lomba": ("Konten Positif", "Video Pendek Potensi Desa", "Website KIM", "Jurnalistik KIM"),
    "festival": ("Seni Tradisional", "Budaya Etam", "Kreator Konten"),
    "pameran": ("Produk Unggulan Desa", "Potensi Desa", "Inovasi Digital"),
    "other": ("Komunitas", "Warga dan Media", "Pegiat Informasi"),
}
VENUES = _split(
    """
    Aula Kantor {district}, Pendopo {district}, Balai Pertemuan {village},
    Gedung Serbaguna {district}, Kantor {village}, Lapangan {village}, Ruang Rapat Diskominfo,
    daring (Zoom Meeting)
    """
)

TAGS = _split(
    """
    KIM, IKP, Kemitraan, Literasi Digital, Hoaks, Keterbukaan Informasi, Pemilu, UMKM,
    Pariwisata, Budaya, Pemuda, Perempuan, Pertanian, Perikanan, Desa, Pelatihan, Lomba,
    Media Tradisional, Konten Kreatif, Kelompok Strategis, IKN, Stunting, Lingkungan,
    Kesehatan, Pendidikan, Infrastruktur, PPID, Data Pribadi, Sosialisasi, Festival,
    Radio Komunitas, Website Desa, Kominfo, Diskominfo
    """
)
CATEGORY_TAGS = {
    "kim": "KIM",
    "traditional_media": "Media Tradisional",
    "content_creator": "Konten Kreatif",
    "strategic_group": "Kelompok Strategis",
    "media_outlet": "Radio Komunitas",
    "government_agency": "Diskominfo",
    "other": "Kemitraan",
}
EDITOR_CODES = ("ty", "ri", "sa", "dn", "mf", "yu", "ar")

# Article building blocks. "{place}" is a place name, "{agency}" a Diskominfo alias.
ACTIVITIES = (
    ("Pelatihan Jurnalistik Warga", "Pelatihan"),
    ("Sosialisasi Literasi Digital", "Literasi Digital"),
    ("Kelas Konten Kreatif", "Konten Kreatif"),
    ("Diskusi Anti Hoaks", "Hoaks"),
    ("Pelatihan Fotografi Ponsel", "Pelatihan"),
    ("Pendataan Potensi Desa", "Desa"),
    ("Siaran Keliling Informasi Publik", "Keterbukaan Informasi"),
    ("Pentas Seni Budaya", "Budaya"),
    ("Bazar Produk UMKM", "UMKM"),
    ("Sosialisasi Pencegahan Stunting", "Stunting"),
    ("Gerakan Bersih Sungai", "Lingkungan"),
    ("Pelatihan Pengelolaan Website Desa", "Website Desa"),
)
QUOTES = (
    "Kami ingin warga {place} mendapatkan informasi yang benar dan cepat",
    "KIM harus menjadi jembatan informasi antara pemerintah dan masyarakat",
    "Kegiatan seperti ini akan kami lanjutkan setiap tahun",
    "Potensi {place} harus dikenal lebih luas melalui konten yang positif",
    "Kami berterima kasih atas pendampingan dari {agency}",
    "Jangan mudah percaya dengan informasi yang belum jelas sumbernya",
    "Anak muda di {place} punya banyak ide kreatif yang perlu diwadahi",
    "Informasi yang baik lahir dari masyarakat sendiri, dari bawah ke atas",
)
SAY_VERBS = ("ujarnya", "katanya", "tuturnya", "ungkapnya", "jelasnya")
CLOSINGS = (
    "Kegiatan ditutup dengan diskusi dan foto bersama.",
    "Ke depan, kegiatan serupa diharapkan dapat digelar secara rutin.",
    "Informasi lebih lanjut dapat diperoleh melalui kanal media sosial resmi penyelenggara.",
    "Panitia berharap kegiatan ini memberi manfaat nyata bagi warga.",
)
SUPPORT_LINES = (
    "Kegiatan tersebut juga melibatkan {name}.",
    "{name} turut hadir dan berbagi pengalaman.",
    "Menurut panitia, {name} menjadi salah satu mitra utama kegiatan ini.",
    "{name} memberikan pendampingan selama kegiatan berlangsung.",
)
CATEGORY_LABELS = {
    "kim": "Komunitas Informasi Masyarakat",
    "traditional_media": "Kelompok Media Tradisional",
    "content_creator": "Komunitas Pembuat Konten Positif",
    "strategic_group": "Kelompok Strategis",
    "media_outlet": "Media Komunitas",
    "government_agency": "Instansi Pemerintah",
    "other": "Forum Warga",
}
CONTEXT_LINES = (
    "Kegiatan ini menjadi bagian dari upaya memperluas akses informasi publik hingga ke desa.",
    "Peserta mendapat materi tentang cara memeriksa kebenaran informasi sebelum membagikannya.",
    "Selama kegiatan, peserta juga berlatih menulis berita singkat dan mengambil foto.",
    "Materi disampaikan secara interaktif sehingga peserta dapat langsung bertanya.",
    "Hasil kegiatan akan dipublikasikan melalui media sosial dan papan informasi desa.",
    "Penyelenggara menilai minat warga terhadap informasi pembangunan terus meningkat.",
    "Sejumlah tokoh masyarakat dan perangkat desa turut hadir mengikuti kegiatan.",
    "Kegiatan berlangsung sejak pagi hingga siang hari dengan tertib dan lancar.",
)
