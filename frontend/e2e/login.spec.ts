import { expect, test } from "@playwright/test";

import { login } from "./support";

test("signs in and out, returning to the page asked for", async ({ page }) => {
  await login(page, "admin", "/admin/regions?level=DISTRICT");
  await expect(page).toHaveURL(/\/admin\/regions\?level=DISTRICT$/);
  await expect(page.getByRole("heading", { name: "Wilayah" })).toBeVisible();
  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page.getByText("Anda telah keluar.")).toBeVisible();
  await page.goto("/admin/regions");
  await expect(page.getByRole("heading", { name: "Masuk ke Simpul" })).toBeVisible();
});
