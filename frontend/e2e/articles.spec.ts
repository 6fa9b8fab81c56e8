import { expect, type Page, test } from "@playwright/test";

import { login, screenshot, unique } from "./support";

/** Create a stakeholder through the API with the signed-in page's session and CSRF token. */
async function createStakeholder(page: Page, name: string): Promise<string> {
  const post = async (query: string, variables: Record<string, unknown>, csrf = "") => {
    const response = await page.request.post("/graphql", {
      data: { query, variables },
      headers: csrf ? { "X-CSRF-Token": csrf } : {},
    });
    expect(response.ok()).toBe(true);
    return (await response.json()) as { data: Record<string, Record<string, string>> };
  };
  const { data: viewer } = await post("{ viewer { csrfToken } }", {});
  const { data } = await post(
    `mutation ($input: CreateStakeholderInput!) {
      createStakeholder(input: $input) { __typename ... on Stakeholder { slug } }
    }`,
    { input: { name, category: "KIM", aliases: [`${name} Alias`] } },
    viewer.viewer?.csrfToken,
  );
  expect(data.createStakeholder?.__typename).toBe("Stakeholder");
  return data.createStakeholder?.slug ?? "";
}

test("an editor writes, tags, mentions, submits and publishes an article", async ({ page }) => {
  await login(page, "editor", "/admin/articles/new");
  const group = unique("KIM Uji");
  const stakeholderSlug = await createStakeholder(page, group);
  const title = unique("Berita uji");

  // Write: title, lead, a rich-text body with a bold phrase and a subheading, a tag.
  await page.getByRole("heading", { name: "Tulis berita" }).waitFor();
  await page.getByLabel(/^Judul/).fill(title);
  await page.getByLabel("Ringkasan (lead)").fill("Ringkasan untuk pembaca.");
  const body = page.getByRole("textbox", { name: "Isi berita" });
  await body.click();
  await body.pressSequentially(`Tana Paser - ${group} menggelar pelatihan. `);
  await page.getByRole("button", { name: "Tebal" }).click();
  await expect(page.getByRole("button", { name: "Tebal" })).toHaveAttribute("aria-pressed", "true");
  await body.pressSequentially("Warga antusias.");
  await page.keyboard.press("Enter");
  await page.getByRole("button", { name: "Subjudul", exact: true }).click();
  await body.pressSequentially("Rencana berikutnya");
  await page.getByLabel("Tag", { exact: true }).fill("Pelatihan");
  await page.getByLabel("Tag", { exact: true }).press("Enter");

  // The preview tab shows it as readers will.
  await page.getByRole("tab", { name: "Pratinjau" }).click();
  const preview = page.getByRole("tabpanel", { name: "Pratinjau" });
  await expect(preview.getByRole("heading", { name: title })).toBeVisible();
  await expect(preview.locator("strong", { hasText: "Warga antusias." })).toBeVisible();
  await expect(preview.getByRole("heading", { name: "Rencana berikutnya" })).toBeVisible();
  await page.getByRole("tab", { name: "Tulis" }).click();

  await page.getByRole("button", { name: "Simpan" }).click();
  await expect(page.getByText("Berita tersimpan sebagai draf.")).toBeVisible();
  await expect(page).toHaveURL(/\/admin\/articles\/[^/]+\/edit$/);

  // Mention the new stakeholder through the picker (found by its alias too).
  const picker = page.getByRole("combobox", { name: "Tandai yang disebut" });
  await picker.fill(`${group} Alias`);
  await page.getByRole("option", { name: new RegExp(group) }).click();
  await expect(page.getByText(`${group} ditandai.`)).toBeVisible();
  const mentions = page.getByRole("region", { name: "Yang disebut" });
  await expect(mentions.getByRole("link", { name: group })).toBeVisible();
  await expect(mentions.getByText(`Tana Paser - ${group} menggelar pelatihan.`)).toBeVisible();
  await expect(mentions.getByRole("button", { name: `Hapus tanda ${group}` })).toBeVisible();
  await screenshot(page, "article-editor");

  // Through review to publication; an editor may not archive.
  const workflow = page.getByRole("region", { name: "Alur redaksi" });
  await workflow.getByRole("button", { name: "Ajukan untuk ditinjau" }).click();
  await expect(workflow.getByText("Status berubah menjadi “Ditinjau”.")).toBeVisible();
  await workflow.getByRole("button", { name: "Terbitkan sekarang" }).click();
  await expect(workflow.getByText("Status berubah menjadi “Terbit”.")).toBeVisible();
  await expect(workflow.getByRole("button", { name: "Arsipkan" })).toHaveCount(0);
  await expect(workflow.getByText("Hanya admin yang dapat: Arsipkan.")).toBeVisible();

  // The reader view links the mention; the history shows each step.
  await page.getByRole("link", { name: "Lihat pratinjau" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator(".reader-body").getByRole("link", { name: group })).toBeVisible();
  await page.getByRole("link", { name: "Riwayat revisi" }).click();
  await expect(page.getByText("Status: Terbitkan sekarang")).toBeVisible();
  await page.getByRole("button", { name: "Lihat perubahan" }).last().click();
  await expect(page.getByText("ditambah:").first()).toBeAttached();

  // The stakeholder's profile lists the article on its timeline.
  await page.goto(`/admin/stakeholders/${stakeholderSlug}`);
  await expect(page.getByRole("heading", { name: group, level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("the list filters by status and keeps the filter in the URL", async ({ page }) => {
  await login(page, "editor", "/admin/articles?status=DRAFT");
  await expect(page.getByRole("heading", { name: "Berita", level: 1 })).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveValue("DRAFT");
  const rows = page.getByRole("table").getByRole("row");
  await expect(rows.nth(1)).toContainText("Draf");
  await page.getByLabel("Status").selectOption("PUBLISHED");
  await expect(page).toHaveURL(/status=PUBLISHED/);
  await expect(rows.nth(1)).toContainText("Terbit");
  await page.getByLabel("Urutkan").selectOption("TITLE:ASC");
  await expect(page).toHaveURL(/sort=TITLE&dir=ASC|dir=ASC.*sort=TITLE/);
});
