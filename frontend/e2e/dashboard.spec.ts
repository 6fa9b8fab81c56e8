import { expect, type Page, test } from "@playwright/test";

import { ACCOUNTS, login, screenshot, staffApi, unique } from "./support";

interface Counts {
  dashboard: {
    stakeholdersByCategory: { category: string; count: number }[];
    stakeholdersByRegion: { region: { name: string }; stakeholders: number }[];
    articlesPerMonth: { month: string; count: number }[];
  };
  dormantStakeholders: { totalCount: number };
}

// The same numbers the panels show, asked of the server the tests run against.
const COUNTS = `{
  dashboard {
    stakeholdersByCategory { category count }
    stakeholdersByRegion(region: "64") { region { name } stakeholders }
    articlesPerMonth(months: 12) { month count }
  }
  dormantStakeholders(months: 6, filter: { status: [ACTIVE, DORMANT] }) { totalCount }
}`;

const panel = (page: Page, name: RegExp | string) => page.getByRole("region", { name });

test("an admin sees the dashboard's panels with the demo data's numbers", async ({
  page,
  baseURL,
}) => {
  const api = await staffApi(baseURL ?? "", ACCOUNTS.admin);
  // An event planned for next week: upcoming, and the latest change.
  const title = unique("Rapat Koordinasi KIM");
  const startsAt = new Date(Date.now() + 7 * 86_400_000).toISOString();
  await api.graphql(
    `mutation ($input: CreateEventInput!) { createEvent(input: $input) { __typename } }`,
    { input: { title, kind: "RAPAT", startsAt, status: "PLANNED", venue: "Aula Diskominfo" } },
  );
  const counts = await api.graphql<Counts>(COUNTS);
  await api.dispose();

  await login(page, "admin", "/admin/");
  await expect(page.getByRole("heading", { name: "Dasbor", level: 1 })).toBeVisible();

  const total = counts.dashboard.stakeholdersByCategory.reduce((sum, row) => sum + row.count, 0);
  const categories = panel(page, `Pemangku kepentingan per kategori (${total})`);
  const kim = counts.dashboard.stakeholdersByCategory.find((row) => row.category === "KIM");
  expect(kim?.count).toBeGreaterThan(0);
  await expect(
    categories
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "KIM", exact: true }) }),
  ).toContainText(String(kim?.count));

  const regions = panel(page, "Pemangku kepentingan per wilayah");
  const [busiest] = [...counts.dashboard.stakeholdersByRegion].sort(
    (a, b) => b.stakeholders - a.stakeholders,
  );
  await expect(regions.getByRole("listitem").first()).toContainText(
    `${busiest?.region.name}${busiest?.stakeholders}`,
  );

  const articles = panel(page, "Berita terbit per bulan");
  const published = counts.dashboard.articlesPerMonth.reduce((sum, row) => sum + row.count, 0);
  await expect(articles.getByRole("img")).toHaveAccessibleName(
    new RegExp(`Berita terbit per bulan .*: ${published} berita`),
  );
  await articles.getByText("Tampilkan sebagai tabel").click();
  await expect(articles.getByRole("table").getByRole("row")).toHaveCount(13);
  await articles.getByText("Tampilkan sebagai tabel").click();

  await expect(panel(page, "Kegiatan mendatang").getByRole("link", { name: title })).toBeVisible();
  const recent = panel(page, "Perubahan terbaru");
  await expect(recent.getByRole("link", { name: title })).toBeVisible();
  await expect(recent.getByRole("listitem").first()).toContainText("Dibuat");

  const dormant = panel(page, "Tanpa kegiatan 6 bulan terakhir");
  await expect(dormant).toContainText(`dari ${counts.dormantStakeholders.totalCount} ditampilkan`);

  await screenshot(page, "dashboard");
});

test("a failing panel shows its error and the others still work", async ({ page }) => {
  await page.route("**/graphql", async (route) => {
    if (route.request().postData()?.includes("query DashboardDormant")) {
      await route.fulfill({ status: 500, contentType: "text/plain", body: "down" });
    } else {
      await route.continue();
    }
  });
  await login(page, "admin", "/admin/");
  const dormant = panel(page, "Tanpa kegiatan 6 bulan terakhir");
  await expect(dormant.getByRole("alert")).toContainText("Gagal memuat data.");
  await expect(dormant.getByRole("button", { name: "Coba lagi" })).toBeVisible();
  await expect(
    panel(page, /Pemangku kepentingan per kategori \(\d+\)/).getByRole("link", {
      name: "KIM",
      exact: true,
    }),
  ).toBeVisible();

  await page.unroute("**/graphql");
  await dormant.getByRole("button", { name: "Coba lagi" }).click();
  await expect(dormant.getByRole("listitem").first()).toBeVisible();
});

test("an analyst's dashboard has no recent changes (editors and admins only)", async ({ page }) => {
  await login(page, "analyst", "/admin/");
  await expect(panel(page, "Berita terbit per bulan").getByRole("img")).toBeVisible();
  await expect(panel(page, "Perubahan terbaru")).toHaveCount(0);
});
