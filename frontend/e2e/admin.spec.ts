import { expect, test } from "@playwright/test";

import { login, unique } from "./support";

const PARTNER_QUERY = { query: "query Partner { regions(first: 1) { totalCount } }" };

test("an admin issues an API key, sees its secret once, then revokes it", async ({
  page,
  request,
}) => {
  const name = unique("Portal Kabupaten");
  await login(page, "admin", "/admin/api-keys");
  await page.getByRole("link", { name: "Buat kunci API" }).click();
  await page.getByLabel(/^Nama aplikasi mitra/).fill(name);
  await page.getByLabel("Batas permintaan per menit").fill("60");
  await page.getByRole("button", { name: "Buat kunci API" }).click();

  const secret = page.getByRole("alertdialog", { name: `Kunci API ${name}` });
  await expect(secret).toContainText("Anda tidak akan melihatnya lagi.");
  const key = await secret.getByLabel("Kunci API").inputValue();
  expect(key).toMatch(/^spl_/);
  await secret.getByRole("button", { name: "Salin" }).click();
  await expect(secret.getByRole("status")).toHaveText(/Tersalin|Tidak dapat menyalin/);

  const bearer = { Authorization: `Bearer ${key}` };
  expect((await request.post("/graphql", { data: PARTNER_QUERY, headers: bearer })).ok()).toBe(
    true,
  );

  await secret.getByRole("button", { name: "Saya sudah menyimpannya" }).click();
  await expect(page.getByRole("heading", { name, level: 1 })).toBeVisible();
  await expect(page.getByText(key)).toHaveCount(0);
  await expect(page.getByRole("textbox", { name: "Kunci API" })).toHaveCount(0);

  await page.getByRole("button", { name: "Cabut" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Cabut kunci ${name}?` });
  await expect(confirm).toContainText("tidak dapat dibatalkan");
  await confirm.getByRole("button", { name: "Cabut" }).click();
  await expect(page.getByText(`Kunci ${name} dicabut.`)).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: "Dicabut" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Cabut" })).toHaveCount(0);

  const refused = await request.post("/graphql", { data: PARTNER_QUERY, headers: bearer });
  expect(refused.ok()).toBe(false);

  await page
    .getByRole("navigation", { name: "Navigasi utama" })
    .getByRole("link", { name: "Kunci API" })
    .click();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText("Dicabut");

  await page.goto("/admin/audit?type=ApiKey");
  const entries = page.getByRole("list", { name: "Entri log audit" }).getByRole("article");
  const issued = entries.filter({ hasText: `Dibuat · Kunci API ${name}` });
  await expect(issued.getByRole("row", { name: /requestsPerMinute/ })).toContainText("60");
  await expect(issued).not.toContainText(key);
  await expect(entries.filter({ hasText: `Diubah · Kunci API ${name}` })).toContainText(
    "revokedAt",
  );
});

test("an admin creates a user and changes its role; the audit log shows both", async ({ page }) => {
  const fullName = unique("Rina Editor");
  const email = `${fullName.split(" ").pop()}@simpul.test`;
  await login(page, "admin", "/admin/users");
  await page.getByRole("link", { name: "Tambah pengguna" }).click();
  await page.getByLabel("Nama").fill(fullName);
  await page.getByLabel(/^Surel/).fill(email);
  await page.getByLabel(/^Peran/).selectOption({ label: "Editor" });
  await page.getByLabel(/^Kata sandi/).fill("kata-sandi-rahasia-1");
  await page.getByLabel(/^Ulangi kata sandi/).fill("kata-sandi-rahasia-2");
  await page.getByRole("button", { name: "Tambah pengguna" }).click();
  await expect(page.getByText("Kedua kata sandi tidak sama.")).toBeVisible();

  await page.getByLabel(/^Ulangi kata sandi/).fill("kata-sandi-rahasia-1");
  await page.getByRole("button", { name: "Tambah pengguna" }).click();
  await expect(page.getByText(`Pengguna ${email} dibuat.`)).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Editor");

  await row.getByRole("button", { name: `Ubah ${fullName}` }).click();
  const dialog = page.getByRole("dialog", { name: `Ubah pengguna ${fullName}` });
  await dialog.getByLabel(/^Peran/).selectOption({ label: "Analis" });
  await dialog.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText(`${fullName} disimpan.`)).toBeVisible();
  await expect(row).toContainText("Analis");

  await page
    .getByRole("navigation", { name: "Navigasi utama" })
    .getByRole("link", { name: "Log audit" })
    .click();
  await page.getByLabel("Jenis data").selectOption({ label: "Pengguna" });
  await expect(page).toHaveURL(/type=User/);
  const entries = page.getByRole("list", { name: "Entri log audit" }).getByRole("article");
  const created = entries.filter({ hasText: `Dibuat · Pengguna ${fullName}` });
  const changed = entries.filter({ hasText: `Diubah · Pengguna ${fullName}` });
  await expect(created.getByRole("row", { name: /email/ })).toContainText(email);
  await expect(changed.getByRole("row", { name: /role/ })).toContainText(/editor.*analyst/);

  await page.getByLabel("Tindakan").selectOption({ label: "Dibuat" });
  await expect(page).toHaveURL(/action=CREATE/);
  await expect(created).toBeVisible();
  await expect(changed).toHaveCount(0);

  // The filters live in the URL: reloading keeps them.
  await page.reload();
  await expect(page.getByLabel("Tindakan")).toHaveValue("CREATE");
  await expect(created).toBeVisible();
});
