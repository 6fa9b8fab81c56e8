import { expect, type Page, test } from "@playwright/test";

import { login, screenshot } from "./support";

const SEED_ARTICLE = "KIM Mitra Pemangku Kepentingan Urusan Informasi Komunikasi Publik";
const DISKOMINFO = "Dinas Komunikasi dan Informatika Provinsi Kalimantan Timur";

/** The drawing (sigma's WebGL canvas, labelled with its size) and the summary under the controls. */
async function expectDrawn(page: Page) {
  await expect(page.getByRole("img", { name: /^Gambar jejaring: \d+ simpul/ })).toBeVisible();
  await expect(page.getByText("WebGL tidak tersedia", { exact: false })).toHaveCount(0);
  await expect(
    page.getByRole("status").filter({ hasText: /^Menampilkan \d+ simpul/ }),
  ).toBeVisible();
}

/** How many nodes the summary says are shown. */
async function shownNodes(page: Page): Promise<number> {
  const text = await page.getByText(/^Menampilkan [\d.]+ simpul/).textContent();
  return Number(/Menampilkan ([\d.]+) simpul/.exec(text ?? "")?.[1]?.replaceAll(".", ""));
}

async function pickNode(page: Page, label: string, text: string, option: string) {
  await page.getByRole("combobox", { name: label }).fill(text);
  await page.getByRole("option", { name: new RegExp(`^${option}`) }).click();
}

test("an analyst opens the explorer, filters by region and replays by month", async ({ page }) => {
  await login(page, "analyst", "/admin/");
  await page
    .getByRole("navigation", { name: "Navigasi utama" })
    .getByRole("link", { name: "Jejaring" })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Jejaring pemangku kepentingan" }),
  ).toBeVisible();
  await expectDrawn(page);
  const everyone = await shownNodes(page);

  await page
    .getByRole("combobox", { name: "Wilayah (termasuk di bawahnya)" })
    .fill("Kabupaten Paser");
  await page.getByRole("option", { name: /Kabupaten Paser/ }).click();
  await expect(page).toHaveURL(/[?&]region=64\.01(&|$)/);
  await expectDrawn(page);
  const table = page.getByRole("table", { name: /Simpul jejaring menurut PageRank/ });
  await expect(table.getByRole("button", { name: "KIM Kabupaten Paser" })).toBeVisible();
  await expect(table.getByRole("button", { name: DISKOMINFO })).toHaveCount(0);
  const paser = await shownNodes(page);
  expect(paser).toBeLessThan(everyone);

  // Keyboard on the month slider: Home is the first month, End is all time again.
  const slider = page.getByRole("slider", { name: "Bulan" });
  await slider.focus();
  await page.keyboard.press("Home");
  await expect(page).toHaveURL(/[?&]month=\d{4}-\d{2}/);
  expect(await shownNodes(page)).toBeLessThanOrEqual(paser);
  await page.keyboard.press("End");
  await expect(page).not.toHaveURL(/month=/);
  await expect.poll(() => shownNodes(page)).toBe(paser);

  // The bookmarked filter comes back as it was.
  await page.reload();
  await expect(page.getByText("64.01 Kabupaten Paser")).toBeVisible();
  await expectDrawn(page);
});

