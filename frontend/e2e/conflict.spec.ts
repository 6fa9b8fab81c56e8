import { type Browser, expect, type Page, test } from "@playwright/test";

import { login, screenshot, unique } from "./support";

async function editorPage(browser: Browser, path: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, "editor", path);
  return page;
}

test("a stale edit keeps the user's input as a draft to compare and apply", async ({ browser }) => {
  const name = unique("Forum Konflik");
  const first = await editorPage(browser, "/admin/stakeholders/new");
  await first.getByLabel("Nama resmi").fill(name);
  await first.getByLabel("Kategori").selectOption({ label: "Kelompok strategis" });
  await first.getByRole("button", { name: "Simpan" }).click();
  await expect(first.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
  const editPath = `${new URL(first.url()).pathname}/edit`;

  // Both open the same version of the form.
  await first.goto(editPath);
  const second = await editorPage(browser, editPath);
  await expect(first.getByLabel("Klasifikasi")).toBeVisible();
  await expect(second.getByLabel("Klasifikasi")).toBeVisible();

  await first.getByLabel("Klasifikasi").fill("Madya");
  await first.getByRole("button", { name: "Simpan" }).click();
  await expect(first.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();

  await second.getByLabel("Jumlah anggota").fill("42");
  await second.getByRole("button", { name: "Simpan" }).click();
  await expect(second.getByRole("alert")).toContainText("Data ini baru saja diubah orang lain");
  // The input stays in the form meanwhile.
  await expect(second.getByLabel("Jumlah anggota")).toHaveValue("42");

  await second.getByRole("button", { name: "Muat versi terbaru" }).click();
  const draft = second.getByRole("region", { name: "Draf Anda" });
  await expect(draft).toBeVisible();
  const row = draft.getByRole("row", { name: /Jumlah anggota/ });
  await expect(row.getByRole("cell").nth(0)).toHaveText("42");
  await expect(row.getByRole("cell").nth(1)).toHaveText("—");
  // The latest version is what the form now shows.
  await expect(second.getByLabel("Klasifikasi")).toHaveValue("Madya");
  await screenshot(second, "stakeholder-conflict");

  await draft.getByRole("button", { name: "Terapkan draf" }).click();
  await expect(second.getByLabel("Jumlah anggota")).toHaveValue("42");
  await second.getByRole("button", { name: "Simpan" }).click();
  await expect(second.getByRole("heading", { level: 1, name, exact: true })).toBeVisible();
  // Both changes stand: the first editor's classification and the second's member count.
  await second.reload();
  const details = second.getByRole("region", { name: "Profil" });
  await expect(details.getByRole("definition").filter({ hasText: /^42$/ })).toBeVisible();
  await expect(details.getByRole("definition").filter({ hasText: /^Madya$/ })).toBeVisible();
});
