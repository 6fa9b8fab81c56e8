import { expect, test } from "@playwright/test";

import { login, screenshot, unique } from "./support";

test("an editor registers a stakeholder, adds a member and sees its profile", async ({ page }) => {
  const name = unique("KIM Uji");
  await login(page, "editor", "/admin/stakeholders/new");
  await expect(page.getByRole("heading", { name: "Tambah pemangku kepentingan" })).toBeVisible();
  await page.getByLabel("Nama resmi").fill(name);
  await page.getByLabel("Kategori").selectOption({ label: "KIM" });
  await page.getByRole("combobox", { name: "Wilayah" }).fill("Paser");
  await page.getByRole("option", { name: /Kabupaten Paser/ }).first().click();
  await page.getByLabel("Jumlah anggota").fill("12");
  await page.getByLabel("Potensi lokal").fill("Rotan\nMadu hutan");
  await page.getByRole("button", { name: "Simpan" }).click();

  await expect(page.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/stakeholders\/kim-uji-/);
  const details = page.getByRole("region", { name: "Profil" });
  await expect(details.getByText("Kabupaten Paser (64.01)")).toBeVisible();
  await expect(details.getByText("Madu hutan")).toBeVisible();

  const members = page.getByRole("region", { name: /^Anggota/ });
  await members.getByRole("button", { name: "Tambah anggota" }).click();
  await members.getByRole("combobox", { name: "Orang" }).fill("Dewi Syah");
  await page.getByRole("option", { name: /Dewi Syahputra/ }).click();
  await members.getByLabel("Jabatan").fill("ketua");
  await members.getByLabel("Mulai").fill("2025-01-15");
  await members.getByRole("button", { name: "Simpan" }).click();
  await expect(members.getByRole("heading", { name: "Anggota (1)" })).toBeVisible();
  await expect(members.getByRole("link", { name: "Dewi Syahputra" })).toBeVisible();
  await expect(members.getByText("sejak 15 Jan 2025")).toBeVisible();
});

test("the category filter lives in the URL and survives a reload", async ({ page }) => {
  await login(page, "editor", "/admin/stakeholders");
  await expect(page.getByRole("heading", { name: "Pemangku kepentingan" })).toBeVisible();
  await page.getByLabel("Kategori").selectOption({ label: "Media tradisional" });
  await expect(page).toHaveURL(/[?&]category=TRADITIONAL_MEDIA/);
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("Media tradisional");

  await page.reload();
  await expect(page.getByLabel("Kategori")).toHaveValue("TRADITIONAL_MEDIA");
  const categories = await page.locator("td[data-label='Kategori']").allTextContents();
  expect(categories.length).toBeGreaterThan(0);
  expect(new Set(categories)).toEqual(new Set(["Media tradisional"]));
  await screenshot(page, "stakeholders-list");
});

test("a well-connected KIM shows members, relations, timeline and neighbourhood", async ({
  page,
}) => {
  await login(page, "editor", "/admin/stakeholders?q=KIM+Bina+Warga");
  await page.getByRole("link", { name: "KIM Bina Warga" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "KIM Bina Warga" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Anggota \([1-9]/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Relasi \([1-9]/ })).toBeVisible();
  const timeline = page.getByRole("region", { name: "Linimasa" });
  await expect(timeline.getByRole("listitem").first()).toBeVisible();
  // Dates in the timeline are newest first.
  const dates = await timeline.locator("time[datetime]").evaluateAll((nodes) =>
    nodes.map((node) => Date.parse(node.getAttribute("datetime") ?? "")),
  );
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  const graph = page.getByRole("group", { name: /Jejaring sekitar KIM Bina Warga/ });
  await expect(graph.getByRole("link").first()).toBeVisible();
  await screenshot(page, "stakeholder-profile");
});
