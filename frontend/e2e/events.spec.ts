import { expect, type Locator, type Page, test } from "@playwright/test";

import { login, screenshot, unique } from "./support";

/** Type into a picker inside `scope` and choose the option with this name. */
async function pick(page: Page, scope: Locator, label: string, text: string, option: string) {
  await scope.getByRole("combobox", { name: label }).fill(text);
  await page.getByRole("option", { name: new RegExp(option) }).click();
}

test("an editor creates an event with an online speaker, an organiser and a participant", async ({
  page,
}) => {
  const title = unique("Sosialisasi Literasi Digital");
  await login(page, "editor", "/admin/events/new");
  await expect(page.getByRole("heading", { name: "Tambah kegiatan" })).toBeVisible();

  await page.getByLabel("Judul").fill(title);
  await page.getByLabel("Jenis").selectOption({ label: "Sosialisasi" });
  await page.getByLabel("Mulai (WITA)").fill("2026-08-01T09:00");
  await page.getByLabel("Selesai (WITA)").fill("2026-08-01T12:30");
  await page.getByLabel("Tempat").fill("Aula Diskominfo");
  await page.getByRole("button", { name: "Simpan" }).click();

  await expect(page.getByRole("heading", { name: `Ubah kegiatan ${title}` })).toBeVisible();
  await expect(page.getByText("Kegiatan dibuat.")).toBeVisible();

  const speaker = page.getByRole("group", { name: "Tambah pembicara" });
  await pick(page, speaker, "Pembicara", "Agnes Hid", "Agnes Hidayat");
  await speaker.getByLabel("Cara hadir").selectOption({ label: "Daring" });
  await speaker.getByLabel("Topik").fill("Keamanan data pribadi");
  await speaker.getByRole("button", { name: "Tambah pembicara" }).click();
  await expect(page.getByText("Agnes Hidayat ditambahkan.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Pembicara (1)" })).toBeVisible();

  const organiser = page.getByRole("group", { name: "Tambah penyelenggara" });
  await pick(page, organiser, "Pemangku kepentingan", "Kementerian Kom", "Kementerian Komunikasi");
  await organiser.getByRole("button", { name: "Tambah penyelenggara" }).click();
  await expect(page.getByRole("heading", { name: "Penyelenggara (1)" })).toBeVisible();

  const participant = page.getByRole("group", { name: "Tambah peserta" });
  await pick(page, participant, "Pemangku kepentingan", "KIM Bina W", "KIM Bina Warga");
  await participant.getByRole("button", { name: "Tambah peserta" }).click();
  await expect(page.getByRole("heading", { name: "Peserta (1)" })).toBeVisible();
  await screenshot(page, "event-edit");

  await page.getByRole("link", { name: "Selesai, lihat kegiatan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(/1 Agu 2026 09\.00\s?–\s?12\.30 WITA/)).toBeVisible();
  const speakers = page.getByRole("region", { name: "Pembicara (1)" });
  await expect(speakers.getByRole("heading", { name: "Daring" })).toBeVisible();
  await expect(speakers.getByRole("link", { name: "Agnes Hidayat" })).toBeVisible();
  await expect(speakers.getByText("Keamanan data pribadi")).toBeVisible();
  const involved = page.getByRole("region", { name: "Yang terlibat" });
  await expect(involved.getByRole("link", { name: /^Kementerian Komunikasi/ })).toBeVisible();
  await expect(involved.getByRole("link", { name: "KIM Bina Warga" })).toBeVisible();
  await screenshot(page, "event-detail");

  await page.getByRole("link", { name: "← Kegiatan" }).click();
  await page.getByRole("searchbox", { name: "Cari judul kegiatan" }).fill(title);
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expect(page.getByText("1 data")).toBeVisible();
});
