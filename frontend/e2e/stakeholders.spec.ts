import { expect, test } from "@playwright/test";

import { ACCOUNTS, login, screenshot, staffApi, unique } from "./support";

test("an editor registers a stakeholder, adds a member and sees its profile", async ({ page }) => {
  const name = unique("KIM Uji");
  await login(page, "editor", "/admin/stakeholders/new");
  await expect(page.getByRole("heading", { name: "Tambah pemangku kepentingan" })).toBeVisible();
  await page.getByLabel("Nama resmi").fill(name);
  await page.getByLabel("Kategori").selectOption({ label: "KIM" });
  await page.getByRole("combobox", { name: "Wilayah" }).fill("Paser");
  await page
    .getByRole("option", { name: /Kabupaten Paser/ })
    .first()
    .click();
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
  const dates = await timeline
    .locator("time[datetime]")
    .evaluateAll((nodes) => nodes.map((node) => Date.parse(node.getAttribute("datetime") ?? "")));
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  const graph = page.getByRole("group", { name: /Jejaring sekitar KIM Bina Warga/ });
  await expect(graph.getByRole("link").first()).toBeVisible();
  await screenshot(page, "stakeholder-profile");
});

test("an editor relates two stakeholders, ends a membership, deletes and restores", async ({
  page,
  baseURL,
}) => {
  // Two fresh stakeholders with one member, made through the API: this test is about the profile.
  const api = await staffApi(baseURL ?? "", ACCOUNTS.editor);
  const names = [unique("Forum Relasi"), unique("KIM Mitra")];
  const made: { slug: string; id: string }[] = [];
  for (const name of names) {
    const { createStakeholder } = await api.graphql<{
      createStakeholder: { id: string; slug: string };
    }>(
      `mutation ($input: CreateStakeholderInput!) {
        createStakeholder(input: $input) { ... on Stakeholder { id slug } }
      }`,
      { input: { name, category: "STRATEGIC_GROUP" } },
    );
    made.push(createStakeholder);
  }
  const { people } = await api.graphql<{ people: { edges: { node: { id: string } }[] } }>(
    `{ people(first: 1, filter: { search: "Dewi Syahputra" }) { edges { node { id } } } }`,
  );
  await api.graphql(
    `mutation ($input: CreateMembershipInput!) { createMembership(input: $input) { __typename } }`,
    {
      input: {
        stakeholderId: made[0]?.id,
        personId: people.edges[0]?.node.id,
        role: "anggota",
        startedOn: "2024-02-01",
      },
    },
  );
  await api.dispose();

  await login(page, "editor", `/admin/stakeholders/${made[0]?.slug}`);
  const relations = page.getByRole("region", { name: /^Relasi/ });
  await relations.getByRole("button", { name: "Tambah relasi" }).click();
  await relations.getByRole("combobox", { name: "Pemangku kepentingan lain" }).fill(names[1] ?? "");
  await page.getByRole("option", { name: new RegExp(names[1] ?? "") }).click();
  await relations.getByLabel("Jenis relasi").selectOption({ label: "Kemitraan" });
  await relations.getByLabel("Catatan").fill("Kemitraan liputan");
  await relations.getByRole("button", { name: "Simpan" }).click();
  await expect(relations.getByRole("heading", { name: "Relasi (1)" })).toBeVisible();
  await expect(relations.getByRole("link", { name: names[1] })).toBeVisible();

  const members = page.getByRole("region", { name: /^Anggota/ });
  const end = members.getByRole("button", { name: "Akhiri keanggotaan Dewi Syahputra hari ini" });
  await end.click();
  // The last day is today (inclusive): the period closes and there is nothing left to end.
  await expect(members.getByText(/^1 Feb 2024 – \d+ \w+ \d{4}$/)).toBeVisible();
  await expect(end).toHaveCount(0);

  await relations.getByRole("button", { name: `Hapus relasi dengan ${names[1]}` }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Hapus" }).click();
  await expect(relations.getByRole("heading", { name: "Relasi (0)" })).toBeVisible();

  await page.getByRole("button", { name: "Hapus", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Hapus" }).click();
  await expect(page.getByText(`${names[0]} telah dihapus.`)).toBeVisible();
  await page.getByRole("button", { name: "Pulihkan" }).click();
  await expect(page.getByRole("heading", { level: 1, name: names[0], exact: true })).toBeVisible();
});

test("an editor adds a person with contact details, then deletes and restores them", async ({
  page,
}) => {
  const name = unique("Siti Uji");
  await login(page, "editor", "/admin/people/new");
  await page.getByLabel("Nama lengkap").fill(name);
  await page.getByLabel("Gelar belakang").fill("S.Kom");
  await page.getByLabel("Jabatan saat ini").fill("Ketua KIM Uji");
  await page.getByLabel("Tokoh publik").check();
  await page.getByLabel("Telepon").fill("+62 812 0000 0001");
  await page.getByLabel("Dasar pemrosesan data pribadi").fill("Persetujuan tertulis");
  await page.getByRole("button", { name: "Simpan" }).click();

  const heading = page.getByRole("heading", { level: 1, name: `${name}, S.Kom`, exact: true });
  await expect(heading).toBeVisible();
  const details = page.getByRole("region", { name: "Profil" });
  await expect(details.getByText("+62 812 0000 0001")).toBeVisible();
  await expect(details.getByText("Persetujuan tertulis")).toBeVisible();

  await page.getByRole("button", { name: "Hapus", exact: true }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Hapus" }).click();
  await expect(page.getByText(`${name}, S.Kom telah dihapus.`)).toBeVisible();
  await page.getByRole("button", { name: "Pulihkan" }).click();
  await expect(heading).toBeVisible();
});
