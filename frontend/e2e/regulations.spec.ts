import { expect, test } from "@playwright/test";

import { login, screenshot } from "./support";

test("an analyst filters regulations, opens one and follows what it replaced", async ({ page }) => {
  await login(page, "analyst", "/admin/regulations");
  await expect(page.getByRole("heading", { name: "Regulasi" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Tambah regulasi" })).toHaveCount(0);

  await page.getByLabel("Jenis").selectOption({ label: "Peraturan Menteri" });
  await expect(page.getByText("2 data")).toBeVisible();
  await page.getByLabel("Tahun dari").fill("2020");
  await expect(page).toHaveURL(/kind=PERMEN/);
  await expect(page).toHaveURL(/yearFrom=2020/);
  await expect(page.getByText("1 data")).toBeVisible();
  await screenshot(page, "regulation-list");

  await page.getByRole("link", { name: "Peraturan Menteri Nomor 4 Tahun 2024" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Peraturan Menteri Nomor 4 Tahun 2024" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Ubah" })).toHaveCount(0);
  const replaces = page.getByRole("region", { name: "Menggantikan (1)" });
  await replaces.getByRole("link", { name: "Peraturan Menteri Nomor 8 Tahun 2019" }).click();

  await expect(page.getByText("Regulasi ini telah digantikan oleh")).toBeVisible();
  await expect(page.getByText("Dicabut")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Urusan yang diatur (11)" })).toBeVisible();
  await expect(page.getByText("Pelayanan Informasi Publik")).toBeVisible();
  await screenshot(page, "regulation-detail");

  await page.goBack();
  await page.goBack();
  await expect(page.getByLabel("Tahun dari")).toHaveValue("2020");
  await expect(page.getByText("1 data")).toBeVisible();
});