test("an analyst finds the path between two seed stakeholders, with its evidence", async ({
  page,
}) => {
  await login(page, "analyst", "/admin/graph?region=64");
  await expectDrawn(page);

  // Finding a node brings it to the middle of the drawing: hovering there shows a card, and a
  // click opens the details of the node under the pointer.
  await expect(page.getByRole("button", { name: "Atur tata letak" })).toBeVisible();
  await pickNode(page, "Cari simpul", "Bina Warga", "KIM Bina Warga");
  await page.getByRole("button", { name: "Tutup rincian" }).click();
  const drawing = page.getByRole("img", { name: /^Gambar jejaring/ });
  const box = await drawing.boundingBox();
  if (!box) throw new Error("the drawing has no size");
  await page.waitForTimeout(1000); // the camera's move
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const card = page.getByText("Klik untuk rincian.").locator("..");
  await expect(card).toBeVisible();
  const hovered = (await card.locator("strong").textContent()) ?? "";
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole("region", { name: hovered })).toBeVisible();
  await expect(page).toHaveURL(/[?&]node=/);

  const path = page.getByRole("region", { name: "Cari jalur" });
  await pickNode(page, "Dari simpul", "Kutai Kartanegara", "KIM Kabupaten Kutai Kartanegara");
  await pickNode(page, "Ke simpul", "Informatika Provinsi", DISKOMINFO);
  await expect(path.getByText("Jalur terpendek: 1 langkah.")).toBeVisible();
  const hop = path.getByRole("listitem").filter({ hasText: "Muncul bersama" }).first();
  await expect(hop).toContainText(`KIM Kabupaten Kutai Kartanegara → ${DISKOMINFO}`);
  await expect(hop.getByRole("link", { name: SEED_ARTICLE })).toBeVisible();
  await expect(hop).toContainText(/16 Nov 2022,? 14\.34 WITA/);

  // The table selects a node; its details list the evidence of its links, and it expands.
  await page.getByRole("button", { name: "KIM Kabupaten Paser" }).click();
  const details = page.getByRole("region", { name: "KIM Kabupaten Paser" });
  await expect(details.getByText("Mitra kemunculan terkuat")).toBeVisible();
  await expect(details.getByRole("link", { name: SEED_ARTICLE }).first()).toBeVisible();
  await details.getByRole("button", { name: "Perluas tetangga" }).click();
  await expect(page.getByText(/\d+ simpul baru ditambahkan\./)).toBeVisible();
  await expect(page.getByText("Kegiatan (1)")).toBeVisible();
  await screenshot(page, "graph-explorer");
});

test("an analyst exports the filtered network as GraphML, GEXF and CSV", async ({ page }) => {
  await login(page, "analyst", "/admin/graph?region=64&category=KIM,GOVERNMENT_AGENCY");
  await expectDrawn(page);
  const downloads = page.getByRole("group", { name: "Unduh" });

  async function download(name: string): Promise<{ url: string; text: string }> {
    const [file] = await Promise.all([
      page.waitForEvent("download"),
      downloads.getByRole("link", { name }).click(),
    ]);
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { url: file.url(), text: Buffer.concat(chunks).toString("utf8") };
  }

  /** The root element's name, or "parsererror" when the file is not well-formed XML. */
  const xmlRoot = (text: string) =>
    page.evaluate((xml) => {
      const document = new DOMParser().parseFromString(xml, "application/xml");
      const failed = document.getElementsByTagName("parsererror").length > 0;
      return failed ? "parsererror" : document.documentElement.localName;
    }, text);

  const graphml = await download("GraphML");
  expect(graphml.url).toMatch(
    /\/exports\/network\.graphml\?region=64&category=KIM%2CGOVERNMENT_AGENCY$/,
  );
  expect(await xmlRoot(graphml.text)).toBe("graphml");
  expect(graphml.text).toContain(DISKOMINFO);

  const gexf = await download("GEXF");
  expect(await xmlRoot(gexf.text)).toBe("gexf");
  expect(gexf.text).toContain("KIM Kabupaten Paser");

  const nodes = (await download("CSV simpul")).text.trim().split("\n");
  expect(nodes[0]).toBe(
    "id,label,category,status,region,region_name,degree,weighted_degree,betweenness,page_rank,community",
  );
  expect(nodes.some((row) => row.includes(",KIM Kabupaten Paser,kim,active,64.01,"))).toBe(true);
  expect(nodes.every((row, i) => i === 0 || !row.includes(",content_creator,"))).toBe(true);

  const edges = (await download("CSV tautan")).text.trim().split("\n");
  expect(edges[0]).toBe("source,target,count,weight,first,last");
  expect(edges.length).toBeGreaterThan(1);
});
