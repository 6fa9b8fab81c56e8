import { expect, test } from "@playwright/test";

import { login } from "./support";

test("a region shows coverage below it and which regions have no active KIM", async ({ page }) => {
  await login(page, "analyst", "/admin/regions/64");
  const coverage = page.getByRole("region", { name: "Cakupan per wilayah" });
  await expect(coverage.getByRole("table")).toBeVisible();
  await expect(coverage.getByText(/wilayah belum memiliki KIM aktif/)).toBeVisible();
  const kutaiBarat = coverage.getByRole("row").filter({ hasText: "Kutai Barat" });
  await expect(kutaiBarat.getByText("tanpa KIM aktif")).toBeVisible();
});

test("a deep link to a region code with dots opens the region", async ({ page }) => {
  await login(page, "analyst", "/admin/regions/64.72");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("64.72");
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("64.72");
});

test("after saving a region its page shows the new name at once", async ({ page }) => {
  await login(page, "editor", "/admin/regions/64.72");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("64.72");
  await page.getByRole("link", { name: "Ubah" }).click();
  const name = page.getByLabel(/^Nama/);
  const renamed = `${await name.inputValue()} (diperbarui)`;
  await name.fill(renamed);
  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page).toHaveURL(/\/admin\/regions\/64\.72$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText(renamed);
});
