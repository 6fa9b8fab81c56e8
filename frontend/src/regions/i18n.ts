import { namespace } from "../i18n/dictionary";

export const regions = namespace(
  {
    title: "Wilayah",
    new: "Tambah wilayah",
    editTitle: "Ubah wilayah {{name}}",
    fields: {
      code: "Kode Kemendagri",
      name: "Nama",
      level: "Tingkat",
      parent: "Wilayah induk",
      parentHint: "Ketik nama atau kode wilayah induk.",
      children: "Wilayah di bawahnya",
      stakeholders: "Pemangku kepentingan terdaftar",
      updatedAt: "Diubah",
    },
    levels: {
      PROVINCE: "Provinsi",
      REGENCY: "Kabupaten",
      CITY: "Kota",
      DISTRICT: "Kecamatan",
      VILLAGE: "Desa/Kelurahan",
    },
    within: "Di dalam wilayah",
    searchLabel: "Cari nama atau kode wilayah",
  },
  {
    title: "Regions",
    new: "New region",
    editTitle: "Edit region {{name}}",
    fields: {
      code: "Kemendagri code",
      name: "Name",
      level: "Level",
      parent: "Parent region",
      parentHint: "Type the parent region's name or code.",
      children: "Regions below",
      stakeholders: "Registered stakeholders",
      updatedAt: "Changed",
    },
    levels: {
      PROVINCE: "Province",
      REGENCY: "Regency",
      CITY: "City",
      DISTRICT: "District",
      VILLAGE: "Village",
    },
    within: "Within region",
    searchLabel: "Search region name or code",
  },
);
